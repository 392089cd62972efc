"""Merging mentions into entities, on real sentences of releases."""

import pytest
from hypothesis import given, strategies as st

from pressparse.stages.entities import (_abbreviates, _Cluster, _common_noun, _merge_organizations, _name_key,
                                       _part_of, _same_word, _surname_keys, add_body, org_key)


def names(doc, kind):
    return [e.name for e in getattr(doc, kind)]


@pytest.mark.parametrize("text, persons", [
    ("Антон Алексеев провел встречу. Алексеев отметил важность сотрудничества.", ["Антон Алексеев"]),
    ("В Кремле началась беседа Владимира Путина с Председателем КНР Си Цзиньпином. "
     "В.Путин: Уважаемый Председатель Си Цзиньпин! Рад Вас приветствовать.",
     ["Владимир Путин", "Си Цзиньпин"]),
    ("И.Гехт: Спасибо, Владимир Владимирович. В.Путин: Хорошо.", ["И. Гехт", "Владимир Путин"]),
    ("Мигель Диас-Канель Бермудес прибыл в Москву. Диас-Канель поблагодарил хозяев.",
     ["Мигель Диас-Канель Бермудес"]),
    ("Назначить Кикотя Андрея Владимировича заместителем Министра. Андрей Кикоть родился в 1970 году.",
     ["Андрей Кикоть"]),
    ("Встреча с Рамзаном Кадыровым. Рауль Кастро и Фидель Кастро.", ["Рамзан Кадыров", "Рауль Кастро", "Фидель Кастро"]),
    ("Об этом заявил шеф концерна Бернд Пишетсридер (Bernd Pischetsrieder) на ярмарке в Детройте.",
     ["Бернд Пишетсридер"]),
    # a Kazakh patronymic is one as a Russian one is; "-оглу" ends a surname
    ("Марат Нурланулы Садыков прибыл в Астану. Марат Садыков выступил на форуме.", ["Марат Садыков"]),
    ("Ахмет Давутоглу прибыл в Анкару.", ["Ахмет Давутоглу"]),
    # named in full only as a decree writes it, a person keeps that order and the patronymic (ANNOTATION);
    # prose's full name drops the patronymic
    ("Указом Президента назначить Ержанова Болата Серикулы заместителем министра финансов.",
     ["Ержанов Болат Серикулы"]),
    ("Письмо направлено Сейтказиновой Динаре Маратовне. Динара Сейтказинова ответила на него.",
     ["Динара Сейтказинова"]),
    ("Вопросы обсуждались с Нурсултаном Абишевичем Назарбаевым.", ["Нурсултан Назарбаев"]),
    # a person the text names only by given name and patronymic keeps the patronymic
    ("На встрече выступила Наталья Дмитриевна. Она рассказала о музее.", ["Наталья Дмитриевна"]),
    # the mention a verb agrees with is surely in the nominative and names the person
    ("Приговор Анатолию Шкурупе. Суд арестовал Анатолия Шкурупу. Анатолий Шкурупа признал вину.",
     ["Анатолий Шкурупа"]),
    # a family named by its surname in the plural is none of its members
    ("Пётр Соколов выступил на открытии выставки. Картины супругов Соколовых показаны впервые. "
     "Соколов поблагодарил гостей.", ["Пётр Соколов", "Соколовы"]),
    ("Иван Орлов встретился с братьями Орловыми в Туле.", ["Иван Орлов", "Орловы"]),
    # a surname with a fleeting vowel, read without it from an oblique case ("Орла": Орл), is the same person
    ("Депутат Игорь Орёл выступил в Думе. Речь Игоря Орла поддержали коллеги.", ["Игорь Орёл"]),
    # a hierarch's monastic name is no one else's first name; his other mentions are his
    ("На службе был Владимир Путин. Её совершил митрополит Санкт-Петербургский и Ладожский Владимир.",
     ["Владимир Путин", "Владимир"]),
    ("Патриарх Кирилл встретился с Кириллом Дмитриевым. Патриарх Московский и всея Руси Кирилл "
     "поблагодарил гостя.", ["Кирилл", "Кирилл Дмитриев"]),
])
def test_person_mentions_merge(nlp, text, persons):
    doc = nlp.parse(text)
    assert sorted(names(doc, "persons")) == sorted(persons)


