"""Stage normalise: names into the nominative, as a person would write them in a list.

The stage gives each span of the NER its ``name``: a person's, an organisation's, a place's,
or a country's canonical short name (and ``country``). Its functions serve the later stages too:
``person_name`` declines people's names (``Синь Гобинем`` → ``Синь Гобинь``);
``phrase_name`` declines the head of an organisation's or a place's name and
leaves its dependent words as written (``Министерством связи Республики
Беларусь`` → ``Министерство связи Республики Беларусь``). Both are pure and
deterministic; the per-word work is cached, as they run on every mention.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import NamedTuple, Optional, Sequence

from .. import lexicon, morph, names
from ..doc import Doc, Sentence, Span

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_GENDERS = ("masc", "femn")
_VOWELS = frozenset("аеёиоуыэюяaeiouy")  # Latin ones too: a syllable of a name in Latin letters
_HUSHING = frozenset("жшчщц")

# Weights of the evidence for a reading of a person's name. An analysis of the
# word as a name in pymorphy3's dictionary outweighs a guess from its ending;
# endings differ in how sure they are: "-ом" is hardly ever a nominative, "-а"
# often is (Маэхара), "-е" more often still (Фелипе). A word read as written
# (indeclinable) fits any case; the nominative, where names mostly stand, gets
# a little more.
_NAME_PARSE = 1.0
_NAME_ELSEWHERE = 0.5  # a dictionary first name after the first word
_FIXED = 1.0
_GUESSED_NAME = 0.35  # pymorphy3's guess at an unknown word, tagged as a name
_ONE_CASE = 1.0  # a place's name opening a name, a given name in its one case: as a dictionary name's
_STRONG, _MEDIUM, _WEAK = 0.5, 0.45, 0.35
_AS_IS = 0.3
_NOMINATIVE = 0.1
_CONTEXT = 0.15  # the context only tips readings the name itself leaves even
# ... but a preposition, or a person's noun in apposition, rules out the cases it cannot govern or
# agree with: "с еврокомиссаром Маргрете Вестагер" is no dative of "Маргрета" (see _ruled_out)
_RULED_OUT = 1.5
_GENDER = 0.5  # the first word as a first name, or a patronymic, if of one gender only
# A surname as a man's is written, in -ов/-ев/-ин, decides against a dictionary first name of the
# other gender: the ending is grammar ("Садибеков" is a man's, a woman's would be "Садибекова"),
# while a first name of another language may be a woman's name in Russian ("Гани", read as
# "Ганя"), and so does a Lithuanian woman's surname, in any case ("Вилию Блинкявичюте" is no
# dative of "Вилий"). An oblique ending weighs as a first name does: "Березовой" is a woman's
# case, or a man's adjectival surname.
_SURNAME_GENDER = 2.0
_MASCULINE = 0.12  # officials named in releases are mostly men: a tie-break
# A verb agreeing with the name as its subject ("Абдуллаева заявила") says the person's gender for
# sure; the name's case too when nothing stands before the name ("Мутарика потерял сознание"), less
# so after a post, whose genitive the name may be ("адвокат Абрамовича найден").
_SUBJECT_GENDER = 0.6
_SUBJECT_CASE = 0.2
_SUBJECT_SURE_CASE = 1.0
# The case the morphology tagger reads the name's last word in, in its sentence: it outweighs an
# ending that is often a nominative ("Зума", "Гвардиола": "-а", 0.45, against 0.3 + 0.1 as
# written), not one that hardly ever is ("Маасом", "Гобинем": "-ом", 0.5), as the tagger misreads
# foreign names after a genitive chain ("министра ... Японии Сейджи Маехары": a nominative).
# Its gender did not pay: as many names made wrong as right over the development sets.
_TAGGED_CASE = 0.08

_JOINERS = frozenset("-’'ʼ")
_INITIALS = re.compile(r"(?:[А-ЯЁA-Z][а-яёa-z]?\.)+")
_OPENING = frozenset("«(„“[")
_QUOTES_OPENING = frozenset('«„“"')
_QUOTES_CLOSING = frozenset('»“”"')
_CLOSING = frozenset("»)”],.:;!?")

# The most entries kept by the caches of a name's readings (``_name_options``, ``_scores``,
# ``_decline_name``, ``_analyses``), fewer than ``morph.CACHE``: an entry is a kilobyte or three
# (a dozen readings, a dozen scores), and a name comes back mostly within the release that names
# its person. Over speed.py's first pass of 1060 texts, 4096 entries held some 24 MB for 5700 hits
# and 1024 hold some 6 MB for 4700 (the misses cost a few hundredths of a second).
_NAME_CACHE = 1024


# ---------------------------------------------------------------- spelling


@lru_cache(maxsize=morph.CACHE)
def _restore(form: str, original: str) -> str:
    """``form`` (lower-case, from pymorphy3) spelt like ``original``: the capitals
    of each hyphenated part where they stood, ё only where the text wrote ё (cached: a person's
    name is spelt for each gender at each of its mentions' readings)."""
    if "ё" not in original.lower():
        form = form.replace("ё", "е")
    parts, originals = form.split("-"), original.split("-")
    if len(parts) != len(originals):
        parts, originals = [form], [original]
    out = []
    for part, orig in zip(parts, originals):
        if len(orig) > 1 and orig.isupper():
            out.append(part.upper())
        else:
            out.append("".join(c.upper() if i < len(orig) and orig[i].isupper() else c
                               for i, c in enumerate(part)))
    return "-".join(out)


def _join(words: Sequence[str], spaces: Optional[Sequence[str]]) -> str:
    if spaces is not None:
        text = "".join(w + (s if i < len(words) - 1 else "") for i, (w, s) in enumerate(zip(words, spaces)))
        text += "".join(words[len(spaces):])
        return re.sub(r"\s+", " ", text).strip()
    out, previous, quote_open = "", "", False
    for word in words:
        glue = not out or word in _CLOSING or word == "-" or previous in _OPENING or previous == "-"
        if word == '"':
            glue = not out or quote_open or previous in _OPENING
            quote_open = not quote_open
        elif previous == '"' and quote_open:
            glue = True
        out += word if glue else " " + word
        previous = word
    return out


# ---------------------------------------------------------------- people


class _Option(NamedTuple):
    """A reading of a word of a person's name in one case and gender, with its weight and its
    nominative: lower-case, or a name's analysis whose nominative it is, inflected only when read
    (``form``): weighing the readings needs no nominative, and of a word's dozen readings a name
    keeps one per gender, so most analyses are never inflected."""

    case: str
    gender: str
    nominative: "str | morph.Analysis"
    weight: float

    @property
    def form(self) -> str:
        """The lower-case nominative."""
        return self.nominative if isinstance(self.nominative, str) else _inflected_nominative(self.nominative)


@lru_cache(maxsize=morph.CACHE)
def _inflected_nominative(p) -> str:
    """The nominative of a name's analysis, lower-case: the form pymorphy3 inflects it to, else its
    normal form."""
    nominative = p.inflect({"nomn"})
    return nominative.word if nominative is not None else p.normal_form


def _ending_guesses(w: str, last: bool = False, shortest: int = 3) -> list[tuple[str, str, str, float]]:
    """(case, gender, nominative, weight) readings of an unknown name word from its ending;
    ``last``: the word ends the name (a surname's declension is the one of "Шкарупа");
    ``shortest``: the fewest letters of a nominative (a syllable of a Korean name may have two: "Ын")."""
    out = []

    def add(cases, gender, cut, ending, weight):
        form = w[: len(w) - cut] + ending
        if len(form) >= shortest:
            out.extend((case, gender, form, weight) for case in cases)

    def before(k):  # the letter before a k-letter ending
        return w[-k - 1] if len(w) > k else ""

    def consonant(ch):
        return ch.isalpha() and ch not in _VOWELS and ch not in "ьъй"

    # masculine: Гобинем → Гобинь, Андреем → Андрей, Цзиньпином → Цзиньпин, Цяна → Цян ...
    if re.search(r"(ов|ев|ёв|ин|ын)ым$", w):
        add(("ablt",), "masc", 2, "", _STRONG)
    elif w.endswith("ом") and consonant(before(2)):
        add(("ablt",), "masc", 2, "", _STRONG)
    elif w.endswith(("ем", "ём")):
        ch = before(2)
        if ch in _VOWELS:
            add(("ablt",), "masc", 2, "й", _STRONG)
        elif ch in _HUSHING:
            add(("ablt",), "masc", 2, "", _STRONG)
        elif consonant(ch):
            add(("ablt",), "masc", 2, "ь", _STRONG)
    elif re.search(r"[сц]кого$", w):
        add(("gent", "accs"), "masc", 3, "ий", _STRONG)
    elif re.search(r"[сц]кому$", w):
        add(("datv",), "masc", 3, "ий", _STRONG)
    elif re.search(r"[сц]ким$", w):
        add(("ablt",), "masc", 2, "ий", _STRONG)
    final, ch = w[-1:], before(1)
    if final == "а" and consonant(ch):
        add(("gent", "accs"), "masc", 1, "", _MEDIUM)
    elif final == "я" and ch and ch not in "ьъ" and not re.search(r"([кцнжшчщ]а|и|я)я$", w):  # not Липницкая, Гарсия, Закарья
        add(("gent", "accs"), "masc", 1, "й" if ch in _VOWELS else "ь", _MEDIUM)
    elif w.endswith("ия") and consonant(before(2)) and not last:
        # a man's given name in -ий, before his surname ("Абия Ахмеда": Абий; a surname in -ия is
        # a nominative: Гарсия)
        add(("gent", "accs"), "masc", 1, "й", _WEAK)
    elif final == "у" and consonant(ch):  # weak: Роналду, Моуринью are nominatives
        add(("datv",), "masc", 1, "", _WEAK)
        if last:  # a man's surname of the -а declension: Шкарупу, Кустурицу (a first name: Кунсулу)
            add(("accs",), "masc", 1, "а", _WEAK)
    elif final == "ю" and (consonant(ch) or ch in _VOWELS):
        add(("datv",), "masc", 1, "й" if ch in _VOWELS else "ь", _WEAK)
    elif final == "ы" and consonant(ch):
        add(("gent",), "masc", 1, "а", _MEDIUM)  # Лула, Кисида: men's names of the -а declension
    elif final == "е" and ch:
        add(("loct",), "masc", 1, "й" if ch in _VOWELS else "", _WEAK)
    if w.endswith("ой") and consonant(before(2)):
        add(("ablt",), "masc", 2, "а", _MEDIUM)  # Нарендрой; but Толстой, Донской are nominatives
    # feminine: Виртуозовой → Виртуозова, Ангелу → Ангела, Марии → Мария ...
    if re.search(r"[сц]кой$", w):
        add(("gent", "datv", "ablt", "loct"), "femn", 2, "ая", _STRONG)
    elif re.search(r"[сц]кую$", w):
        add(("accs",), "femn", 2, "ая", _STRONG)
    elif re.search(r"(ов|ев|ёв|ин|ын)ой$", w):
        add(("gent", "datv", "ablt", "loct"), "femn", 2, "а", _STRONG)
    elif w.endswith("ой") and consonant(before(2)):  # else an adjective, if pymorphy3 reads it as one
        add(("gent", "datv", "ablt", "loct"), "femn", 2, "а", _MEDIUM)
    elif w.endswith("ей") and before(2):
        add(("ablt",), "femn", 2, "а" if before(2) in _HUSHING else "я", _STRONG)
    elif final == "ы" and consonant(ch):
        add(("gent",), "femn", 1, "а", _MEDIUM)
    elif final == "и" and (ch == "и" or ch in "гкхжшчщ"):
        add(("gent",), "femn", 1, "я" if ch == "и" else "а", _WEAK)
    elif final == "и" and ch in _AFTER_VOWEL_YA:
        add(("gent",), "femn", 1, "я", _WEAK)  # a woman's name in -ая, -ея after a vowel: "Каи" of Кая
    elif final == "у" and consonant(ch):
        add(("accs",), "femn", 1, "а", _WEAK)
    elif final == "ю" and ch:
        add(("accs",), "femn", 1, "я", _WEAK)
    elif final == "е" and consonant(ch):
        add(("datv", "loct"), "femn", 1, "а", _WEAK)
    elif final == "е" and ch in _AFTER_VOWEL_YA:
        add(("datv", "loct"), "femn", 1, "я", _WEAK)  # "Кае", "Лее": Кая, Лея
    elif w.endswith("ие") and consonant(before(2)):
        # a woman's name in -ия, its dative as news often spell it ("Зульфие": Зульфия; the
        # dictionary's is "Зульфии")
        add(("datv", "loct"), "femn", 1, "я", _MEDIUM)
    return out


_AFTER_VOWEL_YA = frozenset("аеэоу")  # the vowels a name's -я follows, its oblique cases -е and -и after them


# Surnames in -ов/-ев/-ин decline alike, whatever pymorphy3's dictionary makes of
# them ("Диваеву" is there only as a woman's first name).
_SURNAME_FORMS = {
    "а": (("gent", "masc", ""), ("accs", "masc", ""), ("nomn", "femn", "а")),
    "у": (("datv", "masc", ""), ("accs", "femn", "а")),
    "ым": (("ablt", "masc", ""),),
    "е": (("loct", "masc", ""),),
    "ой": (("gent", "femn", "а"), ("datv", "femn", "а"), ("ablt", "femn", "а"), ("loct", "femn", "а")),
}
_SURNAME = re.compile(r"(?<=...)(ов|ев|ёв|ин|ын)(а|у|ым|е|ой)$")
_SURNAME_WEIGHT = 1.5
_SURNAME_ADJECTIVES = ("ский", "цкий", "ной", "ный", "ний")


def _surname_options(w: str) -> list[_Option]:
    found = _SURNAME.search(w)
    if not found:
        return []
    stem = w[: found.start(2)]
    return [_Option(case, gender, stem + ending, _SURNAME_WEIGHT)
            for case, gender, ending in _SURNAME_FORMS[found.group(2)]]


_GUESSERS = frozenset({"FakeDictionary", "KnownSuffixAnalyzer", "UnknAnalyzer"})


def _guessed(p) -> bool:
    """Whether pymorphy3 guessed this analysis from the word's suffix rather than
    found the word, or its part after a prefix ("Рос|гвардии"), in its dictionary."""
    return not _GUESSERS.isdisjoint(_units(p.methods_stack))


def _known(p) -> bool:
    """Whether pymorphy3 found the whole word in its dictionary (not after an unknown prefix:
    "Кар|амае", nor by its suffix)."""
    return len(p.methods_stack) == 1 and type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


def _units(stack: tuple) -> set[str]:
    """The type names of what a pymorphy3 methods stack holds, nested stacks included: its
    analyser units (and the words and numbers they keep)."""
    names = set()
    for item in stack:
        if isinstance(item, tuple):
            names |= _units(item)
        else:
            names.add(type(item).__name__)
    return names


# A name is no compound: a dictionary name found after an unknown prefix is hardly better than a
# guess ("Шерз|ата" is not the name "Ата", "Бол|ата" not "Ата"; "Ц|яна" is "Цяна", from "Цян").
_PREFIXED = frozenset({"UnknownPrefixAnalyzer"})


class _NameTag(NamedTuple):
    case: Optional[str]
    genders: tuple[Optional[str], ...]  # both for "ms-f", else the tag's own (None, "neut" too)
    first_name: bool
    patronymic: bool
    fixed: bool


@lru_cache(maxsize=None)
def _name_tag(tag) -> Optional[_NameTag]:
    """What ``_name_options`` reads of a tag of a person's name in the singular, read once per tag
    as pymorphy3's tag attributes are slow to get; None for any other tag."""
    if not (tag.POS == "NOUN" and tag.number == "sing" and ("Name" in tag or "Surn" in tag or "Patr" in tag)):
        return None
    return _NameTag(tag.case, _GENDERS if "ms-f" in tag else (tag.gender,), "Name" in tag, "Patr" in tag,
                    "Fixd" in tag)


def _person_noun(p) -> bool:
    """Whether an analysis is of a singular noun for a person, masculine or feminine, found in the
    dictionary, no name's, of seven letters or more."""
    tag = p.tag
    return tag.POS == "NOUN" and tag.number == "sing" and "anim" in tag and tag.gender in _GENDERS \
        and tag.case in CASES and _name_tag(tag) is None and "Fixd" not in tag and _known(p) \
        and len(p.normal_form) >= _PERSON_NOUN_LETTERS


_PERSON_NOUN_LETTERS = 7


@lru_cache(maxsize=None)
def _adjective_tag(tag) -> Optional[tuple[str, str]]:
    """(case, gender) of a tag of a declinable adjective in the singular, masculine or feminine
    (an adjectival surname's); None for any other tag."""
    if tag.POS == "ADJF" and tag.number == "sing" and tag.gender in _GENDERS and "Fixd" not in tag:
        return tag.case, tag.gender
    return None


def _is_name_parse(p) -> bool:
    return _name_tag(p.tag) is not None


@lru_cache(maxsize=_NAME_CACHE)
def _name_options(word: str, place: str, kin: bool = False
                  ) -> tuple[dict[tuple[str, str], _Option], frozenset[str], frozenset[str]]:
    """The best reading of one word of a person's name in each case and gender, with its
    nominative and weight (the first of the heaviest, in the order below), and the genders the
    word has as a dictionary first name and as a patronymic.

    ``place`` is where the word stands in the name: "first", "middle", "last" or
    "only". pymorphy3's dictionary lists many a surname as a first name too
    ("Диваева", "Пелося"): as such a word weighs less after the first place. ``kin``: the word
    follows a particle of an Arabic name ("бен", "Аль"), and names a father or a family, not by a
    Russian first name ("Аль Тани" is no case of "Таня").
    """
    low = word.lower()
    head, hyphen, tail = word.rpartition("-")
    if hyphen and _DOUBLE_NAME.fullmatch(word):
        # A double name declines in its last part, as that part alone would ("Оконджо-Ивеалой":
        # Ивеалой, Оконджо-Ивеала; "Анны-Марии"); pymorphy3 reads such a word by its first part,
        # and an indeclinable first part ("Оконджо") makes the whole word indeclinable, or a guess
        # an adjective ("Оконджо-Ивеалая"). The first part declines afterwards where it reads in
        # the name's case (_first_part_declined: "Диаса-Канеля").
        options, first, patronymic = _name_options(tail, place, kin)
        return ({key: option._replace(nominative=f"{head.lower()}-{option.form}") for key, option in options.items()},
                first, patronymic)
    if names.is_kazakh_patronymic(word):
        # it does not decline ("Ерлана Кайратулы"), and its ending tells the gender
        gender = names.patronymic_gender(word)
        fixed = {(case, g): _Option(case, g, low, _FIXED if g == gender else _AS_IS) for case in CASES for g in _GENDERS}
        return fixed, frozenset(), frozenset({gender})
    best: dict[tuple[str, str], _Option] = {}

    def offer(case: str, gender: str, form: "str | morph.Analysis", weight: float) -> None:
        option = best.get((case, gender))
        if option is None or weight > option.weight:
            best[case, gender] = _Option(case, gender, form, weight)

    first_genders: set[str] = set()
    patronymic_genders: set[str] = set()
    fixed_genders: set[str] = set()
    fixed_score = 0.0
    parses = morph.parses(word)
    # a given name the dictionary does not know, too ("по словам Анджали Дешпанде": no "Анджаля")
    undeclined = (place == "last" or not morph.known(word)) and _UNDECLINED_IN_I.search(low) is not None
    for p in parses:
        tag = _name_tag(p.tag)
        if tag is None or kin and tag.first_name:
            continue
        if undeclined and tag.case != "nomn" and p.normal_form.endswith(("я", "ь")):
            continue  # "Рахими" is no case of "Рахимя", "Юсуфи" none of "Юсуфь"
        units = _units(p.methods_stack)
        prefixed = not units.isdisjoint(_PREFIXED)
        known = not prefixed and units.isdisjoint(_GUESSERS)
        if known and tag.first_name:
            first_genders.update(tag.genders)
        if known and tag.patronymic:
            patronymic_genders.update(tag.genders)
        elif tag.patronymic and not patronymic_genders:
            patronymic_genders.update(_patronymic_ending_gender(low))
        # pymorphy3 tags a hyphenated name indeclinable after its first part and declines its last
        # ("Оконджо-Ивеалой": оконджо-ивеала, instrumental): one whose lemma is not the word is declined
        declined = tag.fixed and p.normal_form != low
        if tag.fixed and not declined:
            fixed_genders.update(g for g in tag.genders if g in _GENDERS)
            fixed_score = max(fixed_score, p.score)
            continue
        # A nominative reading keeps the word: hyphenated words get odd tags (a
        # feminine "Цымбалюк-Романовская" read as a masculine nominative); another's
        # nominative is inflected if the reading is chosen (_Option.form).
        form = low if tag.case == "nomn" else p.normal_form if declined else p
        if prefixed:
            weight = _GUESSED_NAME + p.score
        elif not known:
            weight = _GUESSED_NAME
        elif tag.first_name and place in ("middle", "last"):
            weight = _NAME_ELSEWHERE + p.score
        else:
            weight = _NAME_PARSE + p.score
        for g in _GENDERS if declined else tag.genders:  # a declined last part's gender is its own, unread
            if g in _GENDERS:
                offer(tag.case, g, form, weight)
    # A noun for a person the dictionary knows, after a name or alone, is an epithet or a title
    # declined as the dictionary declines it ("Николая Чудотворца": Чудотворец, "Христа":
    # Христос), not by its ending alone ("Чудотворц"); a name of the dictionary outweighs it. Not a
    # short one, which a foreign surname's forms often spell ("Бени Ганца" is no "ганец", "Гота"
    # no "гот", "Кобе" no "коба").
    declines = False
    if place in ("last", "only"):
        for p in parses:
            if _person_noun(p):
                offer(p.tag.case, p.tag.gender, p, _STRONG)
                declines = True
    # An adjectival surname pymorphy3 does not know as one (Бездудного): adjective
    # endings say the case for sure.
    for p in parses:
        adjective = _adjective_tag(p.tag)
        if adjective is None:
            continue
        guessed = _guessed(p) or not _units(p.methods_stack).isdisjoint(_PREFIXED)
        if guessed and not p.normal_form.endswith(_SURNAME_ADJECTIVES):
            continue  # a guess would make Виртуозовой "Виртуозовая", Грасой "Грасая"
        case, gender = adjective
        if case == "nomn":
            form = low
        else:
            nominative = p.inflect({"nomn"})
            if nominative is None:
                continue
            form = nominative.word
        # a surname the dictionary knows as an adjective ("Ольгой Белой") declines as one, however
        # its letters spell a first name's case ("Бела"); an ordinal is a monarch's or a patriarch's
        # number, whose likeliest reading is no evidence ("Теодориус Второй")
        known_surname = place == "last" and not guessed and "Anum" not in p.tag
        offer(case, gender, form, _MEDIUM if guessed else _STRONG + (p.score if known_surname else 0.0))
    if place == "last" or place == "only" and not first_genders:
        for option in _surname_options(low):
            offer(*option)
            declines = True
    if place in ("last", "only") and _ADJECTIVAL_OBLIQUE.search(low) and not morph.known(word):
        # an adjectival surname's oblique ending the dictionary does not know ("Тимановской",
        # "Тимановскому"): its cases are the ending's, no nominative ("тренер Тимановской")
        declines = True
    if place == "first" and _place_in_nominative(parses):
        # a place's name opening a name is a given name ("Ливия Клаусова", "Виргиния Вулф"), in
        # the one case the word is written in, whatever the case of a surname that looks alike
        for g in _GENDERS:
            offer("nomn", g, low, _ONE_CASE)
    # After the declined readings, so that an even weight goes to those (Марку: Марк). An
    # indeclinable reading weighs the same in every case, as much as its likeliest form.
    for case in CASES:
        for g in _GENDERS:
            if g in fixed_genders:
                offer(case, g, low, _FIXED + fixed_score)
    for option in _ending_guesses(low, place in ("last", "only")):
        offer(*option)
    if place in ("last", "only") and _TURKIC_SON_OF.search(low):
        # a Turkish or Azerbaijani surname in -оглу ("son of") does not decline ("Мевлюту
        # Чавушоглу", "Ахмета Давутоглу"), whatever the -у of a Russian word's dative says; it
        # is mostly a man's (a woman's reads as written too, as any word's lightest reading)
        for case in CASES:
            offer(case, "masc", low, _FIXED)
    if place == "last" and _EI_INSTRUMENTAL.search(low) or place in ("first", "middle") and _EI_GIVEN.search(low):
        # a man's surname of the -я declension in the instrumental, after his given name ("Игорем
        # Руденей": Руденя), or a man's name of that declension before his surname ("Сурьей
        # Прабхакаром", "Хуаном Карлосом Гарсией Лопесом"); alone, "-ей" is more often a woman's
        # name in -я ("с Алией")
        offer("ablt", "masc", low[:-2] + ("а" if low[-3] in _HUSHING else "я"), _MEDIUM)
    if place == "last" and _E_DATIVE.search(low):
        # a man's surname of the -а declension in the dative, after his given name ("Такаси
        # Накамуре", "Андресу Мануэлю Эррере"); alone, "-е" is as often a name that does not
        # decline ("Пеле", "П. Плеве")
        offer("datv", "masc", low[:-1] + "а", _WEAK)
    oblique_ia = _MANS_IA_OBLIQUE.search(low) if place == "last" else None
    if oblique_ia:
        # a man's surname of the -ия declension after his given name ("Звиада Гамсахурдии",
        # "Ахмада Зию", "Гиоргием Кобалией"), which the dictionary rarely knows (Берия); a woman's
        # reads so from the -ия ending's own guesses
        for case in _MANS_IA_CASES[oblique_ia.group(1)]:
            offer(case, "masc", low[: oblique_ia.start(1)] + "я", _WEAK)
    if place in ("last", "only") and _baltic_womans(low):
        # a Lithuanian woman's surname (-айте, -ите, -уте, -юте: unmarried; -ене: married) does not
        # decline ("Ингриде Шимоните", "Вилию Блинкявичюте"): not the dative of a "Шимонита"
        for case in CASES:
            offer(case, "femn", low, _MEDIUM)
    # The word as written, lighter than any other reading, fills the cases and genders left; not
    # those of a word whose declension the dictionary or its ending gives, a surname of the
    # -ов/-ин kind or a person's noun ("Токтосунову" is no nominative, "Перепелице" no genitive).
    # A given name the dictionary does not know ending in "-ы" after a consonant, in "-ии", or in
    # the "-ой", "-ей" of an instrumental, as no name's nominative does, is an oblique case of one in
    # "-а" or "-я" ("памяти Асмы Джахангир": Асма; "с Хадией Юсеф": Хадия; "книга Лючии Смит":
    # Лючия), whatever a surname's nominative after it says: as written, it rules the nominative out.
    oblique = place in ("first", "middle") and _OBLIQUE_GIVEN.search(low) is not None and not morph.known(word)
    if not declines:
        for case in CASES:
            for g in _GENDERS:
                if (case, g) not in best:
                    best[case, g] = _Option(case, g, low, _AS_IS - _RULED_OUT if oblique and case == "nomn" else _AS_IS)
    return best, frozenset(first_genders), frozenset(patronymic_genders)


_DOUBLE_NAME = re.compile(r"(?:[А-ЯЁ][а-яё]+-)+[А-ЯЁ][а-яё]{2,}")  # a last part of two letters ("Бернерс-Ли") reads as the whole
_OBLIQUE_GIVEN = re.compile(r"(?<=\w\w)(?:[бвгдзклмнпрстфхц]ы|[бвгджзклмнпрстфхцчшщ][ео]й|ией|ии)$")


# A surname in -и after a consonant, after a given name, is a foreign one that does not decline
# ("Нозима Рахими", "Зарина Юсуфи"), not an oblique case of a name in -я or -ь, which as surnames
# are hardly ever Russian (a man's surname in -ь declines in -я, -ю, -ем; a woman's does not
# decline); "Берии" (Берия) and "Гоги" (Гога) are left to the other readings. A word alone may be
# a first name ("у Кати"), and so may a given name the dictionary knows ("Оли"); one it does not
# know is mostly a foreign one that does not decline ("Анджали", "Рохини"), as is the surname.
_TURKIC_SON_OF = re.compile(r"(?<=\w\w)оглу$")
_I_AFTER_VELAR = re.compile(r"(?<=\w\w)[гкхжчшщ]и$")  # a genitive of "-а", or a surname's own "-и" ("Бенедучи")
_EI_INSTRUMENTAL = re.compile(r"[^аеёиоуыэюяьъй]ей$")
_E_DATIVE = re.compile(r"(?<=\w\w)[бвгдзклмнпрстфхц]е$")
_EI_GIVEN = re.compile(r"(?<=\w\w)[^аеёоуыэюяъй]ей$")
_UNDECLINED_IN_I = re.compile(r"[^аеёиоуыэюяьъйгкхжшчщ]и$")
_ADJECTIVAL_OBLIQUE = re.compile(r"(?<=\w\w)[сц]к(?:ой|ую|ого|ому|им)$")
_MANS_IA_OBLIQUE = re.compile(r"(?<=\w)и(и|ю|ей)$")
_MANS_IA_CASES = {"и": ("gent", "datv", "loct"), "ю": ("accs",), "ей": ("ablt",)}
_BALTIC_WOMANS = re.compile(r"(?<=\w\w)(?:(айте|ите)|уте|юте|скене|чене)$")


def _baltic_womans(word: str) -> bool:
    """Whether a word ends as a Lithuanian woman's surname does; in -айте or -ите, in four
    syllables or more: not the locative of a short foreign surname in -айт or -ит ("о Джеке
    Уайте", "о Голдсмите")."""
    found = _BALTIC_WOMANS.search(word)
    return found is not None and (found.group(1) is None or _syllables(word) >= 4)


# A patronymic the dictionary does not know ("Жумабаевну", "Анваровне") still says the gender by its
# suffix, in any case: -овна/-евна/-ична are a woman's; -ович/-евич a man's in an oblique case (a
# woman's surname in -ович does not decline: "Ольги Карпович").
_WOMANS_PATRONYMIC = re.compile(r"(?<=\w\w)(?:овн|евн|ичн)(?:а|ы|е|у|ой|ою)$")
_MANS_PATRONYMIC = re.compile(r"(?<=\w\w)(?:ович|евич)(?:а|у|ем|е)$")


def _patronymic_ending_gender(word: str) -> frozenset[str]:
    """The gender a guessed patronymic's suffix says, if it says one."""
    if _WOMANS_PATRONYMIC.search(word):
        return frozenset({"femn"})
    if _MANS_PATRONYMIC.search(word):
        return frozenset({"masc"})
    return frozenset()


def _place_in_nominative(parses) -> bool:
    """Whether the dictionary knows a word only as a place's name in the singular nominative."""
    return bool(parses) and all("Geox" in p.tag and p.tag.case == "nomn" and p.tag.number == "sing"
                                and not _guessed(p) for p in parses)


@lru_cache(maxsize=morph.CACHE)
def _context_cases(last: str) -> frozenset[str]:
    """Cases a name can take after this word: a preposition's, or those of a
    person noun it stands in apposition to (``заместителем``, ``Премьера``)."""
    low = last.lower()
    preposition = lexicon.prepositions().get(low)
    if preposition is not None and preposition.cases:
        return frozenset(preposition.cases)
    if not last.replace("-", "").isalpha():
        return frozenset()
    parses = morph.parses(last)
    if _governs_genitive(last, parses):
        return _GENITIVE
    return frozenset(
        p.tag.case for p in parses
        if p.tag.POS == "NOUN" and "anim" in p.tag and not _is_name_parse(p) and "Fixd" not in p.tag
    )


_GENITIVE = frozenset({"gent"})
_THING_NOT = frozenset({"anim", "Geox", "Name", "Surn", "Patr", "Orgn", "Abbr", "Fixd", "nomn", "gent", "accs"})


def _governs_genitive(word: str, parses) -> bool:
    """Whether a word is a noun of a thing, known to the dictionary, in the dative, instrumental or
    prepositional only, which governs the name after it in the genitive ("по словам Фейсала
    аль-Мутейри", "по просьбе Ильи Фомичёва"). Not a genitive, which may be the complement of a post
    before it, the name in apposition to the post ("заместитель председателя правительства Олег
    Шеленков"), nor an accusative, a verb's object, after which the name may be the verb's too
    ("вручил награду Анне Кожевниковой"), nor a noun of a name itself, after which the name is as
    written ("в девичестве Садыкова")."""
    return morph.known(word) and bool(parses) and all(
        p.tag.POS == "NOUN" and "inan" in p.tag and not _THING_NOT & p.tag.grammemes
        and p.normal_form not in _NAMING for p in parses)


_NAMING = lexicon.words("naming")


class Reading(NamedTuple):
    """A person's mention named in one gender: the name in the nominative, how well the words
    (and the words around them) fit it, whether a predicate the mention is the subject of has
    that gender ("Мутарика потерял сознание": a man's), whether the surname's ending has
    that gender only ("Абдуллаевой": a woman's, whatever its case), whether the mention names
    a family or a couple by their surname in the plural ("супругов Петровых": Петровы), and the
    cases it is read in: its best and those close to it ("Владимира Путина": genitive and
    accusative), and the best of them (``case``)."""

    gender: str
    name: str
    weight: float
    told: bool = False
    sure: bool = False
    family: bool = False
    cases: frozenset[str] = frozenset()
    case: Optional[str] = None


@lru_cache(maxsize=_NAME_CACHE)  # the tagger's stage and this one read a name's words two or three times, one after another
def _analyses(words: tuple[str, ...]) -> tuple[tuple[dict[tuple[str, str], _Option], frozenset[str], frozenset[str]], ...]:
    given, surname = _given_and_surname(words)
    places = ["only"] if len(words) == 1 else ["middle"] * len(words)
    if len(words) > 1:
        places[given], places[surname], places[-1] = "first", "last", "last"
    syllabic = _syllabic(words)
    out = []
    for i, (w, place) in enumerate(zip(words, places)):
        if not w[:1].isupper():
            out.append((_article_options(w, place), frozenset(), frozenset()))
            continue
        options, first, patronymic = _name_options(w, place, i > 0 and words[i - 1].lower() in _PARTICLES)
        if syllabic and place != "last" or place == "first" and len(words) == 2 and _lone_syllable(w):
            options = _undeclined(options, w.lower())
        elif syllabic:
            options = _one_syllable(options, w.lower())
        elif place == "first" and _declines_as_surname(words[surname]) \
                or place == "last" and i > given and "femn" in out[given][1]:
            options = _womans_if_as_written(options, w.lower())
        out.append((options, first, patronymic))
    return tuple(out)


@lru_cache(maxsize=_NAME_CACHE)
def _governed_analyses(words: tuple[str, ...], governed: frozenset[str]
                       ) -> tuple[tuple[dict[tuple[str, str], _Option], frozenset[str], frozenset[str]], ...]:
    """``_analyses`` of a name in a case its governor requires (``governed``, empty for none): each
    word is read in it. A word whose ending shows such a case in one gender (a reading as heavy as
    ``_WEAK``, which the governor makes sure: "-ю" of "на Амартию Сена") is no word left as written
    in it in the other: a nominative in "-а" or "-я" declines alike for men and women ("с Сантьяго
    Пеньей": Пенья; "Никите", "Ольге"), so the other gender reads it so too; any other (a man's
    "-ом", "-а" of a consonant's stem) names that gender, a woman's surname ending in a consonant
    not declining ("с Лакшми Митталом" is a man, Миттал, as a woman's would be "с ... Миттал").
    So too where pymorphy3 guesses a word it does not know indeclinable ("от министра Нирмалы
    Ситхараман" is no man's "Нирмалы"). A surname of the -ов/-ин kind and an adjectival one keep
    their genders' own forms, and one in -оглу its own, which does not decline ("поблагодарил
    Мевлюта Чавушоглу" is no accusative of "Чавушогла"). Nor does a last word in "-и" after г, к,
    х, ж, ч, ш or щ when no word before it shows the case by its ending: a genitive of "-а" there
    ("Судхи"), it is as often a surname's own ending ("по словам Лео Бенедучи", "Мерве Кавакчи"),
    and a given name before a surname that declines mostly declines too."""
    analyses = _analyses(words)
    if not governed:
        return analyses
    out = []
    shown = False  # whether a word before shows the case by its ending
    for i, (word, (options, first, patronymic)) in enumerate(zip(words, analyses)):
        low = word.lower()
        if not options or _surname_options(low) or _TURKIC_SON_OF.search(low) \
                or i and i == len(words) - 1 and not shown and _I_AFTER_VELAR.search(low):
            out.append((options, first, patronymic))
            continue
        narrowed = dict(options)
        known = morph.known(word)
        for case in governed:
            # an option's nominative is the word itself only where it reads as written; one that is
            # an analysis (an oblique case's) is declined, and is inflected only if it is read
            bare = [gender for gender in _GENDERS if (option := options.get((case, gender))) is None
                    or option.nominative == low and (option.weight <= _AS_IS or not known)]
            endings = [option for option in (options.get((case, gender)) for gender in _GENDERS)
                       if option is not None and option.weight >= _WEAK and option.nominative != low] if bare else []
            for gender in bare if endings else ():
                shared = next((s for s in endings if s.form.endswith(("а", "я")) and not s.form.endswith("ая")), None)
                narrowed[case, gender] = _Option(case, gender, shared.form, shared.weight) if shared is not None \
                    else _Option(case, gender, low, _AS_IS - _RULED_OUT)
        shown = shown or any(option.weight >= _WEAK and option.nominative != low
                             for case in governed for gender in _GENDERS
                             if (option := options.get((case, gender))) is not None)
        out.append((narrowed, first, patronymic))
    return tuple(out)


def _article_options(word: str, place: str) -> dict[tuple[str, str], _Option]:
    """The options of an Arabic surname written after its article, lower-case and hyphened
    ("Адиля аль-Джубейра", "с Бишром аль-Хасауной"): the surname's own, the article kept before
    each nominative, for it does not decline; none for any other word not capitalised."""
    article, hyphen, rest = word.partition("-")
    if not (hyphen and place == "last" and article.lower() in _PARTICLES and rest[:1].isupper()):
        return {}
    prefix = article.lower() + "-"
    return {key: _Option(option.case, option.gender, prefix + option.form, option.weight)
            for key, option in _name_options(rest, place)[0].items()}


def _given_and_surname(words: tuple[str, ...]) -> tuple[int, int]:
    """Where a name's given name and surname stand: first and last ("Кирилл Сергеевич Залесский"),
    or second and first when a decree or a list writes the surname first and the patronymic last
    ("назначить Ержанова Болата Серикулы", "Иванову Петру Сергеевичу"), which the surname's words
    then read as a surname's."""
    if len(words) >= 3 and words[0][:1].isupper() and names.is_patronymic(words[-1]) \
            and not names.is_patronymic(words[1]):
        return 1, 0
    return 0, len(words) - 1


_CYRILLIC_CONSONANT = re.compile(r"[бвгджзйклмнпрстфхцчшщь]$")


def _declines_as_surname(word: str) -> bool:
    """Whether a name's last word is an oblique form of the -ов/-ев/-ин kind ("Абдуллаева"), which
    a man's name before it would match by declining too."""
    return word[:1].isupper() and bool(_surname_options(word.lower()))


def _womans_if_as_written(options: dict[tuple[str, str], _Option], word: str) -> dict[tuple[str, str], _Option]:
    """A word's options without the man's oblique cases read as written, when it ends in a Cyrillic
    consonant: a man's surname so ending declines ("Эмилию Кларку", "с Джоном Кларком"; not the
    -ых/-их kind: "с Валерием Щесных"), and so does his given name before a surname of the
    -ов/-ев/-ин kind ("Жанара Абдуллаева"), so one written as it is in an oblique case names a
    woman ("Жанар Абдуллаева", "Мехрибан Алиевой"), and a surname so written after a given name
    that may be a woman's says she is one ("Эмилии Кларк": not the dative of "Эмилий"). Applied
    to these two only: a given name before another surname may be a Chinese or Korean family
    name, which does not decline ("Синь Гобинем"), and the words the network joins to a name
    after it (a next person's given name: "Ингвара Кампрада Петер") do not decline with it."""
    if not _CYRILLIC_CONSONANT.search(word) or word.endswith(("ых", "их")):
        return options
    return {key: option for key, option in options.items()
            if not (option.gender == "masc" and option.case != "nomn" and option.form == word)}


def _syllabic(words: tuple[str, ...]) -> bool:
    """A name of syllables, Korean, Chinese or Vietnamese, whose last word alone declines ("Ким Ир
    Сеном": Ким Ир Сен, "Пан Ги Муна", "Фам Минь Тинем": Фам Минь Тинь): three words or more,
    each but the last of at most three letters but a soft sign and one vowel, capitalised."""
    return len(words) >= 3 and all(
        len(w.rstrip("ь")) <= 3 and w[:1].isupper() and w.isalpha() and sum(c in _VOWELS for c in w.lower()) == 1
        for w in words[:-1])


def _lone_syllable(word: str) -> bool:
    """A first word of one syllable the dictionary does not know, before a surname: a Chinese,
    Korean or Vietnamese family name, which does not decline ("с Чжан Вэйдуном"); a given name
    that declines has two syllables but in the nominative ("Марком", "Петра")."""
    return _syllables(word.lower()) == 1 and not morph.known(word)


def _one_syllable(options: dict[tuple[str, str], _Option], word: str) -> dict[tuple[str, str], _Option]:
    """A syllabic name's last word's options with the readings of its ending that leave it one
    syllable, as strong as a sure ending: each word of such a name is a syllable, so a last word of
    two is an oblique case ("Ким Чен Ына", "Ким Ир Сена": Ким Чен Ын, Ким Ир Сен), its nominative
    maybe of two letters, fewer than a name's usual three."""
    if _syllables(word) != 2:
        return options
    options = dict(options)
    for case, gender, form, _ in _ending_guesses(word, True, shortest=2):
        option = options.get((case, gender))
        if _syllables(form) == 1 and (option is None or _STRONG > option.weight):
            options[case, gender] = _Option(case, gender, form, _STRONG)
    return options


def _syllables(word: str) -> int:
    return sum(c in _VOWELS for c in word)


def _undeclined(options: dict[tuple[str, str], _Option], word: str) -> dict[tuple[str, str], _Option]:
    """A word's options with the word as written in each case and gender, as heavy as its best
    reading where that is heavier than the one there: a syllable before a name's last word may not
    decline ("Ким Чен Ына"), though the dictionary declines it as a Russian name ("Кима")."""
    best = max(option.weight for option in options.values())
    return {key: option if option.weight >= best else _Option(option.case, option.gender, word, best)
            for key, option in options.items()}


_PARTICLES = lexicon.words("name_particle")


@lru_cache(maxsize=_NAME_CACHE)
def _decline_name(words: tuple[str, ...], context: frozenset[str], subject: Optional[Subject],
                  tagged: Optional[str] = None, woman: frozenset[str] = frozenset(),
                  ruled_out: frozenset[str] = frozenset(), governed: frozenset[str] = frozenset(),
                  impossible: frozenset[str] = frozenset(), complement: bool = False
                  ) -> tuple[tuple[str, float, tuple[str, ...], frozenset[str], str], ...]:
    """(gender, weight, words in the nominative, cases, case) of the best reading in each gender, the
    best first, with the cases the words leave within ``_CASE_LEAD`` of their best and its own;
    ``woman``: the cases a word before the name says it names a woman in (``_woman_cases``);
    ``ruled_out``: those the word before it rules out (``_ruled_out``); ``governed``: the cases the
    word governing the name requires (``governed_cases``), which each word is read in;
    ``impossible``: the cases no reading may take, however heavy a dictionary name's reading in
    them ("вручили Аминате Траоре" is no locative of a man "Аминат": no preposition governs it);
    ``complement``: the noun before the name governs it (``_complement_of_noun``), which
    tips the genitive."""
    analyses = _governed_analyses(words, governed)
    # A surname whose ending says another gender than the predicate's is not surely its subject,
    # whatever the parse ("Абдуллаевой понравился фильм").
    last = words[_given_and_surname(words)[1]] if words else ""
    surname = _surname_genders(last.lower()) if last[:1].isupper() else frozenset()
    # the cases the words and the word before them leave close, what a name joined to them shares:
    # not what a predicate says, which may be one of another mention written alike
    plain = dict(_scores(words, context, ruled_out, governed)[0])
    subject_case = 0.0 if subject is None else _SUBJECT_CASE
    if subject is not None and subject.nominative and (not surname or subject.gender in surname):
        subject_case = _SUBJECT_SURE_CASE
        # a sure subject is in the nominative, whatever a dictionary first name's oblique form in
        # the other gender says ("Паулу Бенту заявил" is no accusative of "Паула Бента")
        ruled_out |= _OBLIQUE
    by_gender, _ = _scores(words, context, ruled_out, governed)
    out = []
    for gender, scores in by_gender:
        told = subject is not None and gender == subject.gender
        tipped = [score + (_TAGGED_CASE if case == tagged else 0.0)
                  + (_SUBJECT_GENDER + (subject_case if case == "nomn" else 0.0) if told else 0.0)
                  + (_WOMAN if gender == "femn" and case in woman else 0.0)
                  + (_NOUN_COMPLEMENT if complement and case == "gent" else 0.0)
                  for case, score in zip(CASES, scores)]
        # the first of the best, and no nominative where a governor stands before the name, however
        # heavy a dictionary name's nominative ("для Аньес Варды"); another case its table does not
        # list is only ruled out, outweighed by words that all show it ("начиная с Ричарда Никсона")
        best = max((case for case in CASES if (not governed or case != "nomn") and case not in impossible),
                   key=lambda case: tipped[CASES.index(case)])
        forms = []
        for word, (options, _, _) in zip(words, analyses):
            option = options.get((best, gender))
            form = option.form if option is not None else word.lower()
            forms.append(_restore(_first_part_declined(word, form, best, gender), word))
        close = frozenset(case for case, t in zip(CASES, plain[gender]) if max(plain[gender]) - t < _CASE_LEAD)
        out.append((gender, tipped[CASES.index(best)], tuple(forms), close, best))
    out.sort(key=lambda x: -x[1])  # stable: the masculine first on a tie
    return tuple(out)


def _first_part_declined(word: str, form: str, case: str, gender: str) -> str:
    """A hyphenated surname's nominative ``form`` with its first part put into the nominative too,
    when the reading left it as written and the part alone reads in the name's case and gender:
    each part of a man's double surname declines ("Диаса-Канеля" is Диас-Канель, "Бернерсом-Ли"
    Бернерс-Ли, "Буша-младшего" Буш-младший); a part that reads only as written stays
    ("Торнинг-Шмитт", "Ахмат-Хаджи")."""
    first, hyphen, rest = form.partition("-")
    if not hyphen or first != word.lower().partition("-")[0] or len(first) < 3 or first in _PARTICLES:
        return form
    option = _name_options(word.partition("-")[0], "last")[0].get((case, gender))
    if option is None or option.weight <= _AS_IS or option.form == first:
        return form
    return f"{option.form}-{rest}"


@lru_cache(maxsize=_NAME_CACHE)
def _scores(words: tuple[str, ...], context: frozenset[str], ruled_out: frozenset[str] = frozenset(),
            governed: frozenset[str] = frozenset()) -> tuple[tuple[tuple[str, tuple[float, ...]], ...], frozenset[str]]:
    """How well each reading of the words fits, by the words and the word before them (``governed``:
    the cases the word governing them requires): per gender, the score of each of ``CASES``; and
    the genders the last word's ending gives it as a surname."""
    analyses = _governed_analyses(words, governed)
    given, surname_at = _given_and_surname(words) if words else (0, 0)
    first_name = analyses[given][1] if analyses else frozenset()
    # a two-word name's last word read as a patronymic of the other gender than its given name's is
    # a surname, as Serbian and Belarusian ones in -ович are: a woman's, which does not decline
    # ("с Мирославой Йованович"), says nothing of the gender
    sure = [first_name] + [patronymic for _, _, patronymic in analyses
                           if patronymic and not (len(words) == 2 and len(first_name) == 1 and patronymic != first_name)]
    last = words[surname_at].lower() if words and words[surname_at][:1].isupper() else ""
    surname = _surname_genders(last)
    surname_weight = _SURNAME_GENDER if _SURNAME_NOMINATIVE.search(last) or _baltic_womans(last) else _GENDER
    out = []
    for gender in _GENDERS:
        bonus = sum(_GENDER for genders in sure if genders == {gender}) + (surname_weight if surname == {gender} else 0)
        scores = []
        for case in CASES:
            score = bonus + (_CONTEXT if case in context else 0.0) + (_MASCULINE if gender == "masc" else 0.0)
            score += _NOMINATIVE if case == "nomn" else 0.0
            score -= _RULED_OUT if case in ruled_out else 0.0
            for options, _, _ in analyses:
                option = options.get((case, gender))
                score += option.weight if option is not None else 0.0
            scores.append(score)
        out.append((gender, tuple(scores)))
    return tuple(out), surname


def _open(scores: tuple[tuple[str, tuple[float, ...]], ...]) -> bool:
    """Whether a tagged case could change the name: two cases of a gender, or the best of each
    gender, are closer than its weight."""
    bests = []
    for _, by_case in scores:
        first, second = sorted(by_case, reverse=True)[:2]
        if first - second <= _TAGGED_CASE:
            return True
        bests.append(first)
    return abs(bests[0] - bests[1]) <= _TAGGED_CASE


def _surname_genders(word: str) -> frozenset[str]:
    """The genders a word's ending gives it as a surname of the -ов/-ев/-ин kind: "Абдуллаевой" is
    a woman's, "Абдуллаевым" and "Абдуллаев" a man's, "Абдуллаева" either."""
    if _SURNAME_NOMINATIVE.search(word):
        return _MASCULINE_ONLY
    if _baltic_womans(word):
        return _FEMININE_ONLY
    return frozenset(option.gender for option in _surname_options(word))


_SURNAME_NOMINATIVE = re.compile(r"(?<=...)(ов|ев|ёв|ин|ын)$")
# the genitive and accusative of a man's adjectival surname ("Бездудного", "Заречнего"), no nominative
_OBLIQUE_ADJECTIVAL = re.compile(r"(?<=...)(ого|его)$")
_MASCULINE_ONLY = frozenset({"masc"})
_FEMININE_ONLY = frozenset({"femn"})


def _glue(words: Sequence[str]) -> list[str]:
    """Rejoin the parts of one name that a tokenizer split: О ’ Рейли, Ахмат - Хаджи."""
    out: list[str] = []
    for w in words:
        if out and out[-1][:1].isalpha() and (w in _JOINERS or out[-1][-1] in _JOINERS and w[:1].isalpha()):
            out[-1] += w
        else:
            out.append(w)
    return [w.rstrip("".join(_JOINERS)) or w for w in out]


def _initialled_surname(word: str) -> bool:
    """Whether a bare letter after ``word`` is its initial: after a Russian-style surname of more
    than one syllable ("Петров А"), not after a given name or a one-syllable Chinese or Korean
    name, whose last syllable may be one letter ("Ван И", "Ли И")."""
    return sum(c in _VOWELS for c in word.lower()) > 1 and any("Surn" in p.tag for p in morph.parses(word))


def _is_letter(word: str) -> bool:
    return len(word) == 1 and word.isalpha() and word.isupper()


def person_readings(words: Sequence[str], context: Sequence[str] = (), subject: Optional[Subject] = None,
                    tagged: Optional[str] = None, alone: bool = False,
                    coordinated: frozenset[str] = frozenset(), no_locative: bool = False,
                    governed: frozenset[str] = frozenset(), complement: bool = False) -> tuple[Reading, ...]:
    """A person's mention named in the nominative in each gender, the likelier first.

    ``words`` and ``context`` are as ``person_name`` takes them; ``subject`` is what a verb or
    short participle the text makes agree with the mention as its subject says (``subject_gender``:
    "Абдуллаева заявила" gives ``Subject("femn", True)``), which counts for a nominative of that
    gender; ``tagged`` the case the morphology tagger reads the last word in (``tag_morph``), which
    tips a reading the words leave close; ``alone``: the mention is all its sentence says (a headline
    or a caption that is a name), which names in the nominative; ``coordinated``: the cases of the
    name this one is joined to by "и" (``_coordinated``), which it shares ("Саид Гуцериев ... и
    Хадижа Ужахова": no man's genitive); ``no_locative``: no preposition of the locative stands
    before the name in its clause (``_locative_before``), so it is in any case but that one;
    ``governed``: the cases the word governing the name requires (``governed_cases``: "с Лионелем
    Месси", instrumental), every other case ruled out and each word read in them; ``complement``:
    the noun before the name governs it (``_complement_of_noun``: "Повести Валентина
    Распутина"), which tips its genitive. The entities stage chooses one gender for all the
    mentions of a person from the readings of each.
    """
    items = _items(tuple(words))
    names = tuple(w for initial, w in items if not initial)
    if not names:
        text = "".join(w for _, w in items)
        return tuple(Reading(g, text, 0.0, subject is not None and g == subject.gender) for g in _GENDERS)
    if tagged == "nomn" and _OBLIQUE_ADJECTIVAL.search(names[-1].lower()):
        tagged = None  # the tagger misreads an unknown adjectival surname before initials: "Бездудного Ю.В."
    last = _last_word(context)
    plural = _plural_surname(names[0], last) if len(items) == 1 and last else None
    if plural is not None:
        return tuple(Reading(g, plural, 0.0, family=True) for g in _GENDERS)
    readings = []
    surname = _surname_genders(names[-1].lower()) if names[-1][:1].isupper() else frozenset()
    woman = _woman_cases(last)
    ruled_out = _OBLIQUE if alone else _ruled_out(last)
    if coordinated:
        ruled_out |= frozenset(CASES) - coordinated
    if no_locative:
        ruled_out |= _LOCATIVE
    if governed:
        ruled_out |= frozenset(CASES) - governed
    # the locative stands only after a preposition: where none stands before the name, no reading
    # takes it, unlike a case a word only rules out
    impossible = _LOCATIVE if no_locative else frozenset()
    for gender, weight, forms, cases, case in _decline_name(names, _last_cases(last), subject, tagged, woman,
                                                            ruled_out, governed, impossible, complement):
        declined = iter(forms)
        out = ""
        previous_initial = False
        for initial, w in items:
            text = w if initial else next(declined)
            if out and not (initial and previous_initial):
                out += " "
            out += text
            previous_initial = initial
        readings.append(Reading(gender, out, weight, subject is not None and gender == subject.gender,
                                surname == {gender} or bool(woman) and gender == "femn", cases=cases, case=case))
    if len(names) >= 2 and couples_surname(names[-1]):
        readings = [r._replace(name=r.name[:r.name.rindex(" ") + 1] + _one_of_couple(names[-1], r.gender))
                    for r in readings]
    return tuple(readings)


def _in_one_of(surname: str, cases: frozenset[str]) -> bool:
    """Whether a surname of the -ов/-ин kind may be in one of the cases, as its ending says (any
    other word may): "Токаевой" is in none of a name's accusative joined to it by "и", which is then
    misread and says nothing of this one's case."""
    options = _surname_options(surname.lower())
    return not options or any(option.case in cases for option in options)


def couples_surname(word: str) -> bool:
    """Whether a surname after a first name is one the dictionary knows only in the nominative
    plural, so that the name is one of a couple or of siblings named with one surname ("Борис и
    Марина Ходорковские", "Вера и Илья Политковские"): each is named by the surname in the
    singular. An oblique plural is no such sign: "Башлаков" is a man's nominative as well as the
    genitive plural of Башлак."""
    if not (word[:1].isupper() and word[-1:] in _PLURAL_ENDINGS):
        return False
    parses = morph.parses(word)
    return any("Surn" in p.tag for p in parses) \
        and all(p.tag.number == "plur" and p.tag.case == "nomn" and _known(p) for p in parses)


_PLURAL_ENDINGS = frozenset("еыи")  # a nominative plural ends in -ие, -ые, -ы, or -и after к, г, х, ж, ш, ч, щ


def _one_of_couple(word: str, gender: str) -> str:
    """A surname the dictionary knows only in the plural, in the nominative singular of a gender:
    the man's is its lemma (Ходорковский), the woman's that lemma's feminine (Ходорковская)."""
    lemma = next(p.normal_form for p in morph.parses(word) if "Surn" in p.tag)
    for p in morph.parses(lemma):
        if "Surn" in p.tag and p.tag.case == "nomn" and p.tag.number == "sing":
            form = p if p.tag.gender == gender else p.inflect({gender, "sing", "nomn"})
            if form is not None:
                return _restore(form.word, word)
    return _restore(lemma, word)


_OBLIQUE = frozenset(CASES) - {"nomn"}
_LOCATIVE = frozenset({"loct"})
_CASE_LEAD = 0.5  # how close to a reading's case another must come for a name joined to it to take either
_FAMILY = lexicon.words("family")


@lru_cache(maxsize=morph.CACHE)
def _plural_surname(word: str, last: str) -> Optional[str]:
    """A surname named as a family's or a couple's, in the nominative plural, when the word before it
    is a noun of them (words.tsv family) and the surname a plural that noun takes: the genitive
    ("семья Ивановых", "брат Петровых"), or a plural of kin's own case ("братьям Смирновым",
    "супругами Ивановыми"): Ивановы, Петровы, Смирновы; else None. A name that may be one
    person's in such a case ("семьи Смирнова", "сестры Анны", an indeclinable "сестра Кейт") is
    no such plural."""
    if not word[:1].isupper():
        return None
    family = [p for p in morph.parses(last.lower()) if p.tag.POS == "NOUN" and p.normal_form in _FAMILY]
    if not family:
        return None
    cases = {"gent"} | {p.tag.case for p in family if p.tag.number == "plur" and "anim" in p.tag}
    names = [p for p in morph.parses(word) if p.tag.POS == "NOUN" and {"Surn", "Name"} & p.tag.grammemes
             and p.tag.case in cases]
    if any(p.tag.number != "plur" or "Fixd" in p.tag for p in names):
        return None  # one person's name in that case too ("сестры Анны", "сестра Кейт")
    for p in names:
        form = p.inflect({"nomn", "plur"})
        if form is not None:
            return _restore(form.word, word)
    return None


@lru_cache(maxsize=morph.CACHE)
def _woman_cases(word: str) -> frozenset[str]:
    """The cases in which a word before a name says that a woman is named: a noun for a woman, or
    an adjective, every reading of it feminine, in apposition to the name and so in its case
    ("актрисе Октавии Спенсер", "журналистка Кристиана Аманпур", "35-летняя Серена Уильямс"). Not
    a noun of kin or relation, which governs a genitive ("вдова Солженицына", "сестре Джоанны":
    words.tsv, describing), nor a participle, which may agree with a noun after the name
    ("Полученная Флинном сумма")."""
    if not word[:1].isalnum():
        return frozenset()
    parses = morph.parses(word)
    adjective = all(p.tag.POS == "ADJF" for p in parses)
    if not (adjective or morph.known(word)) or any(_NAME_OR_PLACE & p.tag.grammemes for p in parses):
        return frozenset()  # an unknown adjective is one still ("35-летняя"), an unknown noun maybe a name
    if not all(p.tag.gender == "femn" and (p.tag.POS == "NOUN" and "anim" in p.tag.grammemes or adjective)
               for p in parses):
        return frozenset()
    if any(p.normal_form in _RELATIONS for p in parses):
        return frozenset()
    return frozenset(p.tag.case for p in parses if p.tag.case in CASES and p.tag.number == "sing")


_NAME_OR_PLACE = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})
_RELATIONS = lexicon.words("describing")
# A noun or adjective before a name saying a woman's is named tips her readings as a predicate's
# gender and case do: the name stands in apposition to it, in its case ("пловчиха Александра
# Герасименя" is no man's genitive, Александр Герасимень).
_WOMAN = _SUBJECT_GENDER + _SUBJECT_CASE
# A noun right before a name, opening its phrase, governs it in the genitive
# (``_complement_of_noun``: "Показ коллекции Валентина Юдашкина"): it tips that reading as a
# predicate's gender and case do another, over a woman's nominative the words read as well.
_NOUN_COMPLEMENT = _SUBJECT_GENDER + _SUBJECT_CASE


