"""Stage dates: the release's own date, and every date, period and time in it as an ISO 8601 value.

Releases date their events in many ways ("31 июля 2025 г.", "31.07.25",
"июль–август 2025 года", "в I квартале 2026 года", "в субботу, 5 июля в 15:00")
and often relative to the release itself ("в июне т.г.", "накануне", "на прошлой
неделе"). Dates are found in three passes, all regular expressions and linear in
the length of the text:

1. atoms: one small pattern per written form (a day and a month, a year, a
   quarter, a weekday, a time, a relative expression, ...); overlapping matches
   give way to the longest leftmost one;
2. neighbouring atoms combine into ranges ("с 10 по 12 мая", "1979–1980 годы"),
   a weekday or "вчера" joins its date and a time its date; then the preposition
   and modifier in front ("в", "с", "до", "в начале") join the span, as in
   NEREL's annotation; weak atoms (a bare "мае", "2014", "пятницу") that got
   neither a preposition nor a partner are dropped;
3. values: relative dates count from the release date ("вчера") or from the date
   mentioned before ("на следующий день", "в том же году"); a date without a
   year takes the release's year, or the one before or after when the verb's
   tense says the event is past or to come (a release dated by its lead alone may
   have come out some days after the day its lead tells of).

Values are ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``, and
``START/END`` for ranges and for periods that are no calendar unit: a quarter or
a half is a range of months (precision "quarter", "half"), a week a range of days
(precision "week"), a season a range of months, a decade or a century a range of
years. The value is None when it cannot be known: a relative date, or one without
a year, with no release date to count from; a vague one ("несколько дней назад");
a time with no date in its sentence. Durations ("два года") are not dates.
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Callable, NamedTuple, Optional

from .. import lexicon, morph
from ..doc import Doc, Sentence
from ..records import DateMention
from .read import read

# ---------------------------------------------------------------- the words


_WORDS = lexicon.date_words()

_H = r"[^\S\n]"  # a date never runs over a line break
_S = _H + "+"
_S0 = _H + "*"
_DASH = "[-\u2010\u2011\u2012\u2013\u2014\u2212]"


def _alternation(*kinds: str) -> str:
    """The forms of these kinds as one alternation, longest first."""
    forms = sorted({f for k in kinds for f in _WORDS[k]}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", _S).replace("е", "[её]") for f in forms) + ")"


def _words(*kinds: str) -> str:
    """The forms of these kinds, as whole words."""
    return _alternation(*kinds) + r"(?!\w)"


def _word(kind: str, text: str) -> Optional[str]:
    return _WORDS[kind].get(" ".join(text.lower().replace("ё", "е").split()))


# ---------------------------------------------------------------- the atoms

_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])(?:-(?:го|е|ое))?"
_Y4 = r"(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})"
_YEAR_WORD = r"(?:годами|годах|годов|годом|году|годы|года|год|гг\.?|г\.?)(?!\w)"
_YEARS_WORD = r"(?:годами|годах|годов|годы|гг\.?)(?!\w)"
_YEAR_SUFFIX = r"(?:-(?:го|м|й))"
_MONTH = _words("month")
_MONTH_ANY = rf"(?:{_MONTH}|{_alternation('month.')}(?:\.|(?!\w)))"
_TAIL = (rf"(?:{_S}(?P<y>{_Y4})(?![0-9]){_YEAR_SUFFIX}?(?:{_S0}{_YEAR_WORD})?"
         rf"|{_S}(?P<ty>{_words('this-year')})|{_S}(?P<sy>{_words('same-year')}))")
_COUNT = rf"(?:{_words('about')}{_S})?(?:(?P<n>[0-9]{{1,3}}|{_words('number')})|(?P<few>{_words('few')}))"
_HOUR = r"(?P<hh>[01]?[0-9]|2[0-3])"
_PREPOSITIONS = frozenset(p.word for p in lexicon.prepositions().values() if p.time)
_AT = rf"(?<![\w-])(?:{'|'.join(sorted(_PREPOSITIONS))}){_S}"
_B = r"(?<![\w.,])"  # not inside a word or a number


def _first(*kinds: str) -> frozenset[str]:
    """The words the forms of these kinds begin with (lower case, ё as е)."""
    return frozenset(re.match(r"[^\W\d_]+", f).group() for k in kinds for f in _WORDS[k])


# Where each atom may begin: at one of these words, at a number ("<digits>") or at a Roman
# numeral ("<roman>"). An atom's regex is tried only there, not at every character.
_DIGITS = frozenset({"<digits>"})
_ROMANS = frozenset({"<roman>"})
_COUNTS = _first("about", "few", "exact", "number", "ago") | _DIGITS

_ATOMS = [
    ("iso", _DIGITS, rf"(?<![\w.,/-])(?P<y>{_Y4})-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])"
            rf"(?:[T ](?P<hh>[01][0-9]|2[0-3]):(?P<mi>[0-5][0-9])(?::[0-5][0-9])?)?(?![\w-]|[.,][0-9])"),
    ("numeric", _DIGITS, rf"(?<![\w.,/])(?P<d>0?[1-9]|[12][0-9]|3[01])(?P<sep>[./])(?P<mo>0?[1-9]|1[0-2])(?P=sep)"
                rf"(?P<y>[0-9]{{4}}|[0-9]{{2}})(?:{_S0}{_YEAR_WORD}|(?![\w]|[.,/][0-9]))"),
    ("days", _DIGITS, rf"{_B}(?P<d>{_DAY}){_S0}{_DASH}{_S0}(?P<d2>{_DAY}){_S}(?P<mo>{_MONTH_ANY}){_TAIL}?"),
    ("days", frozenset({"с", "со", "c"}), rf"(?<![\w-])(?:[сc]|со){_S}(?P<d>{_DAY}){_S}(?:по|до|на){_S}(?P<d2>{_DAY}){_S}"
             rf"(?P<mo>{_MONTH_ANY}){_TAIL}?"),
    ("day", _DIGITS, rf"{_B}(?P<d>{_DAY}){_S}(?P<mo>{_MONTH_ANY}){_TAIL}?"),
    ("month", _first("month"), rf"(?<!\w)(?P<mo>{_MONTH}){_TAIL}?"),
    ("years", _DIGITS, rf"(?<![\w.,/])(?P<y>{_Y4})(?P<sep>/|{_DASH})(?P<y2>[0-9]{{4}}|[0-9]{{2}})(?![\w/]|[.,][0-9])"
              rf"(?:{_S0}(?P<g>{_YEARS_WORD}))?"),
    ("year", _DIGITS, rf"{_B}(?<![0-9]{_H})(?P<y>{_Y4}|[1-9][0-9]{{2}})(?:(?P<sfx>{_YEAR_SUFFIX})?{_S0}(?P<g>{_YEAR_WORD})"
             rf"|(?P<sfx2>{_YEAR_SUFFIX})?(?![\w]|[.,][0-9]|{_H}[0-9]{{3}}(?![0-9])|{_DASH}[^\W\d_]))"),
    ("decade", _DIGITS, rf"{_B}(?P<dec>(?:1[0-9]|20)?[0-9]0){_DASH}?(?:е|х|ые|ых)(?!\w)(?:{_S0}(?P<g>{_YEARS_WORD}))?"),
    ("decade_word", _first("decade"), rf"(?<![\w-])(?P<decw>{_words('decade')}){_S}(?P<g>{_YEARS_WORD})"
                    rf"(?:{_S}(?:двадцатого|прошлого|(?-i:XX|ХХ)){_S}века)?"),
    ("century", _DIGITS | _ROMANS, rf"(?<![\w-])(?P<c>(?-i:[IVXLCХ]+)|[0-9]{{1,2}})(?:-(?:й|го|м))?{_S}"
                rf"(?:век(?:а|е|ом|у|ов)?(?!\w)|вв?\.)"),
    ("part", _first("ordinal") | _ROMANS | _DIGITS, rf"(?<![\w-])(?P<n>{_words('ordinal')}|(?-i:I{{1,3}}|IV)(?!\w)"
             rf"|[1-4](?:-(?:й|м|го|ом|е))?){_S}(?:(?P<q>квартал(?:а|е|у|ом)?(?!\w)|кв\.)|полугоди(?:е|я|и|ю|ем)(?!\w))"
             rf"{_TAIL}?"),
    ("season", _first("season", "season:"), rf"(?<![\w-])(?P<s>{_words('season', 'season:')}){_TAIL}?"),
    ("shifted", _first("shift"), rf"(?<![\w-])(?P<sh>{_words('shift')}){_S}(?:(?P<u>{_words('unit')})"
                rf"|(?P<wd>{_words('weekday')})|(?P<mo>{_MONTH})|(?P<s>{_words('season', 'season:')})"
                rf"|(?P<we>{_words('weekend')}))(?!{_S}назад)"),
    ("year_adjective", _first("year-adjective"), rf"(?<![\w-])(?P<ya>{_words('year-adjective')})"),
    ("relday", _first("day"), rf"(?<![\w-])(?P<rd>{_words('day')})"),
    ("ago", _COUNTS, rf"(?<![\w-])(?:(?P<exact>{_words('exact')}){_S})?(?:{_COUNT}{_S})?(?P<u>{_words('ago')}){_S}"
            rf"(?:тому{_S})?назад(?!\w)"),
    ("after", frozenset({"через", "спустя"}), rf"(?<![\w-])(?:через|спустя){_S}(?:{_COUNT}{_S})?(?P<u>{_words('ago')})"),
    ("after", _COUNTS, rf"(?<![\w-]){_COUNT}{_S}(?P<u>{_words('ago')}){_S}спустя(?!\w)"),
    ("same", _first("same"), rf"(?<![\w-])(?P<x>{_words('same')})"),
    ("next", _first("next"), rf"(?<![\w-])(?P<x>{_words('next')})"),
    ("weekend", _first("weekend"), rf"(?<![\w-]){_words('weekend')}(?!{_S}(?:дн|и{_S}праздничн))"),
    ("weekday", _first("weekday", "weekday?"), rf"(?<![\w-])(?:(?P<wd>{_words('weekday')})|(?P<wdq>{_words('weekday?')}))"),
    ("time", _DIGITS, rf"(?<![\w.:,]){_HOUR}:(?P<mi>[0-5][0-9])(?::[0-5][0-9])?(?![0-9]|[.,:][0-9])"),
    ("time", _PREPOSITIONS, rf"{_AT}{_HOUR}\.(?P<mi>[0-5][0-9])(?![0-9]|[.,][0-9])"),
    ("time", _PREPOSITIONS, rf"{_AT}{_HOUR}{_S0}(?:часов|часа|час(?!\w)|ч\.|ч(?!\w))"
             rf"(?:{_S}(?P<mi>[0-5]?[0-9]){_S0}(?:минут[аы]?(?!\w)|мин\.|мин(?!\w)))?"),
]
_ATOM_PATTERNS = [(name, firsts, re.compile(pattern, re.I)) for name, firsts, pattern in _ATOMS]
_FIRSTS = frozenset().union(*(firsts for _, firsts, _ in _ATOMS))
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"[0-9]+")
_ROMAN_LETTERS = "IVXLCХ"
_ROMAN = re.compile(f"[{_ROMAN_LETTERS}]+")
# Words without which an atom cannot match: a text lacking them all is not scanned for it,
# which spares most releases several of the slowest patterns.
_NEEDS = {
    "ago": ("назад",),
    "after": ("через", "спустя"),
    "part": ("квартал", "кв.", "полугоди"),
    "decade_word": ("год", "гг"),
    "century": ("век", "в."),
    "weekend": ("выходн",),
}


class _Point(NamedTuple):
    """A calendar point as precise as the text says; a missing year is taken from the release."""

    year: Optional[int]
    month: Optional[int] = None
    day: Optional[int] = None


@dataclass
class _Cand:
    """A date being found: its span and what the text says of it."""

    start: int
    stop: int
    kind: str  # "date", "time", "weekday" or "relative"
    lo: Optional[_Point] = None
    hi: Optional[_Point] = None
    precision: Optional[str] = None  # for halves, quarters and weeks, which no point says
    year_shift: Optional[int] = None  # "в июне т.г.": the release's year plus this
    year_before: bool = False  # "в мае того же года": the year of the date mentioned before
    rel: Optional[tuple] = None  # counted from the release or the date before: ("day", n), ...
    weekday: Optional[int] = None
    times: Optional[tuple] = None  # ((h, m), (h, m) or None)
    needs: Optional[str] = None  # a weak atom is kept only with a preposition ("prep") or a date ("date")
    atoms: tuple[str, ...] = ()  # the atoms it was made of, for explain
    adjective: bool = False  # "на прошлогодней встрече": the preposition before it is its noun's
    edition: bool = False  # "Astana Tech 2025", "ЧМ-2018": the year of a named edition


def _int(text: str) -> int:
    return int(text.split("-")[0])


def _count(m: re.Match) -> Optional[int]:
    """The number of "два года назад", 1 for "год назад", None for "несколько лет назад"."""
    if m.group("few"):
        return None
    if m.group("n"):
        return int(_word("number", m.group("n")) or m.group("n"))
    return 1


def _roman(text: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    digits = [values[ch] for ch in text.replace("Х", "X")]
    return sum(-v if i + 1 < len(digits) and digits[i + 1] > v else v for i, v in enumerate(digits))


def _month(text: str) -> int:
    return int(_word("month", text) or _word("month.", text.rstrip(".")))


def _months(text: str) -> tuple[int, int]:
    first, last = (_word("season", text) or _word("season:", text)).split("-")
    return int(first), int(last)


def _tailed(m: re.Match, cand: _Cand) -> _Cand:
    """The year after a month, a quarter or a season, written out or relative ("т.г.");
    without one, a month or a season wants a preposition."""
    if m.group("y"):
        year = int(m.group("y"))
        cand.lo = cand.lo._replace(year=year - (cand.hi is not None and _md(cand.lo) > _md(cand.hi)))
        if cand.hi:
            cand.hi = cand.hi._replace(year=year)
    elif m.group("ty"):
        cand.year_shift = int(_word("this-year", m.group("ty")))
    elif m.group("sy"):
        cand.year_before = True
    return cand


def _numeric(m: re.Match, text: str) -> Optional[_Cand]:
    """"2025-07-31", "2025-07-31T10:10", "31.07.2025", "31/07/25"."""
    g = m.group
    year = int(g("y"))
    if len(g("y")) == 2:  # two-digit years as POSIX reads them: 69 and below are 20xx
        if g("sep") == "/":
            return None
        year += 2000 if year < 70 else 1900
    hour = m.groupdict().get("hh")  # an ISO date may say its time
    times = ((int(hour), int(g("mi"))), None) if hour else None
    return _Cand(*m.span(), "date", _Point(year, int(g("mo")), int(g("d"))), times=times)


def _days(m: re.Match, text: str) -> Optional[_Cand]:
    """"10–12 мая", "с 10 по 12 мая 2025 года"."""
    first, last, month = _int(m.group("d")), _int(m.group("d2")), _month(m.group("mo"))
    if first >= last:
        return None
    return _tailed(m, _Cand(*m.span(), "date", _Point(None, month, first), _Point(None, month, last)))


def _day(m: re.Match, text: str) -> Optional[_Cand]:
    """"31 июля 2025 г.", "5 мая", "8 мая т.г."."""
    return _tailed(m, _Cand(*m.span(), "date", _Point(None, _month(m.group("mo")), _int(m.group("d")))))


def _month_atom(m: re.Match, text: str) -> Optional[_Cand]:
    """"июль 2025 года", "в июне т.г."; a bare month wants a preposition."""
    needs = None if m.group("y") or m.group("ty") or m.group("sy") else "prep"
    return _tailed(m, _Cand(*m.span(), "date", _Point(None, _month(m.group("mo"))), needs=needs))


def _years(m: re.Match, text: str) -> Optional[_Cand]:
    """"2016/17", "2024/2025": a season or a school year; "1989-90"."""
    g = m.group
    first, last = int(g("y")), int(g("y2"))
    if last < 100:
        last += first - first % 100 + (100 if last < first % 100 else 0)
    if g("sep") == "/" and last != first + 1 or g("sep") != "/" and (g("y2") == str(last) or last <= first):
        return None  # "1979–1980 годы" is two years the range pass joins
    return _Cand(*m.span(), "date", _Point(first), _Point(last), needs=None if g("sep") == "/" or g("g") else "prep")


# A year that names the edition of an event or a product: after a hyphen ("ЧМ-2018"), or after a
# Latin or upper-case Cyrillic name ("CERAWeek 2025", "EXPO 2017", "ИННОПРОМ 2025"); or after a
# capitalised Cyrillic word within a sentence, which is a name's ("выставке Иннопром 2025", "Центральная
# Азия 2025"), unless the number counts what follows ("купил Иван 2025 акций").
_NAMED = re.compile(r"(?:[^\W\d_]-|(?<![\w-])(?:[A-Za-z][\w&]*|[А-ЯЁ]{3,}) )$")
_NAMED_WORD = re.compile(r"(?<=[\w»\"] )[А-ЯЁ][а-яё]+ $")


def _year(m: re.Match, text: str) -> Optional[_Cand]:
    """"2025 год", "2025-й", "ЧМ-2018", "CERAWeek 2025"; a bare "2025" wants a preposition."""
    g = m.group
    start, stop = m.span()
    year = int(g("y"))
    if year < 1000 and not g("g") or _AGE.match(text, stop):
        return None  # "на 102-м году жизни" is an age
    named = _NAMED.search(text, max(0, start - 40), start) is not None \
        or _NAMED_WORD.search(text, max(0, start - 40), start) is not None and not _counted_plural(text, stop)
    needs = None if g("g") or g("sfx") or g("sfx2") or named else "prep"
    return _Cand(start, stop, "date", _Point(year), needs=needs, edition=named and not g("g"))


def _decade_word(m: re.Match, text: str) -> Optional[_Cand]:
    """"девяностые годы"."""
    decade = int(_word("decade", m.group("decw")))
    return _Cand(*m.span(), "date", _Point(decade), _Point(decade + 9))


def _decade(m: re.Match, text: str) -> Optional[_Cand]:
    """"1990-е", "90-х годов": the last century's, save "00-е" and "10-е"."""
    decade = int(m.group("dec"))
    if decade < 100:
        if not m.group("g") and _counts_something(text, m.end()):
            return None  # "на 40-е место"
        decade += 2000 if decade < 20 else 1900
    return _Cand(*m.span(), "date", _Point(decade), _Point(decade + 9))


