"""Dates: the forms releases write, their ISO values, relative dates and the release's own date."""

import re
import time
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse.stages.dates import find_dates, release_date
from pressparse.stages.read import read
from pressparse.stages.segment import segment

PUBLISHED = "2025-07-31"  # a Thursday


def dates(text, published=PUBLISHED):
    mentions = find_dates(text, segment(read(text).masked), published)
    for m in mentions:
        assert text[m.start:m.stop] == m.text and m.text == m.text.strip()
    return [(m.text, m.value) for m in mentions]


# (text, release date, every date found: (span, value))
CASES = [
    # written out, with the year
    ("31 июля 2025 г. министр провел переговоры.", None, [("31 июля 2025 г.", "2025-07-31")]),
    ("Встреча прошла 31 июля 2025 года.", None, [("31 июля 2025 года", "2025-07-31")]),
    ("Указ от 21 декабря 2021 г. № 414-ФЗ", None, [("от 21 декабря 2021 г.", "2021-12-21")]),
    ("Он родился 1-го сентября 1990 года.", None, [("1-го сентября 1990 года", "1990-09-01")]),
    ("МОСКВА, 1 авг. 2013 — РИА Новости", None, [("1 авг. 2013", "2013-08-01")]),
    ("Вышел 5 Мая 2025 г.", None, [("5 Мая 2025 г.", "2025-05-05")]),
    ("в 2025г. открыли", None, [("в 2025г.", "2025")]),
    # numeric
    ("Дата: 31.07.2025", None, [("31.07.2025", "2025-07-31")]),
    ("Срок 31.07.25 истёк", None, [("31.07.25", "2025-07-31")]),
    ("Версия 1.07.87 вышла", None, [("1.07.87", "1987-07-01")]),
    ("Принято 2025-07-31 решение", None, [("2025-07-31", "2025-07-31")]),
    ("Запись 2025-07-31T10:15 сделана", None, [("2025-07-31T10:15", "2025-07-31T10:15")]),
    ("Протокол от 05/08/2008", None, [("от 05/08/2008", "2008-08-05")]),
    ("приказ № 432 от 19.07.2016 «Об утверждении»", None, [("от 19.07.2016", "2016-07-19")]),
    # months and years
    ("Форум пройдет в июле 2025 года.", None, [("в июле 2025 года", "2025-07")]),
    ("Это случилось в 2024 году.", None, [("в 2024 году", "2024")]),
    ("В 2025-м году.", None, [("В 2025-м году", "2025")]),
    ("в апреле 1945-го года", None, [("в апреле 1945-го года", "1945-04")]),
    ("сентябрь 2015 года", None, [("сентябрь 2015 года", "2015-09")]),
    ("Он окончил школу в 1976 — поступил во ВГИК.", None, [("в 1976", "1976")]),
    ("альбом Invaders Must Die (2009)", None, [("2009", "2009")]),
    ("дочь Надежда (2002, 2004)", None, [("2002", "2002"), ("2004", "2004")]),
    ("в 1958, 1962 и 1970 годах", None, [("в 1958", "1958"), ("1962", "1962"), ("1970 годах", "1970")]),
    ("на Олимпиаде-2016 выиграла", None, [("2016", "2016")]),
    ("в 410 году", None, [("в 410 году", "0410")]),
    # ranges, with any dash
    ("Поездка в июль–август 2025 года.", None, [("в июль–август 2025 года", "2025-07/2025-08")]),
    ("в ноябре-декабре 2024 года", None, [("в ноябре-декабре 2024 года", "2024-11/2024-12")]),
    ("Форум 22–23 ноября 2025 года.", None, [("22–23 ноября 2025 года", "2025-11-22/2025-11-23")]),
    ("Анонс на 7 − 10 мая 2025 года", None, [("на 7 − 10 мая 2025 года", "2025-05-07/2025-05-10")]),
    ("Визит 7—10 мая 2025 г.", None, [("7—10 мая 2025 г.", "2025-05-07/2025-05-10")]),
    ("Выставка с 10 по 12 мая 2026 года.", None, [("с 10 по 12 мая 2026 года", "2026-05-10/2026-05-12")]),
    ("с 16 апреля по 19 мая 2019 года", None, [("с 16 апреля по 19 мая 2019 года", "2019-04-16/2019-05-19")]),
    ("с 28 декабря 2024 по 8 января 2025 года", None,
     [("с 28 декабря 2024 по 8 января 2025 года", "2024-12-28/2025-01-08")]),
    ("с 28 декабря по 8 января 2025 года", None, [("с 28 декабря по 8 января 2025 года", "2024-12-28/2025-01-08")]),
    ("В 1979–1980 годы служил", None, [("В 1979–1980 годы", "1979/1980")]),
    ("с 1994 по 2000 годы", None, [("с 1994 по 2000 годы", "1994/2000")]),
    ("между 2010 и 2015 годами", None, [("между 2010 и 2015 годами", "2010/2015")]),
    ("на 2025-2027 годы", None, [("на 2025-2027 годы", "2025/2027")]),
    ("в сезоне 2016/17", None, [("2016/17", "2016/2017")]),
    ("в 1989-90 годах", None, [("в 1989-90 годах", "1989/1990")]),
    ("в ночь с 3 на 4 июня 1989 года", None, [("с 3 на 4 июня 1989 года", "1989-06-03/1989-06-04")]),
    ("30 июня и 1 июля 2019 года", None, [("30 июня", "2019-06-30"), ("1 июля 2019 года", "2019-07-01")]),
    # periods
    ("в I квартале 2026 года", None, [("в I квартале 2026 года", "2026-01/2026-03")]),
    ("в 3-м квартале 2025 г.", None, [("в 3-м квартале 2025 г.", "2025-07/2025-09")]),
    ("во втором полугодии 2025 года", None, [("во втором полугодии 2025 года", "2025-07/2025-12")]),
    ("в первой половине 2025 года", None, [("в первой половине 2025 года", "2025-01/2025-06")]),
    ("весной 2012 года", None, [("весной 2012 года", "2012-03/2012-05")]),
    ("зимой 2012 года", None, [("зимой 2012 года", "2011-12/2012-02")]),
    ("В 1980-е годы", None, [("В 1980-е годы", "1980/1989")]),
    ("в 90-х", None, [("в 90-х", "1990/1999")]),
    ("в девяностые годы двадцатого века", None, [("в девяностые годы двадцатого века", "1990/1999")]),
    ("в XIX веке", None, [("в XIX веке", "1801/1900")]),
    ("в начале 2017 года", None, [("в начале 2017 года", "2017")]),
    ("до конца мая 2025 года", None, [("до конца мая 2025 года", "2025-05")]),
    # weekdays and times with their date
    ("в субботу, 5 июля 2025 года", None, [("в субботу, 5 июля 2025 года", "2025-07-05")]),
    ("25 июля 2025 года, в пятницу, вылет", None, [("25 июля 2025 года, в пятницу", "2025-07-25")]),
    ("8 мая 2025 года 10:10 Москва, Кремль", None, [("8 мая 2025 года 10:10", "2025-05-08T10:10")]),
    ("5 июля 2025 года в 15 часов", None, [("5 июля 2025 года в 15 часов", "2025-07-05T15:00")]),
    ("5 июля 2025 года в 15.30 начнется", None, [("5 июля 2025 года в 15.30", "2025-07-05T15:30")]),
    ("5 июля 2025 года с 10:00 до 18:00", None,
     [("5 июля 2025 года с 10:00 до 18:00", "2025-07-05T10:00/2025-07-05T18:00")]),
    ("5 июля 2025 года состоится встреча. Начало в 10:00.", None,
     [("5 июля 2025 года", "2025-07-05"), ("в 10:00", None)]),
    ("5 июля 2025 года встреча начнется в 10:00.", None,
     [("5 июля 2025 года", "2025-07-05"), ("в 10:00", "2025-07-05T10:00")]),
    # without a year: the release's, before or after by the verb's tense
    ("22–23 ноября состоится форум.", PUBLISHED, [("22–23 ноября", "2025-11-22/2025-11-23")]),
    ("Церемония состоится в Урумчи 26 июня.", PUBLISHED, [("26 июня", "2026-06-26")]),
    ("26 июня прошла встреча.", PUBLISHED, [("26 июня", "2025-06-26")]),
    # a quoted name is no clause of its own: the verb after it is the date's
    ("26 июня фестиваль «Лето — это маленькая жизнь» пройдёт в Москве.", PUBLISHED, [("26 июня", "2026-06-26")]),
    ("В сентябре прошла встреча.", PUBLISHED, [("В сентябре", "2024-09")]),
    ("В сентябре пройдет встреча.", PUBLISHED, [("В сентябре", "2025-09")]),
    ("в первом полугодии было сделано", PUBLISHED, [("в первом полугодии", "2025-01/2025-06")]),
    ("во втором полугодии будет сделано", PUBLISHED, [("во втором полугодии", "2025-07/2025-12")]),
    # an infinitive's act is in no time of the verb governing it: the release's year
    ("Стороны договорились провести встречу в сентябре.", PUBLISHED, [("в сентябре", "2025-09")]),
    ("В сентябре удалось провести встречу.", PUBLISHED, [("В сентябре", "2024-09")]),
    ("в субботу, 5 июля прошла встреча", PUBLISHED, [("в субботу, 5 июля", "2025-07-05")]),
    ("в четверг, 25 июля прошла встреча", PUBLISHED, [("в четверг, 25 июля", "2024-07-25")]),
    ("26 июня прошла встреча.", None, [("26 июня", None)]),
    ("летом состоится фестиваль", PUBLISHED, [("летом", "2025-06/2025-08")]),
    # relative to the release
    ("Сегодня подписан указ.", PUBLISHED, [("Сегодня", "2025-07-31")]),
    ("Вчера прошла встреча.", PUBLISHED, [("Вчера", "2025-07-30")]),
    ("Завтра состоится встреча.", PUBLISHED, [("Завтра", "2025-08-01")]),
    ("Накануне состоялся разговор.", PUBLISHED, [("Накануне", "2025-07-30")]),
    ("Накануне визита министр заявил.", PUBLISHED, []),
    # but after a participle whose noun the genitive is, the day before
    ("Обсудили итоги состоявшегося накануне заседания.", PUBLISHED, [("накануне", "2025-07-30")]),
    ("На прошлой неделе прошла встреча.", PUBLISHED, [("На прошлой неделе", "2025-07-21/2025-07-27")]),
    ("На следующей неделе пройдет встреча.", PUBLISHED, [("На следующей неделе", "2025-08-04/2025-08-10")]),
    ("В понедельник прошла встреча.", PUBLISHED, [("В понедельник", "2025-07-28")]),
    ("В понедельник пройдет встреча.", PUBLISHED, [("В понедельник", "2025-08-04")]),
    ("В четверг прошла встреча.", PUBLISHED, [("В четверг", "2025-07-31")]),
    ("в прошлую пятницу", PUBLISHED, [("в прошлую пятницу", "2025-07-25")]),
    ("в минувшие выходные прошел фестиваль", PUBLISHED, [("в минувшие выходные", "2025-07-26/2025-07-27")]),
    ("в июне т.г. в г. Карамай", PUBLISHED, [("в июне т.г.", "2025-06")]),
    ("в июне текущего года", PUBLISHED, [("в июне текущего года", "2025-06")]),
    ("в мае этого года", PUBLISHED, [("в мае этого года", "2025-05")]),
    ("в декабре прошлого года", PUBLISHED, [("в декабре прошлого года", "2024-12")]),
    ("в I квартале следующего года", PUBLISHED, [("в I квартале следующего года", "2026-01/2026-03")]),
    ("В прошлом году", PUBLISHED, [("В прошлом году", "2024")]),
    ("в этом году", PUBLISHED, [("в этом году", "2025")]),
    ("в следующем месяце", PUBLISHED, [("в следующем месяце", "2025-08")]),
    ("Мы встречались ровно год назад.", PUBLISHED, [("ровно год назад", "2024-07-31")]),
    ("два года назад", PUBLISHED, [("два года назад", "2023")]),
    ("3 дня назад", PUBLISHED, [("3 дня назад", "2025-07-28")]),
    ("несколько лет назад", PUBLISHED, [("несколько лет назад", None)]),
    ("Через неделю состоится встреча.", PUBLISHED, [("Через неделю", "2025-08-07")]),
    ("Вчера прошла встреча.", None, [("Вчера", None)]),
    ("В понедельник прошла встреча.", None, [("В понедельник", None)]),
    ("в июне т.г.", None, [("в июне т.г.", None)]),
    ("в июне т.г., вчера", "2025-07", [("в июне т.г.", "2025-06"), ("вчера", None)]),
    ("в прошлом году", "2025", [("в прошлом году", "2024")]),
    ("вчера", "2025-07-31T10:10", [("вчера", "2025-07-30")]),
    ("вчера", "31.07.2025", [("вчера", None)]),
    ("вчера, 9 мая 2019 года", PUBLISHED, [("вчера, 9 мая 2019 года", "2019-05-09")]),
    # relative to the date before
    ("В 2015 году он уехал. В том же году вернулся.", None, [("В 2015 году", "2015"), ("В том же году", "2015")]),
    ("5 мая 2015 года прибыл. На следующий день уехал.", None,
     [("5 мая 2015 года", "2015-05-05"), ("На следующий день", "2015-05-06")]),
    ("В 1959 году победил. Через год получил награду.", None, [("В 1959 году", "1959"), ("Через год", "1960")]),
    ("в марте 2016 года и в мае того же года", None,
     [("в марте 2016 года", "2016-03"), ("в мае того же года", "2016-05")]),
    # the same day is the last day named, not a year named after it
    ("5 мая 2015 года прошли переговоры, по итогам 2014 года рост. В тот же день подписали договор.", None,
     [("5 мая 2015 года", "2015-05-05"), ("2014 года", "2014"), ("В тот же день", "2015-05-05")]),
    # nor a bound ("до", "к") it counts from: a festival lasting until a day happens on no day then
    ("7 октября 2026 года открылся фестиваль. Он продлится до 14 октября. В тот же день прошла встреча.", "2026-10-07",
     [("7 октября 2026 года", "2026-10-07"), ("до 14 октября", "2026-10-14"), ("В тот же день", "2026-10-07")]),
    # an adjective of a year takes no preposition: that is its noun's
    ("На прошлогодней встрече стороны договорились.", PUBLISHED, [("прошлогодней", "2024")]),
    # a year naming an edition, after a hyphen or a Latin or capitalised name, needs no preposition
    ("итоги ЧМ-2018", PUBLISHED, [("2018", "2018")]),
    ("на конференции CERAWeek 2025", PUBLISHED, [("2025", "2025")]),
    ("на выставке ИННОПРОМ 2024", PUBLISHED, [("2024", "2024")]),
    ("на выставке Агропром 2024", PUBLISHED, [("2024", "2024")]),
    ("на выставке Агропром 2024 министр выступил", PUBLISHED, [("2024", "2024")]),
    ("купил Иван 2025 человек", PUBLISHED, []),  # what a number counts follows it in the genitive plural
    ("Прошел год. Итоги 2024 подвели.", PUBLISHED, []),  # a capital opening a sentence is no name's
    ("купил Иван 2025 акций", PUBLISHED, []),
    # not dates
    ("на XVI саммите лидеров БРИКС", PUBLISHED, []),
    ("к 80-й годовщине Победы", PUBLISHED, []),
    ("4-го Совещания руководителей", PUBLISHED, []),
    ("в 2000 раз больше", PUBLISHED, []),
    ("около 1400 военных", PUBLISHED, []),
    ("к 1150-летию города", PUBLISHED, []),
    ("заняла 2025 человек", PUBLISHED, []),
    ("основана в 1592 году, 1535 кроватей", PUBLISHED, [("в 1592 году", "1592")]),
    ("на 40-е место", PUBLISHED, []),
    ("со счётом 15:13", PUBLISHED, []),
    ("выросла до 11.29 миллиарда", PUBLISHED, []),
    ("на 102-м году жизни", PUBLISHED, []),
    ("в среде экспертов", PUBLISHED, []),
    ("в выходные дни", PUBLISHED, []),
    ("30 февраля 2025 года", PUBLISHED, []),
    ("31.04.2025", PUBLISHED, []),
    ("COVID-19 и два года", PUBLISHED, []),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_dates(text, published, expected):
    assert dates(text, published) == expected


@pytest.mark.parametrize("text, precision", [
    ("31 июля 2025 года", "day"),
    ("в июле 2025 года", "month"),
    ("в 2025 году", "year"),
    ("в I квартале 2026 года", "quarter"),
    ("в первом полугодии 2026 года", "half"),
    ("на прошлой неделе", "week"),
    ("8 мая 2025 года 10:10", "time"),
    ("в 15:00", "time"),
    ("22–23 ноября 2025 года", "day"),
    ("в июне т.г.", "month"),
])
def test_precision(text, precision):
    [mention] = find_dates(text, segment(read(text).masked), PUBLISHED)
    assert mention.precision == precision


@pytest.mark.parametrize("lead, value", [
    # the release came out on the lead's day or after: a day past it, told in the past, is of that year
    ("Министр 7 октября 2026 года открыл фестиваль.", "2026-10-08"),
    # but a day more than a month past it is the year before
    ("Министр 1 сентября 2026 года открыл фестиваль.", "2025-10-08"),
])
def test_a_lead_date_is_a_bound_the_release_came_out_after(lead, value):
    doc = parse(f"Фестиваль открылся\n\n{lead} 8 октября министр дала пресс-конференцию.", until="dates")
    assert doc.published_from == "lead"
    assert [d.value for d in doc.dates if d.text == "8 октября"] == [value]


def test_a_month_after_a_lead_date_told_in_the_past_is_the_year_before():
    # a month is too rough for a bound that close
    doc = parse("Фестиваль открылся\n\nМинистр 1 января 2013 года открыл фестиваль. В середине февраля "
                "решили купить меньше.", until="dates")
    assert [d.value for d in doc.dates if d.text == "В середине февраля"] == ["2012-02"]


@pytest.mark.parametrize("text, expected", [
    # in a text of no date, a named edition's year is that of the days its sentence names
    ("20–22 июня в Астане пройдет конференция Astana Tech 2025.",
     [("20–22 июня", "2025-06-20/2025-06-22"), ("2025", "2025")]),
    ("Документ подписан 18 февраля на полях выставки Gulfood 2025.", [("18 февраля", "2025-02-18"), ("2025", "2025")]),
    # not another sentence's, nor a year that is no edition's
    ("Форум пройдет 20 июня. Конференция Astana Tech 2025 откроется позже.", [("20 июня", None), ("2025", "2025")]),
    ("В 2025 году 20 июня пройдет форум.", [("В 2025 году", "2025"), ("20 июня", None)]),
])
def test_a_named_editions_year_dates_its_sentences_days_in_a_text_of_no_date(text, expected):
    assert dates(text, None) == expected


@pytest.mark.parametrize("text, expected", [
    # in a text of no date, a yearless day within the months of a period told before with its year is of it
    ("12–14 сентября 2025 года прошёл фестиваль. 13 сентября состоялся круглый стол.",
     [("12–14 сентября 2025 года", "2025-09-12/2025-09-14"), ("13 сентября", "2025-09-13")]),
    ("В сентябре 2025 года прошёл фестиваль. 20 сентября открылась выставка.",
     [("В сентябре 2025 года", "2025-09"), ("20 сентября", "2025-09-20")]),
    # not a day outside its months, nor after a period reported on or a document's day
    ("За январь–март 2025 года добыто 22 млн тонн. 15 марта состоялось открытие завода.",
     [("За январь–март 2025 года", "2025-01/2025-03"), ("15 марта", None)]),
    ("Приказом от 12.03.2025 утверждены правила. 18 марта состоялся брифинг.",
     [("от 12.03.2025", "2025-03-12"), ("18 марта", None)]),
    ("12–14 сентября 2025 года прошёл фестиваль. 3 октября состоялся круглый стол.",
     [("12–14 сентября 2025 года", "2025-09-12/2025-09-14"), ("3 октября", None)]),
])
def test_a_yearless_day_within_a_dated_period_told_before_takes_its_year(text, expected):
    assert dates(text, None) == expected


def test_markdown_keeps_offsets():
    text = "**31 июля 2025 г.** министр *провел* переговоры"
    [mention] = find_dates(text, segment(read(text).masked), None)
    assert (mention.text, mention.value) == ("31 июля 2025 г.", "2025-07-31")


# ---------------------------------------------------------------- the release's own date

KREMLIN = (
    "Российско-китайские переговоры\n\nВ Кремле началась беседа.\n\n"
    "8 мая 2025 года 10:10 Москва, Кремль\n\nПредседатель КНР прибыл с визитом.\n\n"
    "Дата публикации: 9 мая 2025 года, 10:10"
)


@pytest.mark.parametrize("text, url, expected", [
    (KREMLIN, None, ("2025-05-09", "publication line")),
    ("Заголовок\n\nТекст.\n\nДата: 01.02.2024", None, ("2024-02-01", "publication line")),
    (KREMLIN.rsplit("\n\n", 1)[0], None, ("2025-05-08", "dateline")),
    ("Заголовок\n\nМинск, 5 июня 2026 г.\n\nТекст про 1 мая 2020 года", None, ("2026-06-05", "dateline")),
    ("МОСКВА, 8 мая 2025 года — РИА Новости. Президент провел встречу.", None, ("2025-05-08", "dateline")),
    ("## Заголовок\n\n31 июля 2025 г. Министр провел переговоры 30 июля.", None, ("2025-07-31", "lead")),
    ("Анонс\n\nАнонс на 29 апреля 2025 года", None, (None, None)),
    # a lead's date in a participial phrase or a relative clause after a comma is its noun's thing's
    ("Юбилей\n\nПрошел вечер к 30-летию Ассамблеи, созданной 1 марта 1995 года. Вечер 2 марта 2025 года.", None,
     (None, None)),
    ("Юбилей\n\nОтмечено 30-летие музея, который открылся 2 мая 1995 года.", None, (None, None)),
    ("Итоги\n\nВо исполнение поручений, данных 28 января 2025 года, прошло совещание.", None, (None, None)),
    # unless the clause tells of something taking place: the lead's occurrence
    ("Фестиваль\n\nМинистр открыл фестиваль, который прошел 7 октября 2026 года в театре.", None,
     ("2026-10-07", "lead")),
    ("Форум\n\nМинистр выступил на форуме, прошедшем 5 мая 2025 года в Астане.", None, ("2025-05-05", "lead")),
    # a participle before its noun is the lead's event's, and a comma of a sentence before is no clause of the date
    ("Итоги\n\nНа состоявшемся 20 декабря 2010 года заседании одобрены поправки.", None, ("2010-12-20", "lead")),
    ("Итоги\n\nМинистр, который ведет брифинги, выступил. На брифинге 5 марта 2025 года он отметил рост.", None,
     ("2025-03-05", "lead")),
    ("Текст без даты", "https://example.org/news/2024/03/15/item", ("2024-03-15", "url")),
    ("Текст без даты", "https://example.org/news/2024/03/", ("2024-03", "url")),
    ("Текст без даты\n\n**Source URL:** <https://example.org/20240315-item>", None, ("2024-03-15", "url")),
    ("Текст без даты", "https://mpt.gov.by/node/10669", (None, None)),
    ("", None, (None, None)),
])
def test_release_date(text, url, expected):
    assert release_date(text, url) == expected


def test_release_date_of_the_seeds(seeds):
    found = {name: release_date(text) for name, text in seeds.items()}
    assert found == {"000_b51bf4fae41c79d9": ("2025-07-31", "lead"), "003_9c0d123f5dd01e10": ("2026-06-05", "lead")}


def test_seed_dates(seeds):
    text = seeds["000_b51bf4fae41c79d9"]
    found = dates(text, "2025-07-31")
    assert ("31 июля 2025 г.", "2025-07-31") in found
    assert ("22 августа 2024 г.", "2024-08-22") in found
    assert ("в июне т.г.", "2025-06") in found


# ---------------------------------------------------------------- properties

_PART = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2})(?:T([0-9]{2}):([0-9]{2}))?)?)?")


