"""The lexicons: every word list and table of ``data/``, read by one loader, and the look-ups on them.

Each data file starts with # comments saying what it holds and where its words came from; a
``.tsv`` file's first other line names its columns. ``lines`` and ``table`` read them. Word lists
hold lemmas, or forms that do not inflect; an entry ``lemma{grammemes}`` stands for every form of
its pymorphy3 lexeme having those grammemes (``expand``). ``data/words.tsv`` holds the small lists
the stages read (``words(name)``: a list named in code but missing there fails at import);
``data/prepositions.tsv`` the prepositions with the cases they govern and the places they say;
``data/affiliations.tsv`` the verbs tying a person to a body with no post, with what they govern.

Countries are looked up by any of their names, in any case form, and by their adjectives
(``data/countries.tsv``): each word of each name is expanded once into every form of its
pymorphy3 lexeme, so a lookup is a few dict probes and no morphological analysis, as these
functions run on every entity of every document. Posts, groups, common bodies, web domains,
capitals, the nouns of military units and the endings of ordinals have their files too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import NamedTuple, Optional, Sequence

from . import morph

# Words of a name: hyphens and apostrophes split "Кот-д’Ивуар" and "Гвинея-Бисау"
# into their parts, as a tokenizer may or may not have done already.
_WORD = re.compile(r"[^\W_]+")
# Dashes that may stand between the words of a name ("Папуа — Новая Гвинея").
_DASHES = {"-", "–", "—"}


class Country(NamedTuple):
    """One line of countries.tsv."""

    name: str
    forms: tuple[str, ...]
    abbreviations: tuple[str, ...]
    adjectives: tuple[str, ...]


class _Tables(NamedTuple):
    trie: dict  # word key -> child node; the key None holds the country a path ends with
    surfaces: dict[str, frozenset[str]]  # a word form -> the name words it is a form of
    abbreviations: dict[str, str]
    adjectives: dict[str, str]  # a form of an adjective -> country
    ambiguous: frozenset  # name word sequences and adjectives that two countries share
    shared: dict[str, frozenset[str]]  # an abbreviation two countries share -> those countries


def _norm(word: str) -> str:
    return word.lower().replace("ё", "е")


def _parts(text: str) -> list[str]:
    return _WORD.findall(text)


# ---------------------------------------------------------------- the loader


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    """The lines of a data file but for blank lines and # comments (a ``.tsv`` file's header too)."""
    text = resources.files("pressparse").joinpath("data", name).read_text(encoding="utf-8")
    found = tuple(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return found[1:] if name.endswith(".tsv") else found


def table(name: str) -> list[list[str]]:
    """The rows of a ``.tsv`` data file, as lists of their (stripped) cells."""
    return [[cell.strip() for cell in line.split("\t")] for line in lines(name)]


_ENTRY = re.compile(r"(?P<word>[^{}]+)(?:\{(?P<grammemes>[^{}]+)\})?")


@lru_cache(maxsize=None)
def expand(entry: str) -> frozenset[str]:
    """The lower-case forms an entry of a word list stands for: the word itself, or for
    ``lemma{grammemes}`` every form of the lemma's lexeme (as pymorphy3 reads the lemma) that
    has all the grammemes of one of the alternatives separated by ``|``, with ё written as е too:
    ``назначить{PRTS,sing}`` → назначен, назначена, назначено."""
    m = _ENTRY.fullmatch(entry.strip())
    if m is None:
        raise ValueError(f"not a word-list entry: {entry!r}")
    word = m.group("word").strip().lower()
    if not m.group("grammemes"):
        return frozenset({word, _norm(word)})
    wanted = [frozenset(g.strip() for g in group.split(",")) for group in m.group("grammemes").split("|")]
    forms = {f.word for f in morph.parses(word)[0].lexeme if any(w <= f.tag.grammemes for w in wanted)}
    if not forms:
        raise ValueError(f"{entry!r} stands for no form: pymorphy3 reads {word!r} as {morph.parses(word)[0].tag}")
    return frozenset(forms | {_norm(f) for f in forms})


def entries(cell: str) -> list[str]:
    """The comma-separated entries of a table's cell, a comma inside {grammemes} being no separator."""
    return [entry.strip() for entry in _ENTRIES.findall(cell) if entry.strip()]


_ENTRIES = re.compile(r"[^,{]+(?:\{[^{}]*\})?")


@lru_cache(maxsize=None)
def date_words() -> dict[str, dict[str, str]]:
    """The words dates are written with (data/dates_words.tsv), by kind: each form, lower case, with
    the value its row gives ("month": "марта" → "3")."""
    found: dict[str, dict[str, str]] = {}
    for kind, value, forms in table("dates_words.tsv"):
        for entry in entries(forms):
            for form in expand(entry):
                found.setdefault(kind, {})[form] = value
    return found


@lru_cache(maxsize=None)
def _word_lists() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for name, entry in table("words.tsv"):
        found.setdefault(name, []).append(entry)
    return {name: tuple(entries) for name, entries in found.items()}


class WordList(frozenset):
    """A list of ``data/words.tsv`` as a frozenset of its lower-case words, its entries expanded.

    A frozenset itself, rather than a set that looks its words up in one, because the stages ask
    it about most words of a text: a membership test stays in C."""

    __slots__ = ("name",)

    def __new__(cls, name: str) -> "WordList":
        if name not in _word_lists():
            raise ImportError(f"data/words.tsv has no list {name!r}")
        self = super().__new__(cls, frozenset().union(*map(expand, _word_lists()[name])))
        self.name = name
        return self

    def __repr__(self) -> str:
        return f"WordList({self.name!r})"


def words(name: str) -> WordList:
    """The list ``name`` of ``data/words.tsv``; raises ImportError (lists are named at import) when
    there is none."""
    return WordList(name)


def listed_words() -> tuple[str, ...]:
    """The names of the lists of ``data/words.tsv``."""
    return tuple(_word_lists())


class Preposition(NamedTuple):
    """A row of ``data/prepositions.tsv``."""

    word: str
    cases: tuple[str, ...]  # the cases a name after it takes
    place: Optional[str]  # at, from, to or near: the place it says a name is, if any
    time: bool  # may stand before a time of day or a date ("в 15:00", "к 10 часам")


@lru_cache(maxsize=None)
def prepositions() -> dict[str, Preposition]:
    """``data/prepositions.tsv`` by preposition."""
    return {word: Preposition(word, tuple(c for c in cases.split(",") if c), place or None, time == "yes")
            for word, cases, place, time in table("prepositions.tsv")}


@lru_cache(maxsize=None)
def verb_government() -> dict[str, tuple[str, ...]]:
    """``data/verb_government.tsv``: the cases a person named right after a verb takes, by the
    verb's lemma ("поблагодарить": accusative, "вручить": dative)."""
    return {verb: tuple(cases.split(",")) for verb, cases in table("verb_government.tsv")}


class Affiliation(NamedTuple):
    """A row of ``data/affiliations.tsv``: what a verb tying its subject to a body governs."""

    preposition: Optional[str]  # "в", "за", "из"; None for a direct object or a bare instrumental
    case: str  # the case of the body's name there
    former: bool  # the verb leaves the body: "покинул", "ушёл из"


@lru_cache(maxsize=None)
def affiliations() -> dict[str, tuple[Affiliation, ...]]:
    """``data/affiliations.tsv`` by the verb's lemma: "возглавлять" → (None, accs), "работать" → (в,
    loct), (на, loct)."""
    found: dict[str, tuple[Affiliation, ...]] = {}
    for verb, preposition, case, former in table("affiliations.tsv"):
        found[verb] = found.get(verb, ()) + (Affiliation(None if preposition == "-" else preposition, case,
                                                          former == "yes"),)
    return found


@lru_cache(maxsize=None)
def _state_posts() -> tuple[frozenset[str], dict[str, str]]:
    rows = table("state_posts.tsv")
    return (frozenset(lemma for lemma, seat, _ in rows if seat == "yes"),
            {lemma: head for lemma, _, head in rows if head != "no"})


def seats_in_state(lemma: str) -> bool:
    """Whether a post (its head's lemma) has the state for its seat when no body is named:
    "президент", "премьер-министр" (data/state_posts.tsv)."""
    return lemma in _state_posts()[0]


def heads_a_state(lemma: str) -> bool:
    """Whether a post (its head's lemma) is held by a head of state or government: who "Главы
    государств" are (data/state_posts.tsv)."""
    return lemma in _state_posts()[1]


def what_it_heads(lemma: str) -> Optional[str]:
    """What the holder of a post (its head's lemma) heads: ``"state"`` ("президент"),
    ``"government"`` ("премьер-министр"), ``"either"`` as its complement says ("председатель"),
    or None (data/state_posts.tsv)."""
    return _state_posts()[1].get(lemma)


@lru_cache(maxsize=None)
def forms_of(lemmas: frozenset[str], pos: Optional[frozenset[str]] = None) -> frozenset[str]:
    """Every form (lower case, ё as е) of every paradigm whose lemma is one of ``lemmas`` (lower
    case, ё as е), of a part of speech among ``pos`` if given: a known word whose analysis has
    one of these lemmas is one of these forms (``morph.could_be``), so a look-up replaces an
    analysis of every word of a text. Built once per set."""
    forms = set()
    for lemma in lemmas:
        for p in morph.parses(lemma):
            if _norm(p.normal_form) == lemma:
                forms.update(_norm(f.word) for f in p.lexeme if pos is None or f.tag.POS in pos)
    return frozenset(forms)


_PLACE_DESCRIPTORS = words("place_descriptor")


def is_place_descriptor(word: str) -> bool:
    """Whether a word, in any form, says what kind of place the name after it is ("города Урумчи",
    "г. Москвы", "района Отрадное"; the list place_descriptor of data/words.tsv)."""
    return morph.lemma(word) in _PLACE_DESCRIPTORS


def shared_place_kind(words: Sequence[str], k: int) -> Optional[int]:
    """Where the noun of a place's kind stands that adjectives from token ``k`` on share with the
    one before ``k``, coordinated with it: "главы Ярославской[k] и Владимирской областей", "в
    Архангельской[k], Рязанской и Калининградской областях"; None when no coordination leads to
    such a noun ("Мурманской[k], Кировско-Апатитской и Мончегорской агломераций"), nor when the
    adjective is not of the noun's gender ("в Архангельской[k] и Красноярском крае")."""
    adjective, coordinated = k - 1, False
    while k < len(words) and (words[k] in (",", "и") or morph.parses(words[k])[0].tag.POS in ("ADJF", "PRTF")):
        coordinated = coordinated or words[k] in (",", "и")
        k += 1
    if not (coordinated and k < len(words) and words[k].islower() and is_place_descriptor(words[k])):
        return None
    genders = {p.tag.gender for p in morph.parses(words[k]) if p.tag.POS == "NOUN"}
    return k if any(p.tag.POS == "ADJF" and p.tag.gender in genders for p in morph.parses(words[adjective])) else None


# ---------------------------------------------------------------- countries


def read_countries() -> tuple[Country, ...]:
    """The rows of countries.tsv, in file order."""
    countries = []
    for line in lines("countries.tsv"):
        cells = (line.split("\t") + ["", "", ""])[:4]
        name, forms, abbrs, adjectives = (cell.strip() for cell in cells)
        split = lambda cell: tuple(v.strip() for v in cell.split("|") if v.strip())  # noqa: E731
        countries.append(Country(name, split(forms), split(abbrs), split(adjectives)))
    return tuple(countries)


def _lexeme_parse(word: str):
    """The analysis whose lexeme gives a name word's case forms: a nominative
    place name if there is one ("Того" the country, not the pronoun), else any
    nominative, else the likeliest (a word written in the genitive, "Америки")."""
    ps = morph.parses(word)
    for wanted in (lambda t: ("Geox" in t or "Orgn" in t) and "nomn" in t, lambda t: "nomn" in t):
        for p in ps:
            if wanted(p.tag):
                return p
    return ps[0]


def _forms_of(word: str) -> set[str]:
    p = _lexeme_parse(word)
    return {_norm(f.word) for f in p.lexeme} | {_norm(word)}


@lru_cache(maxsize=None)
def _tables() -> _Tables:
    countries = read_countries()
    owners: dict[tuple, set[str]] = {}
    abbreviations: dict[str, set[str]] = {}
    surfaces: dict[str, set[str]] = {}
    for c in countries:
        names = list(c.forms)
        if not c.name.isupper():  # "США" and the like are abbreviations
            names.insert(0, c.name)
        for name in names:
            words = _parts(name)
            owners.setdefault(tuple(_norm(w) for w in words), set()).add(c.name)
            for word in words:
                for form in _forms_of(word):
                    surfaces.setdefault(form, set()).add(_norm(word))
        for abbr in c.abbreviations:
            abbreviations.setdefault(abbr, set()).add(c.name)

    trie: dict = {}
    for key, names in owners.items():
        if len(names) > 1 or not key:
            continue
        node = trie
        for part in key:
            node = node.setdefault(part, {})
        node[None] = next(iter(names))

    adjective_owners: dict[str, set[str]] = {}
    for c in countries:
        for adjective in c.adjectives:
            for form in _adjective_forms(adjective):
                adjective_owners.setdefault(form, set()).add(c.name)

    ambiguous = {k for k, v in owners.items() if len(v) > 1}
    ambiguous |= {k for k, v in abbreviations.items() if len(v) > 1}
    ambiguous |= {a for c in countries for a in c.adjectives if len(adjective_owners.get(_norm(a), ())) > 1}
    return _Tables(
        trie=trie,
        surfaces={k: frozenset(v) for k, v in surfaces.items()},
        abbreviations={k: next(iter(v)) for k, v in abbreviations.items() if len(v) == 1},
        adjectives={k: next(iter(v)) for k, v in adjective_owners.items() if len(v) == 1},
        ambiguous=frozenset(ambiguous),
        shared={k: frozenset(v) for k, v in abbreviations.items() if len(v) > 1},
    )


def _adjective_forms(adjective: str) -> set[str]:
    ps = [p for p in morph.parses(adjective) if p.tag.POS == "ADJF"]
    if not ps:
        return {_norm(adjective)}
    return {_norm(f.word) for f in ps[0].lexeme if f.tag.POS == "ADJF"} | {_norm(adjective)}


@lru_cache(maxsize=morph.CACHE)
def _keys(part: str) -> frozenset[str]:
    """The name words that a word of a text may be a form of."""
    tables = _tables()
    found = tables.surfaces.get(_norm(part))
    if found or not morph.could_be(part, _every_name_form()):
        return found or frozenset()
    # A form the lexemes missed (pymorphy3 may analyse an oblique form of an
    # unknown name differently from its nominative): try its lemmas.
    keys: set[str] = set()
    for p in morph.parses(part):
        keys |= tables.surfaces.get(_norm(p.normal_form), frozenset())
    return frozenset(keys)


@lru_cache(maxsize=None)
def _every_name_form() -> frozenset[str]:
    """The forms of every paradigm of the words of countries' names, for ``morph.could_be``."""
    return forms_of(frozenset(w for key in _tables().surfaces.values() for w in key))


def _match(words: Sequence[str]) -> Optional[tuple[str, int]]:
    """The longest country name at the start of ``words`` and how many words it takes."""
    if not words:
        return None
    tables = _tables()
    best = None
    first = words[0]
    if first in tables.abbreviations:
        best = (tables.abbreviations[first], 1)
    if not first[:1].isupper():
        return best
    # Walk the trie over the parts of the words; several keys per part keep several paths alive.
    nodes = [tables.trie]
    for i, word in enumerate(words):
        if word in _DASHES:
            continue
        parts = _parts(word)
        if not parts:
            break
        for part in parts:
            keys = _keys(part)
            nodes = [node[k] for node in nodes for k in keys if k in node]
            if not nodes:
                return best
        for node in nodes:
            if None in node:
                best = (node[None], i + 1)
                break
    return best


def country_word(word: str) -> bool:
    """Whether ``word``, its first part if hyphenated, is a form of a word of a country's name, one of
    the forms its paradigm has: a test that needs no analysis, before ``country_prefix``."""
    parts = _parts(word)
    return bool(parts) and _norm(parts[0]) in _every_name_form()


def country_prefix(words: Sequence[str]) -> Optional[tuple[str, int]]:
    """The country named by the leading words and how many words its name takes (longest match).

    ``["Китайской", "Народной", "Республики", "Синь", "Гобинем"]`` → ``("Китай", 3)``;
    None when the words do not start with a country's name.
    """
    return _match(list(words))


@lru_cache(maxsize=morph.CACHE)
def country(text: str) -> Optional[str]:
    """The canonical short name of the country that a whole phrase names, in any case form.

    ``"Республики Беларусь"`` → ``"Беларусь"``, ``"КНР"`` → ``"Китай"``, ``"Россией"`` →
    ``"Россия"``; None if the phrase is anything more or less than a country's name.
    """
    return whole_country([w for w in _split(text) if w])


def whole_country(words: Sequence[str]) -> Optional[str]:
    """The country that ``words`` name, all of them and nothing more; else None."""
    found = _match(words)
    return found[0] if found and found[1] == len(words) else None


def _split(text: str) -> list[str]:
    # Keep abbreviations whole and dashes as words, like a tokenizer would.
    return re.findall(r"[^\W_]+(?:[-’'][^\W_]+)*|[-–—]", text)


def shared_abbreviation(abbr: str) -> frozenset[str]:
    """The countries an abbreviation two or more of them share may stand for (``"РК"``:
    Казахстан, Южная Корея), which only the text around it tells apart; empty for any other word."""
    return _tables().shared.get(abbr, frozenset())


@lru_cache(maxsize=morph.CACHE)
def country_in(name: str) -> Optional[str]:
    """The first country a longer name holds: ``"Министерство связи Республики Беларусь"`` →
    ``"Беларусь"``; None if it holds none."""
    words = re.findall(r"\w+", name)
    for i in range(len(words)):
        found = country_prefix(words[i:])
        if found:
            return found[0]
    return None


@lru_cache(maxsize=morph.CACHE)
def country_adjective(word: str) -> Optional[str]:
    """The country of an adjective in any form: ``"белорусской"`` → ``"Беларусь"``,
    ``"китайских"`` → ``"Китай"``; None for other words."""
    tables = _tables()
    found = tables.adjectives.get(_norm(word))
    if found or not morph.could_be(word, _every_adjective_form()):
        return found
    for p in morph.parses(word):
        if p.tag.POS == "ADJF":
            found = tables.adjectives.get(_norm(p.normal_form))
            if found:
                return found
    return None


@lru_cache(maxsize=None)
def _every_adjective_form() -> frozenset[str]:
    """The forms of every paradigm of the countries' adjectives, for ``morph.could_be``."""
    return forms_of(frozenset(_norm(a) for c in read_countries() for a in c.adjectives), frozenset({"ADJF"}))


def _lemmas_of(name: str) -> frozenset[str]:
    """The lemmas of a word list, and every form its ``lemma{grammemes}`` entries stand for: a
    participle serving as a noun ("заведующий{PRTF,actv,pres}") is read by pymorphy3 as a form of
    its verb, so its forms ("заведующая", "заведующим") are listed, not its lemma."""
    found: set[str] = set()
    for line in lines(name):
        found |= expand(line) if "{" in line else {_norm(line.strip())}
    return frozenset(found)


@lru_cache(maxsize=None)
def demonyms() -> frozenset[str]:
    """The lemmas of nouns for a place's people ("сингапурец", "москвичка"; data/demonyms.txt)."""
    return _lemmas_of("demonyms.txt")


@lru_cache(maxsize=None)
def _offices() -> frozenset[str]:
    return _lemmas_of("posts.txt")


@lru_cache(maxsize=None)
def _posts() -> frozenset[str]:
    return _offices() | _lemmas_of("professions.txt")


@lru_cache(maxsize=None)
def _harvested() -> frozenset[str]:
    return _lemmas_of("posts_harvested.txt")


@lru_cache(maxsize=None)
def _common_abbreviations() -> frozenset[str]:
    return frozenset(line.strip() for line in lines("common_abbreviations.txt"))


@lru_cache(maxsize=None)
def legal_forms() -> frozenset[str]:
    """Companies' legal forms (data/legal_forms.txt), in lower case: ``"пао"``, ``"тоо"``, ``"gmbh"``."""
    return frozenset(lines("legal_forms.txt"))


def is_legal_form(word: str) -> bool:
    """Whether a word is a company's legal form written as before its quoted name, in capitals:
    ``"ПАО"`` of "ПАО «Газпром»", ``"ТОО"``."""
    return word.isupper() and word.lower() in legal_forms()


def is_common_abbreviation(word: str) -> bool:
    """Whether a word is an abbreviation of a common noun (data/common_abbreviations.txt):
    ``"СМИ"``, ``"вузов"``, ``"ДТП"``; such a word alone names no organisation."""
    return word in _common_abbreviations() or morph.lemma(word) in _common_abbreviations()


def _thing(word: str) -> bool:
    """Whether the dictionary knows the word as an inanimate noun only, which no one holds as a
    post, whatever office its first part names: "Премьер-лиги"."""
    return morph.known(word) and all(p.tag.POS == "NOUN" and "inan" in p.tag for p in morph.parses(word))


_HEAD_POS = frozenset({"NOUN", "ADJF", "PRTF"})
_POST_PREFIXES = words("post_prefix")


def _is_one_of(word: str, lemmas: frozenset[str]) -> bool:
    if _norm(word) in lemmas:
        return True
    first, hyphen, rest = word.partition("-")
    if hyphen and first and _norm(first) in lemmas and not _thing(word):
        return True  # "генерал-майора", "генерал-лейтенантом", but not "Премьер-лиги"
    if hyphen and _norm(first) in _POST_PREFIXES and rest:
        return _is_one_of(rest, lemmas)  # "вице-министра", as "министра"
    if not morph.could_be(word, forms_of(lemmas, _HEAD_POS)):
        return False
    return any(p.tag.POS in _HEAD_POS and _norm(p.normal_form) in lemmas for p in morph.parses(word))


@lru_cache(maxsize=None)
def _body_kinds() -> dict[str, frozenset[str]]:
    kinds: dict[str, frozenset[str]] = {}
    for _, cell in table("body_kinds.tsv"):
        lemmas = frozenset(_norm(entry) for entry in entries(cell))
        kinds.update(dict.fromkeys(lemmas, lemmas))
    return kinds


def body_kind(lemma: str) -> frozenset[str]:
    """The nouns naming the kind of body that a noun's lemma names (data/body_kinds.tsv): ``"клуб"``
    → клуб, команда; empty for a noun of no kind listed."""
    return _body_kinds().get(_norm(lemma), frozenset())


@lru_cache(maxsize=None)
def _serving_posts() -> dict[str, str]:
    return {_norm(head): _norm(noun) for head, noun in table("serving_posts.tsv")}


def served_by(lemma: str) -> Optional[str]:
    """The common noun naming the kind of body or place a post (its head's lemma) serves when it
    names none (data/serving_posts.tsv): ``"судья"`` → ``"суд"``; a compound's by its parts
    (``"судья-докладчик"``, ``"вице-губернатор"``); None for any other post."""
    posts = _serving_posts()
    return next((posts[part] for part in _norm(lemma).split("-") if part in posts), None)


@lru_cache(maxsize=None)
def _groups() -> frozenset[str]:
    return _lemmas_of("groups.txt")


def may_head(word: str) -> bool:
    """False for a word that is sure to be no post's head (``is_post``) nor a group's
    (``group_head``), told by its first three letters alone: most words of a text, which no
    cache of analyses need then keep."""
    return "-" in word or _norm(word[:3]) in _head_beginnings()


@lru_cache(maxsize=None)
def _head_beginnings() -> frozenset[str]:
    # what morph.could_be and _is_one_of look at: the forms of the lemmas, and the lemmas
    words = forms_of(_posts(), _HEAD_POS) | forms_of(_groups(), frozenset({"NOUN"})) | _posts() | _groups()
    return frozenset(word[:3] for word in words)


@lru_cache(maxsize=morph.CACHE)
def group_head(word: str) -> Optional[str]:
    """The lemma of a word that heads a group of people acting as one (data/groups.txt):
    ``"делегацией"`` → ``"делегация"``, ``"представители"`` → ``"представитель"``; else None."""
    if not morph.could_be(word, forms_of(_groups(), frozenset({"NOUN"}))):
        return None
    return next((_norm(p.normal_form) for p in morph.parses(word)
                 if p.tag.POS == "NOUN" and _norm(p.normal_form) in _groups()), None)


@lru_cache(maxsize=morph.CACHE)
def is_office(word: str) -> bool:
    """Whether a word, in any form, is the head noun of an office or title (data/posts.txt):
    ``"Председатель"``, ``"Президента"``, ``"заместителем"``, ``"Вице-премьера"``."""
    return _is_one_of(word, _offices())


@lru_cache(maxsize=morph.CACHE)
def is_post(word: str) -> bool:
    """Whether a word heads a post: an office (``is_office``) or a profession or role from
    data/professions.txt (``"фотограф"``, ``"полузащитника"``)."""
    return _is_one_of(word, _posts())


@lru_cache(maxsize=morph.CACHE)
def is_harvested_post(word: str) -> bool:
    """Whether a word heads a post by the lexicon harvested from NEREL train (data/posts_harvested.txt,
    made by training/post_lexicon.py): read first as an animate noun of the list (``"хореографа"``,
    ``"программистом"``, ``"рок-музыканта"``; not "политику", policy before politician, nor
    "после"), or one after a prefix that makes a post of a post ("экс-пограничник")."""
    word = _past_post_prefix(word)
    if _norm(word) not in _harvested_forms():
        return False
    parse = morph.parses(word)[0]
    return parse.tag.POS == "NOUN" and "anim" in parse.tag and _norm(parse.normal_form) in _harvested()


def may_be_harvested_post(word: str) -> bool:
    """False for a word that is sure to be no head by the harvested lexicon (``is_harvested_post``),
    told without its analysis: not a form of its nouns, with a post's prefix or not."""
    return _norm(_past_post_prefix(word)) in _harvested_forms()


def _past_post_prefix(word: str) -> str:
    """A word without the prefixes that make a post of a post before it ("экс-пограничник": пограничник)."""
    first, hyphen, rest = word.partition("-")
    while hyphen and rest and _norm(first) in _POST_PREFIXES:
        word = rest
        first, hyphen, rest = word.partition("-")
    return word


@lru_cache(maxsize=None)
def _harvested_forms() -> frozenset[str]:
    return forms_of(_harvested(), frozenset({"NOUN"})) | _harvested()


@lru_cache(maxsize=None)
def _units() -> frozenset[str]:
    return _lemmas_of("military_units.txt")


def is_unit(lemma: str) -> bool:
    """Whether a lemma heads a numbered military unit (data/military_units.txt): ``"полк"``."""
    return _norm(lemma) in _units()


@lru_cache(maxsize=None)
def _ordinal_endings() -> dict[str, frozenset[tuple[str, str]]]:
    found: dict[str, set[tuple[str, str]]] = {}
    for ending, gender, cases in table("ordinals.tsv"):
        found.setdefault(ending, set()).update((gender, case) for case in cases.split(","))
    return {ending: frozenset(pairs) for ending, pairs in found.items()}


_ORDINAL = re.compile(r"(\d+)-([а-яё]+)")


def ordinal(word: str) -> Optional[tuple[str, frozenset[tuple[str, str]]]]:
    """The figures of a singular ordinal number written in figures, and the (gender, case) pairs
    of the singular nouns its ending agrees with (data/ordinals.tsv): ``"62-й"`` → ``("62",
    {("masc", "nomn"), ("femn", "ablt"), ...})``; None for any other word, a plural one ("3-х")
    included."""
    m = _ORDINAL.fullmatch(word.lower()) if word[:1].isdigit() else None  # most words, without lowering them
    if m is None:
        return None
    pairs = _ordinal_endings().get(m.group(2))
    return (m.group(1), pairs) if pairs else None


@lru_cache(maxsize=None)
def _domains() -> dict[str, str]:
    return dict(table("domains.tsv"))


@lru_cache(maxsize=None)
def _capitals() -> dict[str, str]:
    return {_norm(place): country for place, country in table("capitals.tsv")}


def domain_country(tld: str) -> Optional[str]:
    """The country of a top-level web domain (``"by"``, ``"бел"`` → ``"Беларусь"``), or None."""
    return _domains().get(tld.lower())


def capital_country(place: str) -> Optional[str]:
    """The country whose capital or seat of government a place is (``"Кремль"`` → ``"Россия"``), or None."""
    return _capitals().get(_norm(place))


@lru_cache(maxsize=None)
def _regions() -> dict[str, tuple[str, str]]:
    """{a region's full name or common form, lower-case: (its full name, its country)}."""
    found = {}
    for place, country, *forms in table("regions.tsv"):
        for name in [place, *(form.strip() for form in (forms[0].split(",") if forms else ()) if form.strip())]:
            found[_norm(name)] = (place, country)
    return found


def region_country(place: str) -> Optional[str]:
    """The country a first-level region belongs to (data/regions.tsv), by its full name or a common
    form of it: ``"Восточно-Казахстанская область"`` → ``"Казахстан"``, ``"Татарстан"`` →
    ``"Россия"``; None for any other place."""
    region = _regions().get(_norm(place))
    return region[1] if region else None


def region_name(place: str) -> Optional[str]:
    """A first-level region's full name (data/regions.tsv), which holds the noun of its kind, for
    its full name or a common form of it: ``"Подмосковье"`` → ``"Московская область"``,
    ``"Татарстан"`` → ``"Республика Татарстан"``; None for any other place."""
    region = _regions().get(_norm(place))
    return region[0] if region else None


@lru_cache(maxsize=None)
def _region_abbreviations() -> dict[str, str]:
    return dict(table("region_abbreviations.tsv"))


def region_abbreviation(word: str) -> Optional[str]:
    """The first-level region an abbreviation stands for (data/region_abbreviations.tsv):
    ``"ВКО"`` → ``"Восточно-Казахстанская область"``; None for any other word."""
    return _region_abbreviations().get(word)


def region_abbreviations() -> frozenset[str]:
    """Every abbreviation of data/region_abbreviations.tsv."""
    return frozenset(_region_abbreviations())


@lru_cache(maxsize=None)
def _organizations() -> dict[str, dict[str, str]]:
    """{short form: {country or "": full name}} from data/organizations.tsv."""
    found: dict[str, dict[str, str]] = {}
    for short, country, full in table("organizations.tsv"):
        found.setdefault(short if short.isupper() else _norm(short), {})[country] = full
    return found


@lru_cache(maxsize=None)
def _organization_names() -> frozenset[tuple[str, ...]]:
    """The lemmas of every full name of data/organizations.tsv."""
    return frozenset(tuple(morph.lemma(w) for w in re.findall(r"\w+", full)) for _, _, full in table("organizations.tsv"))


@lru_cache(maxsize=None)
def _body_beginnings() -> frozenset[str]:
    """The first three letters of every short form and of the first word of every full name of
    data/organizations.tsv: what a word that may begin a known body's name begins with, in any
    case form of it."""
    return frozenset(_norm(short)[:3] for short in _organizations()) \
        | frozenset(name[0][:3] for name in _organization_names())


def is_known_body(words: Sequence[str]) -> bool:
    """Whether ``words`` name a common body of data/organizations.tsv, in any case form: one word
    that is its abbreviation or short form (``"ЕС"``, ``"Евросоюза"``), or its full name
    (``"Европейского союза"``). Most names are told apart by their first letters, unanalysed."""
    if not words[0].isupper() and _norm(words[0][:3]) not in _body_beginnings():
        return False
    if len(words) == 1:
        return organization(words[0]) is not None
    return tuple(morph.lemma(w) for w in re.findall(r"\w+", " ".join(words))) in _organization_names()


def is_abbreviation(word: str) -> bool:
    """Whether a word in capitals is the abbreviation of a body of data/organizations.tsv or of a
    country of data/countries.tsv (``"ООН"``, ``"МИД"``, ``"РФ"``, ``"США"``)."""
    tables = _tables()
    return word.isupper() and (word in _organizations() or word in tables.abbreviations or word in tables.shared)


def organization(short: str, home: Optional[str] = None) -> Optional[tuple[str, Optional[str]]]:
    """The full name and country of a common body known by a short form, in any case form
    (``"Минпромторга"``), the release's own country ``home`` choosing among the bodies of
    several countries (``"Минсвязи"`` in a Belarusian release is Belarus's ministry); None
    for a form not in data/organizations.tsv."""
    known = _organizations()
    if short.isupper():
        rows = known.get(short)
    else:
        rows = known.get(_norm(short)) or next((known[_norm(p.normal_form)] for p in morph.parses(short)
                                                if _norm(p.normal_form) in known), None)
    if not rows:
        return None
    if home in rows:
        return rows[home], home
    if "" in rows:
        return rows[""], None
    if len(rows) == 1:
        country, full = next(iter(rows.items()))
        return full, country
    return None
