import pytest
from hypothesis import given, strategies as st

from pressparse.stages.read import read


@pytest.mark.parametrize("text, masked", [
    ("## Заголовок\n", "   Заголовок\n"),
    ("Текст **жирный** и *курсив*.", "Текст   жирный   и  курсив ."),
    ("a\n---\nb", "a\n   \nb"),
    ("**Source URL:** <https://mpt.gov.by/node/10669>", " " * 47),
    ("Сайт <https://kremlin.ru> открыт", "Сайт  https://kremlin.ru  открыт"),
    ("2*3 = 6, snake_case", "2*3 = 6, snake_case"),
    ("*Справочно.*", " Справочно. "),
    ("Главная / Новости / Пресс-релизы\nТекст", " " * 32 + "\nТекст"),
    # decorations that overlap (a heading's marks, emphasis inside it, a rule of asterisks)
    ("## **Итоги**\n***\nТекст", "     Итоги  \n   \nТекст"),
    # a label with something else after it on its line gives no URL from the next one
    ("Source URL: см. ниже\nhttps://a.ru", "            см. ниже\nhttps://a.ru"),
])
def test_masking_keeps_length_and_blanks_decorations(text, masked):
    release = read(text)
    assert release.masked == masked
    assert len(release.masked) == len(release.text)


@given(st.text(alphabet="ab *_#-\n<>/:|«»", max_size=60)
       | st.builds("".join, st.lists(st.sampled_from(["## ", "**", "*", "_", "---", "\n", "слово", " / ",
                                                       "Source URL: ", "<https://a.ru/b>", " "]), max_size=12)))
def test_masking_only_blanks_characters(text):
    masked = read(text).masked
    assert len(masked) == len(text)
    assert all(m == c or (m == " " and c != "\n") for m, c in zip(masked, text))


@pytest.mark.parametrize("text, title", [
    ("\n\n## **В Минсвязи обсудили проекты**\n\nТекст.", "В Минсвязи обсудили проекты"),
    ("Российско-китайские переговоры\n\nВ Кремле началась беседа.", "Российско-китайские переговоры"),
    ("   \n", None),
    ("Первая строка\n## Заголовок ниже", "Заголовок ниже"),
    # a page's breadcrumbs are no headline, nor prose
    ("Главная / Пресс-центр / Новости ведомства\n\nМинистры обсудили торговлю\n\nТекст.",
     "Министры обсудили торговлю"),
    ("Россия / Китай: переговоры\n\nТекст.", "Россия / Китай: переговоры"),
])
def test_title_is_the_first_heading_or_line(text, title):
    assert read(text).title == title


def test_source_url_of_the_seeds(seeds):
    assert read(seeds["000_b51bf4fae41c79d9"]).url == "https://mpt.gov.by/node/10669"
    url = read(seeds["003_9c0d123f5dd01e10"]).url
    assert url.startswith("https://www.xn--b1akbcqh2a7i.xn--90ais/prakticheskoe-sotrudnichestvo")


def test_source_line_is_masked_but_prose_is_not(seeds):
    release = read(seeds["003_9c0d123f5dd01e10"])
    assert "Source URL" not in release.masked and "https" not in release.masked
    assert "Антон Алексеев провел встречу" in release.masked


def test_an_empty_source_url_line_masks_nothing_but_itself(nlp, seeds):
    # An empty label first, and a URL only at the end, in prose: the label masked all up to it.
    text = seeds["000_b51bf4fae41c79d9"].replace("**Source URL:**", "Источник:")
    empty = "Source URL:\n\n" + text
    release = read(empty)
    assert release.url is None
    assert release.masked.startswith(" " * len("Source URL:") + "\n")
    assert release.masked[len("Source URL:\n\n"):] == read(text).masked  # the prose is not masked
    names = [p.name for p in nlp.parse(empty).persons]
    assert names and names == [p.name for p in nlp.parse(text).persons]
    # A URL on the label's line, or on the next line that is not blank, is the source's.
    assert read("Текст.\nSource URL:\n\n<https://example.gov/1>\n").url == "https://example.gov/1"
    assert read("Source URL:\nПрозой, не адресом.\nhttps://example.gov/2\n").url is None