def _century(m: re.Match, text: str) -> Optional[_Cand]:
    """"XX век", "21-го века"."""
    c = m.group("c")
    century = _roman(c) if c.isalpha() else int(c)
    if not 1 <= century <= 21:
        return None
    return _Cand(*m.span(), "date", _Point(century * 100 - 99), _Point(century * 100))


def _part(m: re.Match, text: str) -> Optional[_Cand]:
    """"I квартал 2026 года", "во втором полугодии": a range of months."""
    g = m.group
    n = _word("ordinal", g("n"))
    n = int(n) if n else _roman(g("n")) if g("n").isalpha() else _int(g("n"))
    size, precision = (3, "quarter") if g("q") else (6, "half")
    if n * size > 12:
        return None
    return _tailed(m, _Cand(*m.span(), "date", _Point(None, n * size - size + 1), _Point(None, n * size),
                            precision=precision))


def _season(m: re.Match, text: str) -> Optional[_Cand]:
    """"весной", "летом 2025 года"; "весна" wants a year or a preposition."""
    first, last = _months(m.group("s"))
    needs = None if m.group("y") or m.group("ty") or m.group("sy") or _word("season:", m.group("s")) else "prep"
    return _tailed(m, _Cand(*m.span(), "date", _Point(None, first), _Point(None, last), needs=needs))


