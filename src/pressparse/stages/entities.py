"""Stage entities: the NER's spans merged into persons, organisations and places.

The mentions of one thing, each named in the nominative by the normalise stage, are merged: a person by surname with agreeing first names or initials
(`Алексеев` → `Антон Алексеев`), a place by its canonical country or lemmas
(`КНР`, `Китайской Народной Республики`, `Китай` → `Китай`), an organisation by
its lemmas with country names folded, or by an abbreviation made of its initials
(`ШОС` → `Шанхайская организация сотрудничества`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional, Sequence

from .. import lexicon, morph, names
from ..doc import Doc, Span
from ..records import Location, Mention, Organization, Person
from .normalise import Reading
from .segment import opens


@dataclass
class _Cluster:
    name: str
    key: tuple
    spans: list[Span] = field(default_factory=list)
    country: Optional[str] = None


_SMALL_WORDS = lexicon.words("small")


def run(doc: Doc) -> None:
    """Gives ``persons``, ``organizations``, ``locations`` and ``home`` (the release's own country),
    and each span its ``entity``."""
    found: dict[str, list[Span]] = {"PER": [], "ORG": [], "LOC": []}
    opening: set[int] = set()  # the starts of single words opening their sentences, named as persons
    for sentence, span in doc.spans():
        found[span.type].append(span)
        if span.type == "PER" and _opens_alone(sentence.words, span):
            opening.add(span.mention.start)
    doc.locations = _locations(found["LOC"], doc.text)
    doc.home, where = _home(doc.url, doc.locations, doc.text, [s.mention for s in found["PER"]])
    if doc.home:
        doc.note("entities", "home country", 0, 0, doc.home, where)
    shared = _shared_abbreviations(found, doc)
    if shared:
        doc.locations = _locations(found["LOC"], doc.text)
    doc.persons = _persons(found["PER"], _aliases(doc.text, found["PER"]), doc, opening)
    doc.organizations = _organizations(found["ORG"], doc.home, _aliases(doc.text, found["ORG"]), doc, shared)
    doc.locations = _places_in_bodies(doc.locations, doc.organizations, doc)


def _shared_abbreviations(found: dict[str, list[Span]], doc: Doc) -> dict[str, str]:
    """The country each abbreviation that several countries share stands for in this document
    ("РК" is Казахстан in a text naming Kazakhstan or its places, Южная Корея in one naming
    Korea): the release's own country if it is one of them, else the one its places name most;
    {lemma of the abbreviation: country}. Places so named take the country's name."""
    resolved: dict[str, str] = {}
    spans = [s for kind in ("LOC", "ORG") for s in found[kind]]
    for word in {w for s in spans for w in s.mention.text.split() if w.isupper()}:
        candidates = lexicon.shared_abbreviation(word)
        if not candidates:
            continue
        votes = {c: len(loc.mentions) for loc in doc.locations if (c := _country_of(loc)) in candidates}
        country = doc.home if doc.home in candidates else max(votes, key=lambda c: votes[c], default=None)
        if country is not None:
            resolved[morph.lemma(word)] = country
            first = next(s.mention for s in spans if word in s.mention.text.split())
            doc.note("entities", "shared abbreviation", first.start, first.stop, first.text,
                     f"{word!r} is {country!r}, of {sorted(candidates)}, as the document's places say")
    for span in found["LOC"] if resolved else ():  # an analysis of each place's words, only when it may be one
        if span.country is None and morph.lemma(span.mention.text) in resolved:
            span.name = span.country = resolved[morph.lemma(span.mention.text)]
    return resolved


def _country_of(location: Location) -> Optional[str]:
    """The country a place is or lies in, as far as the lexicon knows (a capital, a region)."""
    return location.name if location.kind == "country" else \
        lexicon.capital_country(location.name) or lexicon.region_country(location.name)


def _aliases(text: str, found: list[Span]) -> dict[int, int]:
    """The start of each mention that is another's alias in brackets right after it
    ("Бернд Пишетсридер (Bernd Pischetsrieder)", "Всемирное антидопинговое агентство (ВАДА)",
    past the quotes of a quoted name: "ЗАО «Белорусская калийная компания» (БКК)"), with the
    start of the mention it names. A name told in two mentions side by side is named
    by its first: "[Организации] [ООН] (ФАО)"."""
    aliases = {}
    mentions = sorted((span.mention for span in found), key=lambda m: m.start)
    first = 0
    for k in range(1, len(mentions)):
        before, alias = mentions[k - 1], mentions[k]
        if _BETWEEN.fullmatch(text, before.stop, alias.start) and _AFTER.match(text, alias.stop):
            aliases[alias.start] = mentions[first].start
        if not text[before.stop:alias.start].isspace():
            first = k
    return aliases


_BETWEEN = re.compile(r"[»”“\"]?\s*\(\s*")
_AFTER = re.compile(r"\s*\)")


def _joined(clusters: list, aliases: dict[int, int], spans_of, doc: Doc) -> list:
    """Clusters with each alias's cluster folded into its name's."""
    if not aliases:
        return clusters
    holder = {s.mention.start: c for c in clusters for s in spans_of(c)}
    gone = set()
    for alias, named in aliases.items():
        source, target = holder[alias], holder[named]
        if source is not target:
            spans_of(target).extend(spans_of(source))
            for s in spans_of(source):
                holder[s.mention.start] = target
                doc.note("entities", "alias in brackets", s.mention.start, s.mention.stop, s.mention.text,
                         f"is another name of {spans_of(target)[0].mention.text!r}")
            gone.add(id(source))
    return [c for c in clusters if id(c) not in gone]


def _mentions(spans: list[Span], entity: str) -> tuple[Mention, ...]:
    """The mentions of an entity's spans, in text order; each span learns its entity's id."""
    for span in spans:
        span.entity = entity
    return tuple(sorted((span.mention for span in spans), key=lambda m: m.start))


def home_country(url: Optional[str], locations: Sequence[Location], text: str = "",
                 persons: Sequence[Mention] = ()) -> Optional[str]:
    """The release's own country: its web domain's, else the one its places speak of most
    (a country's mentions and those of its capital, "Москва, Кремль", and of its regions,
    "Восточно-Казахстанская область"), where a country named in ``text`` as the qualifier of a
    guest head of state's post ("с Президентом Казахстана Касым-Жомартом Токаевым", the names of
    ``persons`` telling who is named) or as the goal of a journey ("визит в Узбекистан") only breaks
    a tie, and then the dateline's place ("17 июля 2026 года 14:00 Ново-Огарёво, Московская
    область"); None when two are spoken of as often and the dateline does not tell, since a release
    about a visit names the guest's country as often as its own."""
    return _home(url, locations, text, persons)[0]


def _home(url: Optional[str], locations: Sequence[Location], text: str,
          persons: Sequence[Mention]) -> tuple[Optional[str], str]:
    """``home_country`` and where it came from: ``"web domain"`` or the votes its places cast."""
    if url:
        host = re.sub(r"^[a-z]+://", "", url.lower()).split("/")[0].split(":")[0]
        tld = host.rsplit(".", 1)[-1]
        if tld.startswith("xn--"):
            try:
                tld = tld.encode("ascii").decode("idna")
            except UnicodeError:
                pass
        country = lexicon.domain_country(tld)
        if country:
            return country, f"web domain .{tld}"
    # a country's votes: its mentions but guests' qualifiers and journeys' goals, then those, which
    # tell only when nothing else does: a release names where its own side goes ("визит в
    # Узбекистан") and whom it hosts more often than its own country
    named = frozenset(m.start for m in persons)
    votes: dict[str, tuple[int, int, int]] = {}
    for location in locations:
        country = _country_of(location)
        if country:
            qualifiers = goals = 0
            for mention in location.mentions:
                if _guests_qualifier(text, mention, named):
                    qualifiers += 1
                elif _journeys_goal(text, mention):
                    goals += 1
            free, qualified, gone = votes.get(country, (0, 0, 0))
            votes[country] = (free + len(location.mentions) - qualifiers - goals, qualified + qualifiers, gone + goals)
    rank = {c: (free, qualified + gone) for c, (free, qualified, gone) in votes.items()}
    ranked = sorted(rank.values(), reverse=True)
    if not ranked:
        return None, ""
    tied = [c for c in rank if rank[c] == ranked[0]]
    said = "places' votes: " + ", ".join(
        f"{c} {free}" + (f"+{qualified} as a guest's qualifier" if qualified else "")
        + (f"+{gone} as a journey's goal" if gone else "")
        for c, (free, qualified, gone) in sorted(votes.items(), key=lambda v: rank[v[0]], reverse=True))
    if len(tied) == 1:
        return tied[0], said
    # a tie is broken by where the release says it speaks from, its dateline's place
    spoken = _dateline_countries(text, locations)
    if len(spoken & set(tied)) == 1:
        return (spoken & set(tied)).pop(), said + "; the dateline's country of those tied"
    return None, ""


_DATELINE = re.compile(r"^[ \t]*\d{1,2}[ \t]+[а-яё]+[ \t]+\d{4}[ \t]+(?:года|г\.)[ \t,]*(?:\d{1,2}:\d{2})?"
                       r"(?P<places>[^\d\n.!?]{1,80})$", re.M)
_DATELINE_REACH = 600  # a dateline sits under the title and the lead, near the top


def _dateline_countries(text: str, locations: Sequence[Location]) -> set[str]:
    """The countries of the places of a dateline near the top of the text, a line of a day, an hour
    and places alone ("17 июля 2026 года 14:00 Ново-Огарёво, Московская область")."""
    line = _DATELINE.search(text, 0, _DATELINE_REACH)
    if line is None:
        return set()
    start, stop = line.span("places")
    return {country for location in locations if (country := _country_of(location))
            and any(start <= m.start and m.stop <= stop for m in location.mentions)}


def destination(words: Sequence[str]) -> bool:
    """Whether a name is where someone goes: ``words`` are the few words before it and its first
    word. So it is after "до", or after "в", "на" in the accusative ("на Кубу", "в Японию"; not "в
    Японии", nor an abbreviation, whose case the text cannot show: "в США"); not where a participle
    says another goes, whose host may be the person ("провёл переговоры с Президентом Казахстана,
    прибывшим в Россию")."""
    if len(words) < 2:
        return False
    preposition = _PREPOSITIONS.get(words[-2].lower())
    if preposition is None or preposition.place not in ("to", "at"):
        return False
    word = words[-1]
    if preposition.place != "to" and (word.isupper() or not _in_case(word, "accs") or _in_case(word, "loct")):
        return False
    # the verb the destination goes with: the first of the few words before the preposition that is one
    verb = next((p.tag.POS for w in reversed(words[:-2]) for p in morph.parses(w)[:1] if p.tag.POS in _VERBAL), None)
    return verb != "PRTF"


def _in_case(word: str, case: str) -> bool:
    return word.isupper() and word.isalpha() or any(p.tag.case == case for p in morph.parses(word))


_PREPOSITIONS = lexicon.prepositions()
_VERBAL = frozenset({"VERB", "INFN", "GRND", "PRTF"})
_WORDS_BEFORE = re.compile(r"\w+(?:-\w+)*|[^\w\s]")


def _journeys_goal(text: str, mention: Mention) -> bool:
    """Whether a mention is the ``destination`` of a journey a noun names ("визита Президента России
    в Узбекистан", "поездки в Японию"; triggers.tsv's visit nouns): where the release's own side
    goes. Not the goal of a verb, which a guest's arrival has as often ("Делегация Китая прибыла в
    Казахстан"), nor of a noun of anything else ("влияние на Казахстан")."""
    before = _WORDS_BEFORE.findall(text, max(0, mention.start - 80), mention.start)[-5:]
    return destination(before + mention.text.split()[:1]) and any(morph.lemma(w) in _JOURNEYS for w in before[:-1])


_JOURNEYS = frozenset(row[1] for row in lexicon.table("triggers.tsv") if row[0] == "visit" and row[2] == "noun")


_WORD_BEFORE_NAME = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)[ \t]+$")
_SPACE = re.compile(r"[ \t]+")
_GUESTS_CASES = frozenset({"ablt", "gent", "accs"})  # "с Президентом", "визит Президента", "принял Президента"


