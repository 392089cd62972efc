import re
from pathlib import Path

import pytest

from pressparse import lexicon
from pressparse.lexicon import country, country_adjective, country_prefix, country_word

COUNTRIES = [
    ("Беларусь", "Беларусь"),
    ("Беларуси", "Беларусь"),
    ("Республика Беларусь", "Беларусь"),
    ("Республики Беларусь", "Беларусь"),
    ("Республике Беларусь", "Беларусь"),
    ("Белоруссией", "Беларусь"),
    ("РБ", "Беларусь"),
    ("Китай", "Китай"),
    ("Китаем", "Китай"),
    ("Китайской Народной Республики", "Китай"),
    ("Китайскую Народную Республику", "Китай"),
    ("КНР", "Китай"),
    ("России", "Россия"),
    ("Российскую Федерацию", "Россия"),
    ("Российской Федерации", "Россия"),
    ("РФ", "Россия"),
    ("США", "США"),
    ("Соединённых Штатов Америки", "США"),
    ("Соединенными Штатами", "США"),
    ("Великобританией", "Великобритания"),
    ("Соединённого Королевства Великобритании и Северной Ирландии", "Великобритания"),
    ("Мьянмы", "Мьянма"),
    ("Республикой Союз Мьянма", "Мьянма"),
    ("Бирме", "Мьянма"),
    ("Таджикистана", "Таджикистан"),
    ("Республике Таджикистан", "Таджикистан"),
    ("Кубе", "Куба"),
    ("Республикой Куба", "Куба"),
    ("Украины", "Украина"),
    ("ФРГ", "Германия"),
    ("Федеративной Республики Германия", "Германия"),
    ("КНДР", "КНДР"),
    ("Корейской Народно-Демократической Республики", "КНДР"),
    ("Республики Корея", "Южная Корея"),
    ("ОАЭ", "ОАЭ"),
    ("Объединенных Арабских Эмиратов", "ОАЭ"),
    ("ЮАР", "ЮАР"),
    ("Южно-Африканской Республике", "ЮАР"),
    ("Киргизии", "Кыргызстан"),
    ("Кыргызской Республикой", "Кыргызстан"),
    ("Молдавии", "Молдова"),
    ("Демократической Республики Конго", "ДР Конго"),
    ("Республики Конго", "Конго"),
    ("Гвинеи-Бисау", "Гвинея-Бисау"),
    ("Папуа — Новой Гвинеи", "Папуа — Новая Гвинея"),
    ("Кот-д’Ивуара", "Кот-д’Ивуар"),
    ("Боснии и Герцеговины", "Босния и Герцеговина"),
    ("Перу", "Перу"),
    ("Того", "Того"),
    ("Советского Союза", "Советский Союз"),
    ("СССР", "Советский Союз"),
    # not a country's name, or more or less than one
    ("Республики Беларусь Кирилл", None),
    ("Синь Гобинем", None),
    ("Республики", None),
    ("Народной Республики", None),
    ("того", None),
    ("Тот", None),
    ("кнр", None),
    ("Москва", None),
    ("", None),
]


@pytest.mark.parametrize("text,name", COUNTRIES)
def test_country(text, name):
    assert country(text) == name


PREFIXES = [
    (["Китайской", "Народной", "Республики", "Синь", "Гобинем"], ("Китай", 3)),
    (["Республики", "Беларусь", "Кирилл", "Залесский"], ("Беларусь", 2)),
    (["Республики", "Беларусь"], ("Беларусь", 2)),
    (["КНР", "Си", "Цзиньпином"], ("Китай", 1)),
    (["России", "и", "Беларуси"], ("Россия", 1)),
    (["Соединенных", "Штатов", "Америки", "в"], ("США", 3)),
    (["Соединенных", "Штатов", "в"], ("США", 2)),
    (["Демократической", "Республики", "Конго"], ("ДР Конго", 3)),
    (["Папуа", "—", "Новая", "Гвинея"], ("Папуа — Новая Гвинея", 4)),
    (["Гвинеи", "-", "Бисау"], ("Гвинея-Бисау", 3)),
    (["Министерства", "связи"], None),
    (["Республики"], None),
    (["Синь", "Гобинем"], None),
    ([], None),
]


@pytest.mark.parametrize("words,found", PREFIXES)
def test_country_prefix(words, found):
    assert country_prefix(words) == found