def _shifted(m: re.Match, text: str) -> Optional[_Cand]:
    """"на прошлой неделе", "в следующий вторник", "в июне прошлого года"... counted from the release."""
    g = m.group
    start, stop = m.span()
    shift = int(_word("shift", g("sh")))
    if g("u"):
        return _Cand(start, stop, "relative", rel=("unit", _word("unit", g("u")), shift))
    if g("wd"):
        return _Cand(start, stop, "relative", rel=("weekday", int(_word("weekday", g("wd"))), shift))
    if g("we"):
        return _Cand(start, stop, "relative", rel=("weekend", shift))
    if g("mo"):
        return _Cand(start, stop, "date", _Point(None, _month(g("mo"))), year_shift=shift)
    first, last = _months(g("s"))
    return _Cand(start, stop, "date", _Point(None, first), _Point(None, last), year_shift=shift)


def _year_adjective(m: re.Match, text: str) -> Optional[_Cand]:
    """"прошлогодний", "позапрошлогодней": the year so many before the release's."""
    return _Cand(*m.span(), "relative", rel=("unit", "year", int(_word("year-adjective", m.group("ya")))),
                 adjective=True)


def _relday(m: re.Match, text: str) -> Optional[_Cand]:
    """"вчера", "накануне", "сегодня"."""
    if m.group("rd").lower() == "накануне" and _genitive_follows(text, m.end()) \
            and not _participle_before(text, m.start()):
        return None  # "накануне визита": the eve of an event, not of the release
    return _Cand(*m.span(), "relative", rel=("day", int(_word("day", m.group("rd")))))


_WORD_BEFORE = re.compile(rf"([^\W\d_]+){_S0}\Z")


def _participle_before(text: str, start: int) -> bool:
    """Whether a participle in the genitive stands right before ``start``: "итоги состоявшегося
    накануне заседания", where the genitive after "накануне" is the participle's noun and "накануне"
    its adverb, the day before."""
    word = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if not word:
        return False
    tag = morph.parses(word.group(1).lower())[0].tag
    return "PRTF" in tag and "gent" in tag


def _counted_unit(m: re.Match) -> Optional[str]:
    """The unit of "два года назад", "через неделю"; None for "лет назад", which wants its number."""
    unit_word = m.group("u").lower()
    if not (m.group("n") or m.group("few")) and unit_word not in ("год", "месяц", "неделю", "день", "сутки"):
        return None
    return _word("ago", unit_word)


def _ago(m: re.Match, text: str) -> Optional[_Cand]:
    """"два года назад", "ровно год назад"."""
    unit = _counted_unit(m)
    return unit and _Cand(*m.span(), "relative", rel=("ago", unit, _count(m), bool(m.group("exact"))))


def _after(m: re.Match, text: str) -> Optional[_Cand]:
    """"через неделю" (from the release, or from the date before), "год спустя" (from the date before)."""
    unit = _counted_unit(m)
    return unit and _Cand(*m.span(), "relative", rel=("after", unit, _count(m), "через" in m.group(0).lower()))


def _same(m: re.Match, text: str) -> Optional[_Cand]:
    """"в тот же день", "в том же году": the date mentioned before."""
    return _Cand(*m.span(), "relative", rel=("same", _word("same", m.group("x"))))


def _next(m: re.Match, text: str) -> Optional[_Cand]:
    """"на следующий день", "годом позже": counted from the date mentioned before."""
    unit, n = _word("next", m.group("x")).split(":")
    return _Cand(*m.span(), "relative", rel=("after", unit, int(n), False))


def _weekend(m: re.Match, text: str) -> Optional[_Cand]:
    """"в выходные"."""
    return _Cand(*m.span(), "relative", rel=("weekend", None), needs="prep")