def _guests_qualifier(text: str, mention: Mention, named: frozenset[int]) -> bool:
    """Whether the country ``mention`` qualifies the post of a head of state or government whom the
    release's subject meets or hosts: the post in the instrumental, genitive or accusative, the
    holder's name after the country, and no post before it whose complement it is ("провёл
    переговоры с Президентом Казахстана Касым-Жомартом Токаевым", "визит Премьер-министра Мьянмы
    Мин Аун Хлайна"; not "советник президента США Дональда Трампа"). A release names its own head
    bare or as the subject ("Президент России Владимир Путин подписал"), so such a country is more
    likely the guest's than the release's own. ``named``: where persons' names start."""
    after = _SPACE.match(text, mention.stop)
    if after is None or after.end() not in named:
        return False
    head = _WORD_BEFORE_NAME.search(text, max(0, mention.start - 40), mention.start)
    if head is None:
        return False
    readings = [p for p in morph.parses(head.group(1)) if lexicon.heads_a_state(p.normal_form.replace("ё", "е"))]
    if not readings or any(p.tag.case not in _GUESTS_CASES for p in readings):
        return False
    before = _WORD_BEFORE_NAME.search(text, max(0, head.start() - 40), head.start())
    return before is None or not lexicon.is_office(before.group(1))


# ---------------------------------------------------------------- persons


def _name_key(word: str) -> str:
    return word.lower().replace("ё", "е")


def _differ(a: Optional[str], b: Optional[str]) -> bool:
    """Two first names (or patronymics) both written out, of three letters or more, and not one
    name's: more than one letter apart ("Асламбек", "Андарбек"), not forms of one name, its
    spelling variants ("Беньямин", "Биньямин"; "Юлия", "Юля") nor its short form, which begins it
    ("Джо", "Джозеф"); "Дж" abbreviates."""
    if not (a and b and len(a) > 2 and len(b) > 2):
        return False
    a, b = _name_key(a), _name_key(b)
    return not (_same_word(a, b) or a.startswith(b) or b.startswith(a)
                or names.within_one(names.skeleton(a), names.skeleton(b)))