def case_open(words: Sequence[str], context: Sequence[str] = (), governed: frozenset[str] = frozenset()) -> bool:
    """Whether the case the morphology tagger reads a mention's last word in could change the name
    ``person_readings`` gives it (``words``, ``context`` and ``governed`` as it takes them): a name
    the words and their context decide needs no tagging ("Владимира Путина" does not, "Джейкоб
    Зума" does, "с Джейкобом Зумой" does not)."""
    names = tuple(w for initial, w in _items(tuple(words)) if not initial)
    last = _last_word(context)
    ruled_out = _ruled_out(last) | (frozenset(CASES) - governed if governed else frozenset())
    return bool(names) and _open(_scores(names, _last_cases(last), ruled_out, governed)[0])


@lru_cache(maxsize=morph.CACHE)
def _ruled_out(last: str) -> frozenset[str]:
    """The cases a name after this word cannot be in: those a preposition does not govern ("с
    Маргрете Вестагер"), or those a person's noun before it, known to the dictionary and singular,
    does not agree in as an apposition ("еврокомиссаром Маргрете Вестагер": not the dative of
    "Маргрета"). Never the nominative, the name's own form, nor the genitive, of a name governed
    by the noun ("сын Леопольда") or by a noun before it; and nothing after a noun that may be a
    genitive itself, the complement of another, the name then a word of its own ("пост президента
    Алану Гарсии", "дочь спортсмена Джианна"), nor after a noun of kin or relation."""
    low = last.lower()
    preposition = lexicon.prepositions().get(low)
    if preposition is not None and preposition.cases:
        allowed = frozenset(preposition.cases)
    else:
        if not (last.replace("-", "").isalpha() and morph.known(last)):
            return frozenset()
        parses = morph.parses(last)
        if not all(p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.number == "sing" and p.tag.case != "gent"
                   and not _is_name_parse(p) and "Fixd" not in p.tag and p.normal_form not in _RELATIONS
                   for p in parses):
            return frozenset()
        allowed = frozenset(p.tag.case for p in parses)
    return frozenset(CASES) - allowed - {"nomn", "gent"}