def _weekday_atom(m: re.Match, text: str) -> Optional[_Cand]:
    """"в пятницу"; "среда", also a common noun, only next to a date."""
    iso = int(_word("weekday", m.group("wd")) if m.group("wd") else _word("weekday?", m.group("wdq")))
    return _Cand(*m.span(), "weekday", rel=("weekday", iso, None), needs="prep" if m.group("wd") else "date")


_SCORE = re.compile(r"сч[её]т\w*\W*\Z", re.I)


def _time_atom(m: re.Match, text: str) -> Optional[_Cand]:
    """"10:10", "в 15.00", "в 9 часов 30 минут"."""
    start = m.start("hh")  # the preposition of "в 15.00" is left to the prefix pass, as for any date
    if _SCORE.search(text, max(0, start - 12), start):
        return None  # "со счётом 15:13"
    if "." in m.group(0) and _counts_something(text, m.end()):
        return None  # "до 11.29 миллиарда"
    return _Cand(start, m.end(), "time", times=((int(m.group("hh")), int(m.group("mi") or 0)), None))


#: What each atom's match stands for, by the atom's name: a handler gives the candidate, or None
#: when the match is no date after all. Every atom of ``_ATOMS`` has one (checked at import).
HANDLERS: dict[str, Callable[[re.Match, str], Optional[_Cand]]] = {
    "iso": _numeric, "numeric": _numeric, "days": _days, "day": _day, "month": _month_atom, "years": _years,
    "year": _year, "decade": _decade, "decade_word": _decade_word, "century": _century, "part": _part,
    "season": _season, "shifted": _shifted, "year_adjective": _year_adjective, "relday": _relday, "ago": _ago,
    "after": _after, "same": _same,
    "next": _next, "weekend": _weekend, "weekday": _weekday_atom, "time": _time_atom,
}
if {name for name, _, _ in _ATOMS} != set(HANDLERS):
    raise ImportError(f"date atoms without a handler: {sorted({n for n, _, _ in _ATOMS} - set(HANDLERS))}, "
                      f"handlers without an atom: {sorted(set(HANDLERS) - {n for n, _, _ in _ATOMS})}")


_NEXT_WORD = re.compile(rf"{_S0}([^\W\d_]+)")
_AGE = re.compile(rf"{_S}жизни(?!\w)", re.I)


def _genitive_follows(text: str, stop: int) -> bool:
    word = _NEXT_WORD.match(text, stop)
    return bool(word) and "gent" in morph.parses(word.group(1))[0].tag


def _counts_something(text: str, stop: int) -> bool:
    """Whether a number is followed by a lower-case noun or adjective: "в 2000 раз" counts, it is no year."""
    word = _NEXT_WORD.match(text, stop)
    if not word or not word.group(1).islower():
        return False
    tag = morph.parses(word.group(1))[0].tag
    return "NOUN" in tag or "ADJF" in tag or "PRTF" in tag


def _counted_plural(text: str, stop: int) -> bool:
    """Whether a number is followed by a lower-case word that may be in the genitive plural, as what a
    number counts is ("2025 акций", "2025 человек"; not "2025 министр")."""
    word = _NEXT_WORD.match(text, stop)
    return bool(word) and word.group(1).islower() \
        and any({"gent", "plur"} <= p.tag.grammemes for p in morph.parses(word.group(1)))


def _atoms(text: str) -> list[_Cand]:
    # where each word that may begin an atom stands: numbers and words found apart, as one regex
    # of both asked of each match which it was; a word of Roman numerals' letters alone may be one
    starts: dict[str, list[int]] = {"<digits>": [m.start() for m in _NUMBER.finditer(text)]}
    for m in _WORD.finditer(text):
        word = m.group()
        if word[0] in _ROMAN_LETTERS and _ROMAN.fullmatch(word):
            starts.setdefault("<roman>", []).append(m.start())
        word = word.lower().replace("ё", "е")
        if word in _FIRSTS:
            starts.setdefault(word, []).append(m.start())
    found = []
    lower = text.lower()
    for name, firsts, pattern in _ATOM_PATTERNS:
        if name in _NEEDS and not any(word in lower for word in _NEEDS[name]):
            continue
        end = 0  # as finditer does, a match begins after the one before
        for start in sorted({at for word in firsts for at in starts.get(word, ())}):
            m = pattern.match(text, start) if start >= end else None
            if m:
                end = m.end()
                cand = HANDLERS[name](m, text)
                if cand is not None:
                    cand.atoms = (name,)
                    found.append(cand)
    found.sort(key=lambda c: (c.start, -c.stop))
    kept: list[_Cand] = []
    for cand in found:
        if not kept or cand.start >= kept[-1].stop:
            kept.append(cand)
    return kept


# ---------------------------------------------------------------- combinations

_GAP_DASH = re.compile(rf"{_S0}{_DASH}{_S0}")
_GAP_TO = re.compile(rf"{_S}(?:по|до){_S}", re.I)
_FROM = re.compile(rf"(?<![\w-])(?:[сc]|со|от){_S}\Z", re.I)
_GAP_AND_TO = re.compile(rf"{_S}и{_S}", re.I)
_BETWEEN = re.compile(rf"(?<![\w-])между{_S}\Z", re.I)
_GAP_COMMA = re.compile(rf"{_S0}(?:,|{_DASH})?{_S0}")
_GAP_COMMA_AT = re.compile(rf"{_S0}(?:,|{_DASH}){_S0}(?:(?:в|во){_S})?", re.I)
_GAP_AT = re.compile(rf"{_S0}(?:,{_S0})?(?:(?:в|во|с|со|к|около){_S})?", re.I)
_GAP_AND = re.compile(rf"{_S0},{_S0}|{_S0},?{_S}(?:и|или){_S}", re.I)
_GAP_THEN = re.compile(rf"{_S0}(?:,|{_DASH})?{_S0}(?:(?:в|во){_S})?", re.I)

_PREP = r"(?:в|во|[сc]|со|на|до|за|по|от|около|к|ко|между)"
_MOD = (rf"(?:(?:самом{_S})?(?:начал[еоау]|конц[еау]|конец|середин[еуы]|течение|протяжении)"
        rf"|(?P<half>перв|втор)(?:ой|ую|ая){_S}половин[еуы])")
_PREFIX = re.compile(rf"(?<![\w-])(?:{_PREP}{_S})?(?:{_MOD}{_S})?\Z", re.I)


def _calendar(c: _Cand) -> bool:
    """A date said by the calendar ("5 мая", "в июне т.г."), not counted from another."""
    return c.kind == "date"


def _single_day(c: _Cand) -> bool:
    """A cand naming one day: a calendar date or a relative day or weekday."""
    if c.kind == "date":
        return c.hi is None and c.lo.day is not None
    return c.rel is not None and c.rel[0] in ("day", "weekday")


def _range(a: _Cand, b: _Cand, text: str) -> Optional[_Cand]:
    """"X – Y", "с X по Y", "с X до Y", "от X до Y", "между X и Y" as one range."""
    gap = text[a.stop:b.start]
    start = a.start
    if not _GAP_DASH.fullmatch(gap):
        opener = _FROM if _GAP_TO.fullmatch(gap) else _BETWEEN if _GAP_AND_TO.fullmatch(gap) else None
        found = opener and opener.search(text, max(0, a.start - 12), a.start)
        if not found:
            return None
        start = found.start()
    if a.kind == "time" and b.kind == "time" and a.times[1] is None:
        return replace(a, start=start, stop=b.stop, times=(a.times[0], b.times[0]))
    if not (_calendar(a) and _calendar(b)):
        return None
    lo, hi = a.lo, b.hi or b.lo
    if lo.year is not None and hi.year is not None and (lo.year, *_md(lo)) > (hi.year, *_md(hi)):
        return None
    shift = b.year_shift if b.year_shift is not None else a.year_shift
    precision = a.precision if a.precision == b.precision else None
    return _Cand(start, b.stop, "date", lo, hi, precision=precision, year_shift=shift,
                 year_before=a.year_before or b.year_before)