def _same_word(a: str, b: str) -> bool:
    """Two normalised forms of one name word: foreign names may come out a letter apart, and a
    surname with a fleeting vowel comes out without it from its oblique cases ("Сергея Орла":
    Орл, for Орёл; "Павла Козла": Козл)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and len(long_) == len(short) + 1 and long_[-2] in _FLEETING \
            and long_[:-2] + long_[-1] == short:
        return True
    return len(short) >= 4 and len(long_) - len(short) <= 1 and long_[:len(short) - 1] == short[:-1]


_FLEETING = frozenset("ео")  # ё is е in a name's key


@dataclass(frozen=True)
class _Name(names.NameParts):
    """A person's name taken apart (``names.parse``): the surname is what mentions of one person share."""

    @classmethod
    def of(cls, name: str) -> Optional["_Name"]:
        parts = names.parse(name)
        return None if parts is None else cls(**vars(parts))

    @property
    def weight(self) -> float:
        return (self.given is not None) + (self.surname is not None) + len(self.middle) + 0.5 * bool(self.initials)

    def display(self) -> str:
        """First name and surname, as a list would give them; initials when that is all there is;
        a first name and patronymic when the text names the person only so ("Наталья Дмитриевна":
        the patronymic, not the first name alone, tells who is meant)."""
        head = [self.given] if self.given else ([".".join(self.initials) + "."] if self.initials else [])
        last = self.surname or (self.patronymic if self.given else None)
        return " ".join(head + list(self.middle) + ([last] if last else []))

    def letter(self) -> Optional[str]:
        return _name_key(self.given)[0] if self.given else (self.initials[:1].lower() or None)

    def joins(self, other: "_Name") -> bool:
        """Whether this (shorter) name can be a mention of ``other``."""
        if self.surname is None:
            if other.given is not None:
                return _same_word(_name_key(self.given), _name_key(other.given))
            # "Владимир Владимирович" addresses "В.В. Путин" (or "В.Путин")
            return names.abbreviates(other.initials, self)
        if self.given is None and any(_same_word(_name_key(self.surname), _name_key(w)) for w in other.middle):
            return True  # "Диас-Канель" for "Мигель Диас-Канель Бермудес"
        if other.surname is None or not _same_word(_name_key(self.surname), _name_key(other.surname)):
            return False
        mine, theirs = self.letter(), other.letter()
        # "Диас-Канель Бермудес" is "Мигель Диас-Канель Бермудес" without the first name
        within = self.given is not None and any(_same_word(_name_key(self.given), _name_key(w)) for w in other.middle)
        if within:
            return True
        if _differ(self.given, other.given) or _differ(self.patronymic, other.patronymic):
            return False  # a father and son: "Дудаев Асламбек Андарбекович", "Дудаев Андарбек Данильбекович"
        return mine is None or theirs is None or mine == theirs

    def completed(self, other: "_Name") -> "_Name":
        """This name with the first name another mention of the person gives ("В.Путин" and
        "Владимир Владимирович" make "Владимир Путин")."""
        if self.given is None and other.given is not None and other.surname is None:
            return _Name(other.given, self.surname, self.middle, self.initials)
        return self


def _persons(found: list[Span], aliases: dict[int, int], doc: Doc, opening: set[int]) -> tuple[Person, ...]:
    monastic = _monastic_names(doc)
    clusters, merges = _cluster_persons(found, monastic)
    if _one_gender(clusters, doc):
        clusters, merges = _cluster_persons(found, monastic)  # the renamed mentions may join others
    _one_surname(clusters, doc)
    for span, home, why in merges:
        doc.note("entities", "same person", span.mention.start, span.mention.stop, span.mention.text,
                 f"{span.name!r} is a mention of {home!r}{why}")
    clusters = [c for c in clusters if not _common_word_alone(c[1], opening, doc)]
    kept = {s.mention.start for _, spans in clusters for s in spans}
    aliases = {a: n for a, n in aliases.items() if a in kept and n in kept}
    clusters = _joined(clusters, aliases, lambda c: c[1], doc)
    clusters.sort(key=lambda c: min(s.mention.start for s in c[1]))
    return tuple(Person(id=f"p{i}", name=_written(name, spans), mentions=_mentions(spans, f"p{i}"))
                 for i, (name, spans) in enumerate(clusters, 1))


def _written(name: "_Name", spans: list[Span]) -> str:
    """A person's name as the guideline writes it: "Имя Фамилия", as prose does, unless the text
    names the person in full only as a decree or a list does, which keeps that order and the
    patronymic ("Капустин Алексей Михайлович")."""
    if name.given and name.surname and name.patronymic and not (name.middle or name.initials):
        full = [span.name for span in spans if _full(span.name)]
        if full and all(names.in_decree_order(written) for written in full):
            return f"{name.surname} {name.given} {name.patronymic}"
    return name.display()


def _full(name: str) -> bool:
    parts = names.parse(name)
    return parts is not None and parts.given is not None and parts.surname is not None


def _one_gender(clusters: list[list], doc: Doc) -> bool:
    """Name the mentions of a person in the one gender its mentions together make likelier, where a
    mention alone leaves it open ("Жанар Абдуллаева" alone reads as a man's genitive, but
    "Абдуллаевой" and "Абдуллаева заявила" are a woman's); whether a mention was renamed.

    The gender of the predicates a mention is the subject of, and of the surnames whose ending
    has one gender ("Абдуллаевой"), decides, if they agree; else only
    mentions whose name the gender changes have a say (pymorphy3 guesses a woman's indeclinable
    surname for any foreign one, which changes nothing). A mention sure of its own gender, as a
    first name of one gender makes it, keeps it (a man and his granddaughter may share the
    surname)."""
    changed = False
    for _, spans in clusters:
        telling = [span.readings for span in spans if len(span.readings) == 2
                   and span.readings[0].name != span.readings[1].name]
        told = {r.gender for span in spans for r in span.readings if r.told or r.sure}
        if len(told) == 1 and telling:
            gender = next(iter(told))
        elif len(telling) >= 2 and not told:
            lead = sum(r.weight if r.gender == "femn" else -r.weight for pair in telling for r in pair)
            gender = "femn" if lead > 0 else "masc"
        else:
            continue
        for span in spans:
            if span.readings in telling and span.readings[0].gender != gender \
                    and span.readings[0].weight - span.readings[1].weight < _SURE \
                    and _agrees(span.readings[1], span, spans):
                reading = span.readings[1]
                doc.note("entities", "one gender", span.mention.start, span.mention.stop, span.mention.text,
                         f"named {reading.name!r}, not {span.name!r}: the person's mentions together "
                         f"read as a {'woman' if gender == 'femn' else 'man'}'s")
                span.name = reading.name
                changed = True
    return changed


_CONSONANT_STEM_CASES = ("а", "у", "ом", "ем", "е")  # a man's surname ending in a consonant, declined
_CONSONANT = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")
_MANS_ENDINGS = frozenset({"", "ом", "ем"})  # what follows the stem in a form no woman's surname in -а has


def _one_surname(clusters: list[list], doc: Doc) -> None:
    """Name a person by the surname their other mentions give where the fullest mention kept a
    case's ending: a surname ending in a consonant declines only as a man's, so when as many
    mentions read "Спектер" as read the fullest one's "Спектера", and one of them writes it bare
    or in the instrumental ("Спектером"), as no woman's surname in -а is written, "Арлена
    Спектера" was the genitive of "Арлен Спектер". The new name is another mention's with that
    surname, else the fullest mention's reading with it, else its words with the surname replaced
    where its readings leave the first name as written ("Энтони Рэппа": "Энтони Рэпп")."""
    for cluster in clusters:
        name, spans = cluster
        if not (name.given and name.surname) or len(spans) < 2:
            continue
        own = _name_key(name.surname)
        ending = next((e for e in _CONSONANT_STEM_CASES if own.endswith(e)), None)
        if ending is None:
            continue
        stem = name.surname[:-len(ending)]
        if len(stem) < 3 or not _CONSONANT.search(stem) or not _known_nowhere(stem):
            continue
        surnames = [_Name.of(span.name) for span in spans]
        keys = [_name_key(n.surname) if n is not None and n.surname else None for n in surnames]
        if keys.count(_name_key(stem)) < max(1, keys.count(own)):
            continue  # the form as the fullest mention has it is the likelier nominative
        if not any(_mans_form(span.mention.text, stem) for span in spans):
            continue  # no mention writes it as only a man's is written: "Запата" alone may be its nominative
        new = _renamed(name, stem, spans, surnames)
        if new is None:
            continue
        head = next(span for span, key in zip(spans, keys) if key == own)
        doc.note("entities", "one surname", head.mention.start, head.mention.stop, head.mention.text,
                 f"named {new.display()!r}, not {name.display()!r}: the person's other mentions name the surname "
                 f"{stem!r}, which declines as a man's")
        cluster[0] = new


