import pytest

from pressparse.read import read
from pressparse.segment import segment


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
