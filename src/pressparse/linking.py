"""Cross-document linking: the persons, organisations and places of many records as corpus entities.

``link(documents)`` takes records (``Document`` objects or ``Document.to_dict()`` dicts) and gives
one corpus entity per real-world person, organisation or place they name::

    {"id": "P1", "kind": "person", "name": "Хайко Маас",
     "documents": [{"doc": "<record id>", "ref": "p2"}, ...],
     "aliases": ["Гайко Маас", "Маас"], "countries": {"Германия": 30},
     "posts": [{"title": "министр иностранных дел", "org": "МИД Германии", "country": "Германия",
                "first": "2019-01-10", "last": "2019-02-01", "documents": ["...", ...]}],
     "why": [{"rule": "spelling variant", "name": "Гайко Маас", "to": "Хайко Маас"}, ...]}

How it works. The record entities are first put in *name groups*: entities whose names read the
same (``_person_key``, ``_organization_key``, ``_location_key``). Name groups are then joined by
the ordered, named rules of ``PERSON_RULES``, ``ORGANIZATION_RULES`` and ``LOCATION_RULES``; each
join is kept in the corpus entity's ``why`` (the rule, the name group joined and the one it was
joined to). A join is refused when it would put a conflict in one corpus entity
(``CONFLICTS``): persons of two genders, or with posts of two countries; organisations of two
countries. Rules that attach a partial name (a surname alone, initials, a name without its
country) attach it only to the one candidate they find, or to the one of its country; with
several, it stays apart.

It stays near-linear: rules compare only name groups that share a blocking key (a person's
surname consonants, an organisation's name, initials, contractions and one-letter deletions), so
a corpus of a few hundred thousand records links in minutes. ``summarise`` and ``merge`` make the
name groups of a part of the corpus and merge them, which is how ``pressparse.distributed.link_bag``
runs it as a reduction over a Dask bag's partitions.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Iterable, NamedTuple, Optional, Union

from . import lexicon, morph, names
from .names import skeleton, within_one
from .records import Document

Record = Union[Document, dict]
KINDS = ("person", "organization", "location")
_SECTION = {"person": "persons", "organization": "organizations", "location": "locations"}
_PREFIX = {"person": "P", "organization": "O", "location": "L"}


# ---------------------------------------------------------------- names


def _consonants(word: str) -> str:
    """The blocking key of a surname: its skeleton's consonants (vowels are what transliteration
    varies most: "Сквярнялис", "Сквернялис"); the feminine form shares its masculine's key."""
    return re.sub(r"[аеиоуыэюяaeiouy]", "", word) or word[:1]


def _deletions(word: str) -> set[str]:
    """The word and every string it gives with one letter taken out: two words within one edit
    share one of these, so an index of them finds spelling variants without comparing all pairs."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


class PersonName(NamedTuple):
    """A person's name as linking compares it: skeletons of the given name, patronymic and
    surname (a one-letter given name or patronymic is an initial; either may be absent) and the
    gender the name tells ("masc", "femn" or None)."""

    given: str
    patronymic: str
    surname: str
    gender: Optional[str]

    @property
    def full(self) -> bool:
        """A given name written out and a surname."""
        return len(self.given) > 1 and bool(self.surname)


@lru_cache(maxsize=morph.CACHE)
def person_name(name: str) -> PersonName:
    """A name in its parts as ``names.parse`` reads them (``"Кирилл Сергеевич Залесский"``,
    ``"Залесский Серик Нурланулы"``, ``"К.С. Залесский"``, ``"Залесский К.С."``, ``"Залесский"``),
    initials standing for the given name and patronymic."""
    parts = names.parse(name)
    if parts is None:
        return PersonName("", "", "", None)
    letters = parts.letters()
    given = parts.given or letters[:1]
    patronymic = parts.patronymic or letters[1:2]
    surname = parts.surname or ""
    return PersonName(skeleton(given), skeleton(patronymic), skeleton(surname),
                      names.gender(parts.given or "", parts.patronymic or "", surname))


def surnames_match(a: str, b: str) -> bool:
    """Two surname skeletons of one person: equal, or one letter apart in a surname of five
    letters or more (a transliteration variant: "Бюхеле", "Бюхель") — never a surname and its
    form with -а added, which is another person's (feminine) surname."""
    if a == b:
        return True
    if a + "а" == b or b + "а" == a:
        return False
    return min(len(a), len(b)) >= 5 and within_one(a, b)