@pytest.mark.parametrize("text, locations", [
    ("Переговоры Китайской Народной Республики и Республики Беларусь. КНР и РБ подписали. Китай и Беларусь.",
     ["Китай", "Беларусь"]),
    ("Си Цзиньпин прибыл в Российскую Федерацию. Россия приветствует гостя.", ["Россия"]),
    ("Совещание прошло в г. Карамай.", ["Карамай"]),
])
def test_places_merge_into_canonical_countries(nlp, text, locations):
    doc = nlp.parse(text)
    assert sorted(names(doc, "locations")) == sorted(locations)
    assert all(loc.kind == "country" for loc in doc.locations if loc.name in ("Китай", "Беларусь", "Россия"))


@pytest.mark.parametrize("text, organizations", [
    ("Совещание Шанхайской организации сотрудничества. Договорились о взаимодействии в рамках ШОС.",
     ["Шанхайская организация сотрудничества"]),
    ("Меморандум между Министерством связи и информатизации Республики Беларусь и "
     "Министерством промышленности и информатизации КНР. Министерство связи и информатизации РБ выступило.",
     ["Министерство связи и информатизации Республики Беларусь",
      "Министерство промышленности и информатизации КНР"]),
    ("Выступил директор Национального исследовательского центра «Курчатовский институт». "
     "Курчатовский институт представил доклад.",
     ["Национальный исследовательский центр «Курчатовский институт»"]),
    ("Путин посетил Национальный центр «Россия». Доклад сделал глава АНО «Дирекция выставки достижений «Россия» "
     "Иван Петров.", ["Национальный центр «Россия»", "АНО «Дирекция выставки достижений «Россия»"]),
    ("В феврале Всемирное антидопинговое агентство (ВАДА) лишило аккредитации московскую лабораторию.",
     ["Всемирное антидопинговое агентство"]),
    ("По сведениям Всемирной продовольственной и сельскохозяйственной организации ООН (ФАО), цены выросли. "
     "Экономист ФАО не исключил роста.",
     ["Всемирная продовольственная и сельскохозяйственная организация ООН", "ООН"]),
])
def test_organisations_merge(nlp, text, organizations):
    doc = nlp.parse(text)
    assert sorted(names(doc, "organizations")) == sorted(organizations)


@pytest.mark.parametrize("short, name, expected", [
    ("ШОС", "Шанхайская организация сотрудничества", True),
    ("ОДКБ", "Организация Договора о коллективной безопасности", True),
    ("Минсвязи", "Министерство связи и информатизации Республики Беларусь", True),
    ("Госсовет", "Государственный совет КНР", True),
    ("Минпромторг", "Министерство промышленности и торговли", True),
    # a trailing abbreviation says whose the body is ("РК" is no country of the table's: it is ambiguous)
    ("МСХ", "Министерство сельского хозяйства РК", True),
    ("СБ", "Совет Безопасности ООН", True),
    ("СВО", "Служба внешней разведки", False),
    ("ШОС", "Шанхайская организация", False),
    ("Минобороны", "Министерство связи", False),
])
def test_abbreviations(short, name, expected):
    assert _abbreviates(short, name) is expected


@pytest.mark.parametrize("url, full_name, country", [
    ("https://mpt.gov.by/node/10669", "Министерство связи и информатизации Республики Беларусь", "Беларусь"),
    ("https://digital.gov.ru/ru/events/1", "Министерство цифрового развития, связи и массовых коммуникаций "
                                           "Российской Федерации", "Россия"),
])
def test_an_abbreviation_is_resolved_by_the_release_country(nlp, url, full_name, country):
    doc = nlp.parse(f"В Минсвязи обсудили цифровые проекты БРИКС.\n\nSource URL: {url}")
    minsvyazi = next(o for o in doc.organizations if o.name == "Минсвязи")
    assert (minsvyazi.full_name, minsvyazi.country) == (full_name, country)


def test_an_abbreviation_joins_the_body_named_in_full(nlp, seeds):
    doc = nlp.parse(seeds["003_9c0d123f5dd01e10"])
    ministry = next(o for o in doc.organizations if o.name.startswith("Министерство связи"))
    assert "Минсвязи" in [m.text for m in ministry.mentions] and ministry.country == "Беларусь"