def _last_cases(last: str) -> frozenset[str]:
    return _context_cases(last) if last else frozenset()


def _last_word(context: Sequence[str]) -> str:
    return next((t for t in reversed(list(context)) if t.strip()), "")


@lru_cache(maxsize=morph.CACHE)
def _items(words: tuple[str, ...]) -> tuple[tuple[bool, str], ...]:
    """The words of a name as (is an initial, text): initials joined with their dot (cached: the
    tagger's stage asks whether a mention's case is open, then this stage names it)."""
    words = _glue(words)
    items: list[tuple[bool, str]] = []
    i = 0
    while i < len(words):
        w = words[i]
        if _is_letter(w) and not (i and names.is_regnal(w, words[i - 1])) and (
            i + 1 < len(words) and (words[i + 1] == "." or _is_letter(words[i + 1]))
            or items and items[-1][0]
            or i + 1 == len(words) and len(items) == 1 and _initialled_surname(items[0][1])
        ):  # "В . Путин", "Шестов И В", "В . Л", "Петров А"; but not "Гидеон Ю", "Бодуэн I .", "Ван И"
            items.append((True, w + "."))
            i += 2 if i + 1 < len(words) and words[i + 1] == "." else 1
            continue
        if _INITIALS.fullmatch(w):
            items.append((True, w))
        elif any(c.isalpha() for c in w):
            items.append((False, w))
        i += 1
    return tuple(items)