def _mans_form(written: str, stem: str) -> bool:
    """Whether a mention's last word is the stem bare or in a man's instrumental ("Спектером")."""
    word, stem = _name_key(written.rsplit(None, 1)[-1]), _name_key(stem)
    return word.startswith(stem) and word[len(stem):] in _MANS_ENDINGS


def _known_nowhere(stem: str) -> bool:
    """Whether the dictionary knows no name or surname "stem" + "а" of a woman, which would make
    the fullest mention a woman's nominative, declined in other mentions (Панфилова, Панфилов)."""
    return not any({"femn", "nomn"} <= p.tag.grammemes and p.tag.POS == "NOUN"
                   for p in morph.parses(stem + "а") if "Surn" in p.tag or "Name" in p.tag)


def _renamed(name: "_Name", stem: str, spans: list[Span], surnames: list) -> Optional["_Name"]:
    """The person's name with the surname ``stem``: another full mention's, a reading of the
    fullest mention's, or its first name as written with the surname."""
    key = _name_key(stem)
    for other in surnames:
        if other is not None and other.given and other.surname and _name_key(other.surname) == key \
                and _same_word(_name_key(other.given), _name_key(name.given)):
            return other
    for span in spans:
        if span.readings and _Name.of(span.readings[0].name) == name:
            readings = span.readings
            break
    else:
        return None
    for reading in readings:
        other = _Name.of(reading.name)
        if other is not None and other.surname and _name_key(other.surname) == key:
            return other
    if all(_Name.of(r.name) is not None and _Name.of(r.name).given == name.given for r in readings):
        return replace(name, surname=stem)
    return None


def _opens_alone(words: list[str], span: Span) -> bool:
    """A one-word name opening its sentence, no capitalised word after it."""
    return span.stop - span.start == 1 and opens(words, span.start) \
        and not (span.stop < len(words) and words[span.stop][:1].isupper())


def _common_word_alone(spans: list[Span], opening: set[int], doc: Doc) -> bool:
    """Whether a "person" is a common word that its sentence's start capitalised, named no other way
    in the text: "[Свадьба] отмечалась в доме", "[Кокаин] нашли", "[Родом] из Екатеринбурга",
    "[Твиттеру] пришлось". A known word with no reading of a name or a place, declinable, a
    noun's reading of it singular (not "Шнуров", a surname as well as "of cords"), as
    ``ner.DropOpeningCommonWord`` drops a person's noun; a surname the dictionary knows as a
    common noun too ("Макрон") is kept wherever a mention names the person in full."""
    if not all(span.mention.start in opening and _common_word(span.mention.text) for span in spans):
        return False
    for span in spans:
        doc.note("entities", "common word", span.mention.start, span.mention.stop, span.mention.text,
                 "no person: a common word opening its sentence, and the person is named no other way")
    return True


@lru_cache(maxsize=morph.CACHE)
def _common_word(word: str) -> bool:
    parses = morph.parses(word)
    return morph.known(word) and not any(_NAME_OR_PLACE & p.tag.grammemes for p in parses) \
        and all(p.tag.POS != "NOUN" or "Fixd" not in p.tag for p in parses) \
        and any(p.tag.POS != "NOUN" or p.tag.number == "sing" for p in parses)


_NAME_OR_PLACE = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


_SURE = 1.0  # the lead of a mention's own likelier gender that the person's other mentions cannot undo


def _agrees(reading: Reading, span: Span, spans: list[Span]) -> bool:
    """Whether another of the person's mentions, read in the same gender, ends in the same surname:
    the gender is the person's, the case each mention's own, and a reading in the right gender but
    the wrong case ("Ёсихидэ Суг", where "Суга занимал пост" says a man's nominative "Суга") would
    make another person of the mention."""
    surname = reading.name.rsplit(" ", 1)[-1]
    return any(r.gender == reading.gender and r.name.rsplit(" ", 1)[-1] == surname
               for other in spans if other is not span for r in other.readings)


def _cluster_persons(found: list[Span], monastic: frozenset[int]) -> tuple[list[list], list[tuple[Span, str]]]:
    """The spans grouped by person, each group with its fullest name (``[_Name, spans]``), and
    each span that joined a group with the name it joined; a hierarch's monastic name alone
    (``monastic``: the starts of its mentions) joins no one named by a first name and a surname."""
    named = []
    for span in found:
        name = _Name.of(span.name)
        if name is not None:
            named.append((span, name))
    clusters: list[list] = []  # [name, spans]
    merges: list[tuple[Span, str, str]] = []  # a span, the name it joined, why if by a fallback
    # Clusters are found through an index of their words, so that thousands of names cost no
    # more per name than a few: a name's candidates are the clusters whose surname can be the
    # same word as its own (see _surname_keys), or, for a name without a surname or first name,
    # whose first name, initial or middle name begins like its words.
    index: dict[str, set[int]] = {}
    families: dict[str, int] = {}  # a family's cluster by its name

    def register(number: int) -> None:
        for key in _keys(clusters[number][0]):
            index.setdefault(key, set()).add(number)

    def candidates(*keys: str) -> list[int]:
        return sorted({n for key in keys for n in index.get(key, ())})

    # The fullest names first, so that a bare surname joins the person it abbreviates.
    for span, name in sorted(named, key=lambda x: (-x[1].weight, x[0].mention.start)):
        if name.surname is None:  # "Владимир Владимирович": a first name, or initials, to match
            keys = ["f" + _stem(name.given), "i" + _name_key(name.given)[:1]]
        else:
            keys = _surname_keys(name.surname, probe=True)
            if name.given is None:  # "Диас-Канель" may be the middle of "Мигель Диас-Канель Бермудес"
                keys.append("m" + _stem(name.surname))
        if span.readings and span.readings[0].family:
            # a family ("братьев Ямадаевых") is none of its members, whose surname it shares
            if span.name in families:
                clusters[families[span.name]][1].append(span)
            else:
                families[span.name] = len(clusters)
                clusters.append([name, [span]])
            continue
        home = _closest(name, [n for n in candidates(*keys) if name.joins(clusters[n][0])], clusters, span)
        if home is None and name.given is None and name.surname:
            # a lone word may be the first name of someone named in full ("Кирилл", the Patriarch)
            home = next((n for n in candidates("f" + _stem(name.surname)) if clusters[n][0].given
                         and _same_word(_name_key(clusters[n][0].given), _name_key(name.surname))), None)
        why = ""
        if home is None and name.given is None and name.surname and not _told(span, "masc"):
            home = _womans_adjectival(span.mention.text, candidates(*keys), clusters)
            why = ", an oblique case of her adjectival surname" if home is not None else ""
        if home is not None and span.mention.start in monastic and (name.given is None or name.surname is None) \
                and _secular(clusters[home][0]):
            home = None  # "митрополит Санкт-Петербургский и Ладожский Владимир" is no Владимир Путин
        if home is None:
            clusters.append([name, [span]])
            register(len(clusters) - 1)
        else:
            merges.append((span, clusters[home][0].display(), why))
            if _subject(span) and not any(_subject(other) for other in clusters[home][1]) \
                    and _inflected(clusters[home][0], name):
                # A mention a verb agrees with as its subject is surely in the nominative ("Шерзат
                # Болат получил"); the same name as read elsewhere may not be (the headline's
                # "Убийство Шерзата Болата", whose unknown words read as well as a nominative).
                clusters[home][0] = name
            clusters[home][0] = clusters[home][0].completed(name)
            clusters[home][1].append(span)
            register(home)
    return clusters, merges


