"""The pymorphy3 analyzer shared by the stages, built once per process on first use.

pymorphy3 finds its dictionaries without pkg_resources, unlike pymorphy2 (which
natasha's MorphVocab would build); pressparse never touches pymorphy2.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

import pymorphy3
from pymorphy3.units.by_lookup import DictionaryAnalyzer

#: The most entries a per-word cache of the pipeline keeps (its least recently used go first).
#: A few thousand of the commonest words and names make most of any news text's tokens, so a
#: larger cache saves a first pass next to no time, and each of the twenty-odd caches would
#: hold every distinct word of a run: tens of megabytes over a thousand texts.
CACHE = 4096

#: The most words whose analyses are kept. Other caches' entries are made of these analyses, so
#: keeping more costs about a megabyte per thousand words, and each miss is a pymorphy3 analysis
#: (some 16 µs): over a first pass of a thousand texts 16384 words make 29 000 analyses where
#: 4096 made 45 000, for some 12 MB.
ANALYSES = 16384


#: pymorphy3's second locative, genitive and accusative ("в полку", "чашка чаю"), by the first case
#: they agree as: an adjective before them is in the first one ("в 51-м полку").
SECOND_CASES = {"loc2": "loct", "gen2": "gent", "acc2": "accs"}

#: The endings of an adjective made on a place's name with «-ск-»/«-цк-», in any form ("Курской",
#: "Русенский", "тамбовских").
PLACE_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ая|ое|ие|ого|ой|их|ому|ым|ом|ую|ими|ых|ою|ей|им|ые)$")


def agrees(modifier, noun, case: bool = True) -> bool:
    """Whether an adjective's or a participle's tag agrees with a noun's: in number, in the singular
    in gender (a noun of common gender, "ms-f", with either), and with ``case`` in case too."""
    return modifier.number == noun.number and (noun.number == "plur" or "ms-f" in noun or modifier.gender == noun.gender) \
        and (not case or modifier.case == noun.case)


@lru_cache(maxsize=None)
def analyzer() -> pymorphy3.MorphAnalyzer:
    """The process-wide Russian morphological analyzer."""
    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=CACHE)
def parses(word: str) -> tuple:
    """pymorphy3's parses of a word (cached: releases repeat their words a lot).

    A word with a letter Unicode has no name for (Tangut, some CJK) makes pymorphy3 raise;
    such a word is no Russian word, and gets the parses of an unknown token.
    """
    return _parsed(word.lower() if _CYRILLIC.fullmatch(word) else word)


# pymorphy3 reads a word of Cyrillic letters as its lower case does (parses differ only in the
# original spelling an unknown word's analysis keeps), so "Президент" and "президент" share one
# analysis; initials (one letter) and Latin ones (Roman numbers) it reads by their case.
_CYRILLIC = re.compile(r"[а-яё]{2,}", re.I)


@lru_cache(maxsize=ANALYSES)
def _parsed(word: str) -> tuple:
    try:
        return tuple(map(Analysis, analyzer().parse(word)))
    except ValueError:
        return tuple(map(Analysis, analyzer().parse("\u2400")))


class Tag:
    """A pymorphy3 tag with its grammemes read once: ``POS``, ``case``, ``gender``, ``number``,
    ``animacy``, ``aspect``, ``tense`` (None where the tag has none), ``grammemes`` (a frozenset),
    and ``"NOUN" in tag`` or ``{"NOUN", "sing"} in tag``, as pymorphy3's tag answers them.

    pymorphy3's tag works each attribute out anew at every reading, and the stages read them
    some million times a pass: a tenth of the rule stages' time.
    """

    __slots__ = ("POS", "case", "gender", "number", "animacy", "aspect", "tense", "grammemes", "_text", "_source")

    def __init__(self, tag: pymorphy3.tagset.OpencorporaTag):
        self.grammemes: frozenset[str] = tag.grammemes
        self._text = str(tag)
        self._source = tag  # for pymorphy3's own parse again, equal tags being one
        for name in self.__slots__[:-3]:
            value = getattr(tag, name)
            setattr(self, name, None if value is None else str(value))

    def __contains__(self, grammeme) -> bool:
        if isinstance(grammeme, (set, frozenset)):
            return grammeme <= self.grammemes
        return grammeme in self.grammemes

    def __str__(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return f"Tag({self._text!r})"


def _tag(tag: pymorphy3.tagset.OpencorporaTag) -> Tag:
    # pymorphy3's tags are a few thousand objects its dictionary and analyzer units share,
    # looked up by identity first (a tag hashes by its text, in Python), keeping the tag so that
    # its id stays its own; one Tag for equal tags
    known = _TAGS.get(id(tag))
    if known is None:
        known = _TAGS[id(tag)] = (tag, _equal_tag(tag))
    return known[1]


_TAGS: dict[int, tuple] = {}


@lru_cache(maxsize=None)
def _equal_tag(tag: pymorphy3.tagset.OpencorporaTag) -> Tag:
    return Tag(tag)


class Analysis:
    """One pymorphy3 analysis of a word: ``word``, ``normal_form``, ``score``, ``tag`` (a
    ``Tag``), ``methods_stack``, and its other forms (``inflect``, ``lexeme``) as analyses."""

    # pymorphy3's parse is not kept but made again when needed (inflecting a word the dictionary
    # does not know, its lexeme): a tuple more for each of the tens of thousands of analyses
    # cached, some 5 MB over a first pass of a thousand texts
    __slots__ = ("word", "normal_form", "score", "tag", "methods_stack")

    def __init__(self, parse: pymorphy3.analyzer.Parse):
        self.word, self.normal_form, self.score = parse.word, parse.normal_form, parse.score
        self.tag = _tag(parse.tag)
        self.methods_stack: tuple = parse.methods_stack

    @property
    def _parse(self) -> pymorphy3.analyzer.Parse:
        return analyzer()._result_type(self.word, self.tag._source, self.normal_form, self.score, self.methods_stack)

    def inflect(self, grammemes) -> "Analysis | None":
        """This word in the form with these grammemes, or None: the form pymorphy3's ``inflect``
        gives."""
        if not _in_dictionary(self):
            form = self._parse.inflect(grammemes)
            return None if form is None else Analysis(form)
        # pymorphy3 builds the whole lexeme anew at each call (an analysis and a methods stack
        # per form) to pick one form of it
        _, _, paradigm, index = self.methods_stack[0]
        best = _inflected(paradigm, index, frozenset(grammemes))
        return None if best is None else self._forms((best,))[0]

    @property
    def lexeme(self) -> list["Analysis"]:
        """Every form of this word's lexeme, as pymorphy3's ``lexeme`` gives them."""
        if not _in_dictionary(self):
            return [Analysis(form) for form in self._parse.lexeme]
        return self._forms(range(len(_paradigm(self.methods_stack[0][2]))))

    def _forms(self, which) -> list["Analysis"]:
        # these forms of a dictionary word's paradigm, as pymorphy3 builds them
        unit, word, paradigm, index = self.methods_stack[0]
        forms = _paradigm(paradigm)
        prefix, _, suffix = forms[index]
        stem = word[len(prefix):len(word) - len(suffix)]
        make, normal_form = analyzer()._result_type, self.normal_form
        found = []
        for k in which:
            prefix, tag, suffix = forms[k]
            form = prefix + stem + suffix
            found.append(Analysis(make(form, tag, normal_form, 1.0, ((unit, form, paradigm, k),))))
        return found

    def inflect_on_stem(self, grammemes) -> "Analysis | None":
        """This word in the form with these grammemes on its own stem, or None: pymorphy3 files a
        suppletive superlative under its positive and inflects it to the lexeme's first superlative
        ("лучшей" to "наихорошая", "высшего" to "высочайший"), where the superlative of the lexeme
        sharing the most letters with the word is meant ("лучшая", "высший")."""
        if "Supr" not in self.tag:
            return self.inflect(grammemes)
        wanted, written = set(grammemes), plain(self.word)
        forms = [form for form in self.lexeme if "Supr" in form.tag and wanted <= form.tag.grammemes]
        return max(forms, key=lambda form: len(os.path.commonprefix([plain(form.word), written])), default=None)

    def __repr__(self) -> str:
        return f"Analysis({self.word!r}, {str(self.tag)!r}, {self.normal_form!r})"


def _in_dictionary(parse: "pymorphy3.analyzer.Parse | Analysis") -> bool:
    # a word the dictionary knows, analysed by its paradigm alone
    return len(parse.methods_stack) == 1 and type(parse.methods_stack[0][0]) is DictionaryAnalyzer


@lru_cache(maxsize=CACHE)
def _paradigm(paradigm: int) -> tuple:
    """The (prefix, tag, suffix) of each form of a paradigm of pymorphy3's dictionary."""
    return tuple(analyzer().dictionary.build_paradigm_info(paradigm))