def person_name(words: Sequence[str], context: Sequence[str] = ()) -> str:
    """A person's name in the nominative, from the token texts of a mention.

    ``["Владимиром", "Путиным"]`` → ``"Владимир Путин"``, ``["Синь", "Гобинем"]`` →
    ``"Синь Гобинь"``, ``["Ю", ".", "В", ".", "Бездудный"]`` → ``"Ю.В. Бездудный"``.
    The case is the one the words agree on: their name analyses (a woman's
    surname goes to the feminine nominative), the endings of unknown words, and,
    to break ties, ``context``: the tokens just before the mention (a preposition
    or a person noun such as ``заместителем``). Initials stay as written, joined
    without spaces, with a space before a full word.
    """
    return person_readings(words, context)[0].name


# ---------------------------------------------------------------- the subject's gender

# Parts of speech that may stand between a subject and its verb ("Абдуллаева также не отметила",
# "Абдуллаева в ходе брифинга заявила"); a nominative noun or pronoun there is another subject.
_BETWEEN = frozenset({"ADVB", "PRCL", "PREP", "CONJ", "NUMR", "ADJF", "PRTF", "NOUN", "NPRO", "INFN", "GRND", "LATN",
                      "NUMB", "ROMN", "UNKN", "COMP", "PRED", "INTJ"})