def _combine(a: _Cand, b: _Cand, text: str) -> Optional[_Cand]:
    """The one cand two neighbours make, if they make one."""
    gap = text[a.stop:b.start]
    if b.kind == "time" and a.times is not None and a.times[1] is None and b.times[1] is None:
        if _GAP_DASH.fullmatch(gap) or _GAP_TO.fullmatch(gap):  # "с 10:00 до 18:00" after a date
            return replace(a, stop=b.stop, times=(a.times[0], b.times[0]))
    if b.kind == "time" and a.times is None and _single_day(a) and _GAP_AT.fullmatch(gap):
        return replace(a, stop=b.stop, times=b.times, needs=None)
    if a.kind == "time" and b.times is None and _single_day(b) and _GAP_THEN.fullmatch(gap):
        return replace(b, start=a.start, times=a.times, needs=None)  # "в 19:00 25 ноября", "17:00 понедельника"
    if b.kind == "date" and _single_day(b) and _GAP_COMMA.fullmatch(gap):
        if a.rel is not None and a.rel[0] == "weekday":
            return replace(b, start=a.start, weekday=a.rel[1])
        if a.rel is not None and a.rel[0] == "day":  # "вчера, 9 мая"
            return replace(b, start=a.start)
    if a.kind == "date" and _single_day(a) and b.kind == "weekday" and _GAP_COMMA_AT.fullmatch(gap):
        return replace(a, stop=b.stop, weekday=b.rel[1])
    merged = _range(a, b, text)
    if merged is not None:
        merged.needs = None
    return merged


def _yearless(c: _Cand) -> bool:
    return c.year_shift is None and not c.year_before and c.lo.year is None and (c.hi is None or c.hi.year is None)


def _combined(atoms: list[_Cand], text: str) -> list[_Cand]:
    out: list[_Cand] = []
    for cand in atoms:
        while out:
            merged = _combine(out[-1], cand, text)
            if merged is None:
                break
            merged.atoms = out[-1].atoms + cand.atoms
            cand = merged
            out.pop()
        out.append(cand)
    # "30 июня и 1 июля 2019 года": the first date takes the year of the second
    for a, b in zip(out, out[1:]):
        if (_calendar(a) and _calendar(b) and _yearless(a) and not _yearless(b)
                and _GAP_AND.fullmatch(text[a.stop:b.start])):
            if b.year_shift is not None or b.year_before:
                a.year_shift, a.year_before = b.year_shift, b.year_before
            elif b.lo.year is not None:
                a.lo, a.hi = _placed(a, b.lo.year - (_md(a.hi or a.lo) > _md(b.lo)))
    return out


def _md(p: _Point) -> tuple:
    """Where a point falls within its year."""
    return (p.month or 0, p.day or 0)


def _placed(c: _Cand, year: int) -> tuple[_Point, Optional[_Point]]:
    """The points of a cand whose end falls in ``year``; a start later in the year is the year before's."""
    end = c.hi or c.lo
    start_year = year - (_md(c.lo) > _md(end))
    return c.lo._replace(year=start_year), (c.hi._replace(year=year) if c.hi else None)


def _bare_year(c: _Cand) -> bool:
    return _calendar(c) and c.hi is None and c.lo.month is None


def _with_prefix(c: _Cand, text: str) -> _Cand:
    """Take in the preposition and modifier in front: "в", "до конца", "во второй половине"."""
    m = _PREFIX.search(text, max(0, c.start - 40), c.start)
    if m is None or m.start() == c.start or c.adjective:
        return c
    needs = c.needs
    if needs == "prep" and not (_bare_year(c) and _counts_something(text, c.stop)):
        needs = None
    c = replace(c, start=m.start(), needs=needs)
    if m.group("half") and _bare_year(c):
        first = 1 if m.group("half").lower() == "перв" else 7
        c = replace(c, lo=_Point(c.lo.year, first), hi=_Point(c.lo.year, first + 5), precision="half")
    return c


_OPENS = re.compile(rf"\({_S0}(?:,{_S0})?\Z")
_CLOSES = re.compile(rf"{_S0}\)")


def _bracketed(c: _Cand, text: str) -> bool:
    """A bare year in brackets, as after a title: "(1994)", "(1994, 1997)"."""
    return (_bare_year(c) and not _counts_something(text, c.stop)
            and bool(_OPENS.search(text, max(0, c.start - 4), c.start) or _CLOSES.match(text, c.stop)))


def _family(c: _Cand) -> str:
    return "weekday" if c.rel is not None and c.rel[0] == "weekday" else c.kind


def _kept(cands: list[_Cand], text: str) -> list[_Cand]:
    """Drop the weak atoms left alone. One coordinated with a kept date of its kind is kept:
    "в 1958, 1962 и 1970 годах", "в пятницу и субботу"."""
    keep = [c.needs is None or c.needs == "prep" and _bracketed(c, text) for c in cands]
    for order in (range(len(cands)), range(len(cands) - 1, -1, -1)):
        for i in order:
            if keep[i] or cands[i].needs != "prep" or _bare_year(cands[i]) and _counts_something(text, cands[i].stop):
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < len(cands) and keep[j] and _family(cands[i]) == _family(cands[j]):
                    a, b = (cands[i], cands[j]) if i < j else (cands[j], cands[i])
                    keep[i] = keep[i] or bool(_GAP_AND.fullmatch(text[a.stop:b.start]))
    return [c for c, k in zip(cands, keep) if k]


# ---------------------------------------------------------------- values


def _first_day(p: _Point) -> date:
    return date(p.year, p.month or 1, p.day or 1)


def _last_day(p: _Point) -> date:
    month = p.month or 12
    return date(p.year, month, p.day or calendar.monthrange(p.year, month)[1])


def _fmt(p: _Point) -> str:
    if p.day is not None:
        return f"{p.year:04d}-{p.month:02d}-{p.day:02d}"
    if p.month is not None:
        return f"{p.year:04d}-{p.month:02d}"
    return f"{p.year:04d}"


def _precision(p: _Point) -> str:
    return "day" if p.day is not None else "month" if p.month is not None else "year"


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + month - 1 + n
    return k // 12, k % 12 + 1


def _point(d: date) -> _Point:
    return _Point(d.year, d.month, d.day)


def _monday(d: date) -> date:
    return d - timedelta(days=d.isoweekday() - 1)


def _week(d: date) -> tuple[_Point, _Point]:
    monday = _monday(d)
    return _point(monday), _point(monday + timedelta(days=6))


_Span = tuple[_Point, Optional[_Point]]


def _rel_precision(rel: tuple) -> str:
    """The precision of a relative date, known before (or without) counting it."""
    kind = rel[0]
    if kind in ("unit", "same"):
        return rel[1]
    if kind == "ago":
        return "day" if rel[3] else rel[1]
    if kind == "after":
        return "day" if rel[1] == "week" else rel[1]
    return "day"


def _weekday(ref: date, iso: int, shift: Optional[int], tense: Optional[str]) -> date:
    """The weekday ``iso`` of the week ``shift`` weeks from the release's, else the next one
    (a future verb) or the last one."""
    if shift is not None:
        return _monday(ref) + timedelta(weeks=shift, days=iso - 1)
    if tense == "future":
        return ref + timedelta(days=(iso - ref.isoweekday()) % 7)
    return ref - timedelta(days=(ref.isoweekday() - iso) % 7)


def _from_release(rel: tuple, ref: date, tense: Optional[str]) -> Optional[_Span]:
    """A relative date counted from the release date."""
    kind = rel[0]
    if kind == "day":
        return _point(ref + timedelta(days=rel[1])), None
    if kind == "weekday":
        return _point(_weekday(ref, rel[1], rel[2], tense)), None
    if kind == "weekend":
        saturday = _weekday(ref, 6, rel[1], tense)
        return _point(saturday), _point(saturday + timedelta(days=1))
    if kind == "unit":
        _, unit, shift = rel
        if unit == "year":
            return _Point(ref.year + shift), None
        if unit == "month":
            return _Point(*_add_months(ref.year, ref.month, shift)), None
        return _week(ref + timedelta(weeks=shift))
    _, unit, n, exact = rel  # "ago"
    if n is None:
        return None
    if unit in ("day", "week"):
        day = ref - timedelta(days=n * (7 if unit == "week" else 1))
        return (_point(day), None) if unit == "day" or exact else _week(day)
    year, month = _add_months(ref.year, ref.month, -n * (12 if unit == "year" else 1))
    if exact:
        return _Point(year, month, min(ref.day, calendar.monthrange(year, month)[1])), None
    return (_Point(year) if unit == "year" else _Point(year, month)), None