def given_match(a: str, b: str) -> bool:
    """Two given names (or patronymics) of one person: one absent, an initial and a name it
    begins, or names equal or one letter apart in five letters or more ("Хайко", "Гайко")."""
    if not a or not b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a == b or (min(len(a), len(b)) >= 5 and within_one(a, b))


def names_compatible(a: PersonName, b: PersonName) -> bool:
    """Whether two names may be one person's: surnames, given names and patronymics match, and
    the genders they tell do not differ."""
    if a.gender and b.gender and a.gender != b.gender:
        return False
    return (bool(a.surname) and surnames_match(a.surname, b.surname) and given_match(a.given, b.given)
            and given_match(a.patronymic, b.patronymic))


# ---------------------------------------------------------------- organisations and places


_ORG_WORD = re.compile(r"[^\W_]+(?:[-’'][^\W_]+)*")


class OrgName(NamedTuple):
    """An organisation's name as compared: its words, lower case, without quotes, legal forms
    or the country it ends with, and that country."""

    base: str
    country: Optional[str]


@lru_cache(maxsize=morph.CACHE)
def organization_name(name: str, country: Optional[str] = None) -> OrgName:
    """``"ПАО «Газпром»"`` → ``("газпром", None)``; ``"МИД ФРГ"`` → ``("мид", "Германия")``;
    ``"Министерство иностранных дел Украины"`` → ``("министерство иностранных дел", "Украина")``.
    A country's adjective after the first word reads as the country, as the two adjectives of one
    country name one body: "Восточный комитет немецкой экономики" and "... германской экономики"."""
    words = _ORG_WORD.findall(name.replace(".", ""))
    for i in range(1, len(words)):
        named = lexicon.whole_country(words[i:])
        if named:
            words, country = words[:i], country or named
            break
    words = words[:1] + [lexicon.country_adjective(w) or w for w in words[1:]]
    kept = [w.lower().replace("ё", "е") for w in words]
    kept = [w for w in kept if w not in lexicon.legal_forms()] or kept
    return OrgName(" ".join(kept), country)


def _initials(base: str) -> Optional[str]:
    """The abbreviation of a name of two words or more ("министерство иностранных дел" → "мид"),
    skipping the small words an abbreviation skips (words.tsv small)."""
    words = [w for w in base.split() if w not in _SMALL]
    return "".join(w[0] for w in words) if len(words) >= 2 else None


def _contractions(base: str) -> set[str]:
    """The contractions of a name of two words or more: the first word's first two to six letters
    joined to the second ("европейская комиссия" → "еврокомиссия", "государственный департамент"
    → "госдепартамент"), the rest as it is."""
    words = base.split()
    if len(words) < 2:
        return set()
    first, second, rest = words[0], words[1], words[2:]
    return {" ".join([first[:k] + second, *rest]) for k in range(2, min(len(first), 7))}


_SMALL = lexicon.words("small")


def _location_key(name: str) -> str:
    return " ".join(name.lower().replace("ё", "е").split())


# ---------------------------------------------------------------- name groups