_PREDICATES = frozenset({"VERB", "PRTS", "ADJS"})
_CLAUSE_ENDS = frozenset(".;:!?…«»\"“”„()[]—–")
_OPENERS = frozenset(",;:\u00ab\"\u201c\u201e([\u2014\u2013-")  # what a clause, and so its subject, may follow
_REACH = 8  # the tokens looked at past the name: a subject and its verb stand close


def _head_parse(word: str):
    return morph.parses(word)[0]


def _agreeing_gender(p) -> Optional[str]:
    """The gender a predicate's form says its subject has: a past verb, a short participle or
    adjective in the singular ("заявила", "назначена", "намерен"); None for another form."""
    tag = p.tag
    if tag.POS not in _PREDICATES or tag.number != "sing" or tag.gender not in _GENDERS:
        return None
    return tag.gender if tag.POS != "VERB" or tag.tense == "past" else None


class Subject(NamedTuple):
    """What a predicate agreeing with a person's mention as its subject says of it: the gender,
    and whether the mention is surely in the nominative (it opens its clause, no post before it
    that it could be the genitive of: "Мутарика потерял сознание", not "адвокат Абрамовича найден")."""

    gender: str
    nominative: bool


def subject_gender(words: Sequence[str], start: int, stop: int) -> Optional[Subject]:
    """The predicate whose subject the name at tokens ``[start, stop)`` of a sentence is, if the
    sentence says: a verb after it ("Абдуллаева, министр здравоохранения, заявила"), or an
    intransitive or speech verb before it with only a post between, the clause ending after the
    name ("— заявила министр Абдуллаева.", "прибыла Абдуллаева"). A name that follows a
    preposition, a verb or a common noun is no subject ("встреча Путина состоялась"), nor one that
    a predicate with a nominative after it follows ("Путина поддержал Медведев")."""
    before, post = _before_post(words, start)
    if before is None:
        return None
    if before >= 0:
        p = _head_parse(words[before])
        ends = stop == len(words) or words[stop] in _CLAUSE_ENDS or words[stop] == ","
        if p.tag.POS == "VERB" and ("intr" in p.tag or p.normal_form in _SPEECH
                                    or _object_before(words, before) and not _subject_before(words, before, p.tag)):
            gender = _agreeing_gender(p)
            return Subject(gender, False) if gender is not None and ends else None
        if p.tag.POS == "PRTS":
            # a passive's subject follows it ("назначена Нозима Рахими"), unless the clause
            # already has one before it ("Медаль вручена Нозиме Рахими": the name its object)
            gender = _agreeing_gender(p)
            if gender is None or not ends or _subject_before(words, before, p.tag):
                return None
            return Subject(gender, not post)
        if not (words[before] in _OPENERS or words[before].lower() in _CLAUSE_OPENERS):
            return None
    k, seen = stop, 0
    while k < len(words) and seen < _REACH:
        w = words[k]
        if w == ",":
            close = next((j for j in range(k + 1, min(len(words), k + 1 + _REACH)) if words[j] == ","), None)
            if close is None or any(_head_parse(words[j]).tag.POS in _PREDICATES for j in range(k + 1, close)):
                return None
            k = close + 1  # an apposition: ", министр здравоохранения,"
            continue
        if w in _CLAUSE_ENDS:
            return None
        p = _head_parse(w)
        if p.tag.POS in _PREDICATES:
            gender = _agreeing_gender(p)
            if gender is None or _subject_after(words, k + 1):
                return None
            return Subject(gender, not post)
        if p.tag.POS not in _BETWEEN or p.tag.POS in ("NOUN", "NPRO") and p.tag.case == "nomn" and not w[:1].isupper():
            return None
        k += 1
        seen += 1
    return None


def _subject_before(words: Sequence[str], predicate: int, tag) -> bool:
    """Whether the clause before the predicate at ``predicate`` has a nominative noun or pronoun of
    its gender and number, its subject ("Медаль вручена", "Указ подписан", "она назначена"); not a
    preposition's noun ("на должность ... назначена")."""
    for j in range(predicate - 1, -1, -1):
        w = words[j]
        if w in _CLAUSE_ENDS or w == ",":
            return False
        if any(p.tag.POS in ("NOUN", "NPRO") and p.tag.case == "nomn" and p.tag.number == tag.number
               and p.tag.gender in (tag.gender, None) for p in morph.parses(w)):
            k = _before_modifiers(words, j - 1)
            if k < 0 or _head_parse(words[k]).tag.POS != "PREP":
                return True
    return False


def _before_modifiers(words: Sequence[str], k: int) -> int:
    """Walking left from token ``k`` past adjectives and participles (a noun's modifiers), the first
    word that is none; -1 past the sentence's start."""
    while k >= 0 and _head_parse(words[k]).tag.POS in ("ADJF", "PRTF"):
        k -= 1
    return k


def _passive_object(words: Sequence[str], start: int) -> bool:
    """Whether the name at token ``start`` follows a short passive participle (after a post in
    apposition, if any) whose subject stands before it: the name is the one it is given to or done
    by, in the dative or the instrumental ("Письмо направлено Аделю аль-Хусейни", "Указ подписан
    Токаевым")."""
    before, _ = _before_post(words, start)
    if before is None or before < 0:
        return False
    p = _head_parse(words[before])
    return p.tag.POS == "PRTS" and _subject_before(words, before, p.tag)


_PASSIVE_OBJECT = frozenset({"datv", "ablt"})


def _object_before(words: Sequence[str], predicate: int) -> bool:
    """Whether the clause before a verb opens with its object, a noun that may be an accusative
    (``_subject_before`` then finds none that could be the subject): the name after the verb is
    its subject ("Заявление сделал Ранил Перера", "Награду получил ...")."""
    j = _before_modifiers(words, predicate - 1)
    return j >= 0 and (j == 0 or words[j - 1] in _OPENERS) and any(
        p.tag.POS == "NOUN" and p.tag.case == "accs" for p in morph.parses(words[j]))


def _subject_after(words: Sequence[str], k: int) -> bool:
    """Whether the words from ``k``, right after a predicate, may be its subject: a word that may be
    (``_may_be_subject``), after any adjectives in the nominative ("Вороненкова застрелил 28-летний
    Паршов")."""
    while k < len(words) and any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn" for p in morph.parses(words[k])):
        k += 1
    return k < len(words) and _may_be_subject(words[k])


def _may_be_subject(word: str) -> bool:
    """Whether a word right after a (singular) predicate may be its subject: a pronoun or a
    person's noun or name whose likeliest reading is a singular nominative ("Медведев",
    "президент"; not "СМИ", "журналистам")."""
    tag = _head_parse(word).tag
    return tag.case == "nomn" and tag.number == "sing" and (tag.POS == "NPRO" or tag.POS == "NOUN" and "anim" in tag)


def _post_before(words: Sequence[str], start: int) -> Optional[int]:
    """Where the head of the post in apposition before the name at token ``start`` stands
    ("министром иностранных дел Египта Бадром": "министром"), if one does. A quoted name the post
    governs is of its phrase ("директор «Кинотавра» Ситора Алиева": "директор")."""
    post = None
    j = start - 1
    while j > max(-1, start - 1 - _REACH):
        w = words[j]
        if w in _QUOTES_CLOSING:
            opening = next((i for i in range(j - 1, max(-1, j - 1 - _REACH), -1) if words[i] in _QUOTES_OPENING), None)
            if opening is None:
                break
            j = opening - 1
            continue
        if lexicon.is_post(w):
            post = j
        elif not (w[:1].isupper() or _head_parse(w).tag.POS in ("NOUN", "ADJF", "PRTF") and w.isalpha()):
            break  # the post's phrase is its head, the words it governs and names: no verb, no comma
        j -= 1
    return post


def governed_cases(words: Sequence[str], start: int) -> frozenset[str]:
    """The cases the word governing the name at token ``start`` requires, empty when none does
    (``governor``, without its why)."""
    return governor(words, start)[0]


def governor(words: Sequence[str], start: int) -> tuple[frozenset[str], Optional[tuple[str, str]]]:
    """The cases the word governing the name at token ``start`` requires, empty when none does,
    and, when a rule beyond a preposition's, a verb's or a post's governor found them, the rule's
    name and why, for ``explain``. The governor is a preposition right before the name
    (``lexicon.prepositions``: "с Лионелем Месси", instrumental), or before the post in apposition
    before it and the adjectives before the post, the name in the post's case or the genitive of
    its complement ("с министром иностранных дел Египта Бадром Абдель Ати"; not a plural post); or
    a verb of ``lexicon.verb_government`` right before it ("вручили Малале Юсуфзай", dative), or
    before the post in one of its cases ("поблагодарил главу МИД Насера Буриту"), unless the name
    may be the verb's subject (``_subject_may_follow``: "поблагодарил глава МИД Насер Бурита",
    "Камерона поздравил Барак Обама"); or a compound preposition's noun right before it
    (``lexicon.words("compound_preposition")``: "по словам Фатеме Мохаджерани", genitive); or,
    where no word governs the post, the post itself in the dative (``_apposed_to_dative``:
    "Президенту Сингапура Халиме Якоб направлено"). None allows the nominative. Not a noun of a
    thing before the name, whose genitive it mostly is ("Доклад Зейнаб Бангуры") but not always
    ("В заявлении Вера и Илья ... выражают протест": a subject)."""
    if not start:
        return frozenset(), None
    cases = _preposition_cases(words[start - 1])
    if cases:
        return cases, None
    cases = _verb_cases(words[start - 1])
    if cases:
        return (frozenset() if _subject_may_follow(words, start - 1) else cases), None
    if words[start - 1].lower() in _COMPOUND_PREPOSITIONS and start >= 2 \
            and words[start - 2].lower() in lexicon.prepositions():
        return _GENITIVE, ("compound preposition", f"after «{words[start - 2]} {words[start - 1]}», "
                           "a compound preposition: the genitive")
    post = _post_before(words, start)
    if post is None:
        return frozenset(), None
    # a post's phrase holds no preposition nor verb: none near before the name, no governor of the
    # post to look for (cheap, as this runs on every person's name), only the post's own case
    if not any(w.lower() in _GOVERNING or w.lower() in _GOVERNING_VERBS
               for w in words[max(0, start - _REACH - 4):start - 1]):
        return _apposed_to_dative(words, post, start)
    k = _before_modifiers(words, post - 1)
    # the post's own case says the verb's subject is not the name ("поблагодарил главу МИД ...")
    cases = (_preposition_cases(words[k]) or _verb_cases(words[k])) if k >= 0 else frozenset()
    if not cases:
        return _apposed_to_dative(words, post, start)
    # the post in one of them, in the singular: a plural one is no apposition to one person ("один
    # из экспертов ИИИ Ирина Леовая")
    if not any(p.tag.number == "sing" and morph.SECOND_CASES.get(p.tag.case, p.tag.case) in cases
               for p in morph.parses(words[post])):
        return frozenset(), None
    return cases | _GENITIVE, None


def _apposed_to_dative(words: Sequence[str], post: int, start: int) -> tuple[frozenset[str], Optional[tuple[str, str]]]:
    """The dative, with the genitive of a name its post's complement, when the post at ``post`` is
    a dative no form of which is a nominative or a plural ("Президенту Сингапура Халиме Якоб",
    "Главе МИД Колумбии Лауре Сарабии"), or is a genitive or accusative complementing such a noun
    right before it ("Супруге президента Аише Бухари"): the name in apposition is in its case.
    Not another case: a post in the instrumental is mostly a predicate, the name its subject
    ("Избранный премьер-министром Японии Ёсихико Нода"), and a genitive one's name may be the
    complement of another noun ("прозу писателя Гаяза Исхаки"), whose case says nothing, nor
    a noun after a preposition, whose case that is ("на посту премьер-министра страны лидера
    партии Педру Пассуш-Коэлью": a locative, though it reads as a dative too)."""
    head = post
    cases = _noun_cases(words[post])
    if cases and "datv" not in cases and cases <= _COMPLEMENT_CASES:
        head = post - 1
        while head >= 0 and words[head].isalpha() and _head_parse(words[head]).tag.POS in ("ADJF", "PRTF"):
            head -= 1
        cases = _noun_cases(words[head]) if head >= 0 and words[head].isalpha() else frozenset()
        k = _before_modifiers(words, head - 1)
        if k >= 0 and _head_parse(words[k]).tag.POS == "PREP":
            return frozenset(), None  # a preposition's case, not the dative: "на посту премьер-министра ..."
    if "datv" not in cases:
        return frozenset(), None
    if head == post and _place_before(words, start):
        # the post's complement is the place before the name, which governs no person's genitive
        # ("Президенту Чада Махамату Деби": no genitive "Махамату")
        return _DATIVE, ("apposed to a dative", f"in apposition to the dative «{words[head]}» after its "
                         "place: datv")
    return _DATIVE | _GENITIVE, ("apposed to a dative", f"in apposition to the dative «{words[head]}»: "
                                 "datv, or gent as a complement")


def _place_before(words: Sequence[str], start: int) -> bool:
    """Whether the words right before token ``start`` are a country's name ("Чада", "Шри-Ланки",
    "Китайской Народной Республики"), or a word the dictionary knows only as a place's."""
    if not start:
        return False
    if any((found := lexicon.country_prefix(words[j:start])) is not None and found[1] == start - j
           for j in range(max(0, start - _COUNTRY_WORDS), start)):
        return True
    parses = morph.parses(words[start - 1])
    return bool(parses) and all("Geox" in p.tag and not _guessed(p) for p in parses)