def _from_before(rel: tuple, before: Optional[_Span]) -> Optional[_Span]:
    """A date counted from the one mentioned before: "на следующий день", "в том же году"."""
    if before is None:
        return None
    lo, hi = before
    end = hi or lo
    unit = rel[1]
    if rel[0] == "same":
        if unit == "day":
            return (lo, None) if hi is None and lo.day is not None else None
        return (_Point(lo.year, lo.month), None) if unit == "month" and lo.month else (_Point(lo.year), None)
    n = rel[2]
    if n is None:
        return None
    if unit == "year":
        return _Point((end if n > 0 else lo).year + n), None
    if unit == "month":
        return (_Point(*_add_months(end.year, end.month, n)), None) if end.month else None
    if end.day is None:
        return None
    return _point(_first_day(end if n > 0 else lo) + timedelta(days=n * (7 if unit == "week" else 1))), None


def _fit_year(c: _Cand, ref: date, tense: Optional[str], lag: int = 0) -> _Span:
    """Years for a yearless date: the release's, or the one before (after) when a past
    (future) verb speaks of it but the date falls after (before) the release; or, for a day
    when the release may have come out up to ``lag`` days after ``ref``, after that (a month
    is too rough for a bound that close: "в середине февраля" after a lead of 1 January)."""
    year = ref.year
    lo, hi = _placed(c, year)
    if tense == "past" and _first_day(lo) > ref + timedelta(days=lag if lo.day is not None else 0):
        year -= 1
    elif tense == "future" and _last_day(hi or lo) < ref:
        year += 1
    if c.weekday is not None and c.hi is None and c.lo.day is not None:  # the weekday picks the year
        for y in (year, year - 1, year + 1):
            if _valid(c.lo._replace(year=y)) and date(y, c.lo.month, c.lo.day).isoweekday() == c.weekday:
                year = y
                break
    return _placed(c, year)


def _valid(p: _Point) -> bool:
    if p.year is None or not 1 <= p.year <= 9999:
        return False
    if p.month is not None and not 1 <= p.month <= 12:
        return False
    return p.day is None or 1 <= p.day <= calendar.monthrange(p.year, p.month)[1]


def _possible(c: _Cand) -> bool:
    """Whether a calendar cand can be a date at all: no 31 April, no 29 February 2025."""
    return all(p is None or _valid(p._replace(year=2000 if p.year is None else p.year)) for p in (c.lo, c.hi))


def _resolve(c: _Cand, ref: Optional[date], tense: Optional[str], before: Optional[_Span],
             lag: int = 0) -> Optional[_Span]:
    """The points a cand stands for, or None when they cannot be known; ``lag``: the days the
    release may have come out after ``ref``."""
    if c.kind == "time":
        return None
    if c.rel is not None:
        if c.rel[0] == "after" and c.rel[3] and tense == "future":  # "через неделю состоится": after the release
            return None if ref is None else _from_before(c.rel, (_point(ref), None))
        if c.rel[0] in ("same", "after"):
            return _from_before(c.rel, before)
        return None if ref is None else _from_release(c.rel, ref, tense)
    if c.year_shift is not None:
        return None if ref is None else _placed(c, ref.year + c.year_shift)
    if c.year_before:
        return None if before is None else _placed(c, (before[1] or before[0]).year)
    if _yearless(c):
        return None if ref is None else _fit_year(c, ref, tense, lag)
    if c.lo.year is None:  # "июль–август 2025 года"
        return _placed(c, c.hi.year)
    if c.hi is not None and c.hi.year is None:  # "с 28 декабря 2024 по 8 января"
        return c.lo, c.hi._replace(year=c.lo.year + (_md(c.hi) < _md(c.lo)))
    return c.lo, c.hi


def _value(span: Optional[_Span], c: _Cand) -> tuple[Optional[str], Optional[str]]:
    """The ISO value of a cand's points, and its precision."""
    if c.kind == "time":
        return None, "time"
    precision = _rel_precision(c.rel) if c.rel is not None else c.precision or _precision(c.hi or c.lo)
    if span is None:
        return None, precision
    lo, hi = span
    if not _valid(lo) or hi is not None and (not _valid(hi) or _first_day(lo) > _last_day(hi)):
        return None, precision
    if hi == lo:
        hi = None
    if c.times is not None and hi is None and lo.day is not None:
        return _at(_fmt(lo), c.times), "time"
    if hi is None:
        return _fmt(lo), c.precision or _precision(lo)
    if c.precision is None and c.rel is None:
        finer = {_precision(lo), _precision(hi)}
        precision = "day" if "day" in finer else "month" if "month" in finer else "year"
    return f"{_fmt(lo)}/{_fmt(hi)}", precision


def _at(day: str, times: tuple) -> str:
    """A day with its time, or with its span of time: "2025-05-08T10:00/2025-05-08T18:00"."""
    (hour, minute), until = times
    value = f"{day}T{hour:02d}:{minute:02d}"
    return value if until is None else f"{value}/{day}T{until[0]:02d}:{until[1]:02d}"


_DEADLINES = lexicon.words("deadline")


def _a_deadline(text: str, c: _Cand) -> bool:
    """Whether a cand is a bound something is to be done by or lasts until ("до 14 октября", "к 2030
    году"), its preposition one of words.tsv's deadline."""
    return text[c.start:c.stop].split(maxsplit=1)[0].lower() in _DEADLINES


# ---------------------------------------------------------------- tense

_PLANNED = lexicon.words("plan") | lexicon.words("plan_of_subject")
_SCHEDULE = lexicon.words("schedule")
_OFFICES = lexicon.words("office")


_CLAUSE_END = re.compile(r"[,;:()«»\"\u2013\u2014-]+")
_QUOTES = frozenset('«»"')
_CLAUSE_REACH = 25  # tokens either side: a verb farther off is another clause's, however unpunctuated


def _quoted(tokens: list, here: int) -> tuple[dict[int, int], dict[int, int]]:
    """The quotations within a clause's reach of token ``here`` that do not hold it, as the index of
    each opening mark to its closing one and of each closing mark to its opening one: «» pair by
    nesting, a straight quote with the next."""
    first = max(0, here - _CLAUSE_REACH)
    window = tokens[first:here + _CLAUSE_REACH + 1]
    if not any(t.text in _QUOTES for t in window):
        return {}, {}
    opens: dict[int, int] = {}
    stack: list[int] = []
    straight = None
    for j, token in enumerate(window, first):
        if token.text == "«":
            stack.append(j)
        elif token.text == "»" and stack:
            opens[stack.pop()] = j
        elif token.text == '"':
            if straight is None:
                straight = j
            else:
                opens[straight], straight = j, None
    opens = {a: b for a, b in opens.items() if not a <= here <= b}
    return opens, {b: a for a, b in opens.items()}