def _instant(part):
    """The first moment of an ISO value's part, checking it is a real date."""
    m = _PART.fullmatch(part)
    assert m, part
    year, month, day, hour, minute = (int(x) if x else None for x in m.groups())
    return datetime(year, month or 1, day or 1, hour or 0, minute or 0)


def assert_valid(mention, text):
    assert text[mention.start:mention.stop] == mention.text
    assert mention.text and mention.text == mention.text.strip()
    assert mention.precision in (None, "year", "half", "quarter", "month", "week", "day", "time")
    if mention.value is not None:
        parts = mention.value.split("/")
        assert len(parts) in (1, 2), mention
        instants = [_instant(p) for p in parts]
        assert instants == sorted(instants), mention


DATE_WORDS = ["31", "7", "2025", "25", "1990", "июля", "мая", "декабря", "год", "года", "г.", "гг.", "в", "с", "по",
              "до", "и", "на", "–", "-", "—", "−", ".", ",", ":", "/", "(", ")", "10:10", "15.00", "часов", "квартале",
              "I", "XIX", "веке", "полугодии", "вчера", "накануне", "прошлой", "неделе", "понедельник", "среду",
              "т.г.", "этого", "прошлом", "году", "назад", "через", "спустя", "тот", "же", "день", "весной", "80-е",
              "выходные", "несколько", "ровно", "два", "первой", "половине", "начале", "\n", " ", "  ", "\u00a0"]