_COUNTRY_WORDS = 4  # the longest country's name the words before a name are matched against


def _complement_of_noun(words: Sequence[str], start: int) -> bool:
    """Whether the name at token ``start`` is the genitive complement of the noun right before it
    ("Показ коллекции Валентина Юдашкина", "Решение Валентина Бондаренко поддержали", "Ученики
    Валентина Толкунова"): a noun that governs one (``_complemented``), heading a phrase of nouns of
    things and adjectives that opens its clause or follows its verb: not after a preposition, a
    number or a conjunction, where the phrase may be an adverbial the name is the subject after
    ("В ходе визита Валентина Матвиенко ...", "В 2003 году Бэкхем ушёл"), or a post's complement
    the name is in apposition to ("министр науки и технологий Хорхе Арреаса"); nor after a post's
    noun ("министр культуры Ольга Любимова")."""
    if not start or not _complemented(words[start - 1]) or _post_before(words, start) is not None:
        return False
    k = start - 1
    while k > 0 and (_thing_noun(words[k - 1]) or words[k - 1].isalpha() and words[k - 1].islower()
                     and _head_parse(words[k - 1]).tag.POS in ("ADJF", "PRTF")):
        k -= 1
    return not k or words[k - 1] in _PHRASE_OPENERS or _head_parse(words[k - 1]).tag.POS in _VERBS


# the readings a noun's complement turns into its genitive: a nominative, and an accusative, no
# second object after a noun ("Фильм Алехандро Гонсалеса Иньярриту" is no accusative of "Иньяррита")
_BESIDE_GENITIVE = frozenset({"nomn", "accs"})
_PHRASE_OPENERS = frozenset(",;:—–(")
_NOT_THING = frozenset({"anim", "Geox", "Name", "Surn", "Patr", "Orgn", "Abbr", "Fixd"})


@lru_cache(maxsize=morph.CACHE)
def _complemented(word: str) -> bool:
    """Whether a word right before a name governs it as its complement: a noun of a thing, its
    likeliest reading (a verb's form spelt alike is rarer: "Повести"), no reading of it a person's
    or a place's; or a noun of persons in the plural only, which no one person is in apposition
    to ("Ученики")."""
    if not (word.isalpha() and morph.known(word)):
        return False
    parses = morph.parses(word)
    nouns = [p for p in parses if p.tag.POS == "NOUN"]
    if not nouns or any((_NOT_THING - {"anim"}) & p.tag.grammemes or p.normal_form in _NAMING for p in nouns):
        return False
    if all("anim" in p.tag and p.tag.number == "plur" for p in parses):
        return True
    return parses[0].tag.POS == "NOUN" and all("inan" in p.tag for p in nouns)


@lru_cache(maxsize=morph.CACHE)
def _thing_noun(word: str) -> bool:
    """Whether every reading the dictionary knows of a word is a noun of a thing's."""
    if not (word.isalpha() and morph.known(word)):
        return False
    parses = morph.parses(word)
    return all(p.tag.POS == "NOUN" and "inan" in p.tag and not _NOT_THING & p.tag.grammemes
               and p.normal_form not in _NAMING for p in parses)


def _noun_cases(word: str) -> frozenset[str]:
    """The cases of a word's readings as a noun, empty when one is a nominative or a plural or
    another part of speech."""
    cases = set()
    for p in morph.parses(word):
        case = morph.SECOND_CASES.get(p.tag.case, p.tag.case)
        if p.tag.POS != "NOUN" or case == "nomn" or p.tag.number != "sing":
            return frozenset()
        cases.add(case)
    return frozenset(cases)


_DATIVE = frozenset({"datv"})
_COMPLEMENT_CASES = frozenset({"gent", "accs"})


_COMPOUND_PREPOSITIONS = lexicon.words("compound_preposition")
_GOVERNING = frozenset(word for word, preposition in lexicon.prepositions().items() if preposition.cases)
_GOVERNING_VERBS = lexicon.forms_of(frozenset(lexicon.verb_government()), frozenset({"VERB", "INFN"}))


def _verb_cases(word: str) -> frozenset[str]:
    """The cases a verb of ``lexicon.verb_government`` governs a person right after it in, which
    pymorphy3 reads it as first (a finite verb or an infinitive): "поблагодарил" the accusative,
    "вручили" the dative; empty for any other word."""
    low = word.lower()
    if low not in _GOVERNING_VERBS:
        return frozenset()
    p = _head_parse(low)
    if p.tag.POS not in ("VERB", "INFN"):
        return frozenset()
    return frozenset(lexicon.verb_government().get(p.normal_form, ()))


def _subject_may_follow(words: Sequence[str], verb: int) -> bool:
    """Whether the name after the governing verb at ``verb`` may be its subject, in the nominative
    ("поблагодарил глава МИД ...", "Камерона поздравил Барак Обама": the object may stand before
    the verb): not after an infinitive, nor a plural verb unless the name is joined to another by
    "и" ("вручили Малале Юсуфзай"), nor a verb whose subject stands before it ("Министр
    поблагодарил ...")."""
    tag = _head_parse(words[verb].lower()).tag
    if tag.POS == "INFN":
        return False
    if tag.number == "plur" and "и" not in words[verb + 1:verb + 1 + _REACH]:
        return False
    # a name right before the verb that may be in its case and not in the nominative is its object,
    # the name after its subject (a man's accusative is his genitive, which pymorphy3 reads a name
    # it guesses as; "Путин поздравил" is its subject, though a genitive plural of "путина")
    if verb and words[verb - 1][:1].isupper():
        before = {morph.SECOND_CASES.get(p.tag.case, p.tag.case) for p in morph.parses(words[verb - 1])
                  if p.tag.POS == "NOUN"}
        if "nomn" not in before and _verb_cases(words[verb]) & (before | ({"accs"} if "gent" in before else set())):
            return True
    return not _subject_before(words, verb, tag)


def _preposition_cases(word: str) -> frozenset[str]:
    """The cases a word governs as a preposition, which pymorphy3 reads it as first: not "имени"
    of "по имени Биби Айша", a noun there, after which a name is as written."""
    preposition = lexicon.prepositions().get(word.lower())
    if preposition is None or _head_parse(word.lower()).tag.POS != "PREP":
        return frozenset()
    return frozenset(preposition.cases)


def _before_post(words: Sequence[str], start: int) -> tuple[Optional[int], bool]:
    """The token before the name and the post in apposition before it ("министр здравоохранения
    Казахстана Абдуллаева": the token before "министр"), -1 at the sentence's start, and whether
    there is such a post; None when the name depends on the word before it: a preposition, or a
    post in another case than the nominative."""
    post = _post_before(words, start)
    k = start - 1
    if post is not None:
        if not any(p.tag.case == "nomn" for p in morph.parses(words[post])):
            return None, True
        k = _before_modifiers(words, post - 1)  # "новый министр", "Казахстанский министр"
    if k >= 0 and _head_parse(words[k]).tag.POS == "PREP":
        return None, post is not None
    return k, post is not None


_SPEECH = lexicon.words("speech")
_CLAUSE_OPENERS = lexicon.words("clause_opener")


# ---------------------------------------------------------------- organisations and places


class _Reading(NamedTuple):
    case: str
    number: str
    gender: Optional[str]  # None in the plural


_READINGS = [_Reading(c, "sing", g) for g in ("masc", "femn", "neut") for c in CASES] + [
    _Reading(c, "plur", None) for c in CASES
]
_CONJUNCTIONS = lexicon.words("conjunction")


@lru_cache(maxsize=None)
def _fitted(tag) -> frozenset[_Reading]:
    """The readings of ``_READINGS`` a tag fits: its case (a second case as the first it agrees
    as) and number, and in the singular its gender, unless it has none, has either ("ms-f",
    "GNdr") or is an indeclinable noun's. Read once per tag: pymorphy3's tag attributes are slow to
    get, and a language has a few thousand tags."""
    case = morph.SECOND_CASES.get(tag.case, tag.case)
    any_gender = "Fixd" in tag and tag.POS == "NOUN" or "ms-f" in tag or "GNdr" in tag or tag.gender is None
    return frozenset(reading for reading in _READINGS if reading.case == case and reading.number == tag.number
                     and (reading.number == "plur" or any_gender or reading.gender == tag.gender))


def _declinable(word: str) -> bool:
    """A Cyrillic word of two letters or more that is neither an upper-case
    abbreviation nor a CamelCase brand ("ОДКБ", "УралМетКом" stay as written)."""
    return (len(word) > 1 and re.fullmatch(r"[а-яёА-ЯЁ]+(?:-[а-яёА-ЯЁ]+)*", word) is not None
            and not word.isupper() and re.search(r"[а-яё][А-ЯЁ]", word) is None)


@lru_cache(maxsize=morph.CACHE)
def _modifier_parses(word: str) -> tuple:
    """Readings of a word as an adjective, a participle or an adjectival surname
    ("Никитинского суда")."""
    if not _declinable(word):
        return ()
    return tuple(
        p for p in morph.parses(word)
        if p.tag.case in CASES
        and (p.tag.POS in ("ADJF", "PRTF") or "Surn" in p.tag and p.tag.number == "sing" and not _guessed(p))
    )


@lru_cache(maxsize=morph.CACHE)
def _noun_parses(word: str) -> tuple:
    """Readings of a word as a noun that pymorphy3 knows rather than guessed."""
    if not _declinable(word):
        return ()
    # A person's name in the plural ("Хунань" as a plural of "Хунаня") heads no place or body, nor
    # does a word written in lower case name a person ("акимата" is the genitive of акимат).
    lower = word[:1].islower()
    return tuple(
        p for p in morph.parses(word)
        if p.tag.POS == "NOUN" and morph.SECOND_CASES.get(p.tag.case, p.tag.case) in CASES and not _guessed(p)
        and not ((p.tag.number == "plur" or lower) and ("Name" in p.tag or "Surn" in p.tag or "Patr" in p.tag))
    )


_THING = 0.05  # less than any other preference: it only settles a tie of a thing with a being


def _noun_weight(p) -> float:
    # Proper names first, a place or a body in pymorphy3's dictionary before a person
    # ("в Астану" is Астана, not a man named Астан: this is the head of a place's or a
    # body's name; a place guessed by analogy is no surer than a name: "Чжэцзяне"),
    # then the singular (an organisation's head noun is rarely plural unless its
    # adjectives say so), then pymorphy3's own score; a word that is already a
    # nominative stays as written.
    tag = p.tag
    weight = p.score
    if "Geox" in tag or "Orgn" in tag or "Name" in tag or "Surn" in tag:
        weight += 0.3
        if ("Geox" in tag or "Orgn" in tag) and _known(p):
            weight += 0.05
    elif tag.animacy == "inan":
        # of common nouns a thing's: a place or a body is one ("Кызылорде" is Кызылорда, not a man
        # Кызылорд); a guessed place's reading gets no more than a name's (above)
        weight += _THING
    if tag.number == "sing":
        weight += 0.2
    if tag.case == "nomn":
        weight += 0.1
    if tag.case in morph.SECOND_CASES:
        weight -= 0.5  # a second case only where the modifiers ask for it: "в Лету" is Лета, not лёт
    if lexicon.is_unit(p.normal_form):
        weight += 0.01  # of lemmas as likely, a unit's: "полка" of "51-го полка" is полк, not полок
    if "-" in p.normal_form and p.normal_form.rpartition("-")[2] in _COMPOUND_BODIES:
        weight += _COMPOUND_BODY  # "Прогресс-банка" is the genitive of a bank, not a "банка"
    return weight


# What a body's noun after a name and a hyphen (words.tsv compound_body) outweighs: pymorphy3's
# preference for a nominative whose last part is another noun (банка, a jar), by its score.
_COMPOUND_BODY = 0.2
_COMPOUND_BODIES = lexicon.words("compound_body")
_NAME_ADJECTIVES = lexicon.words("name_adjective")


def _agreement(modifiers: Sequence[tuple], nouns: tuple, case: Optional[str] = None,
               readings: Optional[frozenset[tuple[str, str]]] = None):
    """The reading, noun parse and modifier parses that agree best (in ``case``
    if given, in one of the (gender, case) ``readings`` if given), or None."""
    best, best_score = None, float("-inf")
    # each noun parse weighed once, and only the readings some noun parse fits tried
    weighed = [(_noun_weight(p), p, _fitted(p.tag)) for p in nouns]
    possible = frozenset().union(*(fitted for _, _, fitted in weighed))
    for reading in _READINGS:
        if reading not in possible:
            continue
        if case is not None and reading.case != case:
            continue
        if readings is not None and (reading.gender, reading.case) not in readings:
            continue
        # the first of the heaviest, as max gives it
        score, noun, _ = max((w for w in weighed if reading in w[2]), key=lambda w: w[0])
        chosen = []
        for parses in modifiers:
            fitting = [p for p in parses if reading in _fitted(p.tag)]
            if not fitting:
                break
            # of lexemes alike scored, the one names use (words.tsv name_adjective): "Окружного" is окружной
            modifier = max(fitting, key=lambda p: (p.score, p.normal_form in _NAME_ADJECTIVES))
            chosen.append(modifier)
            score += modifier.score
        else:
            if score > best_score:
                best, best_score = (reading, noun, chosen), score
    return best


def _common(form: str, low: str) -> int:
    """The length of the prefix ``form`` shares with the word ``low``, ё read as е."""
    plain_form, plain_low = form.replace("ё", "е"), low.replace("ё", "е")
    common = 0
    while common < min(len(form), len(low)) and plain_form[common] == plain_low[common]:
        common += 1
    return common


def _ending_only(form: str, low: str) -> bool:
    """Whether ``form`` differs from the word ``low`` in its last three letters at most, or in
    those of each hyphenated part where both parts decline ("школы-студии": "школа-студия")."""
    parts, low_parts = form.split("-"), low.split("-")
    if len(parts) > 1 and len(parts) == len(low_parts):
        return all(_common(a, b) >= min(len(a), len(b)) - 3 for a, b in zip(parts, low_parts))
    return _common(form, low) >= min(len(form), len(low)) - 3


@lru_cache(maxsize=morph.CACHE)
def _nominative(p, word: str, wanted: frozenset[str]) -> str:
    """``word`` of analysis ``p`` put into the nominative, spelt like ``word`` (cached: a head word
    recurs in many names, "Министерства" in each ministry's, and inflecting it builds its lexeme).

    A word already in the nominative stays as written, and so does one whose
    nominative would change more than its ending. pymorphy3 files a superlative
    under its positive and inflects it to the first superlative of that lexeme
    ("высшего" to "высочайший"): the lexeme's form that keeps the word's stem is
    taken instead ("высший"); and it spells some hyphenated adjectives solid
    ("северо-европейской" to "североевропейская"): then the last part alone
    declines ("северо-европейская").
    """
    if p.tag.case == "nomn" or "Fixd" in p.tag:
        return word
    low = word.lower()
    found = p.inflect_on_stem(wanted)
    if found is None:
        return word
    form = found.word
    if _ending_only(form, low):
        return _restore(form, word)
    first, hyphen, last = word.rpartition("-")
    if hyphen and "-" not in form and len(last) > 3:
        parts = [q for q in morph.parses(last.lower())
                 if q.tag.POS == p.tag.POS and q.tag.case == p.tag.case and q.tag.number == p.tag.number
                 and q.tag.gender == p.tag.gender]
        if parts:
            declined = _nominative(parts[0], last, wanted)
            if declined != last:
                return f"{first}-{declined}"
    return word


def _modifier_nominative(p, word: str, reading: _Reading) -> str:
    return _nominative(p, word, frozenset({"nomn", reading.number} | ({reading.gender} if reading.gender else set())))


