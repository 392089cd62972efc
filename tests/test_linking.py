"""Cross-document linking: name compatibility, the rules on real releases, conflicts, invariants."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pressparse
from pressparse import linking
from conftest import dev_documents


@pytest.mark.parametrize("a, b, same", [
    ("Кирилл Залесский", "Кирилл Залесский", True),
    ("Кирилл Залесский", "К. Залесский", True),
    ("Кирилл Залесский", "К.С. Залесский", True),
    ("Кирилл Сергеевич Залесский", "Залесский Кирилл Сергеевич", True),
    ("Кирилл Сергеевич Залесский", "Кирилл Залесский", True),
    ("Кирилл Сергеевич Залесский", "Кирилл Петрович Залесский", False),
    ("Кирилл Залесский", "Залесский", True),
    ("Кирилл Залесский", "Залесский К.", True),
    ("Кирилл Залесский", "А. Залесский", False),
    ("Кирилл Залесский", "Антон Залесский", False),
    ("Пётр Порошенко", "Петр Порошенко", True),  # ё and е
    ("Герхард Шрёдер", "Герхард Шредер", True),
    ("Ричард Гренелл", "Ричард Гренель", True),  # transliteration variants
    ("Ричард Гренелл", "Ричард Греннел", True),
    ("Хайко Маас", "Гайко Маас", True),
    ("Хайко Маас", "Хайко Мас", True),
    ("Вольфганг Бюхеле", "Вольфганг Бюхель", True),
    ("Мария Захарова", "Захаров", False),  # feminine and masculine forms: two people
    ("Мария Захарова", "Захарова", True),
    ("Александр Захаров", "Александра Захарова", False),
    ("Александр Новак", "Александра Новак", False),  # the given name tells the gender
    ("Иван Петров", "Иван Петровский", False),
    ("Иван Ли", "Иван Лю", False),  # short surnames: no variants
    ("Серик Ахметов", "Ахметов Серик Нурланулы", True),  # a Kazakh patronymic, as decrees write it
    ("Серик Ахметов", "Серик Нурланулы Ахметов", True),
    ("Серик Ахметов", "Ахметов Серик Ермекулы", True),
    ("Ахметов Серик Нурланулы", "Ахметов Серик Ермекулы", False),
    ("Айгерим Ахметова", "Ахметова Айгерим Ермеккызы", True),
    ("Ахметов", "Ахметова Айгерим Ермеккызы", False),  # her patronymic tells a woman
    ("Владимир Путин", "В.В. Путин", True),
    ("Владимир Владимирович Путин", "Путин В.В.", True),
    ("Владимир Владимирович Путин", "В.П. Путин", False),
    ("Кирилл С. Залесский", "Кирилл Сергеевич Залесский", True),
    ("Ли И", "И. Ли", False),  # a syllable of a Chinese name is no initial
])
def test_name_compatibility(a, b, same):
    assert linking.names_compatible(linking.person_name(a), linking.person_name(b)) is same
    assert linking.names_compatible(linking.person_name(b), linking.person_name(a)) is same


@pytest.mark.parametrize("first, second, rule", [
    ("Серик Ахметов", "Ахметов Серик Нурланулы", "same name"),
    ("Серик Нурланулы Ахметов", "Серик Ахметов", "same name"),
    ("Ахметова Айгерим Ермеккызы", "Айгерим Ахметова", "same name"),
    ("Кирилл Залесский", "Залесский К.С.", "initials and surname"),
    ("Кирилл Сергеевич Залесский", "К. Залесский", "initials and surname"),
    ("Кирилл Залесский", "А. Залесский", None),
    ("Ван И", "И. Ван", None),
])
def test_two_forms_of_a_name_in_two_documents(first, second, rule):
    entities = pressparse.link([record("d1", [(first, None)], []), record("d2", [(second, None)], [])])
    linked = [e for e in entities if len(e["documents"]) == 2]
    if rule is None:
        assert linked == []
    else:
        assert [w["rule"] for w in linked[0]["why"]] == [rule]


@pytest.mark.parametrize("name, country, base, found", [
    ("ПАО «Газпром»", None, "газпром", None),
    ("Uniper SE", None, "uniper", None),
    ("Блю Стрим Пайплайн Компани Б.В.", None, "блю стрим пайплайн компани", None),
    ("МИД ФРГ", None, "мид", "Германия"),
    ("МИД Германии", None, "мид", "Германия"),
    ("Министерство иностранных дел Российской Федерации", None, "министерство иностранных дел", "Россия"),
    ("Госдепартамент", "США", "госдепартамент", "США"),
    ("Западный комитет немецкой промышленности", None, "западный комитет германия промышленности", None),
    ("Западный комитет германской промышленности", None, "западный комитет германия промышленности", None),
])
def test_organisation_names_without_quotes_legal_forms_and_country(name, country, base, found):
    assert linking.organization_name(name, country) == (base, found or country)


RELEASES = {
    "a": "Министр иностранных дел Российской Федерации Сергей Лавров провел переговоры с министром "
         "иностранных дел Китайской Народной Республики Ван И в Москве. Официальный представитель "
         "МИД России Мария Захарова сообщила об итогах встречи.",
    "b": "15 мая 2025 года министр иностранных дел России С. Лавров встретился в Москве с Ван И. "
         "Стороны обсудили двустороннее сотрудничество. Захарова прокомментировала переговоры.",
    "c": "Министр иностранных дел Республики Беларусь Сергей Лавров (однофамилец российского министра) "
         "посетил Минск. В Министерстве иностранных дел Беларуси прошло совещание.",
    "d": "Губернатор Андрей Захаров открыл выставку. Лавров направил приветствие участникам.",
}


@pytest.fixture(scope="module")
def releases(nlp):
    return list(nlp.pipe([(key, text) for key, text in RELEASES.items()]))


def entity_of(entities, doc, name):
    """The corpus entity holding the record entity of ``doc`` named ``name``."""
    record = next(d for d in DOCS if d.id == doc)
    ref = next(e.id for e in (*record.persons, *record.organizations, *record.locations) if e.name == name)
    return next(e for e in entities if {"doc": doc, "ref": ref} in e["documents"])


DOCS = []


def test_releases_link_initials_surnames_and_keep_namesakes_and_genders_apart(releases):
    DOCS[:] = releases
    entities = pressparse.link(releases)
    lavrov = entity_of(entities, "a", "Сергей Лавров")
    assert entity_of(entities, "b", "С. Лавров") is lavrov
    assert entity_of(entities, "c", "Сергей Лавров") is not lavrov  # a namesake with a post of Belarus
    assert any(w["rule"] == "initials and surname" for w in lavrov["why"])
    assert {"title": "министр иностранных дел", "country": "Россия"}.items() <= lavrov["posts"][0].items()
    zakharova = entity_of(entities, "a", "Мария Захарова")
    assert entity_of(entities, "b", "Захарова") is zakharova
    assert entity_of(entities, "d", "Андрей Захаров") is not zakharova
    assert entity_of(entities, "a", "Москва") is entity_of(entities, "b", "Москва")
    assert entity_of(entities, "c", "Минск")["kind"] == "location"


def test_the_surname_alone_with_two_namesakes_and_nothing_to_choose_stays_apart(releases):
    DOCS[:] = releases
    entities = pressparse.link(releases)
    # "Лавров" in release d: a Russian and a Belarusian Сергей Лавров, and d names no country.
    alone = entity_of(entities, "d", "Лавров")
    assert {d["doc"] for d in alone["documents"]} == {"d"}


def test_every_line_has_the_fields_the_issue_gives(releases):
    for entity in pressparse.link(releases):
        assert list(entity)[:4] == ["id", "kind", "name", "documents"]
        assert entity["kind"] in ("person", "organization", "location")
        assert all(set(d) == {"doc", "ref"} for d in entity["documents"])


def test_documents_and_dicts_link_alike(releases):
    assert pressparse.link(releases) == pressparse.link([d.to_dict() for d in releases])


def test_the_ministries_of_two_countries_stay_two(releases):
    DOCS[:] = releases
    entities = pressparse.link(releases)
    orgs = [e for e in entities if e["kind"] == "organization"]
    assert all(len(e["countries"]) <= 1 for e in orgs)


def posted(ident, name, title, country, text):
    """A record of one person holding one post, mentioned as ``text``."""
    return {"id": ident, "published": "2025-01-01", "organizations": [], "locations": [],
            "persons": [{"id": "p1", "name": name, "country": country, "mentions": [],
                         "positions": [{"title": title, "org": None, "country": country,
                                        "mentions": [{"start": 0, "stop": len(text), "text": text}]}]}]}


@pytest.mark.parametrize("first, second, joined", [
    # a bare post takes its country from the article's topic: no conflict with one the text names
    (("президент", "США", "президент США"), ("президент", "Германия", "президент"), True),
    (("министр иностранных дел", "Польша", "министр иностранных дел Польши"),
     ("министр иностранных дел страны", "Россия", "министром иностранных дел страны"), True),
    (("президент", "Украина", "украинский президент"), ("президент", "США", "Президента"), True),
    # two posts the text gives two countries: namesakes
    (("министр", "Россия", "министр России"), ("министр", "Беларусь", "министр Беларуси"), False),
    # neither names its country, the releases give two: still namesakes
    (("министр", "Россия", "Министр"), ("министр", "Беларусь", "министра"), False),
])
def test_a_post_whose_country_the_text_does_not_name_is_no_conflict_with_one_it_names(first, second, joined):
    entities = pressparse.link([posted("d1", "Иван Петров", *first), posted("d2", "Иван Петров", *second)])
    assert (len(entities) == 1) is joined


# ---------------------------------------------------------------- invariants, with hypothesis

NAMES = ["Кирилл Залесский", "К. Залесский", "Залесский", "Мария Захарова", "Захаров", "Захарова",
         "Хайко Маас", "Гайко Маас", "Маас", "Иван Петров", "Иван Петрова", "И. Петров"]
ORGS = ["МИД России", "МИД", "МИД Германии", "Министерство иностранных дел Германии", "ПАО «Газпром»",
        "Газпром", "Европейская комиссия", "Еврокомиссия", "ЕК"]
COUNTRIES = [None, "Россия", "Германия", "Беларусь"]


def record(ident, persons, orgs):
    return {
        "id": ident, "published": "2025-01-01",
        "persons": [{"id": f"p{n}", "name": name, "country": country,
                     "positions": [{"title": "министр", "org": None, "country": country, "mentions": []}]
                     if country else [], "mentions": []} for n, (name, country) in enumerate(persons, 1)],
        "organizations": [{"id": f"o{n}", "name": name, "country": None, "full_name": None, "mentions": []}
                          for n, name in enumerate(orgs, 1)],
        "locations": [],
    }


records = st.lists(
    st.tuples(st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(COUNTRIES)), max_size=4),
              st.lists(st.sampled_from(ORGS), max_size=3)),
    min_size=1, max_size=12,
).map(lambda docs: [record(f"d{i}", persons, orgs) for i, (persons, orgs) in enumerate(docs)])


def partition(entities):
    return {frozenset((d["doc"], d["ref"]) for d in e["documents"]) for e in entities}


@settings(max_examples=60, deadline=None)
@given(records)
def test_every_record_entity_is_in_exactly_one_corpus_entity(docs):
    listed = [(d["doc"], d["ref"]) for e in pressparse.link(docs) for d in e["documents"]]
    every = [(r["id"], e["id"]) for r in docs for e in (*r["persons"], *r["organizations"])]
    assert sorted(listed) == sorted(every)


@settings(max_examples=60, deadline=None)
@given(records, st.randoms(use_true_random=False))
def test_linking_does_not_depend_on_the_order_of_the_records(docs, rng):
    shuffled = docs[:]
    rng.shuffle(shuffled)
    assert partition(pressparse.link(shuffled)) == partition(pressparse.link(docs))


@settings(max_examples=60, deadline=None)
@given(records)
def test_no_corpus_person_holds_posts_of_two_countries_or_two_genders(docs):
    for entity in pressparse.link(docs):
        if entity["kind"] == "person":
            assert len({p["country"] for p in entity["posts"] if p["country"]}) <= 1
            genders = {linking.person_name(n).gender for n in [entity["name"], *entity["aliases"]]} - {None}
            assert len(genders) <= 1


def test_summaries_of_parts_merged_link_as_the_whole():
    rng = random.Random(7)
    docs = [record(f"d{i}", [(rng.choice(NAMES), rng.choice(COUNTRIES)) for _ in range(3)],
                   rng.sample(ORGS, 2)) for i in range(40)]
    merged = linking.merge(linking.summarise(docs[:13]), linking.summarise(docs[13:]))
    assert linking.corpus(merged) == pressparse.link(docs)


# ---------------------------------------------------------------- the BSNLP dev records


@pytest.fixture(scope="module")
def bsnlp(nlp):
    items = dev_documents("bsnlp-dev.jsonl")
    return [d.to_dict() for d in nlp.pipe({"id": i["id"], "text": i["text"], "published": i.get("published")}
                                          for i in items)]


def test_bsnlp_dev_links_every_entity_once_and_beats_joining_by_name(bsnlp):
    entities = pressparse.link(bsnlp)
    listed = [(d["doc"], d["ref"]) for e in entities for d in e["documents"]]
    every = [(r["id"], e["id"]) for r in bsnlp for k in ("persons", "organizations", "locations")
             for e in r[k] if e["name"]]
    assert sorted(listed) == sorted(every)
    by_name = {(e["kind"], e["name"].casefold()) for e in entities}
    names = {(k, e["name"].casefold()) for r in bsnlp for k, s in (("person", "persons"),
             ("organization", "organizations"), ("location", "locations")) for e in r[s]}
    assert len(entities) < len(names)  # fewer entities than distinct names: variants were joined
    assert by_name  # every entity has a name


def test_a_former_post_is_no_post_on_the_records_date(nlp):
    docs = list(nlp.pipe([("x", "Бывший министр финансов Алексей Кудрин выступил на форуме."),
                          ("y", "Председатель Счётной палаты Алексей Кудрин выступил в Думе.")]))
    [kudrin] = [e for e in pressparse.link(docs) if e["name"] == "Алексей Кудрин"]
    assert [p["title"] for p in kudrin["posts"]] == ["председатель Счётной палаты"]


def test_a_tie_with_no_post_is_a_corpus_persons_post_with_no_title(nlp):
    docs = list(nlp.pipe([("x", "Иван Петров работает в банке «Заря»."),
                          ("y", "Директор школы Иван Петров выступил на форуме.")]))
    [petrov] = [e for e in pressparse.link(docs) if e["name"] == "Иван Петров"]
    assert sorted((p["title"] or "", p["org"] or "") for p in petrov["posts"]) == [("", "Заря"), ("директор школы", "")]