def _monastic_names(doc: Doc) -> frozenset[int]:
    """The starts of the persons' names that a hierarch's title and his see's adjectives stand before:
    his monastic name ("митрополит Санкт-Петербургский и Ладожский [Владимир]", "Патриарх [Кирилл]"),
    a name of its own and no one else's first name."""
    found = set()
    for sentence in doc.sentences:
        words = sentence.words
        for span in sentence.spans:
            if span.type == "PER" and any(words[k][:3].lower() in _HIERARCH_PREFIXES and names.is_hierarch(words[k])
                                          and names.see_stop(words, k + 1) == span.start
                                          for k in range(span.start - 1, max(span.start - _SEE_WORDS, 0) - 1, -1)):
                found.add(span.mention.start)
    return frozenset(found)


def _secular(name: "_Name") -> bool:
    """Whether a name is a first name and a surname, not a regnal name and its number ("Теодориус
    Второй", "Бенедикт XVI")."""
    return bool(name.given and name.surname) and not names.is_regnal(name.surname, name.given) \
        and not any(p.tag.POS == "ADJF" and "Anum" in p.tag for p in morph.parses(name.surname))


_SEE_WORDS = 8  # a title and its see's adjectives: "Патриарх Московский и всея Руси", "митрополит X и Y"
# every form of a hierarch's title begins as its lemma does: a cheap look before the dictionary's
_HIERARCH_PREFIXES = frozenset(title[:3] for title in lexicon.words("hierarch"))


def _closest(name: "_Name", numbers: list[int], clusters: list[list], span: Span) -> Optional[int]:
    """The first of the clusters a name can join, one with its very surname before the others
    where the mention's gender is sure (a surname's ending of one gender, a predicate's): a lone
    "Завьяловой" is Александра Завьялова's, not Пётр Завьялов's, whose surname is the man's form
    of the same word; "Алиева" may be either."""
    sure = bool(span.readings) and (span.readings[0].sure or span.readings[0].told)
    if not numbers or name.surname is None or not sure:
        return numbers[0] if numbers else None
    own = _name_key(name.surname)
    return next((n for n in numbers if clusters[n][0].surname and _name_key(clusters[n][0].surname) == own),
                numbers[0])


_ADJECTIVAL_WOMANS_OBLIQUE = "ой"  # a woman's adjectival surname in any oblique case but the accusative, as a man's nominative


def _womans_adjectival(written: str, numbers: list[int], clusters: list[list]) -> Optional[int]:
    """The cluster, among ``numbers``, of a woman whose adjectival surname in -ая a lone word in -ой
    is an oblique case of: "закона Яровой", which reads as a man's nominative, is Ирина Яровая's
    when the text names no man so."""
    word = _name_key(written.rsplit(None, 1)[-1])
    if not word.endswith(_ADJECTIVAL_WOMANS_OBLIQUE):
        return None
    return next((n for n in numbers if clusters[n][0].surname
                 and _name_key(clusters[n][0].surname) == word[:-2] + "ая"), None)


def _told(span: Span, gender: str) -> bool:
    """Whether a predicate of ``gender`` agrees with the mention as its subject."""
    return any(reading.told and reading.gender == gender for reading in span.readings or ())


def _inflected(a: _Name, b: _Name) -> bool:
    """Whether two names are the same words but for their endings, as two readings of one name
    in different cases are."""
    words, others = a.display().split(), b.display().split()
    return a != b and len(words) == len(others) and all(
        _same_word(_name_key(w), _name_key(o)) for w, o in zip(words, others))


def _subject(span: Span) -> bool:
    """Whether a predicate agrees with the mention, as named, as its subject."""
    return any(reading.told and reading.name == span.name for reading in span.readings or ())


def _stem(word: str) -> str:
    return _name_key(word)[:3]


def _surname_keys(surname: str, probe: bool = False) -> list[str]:
    """The index keys of a surname, or with ``probe`` those to look up to find every surname that
    ``_same_word`` may take for it. Two such words of four letters or more differ in length by
    one at most and share all but the last letter of the shorter: a surname of L letters is
    filed under its first L - 2, and found under its first L - 3 (a surname one letter shorter),
    L - 2 (as long) and L - 1 (one longer). Shorter surnames only match themselves, but for one of
    three letters, which may be a four-letter one without its fleeting vowel: it is filed and found
    under its first two letters as well."""
    word = _name_key(surname)
    if len(word) < 4:
        # three letters may be a fleeting vowel's oblique reading of a four-letter surname ("Орл":
        # Орёл), filed, as that one is, under its first two
        return ["s=" + word] + (["s" + word[:2]] if len(word) == 3 else [])
    if not probe:
        return ["s" + word[:-2]]
    shorter = [len(word) - 3] if len(word) >= 5 else []  # a shorter surname has four letters at least
    return ["s" + word[:n] for n in shorter + [len(word) - 2, len(word) - 1]]


def _keys(name: "_Name") -> list[str]:
    """The index keys of a person's cluster (see ``_persons``)."""
    keys = []
    if name.surname:
        keys += _surname_keys(name.surname)
    if name.given:
        keys.append("f" + _stem(name.given))
    elif name.initials:
        keys.append("i" + name.initials[:1].lower())
    keys += ["m" + _stem(w) for w in name.middle]
    return keys


def _in_order(clusters: list[_Cluster]) -> list[_Cluster]:
    return sorted(clusters, key=lambda c: min(s.mention.start for s in c.spans))


# ---------------------------------------------------------------- places


def _locations(found: list[Span], text: str) -> tuple[Location, ...]:
    clusters: dict[tuple, _Cluster] = {}
    for span in found:
        key = ("country", span.country) if span.country else ("place",) + _lemmas(span.name)
        cluster = clusters.setdefault(key, _Cluster(name=span.name, key=key, country=span.country))
        cluster.spans.append(span)
    merged = _kinds_by_adjective(_kinds_left_out(list(clusters.values()), clusters, text))
    return tuple(Location(id=f"l{i}", name=c.name, kind=c.key[0], mentions=_mentions(c.spans, f"l{i}"))
                 for i, c in enumerate(_in_order(merged), 1))


_PLACE_KINDS = lexicon.words("place_kind")  # "озеро Байкал" is "Байкал" too
_WORD_BEFORE = re.compile(r"(\w+)\.?\s+$")


def _settlement(span: Span, text: str) -> bool:
    """Whether a place's mention is of a settlement: after its kind ("города Балхаш", "г. Уфа"), or
    "в" it ("в Москве"; a river or a lake is "на" one, and going "в" one is "в" it in the accusative:
    "сброс в Славянку")."""
    before = _WORD_BEFORE.search(text, max(0, span.mention.start - 16), span.mention.start)
    if before is None:
        return False
    if lexicon.is_place_descriptor(before.group(1)):
        return True
    return before.group(1) in ("в", "В", "во", "Во") and \
        any(p.tag.case in ("loct", "loc2") for p in morph.parses(span.mention.text.split(" ")[0].lower()))


def _kinds_left_out(clusters: list[_Cluster], by_key: dict[tuple, _Cluster], text: str) -> list[_Cluster]:
    """A natural place named with its kind and without is one ("реки Эльбы", "на Эльбе": река
    Эльба), named with its kind, unless a mention without it is of a settlement ("в Москве" beside
    "на реке Москве", "города Балхаш" beside "озера Балхаш")."""
    gone = set()
    for cluster in clusters:
        if len(cluster.key) < 3 or cluster.key[1] not in _PLACE_KINDS:
            continue
        bare = by_key.get(("place",) + cluster.key[2:])
        if bare is None or any(_settlement(s, text) for s in bare.spans):
            continue
        cluster.spans.extend(bare.spans)
        gone.add(id(bare))
    return [c for c in clusters if id(c) not in gone]


_KINDS = _PLACE_KINDS | lexicon.words("site_kind")