@lru_cache(maxsize=morph.CACHE)
def _singular(nouns: tuple) -> tuple:
    """The singular, in the same case, of each plural noun parse of ``nouns``."""
    return tuple(q for q in (p.inflect({"sing", p.tag.case}) for p in nouns if p.tag.number == "plur")
                 if q is not None)


def _place_guess(word: str) -> Optional[tuple[str, str]]:
    """(case, nominative) of a place name pymorphy3 does not know, from its
    ending; None where the ending says nothing sure: "-а" is as often a
    nominative (Хезболла) as a genitive."""
    w = word.lower()
    first, hyphen, last = w.rpartition("-")
    if hyphen:
        # a compound name declines in its last part: "Усть-Каменогорске" is Усть-Каменогорск
        guess = _place_guess(last) if len(last) >= 4 and first.isalpha() else None
        return None if guess is None else (guess[0], f"{first}-{guess[1]}")
    if len(w) < 4:
        return None
    if any("Fixd" in p.tag and "Geox" in p.tag and p.normal_form == w for p in morph.parses(word)):
        return None  # pymorphy3's own guess of a place that does not decline: "в Актобе" is Актобе
    before = w[-3:-2] if len(w) > 2 else ""
    last2, ch = w[-2:], w[-2]
    consonant = ch not in _VOWELS and ch not in "ьъй"
    if last2 == "ом" and before not in _VOWELS:
        return "ablt", w[:-2]
    if last2 == "ем" and before:
        return "ablt", w[:-2] + ("й" if before in _VOWELS else "ь")
    if last2 == "ой" and before not in _VOWELS:
        return "gent", w[:-2] + "а"
    if w[-1] == "е":
        if consonant:
            return "loct", w[:-1]  # Ньюпорте → Ньюпорт
        if ch in "аоуяе":
            return "loct", w[:-1] + "й"  # Карамае → Карамай, Семее → Семей
    if w[-1] == "ы" and consonant and ch not in "гкхжшчщ":
        return "gent", w[:-1] + "а"
    if last2 == "ии":
        return "gent", w[:-1] + "я"  # Гагаузии → Гагаузия
    if w[-1] == "у" and consonant:
        return "datv", w[:-1]
    return None


def _noun_before_name(words: Sequence[str], k: int) -> bool:
    """Whether word ``k`` is a noun, first of all, in lower case before a capitalised word: no
    modifier of that name but its head noun ("сборной России" is "сборная России", not an adjective
    agreeing with "Россия"; "северной Италии", an adjective first, is "северная Италия")."""
    return words[k].islower() and k + 1 < len(words) and words[k + 1][:1].isupper() \
        and morph.parses(words[k])[0].tag.POS == "NOUN"


def _head(words: Sequence[str], case: Optional[str] = None, whole: bool = False,
          readings: Optional[frozenset[tuple[str, str]]] = None):
    """The nominative of the leading modifiers and noun of ``words`` (words
    without conjunctions), with the reading they agree on; None if there is none.

    ``case`` forces the case (a coordinated head); ``whole`` allows modifiers
    without a noun ("Краснопресненской"); ``readings`` keeps to the singular
    (gender, case) pairs an ordinal before the words agrees with, and then the
    head is a modifiers' noun pymorphy3 knows.
    """
    modifiers = [_modifier_parses(w) for w in words]
    nouns = [_noun_parses(w) for w in words]
    run = 0  # the leading words that can be modifiers
    while run < len(words) and modifiers[run] and not _noun_before_name(words, run):
        run += 1
    # The head noun is the first word that cannot be a modifier, unless the
    # words that agree end earlier ("Краснопресненской набережной": a noun that
    # pymorphy3 also reads as an adjective).
    for k in range(min(run, len(words) - 1), -1, -1):
        if not nouns[k]:
            continue
        found = _agreement(modifiers[:k], nouns[k], case, readings)
        if found is None and k and readings is None:
            # Singular modifiers before a plural head share it with modifiers before them, out of
            # the mention ("Мариинского театров" of "Большого и Мариинского театров"): they name
            # one of the head.
            found = _agreement(modifiers[:k], _singular(nouns[k]), case)
        if found is None:
            continue
        reading, noun, chosen = found
        out = [_modifier_nominative(p, words[i], reading) for i, p in enumerate(chosen)]
        out.append(_nominative(noun, words[k], frozenset({"nomn", noun.tag.number})))
        return out, reading
    if readings is not None:
        return None
    if run < len(words) and not nouns[run] and words[run][:1].isupper():
        guess = _place_guess(words[run])
        if guess is not None and (case is None or guess[0] == case):
            guessed_case, form = guess
            out = []
            for i in range(run):
                fitting = [p for p in modifiers[i] if p.tag.case == guessed_case and p.tag.number == "sing"]
                if not fitting:
                    return None
                p = max(fitting, key=lambda p: (p.score, p.tag.gender == "masc"))
                out.append(_modifier_nominative(p, words[i], _Reading(guessed_case, "sing", p.tag.gender)))
            return out + [_restore(form, words[run])], _Reading(guessed_case, "sing", None)
    if whole and run == len(words) and case is None:  # modifiers alone: "Краснопресненской"
        out = []
        for word, parses in zip(words, modifiers):
            p = max(parses, key=lambda p: (p.score, p.tag.gender == "masc"))
            out.append(_modifier_nominative(p, word, _Reading(p.tag.case, p.tag.number, p.tag.gender)))
        return out, None
    return None


@lru_cache(maxsize=morph.CACHE)
def _decline_head(words: tuple[str, ...], whole: bool) -> tuple[str, ...]:
    """The leading words (modifiers and the first noun, and a head coordinated
    with it by "и") put into the nominative; the rest as written."""
    out = list(words)
    content = [i for i, w in enumerate(words) if w not in _CONJUNCTIONS]
    found = _head([words[i] for i in content], whole=whole)
    if found is None:
        return words
    forms, reading = found
    for i, form in zip(content, forms):
        out[i] = form
    last = content[len(forms) - 1]
    # "Сената и Синода", "России и Белоруссии": a second head in the same case
    if reading is not None and last + 2 < len(words) and words[last + 1] in _CONJUNCTIONS:
        rest = []
        for w in words[last + 2:]:
            if w in _CONJUNCTIONS:
                break
            rest.append(w)
        second = _head(rest, case=reading.case)
        if second is not None:
            for i, form in enumerate(second[0]):
                out[last + 2 + i] = form
    return tuple(out)


def phrase_name(words: Sequence[str], spaces: Optional[Sequence[str]] = None) -> str:
    """An organisation's or a place's name in the nominative, from a mention's token texts.

    The head (the leading adjectives and participles and the first noun) goes to
    the nominative keeping its number and gender; the rest (genitive
    complements, quoted names, abbreviations) stays as written:
    ``Министерством связи Республики Беларусь`` → ``Министерство связи Республики
    Беларусь``, ``Мамаевом кургане`` → ``Мамаев курган``, ``АО «Газпромбанк»``
    unchanged. ``spaces`` is the whitespace after each token in the text; without
    it the tokens are joined as Russian punctuation wants.
    """
    words = list(words)
    numbered = lexicon.ordinal(words[0]) if len(words) > 1 else None
    if numbered is not None:
        return _join(_decline_numbered(tuple(words), numbered[1]), spaces)
    head = 0  # the leading words that may take part: Cyrillic words, and "и" between them
    while head < len(words) and (
        _declinable(words[head])
        or words[head] in _CONJUNCTIONS and head and head + 1 < len(words) and _declinable(words[head + 1])
    ):
        head += 1
    # A noun numbered after a hyphen ends the head and declines without its number:
    # "Северного потока-2" is "Северный поток-2".
    numbered_noun = _NUMBERED_NOUN.fullmatch(words[head]) if head < len(words) else None
    if numbered_noun is not None and _declinable(numbered_noun[1]):
        declined = _decline_head((*words[:head], numbered_noun[1]), False)
        words[:head + 1] = [*declined[:-1], declined[-1] + numbered_noun[2]]
    elif head:
        # Modifiers may stand alone when they are all there is, or when an
        # abbreviation is their noun ("Королевских ВВС", "российского МИД").
        alone = head == len(words) or _abbreviation(words[head])
        words[:head] = _decline_head(tuple(words[:head]), alone)
    elif len(words) > 1 and _abbreviation(words[0]) and _apposed(words[1]):
        rest = 1
        while rest < len(words) and _declinable(words[rest]):
            rest += 1
        words[1:rest] = _decline_head(tuple(words[1:rest]), False)
    return _join(words, spaces)


def _abbreviation(word: str) -> bool:
    return word.isupper() and word.isalpha() and len(word) > 1


# The cases of a noun after an abbreviation that make it the abbreviation's apposition,
# declined with it: a complement of the abbreviation's noun stands in the genitive ("МИД
# России"), so "ГП Нефтегазу" is ГП Нефтегаз.
_APPOSITION_CASES = frozenset({"datv", "ablt", "loct"})


def _apposed(word: str) -> bool:
    """Whether ``word``, after an abbreviation, is a capitalised noun pymorphy3 knows and reads
    in no case but the dative, the instrumental and the prepositional."""
    return (word[:1].isupper() and bool(_noun_parses(word))
            and all(morph.SECOND_CASES.get(p.tag.case, p.tag.case) in _APPOSITION_CASES for p in morph.parses(word)))


_NUMBERED_NOUN = re.compile(r"(.+)(-\d+)")  # a noun and its number: "потока-2"


# an ordinal in the nominative, by the gender of its noun: "62-я армия", "51-й полк", "3-е управление"
_ORDINAL_ENDINGS = {"masc": "й", "femn": "я", "neut": "е"}


@lru_cache(maxsize=morph.CACHE)
def _decline_numbered(words: tuple[str, ...], readings: frozenset[tuple[str, str]]) -> tuple[str, ...]:
    """A name led by a singular ordinal ("62-й армией", "51-го парашютно-десантного полка") with
    the ordinal and the head after it put into the nominative, agreeing with the ordinal's
    ending; as written when no head agrees with it."""
    head = 1
    while head < len(words) and _declinable(words[head]):
        head += 1
    found = _head(words[1:head], readings=readings)
    if found is None:
        return words
    forms, reading = found
    figures = words[0].partition("-")[0]
    return (f"{figures}-{_ORDINAL_ENDINGS[reading.gender]}", *forms, *words[1 + len(forms):])


def guessed_nominative(word: str) -> str:
    """An unknown one-word name of a body in an oblique case, put in the nominative when
    pymorphy3's best guess is a masculine inanimate noun whose form is its stem plus an ending:
    "Росатома", "Росатомом" → "Росатом". Other unknown words stay as written ("Лавна")."""
    if not _declinable(word) or morph.known(word):
        return word
    best = morph.parses(word)[0]
    tag = best.tag
    if tag.POS != "NOUN" or "inan" not in tag or tag.gender != "masc" or tag.case not in ("gent", "ablt"):
        return word
    stem = best.normal_form
    if not (word.lower().startswith(stem) and word.lower()[len(stem):] in ("а", "ом")):
        return word
    return word[:len(stem)]



# Brackets and quotes that a person's mention may take in with the name.
_NOT_NAME_WORDS = "[]()«»\""


def unseen_neuter(word: str) -> Optional[str]:
    """The masculine nominative of a quoted one-word name in "-а" whose only noun readings are
    a neuter common noun's that pymorphy3's corpus never saw (its readings all scored alike): a
    body is more often named by a masculine noun than by so rare a word ("«Мечела»": Мечел, no
    мечело); None for another word, a common one ("«Кресла»", "«Облака»") or one with a single
    reading ("«Яблока»", "«Солнышка»": their plural is another form, the corpus says nothing). Not
    a stem ending in two consonants ("«Сусла»", "«Стойла»"), as no masculine noun's nominative
    does."""
    if not (_declinable(word) and word[:1].isupper() and word.endswith("а") and len(word) > 3):
        return None
    if word[-2].lower() not in _VOWELS and word[-3].lower() not in _VOWELS:
        return None
    nouns = [p for p in morph.parses(word) if p.tag.POS == "NOUN"]
    if len(nouns) < 2 or len({round(p.score, 6) for p in nouns}) > 1:
        return None
    if not all(p.tag.gender == "neut" and not _NAME_OR_PLACE & p.tag.grammemes and not _guessed(p) for p in nouns):
        return None
    return word[:-1]


def tagged_word(sentence: Sentence, span: Span) -> int:
    """The index of the word of a person's span whose case the morphology tagger reads and
    ``person_readings`` weighs: its last word that is no initial nor a mark ("Смирнова" of
    "Назначить Смирнова О.П."), else its last token."""
    stop = span.name_stop or span.stop
    return next((k for k in range(stop - 1, span.start - 1, -1)
                 if len(sentence.words[k]) > 1 and sentence.words[k].replace("-", "").isalpha()), stop - 1)


def person_words(sentence: Sentence, span: Span) -> tuple[list[str], list[str]]:
    """The words of a person's span and the words before it, as ``person_readings`` takes them."""
    words = sentence.words[span.start:span.name_stop or span.stop]
    return [w for w in words if w not in _NOT_NAME_WORDS], sentence.words[max(0, span.start - 3):span.start]