@pytest.mark.parametrize("word,found", [
    ("Югославии", True), ("Советского", True), ("Гвинеи-Бисау", True), ("Республикой", True),
    ("Министерства", False), ("Синь", False), ("РФ", False),  # an abbreviation is no form of a name's word
])
def test_country_word(word, found):
    assert country_word(word) is found


ADJECTIVES = [
    ("белорусский", "Беларусь"),
    ("белорусской", "Беларусь"),
    ("Белорусская", "Беларусь"),
    ("китайских", "Китай"),
    ("Китайской", "Китай"),
    ("российскую", "Россия"),
    ("американским", "США"),
    ("кубинской", "Куба"),
    ("мьянманской", "Мьянма"),
    ("таджикской", "Таджикистан"),
    ("советского", "Советский Союз"),
    ("стол", None),
    ("народной", None),
]


@pytest.mark.parametrize("word,name", ADJECTIVES)
def test_country_adjective(word, name):
    assert country_adjective(word) == name


def test_data_is_consistent():
    countries = lexicon.read_countries()
    names = [c.name for c in countries]
    assert len(names) >= 200
    assert len(set(names)) == len(names)
    # the one ambiguity kept on purpose: abbreviations two countries share, read in context
    assert lexicon._tables().ambiguous == set(lexicon._tables().shared) == {"РК"}
    for c in countries:
        for form in (c.name,) + c.forms + c.abbreviations:
            if lexicon.shared_abbreviation(form):
                assert country(form) is None and c.name in lexicon.shared_abbreviation(form), form
            else:
                assert country(form) == c.name, form
        for adjective in c.adjectives:
            assert country_adjective(adjective) == c.name, adjective


POSTS = [
    ("Председатель", True),
    ("Президента", True),
    ("заместителем", True),
    ("Министру", True),
    ("Вице-премьера", True),
    ("генерал-майора", True),
    ("Премьер-лиги", False),  # a thing, though its first part names an office
    ("Патриархом", True),
    ("Правительства", False),
    ("Кирилл", False),
    ("Беларусь", False),
]


@pytest.mark.parametrize("word,post", POSTS)
def test_is_post(word, post):
    assert lexicon.is_post(word) is post


@pytest.mark.parametrize("word, post", [
    ("программистом", True),
    ("Рок-музыканта", True),  # a compound the harvest lists by its parts
    ("экс-пограничника", True),  # after a prefix that makes a post of a post
    ("политику", False),  # policy before politician
    ("после", False),  # a preposition before an ambassador's locative
    ("женщина-космонавт", False),  # no compound the harvest lists, nor a prefix's
    ("Кирилл", False),
])
def test_is_harvested_post(word, post):
    assert lexicon.is_harvested_post(word) is post


def test_the_harvested_lexicon_is_sorted_lemmas_and_its_heads_pass_its_filter():
    lemmas = [line for line in (DATA / "posts_harvested.txt").read_text(encoding="utf-8").splitlines()
              if not line.startswith("#")]
    assert lemmas == sorted(set(lemmas)) and len(lemmas) > 100
    assert all(line == line.strip().lower() for line in lemmas)
    # lexicon.may_be_harvested_post spares most words their analysis: it may skip no word the harvest takes
    assert all(lexicon.may_be_harvested_post(lemma) for lemma in lemmas if lexicon.is_harvested_post(lemma))


@pytest.mark.parametrize("text, k, noun", [
    ("главы Ярославской и Владимирской областей", 2, 4),
    ("в Архангельской , Рязанской и Калининградской областях", 2, 6),
    ("в Мурманской , Кировско-Апатитской и Мончегорской агломерациях", 2, None),  # no kind of place
    ("Ярославской области", 1, None),  # no coordination: the adjective has its own noun
    ("в Архангельской и Красноярском крае", 2, None),  # not of the noun's gender
])
def test_shared_place_kind(text, k, noun):
    assert lexicon.shared_place_kind(text.split(), k) == noun


@pytest.mark.parametrize("word, descriptor", [("городе", True), ("посёлке", True), ("поселка", True),
                                             ("области", True), ("Москве", False)])
def test_place_descriptors_in_any_form(word, descriptor):
    assert lexicon.is_place_descriptor(word) is descriptor


# ---------------------------------------------------------------- the data files and their loader

DATA = Path(lexicon.__file__).parent / "data"
SOURCE = Path(lexicon.__file__).parent