def tense(sentence: Optional[Sentence], at: int, infinitives: bool = False) -> Optional[str]:
    """The tense of the verb nearest to ``at`` in its clause: "past", "future" or None.

    The clause ends at punctuation: "поздравить с праздником Навруз 21 марта" is
    no past event for the "хотел" of another clause. Present tense says nothing of
    when ("проходит"), save for planning verbs ("планируется"); a future of быть
    ("будет подписан") makes the clause future and "бы" makes it say nothing. With
    ``infinitives``, an infinitive nearest says nothing either: a date of its act is
    not in the time of the verb governing it ("договорились провести заседание во
    втором полугодии" is to come, "успели провести в марте" past).
    """
    if sentence is None:
        return None
    tokens = sentence.tokens
    here = max(0, bisect.bisect_right(tokens, at, key=lambda t: t.start) - 1)
    # a quoted name is one word of its clause: "форум «Россия — спортивная держава» состоится"
    opens, closes = _quoted(tokens, here)
    first = here
    while first > max(0, here - _CLAUSE_REACH) and (
            first - 1 in closes or not _CLAUSE_END.fullmatch(tokens[first - 1].text)):
        first = closes.get(first - 1, first - 1)
    last = here
    while last < min(len(tokens) - 1, here + _CLAUSE_REACH) and (
            last + 1 in opens or not _CLAUSE_END.fullmatch(tokens[last + 1].text)):
        last = opens.get(last + 1, last + 1)
    best, nearest = None, None
    inside = {j for a, b in opens.items() for j in range(a, b + 1)}
    for j, token in enumerate(tokens[first:last + 1], first):
        if not token.text.isalpha() or j in inside:
            continue
        word = token.text.lower()
        if word == "бы":
            return None
        parse = morph.parses(word)[0]
        tag = parse.tag
        if "VERB" in tag:
            if tag.tense == "futr" and parse.normal_form == "быть":
                return "future"
            found = ("future" if tag.tense == "futr" or parse.normal_form in _PLANNED
                     else "past" if tag.tense == "past" else None)
        elif "PRTS" in tag:
            found = "future" if parse.normal_form in _PLANNED or _fixes_a_time(tokens, j, parse.normal_form) \
                else "past"
        elif infinitives and "INFN" in tag:
            found = None
        else:
            continue
        distance = abs(token.start - at)
        if best is None or distance < best:
            best, nearest = distance, found
    return nearest


def _fixes_a_time(tokens: list, j: int, lemma: str) -> bool:
    """Whether the short participle at token ``j`` fixes a time to come: "встреча назначена на 5 мая",
    "визит перенесён на осень" (words.tsv's schedule); not "назначен на эту должность", an office (its
    list office) among the two words after "на", nor "были назначены на 15 января", fixed before and
    maybe past."""
    if lemma not in _SCHEDULE or j + 1 >= len(tokens) or tokens[j + 1].text.lower() != "на":
        return False
    auxiliary = morph.parses(tokens[j - 1].text.lower())[0] if j else None
    if auxiliary is not None and auxiliary.normal_form == "быть" and auxiliary.tag.tense == "past":
        return False
    return not any(morph.lemma(t.text.lower()) in _OFFICES for t in tokens[j + 2:j + 4])


def _sentence_of(starts: list[int], sentences: list[Sentence], at: int) -> Optional[int]:
    """The index of the sentence ``at`` lies in, if any."""
    i = bisect.bisect_right(starts, at) - 1
    return i if i >= 0 and sentences[i].start <= at < sentences[i].stop else None


def _needs_tense(c: _Cand) -> bool:
    """Whether the value depends on the tense: a yearless date, "в понедельник", "через неделю"."""
    if c.rel is None:
        return c.kind == "date" and _yearless(c)
    kind = c.rel[0]
    return (kind == "weekday" and c.rel[2] is None or kind == "weekend" and c.rel[1] is None
            or kind == "after" and c.rel[3])


# ---------------------------------------------------------------- public


_RANK = {"year": 0, "month": 1, "day": 2}


def _reference(published: Optional[str]) -> tuple[Optional[date], str]:
    """The release date to count from and how precise it is: a URL may give only "2025-07"."""
    m = re.match(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", published or "")
    if m is None:
        return None, "day"
    year, month, day = (int(x) if x else None for x in m.groups())
    try:
        return date(year, month or 1, day or 1), "day" if day else "month" if month else "year"
    except ValueError:
        return None, "day"


def _needed(c: _Cand) -> str:
    """How precise a release date a cand needs: "в прошлом году" makes do with a year."""
    if c.year_shift is not None:
        return "year"
    if c.rel is not None and (c.rel[0] == "unit" or c.rel[0] == "ago" and not c.rel[3]) and c.rel[1] in _RANK:
        return c.rel[1]
    return "day"


def _cands(masked: str) -> list[_Cand]:
    cands = [_with_prefix(c, masked) for c in _combined(_atoms(masked), masked)]
    return [c for c in _kept(cands, masked) if not _calendar(c) or _possible(c)]


def find_dates(text: str, sentences: list[Sentence], published: Optional[str]) -> list[DateMention]:
    """Every date, period and time in the text, with offsets into ``text``.

    Values are ISO 8601 (see the module's docstring); relative dates and dates
    without a year are resolved against ``published`` (an ISO date; "YYYY-MM" or
    "YYYY" serves the dates that need no more, as "в прошлом году"), and have the
    value None without it. A time apart from any date takes the one day its
    sentence names, if the sentence names exactly one; else its value is None.
    """
    return _mentions(text, sentences, published, _cands(read(text).masked))


_LEAD_LAG = 31  # days a release may come out after the day its lead tells of


def _mentions(text: str, sentences: list[Sentence], published: Optional[str], cands: list[_Cand],
              note: Optional[Callable[[_Cand, str], None]] = None, lead: bool = False) -> list[DateMention]:
    """The cands' mentions; ``lead``: ``published`` is the day the lead tells of, which the release
    came out on or after ("8 октября дала пресс-конференцию" after a lead of 7 October is of that
    year)."""
    release, known = _reference(published)
    lag = _LEAD_LAG if lead else 0
    starts = [s.start for s in sentences]
    # "20–22 июня пройдёт конференция Astana Tech 2025" in a text of no date: the edition's year is the
    # year of the days its sentence names, when nothing else gives one
    editions: dict[Optional[int], int] = {}
    for c in cands:
        if c.edition:
            editions.setdefault(_sentence_of(starts, sentences, c.start), c.lo.year)
    found, before, day = [], None, None  # the last date, and the last single day, of a value
    dated = None  # the last period with its year and month written out ("12–14 сентября 2025 года")
    days: dict[Optional[int], set[str]] = {}  # the single days each sentence names
    for c in cands:
        where = _sentence_of(starts, sentences, c.start)
        verb_tense = tense(sentences[where], c.start, infinitives=True) \
            if where is not None and _needs_tense(c) else None
        ref = release if _RANK[known] >= _RANK[_needed(c)] else None
        try:
            # "В тот же день" after "по итогам 2025 года": the same day is the last day named
            same_day = c.rel is not None and c.rel[:2] == ("same", "day")
            yearless = ref is None and _calendar(c) and _yearless(c)
            edition = editions.get(where) if yearless else None
            edition = edition or (_year_of_within(c, dated) if yearless else None)
            span = _placed(c, edition) if edition else _resolve(c, ref, verb_tense, day if same_day else before, lag)
            value, precision = _value(span, c)
        except (ValueError, OverflowError):  # counting past year 1 or 9999
            span, (value, precision) = None, _value(None, c)
        if note is not None:
            note(c, _how(c, ref, verb_tense, before, value))
        if value is not None:
            if precision == "day" and "/" not in value:
                days.setdefault(where, set()).add(value)
            # "Фестиваль продлится до 14 октября. В тот же день ...": a bound is no day told of
            if not _a_deadline(text, c):
                before = span
                if _calendar(c) and not _yearless(c) and span[0].month is not None and _when_told(text, c):
                    dated = span
                if span[1] is None and span[0].day is not None:
                    day = span
        found.append((c, where, value, precision))
    mentions = []
    for c, where, value, precision in found:
        if c.kind == "time" and where is not None and len(days.get(where, ())) == 1:
            value = _at(next(iter(days[where])), c.times)
        mentions.append(DateMention(value, text[c.start:c.stop], c.start, c.stop, precision))
    return mentions


_WHEN = frozenset({"в", "во"})
_LAST_WORD = re.compile(r"(\w+)\W*\Z")


def _when_told(text: str, c: _Cand) -> bool:
    """Whether a date tells when what its sentence tells of happened: no preposition before it or
    "в" ("12–14 сентября 2025 года прошёл", "В сентябре 2025 года"); not a period reported on ("за
    январь–март 2025 года"), a document's day ("приказом от 12.03.2025"), a start or a bound."""
    first = text[c.start:c.stop].split()[0].lower()
    if not first.isalpha() or _word("month", first) is not None:
        m = _LAST_WORD.search(text, max(0, c.start - 30), c.start)
        first = m.group(1).lower() if m else ""
    return first in _WHEN or not any(p.tag.POS == "PREP" for p in morph.parses(first))


def _year_of_within(c: _Cand, dated: Optional[_Span]) -> Optional[int]:
    """In a text of no date, the year of the period told before with its year written out
    (``dated``) whose months a yearless date falls within ("12–14 сентября 2025 года прошёл фестиваль
    ... 13 сентября состоялся круглый стол"): a day of that period; None when it falls outside it."""
    if dated is None:
        return None
    lo, hi = dated
    hi = hi or lo
    if lo.year != hi.year or hi.month is None:
        return None
    inside = all(lo.month <= p.month <= hi.month for p in (c.lo, c.hi) if p is not None and p.month is not None)
    return lo.year if inside and c.lo.month is not None else None


# ---------------------------------------------------------------- the release's own date

_PUBLICATION = re.compile(
    rf"^{_S0}(?:дата(?:{_S}(?:публикации|размещения|опубликования))?|опубликовано|размещено|published|date)"
    rf"{_S0}(?::|{_DASH}|(?=[0-9]))(?P<rest>[^\n]*)", re.I | re.M)
_LINE = re.compile(r"[^\n]*\S[^\n]*")
_DATELINE_LINES = 10  # a dateline sits under the title and the lead, not deep in the body
_PLACE_BEFORE = re.compile(r"[^\W\d_][^\d\n]{0,40},")  # "МОСКВА, 8 мая 2025 года — ..."
_AFTER_DATELINE = re.compile(rf"{_DASH}|[^.!?\n]{{0,60}}\Z")
_URL_DAY = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})([/_.-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12][0-9]|3[01])(?![0-9])")
_URL_MONTH = re.compile(r"/((?:19|20)[0-9]{2})/(0[1-9]|1[0-2])(?:/|$)")