@dataclass
class Group:
    """Record entities of one kind whose names read the same: one name group."""

    kind: str
    key: tuple
    members: list[tuple[str, str]] = field(default_factory=list)  # (record id, entity id)
    names: Counter = field(default_factory=Counter)
    countries: Counter = field(default_factory=Counter)
    # (title, organisation name, country) -> [(published or None, record id), ...]
    posts: dict[tuple, list[tuple[Optional[str], str]]] = field(default_factory=dict)

    def absorb(self, other: "Group") -> None:
        """Take ``other``'s members, names, countries and posts (a group of the same key)."""
        self.members += other.members
        self.names.update(other.names)
        self.countries.update(other.countries)
        for post, seen in other.posts.items():
            self.posts.setdefault(post, []).extend(seen)

    @property
    def size(self) -> int:
        return len(self.members)

    @property
    def name(self) -> str:
        """The name its members are most often given (the longest, then the first in order, of equals)."""
        return min(self.names.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0]


Summary = dict[str, dict[tuple, Group]]  # kind -> name-group key -> group


def _as_dict(record: Record) -> dict:
    return record.to_dict() if isinstance(record, Document) else record


def _names_country(post: dict) -> bool:
    """Whether the text names a post's country with it: a mention of more words than its title
    ("министр иностранных дел Польши", "российский президент"), or a post without mentions to
    tell. A bare "президент" or "министр иностранных дел страны" gets its country from the
    release's sentence or topic, which in news is often another state than the holder's."""
    mentions = post.get("mentions") or ()
    if not mentions:
        return True
    words = len(_ORG_WORD.findall(str(post.get("title") or "")))
    return any(len(_ORG_WORD.findall(str(m.get("text") or ""))) > words for m in mentions)


def _most_posted(posts: list[dict]) -> Optional[str]:
    posted = Counter(p.get("country") for p in posts if p.get("country"))
    return min(posted, key=lambda c: (-posted[c], c)) if posted else None


def _person_key(person: dict) -> tuple:
    """(name, the country of the posts the text names one with, that of the other posts, the
    person's country)."""
    name = person_name(str(person.get("name") or ""))
    stated: list[dict] = []
    guessed: list[dict] = []
    for post in person.get("positions") or ():
        (stated if _names_country(post) else guessed).append(post)
    return (name, _most_posted(stated), _most_posted(guessed), person.get("country"))


def _organization_key(org: dict) -> tuple:
    name = organization_name(str(org.get("name") or ""), org.get("country"))
    full = organization_name(org["full_name"], name.country).base if org.get("full_name") else None
    return (name.base, name.country, full)


def _location_key_of(location: dict) -> tuple:
    return (_location_key(str(location.get("name") or "")), location.get("kind"))


_KEYS: dict[str, Callable[[dict], tuple]] = {
    "person": _person_key, "organization": _organization_key, "location": _location_key_of}


def summarise(documents: Iterable[Record]) -> Summary:
    """The name groups of some records: the first half of linking, which parts of a corpus can
    do apart (``merge`` joins their summaries)."""
    summary: Summary = {kind: {} for kind in KINDS}
    for record in documents:
        record = _as_dict(record)
        doc = str(record.get("id"))
        published = record.get("published")
        orgs = {o.get("id"): o.get("name") for o in record.get("organizations") or ()}
        for kind in KINDS:
            groups = summary[kind]
            for entity in record.get(_SECTION[kind]) or ():
                if not entity.get("name") or entity.get("id") is None:
                    continue
                key = _KEYS[kind](entity)
                group = groups.get(key)
                if group is None:
                    group = groups[key] = Group(kind, key)
                group.members.append((doc, str(entity["id"])))
                group.names[entity["name"]] += 1
                if entity.get("country"):
                    group.countries[entity["country"]] += 1
                # a post held before is not held on the record's date, which the timeline gives
                for post in (p for p in entity.get("positions") or () if not p.get("former")):
                    where = (post.get("title"), orgs.get(post.get("org")), post.get("country"))
                    group.posts.setdefault(where, []).append((published, doc))
    return summary


