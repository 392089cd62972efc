"""Persons' names in parts: given name, patronymic (Russian or Kazakh), surname, initials.

One reading of a name for the whole package: the entities stage merges the mentions of a person
within a document by it, and ``linking`` compares the persons of many records by it, so that a
name both read the same way ("Ахметов Серик Нурланулы" is Серик Ахметов in a release and across
releases). Names come as the normalise stage writes them: words in the nominative, an initial a
capital letter with its dot ("В.В. Путин"); a capital letter alone is a syllable ("Ли И").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from . import lexicon, morph

_INITIAL = re.compile(r"^[А-ЯЁA-Z]\.$")

# pymorphy3 does not know Kazakh patronymics; "-оглу" is left out because it also ends Turkish and
# Greek surnames ("Давутоглу", "Муратоглу").
_KAZAKH_PATRONYMIC = re.compile(r"(?<=\w\w\w)(?:улы|ұлы|кызы|қызы)$", re.IGNORECASE)
_KAZAKH_SON = re.compile(r"(?:улы|ұлы)$", re.IGNORECASE)


_REGNAL = re.compile(r"[IVX]+")  # Latin letters
_CYRILLIC_END = re.compile(r"[а-яё]$", re.IGNORECASE)


def is_regnal(word: str, before: str) -> bool:
    """A monarch's or a pope's number after a name written in Cyrillic ("Бодуэн I", "Харальд V"):
    a Roman numeral in Latin letters, which a Russian initial never is."""
    return _REGNAL.fullmatch(word) is not None and _CYRILLIC_END.search(before) is not None


def is_hierarch(word: str) -> bool:
    """A title of a church's hierarch (words.tsv hierarch), in any case: "митрополита", "Патриарх"."""
    return any(p.tag.POS == "NOUN" and p.normal_form in _HIERARCHS for p in morph.parses(word))


def see_stop(words: list[str], at: int) -> int:
    """Past the adjectives of a hierarch's see from word ``at`` on ("Русенский", "Ленинградского и
    Новгородского", "Средне- и Западноевропейский", "Московский и всея Руси"): ``at`` itself where
    there are none. The see stands between the title and the monastic name, of neither."""
    k = at
    while k < len(words):
        word = words[k]
        if word[:1].isupper() and (word.endswith("-") or _see_adjective(word)):
            k += 1
        elif word == "и" and k > at and k + 2 < len(words) and words[k + 1] == "всея":
            k += 3
        elif word == "и" and k > at and k + 1 < len(words) and words[k + 1][:1].isupper() \
                and _see_adjective(words[k + 1]):
            k += 1
        else:
            break
    if k < len(words) and k > at and _modified(words[k], words[k - 1]):
        return at  # the adjectives of a body's name: "епископ Апостольской Православной Церкви"
    return k


def _modified(word: str, adjective: str) -> bool:
    """Whether ``word`` goes on the phrase of the adjective before it: another adjective, or a thing's
    noun in its case ("Коптской православной [церкви]"), not the hierarch's name ("Русенский Неофит")."""
    parses = morph.parses(word)
    if parses[0].tag.POS in ("ADJF", "PRTF"):
        return True
    cases = {p.tag.case for p in morph.parses(adjective) if p.tag.POS == "ADJF"}
    return not any("anim" in p.tag.grammemes for p in parses if p.tag.POS == "NOUN") and any(
        p.tag.POS == "NOUN" and p.tag.case in cases for p in parses)


def _see_adjective(word: str) -> bool:
    return morph.PLACE_ADJECTIVE.search(word.lower()) is not None and any(p.tag.POS == "ADJF" for p in morph.parses(word))


_HIERARCHS = lexicon.words("hierarch")


def is_initial(word: str) -> bool:
    """An initial: a capital letter with its dot ("В.")."""
    return _INITIAL.match(word) is not None


def is_kazakh_patronymic(word: str) -> bool:
    """A Kazakh patronymic, by its ending ("Нурланулы", "Ермеккызы"); pymorphy3 knows none, and a
    word it knows is none ("Формулы", "Каникулы")."""
    return _KAZAKH_PATRONYMIC.search(word) is not None and not morph.known(word)


def is_patronymic(word: str) -> bool:
    """A patronymic written out: Russian as pymorphy3 knows them (not a bare letter, which it
    reads as a patronymic's initial too: "И"), Kazakh by their endings (``is_kazakh_patronymic``)."""
    return is_kazakh_patronymic(word) or any(
        "Patr" in p.tag.grammemes and "Init" not in p.tag.grammemes for p in morph.parses(word))


def patronymic_gender(word: str) -> str:
    """The gender a patronymic written out tells: "masc" for "-ич" and "-улы", else "femn"."""
    lowered = word.lower()
    return "masc" if lowered.endswith("ич") or _KAZAKH_SON.search(lowered) else "femn"