@lru_cache(maxsize=CACHE)
def _inflected(paradigm: int, index: int, grammemes: frozenset) -> "int | None":
    """Which form of a paradigm pymorphy3's ``inflect`` makes of its form ``index`` given these
    grammemes, or None; as pymorphy3 chooses it."""
    forms = _paradigm(paradigm)
    found = [k for k, (_, tag, _) in enumerate(forms) if grammemes <= tag.grammemes]
    source = forms[index][1]
    if not found:
        grammemes = source.fix_rare_cases(grammemes)
        found = [k for k, (_, tag, _) in enumerate(forms) if grammemes <= tag.grammemes]
    wanted = source.updated_grammemes(grammemes)
    # max, as pymorphy3's heapq.nlargest(1, ...), keeps the first of equals
    return max(found, key=lambda k: len(wanted & forms[k][1].grammemes) - 0.1 * len(wanted ^ forms[k][1].grammemes),
               default=None)


def plain(word: str) -> str:
    """A word in lower case with ё as е, as word lists and comparisons of names have it."""
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=CACHE)
def lemma(word: str) -> str:
    """The most likely dictionary form of a word, lower-case, with ё as е."""
    return parses(word)[0].normal_form.replace("ё", "е")


def could_be(word: str, forms: frozenset[str]) -> bool:
    """Whether an analysis of ``word`` may have a lemma of those ``forms`` were made of
    (``lexicon.forms_of``): a word the dictionary knows only if it is one of the forms (its
    analyses are those of the paradigms it belongs to); one it does not know, whose analyses are
    guesses, if it begins as one of the forms does ("директоры", "вице-премьеры"): a guess keeps
    a word's beginning, and a name, a misspelling or a compound of other words ("Диас-Канель",
    "аграрно-продовольственной") rarely begins so. Answers most
    words without analysing them."""
    lowered = word.lower().replace("ё", "е")
    return lowered in forms or lowered[:3] in _beginnings(forms) and not known(word)


@lru_cache(maxsize=64)
def _beginnings(forms: frozenset[str]) -> frozenset[str]:
    return frozenset(form[:3] for form in forms)


@lru_cache(maxsize=CACHE)
def known(word: str) -> bool:
    """Whether the dictionary knows the word (rather than pymorphy3 guessing its forms)."""
    try:
        return analyzer().word_is_known(word)
    except ValueError:
        return False
