"""Persons' names in parts, as the entities stage and linking both read them."""

import pytest

from pressparse import names
from pressparse.names import NameParts


@pytest.mark.parametrize("name, parts", [
    ("Кирилл Залесский", NameParts("Кирилл", "Залесский", (), "")),
    ("Кирилл Сергеевич Залесский", NameParts("Кирилл", "Залесский", (), "", "Сергеевич")),
    ("Залесский Кирилл Сергеевич", NameParts("Кирилл", "Залесский", (), "", "Сергеевич")),  # a decree's order
    ("Ахметов Серик Нурланулы", NameParts("Серик", "Ахметов", (), "", "Нурланулы")),  # Kazakh patronymics
    ("Серик Нурланулы Ахметов", NameParts("Серик", "Ахметов", (), "", "Нурланулы")),
    ("Ахметова Айгерим Ермеккызы", NameParts("Айгерим", "Ахметова", (), "", "Ермеккызы")),
    ("Ахмет Давутоглу", NameParts("Ахмет", "Давутоглу", (), "")),  # -оглу ends Turkish surnames
    ("К.С. Залесский", NameParts(None, "Залесский", (), "КС")),
    ("Залесский К.С.", NameParts(None, "Залесский", (), "КС")),
    ("Владимир Владимирович", NameParts("Владимир", None, (), "", "Владимирович")),  # an address
    ("Анна Сергеевна", NameParts("Анна", None, (), "", "Сергеевна")),
    ("Серик Нурланулы", NameParts("Серик", None, (), "", "Нурланулы")),
    # surnames in -ович: one the dictionary also knows as a surname, one it only guesses, one of
    # the other gender than the given name
    ("Роман Абрамович", NameParts("Роман", "Абрамович", (), "")),
    ("Роман Аркадьевич Абрамович", NameParts("Роман", "Абрамович", (), "", "Аркадьевич")),
    ("Яцек Чапутович", NameParts("Яцек", "Чапутович", (), "")),
    ("Ольга Карпович", NameParts("Ольга", "Карпович", (), "")),
    ("Мигель Диас-Канель Бермудес", NameParts("Мигель", "Бермудес", ("Диас-Канель",), "")),
    ("Ли И", NameParts("Ли", "И", (), "")),  # a bare capital is a syllable, not an initial
    ("Залесский", NameParts(None, "Залесский", (), "")),
    ("И", None),
])
def test_parse(name, parts):
    assert names.parse(name) == parts


@pytest.mark.parametrize("name, decree", [
    ("Залесский Кирилл Сергеевич", True),
    ("Ержанов Болат Серикулы", True),
    ("Кирилл Сергеевич Залесский", False),
    ("Роман Аркадьевич Абрамович", False),  # a surname in "-ович" after a patronymic
    ("Кирилл Залесский", False),
    ("Залесский К.С.", False),
])
def test_a_decree_writes_the_surname_first_and_the_patronymic_last(name, decree):
    assert names.in_decree_order(name) is decree


@pytest.mark.parametrize("word, kazakh", [
    ("Нурланулы", True), ("Ермеккызы", True), ("Қайратұлы", True),
    ("Формулы", False), ("Каникулы", False),  # words the dictionary knows
    ("Сергеевич", False),
])
def test_a_kazakh_patronymic_by_its_ending(word, kazakh):
    assert names.is_kazakh_patronymic(word) is kazakh


@pytest.mark.parametrize("word, before, regnal", [
    ("I", "Бодуэн", True), ("XVI", "Людовик", True), ("V", "Кигели", True),
    ("В", "Петров", False),  # a Cyrillic letter is an initial
    ("F", "John", False),  # a Latin name's initial
])
def test_a_monarchs_number_is_a_latin_numeral_after_a_cyrillic_name(word, before, regnal):
    assert names.is_regnal(word, before) is regnal


@pytest.mark.parametrize("word, gender", [
    ("Сергеевич", "masc"), ("Сергеевна", "femn"), ("Ильинична", "femn"),
    ("Нурланулы", "masc"), ("Ермеккызы", "femn"), ("Қайратұлы", "masc"),
])
def test_a_patronymic_tells_the_gender(word, gender):
    assert names.is_patronymic(word)
    assert names.patronymic_gender(word) == gender


@pytest.mark.parametrize("initials, name, fits", [
    ("ВВ", "Владимир Владимирович", True),
    ("В", "Владимир Путин", True),
    ("ВВ", "Владимир Путин", False),
    ("КС", "Кирилл С. Залесский", True),
    ("КС", "Кирилл Сергеевич Залесский", True),
    ("КП", "Кирилл Сергеевич Залесский", False),
    ("А", "Кирилл Залесский", False),
    ("", "Кирилл Залесский", False),
])
def test_initials_abbreviate_the_given_name_and_patronymic(initials, name, fits):
    assert names.abbreviates(initials, names.parse(name)) is fits


@pytest.mark.parametrize("a, b, close", [
    ("нафтогаз", "натфогаз", True),  # two letters swapped
    ("винтерсхал", "винтершел", False),
    ("грайфсвальд", "грайфсваль", True),
    ("лубмин", "любмин", True),
    ("австрия", "австралия", False),
])
def test_one_edit_apart(a, b, close):
    assert names.within_one(a, b) is close and names.within_one(b, a) is close


@pytest.mark.parametrize("word, skeleton", [
    ("Гренелл", "гренел"), ("Гренель", "гренел"), ("Шрёдер", "шредер"), ("Д'Аламбер", "даламбер"),
])
def test_skeleton(word, skeleton):
    assert names.skeleton(word) == skeleton