@pytest.mark.parametrize("text, home", [
    ("Встреча прошла в Кремле. Москва приветствовала гостей из Китая.", "Россия"),
    ("Переговоры прошли в Минске.\n\nSource URL: https://www.xn--b1akbcqh2a7i.xn--90ais/news", "Беларусь"),
    # a release that names no country speaks from the state of its regions
    ("Министр сельского хозяйства Айдарбек Сапаров посетил Восточно-Казахстанскую область и встретился с "
     "аграриями Туркестанской области.", "Казахстан"),
    ("Министр посетил ферму.", None),
    # two countries named as often: either may be the one the release speaks from
    ("Делегация Китая прибыла в Казахстан. Стороны обсудили торговлю Китая и Казахстана.", None),
    ("Делегация Китая прибыла в Казахстан. Казахстан и Китай обсудили торговлю Казахстана.", "Казахстан"),
    # a guest head of state's country, the qualifier of their post in an oblique case before their name,
    # counts only after the countries named otherwise
    ("Олег Белов встретился с Президентом Египта Ахмедом Саидом, прибывшим в Россию с визитом.", "Россия"),
    ("Олег Белов проведёт переговоры с Премьер-министром Республики Союз Мьянма Мином Хлайном, который "
     "посетит Россию.", "Россия"),
    ("Олег Белов встретился с Президентом Египта Ахмедом Саидом.", "Египет"),
    # the subject's own post is no guest's ("Президент России" in news), nor a post's complement
    ("Олег Белов встретился с советником Президента Египта Ахмеда Саида в Москве.", None),
    ("Советник Президента США Дональда Трампа прибыл в Москву. Советник Президента США Дональда Трампа "
     "провёл переговоры.", "США"),
    ("Президент России Олег Белов подписал указ о награждении гражданина Египта. Указ вступил в силу в Москве.",
     "Россия"),
    # a country named as a journey's goal counts only after the countries named otherwise; a verb's goal
    # counts, a guest's arrival naming it as often
    ("Олег Белов обсудил итоги визита в Египет. Переговоры прошли в Москве.", "Россия"),
    ("Олег Белов обсудил итоги визита в Египет.", "Египет"),
    # a tie is broken by the dateline's place, where the release speaks from
    ("Совещание Совета\n\nВладимир Путин провёл совещание.\n\n17 июля 2026 года 14:00 Ново-Огарёво, Московская область\n\n"
     "Саммит пройдёт в Бишкеке.", "Россия"),
    ("Совещание\n\nСаммит пройдёт в Бишкеке, а не в Москве.", None),
    # a minister's country is a vote still: a release names its own ministers so
    ("Министр сельского хозяйства Казахстана Айдар Сапаров прибыл в Китай. Казахстан закупит технику.",
     "Казахстан"),
])
def test_home_country(nlp, text, home):
    from pressparse.stages.entities import home_country
    from pressparse.stages.read import read

    doc = nlp.parse(text)
    assert home_country(read(text).url, doc.locations, text, [m for p in doc.persons for m in p.mentions]) == home


def test_the_home_country_notes_where_it_came_from(nlp):
    text = "Олег Белов встретился с Президентом Египта Ахмедом Саидом, прибывшим в Россию с визитом."
    doc = nlp.parse(text, explain=True)
    assert [(n.subject, n.detail) for n in doc.notes if n.rule == "home country"] == \
        [("Россия", "places' votes: Россия 1, Египет 0+1 as a guest's qualifier")]
    url = "Переговоры прошли в Минске.\n\nSource URL: https://www.xn--b1akbcqh2a7i.xn--90ais/news"
    doc = nlp.parse(url, explain=True)
    assert [(n.subject, n.detail) for n in doc.notes if n.rule == "home country"] == \
        [("Беларусь", "web domain .бел")]


@given(st.lists(st.text(alphabet="абвгдеёж", min_size=1, max_size=9), min_size=2, max_size=40))
def test_surname_keys_find_every_surname_that_may_be_the_same(words):
    # persons are merged through these keys: a pair _same_word accepts but no key joins is lost
    for a in words:
        for b in words:
            if _same_word(_name_key(a), _name_key(b)):
                assert set(_surname_keys(a, probe=True)) & set(_surname_keys(b)), (a, b)


BODIES = ["Шанхайская организация сотрудничества", "ШОС", "Министерство связи и информатизации", "Минсвязи",
          "Министерство связи", "Национальный исследовательский центр «Курчатовский институт»",
          "Курчатовский институт", "АО «Газпромбанк»", "Газпромбанк", "Служба по вопросам гражданства",
          "Служба по вопросам", "Госсовет", "Государственный совет КНР", "Совет Федерации", "Совет", "СФ"]


@given(st.lists(st.sampled_from(BODIES), unique=True, min_size=1, max_size=len(BODIES)))
def test_organisations_merge_as_each_pair_would(names):
    # the index finds, for each name, the first longer name it is part of, as a scan of all would
    def clusters():
        return [_Cluster(name=n, key=org_key(n), spans=[n]) for n in names]

    scanned = []
    for cluster in sorted(clusters(), key=lambda c: -len(c.key)):
        # a body noun alone ("Совет") goes with the one longer name it begins, if only one does
        heads = [c for c in scanned if len(c.key) >= 2 and len(cluster.key) == 1 and c.key[0] == cluster.key[0]]
        head = heads[0] if len(heads) == 1 and _common_noun(cluster.name) else None
        home = next((c for c in scanned if _part_of(cluster, c) or c is head), None)
        if home is None:
            scanned.append(cluster)
        else:
            home.spans.extend(cluster.spans)
    assert [(c.name, c.spans) for c in _merge_organizations(clusters())] == [(c.name, c.spans) for c in scanned]