PUBLISHED_VALUES = st.one_of(st.none(), st.dates().map(date.isoformat), st.text(max_size=12),
                             st.sampled_from(["0001-01-01", "9999-12-31", "2025-02-30", "2025-07"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DATE_WORDS), max_size=30).map("".join), PUBLISHED_VALUES)
def test_date_like_text_never_raises(text, published):
    for mention in find_dates(text, segment(read(text).masked), published):
        assert_valid(mention, text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), PUBLISHED_VALUES)
def test_any_text_never_raises(text, published):
    for mention in find_dates(text, segment(read(text).masked), published):
        assert_valid(mention, text)
    value, where = release_date(text)
    assert (value is None) == (where is None)
    if value is not None:
        _instant(value)


@settings(max_examples=100, deadline=None)
@given(st.dates(date(1000, 1, 1), date(2199, 12, 31)), st.dates())
def test_written_dates_read_back(day, published):
    months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря"]
    text = f"Встреча прошла {day.day} {months[day.month - 1]} {day.year} года."
    expected = f"{day.day} {months[day.month - 1]} {day.year} года"
    assert dates(text, published.isoformat()) == [(expected, day.isoformat())]


@pytest.mark.parametrize("text", [
    "1" * 1_000_000,
    "1.-" * 330_000,
    "12мая2025года" * 75_000,
    "в 1 по 2 " * 110_000,
])
def test_a_megabyte_line_is_fast(text):
    start = time.perf_counter()
    find_dates(text, [], "2025-07-31")
    assert time.perf_counter() - start < 10  # linear: about a second here; backtracking would take minutes


