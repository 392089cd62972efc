import pytest

from pressparse.stages.read import read
from pressparse.stages.segment import segment


@pytest.mark.parametrize("text, sentences", [
    ("Заголовок без точки\nПервое предложение. Второе.", ["Заголовок без точки", "Первое предложение.", "Второе."]),
    ("\n\n\n", []),
    ("Встреча с В.В. Путиным прошла в Кремле.", ["Встреча с В.В. Путиным прошла в Кремле."]),
])
def test_lines_then_sentences(text, sentences):
    assert [text[s.start:s.stop] for s in segment(text)] == sentences


def test_token_offsets_point_into_the_original(seeds):
    for text in seeds.values():
        masked = read(text).masked
        for sentence in segment(masked):
            for token in sentence.tokens:
                assert text[token.start:token.stop] == token.text
            assert "**" not in masked[sentence.start:sentence.stop]


@pytest.mark.parametrize("text, tokens", [
    ("Салехарда–Лабытнанги", ["Салехарда", "–", "Лабытнанги"]),
    ("Норильска—Дудинки.", ["Норильска", "—", "Дудинки", "."]),
    ("Ямало-Ненецкого", ["Ямало-Ненецкого"]),
    ("7–10 мая", ["7", "–", "10", "мая"]),
])
def test_long_dashes_between_words_split_tokens(text, tokens):
    assert [t.text for s in segment(text) for t in s.tokens] == tokens


def test_a_run_of_one_punctuation_mark_is_one_token():
    """razdel is quadratic over "......"; such a run must not reach it (a 10**6 run would take minutes)."""
    text = "Итоги" + "." * 100_000 + " Второе предложение."
    sentences = segment(text)
    assert [[t.text[:3] for t in s.tokens][:2] for s in sentences] == [["Ито"], ["..."], ["Вто", "пре"]]
    assert sentences[1].tokens[0].stop - sentences[1].tokens[0].start == 100_000