# ---------------------------------------------------------------- stage cases, no NER model: names marked

from markup import notes, parse  # noqa: E402


@pytest.mark.parametrize("rule, source, kind, names", [
    ("same person", "[Антон Алексеев]PER выступил на форуме. [Алексеев]PER отметил рост.", "persons",
     ["Антон Алексеев"]),
    ("alias in brackets", "[Всемирное антидопинговое агентство]ORG ([ВАДА]ORG) сообщило о проверке.",
     "organizations", ["Всемирное антидопинговое агентство"]),
    ("alias in brackets", "Акции ЗАО «[Белорусская калийная компания]ORG» ([БКК]ORG) выросли.",
     "organizations", ["ЗАО «Белорусская калийная компания»"]),  # past the quotes
    ("same body", "Саммит [Шанхайской организации сотрудничества]ORG прошёл в Астане. Страны [ШОС]ORG "
     "подписали декларацию.", "organizations", ["Шанхайская организация сотрудничества"]),
    ("common body", "Делегация [Минсвязи]ORG прибыла в Пекин.\n\nSource URL: https://mpt.gov.by/node/1",
     "organizations", ["Минсвязи"]),
    ("same body", "[Министерство энергетики]ORG провело брифинг. [Министерство]ORG планирует импорт.",
     "organizations", ["Министерство энергетики"]),
    ("same body", "[Государственная корпорация «Ростех»]ORG отчиталась. Глава госкорпорации «[Ростех]ORG» "
     "выступил.", "organizations", ["Государственная корпорация «Ростех»"]),
    ("same body", "Книгу выпустило издательство [Penguin Books]ORG. В [Penguin Books]ORG ответили.",
     "organizations", ["издательство Penguin Books"]),  # a Latin-script name alone is the body named with its kind
    ("same body", "Сделку заключил фонд [Digital Sky Technologies]ORG. Позже фонд [DST]ORG продал акции.",
     "organizations", ["фонд Digital Sky Technologies"]),  # an abbreviation after its kind
    ("region's noun alone", "Сотрудники [департамента полиции Алматинской области]ORG задержали группу. "
     "Начальник [департамента полиции области]ORG сообщил об итогах.", "organizations",
     ["департамент полиции Алматинской области"]),
    ("abbreviated ending", "Работали подразделения [Департамента по чрезвычайным ситуациям ВКО]ORG. "
     "Министр поручил [Департаменту по ЧС]ORG усилить мониторинг.", "organizations",
     ["Департамент по чрезвычайным ситуациям ВКО"]),
    ("same body", "Свой фонд [Castle Point Capital]ORG он продал. [Фонд Коумса]ORG вырос. [Фонд]ORG понёс потери.",
     "organizations", ["фонд Castle Point Capital", "Фонд Коумса"]),  # one body named by its head alone
])
def test_each_merge_rule_makes_one_entity_of_its_mentions(rule, source, kind, names):
    doc = parse(source, until="entities")
    assert [e.name for e in getattr(doc, kind)] == names
    assert rule in [r for r, _, _ in notes(doc, "entities")], notes(doc, "entities")


@pytest.mark.parametrize("source, bodies", [
    ("[Департамент полиции Алматинской области]ORG и [департамент полиции Жамбылской области]ORG провели рейд. "
     "[Департамент полиции области]ORG сообщил.", ["Департамент полиции Алматинской области",
                                                  "департамент полиции Жамбылской области",
                                                  "Департамент полиции области"]),  # either region's
    ("[Комитет по делам молодёжи]ORG и [Комитет по ЧС]ORG провели учения.",
     ["Комитет по делам молодёжи", "Комитет по ЧС"]),  # the letters are not the other's words
])
def test_a_shortened_name_joins_only_the_one_body_it_shortens(source, bodies):
    doc = parse(source, until="entities")
    assert [o.name for o in doc.organizations] == bodies