def run(doc: Doc) -> None:
    """Gives every span its ``name`` in the nominative, a person's span its ``readings`` (its name in
    each gender), and a country's span its ``country``."""
    text = doc.text
    subjects = _subjects(doc)
    for sentence in doc.sentences:
        persons: dict[int, Span] = {}  # the sentence's persons' spans so far, by where they stop
        for span in sentence.spans:
            stop = span.name_stop or span.stop
            words = sentence.words[span.start:stop]
            if span.type == "PER":
                tagged = sentence.cases.get(tagged_word(sentence, span)) if sentence.cases is not None else None
                partner = _coordinated(sentence.words, persons, span) if persons else None
                name_words, context = person_words(sentence, span)
                cases = partner.readings[0].cases if partner is not None and len(partner.readings[0].cases) <= 2 \
                    and name_words and _in_one_of(name_words[-1], partner.readings[0].cases) else frozenset()
                passive = not cases and _passive_object(sentence.words, span.start)
                if passive:
                    cases = _PASSIVE_OBJECT
                alone = _alone(sentence, span)
                governed, why = (frozenset(), None) if alone else governor(sentence.words, span.start)
                # a lone adjectival surname is a man's nominative or a woman's oblique case alike
                # ("Сторонники Яровой"): its other mentions tell, not the noun (entities)
                complement = not (alone or governed) and _complement_of_noun(sentence.words, span.start) \
                    and not (len(name_words) == 1 and any(_adjective_tag(p.tag) for p in morph.parses(name_words[0])))
                span.readings = person_readings(name_words, context, subjects.get(tuple(words)), tagged, alone, cases,
                                                governed=governed)
                if complement:
                    # only a nominative or an accusative the words read as well turns into their genitive,
                    # declined: not a reading in another case ("благодарность Нкосазане Дламини-Зуме", a
                    # dative), nor words left as written, which any case of a word the dictionary lacks is
                    tipped = person_readings(name_words, context, subjects.get(tuple(words)), tagged, alone,
                                             cases, governed=governed, complement=True)
                    complement = span.readings[0].case in _BESIDE_GENITIVE and tipped[0].case == "gent" \
                        and tipped[0].name not in (span.readings[0].name, " ".join(name_words))
                    if complement:
                        span.readings = tipped
                        doc.note("normalise", "complement of a noun", span.mention.start, span.mention.stop,
                                 span.mention.text, f"after «{sentence.words[span.start - 1]}», a noun opening its "
                                 "phrase: its genitive complement")
                if any(r.case == "loct" for r in span.readings) and not _locative_before(sentence.words, span.start):
                    plain = span.readings[0].name
                    span.readings = person_readings(name_words, context, subjects.get(tuple(words)), tagged, alone,
                                                    cases, no_locative=True, governed=governed, complement=complement)
                    if span.readings[0].name != plain:
                        doc.note("normalise", "no locative", span.mention.start, span.mention.stop,
                                 span.mention.text, "no preposition of the locative stands before it in its clause")
                span.name = span.readings[0].name
                if len(name_words) >= 2 and couples_surname(name_words[-1]):
                    doc.note("normalise", "one of a couple", span.mention.start, span.mention.stop,
                             span.mention.text, "a surname the dictionary knows only in the plural after a first "
                             "name: the surname in the singular")
                if governed:
                    doc.note("normalise", "governed", span.mention.start, span.mention.stop, span.mention.text,
                             f"the word governing it requires {', '.join(sorted(governed))}: each word read so")
                if governed and why is not None:
                    doc.note("normalise", why[0], span.mention.start, span.mention.stop, span.mention.text, why[1])
                if passive:
                    doc.note("normalise", "object of a passive", span.mention.start, span.mention.stop,
                             span.mention.text, "after a passive participle whose subject is before it: "
                             "a dative or an instrumental")
                elif cases:
                    doc.note("normalise", "coordinated", span.mention.start, span.mention.stop, span.mention.text,
                             f"in the case of {partner.mention.text!r}, joined to it ({', '.join(sorted(cases))})")
                persons[span.stop] = span
            elif span.type == "LOC" and (country := lexicon.country(span.mention.text)):
                span.name, span.country = country, country
            elif span.type == "LOC" and (region := _region_by_adjective(sentence.words, span)):
                span.name = region
                doc.note("normalise", "region by its adjective", span.mention.start, span.mention.stop,
                         span.mention.text, f"one of the adjectives the noun of their kind after them shares: {region!r}")
                continue
            elif span.type == "LOC" and (region := lexicon.region_abbreviation(span.mention.text)):
                span.name = region
                doc.note("normalise", "region's abbreviation", span.mention.start, span.mention.stop,
                         span.mention.text, f"the region {region!r} (region_abbreviations.tsv)")
                continue
            elif span.type == "LOC" and (place := _governed_place(sentence.words, span)):
                span.name = place[0]
                doc.note("normalise", "LOC", span.mention.start, span.mention.stop, span.mention.text,
                         f"named {place[0]!r}: a {place[1]}, after «{sentence.words[span.start - 1]}»")
                continue
            else:
                span.name = phrase_name(words, sentence.spaces(text, span.start, stop))
                if span.type == "ORG" and len(words) == 1:
                    quoted = span.start > 0 and sentence.words[span.start - 1] in _QUOTES_OPENING
                    span.name = quoted and unseen_neuter(words[0]) or guessed_nominative(span.name)
                kinds = _KIND_IN_NAME.get(span.type)
                kind = kinds[0](sentence.words, span) if kinds is not None else None
                if kind is not None:
                    span.name = kind
                    doc.note("normalise", f"kind in a {kinds[1]}'s name", span.mention.start, span.mention.stop,
                             span.mention.text, f"the kind of {kinds[1]} before it is part of its name: {kind!r}")
                    continue
            if span.name != span.mention.text:
                doc.note("normalise", span.type, span.mention.start, span.mention.stop, span.mention.text,
                         f"named {span.name!r}")


_LOCATIVE_PREPOSITIONS = frozenset(word for word, preposition in lexicon.prepositions().items()
                                   if preposition.cases and "loct" in preposition.cases)
_GENITIVE_PREPOSITIONS = frozenset(word for word, preposition in lexicon.prepositions().items()
                                    if preposition.cases == ("gent",))


def _governed_place(words: Sequence[str], span) -> Optional[tuple[str, str]]:
    """(the nominative, "genitive" or "locative") of a one-word place whose ending the preposition right before
    it makes an oblique ending, where pymorphy3 reads the word so too but prefers another reading.

    After a preposition that governs the genitive alone, «-а» after a consonant or «-я» after a
    vowel: "из Шымкента" is Шымкент, which pymorphy3 also reads as a woman's given name in the
    nominative, "из Костаная" Костанай, not an adjective's feminine (Кызылорда is "из Кызылорды").
    After one of the locative, «-е» after a consonant ending a masculine noun's stem: "в Таразе" is
    Тараз, which pymorphy3 also reads as an indeclinable name, "в Конаеве" Конаев, not a woman
    Конаева; not where the word is also the locative of a thing or a place of another lemma not
    guessed by its suffix ("в Астане", "в Кызылорде": feminines), nor where it is a place that does not decline ("в Актобе").
    """
    if span.stop - span.start != 1 or not span.start:
        return None
    preposition = words[span.start - 1].lower()
    word = words[span.start]
    low = word.lower()
    if len(low) < 4 or not low.isalpha():
        return None
    if preposition in _GENITIVE_PREPOSITIONS:
        case = "gent"
        if low[-1] == "а" and low[-2] not in _VOWELS and low[-2] not in "ьъй":
            stem = low[:-1]
        elif low[-1] == "я" and low[-2] in "аеоу":
            stem = low[:-1] + "й"  # "из Костаная", "из Семея": Костанай, Семей
        else:
            return None
    elif preposition in _LOCATIVE_PREPOSITIONS and low[-1] == "е" and low[-2] not in _VOWELS \
            and low[-2] not in "ьъй":
        case, stem = "loct", low[:-1]
        if any("Fixd" in p.tag and "Geox" in p.tag and p.normal_form == low
               or p.tag.case == "loct" and p.tag.animacy == "inan" and p.normal_form != stem and not _guessed(p)
               for p in morph.parses(word)):
            return None
    else:
        return None
    if not any(p.tag.POS == "NOUN" and p.tag.case == case and p.tag.number == "sing" and p.normal_form == stem
               for p in morph.parses(word)):
        return None
    return _restore(stem, word), "genitive" if case == "gent" else "locative"


_CLAUSE_BREAKS = frozenset(",;:.!?()«»\"—–")
_VERBS = frozenset({"VERB", "INFN", "GRND", "PRTS"})
_LOCATIVE_REACH = 8  # words back: "при бывшем министре иностранных дел Грузии Саломе ..."


def _locative_before(words: Sequence[str], start: int) -> bool:
    """Whether a preposition of the locative ("в", "о", "при" ...) may govern the name at token
    ``start``: it stands before it in its clause, no verb between them. The locative stands only
    after one: "раскритиковал Саломе Зурабишвили" and "В Тбилиси поблагодарили Саломе
    Зурабишвили" are no locative of "Салом"."""
    for k in range(start - 1, max(-1, start - 1 - _LOCATIVE_REACH), -1):
        word = words[k].lower()
        if word in _LOCATIVE_PREPOSITIONS:
            return True
        if word in _CLAUSE_BREAKS or morph.parses(word)[0].tag.POS in _VERBS:
            return False
    return False


def _coordinated(words: Sequence[str], persons: dict[int, Span], span: Span) -> Optional[Span]:
    """The person's span before a person's span that "и" joins it to ("Саид Гуцериев — сын ... — и
    Хадижа Ужахова", an aside in dashes or brackets after the first left out), or a comma after
    such an aside, as in a list ("Илья Шкуренев (многоборье), Антонина Кривошапка"); else None."""
    k = span.start
    if k >= 1 and words[k - 1] == "и":
        k -= 1
        if k >= 1 and words[k - 1] == ",":
            k -= 1
    elif not (k >= 2 and words[k - 1] == "," and words[k - 2] in _ASIDE_ENDS):
        return None
    else:
        k -= 1
    if k >= 1 and words[k - 1] in _ASIDE_ENDS:
        opening = _ASIDE_ENDS[words[k - 1]]
        k = next((j for j in range(k - 2, max(-1, k - 2 - _REACH * 2), -1) if words[j] == opening), -1)
        if k < 0:
            return None
    return persons.get(k)


_ASIDE_ENDS = {")": "(", "—": "—", "–": "–"}


_PLACE_KINDS = lexicon.words("place_kind")
_SITE_KINDS = lexicon.words("site_kind")
_STREETS = lexicon.words("street")
_KINDS = _PLACE_KINDS | _SITE_KINDS | _STREETS
_SITE_SORTS = lexicon.words("site_sort")


def _region_by_adjective(words: Sequence[str], span: Span) -> Optional[str]:
    """A place named by its adjective alone, one of several sharing the noun of their kind after
    them (``lexicon.shared_place_kind``): the adjective in the nominative of that noun's gender, and
    the noun ("главы Ярославской и Владимирской областей": Ярославская область)."""
    if span.stop - span.start != 1 or span.name_stop:
        return None
    at = lexicon.shared_place_kind(words, span.stop)
    if at is None:
        return None
    kind = next((p for p in morph.parses(words[at]) if p.tag.POS == "NOUN"), None)
    gender = kind.tag.gender if kind is not None else None
    adjective = next((p for p in morph.parses(words[span.start]) if p.tag.POS == "ADJF" and p.tag.gender == gender),
                     None)
    form = adjective.inflect({"nomn", "sing"}) if adjective is not None and gender else None
    if form is None:
        return None
    return f"{_restore(form.word, words[span.start])} {kind.normal_form}"


def _kind_in_name(words: Sequence[str], span: Span) -> Optional[str]:
    """A place's name with the kind of place before it, which a reader says as part of it (words.tsv
    place_kind, site_kind, street): the name of a natural place in apposition, as written or
    agreeing in case ("озером Карасу", "на озере Байкале": озеро Карасу, озеро Байкал); a site's as
    written ("порта Мурманск": порт Мурманск); a street's or a square's, as written or in the
    genitive ("площади Скорби": площадь Скорби); a quoted one as written, in its quotes ("терминала
    «Лавна»": терминал «Лавна»). Not the genitive of a city after a site, whose site it is ("в
    порту Херсона": Херсон), nor a city's after a street ("улицы Киева"), nor a kind that
    place_descriptor drops ("города Урумчи")."""
    stop = span.name_stop or span.stop
    quoted = 1 < span.start and stop < len(words) and words[span.start - 1] in _QUOTES_OPENING \
        and words[stop] in _QUOTES_CLOSING
    at = span.start - 1 - quoted
    if at < 0:
        return None
    kinds = [p for p in morph.parses(words[at].lower()) if p.tag.POS == "NOUN" and p.tag.number == "sing"
             and p.normal_form in _KINDS]
    if not kinds:
        return None
    kind, written = kinds[0].normal_form, span.mention.text
    if kind in _SITE_KINDS:
        kind = _sort_of_site(words, at, kinds) + kind
    if quoted:
        return f"{kind} {words[span.start - 1]}{written}{words[stop]}"  # a quoted name is as written
    last = morph.parses(words[stop - 1].lower())
    if kind in _STREETS:
        if last and "Geox" in last[0].tag or lexicon.capital_country(span.name) or lexicon.region_country(span.name):
            return None  # "на улицах Киева": the city's streets; "проспекта Абая" is a person's name
        if span.name == written or any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in last):
            return f"{kind} {written}"
        return None
    if span.name == written:
        return f"{kind} {written}"
    if kind in _SITE_KINDS:
        return None
    cases = {morph.SECOND_CASES.get(p.tag.case, p.tag.case) for p in kinds} - {"gent"}
    if cases & {morph.SECOND_CASES.get(p.tag.case, p.tag.case) for p in last if p.tag.POS == "NOUN"}:
        return f"{kind} {span.name}"
    return None


_BODY_DESCRIPTORS = lexicon.words("body_descriptor")
_LATIN = re.compile(r"[A-Za-z]")


def _descriptor_in_name(words: Sequence[str], span: Span) -> Optional[str]:
    """A body's quoted or Latin-script name with the noun of its kind before it (words.tsv
    body_descriptor), which a reader says as part of the name ("госкорпорации «Ростех»":
    госкорпорация «Ростех», "издательством Penguin Books": издательство Penguin Books): the noun in the
    nominative singular, the name as written; or a quoted name with its legal form in capitals
    before it (data/legal_forms.txt, which ner.LegalFormApart leaves out of the mention: "ТОО
    «Рулиха»"), both as written, the name in apposition to the form whatever normalising it
    gave. Not after a plural noun, which lists bodies ("фондов «Сколково» и «Иннопрактика»"),
    nor for a name the tagger took with its words before it ("Государственной корпорации
    «Ростех»"), whose noun is no descriptor of it, nor for a quoted name in the genitive, whose
    the body before it is ("центральное бюро "Яблока"")."""
    legal = span.start - 2  # where a legal form before the quotes stands
    stop = span.name_stop or span.stop
    quoted = 1 < span.start and stop < len(words) and words[span.start - 1] in _QUOTES_OPENING \
        and words[stop] in _QUOTES_CLOSING
    if quoted and lexicon.is_legal_form(words[legal]):
        return f"{words[legal]} {words[span.start - 1]}{span.mention.text}{words[stop]}"
    if not quoted and not (span.start and _LATIN.match(words[span.start])) or span.name != span.mention.text:
        return None
    at = span.start - 1 - quoted
    kinds = [p for p in morph.parses(words[at].lower()) if p.tag.POS == "NOUN" and p.tag.number == "sing"
             and p.normal_form in _BODY_DESCRIPTORS]
    if not kinds:
        return None
    if quoted:
        return f"{kinds[0].normal_form} {words[span.start - 1]}{span.mention.text}{words[stop]}"
    return f"{kinds[0].normal_form} {span.mention.text}"


# a name whose kind before it is part of it, by its type: how it is found, and what it names
_KIND_IN_NAME = {"ORG": (_descriptor_in_name, "body"), "LOC": (_kind_in_name, "place")}


def _sort_of_site(words: Sequence[str], at: int, kinds: list) -> str:
    """The adjective before a site's kind that agrees with it and says what sort of site it is
    (words.tsv site_sort), said as part of its name, in the nominative with a space after it
    ("атомной электростанции «Эль-Дабаа»": атомная электростанция «Эль-Дабаа»); not one that only
    describes it ("строящегося терминала", "нового порта") nor a place's ("московский аэропорт")."""
    if at < 1 or not words[at - 1].isalpha() or not words[at - 1].islower():
        return ""
    for adjective in morph.parses(words[at - 1]):
        tag = adjective.tag
        if tag.POS != "ADJF" or adjective.normal_form not in _SITE_SORTS:
            continue
        for kind in kinds:
            if (tag.case, tag.number) == (kind.tag.case, kind.tag.number) and tag.gender == kind.tag.gender:
                nominative = adjective.inflect({"nomn"})
                return f"{nominative.word} " if nominative else ""
    return ""


def _alone(sentence: Sentence, span: Span) -> bool:
    """Whether a span is all the words of its sentence: a headline or a caption that is a name."""
    words = sentence.words
    # no copy of the words around the span: a sentence of thousands of names asks this of each
    return not any(words[k][:1].isalnum() for k in itertools.chain(range(span.start), range(span.stop, len(words))))


def _subjects(doc: Doc) -> dict[tuple[str, ...], Subject]:
    """What the predicates each person's mention, as written, is the subject of anywhere in the
    document say of it: a mention written alike elsewhere is the same form of the same name, so
    "Ёсихико Нода был избран" says that "Ёсихико Нода" is a man's nominative in every sentence.
    Predicates of both genders say nothing (two people may share a surname)."""
    found: dict[tuple[str, ...], list[Subject]] = {}
    for sentence in doc.sentences:
        for span in sentence.spans:
            if span.type != "PER":
                continue
            subject = subject_gender(sentence.words, span.start, span.stop)
            if subject is not None:
                found.setdefault(tuple(sentence.words[span.start:span.name_stop or span.stop]), []).append(subject)
                doc.note("normalise", "subject", span.mention.start, span.mention.stop, span.mention.text,
                         f"the subject of a {'feminine' if subject.gender == 'femn' else 'masculine'} predicate"
                         + ("" if subject.nominative else ", after a post or the predicate"))
    return {key: Subject(subjects[0].gender, any(s.nominative for s in subjects))
            for key, subjects in found.items() if len({s.gender for s in subjects}) == 1}