def merge(a: Summary, b: Summary) -> Summary:
    """Two summaries as one (``a`` is extended and returned)."""
    for kind in KINDS:
        groups = a.setdefault(kind, {})
        for key, group in b.get(kind, {}).items():
            if key in groups:
                groups[key].absorb(group)
            else:
                groups[key] = group
    return a


# ---------------------------------------------------------------- joining groups


class _Clusters:
    """Union-find over name groups, each root with what the conflict checks read, and why each
    group joined."""

    def __init__(self, groups: list[Group], traits: Callable[[Group], dict]):
        self.parent = list(range(len(groups)))
        self.groups = groups
        self.traits = [traits(g) for g in groups]
        self.why: dict[int, tuple[str, int]] = {}  # group -> (rule, the group it was joined to)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def conflict(self, i: int, j: int) -> Optional[str]:
        a, b = self.traits[self.find(i)], self.traits[self.find(j)]
        for name, test in CONFLICTS:
            if test(a, b):
                return name
        return None

    def join(self, i: int, j: int, rule: str) -> bool:
        """Join the clusters of groups ``i`` and ``j`` unless they conflict; whether they were joined."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj or self.conflict(ri, rj):
            return False
        if (self.groups[ri].size, -ri) < (self.groups[rj].size, -rj):
            ri, rj, i, j = rj, ri, j, i
        self.parent[rj] = ri
        a, b = self.traits[ri], self.traits[rj]
        for trait in ("gender", "country", "guess"):
            a[trait] = a[trait] or b[trait]
        self.why[j] = (rule, i)
        return True


def _differ(trait: str) -> Callable[[dict, dict], bool]:
    return lambda a, b: bool(a[trait] and b[trait] and a[trait] != b[trait])


_GUESSES = _differ("guess")


def _guesses_differ(a: dict, b: dict) -> bool:
    return not a["country"] and not b["country"] and _GUESSES(a, b)


#: What may never be in one corpus entity, checked before every join: for persons, two genders or
#: posts of two countries the text names (namesakes: "Иван Петров" minister of Russia and of
#: Belarus), or, neither naming one, posts given two countries by their releases; for
#: organisations, two countries (each state's foreign ministry). A post whose country the text
#: does not name (``_names_country``) is no conflict with one it names: news give a bare
#: "президент" the country of the article's topic.
CONFLICTS: list[tuple[str, Callable[[dict, dict], bool]]] = [
    ("genders differ", _differ("gender")),
    ("countries differ", _differ("country")),
    ("guessed countries differ", _guesses_differ),
]


def _person_traits(group: Group) -> dict:
    name, stated, guessed, _ = group.key
    return {"gender": name.gender, "country": stated, "guess": guessed}


def _org_traits(group: Group) -> dict:
    return {"gender": None, "country": group.key[1], "guess": None}


def _location_traits(group: Group) -> dict:
    return {"gender": None, "country": None, "guess": None}


def _most_common(counts: Counter) -> Optional[str]:
    return counts.most_common(1)[0][0] if counts else None


def _pairs(members: list[int], test: Callable[[int, int], bool]) -> Iterable[tuple[int, int]]:
    for n, i in enumerate(members):
        for j in members[n + 1:]:
            if test(i, j):
                yield i, j


def _only(clusters: _Clusters, i: int, candidates: Iterable[int], country: Optional[str]) -> Optional[int]:
    """The one candidate group (by cluster) that group ``i`` may join, else the one of ``country``
    among several; None when there is none or the choice stays open."""
    roots: dict[int, int] = {}
    for j in candidates:
        root = clusters.find(j)
        if root != clusters.find(i) and not clusters.conflict(i, root):
            roots.setdefault(root, j)
    if len(roots) > 1 and country:
        roots = {r: j for r, j in roots.items() if country in (clusters.traits[r]["country"],
                                                               _most_common(clusters.groups[r].countries))}
    return next(iter(roots.values())) if len(roots) == 1 else None


# Persons. A block is the name groups of one surname key; rules run block by block, in order.


def _full_same_name(clusters: _Clusters, block: list[int]) -> None:
    g = clusters.groups
    for i, j in _pairs(block, lambda i, j: g[i].key[0].full and g[j].key[0].full
                       and g[i].key[0][:3:2] == g[j].key[0][:3:2] and names_compatible(g[i].key[0], g[j].key[0])):
        clusters.join(i, j, "same name")


def _full_variant(clusters: _Clusters, block: list[int]) -> None:
    g = clusters.groups
    for i, j in _pairs(block, lambda i, j: g[i].key[0].full and g[j].key[0].full
                       and names_compatible(g[i].key[0], g[j].key[0])):
        clusters.join(i, j, "spelling variant")


def _partial(initials: bool) -> Callable[[_Clusters, list[int]], None]:
    def rule(clusters: _Clusters, block: list[int]) -> None:
        g = clusters.groups
        full = [j for j in block if g[j].key[0].full]
        for i in block:
            name, stated, guessed, weak = g[i].key
            if name.full or bool(name.given) != initials:
                continue
            j = _only(clusters, i, (j for j in full if names_compatible(name, g[j].key[0])),
                      stated or guessed or weak)
            if j is not None:
                clusters.join(i, j, rule.__name__)
    rule.__name__ = "initials and surname" if initials else "surname alone"
    return rule


def _same_partial(clusters: _Clusters, block: list[int]) -> None:
    g = clusters.groups
    alone = [i for i in block if not g[i].key[0].full and i not in clusters.why
             and clusters.find(i) == i]
    for i, j in _pairs(alone, lambda i, j: g[i].key[0][:3] == g[j].key[0][:3]):
        clusters.join(i, j, "same partial name")


#: The rules joining persons' name groups, in the order they run (within a block of one surname key).
PERSON_RULES: list[tuple[str, Callable[[_Clusters, list[int]], None]]] = [
    ("same name", _full_same_name),  # given name and surname the same; patronymics agree
    ("spelling variant", _full_variant),  # transliteration variants of the given name or surname
    ("initials and surname", _partial(True)),  # "К. Залесский", to the one full name it fits
    ("surname alone", _partial(False)),  # "Залесский", likewise
    ("same partial name", _same_partial),  # partial names that fit no full name, with each other
]


def _link_persons(groups: list[Group]) -> _Clusters:
    clusters = _Clusters(groups, _person_traits)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, group in enumerate(groups):
        blocks[_consonants(group.key[0].surname)].append(i)
    for _, rule in PERSON_RULES:
        for block in blocks.values():
            rule(clusters, block)
    return clusters


# Organisations: indexes over the whole kind stand for blocks.


def _org_same_name(clusters: _Clusters, index: dict) -> None:
    g = clusters.groups
    for members in index["base"].values():
        for i in members:
            if not g[i].key[1]:  # a name without its country joins the one country it has
                j = _only(clusters, i, (j for j in members if g[j].key[1]), None)
                if j is not None:
                    clusters.join(i, j, "same name")
        for i, j in _pairs(members, lambda i, j: g[i].key[1] == g[j].key[1] and g[i].key[1] is not None):
            clusters.join(i, j, "same name")


def _org_lookup(rule: str, aliases: str) -> Callable[[_Clusters, dict], None]:
    def run(clusters: _Clusters, index: dict) -> None:
        g = clusters.groups
        for i, group in enumerate(g):
            base, country, full = group.key
            looked = full if aliases == "base" else base
            if not looked or (aliases == "base" and not full):
                continue
            candidates = [j for j in index[aliases].get(looked, ()) if j != i and (
                not country or not g[j].key[1] or g[j].key[1] == country)]
            j = _only(clusters, i, candidates, country)
            if j is not None:
                clusters.join(i, j, rule)
    return run


def _digits(text: str) -> str:
    return "".join(re.findall(r"\d+", text))


def _org_variant(clusters: _Clusters, index: dict) -> None:
    g = clusters.groups
    for members in index["deletion"].values():
        for i, j in _pairs(members, lambda i, j: g[i].key[1] == g[j].key[1] and g[i].key[0] != g[j].key[0]
                           and min(len(g[i].key[0]), len(g[j].key[0])) >= 7
                           and _digits(g[i].key[0]) == _digits(g[j].key[0])
                           and within_one(g[i].key[0], g[j].key[0])):
            clusters.join(i, j, "spelling variant")


def _org_longer(clusters: _Clusters, index: dict) -> None:
    g = clusters.groups
    for i, group in enumerate(g):
        base, country = group.key[:2]
        candidates = [j for j in index["prefix"].get(base, ()) if not _digits(g[j].key[0][len(base):])
                      and (not country or not g[j].key[1] or g[j].key[1] == country)]
        j = _only(clusters, i, candidates, country)
        if j is not None:
            clusters.join(i, j, "longer name")


#: The rules joining organisations' name groups, in the order they run.
ORGANIZATION_RULES: list[tuple[str, Callable[[_Clusters, dict], None]]] = [
    ("same name", _org_same_name),  # the name without quotes, legal form and country; its country
    ("full name", _org_lookup("full name", "base")),  # "МИД" with its full name from the lexicon
    ("abbreviation", _org_lookup("abbreviation", "initials")),  # "ЕК", "Европейская комиссия"
    ("contraction", _org_lookup("contraction", "contraction")),  # "Еврокомиссия"
    ("spelling variant", _org_variant),  # one letter apart in seven or more
    ("longer name", _org_longer),  # "Восточный комитет" of the one "Восточный комитет германской экономики"
]


def _link_organizations(groups: list[Group]) -> _Clusters:
    clusters = _Clusters(groups, _org_traits)
    index: dict[str, dict[str, list[int]]] = {k: defaultdict(list) for k in
                                              ("base", "initials", "contraction", "deletion", "prefix")}
    for i, group in enumerate(groups):
        base = group.key[0]
        index["base"][base].append(i)
        initials = _initials(base)
        if initials:
            index["initials"][initials].append(i)
        for contraction in _contractions(base):
            index["contraction"][contraction].append(i)
        if len(base) >= 7:
            for deletion in _deletions(base):
                index["deletion"][deletion].append(i)
        words = base.split()
        for n in range(2, len(words)):
            index["prefix"][" ".join(words[:n])].append(i)
    for _, rule in ORGANIZATION_RULES:
        rule(clusters, index)
    return clusters


def _location_same_name(clusters: _Clusters, index: dict) -> None:
    for members in index["name"].values():
        for j in members[1:]:
            clusters.join(members[0], j, "same name")


def _location_variant(clusters: _Clusters, index: dict) -> None:
    g = clusters.groups
    for i, group in enumerate(g):
        name, kind = group.key
        if kind == "country" or len(name) < 6:
            continue
        candidates = {j for d in _deletions(name) for j in index["deletion"].get(d, ())
                      if g[j].key[1] != "country" and g[j].key[0] != name and within_one(name, g[j].key[0])}
        j = _only(clusters, i, sorted(candidates), None)
        if j is not None:
            clusters.join(i, j, "spelling variant")


#: The rules joining places' name groups, in the order they run.
LOCATION_RULES: list[tuple[str, Callable[[_Clusters, dict], None]]] = [
    ("same name", _location_same_name),  # the canonical name, in any case ("МОСКВА", "Москва")
    ("spelling variant", _location_variant),  # one letter apart, six or more, the one such place
]


def _link_locations(groups: list[Group]) -> _Clusters:
    clusters = _Clusters(groups, _location_traits)
    index: dict[str, dict[str, list[int]]] = {"name": defaultdict(list), "deletion": defaultdict(list)}
    for i, group in enumerate(groups):
        index["name"][group.key[0]].append(i)
        if group.key[1] != "country" and len(group.key[0]) >= 6:
            for deletion in _deletions(group.key[0]):
                index["deletion"][deletion].append(i)
    for _, rule in LOCATION_RULES:
        rule(clusters, index)
    return clusters


_LINKERS = {"person": _link_persons, "organization": _link_organizations, "location": _link_locations}


# ---------------------------------------------------------------- corpus entities


def _entity(kind: str, numbers: list[int], clusters: _Clusters) -> dict[str, Any]:
    members = [clusters.groups[i] for i in numbers]
    names: Counter = Counter()
    countries: Counter = Counter()
    posts: dict[tuple, list] = {}
    for group in members:
        names.update(group.names)
        countries.update(group.countries)
        for post, seen in group.posts.items():
            posts.setdefault(post, []).extend(seen)
    if kind == "person":  # a person is named by a full name when there is one
        full = Counter({n: c for n, c in names.items() if person_name(n).full})
        best = full or names
    else:
        best = names
    name = min(best.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0]
    entity: dict[str, Any] = {
        "kind": kind,
        "name": name,
        "documents": [{"doc": doc, "ref": ref} for doc, ref in sorted(m for g in members for m in g.members)],
        "aliases": [n for n, _ in sorted(names.items(), key=lambda item: (-item[1], item[0])) if n != name],
        "countries": dict(sorted(countries.items(), key=lambda item: (-item[1], item[0]))),
    }
    if kind == "person":
        entity["posts"] = sorted(
            ({"title": title, "org": org, "country": country,
              "first": min((d for d, _ in seen if d), default=None),
              "last": max((d for d, _ in seen if d), default=None),
              "documents": sorted({doc for _, doc in seen})}
             for (title, org, country), seen in posts.items() if title or org),  # no title: a tie to a body
            key=lambda p: (p["first"] or "", p["title"] or "", p["org"] or "", p["country"] or ""))
    entity["why"] = sorted(
        ({"rule": clusters.why[i][0], "name": clusters.groups[i].name, "to": clusters.groups[clusters.why[i][1]].name}
         for i in numbers if i in clusters.why),
        key=lambda w: (w["rule"], w["name"], w["to"]))
    return entity


def corpus(summary: Summary) -> list[dict[str, Any]]:
    """The corpus entities of a summary: its name groups joined by the rules (the second half of
    linking). Ids are ``P1``, ``O1``, ``L1``... in the order of kind, size and name."""
    found: list[dict[str, Any]] = []
    for kind in KINDS:
        # Groups in an order of their own (size, then key), so that the result does not depend on
        # the order of the records.
        groups = sorted(summary.get(kind, {}).values(), key=lambda g: (-g.size, repr(g.key)))
        clusters = _LINKERS[kind](groups)
        members: dict[int, list[int]] = defaultdict(list)
        for i in range(len(groups)):
            members[clusters.find(i)].append(i)
        entities = [_entity(kind, numbers, clusters) for numbers in members.values()]
        entities.sort(key=lambda e: (-len(e["documents"]), e["name"], e["documents"][0]["doc"],
                                     e["documents"][0]["ref"]))
        for n, entity in enumerate(entities, 1):
            found.append({"id": f"{_PREFIX[kind]}{n}", **entity})
    return found


def link(documents: Iterable[Record]) -> list[dict[str, Any]]:
    """The corpus entities of records (``Document`` objects or ``Document.to_dict()`` dicts): one
    dict per person, organisation or place, with ``id``, ``kind``, ``name`` and ``documents`` (the
    ``{"doc": record id, "ref": entity id}`` of each record entity it is), then ``aliases``,
    ``countries`` (with how many record entities gave each), a person's ``posts`` (title,
    organisation, country, the first and last dates and the records they were seen in) and
    ``why`` (the rule behind each join). Every record entity with a name is in exactly one."""
    return corpus(summarise(documents))