@pytest.mark.parametrize("source, bodies", [
    ("[Министерство внутренних дел Республики Казахстан]ORG провело рейд. Представитель [МВД Казахстана]ORG "
     "рассказал о его итогах.", ["Министерство внутренних дел Республики Казахстан"]),
    ("[Министерство иностранных дел]ORG ответило. [МИД России]ORG выразил протест.",
     ["Министерство иностранных дел"]),  # a body of no country named takes the country of its abbreviation
    ("[Министерство иностранных дел России]ORG ответило. [МИД Германии]ORG выразил протест.",
     ["Министерство иностранных дел России", "МИД Германии"]),  # another country's ministry
])
def test_an_abbreviation_with_its_country_joins_the_body_named_in_full(source, bodies):
    doc = parse(source, until="entities")
    assert [o.name for o in doc.organizations] == bodies


@pytest.mark.parametrize("source, bodies", [
    ("Суд заблокировал выплаты компаниям [Балтик Пайп]ORG и [Балтик Пайп-2]ORG. Акции [Балтик Пайп-2]ORG "
     "арестованы.", ["Балтик Пайп", "Балтик Пайп-2"]),
    ("Оператором [Северного канала — 2]ORG стал [Северный канал]ORG.", ["Северный канал — 2", "Северный канал"]),
    ("[Служба по вопросам гражданства и миграции]ORG сообщила. [Служба по вопросам]ORG ответила.",
     ["Служба по вопросам гражданства и миграции"]),  # a beginning with no number after it
    ("Его доставили в [Инфекционную больницу № 2]ORG. В [Инфекционной больнице]ORG его осмотрели.",
     ["Инфекционная больница № 2"]),  # the body's own number
])
def test_a_name_is_no_beginning_of_the_one_that_numbers_it(source, bodies):
    doc = parse(source, until="entities")
    assert [o.name for o in doc.organizations] == bodies


@pytest.mark.parametrize("source, places, bodies", [
    ("Делегация [Казахстана]LOC прибыла в [Сеул]LOC. Экспорт [РК]LOC вырос. [Министерство энергетики РК]ORG "
     "сообщило.", ["Казахстан", "Сеул"], [("Министерство энергетики РК", "Казахстан")]),
    ("Президент [Южной Кореи]LOC прибыл в [Москву]LOC. Правительство [РК]LOC одобрило план.",
     ["Южная Корея", "Москва"], []),
    ("Экспорт [РК]LOC вырос.", ["РК"], []),  # nothing says which
])
def test_an_abbreviation_two_countries_share_is_the_one_the_document_names(source, places, bodies):
    doc = parse(source, until="entities")
    assert [loc.name for loc in doc.locations] == places
    assert [(o.name, o.country) for o in doc.organizations] == bodies
    assert ("shared abbreviation" in [r for r, _, _ in notes(doc, "entities")]) == (places[0] != "РК")


def test_a_body_named_with_a_shared_abbreviation_takes_the_name_a_post_gives_it():
    doc = parse("[Министерство энергетики РК]ORG провело брифинг в [Казахстане]LOC.", until="entities")
    bodies = list(doc.organizations)
    add_body(bodies, "Министерство энергетики Казахстана", (), "Казахстан")
    assert [(o.name, o.country) for o in bodies] == [("Министерство энергетики РК", "Казахстан")]


def test_a_body_noun_alone_is_no_body_of_two_that_begin_with_it():
    doc = parse("[Министерство энергетики]ORG и [Министерство финансов]ORG провели брифинг. [Министерство]ORG "
                "планирует импорт.", until="entities")
    assert [o.name for o in doc.organizations] == ["Министерство энергетики", "Министерство финансов", "Министерство"]


def test_a_country_is_one_place_by_any_of_its_names():
    doc = parse("[КНР]LOC и [Китайской Народной Республики]LOC, [Китай]LOC.", until="entities")
    assert [(loc.name, loc.kind, len(loc.mentions)) for loc in doc.locations] == [("Китай", "country", 3)]


def test_each_span_knows_its_entity():
    doc = parse("[Антон Алексеев]PER посетил [Минск]LOC. [Алексеев]PER выступил.", until="entities")
    assert [(s.mention.text, s.entity) for _, s in doc.spans()] == [("Антон Алексеев", "p1"), ("Минск", "l1"),
                                                                    ("Алексеев", "p1")]