@dataclass(frozen=True)
class NameParts:
    """A person's name taken apart, the words as written: the given name, the surname, the
    words between them that are neither patronymic nor initial (``middle``: "Диас-Канель" of
    "Мигель Диас-Канель Бермудес"), the letters of the initials in order ("ВВ") and the
    patronymic written out. Any of them may be absent."""

    given: Optional[str]
    surname: Optional[str]
    middle: tuple[str, ...]
    initials: str
    patronymic: Optional[str] = None

    def letters(self) -> str:
        """The initials of the given name and patronymic, lower case, whether written out or as
        initials: "вв" for "Владимир Владимирович" and for "В.В. Путин", "кс" for "Кирилл С. Залесский"."""
        given = self.given[0] if self.given else ""
        patronymic = self.patronymic[0] if self.patronymic else ""
        return (given + patronymic + self.initials).lower()


@lru_cache(maxsize=morph.CACHE)
def parse(name: str) -> Optional[NameParts]:
    """``"Кирилл Сергеевич Залесский"``, ``"Залесский Кирилл Сергеевич"`` (as decrees write it),
    ``"К.С. Залесский"``, ``"Залесский К.С."``, ``"Залесский"``, ``"Владимир Владимирович"`` (an
    address: no surname) in parts; None for a name with no word of two letters ("И")."""
    words = [w for w in name.replace(".", ". ").split() if w != "."]
    full = [w for w in words if not is_initial(w)]
    initials = "".join(w[0] for w in words if is_initial(w))
    if all(len(w) == 1 for w in full):
        return None
    if len(full) >= 3 and is_patronymic(full[-1]) and not is_patronymic(full[1]):  # not "Роман Аркадьевич Абрамович"
        return NameParts(full[1], full[0], (), initials, full[-1])
    if len(full) == 2 and _address(full[0], full[1]):
        return NameParts(full[0], None, (), initials, full[-1])
    between = full[1:-1]
    patronymic = next((w for w in between if is_patronymic(w)), None)
    middle = tuple(w for w in between if not is_patronymic(w))
    return NameParts(full[0] if len(full) > 1 else None, full[-1], middle, initials, patronymic)


def in_decree_order(name: str) -> bool:
    """Whether a full name is written as a decree or a list writes it, the surname first and the
    patronymic last ("Залесский Кирилл Сергеевич")."""
    parts = parse(name)
    return parts is not None and None not in (parts.given, parts.surname, parts.patronymic) \
        and not (parts.middle or parts.initials) and name.split()[0] == parts.surname


def _address(given: str, second: str) -> bool:
    """Whether two words are a given name and a patronymic, as one addresses a person
    ("Владимир Владимирович"), rather than a given name and a surname in "-ович" ("Роман
    Абрамович", "Яцек Чапутович", "Ольга Карпович"): a Kazakh patronymic, or one the dictionary
    knows (a surname's it guesses by analogy), that is no surname too and whose gender is the
    given name's."""
    if _KAZAKH_PATRONYMIC.search(second):
        return True
    if not is_patronymic(second) or not morph.known(second) or any("Surn" in p.tag for p in morph.parses(second)):
        return False
    genders = {p.tag.gender for p in morph.parses(given) if "Name" in p.tag}
    return not genders or patronymic_gender(second) in genders


def abbreviates(initials: str, name: NameParts) -> bool:
    """Whether initials (their letters, "ВВ") stand for a name's given name and patronymic:
    they begin its letters ("В.В." of "Владимир Владимирович", "В." of "Владимир Путин")."""
    return bool(initials) and name.letters().startswith(initials.lower())


@lru_cache(maxsize=None)
def _surname_endings() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((ending, gender) for ending, gender in lexicon.table("surname_endings.tsv")),
                        key=lambda row: -len(row[0])))


def gender(given: str, patronymic: str, surname: str) -> Optional[str]:
    """The gender a nominative name's parts tell, "masc" or "femn": what the patronymic says, else
    the given name (a name the dictionary knows), else the surname's ending
    (``data/surname_endings.tsv``); None when they tell nothing."""
    if patronymic:
        return patronymic_gender(patronymic)
    if given and morph.known(given):
        genders = {p.tag.gender for p in morph.parses(given) if "Name" in p.tag and p.tag.case == "nomn"}
        if len(genders) == 1 and None not in genders:
            return genders.pop()
    lowered = surname.lower()
    for ending, found in _surname_endings():
        if lowered.endswith(ending) and len(lowered) > len(ending) + 1:
            return found
    return None


def skeleton(word: str) -> str:
    """A word as its spelling variants share it: lower case, ё as е, й as и, no ь, ъ, dots or
    hyphens, doubled letters single ("Гренелл", "Гренель" → "гренел"; "Шрёдер" → "шредер")."""
    word = word.lower().replace("ё", "е").replace("й", "и")
    word = re.sub(r"[ьъ.\-’'\s]", "", word)
    return re.sub(r"(.)\1+", r"\1", word)


def within_one(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by at most one inserted, deleted or replaced letter, or two
    neighbouring letters swapped (a typing slip: "Натфогаз", "Нафтогаз")."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) != len(b):
        return a[i:] == b[i + 1:]
    return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])
