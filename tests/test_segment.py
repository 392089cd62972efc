import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from razdel import sentenize, tokenize

from pressparse.doc import Token
from pressparse.stages.read import read
from pressparse.stages.segment import _sentences, _tokens, segment, wordlike
from conftest import dev_documents


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


@pytest.mark.parametrize("text, tokens", [
    # a known abbreviation or a lower-case word glued to the next word, a line break lost: two words
    ("в ООНИван Петров", ["в", "ООН", "Иван", "Петров"]),
    ("МИДРоссии", ["МИД", "России"]),
    ("пресс-служба МЧСДоклад", ["пресс-служба", "МЧС", "Доклад"]),
    ("суд запретилЭксперт считает", ["суд", "запретил", "Эксперт", "считает"]),
    ("итоги годаПрезидент", ["итоги", "года", "Президент"]),
    # capitals that are no known abbreviation, an abbreviation's own ending: one word
    ("в ВУЗах", ["в", "ВУЗах"]),
    ("НАТОвских", ["НАТОвских"]),
    ("ООНовский", ["ООНовский"]),
    ("ABCДом", ["ABCДом"]),
    ("АвиаСервис", ["АвиаСервис"]),  # a name in two capitals
    ("еГосуслуги", ["еГосуслуги"]),  # one letter before the capital
    ("МИДом", ["МИДом"]),
])
def test_a_known_abbreviation_or_a_word_glued_to_a_capitalised_word_splits(text, tokens):
    assert [t.text for s in segment(text) for t in s.tokens] == tokens


def test_a_run_of_one_punctuation_mark_is_one_token():
    """razdel is quadratic over "......"; such a run must not reach it (a 10**6 run would take minutes)."""
    text = "Итоги" + "." * 100_000 + " Второе предложение."
    sentences = segment(text)
    assert [[t.text[:3] for t in s.tokens][:2] for s in sentences] == [["Ито"], ["..."], ["Вто", "пре"]]
    assert sentences[1].tokens[0].stop - sentences[1].tokens[0].start == 100_000


def test_a_sentence_of_megabytes_is_tokenized_in_memory_linear_in_its_tokens():
    import tracemalloc

    text = "###### " * 30_000  # one sentence of 180 000 tokens
    tracemalloc.start()
    try:
        sentences = segment(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sum(len(s.tokens) for s in sentences) == 180_000
    # The tokens themselves take about 70 bytes a character; razdel holding every atom of the
    # sentence at once took 320.
    assert peak < 150 * len(text)


# Characters razdel's rules tell apart: letters of each script, digits, every mark it knows, spaces.
ALPHABET = "аяЁёZzq09_-‑–—−.,?!…/\\:;=()[]{}«»„“”\"'*#%&+<>@^|~№ \tΔσβж😀"


@given(st.text(alphabet=ALPHABET, max_size=200))
@settings(max_examples=500, deadline=None)
def test_tokens_are_razdels_on_any_text(text):
    assert _tokens(text) == [(t.start, t.stop, t.text) for t in tokenize(text)]


# Pieces whose joins razdel's rules and the tokenizer's fast path tell apart, to be put together
# ("кое-как", "1,5", "yahoo!", ":)", "?!", "ΔP").
PIECES = ["кое", "Как", "yahoo", "YAHOO", "ab", "ſ", "1", "2024", "Δ", "ж", *"-–—_.,/\\!?…:;=()«»\"'*#", " ", "  ", "\n"]


@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
@settings(max_examples=1000, deadline=None)
def test_tokens_are_razdels_on_any_text_of_pieces(text):
    assert _tokens(text) == [(t.start, t.stop, t.text) for t in tokenize(text)]


@given(st.text(alphabet="1ж.,/-_ ", max_size=20))
@settings(max_examples=1000, deadline=None)
def test_tokens_are_razdels_where_the_rules_look_past_a_space(text):
    """A number mark or a joiner is judged by the atoms either side of it, spaces or not ("5, 6", "а- б")."""
    assert _tokens(text) == [(t.start, t.stop, t.text) for t in tokenize(text)]


# Words, abbreviations, initials, list bullets and the marks razdel's sentence rules look at.
SENTENCE_PIECES = ["Путин", "сказал", "г", "т", "е", "ул", "В", "В.В.", "а", "1", "12", "IV", "Ok", "-",
                   *".?!…;:»)]\"'«([„", ":)", " ", "  ", "\n"]


@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=40).map("".join) | st.text(alphabet=ALPHABET, max_size=200))
@settings(max_examples=1000, deadline=None)
def test_sentences_are_razdels_on_any_text(text):
    assert list(_sentences(text)) == [(s.start, s.stop, s.text) for s in sentenize(text)]