@pytest.mark.parametrize("words, name", [
    ("Министр иностранных дел КНР [Ван И]PER прибыл в Москву.", "Ван И"),  # a syllable, no initial
    ("Вчера [Гидеон Ю]PER прибыл в Москву.", "Гидеон Ю"),
    ("Король [Кигели V]PER прибыл в Москву.", "Кигели V"),
    # a Roman numeral in Latin letters is a monarch's number, whatever precedes it
    ("Король [Бодуэн I]PER прибыл в Москву.", "Бодуэн I"),
    ("Встреча с королём [Бодуэном I]PER прошла в Брюсселе.", "Бодуэн I"),
    ("Престол унаследовал [Харальд V.]PER", "Харальд V"),
    ("Вчера [Петров А]PER прибыл в Москву.", "А. Петров"),  # a surname's initial, written without its dot
    ("Вчера [Петров А.]PER прибыл в Москву.", "А. Петров"),
])
def test_a_bare_letter_is_an_initial_only_after_a_surname(words, name):
    from markup import parse

    assert [p.name for p in parse(words, until="entities").persons] == [name]


@pytest.mark.parametrize("source, persons", [
    # two first names, or patronymics, more than a letter apart: two people of one family
    ("[Тимур Касымов]PER приехал с отцом. [Талгат Касымов]PER рад встрече.", ["Тимур Касымов", "Талгат Касымов"]),
    ("Сын [Исмаилов Тимур Талгатович]PER и отец [Исмаилов Талгат Каримович]PER выступили.",
     ["Исмаилов Тимур Талгатович", "Исмаилов Талгат Каримович"]),
    ("[Алексей Петрович Орлов]PER и [Алексей Иванович Орлов]PER выступили.",
     ["Алексей Орлов", "Алексей Орлов"]),
    # one person: forms, spelling variants and short forms of one first name, initials
    ("[Беньямин Коэн]PER выступил. Позже [Биньямин Коэн]PER уехал.", ["Беньямин Коэн"]),
    ("[Джозеф Райли]PER прибыл. [Джо Райли]PER заявил, что рад.", ["Джозеф Райли"]),
    ("[Юлия Кравец]PER выступила. [Юля Кравец]PER победила.", ["Юлия Кравец"]),
    ("[Тимур Касымов]PER приехал. [Т. Касымов]PER отметил рост.", ["Тимур Касымов"]),
])
def test_first_names_that_differ_are_two_people(source, persons):
    doc = parse(source, until="entities")
    assert [p.name for p in doc.persons] == persons


@pytest.mark.parametrize("source, persons", [
    # the subject of a feminine predicate makes the person a woman, where a mention alone reads as a man
    (("Сообщение [Дарига Назарбаева]PER прочли в Астане. По словам министра, [Назарбаева]PER рассказала о "
      "реформе."), ["Дарига Назарбаева"]),
    # a reading in the person's gender but not in the case the other mentions have is no rename
    ("Пост получил [Ёсихидэ Суга]PER. [Суга]PER занимал пост министра.", ["Ёсихидэ Суга"]),
])
def test_one_gender_per_person(source, persons):
    doc = parse(source, until="entities")
    assert [p.name for p in doc.persons] == persons


def test_one_gender_leaves_a_note():
    doc = parse("Сообщение [Дарига Назарбаева]PER прочли в Астане. По словам министра, [Назарбаева]PER "
                "рассказала о реформе.", until="entities")
    detail = "named 'Дарига Назарбаева', not 'Дариг Назарбаев': the person's mentions together read as a woman's"
    assert ("one gender", "Дарига Назарбаева", detail) in notes(doc, "entities")


def test_a_mention_sure_of_its_gender_keeps_it():
    doc = parse("Внучка [Анна Иванова]PER приехала в Москву. [Иванов]PER заявил, что рад.", until="entities")
    assert "Анна Иванова" in [p.name for p in doc.persons]


def test_a_surname_whose_ending_has_one_gender_gives_the_person_that_gender():
    from markup import parse

    doc = parse("Министр здравоохранения [Дарига Назарбаева]PER. По словам [Назарбаевой]PER, реформа идет.",
                until="entities")
    assert [p.name for p in doc.persons] == ["Дарига Назарбаева"]
    assert "one gender" in [rule for rule, _, _ in notes(doc, "entities")]


@pytest.mark.parametrize("source, persons", [
    # a surname ending in a consonant declines as a man's: its bare form elsewhere is the nominative
    ("Сешнс сменит [Арлена Спектера]PER. [Спектер]PER выступал за реформу.", ["Арлен Спектер"]),
    ("Об этом сообщил [Ларри Пейджу]PER. [Ларри Пейдж]PER и [Пейдж]PER основали компанию.", ["Ларри Пейдж"]),
    ("[Энтони Рэппа]PER. [Рэпп]PER сказал, что рад.", ["Энтони Рэпп"]),  # a reading keeping the first name
    # a woman's surname in -а declined, or the fullest form written more often, is left as it is
    ("Награду получила [Александра Панфилова]PER. [Панфилова]PER и [Панфилов]PER приехали.",
     ["Александра Панфилова"]),
])
def test_one_surname_per_person(source, persons):
    doc = parse(source, until="entities")
    assert [p.name for p in doc.persons] == persons


