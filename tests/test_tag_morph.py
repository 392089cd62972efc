"""The morphology tagger: slovnet's own tags, from only the words the network sees around a name."""

import pytest
from razdel import tokenize

from pressparse.stages import STAGES, tag_morph
from pressparse.stages.ner import natasha_data


@pytest.fixture(scope="session")
def morph_tagger(nlp):
    """The morphology network, as the session's pipeline loaded it."""
    return nlp.model(next(stage for stage in STAGES if stage.name == "tag_morph"))


def words_of(text):
    return [t.text for t in tokenize(text)]


def test_tagger_agrees_with_slovnets_own_decoding_from_a_words_reach(morph_tagger, seeds):
    """Each word's case, from the words within the convolutions' reach alone, is slovnet's tag's."""
    from navec import Navec
    from slovnet import Morph

    reference = Morph.load(natasha_data("model", "slovnet_morph_news_v1.tar"))
    reference.navec(Navec.load(natasha_data("emb", "navec_news_v1_1B_250K_300d_100q.tar")))
    sentences = [words_of(line) for text in seeds.values() for line in text.splitlines() if line.strip()][:12]
    reach = morph_tagger.reach
    for words, markup in zip(sentences, reference.map(sentences)):
        expected = [tag_morph._case(token.tag) for token in markup.tokens]
        windows = [words[max(0, k - reach):k + reach + 1] for k in range(len(words))]
        assert morph_tagger(windows, [min(k, reach) for k in range(len(words))]) == expected, words


@pytest.mark.parametrize("text, name", [
    ("Президент ЮАР Джейкоб Зума заявил, что доволен.", "Джейкоб Зума"),
    ("Тренер Хосеп Гвардиола подписал контракт.", "Хосеп Гвардиола"),
    ("Переговоры с Джейкобом Зумой прошли в Москве.", "Джейкоб Зума"),
])
def test_the_tagged_case_names_a_foreign_name(nlp, text, name):
    assert name in [p.name for p in nlp.parse(text).persons]


@pytest.mark.parametrize("text, name", [
    # a decree's accusative before initials: the surname is tagged, not the initials after it
    ("Назначить Смирнова О.П. директором Департамента транспорта.", "О.П. Смирнов"),
    ("Освободить Кузнецова А.В. от должности заместителя министра.", "А.В. Кузнецов"),
    ("Благодарность объявлена Петровой А.В., учителю школы.", "А.В. Петрова"),
    # a nominative tag of an adjectival surname in "-ого" is the tagger's misreading
    ("Принять отставку Губернатора области Бездудного Ю.В. по собственному желанию.", "Ю.В. Бездудный"),
])
def test_the_surname_before_initials_is_the_word_tagged(nlp, text, name):
    assert name in [p.name for p in nlp.parse(text).persons]