def _kinds_by_adjective(clusters: list[_Cluster]) -> list[_Cluster]:
    """A place named by the adjective of a place and its kind is the one named by its kind and that
    place, when the document names both: "Мурманский порт" is "порт Мурманск", which keeps its name
    (the kind before the name is the name a reader says, see normalise's "kind in a place's name")."""
    named = {(first, _place_stem(rest)): c for c in clusters for first, _, rest in [c.name.partition(" ")]
             if first in _KINDS and rest and " " not in rest}
    if not named:
        return clusters
    gone = set()
    for cluster in clusters:
        words = cluster.name.split(" ")
        if len(words) != 2 or not morph.PLACE_ADJECTIVE.search(words[0].lower()):
            continue
        kind = morph.lemma(words[1])
        stems = {re.sub(r"(?:ск|цк)ий$", "", p.normal_form) for p in morph.parses(words[0].lower())[:2]
                 if p.tag.POS == "ADJF"}
        target = next((c for (k, place), c in named.items() if k == kind and c is not cluster
                       and any(_adjective_of(stem, place) for stem in stems)), None)
        if target is not None:
            target.spans.extend(cluster.spans)
            gone.add(id(cluster))
    return [c for c in clusters if id(c) not in gone]


def _lemmas(name: str) -> tuple:
    return tuple(morph.lemma(w) for w in re.findall(r"\w+", name.lower()))


def _places_in_bodies(locations: tuple[Location, ...], organizations: Sequence[Organization],
                      doc: Doc) -> tuple[Location, ...]:
    """The places the document lists, each with the mentions of it that a body's name holds: its
    name ("партия «Единая Россия»", "Почта России") or its adjective ("Российская академия наук",
    "Московский государственный университет", "Тамбовского областного суда"). The body's name
    says where it is, and a reader names the place there; the list does not change, since a place
    named only inside a body's name is no place of the release (but for countries, which the
    lists of bodies' countries give)."""
    if not locations or not organizations:
        return locations
    known = _KnownPlaces(locations)
    taken = [(m.start, m.stop) for loc in locations for m in loc.mentions]
    added: dict[str, list[Mention]] = {}
    for org in organizations:
        for mention in org.mentions:
            for start, stop, place in known.inside(mention):
                if stop - start == mention.stop - mention.start or any(a < stop and start < b for a, b in taken):
                    continue  # the body named as the place ("клуб «Тамбов»") or a place already there
                taken.append((start, stop))
                added.setdefault(place.id, []).append(Mention(start, stop, doc.text[start:stop]))
                doc.note("entities", "place in a body's name", start, stop, doc.text[start:stop],
                         f"a mention of {place.name!r} in the name of {org.name!r}")
    return tuple(replace(loc, mentions=tuple(sorted(loc.mentions + tuple(added[loc.id]), key=lambda m: m.start)))
                 if loc.id in added else loc for loc in locations)


_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_PLACE_STEM_ENDING = re.compile(r"(?:ия|ья|ие|ье|ы|и|а|я|о|е|ь|у)$")
_LINKS = lexicon.words("place_adjective_link")
_ALTERNATIONS = {"ж": "г", "ч": "к", "ш": "х", "ц": "к"}  # "Прага": пражский


class _KnownPlaces:
    """The places of a document, found by their names' lemmas, their countries' adjectives and the
    adjectives made on their names' stems."""

    def __init__(self, locations: Sequence[Location]) -> None:
        self.countries = {loc.name: loc for loc in locations if loc.kind == "country"}
        self.by_lemmas = {_lemmas(loc.name): loc for loc in locations if loc.kind != "country"}
        self.stems = [(_place_stem(loc.name), loc) for loc in locations
                      if loc.kind != "country" and " " not in loc.name]
        # a region named by its adjective and its kind ("Курская область", "Алтайский край") is the one
        # that adjective names in a body's name ("Курской областной думы")
        self.regions = {morph.lemma(first): loc for loc in locations if loc.kind != "country"
                        for first, _, kind in [loc.name.partition(" ")]
                        if kind and " " not in kind and lexicon.is_place_descriptor(kind)}

    def inside(self, mention: Mention) -> list[tuple[int, int, Location]]:
        """The places a mention's words name or make adjectives of, with their offsets."""
        words = [(m.start() + mention.start, m.end() + mention.start, m.group())
                 for m in _WORDS.finditer(mention.text)]
        found, i = [], 0
        while i < len(words):
            size, place = self._named(words, i)
            if place is not None:
                found.append((words[i][0], words[i + size - 1][1], place))
                i += size
                continue
            start, stop, word = words[i]
            if morph.PLACE_ADJECTIVE.search(word.lower()):
                found += self._adjectives(start, word)
            i += 1
        return found

    def _named(self, words: list[tuple[int, int, str]], i: int) -> tuple[int, Optional[Location]]:
        """The place the words from ``i`` name, and how many words they are (capitalised: "Тамбов";
        a country in any of its names: "Российской Федерации")."""
        if not words[i][2][:1].isupper():
            return 0, None
        country = lexicon.country_prefix([w for _, _, w in words[i:]])
        if country is not None and country[0] in self.countries:
            return country[1], self.countries[country[0]]
        for size in (3, 2, 1):
            place = self.by_lemmas.get(tuple(morph.lemma(w) for _, _, w in words[i:i + size])) \
                if i + size <= len(words) else None
            if place is not None:
                return size, place
        return 0, None

    def _adjectives(self, start: int, word: str) -> list[tuple[int, int, Location]]:
        """A place adjective ("Московского") or a compound of them ("российско-американской"),
        each part a place's, with the offsets of each part."""
        whole = self._of_adjective(word)
        if whole is not None:
            return [(start, start + len(word), whole)]
        parts, found, at = word.split("-"), [], start
        for k, part in enumerate(parts):
            if k == len(parts) - 1:
                place = self._of_adjective(part)
            elif part.lower().endswith("о"):  # "российско-", "американо-": the adjective's stem and "о"
                place = self._of_adjective(part[:-1] + "ий") or self._of_adjective(part[:-1] + "ский")
            else:
                place = None
            if place is None:
                return []
            found.append((at, at + len(part), place))
            at += len(part) + 1
        return found if len(parts) > 1 else []

    def _of_adjective(self, word: str) -> Optional[Location]:
        country = lexicon.country_adjective(word)
        if country is not None:
            return self.countries.get(country)
        for parse in morph.parses(word)[:2]:
            if parse.tag.POS == "ADJF":
                lemma = parse.normal_form.replace("ё", "е")
                # "винницкий" is made on "винниц-", "немецкий" on "нем-": both stems are tried
                stems = {re.sub(r"(?:ск|цк)ий$", "", lemma), re.sub(r"кий$", "", lemma)} - {lemma}
                places = {id(loc): loc for place_stem, loc in self.stems
                          if any(_adjective_of(stem, place_stem) for stem in stems)}
                if len(places) == 1:
                    return next(iter(places.values()))
                if lemma in self.regions:  # the city first: "Московский университет" is Moscow's
                    return self.regions[lemma]
        return None


def _place_stem(name: str) -> str:
    return _PLACE_STEM_ENDING.sub("", name.lower().replace("ё", "е"))


def _adjective_of(stem: str, place: str) -> bool:
    """Whether an adjective's stem (before "-ский") is made on a place's: the same ("рим",
    "лондон"), its last consonant alternated ("праж": "праг"), a suffix between (``_LINKS``: "уфим":
    "уф", a stem of two letters only so), a vowel inserted ("москов": "москв") or the place's
    ending "с" or "ск" merged into the suffix ("массачусет": "массачусетс", "северодвин":
    "северодвинск")."""
    if len(stem) < 3 or len(place) < 2:
        return False
    if stem.startswith(place) and stem[len(place):] in _LINKS:
        return True
    return len(place) >= 3 and (
        stem == place or stem[:-1] == place[:-1] and _ALTERNATIONS.get(stem[-1]) == place[-1]
        or place in (stem + "с", stem + "ск")
        or any(stem[k] in "ое" and stem[:k] + stem[k + 1:] == place for k in range(1, len(stem))))