@pytest.mark.parametrize("source, persons", [
    # a woman's adjectival surname in an oblique case, alone, reads as a man's nominative: it is hers
    ("Петиции против закона [Яровой]PER бьют рекорды. [Ирина Яровая]PER внесла закон.", ["Ирина Яровая"]),
    ("[Ирина Яровая]PER внесла закон. Сторонники [Яровой]PER довольны.", ["Ирина Яровая"]),
    # the subject of a masculine predicate is a man
    ("[Татьяна Толстая]PER выступила. [Толстой]PER писал романы.", ["Татьяна Толстая", "Толстой"]),
])
def test_a_womans_adjectival_surname_in_an_oblique_case_is_hers(source, persons):
    doc = parse(source, until="entities")
    assert [p.name for p in doc.persons] == persons
    joined = [d for rule, _, d in notes(doc, "entities") if rule == "same person" and d.endswith("adjectival surname")]
    assert len(joined) == (len(persons) == 1)


@pytest.mark.parametrize("source, persons", [
    # "Завьяловой" may be a form of Завьялов's surname, but a woman's ending says it is Завьялова's own
    ("Суд над [Петром Завьяловым]PER, который обвиняется в убийстве матери, артистки [Александры Завьяловой]PER. "
     "[Завьялова]PER была убита дома.",
     [("Петр Завьялов", ["Петром Завьяловым"]), ("Александра Завьялова", ["Александры Завьяловой", "Завьялова"])]),
    # "Алиева" may be either's: it joins the first, "Алиевой" only hers
    ("[Ильхам Алиев]PER назначил супругу [Мехрибан Алиеву]PER. Критики [Алиева]PER недовольны. Пост до назначения "
     "[Алиевой]PER был свободен.",
     [("Ильхам Алиев", ["Ильхам Алиев", "Алиева"]), ("Мехрибан Алиева", ["Мехрибан Алиеву", "Алиевой"])]),
])
def test_a_lone_surname_of_a_sure_gender_joins_the_person_of_its_very_form(source, persons):
    doc = parse(source, until="entities")
    assert [(p.name, [m.text for m in p.mentions]) for p in doc.persons] == persons


def test_one_surname_leaves_a_note():
    doc = parse("Сешнс сменит [Арлена Спектера]PER. [Спектер]PER выступал за реформу.", until="entities")
    detail = ("named 'Арлен Спектер', not 'Арлена Спектера': the person's other mentions name the surname "
              "'Спектер', which declines as a man's")
    assert ("one surname", "Арлена Спектера", detail) in notes(doc, "entities")


@pytest.mark.parametrize("source, persons", [
    # a common word the sentence's start capitalised, the person named no other way
    ("Гости приехали к вечеру.\n\n[Свадьба]PER отмечалась в доме жениха.", []),
    ("Таможенники задержали курьера. [Кокаин]PER был спрятан в чемодане.", []),
    ("Он переехал во Францию в 2010 году. [Родом]PER он из Перми.", []),
    # a surname that is a common noun too, named in full elsewhere, stays the person's
    ("Во вторник [Эмманюэль Макрон]PER прибыл в Берлин. [Макрон]PER заявил, что рад визиту.", ["Эмманюэль Макрон"]),
    # not opening the sentence, or a surname, or a name: a person
    ("Об этом сообщил [Кузнечик]PER.", ["Кузнечик"]),
    ("[Шнуров]PER объявил о разводе.", ["Шнуров"]),
    ("[Надежда]PER рассказала о своей работе.", ["Надежда"]),
])
def test_a_common_word_opening_its_sentence_is_no_person(source, persons):
    doc = parse(source, until="entities")
    assert [p.name for p in doc.persons] == persons


def test_a_common_word_opening_its_sentence_leaves_a_note():
    doc = parse("Гости приехали к вечеру. [Свадьба]PER отмечалась в доме жениха.", until="entities")
    assert ("common word", "Свадьба", "no person: a common word opening its sentence, and the person is named "
            "no other way") in notes(doc, "entities")