@pytest.mark.parametrize("path", sorted(p for p in DATA.iterdir() if p.suffix in (".tsv", ".txt")), ids=lambda p: p.name)
def test_every_data_file_says_what_it_is_and_where_its_words_came_from(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    header = [line for line in lines[:next(i for i, line in enumerate(lines) if not line.startswith("#"))]]
    assert header and all(line.startswith("#") for line in header), path.name
    if path.suffix == ".tsv":  # the first line after the comments names the columns
        columns = next(line for line in lines if not line.startswith("#")).split("\t")
        assert all(row.count("\t") < len(columns) for row in lines if row and not row.startswith("#")), path.name


def test_every_word_list_the_code_names_exists_and_every_list_is_named():
    named = set()
    for path in SOURCE.rglob("*.py"):
        named |= set(re.findall(r"""(?<!\w)words\("(\w+)"\)""", path.read_text(encoding="utf-8")))
    assert named == set(lexicon.listed_words())


def test_a_list_named_but_missing_fails_at_once():
    with pytest.raises(ImportError, match="no list 'nonexistent'"):
        lexicon.words("nonexistent")


@pytest.mark.parametrize("entry, forms", [
    ("министр", {"министр"}),
    ("назначить{PRTS,sing}", {"назначен", "назначена", "назначено"}),
    ("среда{accs,sing}", {"среду"}),
    ("который{nomn|plur,gent}", {"который", "которая", "которое", "которые", "которых"}),
    ("утвердить{PRTS,sing}", {"утверждён", "утвержден", "утверждена", "утверждено"}),
])
def test_an_entry_is_its_word_or_the_forms_of_its_lemma(entry, forms):
    assert lexicon.expand(entry) == forms


def test_an_entry_that_stands_for_no_form_is_an_error():
    with pytest.raises(ValueError, match="stands for no form"):
        lexicon.expand("министр{VERB}")


def test_cells_hold_entries_with_commas_inside_their_grammemes():
    assert lexicon.entries("январь{sing}, янв, среда{nomn,sing|gent,sing}") == [
        "январь{sing}", "янв", "среда{nomn,sing|gent,sing}"]


@pytest.mark.parametrize("word, cases, place", [("с", ("ablt",), None), ("в", ("accs", "loct"), "at"),
                                                ("из", ("gent",), "from"), ("близ", (), "near")])
def test_prepositions_say_their_cases_and_places(word, cases, place):
    preposition = lexicon.prepositions()[word]
    assert (preposition.cases, preposition.place) == (cases, place)


def test_state_posts_say_their_seat_and_whether_they_head_a_state():
    assert lexicon.seats_in_state("президент") and lexicon.heads_a_state("президент")
    assert lexicon.heads_a_state("председатель") and not lexicon.seats_in_state("председатель")
    assert lexicon.seats_in_state("сенатор") and not lexicon.heads_a_state("сенатор")


@pytest.mark.parametrize("lemma, noun", [("судья", "суд"), ("судья-докладчик", "суд"), ("вице-губернатор", "регион"),
                                         ("нападающий", "клуб"), ("адвокат", None), ("директор", None)])
def test_a_post_serving_one_kind_of_body_names_its_noun(lemma, noun):
    assert lexicon.served_by(lemma) == noun


def test_every_noun_a_post_serves_names_a_kind_of_body_or_place():
    places = lexicon.words("region_kind") | lexicon.words("region_noun") | lexicon.words("city_noun")
    for _, noun in lexicon.table("serving_posts.tsv")[1:]:
        assert lexicon.body_kind(noun) or noun in places, noun


def test_a_legal_form_names_a_company_and_an_enterprise_alike():
    assert "оао" in lexicon.body_kind("компания") and "оао" in lexicon.body_kind("предприятие")
    assert "институт" not in lexicon.body_kind("университет")


@pytest.mark.parametrize("place, name, country", [
    ("Восточно-Казахстанская область", "Восточно-Казахстанская область", "Казахстан"),
    ("Татарстан", "Республика Татарстан", "Россия"),
    ("Подмосковье", "Московская область", "Россия"),
    ("Приморье", "Приморский край", "Россия"),
    ("Якутия", "Республика Саха (Якутия)", "Россия"),
    ("Гомельщина", "Гомельская область", "Беларусь"),
    # a name a republic and the root of a krai's share names neither; a city is no region
    ("Алтай", None, None),
    ("Казань", None, None),
])
def test_a_region_is_known_by_its_full_or_common_name(place, name, country):
    assert lexicon.region_name(place) == name
    assert lexicon.region_country(place) == country
