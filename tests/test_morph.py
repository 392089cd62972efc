"""morph: pymorphy3's analyses as the stages read them, each attribute read once."""

import pytest

from pressparse import morph

WORDS = ["президентом", "Путина", "стали", "Иванову", "министерств", "вице-премьера", "Жанар", "Ли", "15-го", "WTO"]


@pytest.mark.parametrize("word", WORDS)
def test_analyses_answer_as_pymorphy3_does(word):
    # a word of Cyrillic letters is analysed as its lower case is
    theirs = morph.analyzer().parse(word.lower() if word.isalpha() and not word.isascii() else word)
    ours = morph.parses(word)
    assert [(a.word, a.normal_form, a.score, str(a.tag), a.methods_stack) for a in ours] \
        == [(p.word, p.normal_form, p.score, str(p.tag), p.methods_stack) for p in theirs]
    # pymorphy3's parse, made again for inflecting and the lexeme, is the one it gave
    assert [a._parse for a in ours] == theirs
    assert all(type(a._parse) is type(p) for a, p in zip(ours, theirs))
    for a, p in zip(ours, theirs):
        for name in ("POS", "case", "gender", "number", "animacy", "aspect", "tense"):
            assert getattr(a.tag, name) == getattr(p.tag, name)
        assert a.tag.grammemes == p.tag.grammemes
        for grammeme in ("NOUN", "nomn", "Surn", "plur"):
            assert (grammeme in a.tag) == (grammeme in p.tag)
        assert ({"NOUN", "sing"} in a.tag) == ({"NOUN", "sing"} in p.tag)


@pytest.mark.parametrize("word, grammemes, form", [
    ("президентом", {"nomn"}, "президент"),
    ("министров", {"nomn", "sing"}, "министр"),
    ("Ивановой", {"nomn"}, "иванова"),
    ("президентом", {"nomn", "VERB"}, None),
])
def test_inflect(word, grammemes, form):
    found = morph.parses(word)[0].inflect(grammemes)
    assert (found and found.word) == form
    assert found is None or found.tag.case == "nomn"


@pytest.mark.parametrize("word", WORDS + ["лучшей", "году", "чаю", "Петровых", "министерства", "были", "его"])
@pytest.mark.parametrize("grammemes", [{"nomn"}, {"nomn", "sing"}, {"gent", "plur"}, {"loc2"}, {"voct"},
                                       {"nomn", "femn"}, {"ablt", "sing"}, {"INFN"}, {"nomn", "VERB"}])
def test_inflect_gives_pymorphy3s_form(word, grammemes):
    # a dictionary word is inflected from its paradigm, not through pymorphy3: the same form
    for ours in morph.parses(word):
        theirs = ours._parse.inflect(grammemes)
        found = ours.inflect(grammemes)
        assert (found is None) == (theirs is None)
        if found is not None:
            assert (found.word, found.tag.grammemes, found.normal_form, found.score, found.methods_stack) \
                == (theirs.word, theirs.tag.grammemes, theirs.normal_form, theirs.score, theirs.methods_stack)


@pytest.mark.parametrize("word", WORDS + ["лучшей", "меньший", "чаю", "Петровых", "были"])
def test_lexeme_is_pymorphy3s(word):
    for ours in morph.parses(word):
        assert [(a.word, a.tag.grammemes, a.normal_form, a.score, a.methods_stack) for a in ours.lexeme] \
            == [(p.word, p.tag.grammemes, p.normal_form, p.score, p.methods_stack) for p in ours._parse.lexeme]


def test_lexeme_holds_every_form():
    forms = {a.word: a.tag.case for a in morph.parses("министра")[0].lexeme}
    assert forms["министром"] == "ablt" and forms["министрах"] == "loct"


def test_one_tag_per_pymorphy3_tag():
    # equal tags are one object: the stages' caches keyed by a tag hit across words
    assert morph.parses("министра")[0].tag is morph.parses("президента")[0].tag


@pytest.mark.parametrize("word, grammemes, form", [
    # a suppletive superlative keeps its stem, where pymorphy3's inflect goes to its lexeme's first
    ("лучшей", {"nomn", "sing", "femn"}, "лучшая"),
    ("высшего", {"nomn", "sing", "masc"}, "высший"),
    ("высочайшего", {"nomn", "sing", "masc"}, "высочайший"),
    ("старшего", {"nomn", "sing", "masc"}, "старший"),
])
def test_inflect_on_stem(word, grammemes, form):
    adjective = next(a for a in morph.parses(word) if a.tag.POS == "ADJF")
    assert adjective.inflect_on_stem(grammemes).word == form