def _day(c: _Cand) -> Optional[str]:
    """The ISO day a cand names with its year written out, else None."""
    if not _calendar(c) or c.hi is not None or c.lo.day is None or not _valid(c.lo):
        return None
    return _fmt(c.lo)


def release_date(text: str, url: Optional[str] = None) -> tuple[Optional[str], Optional[str]]:
    """The release's own date from its text (and source URL): (ISO value, where from).

    Looked for, in this order, in a publication line ("Дата публикации: 8 мая 2025
    года, 10:10"), a dateline near the top ("8 мая 2025 года 10:10 Москва, Кремль"),
    the first date of the lead (the first two lines; a date with a preposition is
    some event's), and the URL (the given one,
    else the text's "Source URL:"). Where-from is "publication line", "dateline",
    "lead" or "url", or None when nothing is found. Text gives day precision
    (YYYY-MM-DD); a URL may give only a month.
    """
    release = read(text)
    return _release_date(release.masked, url or release.url, _cands(release.masked))


def _release_date(masked: str, url: Optional[str], cands: list[_Cand]) -> tuple[Optional[str], Optional[str]]:
    starts = [c.start for c in cands]

    def days_within(start: int, stop: int) -> list[_Cand]:
        return [c for c in cands[bisect.bisect_left(starts, start):bisect.bisect_left(starts, stop)] if _day(c)]

    for line in _PUBLICATION.finditer(masked):
        for c in days_within(line.start("rest"), line.end("rest"))[:1]:
            return _day(c), "publication line"
    lines = list(_LINE.finditer(masked))
    for line in lines[:_DATELINE_LINES]:
        for c in days_within(line.start(), line.end())[:1]:
            before = masked[line.start():c.start].strip()
            after = masked[c.stop:line.end()].strip().lstrip(",").strip()
            if (not before or _PLACE_BEFORE.fullmatch(before)) and _AFTER_DATELINE.match(after):
                return _day(c), "dateline"
    # the title and the lead; "Анонс на 29 апреля" names the event's day, not the release's
    lead = next((c for line in lines[:2] for c in days_within(line.start(), line.end())[:1]
                 if masked[c.start].isdigit()), None)
    if lead is not None and not _of_a_noun_before(masked[masked.rfind("\n", 0, lead.start) + 1:lead.start]):
        return _day(lead), "lead"
    if url:
        m = _URL_DAY.search(url)
        if m and _valid(_Point(int(m.group(1)), int(m.group(3)), int(m.group(4)))):
            return f"{m.group(1)}-{m.group(3)}-{m.group(4)}", "url"
        m = _URL_MONTH.search(url)
        if m:
            return f"{m.group(1)}-{m.group(2)}", "url"
    return None, None


_RELATIVE = lexicon.words("relative")
_TAKING_PLACE = lexicon.forms_of(lexicon.words("taking_place"), frozenset({"VERB", "PRTF"}))
_AFTER_COMMA = re.compile(r",(?:[^,.!?]|[.!?](?!\s))*\Z")  # from the last comma of the date's sentence


def _of_a_noun_before(before: str) -> bool:
    """Whether a date is told in a participial phrase or a relative clause set off by a comma after
    the noun it qualifies ("к 30-летию Ассамблеи, созданной 1 марта 1995 года", "музея, который открылся
    2 мая 1995 года"): the day of that noun's thing, not the one the lead tells of; unless the clause
    tells of something taking place ("церемонии, которая прошла 7 октября 2026 года"), the lead's
    occurrence."""
    m = _AFTER_COMMA.search(before)
    if m is None:
        return False
    first = [w.group().lower() for w in _WORD.finditer(before, m.start())][:2]
    if not first:
        return False
    # any reading: "данных" is read as the noun "данные" first, as a participle after a comma
    opened = any(p.tag.POS == "PRTF" for p in morph.parses(first[0])) or morph.lemma(first[0]) in _RELATIVE
    return opened and not any(w.replace("ё", "е") in _TAKING_PLACE for w in first)


def _how(c: _Cand, ref: Optional[date], verb_tense: Optional[str], before: Optional[_Span],
         value: Optional[str]) -> str:
    """How a cand's value was found, for explain."""
    if c.kind == "time":
        return "a time: the day its sentence names, if it names one"
    if value is None:
        return "no value: counted from a date the text does not give" if c.rel or _yearless(c) else "no value"
    if c.rel is not None:
        counted = "the date mentioned before" if c.rel[0] in ("same", "after") and before is not None \
            and not (c.rel[0] == "after" and c.rel[3] and verb_tense == "future") else "the release's date"
        return f"counted from {counted}" + (f", the verb being {verb_tense}" if verb_tense else "")
    if c.year_shift is not None:
        return f"the release's year {c.year_shift:+d}"
    if c.year_before:
        return "the year of the date mentioned before"
    if _yearless(c) and ref is None:
        return "the year of the named edition its sentence gives («Astana Tech 2025»), or of the period told " \
            "before whose months it falls within"
    if _yearless(c):
        return "the release's year" + (f", the verb being {verb_tense}" if verb_tense else "")
    return "as written"


def run(doc: Doc) -> None:
    """Gives ``published`` (a date the caller gives wins over the release's own), ``published_from``
    (where it came from) and ``dates``, with the text scanned once."""
    cands = _cands(doc.masked)
    published, where = doc.input.published, "caller"
    if published is None:
        published, where = _release_date(doc.masked, doc.url, cands)
    doc.published, doc.published_from = published, where
    note = None
    if doc.notes is not None:
        def note(c: _Cand, how: str) -> None:
            doc.note("dates", "+".join(c.atoms) or "range", c.start, c.stop, doc.text[c.start:c.stop], how)
    doc.dates = tuple(_mentions(doc.text, doc.sentences, published, cands, note, lead=where == "lead"))