def test_many_dates_in_one_sentence_are_fast():
    text = "5 мая прошло в 10:10 и " * 5000  # each date looks for its verb, each time for its day
    sentences = segment(read(text).masked)
    start = time.perf_counter()
    mentions = find_dates(text, sentences, "2025-07-31")
    assert time.perf_counter() - start < 10
    assert len(mentions) == 10000 and mentions[-1].value == "2025-05-05T10:10"


# ---------------------------------------------------------------- one case per atom handler

from markup import notes, parse  # noqa: E402
from pressparse.stages.dates import HANDLERS  # noqa: E402

ATOM_CASES = {
    "iso": ("Опубликовано 2025-07-31T10:10.", "2025-07-31T10:10"),
    "numeric": ("Встреча прошла 31.07.2025 в Минске.", "2025-07-31"),
    "days": ("Форум пройдёт 10–12 сентября 2025 года.", "2025-09-10/2025-09-12"),
    "day": ("Переговоры прошли 31 июля 2025 г. в Минске.", "2025-07-31"),
    "month": ("Совещание состоялось в июне т.г.", "2025-06"),
    "years": ("Сезон 2016/17 завершился.", "2016/2017"),
    "year": ("Завод построен в 2006 году.", "2006"),
    "decade": ("В 1990-е годы завод закрылся.", "1990/1999"),
    "decade_word": ("В девяностые годы завод закрылся.", "1990/1999"),
    "century": ("Храм построен в XIX веке.", "1801/1900"),
    "part": ("Завод откроется в I квартале 2026 года.", "2026-01/2026-03"),
    "season": ("Весной 2024 года начался ремонт.", "2024-03/2024-05"),
    "shifted": ("На прошлой неделе прошла встреча.", "2025-07-21/2025-07-27"),
    "year_adjective": ("На прошлогодней встрече стороны договорились.", "2024"),
    "relday": ("Вчера прошла встреча.", "2025-07-30"),
    "ago": ("Два года назад прошла встреча.", "2023"),
    "after": ("Через неделю состоится встреча.", "2025-08-07"),
    "same": ("Встреча прошла 5 мая. В тот же день подписали договор.", "2025-05-05"),
    "next": ("Встреча прошла 5 мая. На следующий день подписали договор.", "2025-05-06"),
    "weekend": ("В выходные прошла ярмарка.", "2025-07-26/2025-07-27"),
    "weekday": ("В среду прошла встреча.", "2025-07-30"),
    "time": ("Встреча прошла 31 июля 2025 года в 15:00.", "2025-07-31T15:00"),
}


def test_every_atom_has_a_handler_and_a_case():
    assert set(ATOM_CASES) == set(HANDLERS)


@pytest.mark.parametrize("atom", sorted(ATOM_CASES))
def test_each_atom_reads_its_form(atom):
    text, value = ATOM_CASES[atom]
    doc = parse(text, published="2025-07-31", until="dates")
    assert value in [d.value for d in doc.dates], doc.dates
    assert any(atom in rule.split("+") for rule, _, _ in notes(doc, "dates")), notes(doc, "dates")