@pytest.mark.parametrize("name", ["releases-dev.jsonl", "ministries-dev.jsonl", "factru-dev.jsonl",
                                  "bsnlp-dev.jsonl", "nerel-dev.jsonl"])
def test_tokens_and_sentences_are_razdels_on_every_development_text(name):
    for document in dev_documents(name):
        text = document["text"]
        assert _tokens(text) == [(t.start, t.stop, t.text) for t in tokenize(text)], document["id"]
        assert list(_sentences(text)) == [(s.start, s.stop, s.text) for s in sentenize(text)], document["id"]


@pytest.mark.parametrize("text, tokens", [
    ("кое-как", ["кое-как"]), ("1,5 и 1/2", ["1,5", "и", "1/2"]), ("а -б", ["а", "-б"]), (". -б", [".", "-", "б"]),
    ("Что?!", ["Что", "?!"]), (":)", [":)"]), (":-)", [":", "-", ")"]), ("yahoo!", ["yahoo!"]), ("ΔP", ["ΔP"]), ("snake_case", ["snake_case"]),
    ("5, 6", ["5,", "6"]), ("5 .5", ["5", ".5"]), ("а- б", ["а-", "б"]), ("x_ y", ["x_", "y"]),
])
def test_razdels_rules_as_they_are(text, tokens):
    assert [t.text for t in _tokens(text)] == tokens


@pytest.mark.parametrize("text, words", [
    # a Latin look-alike in a Cyrillic word, or Cyrillic ones in a Latin word: one word, one script
    ("Алексей Cмирнов", ["Алексей", "Смирнов"]),
    ("Aнна Сергеевна", ["Анна", "Сергеевна"]),
    ("в Tвиттере", ["в", "Твиттере"]),
    ("на YоuТubе", ["на", "YouTube"]),
    # a letter with no look-alike: razdel's cut stays
    ("группа Fruktы", ["группа", "Frukt", "ы"]),
    ("УтроNews", ["Утро", "News"]),
])
def test_words_mixing_scripts_through_look_alikes_are_one_word(text, words):
    sentence, = segment(text)
    assert sentence.words == words
    assert all(text[t.start:t.stop] == t.text for t in sentence.tokens)


@pytest.mark.parametrize("token, expected", [
    ("Путин", True), ("62-й", True), ("В.В.", True), ("2025", True), ("«", False), ("—", False), ("_", False),
    ("...", False), ("", False), ("Δ", True), ("²", True), ("😀", False),
])
def test_a_token_with_a_letter_or_a_digit_is_wordlike(token, expected):
    assert wordlike(token) is expected


@given(st.text(max_size=8))
@settings(max_examples=1000, deadline=None)
def test_wordlike_is_a_letter_or_a_digit_anywhere(token):
    assert wordlike(token) == any(c.isalnum() for c in token)


def test_tokens_are_tokens():
    """The fast path makes its tokens without Token's constructor; they are Tokens all the same."""
    tokens = _tokens("Встреча с В.В. Путиным прошла в Кремле.", 10)
    assert all(type(token) is Token for token in tokens)
    assert tokens[0] == Token(10, 17, "Встреча") and tokens[0].text == "Встреча"