# ---------------------------------------------------------------- organisations


@lru_cache(maxsize=morph.CACHE)
def org_key(name: str) -> tuple:
    """Lemmas of an organisation's name with any country name folded to its canonical form."""
    words = re.findall(r"\w+", name)
    key, i = [], 0
    while i < len(words):
        found = lexicon.country_prefix(words[i:])
        if found:
            key.append(found[0])
            i += found[1]
        else:
            key.append(morph.lemma(words[i]))
            i += 1
    return tuple(key)


@lru_cache(maxsize=morph.CACHE)
def _significant(name: str) -> tuple[str, ...]:
    """Lemmas of a name's words but for small ones, without a trailing country ("... КНР") or
    other trailing abbreviation after two words, which says whose the body is ("Министерство
    сельского хозяйства РК" is "МСХ")."""
    words = re.findall(r"[^\W\d_][\w-]*", name)
    for k in range(1, len(words)):
        found = lexicon.country_prefix(words[k:])
        if found and k + found[1] == len(words):
            words = words[:k]
            break
    if len(words) >= 3 and words[-1].isupper():
        words = words[:-1]
    return tuple(morph.lemma(w) for w in words if w.lower() not in _SMALL_WORDS)


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` abbreviates ``name``: an acronym of all its significant words
    ("ШОС", "ОДКБ") or a contraction of its first ones ("Минсвязи", "Госсовет", "Минпромторг")."""
    words = _significant(name)
    if len(words) < 2:
        return False
    if short.isupper():
        return short.lower() == "".join(w[0] for w in words)
    return any(_contracts(form, words, 0) for form in {short.lower(), morph.lemma(short)})


def _contracts(rest: str, words: Sequence[str], k: int) -> bool:
    """``rest`` is made of beginnings (two letters or more) of ``words[k:]``, in order, using
    two words at least; an ending of up to two letters may follow ("Минсвязи")."""
    if len(rest) <= 2 and k >= 2:
        return True
    if k == len(words):
        return False
    word = words[k]
    return any(rest[:n] == word[:n] and _contracts(rest[n:], words, k + 1)
               for n in range(min(len(rest), len(word)), 1, -1))


def _organizations(found: list[Span], home: Optional[str], aliases: dict[int, int], doc: Doc,
                   shared: Optional[dict[str, str]] = None) -> tuple[Organization, ...]:
    """The document's bodies; ``shared`` gives the country of an abbreviation several countries
    share, as ``_shared_abbreviations`` read it ("Министерство энергетики РК" is Kazakhstan's)."""
    clusters: list[_Cluster] = []
    by_key: dict[tuple, _Cluster] = {}
    for span in found:
        key = org_key(span.name)
        country = lexicon.country_in(span.name)
        if shared and not shared.keys().isdisjoint(key):
            country = country or next(shared[w] for w in key if w in shared)
            key = tuple(shared.get(w, w) for w in key)
        cluster = by_key.get(key)
        if cluster is None:
            cluster = by_key[key] = _Cluster(name=span.name, key=key, country=country)
            clusters.append(cluster)
        cluster.spans.append(span)
    merged = _joined(_merge_organizations(clusters, doc), aliases, lambda c: c.spans, doc)
    full_names: dict[int, str] = {}
    for cluster in list(merged):
        known = lexicon.organization(cluster.name, home) if len(cluster.name.split()) == 1 else None
        if known is None:
            continue
        full, country = known
        # "Минсвязи" in a Belarusian release is the ministry named in full elsewhere in it
        home_cluster = next((c for c in merged if c is not cluster and same_organization(full, c.name)), None)
        first = cluster.spans[0].mention
        if home_cluster is not None:
            doc.note("entities", "common body", first.start, first.stop, first.text,
                     f"{cluster.name!r} is {full!r} (organizations.tsv), named here {home_cluster.name!r}")
            home_cluster.spans.extend(cluster.spans)
            merged.remove(cluster)
        else:
            doc.note("entities", "common body", first.start, first.stop, first.text,
                     f"{cluster.name!r} is {full!r} of {country or 'no country'} (organizations.tsv)")
            cluster.country = cluster.country or country
            if full != cluster.name:
                full_names[id(cluster)] = full
    return tuple(Organization(id=f"o{i}", name=c.name, country=c.country, full_name=full_names.get(id(c)),
                              mentions=_mentions(c.spans, f"o{i}"))
                 for i, c in enumerate(_in_order(merged), 1))


def _merge_organizations(clusters: list[_Cluster], doc: Optional[Doc] = None) -> list[_Cluster]:
    """Fold each name into a longer name of the same body: its abbreviation ("ШОС"), the
    quoted name inside it ("Курчатовский институт"), or its beginning ("Служба по вопросам
    гражданства"), unless a number follows it there ("Норд Стрим" is not "Норд Стрим-2"). The longer names are indexed by what a shorter one can match, so that
    thousands of bodies cost no more per body than a few."""
    kept = _LongerNames()
    for cluster in sorted(clusters, key=lambda c: -len(c.key)):
        home, rule, why = kept.home(cluster), "same body", "is part of"
        if home is None:
            home, rule, why = kept.shortened(cluster)
        if home is None:
            kept.add(cluster)
        else:
            if doc is not None:
                first = cluster.spans[0].mention
                doc.note("entities", rule, first.start, first.stop, first.text, f"{cluster.name!r} {why} {home.name!r}")
            home.spans.extend(cluster.spans)
    return kept.clusters


class _LongerNames:
    """The clusters kept so far, in order, indexed by the three ways ``_names_part_of`` matches."""

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self.order: dict[int, int] = {}
        self.prefixes: dict[tuple, _Cluster] = {}  # every beginning of two words or more of a key
        self.quoted: dict[tuple, _Cluster] = {}  # the key of each quoted name inside a name
        self.acronyms: dict[str, _Cluster] = {}  # the initials of a name's significant words
        self.starts: dict[str, list[tuple[_Cluster, tuple[str, ...]]]] = {}  # first two letters → names
        self.heads: dict[str, list[_Cluster]] = {}  # the first word of each name of two words or more
        self.unplaced: dict[tuple, _Cluster] = {}  # a name's key without its region's adjective

    def add(self, cluster: _Cluster) -> None:
        self.order[id(cluster)] = len(self.clusters)
        self.clusters.append(cluster)
        for n in range(2, len(cluster.key) + 1):
            self.prefixes.setdefault(cluster.key[:n], cluster)
        if len(cluster.key) >= 2 and not _described(cluster.name):  # "фонд X Prize" is not headed by "Фонд"
            self.heads.setdefault(cluster.key[0], []).append(cluster)
        for q in re.findall(r"«([^«»]+)»", cluster.name):
            self.quoted.setdefault(org_key(q), cluster)
        if _described(cluster.name):  # "издательство Penguin Books" is "Penguin Books", and "PB"
            self.quoted.setdefault(cluster.key[1:], cluster)
            bare = _significant(cluster.name.partition(" ")[2])
            if len(bare) >= 2:
                self.acronyms.setdefault("".join(w[0] for w in bare), cluster)
        words = _significant(cluster.name)
        if len(words) >= 2:
            self.acronyms.setdefault("".join(w[0] for w in words), cluster)
            self.starts.setdefault(words[0][:2], []).append((cluster, words))
        for key in _without_region(cluster.name):  # the regions' noun alone of two bodies is either's: None
            self.unplaced[key] = cluster if self.unplaced.get(key, cluster) is cluster else None

    def home(self, short: _Cluster) -> Optional[_Cluster]:
        """The earliest kept cluster whose name ``short``'s is part of (as ``_names_part_of``)."""
        found = [self.quoted.get(short.key)]
        if short.name.split()[0].isupper() or _described(short.name):
            found.append(self.quoted.get(short.key[1:]))  # "АО «Газпромбанк»", "госкорпорация «Ростех»"
        bare = short.name.partition(" ")[2].strip("«»\"")
        if _described(short.name) and bare.isupper() and " " not in bare:
            found.append(self.acronyms.get(bare.lower()))  # "фонд DST" of "Digital Sky Technologies"
        if len(short.key) >= 2:
            longer = self.prefixes.get(short.key)
            found.append(None if longer is not None and _numbered_after(longer, len(short.key)) else longer)
            found.append(self._abbreviated_with_country(short))
        if len(short.key) == 1 and len(short.name.split()) == 1:
            if short.name.isupper():
                found.append(self.acronyms.get(short.name.lower()))
            else:
                forms = {short.name.lower(), morph.lemma(short.name)}
                found += [c for form in forms for c, words in self.starts.get(form[:2], ())
                          if _contracts(form, words, 0)]
                # "Министерство" alone is the one body named in full with it ("Министерство
                # энергетики РК"); with two such bodies it is either, and stays apart
                heads = self.heads.get(short.key[0], [])
                if len(heads) == 1 and _common_noun(short.name):
                    found.append(heads[0])
        found = [c for c in found if c is not None and c is not short]
        return min(found, key=lambda c: self.order[id(c)]) if found else None

    def shortened(self, short: _Cluster) -> tuple[Optional[_Cluster], str, str]:
        """The earliest kept cluster whose name ``short``'s shortens in a way ``home`` does not
        see, with the rule's name and what it says: a region's noun without the region's adjective
        ("департамент полиции области" of "департамент полиции Алматинской области"), or the words
        after a beginning abbreviated ("Департамент по ЧС" of "Департамент по чрезвычайным
        ситуациям ВКО"); (None, "", "") when there is none."""
        home = self.unplaced.get(short.key)
        if home is not None:
            return home, "region's noun alone", "names the region of"
        last = short.name.rsplit(" ", 1)[-1]
        if len(short.key) < 3 or not (last.isupper() and last.isalpha() and len(last) >= 2):
            return None, "", ""
        begun = short.key[:-1]
        for home in self.heads.get(short.key[0], ()):
            rest = [w for w in home.key[len(begun):] if w not in _SMALL_WORDS]
            if home.key[:len(begun)] == begun and len(rest) >= len(last) \
                    and "".join(w[0] for w in rest[:len(last)]) == last.lower():
                return home, "abbreviated ending", "abbreviates the end of"
        return None, "", ""

    def _abbreviated_with_country(self, short: _Cluster) -> Optional[_Cluster]:
        """The body an abbreviation and its country name ("МВД Казахстана"): the one whose name
        is that abbreviation's in full, of that country or of none ("Министерство внутренних дел
        Республики Казахстан")."""
        words = short.name.split()
        if short.country is None or not words[0].isupper() or len(words[0]) < 2:
            return None
        found = lexicon.country_prefix(words[1:])
        if found is None or found[1] != len(words) - 1:
            return None
        long_ = self.acronyms.get(words[0].lower())
        return long_ if long_ is not None and long_.country in (None, short.country) else None


_BODY_DESCRIPTORS = lexicon.words("body_descriptor")


@lru_cache(maxsize=morph.CACHE)
def _without_region(name: str) -> tuple[tuple, ...]:
    """The keys of a body's name with the capitalised adjective of a region's noun (words.tsv
    place_descriptor) left out, as a release says the region named before by its noun alone
    ("департамент полиции Алматинской области": департамент полиции области)."""
    words = re.findall(r"\w+", name)
    return tuple(org_key(" ".join(words[:k] + words[k + 1:])) for k in range(1, len(words) - 1)
                 if words[k][:1].isupper() and lexicon.is_place_descriptor(words[k + 1])
                 and any(p.tag.POS == "ADJF" for p in morph.parses(words[k])))


def _described(name: str) -> bool:
    """Whether a body's name is a quoted or Latin-script one after the noun of its kind (words.tsv
    body_descriptor, as normalise names it: "госкорпорация «Ростех»"), which names it alone too."""
    first, _, rest = name.partition(" ")
    return bool(rest) and first in _BODY_DESCRIPTORS and (rest[0] in "«\"" or rest[0].isascii() and rest[0].isalpha())


def _common_noun(word: str) -> bool:
    """A word the dictionary knows first as a common noun ("Министерство"), not a name."""
    parse = morph.parses(word)[0]
    return morph.known(word) and parse.tag.POS == "NOUN" and not _PROPER & parse.tag.grammemes


_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})


def _part_of(short: _Cluster, long_: _Cluster) -> bool:
    return _names_part_of(short.name, short.key, long_.name, long_.key)


def _names_part_of(short: str, short_key: tuple, long_: str, long_key: tuple) -> bool:
    if len(short_key) == 1 and len(short.split()) == 1 and _abbreviates(short, long_):
        return True
    quoted = [org_key(q) for q in re.findall(r"«([^«»]+)»", long_)]
    if any(q == short_key or q == short_key[1:] and short.split()[0].isupper() for q in quoted):
        return True  # "Курчатовский институт", "АО «Газпромбанк»" in "... «Курчатовский институт»"
    return len(short_key) >= 2 and long_key[:len(short_key)] == short_key \
        and not _numbered_after(_Cluster(long_, long_key), len(short_key))


def _numbered_after(long_: _Cluster, n: int) -> bool:
    """A number follows the first ``n`` words of a name: the name is another of a numbered series,
    not a fuller name of the body its beginning names ("Норд Стрим-2" and "Норд Стрим", "Северный
    поток — 2" and "Северный поток"). A number after "№" is the body's own: "Инфекционная больница
    № 2" is the one "Инфекционную больницу" shortens."""
    return n < len(long_.key) and long_.key[n].isdigit() and "№" not in long_.name


def add_body(organizations: list[Organization], name: str, mentions: tuple[Mention, ...],
             country: Optional[str] = None) -> str:
    """The id of the body ``name`` names: one of ``organizations``, which takes ``mentions`` (and
    the fuller name: "Минсвязи" named in full by its minister's post, "Министерство связи и
    коммуникаций России"), else a new one appended to them, of the country its name says, else of
    ``country``. Later stages find bodies this way (a ministry derived from its minister's post);
    the list is the document's, in id order."""
    for number, org in enumerate(organizations):
        # "Министерство промышленности" of Uzbekistan's minister is not Belarus's, named in full
        if (same_organization(name, org.name) or _with_country(org) == org_key(name)) \
                and (country is None or org.country in (None, country)):
            merged = tuple(sorted(set(org.mentions) | set(mentions), key=lambda m: (m.start, m.stop)))
            fuller = name if len(name.split()) > len(org.name.split()) else org.name
            organizations[number] = replace(org, name=fuller, mentions=merged)
            return org.id
    new = Organization(id=f"o{len(organizations) + 1}", name=name, country=lexicon.country_in(name) or country,
                       mentions=mentions)
    organizations.append(new)
    return new.id


def _with_country(org: Organization) -> tuple:
    """An organisation's key with an abbreviation several countries share read as its country:
    "Министерство энергетики РК" of Kazakhstan is "Министерство энергетики Казахстана"."""
    return tuple(org.country if org.country in lexicon.shared_abbreviation(w.upper()) else w
                 for w in org_key(org.name))


def same_organization(a: str, b: str) -> bool:
    """Whether two names name one body: equal lemmas, an abbreviation, a quoted name, a beginning."""
    (short, short_key), (long_, long_key) = sorted(((a, org_key(a)), (b, org_key(b))), key=lambda x: len(x[1]))
    return short_key == long_key or _names_part_of(short, short_key, long_, long_key)