@pytest.mark.parametrize("source, mentions", [
    # the place's name inside a body's, a country in any of its names
    ("Депутаты партии [«Единая Россия»]ORG приехали в [Россию]LOC.", [("Россия", ["Россия", "Россию"])]),
    ("Офис [Почты Российской Федерации]ORG открыт в [России]LOC.",
     [("Россия", ["Российской Федерации", "России"])]),
    # its adjective: a country's (countries.tsv), a place's made on its stem
    ("[Российская академия наук]ORG провела форум в [России]LOC.", [("Россия", ["Российская", "России"])]),
    ("[Московский государственный университет]ORG открыл филиал в [Москве]LOC.",
     [("Москва", ["Московский", "Москве"])]),
    ("Иск подан в [Тамбовский областной суд]ORG, заседание пройдёт в [Тамбове]LOC.",
     [("Тамбов", ["Тамбовский", "Тамбове"])]),
    ("[Пражский университет]ORG пригласил студентов в [Прагу]LOC.", [("Прага", ["Пражский", "Прагу"])]),
    ("[Уфимский нефтяной институт]ORG стоит в [Уфе]LOC.", [("Уфа", ["Уфимский", "Уфе"])]),
    ("[Северодвинский драматический театр]ORG гастролирует вне [Северодвинска]LOC.",
     [("Северодвинск", ["Северодвинский", "Северодвинска"])]),
    ("Депутат [Винницкого городского совета]ORG родился в [Виннице]LOC.",
     [("Винница", ["Винницкого", "Виннице"])]),
    # a region by its adjective; a city before a region of the same adjective
    ("Депутат [Курской областной думы]ORG посетил [Курскую область]LOC.",
     [("Курская область", ["Курской", "Курскую область"])]),
    ("[Московский университет]ORG открыл филиал в [Московской области]LOC, а не в [Москве]LOC.",
     [("Московская область", ["Московской области"]), ("Москва", ["Московский", "Москве"])]),
    # a compound of places' adjectives, each part a mention of its place
    ("[Российско-китайский деловой совет]ORG собрался в [России]LOC и [Китае]LOC.",
     [("Россия", ["Российско", "России"]), ("Китай", ["китайский", "Китае"])]),
    # no part of a compound of something else; no place the document does not list
    ("[Южно-Китайская торговая компания]ORG работает в [Китае]LOC.", [("Китай", ["Китае"])]),
    ("[Тамбовский областной суд]ORG рассмотрел иск в [Москве]LOC.", [("Москва", ["Москве"])]),
    # a body named as the place is no mention of it
    ("Клуб [«Тамбов»]ORG сыграл в [Тамбове]LOC.", [("Тамбов", ["Тамбове"])]),
])
def test_a_place_named_inside_a_body_is_a_mention_of_it(source, mentions):
    doc = parse(source, until="entities")
    assert [(loc.name, [m.text for m in loc.mentions]) for loc in doc.locations] == mentions
    assert all(doc.text[m.start:m.stop] == m.text for loc in doc.locations for m in loc.mentions)
    added = sum(len(found) for _, found in mentions) - len(mentions)
    assert [r for r, _, _ in notes(doc, "entities")].count("place in a body's name") == added


@pytest.mark.parametrize("source, places", [
    # a natural place named with its kind and without is one place, named with its kind
    ("Туристы приехали к [Эльбе]LOC. На реке [Эльбе]LOC ввели ограничения.", [("река Эльба", 2)]),
    ("На озере [Байкале]LOC прошла акция. [Байкал]LOC обмелел.", [("озеро Байкал", 2)]),
    ("Отходы сбросили в [Славянку]LOC. В реке [Славянка]LOC погибла рыба.", [("река Славянка", 2)]),
    # unless the name alone is a settlement's, "в" it
    ("В [Москве]LOC прошел забег. На реке [Москве]LOC открыли навигацию.", [("Москва", 1), ("река Москва", 1)]),
    ("Министр посетил город [Балхаш]LOC и берег озера [Балхаш]LOC.", [("Балхаш", 1), ("озеро Балхаш", 1)]),
    # a site named after a place is another place
    ("Танкер пришел в [Мурманск]LOC, в границы порта [Мурманск]LOC.", [("Мурманск", 1), ("порт Мурманск", 1)]),
    # named by its place's adjective too, when the document names it by the place
    ("Комплекс лежит в границах порта [Мурманск]LOC. [Мурманский порт]LOC растёт.", [("порт Мурманск", 2)]),
    ("[Мурманский порт]LOC растёт.", [("Мурманский порт", 1)]),
    ("Комплекс лежит в границах порта [Мурманск]LOC. [Тульский вокзал]LOC закрыт.",
     [("порт Мурманск", 1), ("Тульский вокзал", 1)]),
])
def test_a_natural_place_with_its_kind_and_without_is_one(source, places):
    doc = parse(source, until="entities")
    assert [(loc.name, len(loc.mentions)) for loc in doc.locations] == places
