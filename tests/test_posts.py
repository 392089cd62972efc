"""Posts, their holders, organisations and countries, on sentences of real releases."""

import pytest


def positions_of(doc):
    """{person name: [(title, organisation name or None, country)]} and the unattached titles."""
    held = {p.name: [(x.title, x.org and doc.entity(x.org).name, x.country) for x in p.positions]
            for p in doc.persons}
    return held, [x.title for x in doc.positions]


@pytest.mark.parametrize("text, person, title", [
    ("Владимир Путин посетил Национальный центр «Россия».\n\nПрезидент осмотрел выставку.", "Владимир Путин",
     "президент"),
    ("Владимир Путин посетил Национальный центр «Россия».\n\nПресс-секретарь группы заявил о выставке.",
     "Владимир Путин", None),
    ("Министр Антон Алексеев посетил выставку.\n\nПрезидент осмотрел выставку.", "Антон Алексеев", "министр"),
    # a Kazakh region's head, whose title is a Russian given name too
    ("Совещание провел Марат Султангазиев.\n\nАким отметил рост экономики.", "Марат Султангазиев", "аким"),
])
def test_a_bare_post_opening_a_sentence_is_the_protagonists(nlp, text, person, title):
    held, _ = positions_of(nlp.parse(text))
    assert [t for t, *_ in held.get(person, [])] == ([title] if title else [])


@pytest.mark.parametrize("text, person, expected", [
    ("31 июля 2025 г. Министр связи и информатизации Республики Беларусь Кирилл Залесский провел переговоры "
     "с заместителем Министра промышленности и информатизации Китайской Народной Республики Синь Гобинем.",
     "Синь Гобинь", ("заместитель министра промышленности и информатизации",
                     "Министерство промышленности и информатизации Китайской Народной Республики", "Китай")),
    ("31 июля 2025 г. Министр связи и информатизации Республики Беларусь Кирилл Залесский провел переговоры.",
     "Кирилл Залесский", ("министр связи и информатизации",
                          "Министерство связи и информатизации Республики Беларусь", "Беларусь")),
    ("22 августа 2024 г. в ходе визита Премьера Госсовета КНР Ли Цяна в Беларусь подписан Меморандум.",
     "Ли Цян", ("премьер Госсовета", "Госсовет КНР", "Китай")),
    ("В заседании приняли участие Председатель Совета Федерации Валентина Матвиенко и Министр обороны "
     "Андрей Белоусов.", "Андрей Белоусов", ("министр обороны", "Министерство обороны", None)),
    ("В заседании приняли участие Председатель Совета Федерации Валентина Матвиенко и Министр обороны "
     "Андрей Белоусов.", "Валентина Матвиенко", ("председатель Совета Федерации", "Совет Федерации", None)),
    ("Губернатор Мурманской области Андрей Чибис и главнокомандующий Военно-Морским Флотом Александр Моисеев "
     "рассказали о развитии региона.",
     "Александр Моисеев", ("главнокомандующий Военно-Морским Флотом", "Военно-Морской Флот", None)),
    ("Доклады заслушали Заместитель Председателя Правительства – полномочный представитель Президента "
     "в Дальневосточном федеральном округе Юрий Трутнев.",
     "Юрий Трутнев", ("заместитель председателя Правительства", "Правительство", None)),
    ("Андрей Кикоть назначен первым заместителем Министра внутренних дел Российской Федерации.",
     "Андрей Кикоть", ("первый заместитель министра внутренних дел",
                       "Министерство внутренних дел Российской Федерации", "Россия")),
    ("В мероприятии участвовали директор Федеральной службы безопасности Александр Бортников и мэр Москвы "
     "Сергей Собянин.", "Александр Бортников",
     ("директор Федеральной службы безопасности", "Федеральная служба безопасности", None)),
    ("В мероприятии участвовали директор Федеральной службы безопасности Александр Бортников и мэр Москвы "
     "Сергей Собянин.", "Сергей Собянин", ("мэр Москвы", "Москва", None)),
    ("Аким Алматинской области Марат Султангазиев провел совещание.", "Марат Султангазиев",
     ("аким Алматинской области", "Алматинская область", None)),
    ("Об этом сообщил Антон Алексеев, заместитель министра связи и информатизации.",
     "Антон Алексеев", ("заместитель министра связи и информатизации",
                        "Министерство связи и информатизации", None)),
    ("По приглашению Президента России Владимира Путина в Москву прибудет гость.",
     "Владимир Путин", ("президент", "Россия", "Россия")),
    ("Ранены шесть человек, а член Палаты представителей Конгресса США от штата Аризона Гэбриэль Гиффордс "
     "получила ранение.", "Гэбриэль Гиффордс",
     ("член Палаты представителей Конгресса от штата Аризона", "Палата представителей Конгресса США", "США")),
    ("Пусть победит сильнейший!\n\nКирсан Илюмжинов Президент ФИДЕ\n", "Кирсан Илюмжинов",
     ("президент ФИДЕ", "ФИДЕ", None)),
    ("Как указывает руководитель РКК „Энергия“ Николай Севастьянов, работы идут.",
     "Николай Севастьянов", ("руководитель РКК „Энергия“", "РКК „Энергия“", None)),
    ("Среди задержанных оказался депутат муниципального собрания района Отрадное, сопредседатель московского "
     "отделения движения «Солидарность» Михаил Вельмакин.", "Михаил Вельмакин",
     ("депутат муниципального собрания района Отрадное", "Отрадное", None)),
    # a profession only the harvested lexicon and the network know, after "такие" before ", как" and names
    ("Опрос провели среди дирижёров, среди которых такие музыканты, как Колин Дэвис и Валерий Гергиев.",
     "Валерий Гергиев", ("музыкант", None, None)),
])
def test_post_goes_to_its_person(nlp, text, person, expected):
    held, _ = positions_of(nlp.parse(text))
    assert expected in held[person], held


@pytest.mark.parametrize("text, person, country", [
    ("По приглашению Президента России Владимира Путина Председатель Китайской Народной Республики "
     "Си Цзиньпин посетит Российскую Федерацию.", "Си Цзиньпин", "Китай"),
    ("Выступление генерального секретаря Си Цзиньпина на саммите и углубление китайской инициативы.",
     "Си Цзиньпин", "Китай"),
    ("Встреча прошла в Кремле. Антон Алиханов доложил о работе.", "Антон Алиханов", "Россия"),
    # the guest's country, named twice as their post's qualifier, is not the release's: the host named
    # bare gets the country the release speaks from
    ("Олег Белов провёл переговоры с Президентом Казахстана Касым-Жомартом Токаевым. Визит Президента "
     "Казахстана Касым-Жомарта Токаева в Россию продлится два дня.", "Олег Белов", "Россия"),
    ("Олег Белов провёл переговоры с Президентом Казахстана Касым-Жомартом Токаевым. Визит Президента "
     "Казахстана Касым-Жомарта Токаева в Россию продлится два дня.", "Касым-Жомарт Токаев", "Казахстан"),
])
def test_person_country(nlp, text, person, country):
    assert {p.name: p.country for p in nlp.parse(text).persons}[person] == country


@pytest.mark.parametrize("text, person, country", [
    # a country someone goes to is no sentence's country of theirs: the release's own is
    ("Президент Олег Белов прибыл на Кубу с официальным визитом. В Москве рассчитывают на новые "
     "соглашения. Москва готова к переговорам.", "Олег Белов", "Россия"),
    ("Премьер-министр Иван Кузнецов прилетел в Китай для переговоров. В Москве рассчитывают на новые "
     "соглашения. Москва готова к переговорам.", "Иван Кузнецов", "Россия"),
    # where a participle says another goes: the host's country
    ("Президент Олег Белов провёл переговоры с Президентом Египта Ахмедом Саидом, прибывшим в Россию с "
     "визитом. В Каире ждут итогов. Каир готов к переговорам.", "Олег Белов", "Россия"),
    # an abbreviation does not show its case: where one goes or where one is, it stays the sentence's
    ("Сенатор Джон Миллер вернулся в США после поездки. В Москве это не комментировали. Москва молчит.",
     "Джон Миллер", "США"),
])
def test_a_destination_is_not_the_sentences_country(nlp, text, person, country):
    assert {p.name: p.country for p in nlp.parse(text).persons}[person] == country


def test_plural_post_goes_to_everyone_listed(nlp):
    held, _ = positions_of(nlp.parse("На встрече присутствовали министры Антон Алиханов и Андрей Белоусов."))
    assert held["Антон Алиханов"] and held["Андрей Белоусов"]
    assert held["Антон Алиханов"][0][0] == held["Андрей Белоусов"][0][0] == "министр"


def test_post_alone_is_a_further_mention_of_its_holder(nlp):
    doc = nlp.parse("Министр обороны Андрей Белоусов провел совещание. Министр отметил важность работы.")
    (person,) = doc.persons
    (position,) = person.positions
    assert [m.text for m in position.mentions] == ["Министр обороны", "Министр"]
    assert doc.positions == ()


def test_a_head_alone_with_its_countrys_adjective_is_a_further_mention_of_its_holder():
    doc = parse("Министр иностранных дел [Украины]LOC [Олег Смирнов]PER выступил. Об этом сказал украинский "
                "министр.", until="posts")
    (person,) = doc.persons
    (position,) = person.positions
    assert [m.text for m in position.mentions] == ["Министр иностранных дел Украины", "украинский министр"]


def test_unattached_post_is_kept_with_its_mention(nlp, seeds):
    doc = nlp.parse(seeds["000_b51bf4fae41c79d9"])
    (loose,) = doc.positions
    assert loose.title == "руководитель министерств и ведомств"
    assert doc.text[loose.mentions[0].start:loose.mentions[0].stop] == loose.mentions[0].text


@pytest.mark.parametrize("text", [
    "После переговоров стороны подписали документ.",  # "после" is no ambassador
    "Это решение было начатую президентом реформу продолжить.",
])
def test_no_false_posts(nlp, text):
    held, loose = positions_of(nlp.parse(text))
    assert not any(held.values()) and "посол" not in " ".join(loose) and "начатый" not in " ".join(loose)


@pytest.mark.parametrize("text, name, country", [
    ("Антон Алексеев провел встречу с делегацией Китайской Народной Республики.",
     "делегация Китайской Народной Республики", "Китай"),
    ("Белорусская сторона выразила готовность к сотрудничеству.", "белорусская сторона", "Беларусь"),
    ("Китайские представители проинформировали коллег.", "китайские представители", "Китай"),
    ("Переговоры прошли в Минске. Стороны обсудили вопросы сотрудничества.", "стороны", None),
])
def test_groups_are_parties_with_their_country(nlp, text, name, country):
    doc = nlp.parse(text)
    assert [(g.name, g.country) for g in doc.groups] == [(name, country)]
    assert not any(name == o.name for o in doc.organizations)


def test_a_single_representative_holds_a_post(nlp):
    held, _ = positions_of(nlp.parse("Об этом сообщил официальный представитель МИД России Мария Захарова."))
    assert held["Мария Захарова"][0][0].startswith("официальный представитель")


@pytest.mark.parametrize("text, person, title", [
    # a head the network found, not in the lexicon, whose dictionary reads the science first: the
    # person's reading its adjective agrees with
    ("Проект поддержала группа молодого генетика Анны Кузнецовой.", "Анна Кузнецова", "молодой генетик"),
    ("Студентка перешла в лабораторию известного математика Ивана Петрова.", "Иван Петров",
     "известный математик"),
])
def test_a_posts_head_is_read_as_the_person_its_adjectives_agree_with(nlp, text, person, title):
    held, _ = positions_of(nlp.parse(text))
    assert [t for t, *_ in held[person]] == [title]


@pytest.mark.parametrize("head, before, lemma, agent", [
    ("генетика", ["молодого"], "генетик", None),
    ("генетика", ["новая"], "генетика", None),  # a science, where its adjective agrees with one
    ("генетика", [], "генетика", None),
    # the dictionary knows only the science: a masculine agent noun's oblique case by its ending
    ("биоинформатика", ["ведущего"], "биоинформатика", "биоинформатик"),
    ("биоинформатиком", ["ведущим"], "биоинформатик", None),  # the dictionary guesses the person
    ("биоинформатика", ["ведущая"], "биоинформатика", None),
    ("голова", ["городской"], "голова", None),  # not the surname Голов's accusative
    # a post word keeps its animate reading
    ("Премьера", [], "премьер", None),
])
def test_a_posts_head_reading(head, before, lemma, agent):
    from pressparse.stages.posts import _head_reading
    parse, made = _head_reading(head, before)
    assert (parse.normal_form, made) == (lemma, agent)


def test_head_of_the_agency_is_the_minister(nlp):
    doc = nlp.parse("Министр связи и информатизации Кирилл Залесский открыл форум. "
                    "Глава ведомства отметил рост отрасли.")
    (person,) = doc.persons
    (position,) = person.positions
    assert position.title == "министр связи и информатизации"
    assert [m.text for m in position.mentions] == ["Министр связи и информатизации", "Глава ведомства"]


# ---------------------------------------------------------------- stage cases, no NER model: names marked

from markup import notes, parse  # noqa: E402
from pressparse.stages.posts import COUNTRY_RULES, governed  # noqa: E402


def held_in(doc):
    """{person name: [(title, organisation name or None)]} of a stage's Doc."""
    bodies = {o.id: o.name for o in doc.organizations} | {loc.id: loc.name for loc in doc.locations}
    return {p.name: [(x.title, bodies.get(x.org)) for x in p.positions] for p in doc.persons}


def test_a_bare_title_listed_after_a_dash_takes_no_body_from_the_next():
    # after the name a bare title may be a trade, no post in the body the next title names
    doc = parse("[Иван Петров]PER — политик и лидер партии «[Зелёные]ORG».", until="posts")
    assert held_in(doc)["Иван Петров"] == [("политик", None), ("лидер партии «Зелёные»", "Зелёные")]


def holders(doc):
    """{post mention: [holder names]} of every post held, and the loose ones with []."""
    found = {m.text: [] for p in doc.positions for m in p.mentions}
    for person in doc.persons:
        for position in person.positions:
            for m in position.mentions:
                found.setdefault(m.text, []).append(person.name)
    return found


@pytest.mark.parametrize("rule, source, post, expected", [
    ("the person after it", "Министр связи и информатизации [Кирилл Залесский]PER провел переговоры.",
     "Министр связи и информатизации", ["Кирилл Залесский"]),
    ("the person after it", "На встрече присутствовали министры [Антон Алиханов]PER и [Андрей Белоусов]PER.",
     "министры", ["Антон Алиханов", "Андрей Белоусов"]),
    ("the person after it", "Посол [Германии]LOC в [России]LOC г-н [Александр Ламбсдорф]PER вручил награду.",
     "Посол Германии в России", ["Александр Ламбсдорф"]),
    # a head that may be plural before a list of names in the nominative names each
    ("the person after it", "В концерте выступят певицы [Анна Смирнова]PER, [Мария Петрова]PER и [Ольга Иванова]PER.",
     "певицы", ["Анна Смирнова", "Мария Петрова", "Ольга Иванова"]),
    # a name in Latin letters in brackets after each name of the list
    ("the person after it", "Приехали судьи [Люсиль Гарсия]PER (Lucile Garcia) и [Сорайя Белкакеми]PER.",
     "судьи", ["Люсиль Гарсия", "Сорайя Белкакеми"]),
    # where each comes from after each name of the list
    ("the person after it", "Выступили сенаторы [Рэнд Пол]PER из [Кентукки]LOC и [Марко Рубио]PER из [Флориды]LOC.",
     "сенаторы", ["Рэнд Пол", "Марко Рубио"]),
    # a list in the genitive is of whom the post is, only its first name is said to hold it
    ("the person after it", "Пришли на концерт певицы [Анны Смирновой]PER, [Марии Петровой]PER и других.",
     "певицы", ["Анна Смирнова"]),
    # whom the post is of, in the genitive, is passed over for the holder named next
    ("the person after it", "Помощник президента [Путина]PER [Юрий Ушаков]PER заявил о санкциях.",
     "Помощник президента", ["Юрий Ушаков"]),
    # a foreign name, whose genitive does not show, is whom the post is of when another name follows it
    ("the person after it", "Помощник [Джоан Смит]PER [Лиза Бардек]PER сообщила о болезни.", "Помощник",
     ["Лиза Бардек"]),
    ("the person after it", "Адвокат [Гибсона]PER [Стивен Колодни]PER заявил о претензиях.", "Адвокат",
     ["Стивен Колодни"]),
    # an age between the post and the name
    ("the person after it", "Во второй тур вышли экс-премьер 68-летний [Милош Земан]PER и другие.", "экс-премьер",
     ["Милош Земан"]),
    # a noun describing the person between a nominative post and the name
    ("the person after it", "В экипаж вошли командир экипажа канадец [Кристофер Хэдфилд]PER и другие.",
     "командир экипажа", ["Кристофер Хэдфилд"]),
    # the name in Latin letters of the body it governs, in brackets, between the post and the name
    ("the person after it", "Об этом заявил президент [Фонда прав человека]ORG (Human Rights Foundation) "
     "[Тор Халворссен]PER.", "президент Фонда прав человека", ["Тор Халворссен"]),
    ("a decree's subject before it", "Назначить [Соколова Дениса Игоревича]PER директором музея.",
     "директором музея", ["Соколов Денис Игоревич"]),
    ("a decree's subject before it", "Освободить [Орлова М.Ю.]PER от должности директора музея.",
     "директора музея", ["М.Ю. Орлов"]),
    ("the next post's person", "Заместитель Председателя Правительства – полномочный представитель Президента "
     "[Юрий Трутнев]PER провел совещание.", "Заместитель Председателя Правительства", ["Юрий Трутнев"]),
    # an age before the next post
    ("the next post's person", "Председатель совета 59-летний журналист [Иван Петров]PER выступил.",
     "Председатель совета", ["Иван Петров"]),
    # a post with a complement, a comma, and titles closed by the name whose singular predicate follows
    ("the next post's person", "Художественный руководитель театра, актриса и режиссёр [Анна Смирнова]PER "
     "впала в кому.", "Художественный руководитель театра", ["Анна Смирнова"]),
    ("coordinated titles: the next one's body and person", "Выступил президент и председатель правления "
     "[ПАО «Транснефть»]ORG [Денис Марков]PER.", "президент", ["Денис Марков"]),
    # an instrumental post opening the sentence, its predicate after adjuncts and an aside in commas
    ("a verb past adjuncts, then the person", "Временно исполняющим обязанности губернатора [Курганской области]LOC "
     "до вступления в должность лица, избранного губернатором, назначен [Андрей Коровин]PER.",
     "Временно исполняющим обязанности губернатора Курганской области", ["Андрей Коровин"]),
    ("a verb past adjuncts, then the person", "Ректором университета на пять лет утверждён [Иван Петров]PER.",
     "Ректором университета", ["Иван Петров"]),
    # a list of bare titles closed by "и" before a name is that person's, item by item
    ("the next post's person", "Вечер открыл актёр, режиссёр и продюсер [Иван Петров]PER.", "актёр", ["Иван Петров"]),
    ("the next post's person", "Прибыл президент [Белоруссии]LOC и председатель Высшего госсовета Союзного государства "
     "[Александр Лукашенко]PER.", "президент Белоруссии", ["Александр Лукашенко"]),
    ("the next post's person", "Умер журналист, продюсер, режиссёр и писатель [Иван Петров]PER.", "журналист",
     ["Иван Петров"]),
    ("the next post's person", "Умер журналист, продюсер, режиссёр и писатель [Иван Петров]PER.", "продюсер",
     ["Иван Петров"]),
    ("a verb, then the person", "Капитаном команды стал [Михаель Баллак]PER.", "Капитаном команды",
     ["Михаель Баллак"]),
    ("a verb, then the person", "Председателем комиссии вновь был избран [Иван Петров]PER.", "Председателем комиссии",
     ["Иван Петров"]),
    ("a verb, then the person", "Министром обороны станет [Лиам Фокс]PER.", "Министром обороны", ["Лиам Фокс"]),
    ("a verb, then the person", "Президентом становится [Иван Петров]PER.", "Президентом", ["Иван Петров"]),
    ("a verb, then the person", "Генеральным секретарём партии назначен 75-летний [Иван Петров]PER.",
     "Генеральным секретарём партии", ["Иван Петров"]),
    # another post of theirs, a rank, between the verb and the name
    ("a verb, then the person", "Начальником штаба округа назначен генерал-майор [Иван Петров]PER.",
     "Начальником штаба округа", ["Иван Петров"]),
    # a noun describing the person between the verb and the name, after an instrumental post
    ("a verb, then the person", "Главным тренером клуба стал американец [Дэвид Смит]PER.", "Главным тренером клуба",
     ["Дэвид Смит"]),
    ("a verb, then the person", "Председателем совета назначен 69-летний экономист [Иван Петров]PER.",
     "Председателем совета", ["Иван Петров"]),
    # "на посту": whose place one takes, not an office sought
    ("a verb, then the person", "Преемником [Петрова]PER на посту министра станет [Иван Смирнов]PER.",
     "министра", ["Иван Смирнов"]),
    ("the person after a dash", "Министр обороны — [Иван Петров]PER; министр финансов — [Олег Смирнов]PER.",
     "Министр обороны", ["Иван Петров"]),
    ("the person after a dash", "Режиссёр картины — [Анна Смирнова]PER, оператор — [Олег Иванов]PER.",
     "Режиссёр картины", ["Анна Смирнова"]),
    ("«такие …, как»: each one named", "Приехали такие министры, как [Иван Петров]PER (Россия), [Олег Смирнов]PER "
     "и [Анна Смирнова]PER.", "министры", ["Иван Петров", "Олег Смирнов", "Анна Смирнова"]),
    ("«и другие» after names: each one", "Приехали [Иван Петров]PER (Россия), [Олег Смирнов]PER и другие министры.",
     "министры", ["Иван Петров", "Олег Смирнов"]),
    # inside a clause, a name in the post's case, an age between or not
    ("the person after a dash", "Среди погибших директор завода — 47-летний [Сергей Кубасов]PER, имевший стаж.",
     "директор завода", ["Сергей Кубасов"]),
    ("the person after a dash", "Важна нейтрализация капитана команды — [Ивана Петрова]PER.", "капитана команды",
     ["Иван Петров"]),
    # or, the post opening the clause, the name in the nominative its predicate follows
    ("the person after a dash", "Адвокат потерпевшего — [Иван Петров]PER посчитал, что приговор мягок.",
     "Адвокат потерпевшего", ["Иван Петров"]),
    # a superlative between the predicate and the post
    ("the person, then a verb", "[Иван Петров]PER стал самым молодым премьер-министром страны.",
     "молодым премьер-министром страны", ["Иван Петров"]),
    ("the person before it", "[Иван Петров]PER — самый молодой глава правительства.", "молодой глава правительства",
     ["Иван Петров"]),
    ("the person, then a verb", "[Андрей Кикоть]PER назначен первым заместителем министра внутренних дел.",
     "первым заместителем министра внутренних дел", ["Андрей Кикоть"]),
    # a predicate of more than one verb, with adverbs and a year between
    ("the person, then a verb", "[Андрей Варичев]PER в 2005 году был назначен директором комбината.",
     "директором комбината", ["Андрей Варичев"]),
    # ... and a word in the locative after "в" between
    ("the person, then a verb", "[Иван Петров]PER в молодости был директором завода.", "директором завода",
     ["Иван Петров"]),
    ("the person, then a verb", "[Герхард Шрёдер]PER тогда ещё являлся канцлером.", "канцлером", ["Герхард Шрёдер"]),
    ("the person, then a verb", "[Рауль Кастро]PER переизбран председателем Государственного совета.",
     "председателем Государственного совета", ["Рауль Кастро"]),
    ("a verb, then the person", "Председателем совета директоров выбрана [Анна Смирнова]PER.",
     "Председателем совета директоров", ["Анна Смирнова"]),
    # after an office's word or an acting one the genitive post is the predicate's
    ("a verb, then the person", "На должность директора музея назначен [Иван Петров]PER.", "директора музея",
     ["Иван Петров"]),
    ("a verb, then the person", "Исполняющим обязанности тренера назначен [Олег Смирнов]PER.",
     "Исполняющим обязанности тренера", ["Олег Смирнов"]),
    # a release from a post states the post the person leaves
    ("the person, then a verb", "[Иван Петров]PER освобождён от должности руководителя совета.",
     "руководителя совета", ["Иван Петров"]),
    # a gloss in brackets after the name
    ("the person, then a verb", "[Тодд Коумс]PER (Todd Combs) станет директором фонда.", "директором фонда",
     ["Тодд Коумс"]),
    # a title conferred: "признан", "назван"
    ("the person, then a verb", "[Анна Смирнова]PER признана лучшим министром года.", "лучшим министром года",
     ["Анна Смирнова"]),
    # "исполнять обязанности", the post as the acting one (its title below)
    ("the person, then a verb", "[Иван Петров]PER будет исполнять обязанности главы региона до выборов.",
     "главы региона", ["Иван Петров"]),
    ("a verb, then the person", "Временно исполнять обязанности главы государства будет спикер парламента "
     "[Иван Петров]PER.", "главы государства", ["Иван Петров"]),
    ("the person, then a verb", "[Иван Петров]PER занимает должность руководителя совета.", "руководителя совета",
     ["Иван Петров"]),
    ("the person, then a verb", "В 2012 году [Анна Смирнова]PER была назначена на пост министра финансов.",
     "министра финансов", ["Анна Смирнова"]),
    ("a pronoun, then a verb", "[Андрей Варичев]PER возглавляет комбинат. С 2006 года он работал директором "
     "компании.", "директором компании", ["Андрей Варичев"]),
    ("a pronoun, then a verb", "По словам [Ивана Петрова]PER, [Анна Смирнова]PER прежде была министром, а ныне "
     "она является советником губернатора.", "советником губернатора", ["Анна Смирнова"]),
    # the pronoun stands for the nearest person named before whose name is of its gender
    ("a pronoun, then a verb", "[Анна Смирнова]PER встретилась с [Иваном Петровым]PER. Она является советником "
     "губернатора.", "советником губернатора", ["Анна Смирнова"]),
    ("a pronoun, then a verb", "[Иван Петров]PER встретился с [Анной Смирновой]PER. Он является советником "
     "губернатора.", "советником губернатора", ["Иван Петров"]),
    # a span of time between the pronoun and its verb, a possessive between the verb and the post
    ("a pronoun, then a verb", "[Сергей Цивилёв]PER возглавил область. До этого он четыре года был генеральным "
     "директором компании.", "генеральным директором компании", ["Сергей Цивилёв"]),
    ("a pronoun, then a verb", "[Иван Петров]PER вернулся в клуб. С 2006 года он являлся его капитаном.",
     "капитаном", ["Иван Петров"]),
    # between the subject and its verb a span of time, an adverb, an aside between commas
    ("the person, then a verb", "[Джо Арпайо]PER долгое время был директором школы.", "директором школы",
     ["Джо Арпайо"]),
    ("the person, then a verb", "[Олег Смирнов]PER, родившийся в 1960 году, сейчас занимает должность профессора "
     "университета.", "профессора университета", ["Олег Смирнов"]),
    ("the person, then a verb", "[Иван Петров]PER, адвокат из Ричмонда, является президентом ассоциации.",
     "президентом ассоциации", ["Иван Петров"]),
    ("the person, then a verb", "[Александр Бастрыкин]PER был его председателем.", "председателем",
     ["Александр Бастрыкин"]),
    # "который", "которая" after the name, of its gender
    ("a relative pronoun, then a verb", "Её сменил [Майк Помпео]PER, который стал министром финансов.",
     "министром финансов", ["Майк Помпео"]),
    ("a relative pronoun, then a verb", "Его сменит [Анна Смирнова]PER, которая в настоящее время является "
     "вице-президентом компании.", "вице-президентом компании", ["Анна Смирнова"]),
    ("a relative pronoun, then a verb", "Его сменит [Анна Смирнова]PER (Anna Smirnova), которая в данный момент "
     "является вице-президентом компании.", "вице-президентом компании", ["Анна Смирнова"]),
    # a range of years, an ordinal in figures
    ("the person, then a verb", "[Иван Петров]PER в 2001-2002 годах работал министром финансов.",
     "министром финансов", ["Иван Петров"]),
    ("the person, then a verb", "[Иван Петров]PER стал 43-м президентом компании.", "президентом компании",
     ["Иван Петров"]),
    # where the post is held between the verb and the post
    ("the person, then a verb", "[Иван Петров]PER работал в [Газпроме]ORG директором по персоналу.",
     "директором по персоналу", ["Иван Петров"]),
    # a predicate joined by "и" to one before shares its subject
    # or by ", а", a time between
    ("a predicate joined by «и» to one before: its subject", "[Иван Петров]PER работал в банке. В 2004 году он "
     "пришёл в госбанк, а в 2007-м стал вице-президентом.", "вице-президентом", ["Иван Петров"]),
    ("a predicate joined by «и» to one before: its subject", "[Иван Петров]PER возглавлял компанию, а в 2010 — 2011 "
     "годах был мэром города.", "мэром города", ["Иван Петров"]),
    ("a predicate joined by «и» to one before: its subject", "[Иван Тимохин]PER был депутатом горсовета и "
     "занимал должность первого заместителя председателя.", "первого заместителя председателя", ["Иван Тимохин"]),
    ("a predicate joined by «и» to one before: its subject", "[Геннадий Бачинский]PER вёл шоу. Последние полгода "
     "он работал на радио и был главным продюсером дирекции.", "главным продюсером дирекции",
     ["Геннадий Бачинский"]),
    ("a predicate joined by «и» to one before: its subject", "[Иван Петров]PER вернулся в город. Сейчас он "
     "работает в банке и является его председателем.", "председателем", ["Иван Петров"]),
    # a post opening a relative clause, governing «которого»: the person named after it or its linking verb
    ("«которого» after it: the person named next", "Выступила фабрика «[Заря]ORG», директор которой [Олег "
     "Карпов]PER рассказал о планах.", "директор", ["Олег Карпов"]),
    ("«которого» after it: the person named next", "Это старый университет, ректором которого является [Иван "
     "Петров]PER.", "ректором", ["Иван Петров"]),
    # a naming verb's object in the accusative holds the instrumental post after it
    ("a naming verb's object", "Президент назначил [Александра Бастрыкина]PER председателем комитета.",
     "председателем комитета", ["Александр Бастрыкин"]),
    # past a kin noun naming them; or put first before a plural verb
    ("a naming verb's object", "Президент назначил свою жену [Анну]PER первым вице-президентом.",
     "первым вице-президентом", ["Анна"]),
    ("a naming verb's object", "Вчера 48-летнего [Ивана Петрова]PER назначили тренером клуба.", "тренером клуба",
     ["Иван Петров"]),
    ("a naming verb's object", "Парламент утвердил [Мигеля Диаса-Канеля]PER главой Госсовета.", "главой Госсовета",
     ["Мигель Диас-Канель"]),
    # the noun of a naming verb's act, a preposition's or a verb's, its object in the genitive
    ("a naming verb's object", "Мэр подписал распоряжение о назначении [Олега Карпова]PER начальником управления.",
     "начальником управления", ["Олег Карпов"]),
    ("a naming verb's object", "После избрания [Анны Смирновой]PER ректором университет вырос.", "ректором",
     ["Анна Смирнова"]),
    ("a naming verb's object", "Депутаты поддержали утверждение [Ивана Петрова]PER председателем палаты.",
     "председателем палаты", ["Иван Петров"]),
    ("a naming verb's object", "Суд оспорил переназначение [Олега Карпова]PER директором фабрики.",
     "директором фабрики", ["Олег Карпов"]),
    # a naming verb before the post, its object after it, past a possessive
    ("a naming verb before it: its object after it", "Депутаты избрали новым мэром [Омска]LOC [Вячеслава "
     "Двораковского]PER.", "новым мэром Омска", ["Вячеслав Двораковский"]),
    ("a naming verb before it: its object after it", "Совет избрал своим заместителем [Анну Смирнову]PER.",
     "заместителем", ["Анна Смирнова"]),
    # a «где» clause after where the subject goes or comes from
    ("a «где» clause: the subject of the clause before", "[Анна Смирнова]PER переходит в правительство области, "
     "где займёт должность первого заместителя председателя.", "первого заместителя председателя",
     ["Анна Смирнова"]),
    ("a «где» clause: the subject of the clause before", "[Анна Смирнова]PER пришла в банк в 2004 году из "
     "министерства, где занимала пост директора департамента.", "директора департамента", ["Анна Смирнова"]),
    ("a «где» clause: the subject of the clause before", "Как сообщила пресс-служба, [Иван Петров]PER переходит "
     "на работу в министерство, где станет заместителем министра.", "заместителем министра", ["Иван Петров"]),
    # a verb of staying; a possessive before the subject's own post
    ("a verb, then the person", "Генеральным директором компании останется [Иван Петров]PER.",
     "Генеральным директором компании", ["Иван Петров"]),
    ("a verb, then the person", "Исполняющим обязанности министра назначена его заместитель [Анна Смирнова]PER.",
     "Исполняющим обязанности министра", ["Анна Смирнова"]),
    # a phrase of time opened by "до" or "после" between the subject and the predicate
    ("the person, then a verb", "[Анна Смирнова]PER до перехода в министерство работала главным врачом больницы.",
     "главным врачом больницы", ["Анна Смирнова"]),
    ("the person, then a participle", "Им стал [Олег Бурцев]PER, до последнего времени работавший заместителем "
     "председателя собрания.", "заместителем председателя собрания", ["Олег Бурцев"]),
    # a verb of going over, transitive in the dictionary, takes its subject onto the office
    ("the person before its office", "[Иван Петров]PER переходит на должность советника президента компании.",
     "советника президента компании", ["Иван Петров"]),
    # the duties of an office, put first, and the verb of carrying them out
    ("an office put first: the subject after its verb", "Обязанности председателя совета до сих пор исполнял "
     "первый вице-спикер [Иван Петров]PER.", "председателя совета", ["Иван Петров"]),
    # the posts a predicate lists in the instrumental after its first
    ("a predicate's list of posts in the instrumental", "[Иван Петров]PER был губернатором области, начальником "
     "железной дороги и первым заместителем министра.", "начальником железной дороги", ["Иван Петров"]),
    ("a predicate's list of posts in the instrumental", "[Иван Петров]PER был губернатором области, начальником "
     "железной дороги и первым заместителем министра.", "первым заместителем министра", ["Иван Петров"]),
    # a subject left out before a present verb, which tells no gender, and a span of years
    ("a subject left out: the one named before", "[Иван Петров]PER родился в Омске. С 2007 года по настоящее "
     "время занимает должность прокурора области.", "прокурора области", ["Иван Петров"]),
    ("a subject left out: the one named before", "[Евгений Душко]PER родился в Омске. В 2006—2009 годах занимал "
     "пост заместителя главы администрации.", "заместителя главы администрации", ["Евгений Душко"]),
    ("a subject left out: the one named before", "[Иван Петров]PER родился в Омске. В декабре 1996 года был избран "
     "председателем городского совета.", "председателем городского совета", ["Иван Петров"]),
    ("the person before it", "Об этом сообщил [Антон Алексеев]PER, заместитель министра связи.",
     "заместитель министра связи", ["Антон Алексеев"]),
    ("the person before it", "[Иван Петров]PER (12 мая 1950 года, Тверь — 2010) — советский писатель, академик.",
     "советский писатель", ["Иван Петров"]),
    ("the person before it", "[Томас Шефер]PER (Thomas Schäfer), министр финансов земли [Гессен]LOC, умер.",
     "министр финансов земли Гессен", ["Томас Шефер"]),
    # an age before the post, after a comma or a bracket
    ("the person before it", "Вызван [Иван Петров]PER (31-летний полузащитник является игроком клуба).",
     "полузащитник", ["Иван Петров"]),
    ("the person before it", "Выступил [Иван Петров]PER, 45-летний директор школы, и ушёл.", "директор школы",
     ["Иван Петров"]),
    # their age between commas
    ("the person before it", "Кандидаты: [Иван Петров]PER (Ivan Petrov), 34 года, пилот авиакомпании.",
     "пилот авиакомпании", ["Иван Петров"]),
    ("the person before it", "Пусть победит сильнейший!\n\n[Кирсан Илюмжинов]PER Президент [ФИДЕ]ORG\n",
     "Президент ФИДЕ", ["Кирсан Илюмжинов"]),
    ("a list of posts after a dash", "[Иван Петров]PER — писатель, советник губернатора, бывший посол в [Италии]LOC.",
     "советник губернатора", ["Иван Петров"]),
    # an item after "и" right after another post
    ("a list of posts after a dash", "[Анна Смирнова]PER — дизайнер, основатель и директор фонда, издатель и "
     "редактор журнала.", "директор фонда", ["Анна Смирнова"]),
    ("a list of posts after a dash", "[Анна Смирнова]PER — дизайнер, основатель и директор фонда, издатель и "
     "редактор журнала.", "редактор журнала", ["Анна Смирнова"]),
    ("a list of posts after a dash", "[Иван Петров]PER — писатель, советник губернатора, бывший посол в [Италии]LOC.",
     "бывший посол в Италии", ["Иван Петров"]),
    ("the person, then a participle", "[Иван Сидоров]PER, занимавший пост министра финансов, ушёл в отставку.",
     "министра финансов", ["Иван Сидоров"]),
    ("the person, then a participle", "Встреча с [Анной Смирновой]PER, занимающей в 2020 году должность "
     "директора школы, прошла в Омске.", "директора школы", ["Анна Смирнова"]),
    ("the person, then a participle", "Письмо направил [Олег Кузнецов]PER, являющийся председателем совета.",
     "председателем совета", ["Олег Кузнецов"]),
    # a participle of becoming or of being appointed or elected
    ("the person, then a participle", "Визит [Ивана Сидорова]PER, ставшего министром финансов в 2010 году, "
     "завершился.", "министром финансов", ["Иван Сидоров"]),
    ("the person, then a participle", "[Анна Смирнова]PER, назначенная сегодня на пост директора школы, "
     "выступила.", "директора школы", ["Анна Смирнова"]),
    ("the person, then a participle", "[Анна Смирнова]PER, избранная председателем совета, выступила.",
     "председателем совета", ["Анна Смирнова"]),
    # the name right after the predicate's post is whose it is, however it declines
    ("the person, then a participle", "[Анна Попова]PER, работавшая заместителем [Онищенко]PER, выступила.",
     "заместителем", ["Анна Попова"]),
    ("a pronoun, then a verb", "[Иван Петров]PER уехал. Он является советником [Шойгу]PER.", "советником",
     ["Иван Петров"]),
    ("the person after a comma", "Первый вратарь сборной последних лет, [Оливер Кан]PER будет работать.",
     "Первый вратарь сборной последних лет", ["Оливер Кан"]),
    # or one followed by a comma opening a clause about them
    ("the person after a comma", "Бывший спикер палаты, [Анна Смирнова]PER, которая сейчас руководит фракцией, "
     "выступила.", "Бывший спикер палаты", ["Анна Смирнова"]),
    ("the person after a comma", "Бывший спикер палаты, [Анна Смирнова]PER, возглавляющая фракцию, выступила.",
     "Бывший спикер палаты", ["Анна Смирнова"]),
    # a noun describing the person between the comma and the name after a nominative post
    ("the person after a comma", "Пришли председатель партии, меценат [Иван Петров]PER и другие.",
     "председатель партии", ["Иван Петров"]),
    # an age between the comma and the name
    ("the person after a comma", "Ушёл вице-губернатор края, 35-летний [Иван Петров]PER.", "вице-губернатор края",
     ["Иван Петров"]),
    # a profession only the harvested lexicon knows, before a comma and the name
    ("the person after a comma", "Известный публицист, [Иван Петров]PER опубликовал эссе.", "Известный публицист",
     ["Иван Петров"]),
    # adjectives in the post's case between the comma and the name
    ("the person after a comma", "Врачи разрешили бывшему футболисту сборной, легендарному [Пеле]PER приехать.",
     "бывшему футболисту сборной", ["Пеле"]),
    # an office ("пост", "должность", "обязанности") and its post after the person, what becomes of it between
    ("the person before its office", "Петиция о снятии [Олега Смирнова]PER с поста директора школы появилась.",
     "директора школы", ["Олег Смирнов"]),
    ("the person before its office", "[Иван Петров]PER покидает пост главного тренера клуба.",
     "главного тренера клуба", ["Иван Петров"]),
    ("the person before its office", "[Анна Смирнова]PER подала в отставку с должности министра.", "министра",
     ["Анна Смирнова"]),
    ("the person before its office", "[Олег Карпов]PER, который 18 апреля подал в отставку с поста тренера, уехал.",
     "тренера", ["Олег Карпов"]),
    ("the person before its office", "[Иван Петров]PER заявил, что он покинет пост директора.", "директора",
     ["Иван Петров"]),
    # past a participle's clause after the name
    ("the person before its office", "[Иван Петров]PER, в течение 13 лет занимавший пост директора школы, ушёл.",
     "директора школы", ["Иван Петров"]),
    ("the person before its office", "[Иван Петров]PER — в то время занимавший пост директора школы — ушёл.",
     "директора школы", ["Иван Петров"]),
    # a predicate opening its sentence without a subject: the person named first in the sentence before
    ("a subject left out: the one named before", "[Анна Смирнова]PER родилась в Омске. В 1990 году работала "
     "директором школы.", "директором школы", ["Анна Смирнова"]),
    ("a subject left out: the one named before", "[Иван Петров]PER встретился с [Олегом Смирновым]PER. "
     "С 2006 года был директором завода.", "директором завода", ["Иван Петров"]),
    # a list of posts in the genitive after an office word: each one the first one's holder's
    ("an office's list of posts in the genitive", "[Иван Петров]PER назначен на пост руководителя службы и "
     "первого заместителя директора.", "первого заместителя директора", ["Иван Петров"]),
    ("an office's list of posts in the genitive", "[Иван Петров]PER совмещает должность вице-спикера и "
     "руководителя фракции.", "руководителя фракции", ["Иван Петров"]),
    # a second title after a dash is the same person's as the post before it
    ("the post before a dash: the same person's", "[Иван Петров]PER назначен начальником штаба – первым "
     "заместителем министра обороны.", "первым заместителем министра обороны", ["Иван Петров"]),
    # a post after a dash as a biography's predicate: after "он", after a time opening the sentence
    ("a dash after a time or a pronoun: its subject", "[Михаил Лесин]PER занимал пост министра. До этого он — "
     "заместитель председателя совета.", "заместитель председателя совета", ["Михаил Лесин"]),
    ("a dash after a time or a pronoun: its subject", "[Евгений Примаков]PER родился в Киеве. В 1996 году — "
     "глава министерства.", "глава министерства", ["Евгений Примаков"]),
    # the subject past an age, a time or a locative before it; the next dated stage of the line after ", а"
    ("a dash after a time or a pronoun: its subject", "44-летний [Михаил Юревич]PER — предприниматель. В "
     "1995—2000 — председатель совета директоров.", "председатель совета директоров", ["Михаил Юревич"]),
    ("a dash after a time or a pronoun: its subject", "В начале 1960-х [Галина Волчек]PER стала ставить спектакли. "
     "С 1971 года — главный режиссёр, а с 1989 года — художественный руководитель.", "художественный руководитель",
     ["Галина Волчек"]),
    # a biography's predicate with its subject left out after any adjunct, or after a predicate before it
    ("a subject left out after any adjunct: the one named before", "[Анна Смирнова]PER родилась в 1929 году. В "
     "войну работала токарем на заводе.", "токарем", ["Анна Смирнова"]),
    ("a subject left out after any adjunct: the one named before", "[Иван Петров]PER родился в Омске. В 2006 году "
     "занимал пост заместителя главы района, затем стал депутатом городского совета.",
     "депутатом городского совета", ["Иван Петров"]),
    # a biography's verbless line opened by a post: the subject told of before, sentences back or not
    ("a verbless line opened by a post: the subject before", "[Иван Петров]PER родился в Омске. Окончил институт. "
     "Депутат городского совета с 1998 по 2007 год.", "Депутат городского совета", ["Иван Петров"]),
    ("a verbless line opened by a post: the subject before", "[Анна Смирнова]PER родилась в Омске. Дизайнер по "
     "профессии.", "Дизайнер по профессии", ["Анна Смирнова"]),
    # a nomination gives the post to whom it names
    ("the person before its office", "Президент выдвинул [Ивана Петрова]PER на пост директора.", "директора",
     ["Иван Петров"]),
    # "в качестве": the person named before, subject or object, past a gloss; or whom "она" stands for
    ("«в качестве»: the person named before", "Вчера [Иван Петров]PER принёс присягу в качестве министра "
     "обороны.", "министра обороны", ["Иван Петров"]),
    # where they come from or whom they stand for between the post and the name
    ("the person after it", "Выступил депутат от «Справедливой России» [Илья Пономарев]PER.", "депутат",
     ["Илья Пономарев"]),
    ("the person after it", "На форум прибыл министр из [Казахстана]LOC 50-летний [Канат Бекмуратов]PER.",
     "министр", ["Канат Бекмуратов"]),
    # a name in commas before its clause's predicate is the post's apposition, not a list's item
    # an aside between commas after a post opening its clause, the subject and its predicate after it
    ("the subject after an aside", "Спикер палаты, объявившая минуту молчания, [Иван Петров]PER заявил о "
     "трагедии.", "Спикер палаты", ["Иван Петров"]),
    ("the subject after an aside", "Руководитель пресс-службы газеты, где работала [Анна Смирнова]PER, "
     "[Мария Петрова]PER отметила это.", "Руководитель пресс-службы газеты", ["Мария Петрова"]),
    ("the subject after an aside", "Глава [Абакана]LOC, столицы [Хакасии]LOC, [Иван Петров]PER погиб.",
     "Глава Абакана", ["Иван Петров"]),
    ("the person after a comma", "Его адвокат, [Стивен Брунстайн]PER, отказался отвечать.", "адвокат",
     ["Стивен Брунстайн"]),
    ("the person after a comma", "Президент России, [Владимир Путин]PER, лично выразил соболезнования.",
     "Президент России", ["Владимир Путин"]),
    ("«в качестве»: the person named before", "Совет выбрал [Анну Смирнову]PER (Anna Smirnova) в качестве "
     "председателя.", "председателя", ["Анна Смирнова"]),
    ("«в качестве»: the person named before", "[Анна Смирнова]PER выросла в Омске. В 2016 году она была в "
     "Иордании в качестве советника.", "советника", ["Анна Смирнова"]),
    # a nominative post, a prepositional phrase its chain did not take, and a name in the nominative
    ("the person after a prepositional phrase", "Об этом сообщила его помощница по работе в [Госдуме]ORG "
     "[Анна Смирнова]PER.", "помощница по работе", ["Анна Смирнова"]),
    # past a name in another case inside the phrase
    ("the person after a prepositional phrase", "Пришёл экс-директор бюро из администрации [Билла Клинтона]PER "
     "[Луис Фри]PER.", "экс-директор бюро", ["Луис Фри"]),
    # an instrumental post, its phrase, and a name in the instrumental
    ("the person after a prepositional phrase", "Министр встретился с региональным директором [ВОЗ]ORG для "
     "[Европы]LOC [Хансом Клюге]PER.", "региональным директором ВОЗ", ["Ханс Клюге"]),
    # an office put first, its verb, then its subject
    ("an office put first: the subject after its verb", "16 августа пост главного тренера занял [Иван Петров]PER.",
     "главного тренера", ["Иван Петров"]),
    ("an office put first: the subject after its verb", "До 2010 года пост министра в правительстве лейбористов "
     "занимал [Иван Петров]PER.", "министра", ["Иван Петров"]),
    # "сменил на посту": the subject; the name after the post held it before (test below)
    # a commander's post, what it commands in the instrumental, then a rank of the holder's
    ("the next post's person", "Приказ подписал командующий войсками военного округа генерал-полковник "
     "[Иван Петров]PER.", "командующий войсками военного округа", ["Иван Петров"]),
    # a plural post after "один из": the one named before it, or the subject of its predicate
    ("«один из» a plural post: the one person it is said of", "[Иван Петров]PER, один из руководителей компании, "
     "ушёл.", "руководителей компании", ["Иван Петров"]),
    ("«один из» a plural post: the one person it is said of", "[Иван Петров]PER является одним из директоров "
     "банка.", "директоров банка", ["Иван Петров"]),
    ("«один из» a plural post: the one person it is said of", "[Анна Смирнова]PER, которая стала одной из "
     "руководителей фонда, приехала.", "руководителей фонда", ["Анна Смирнова"]),
    ("«сменил на посту»: the subject", "[Анна Смирнова]PER сменила на посту директора [Ивана Петрова]PER.",
     "директора", ["Анна Смирнова", "Иван Петров"]),
    ("«сменил на посту»: the subject", "Парламент поддержал [Олега Смирнова]PER, сменившего на посту "
     "мэра [Ивана Петрова]PER.", "мэра", ["Олег Смирнов", "Иван Петров"]),
])
def test_each_link_rule_gives_a_post_to_its_holder(rule, source, post, expected):
    doc = parse(source, until="posts")
    assert sorted(holders(doc)[post]) == sorted(expected)
    assert any(r == rule and text == post for r, text, _ in notes(doc, "posts")), notes(doc, "posts")


@pytest.mark.parametrize("source, post", [
    # the name before "где" is no subject: it is in an oblique case
    ("Делегация [Ивана Петрова]PER прибыла в министерство, где станет заместителем министра.",
     "заместителем министра"),
    # a comma between the name and "где": another clause
    ("[Иван Петров]PER приехал, а в министерство, где станет заместителем министра, прибыли гости.",
     "заместителем министра"),
])
def test_a_где_clause_gives_its_post_only_to_the_subject_of_the_clause_before(source, post):
    assert holders(parse(source, until="posts"))[post] == []


@pytest.mark.parametrize("source, outer, inner, holder", [
    # a post of the object, in the accusative, with its adjective: no complement of the instrumental post
    ("Совет избрал своим председателем бывшего губернатора [Санкт-Петербурга]LOC [Валентину Матвиенко]PER.",
     "председателем", "бывшего губернатора Санкт-Петербурга", "Валентина Матвиенко"),
])
def test_a_post_of_an_object_named_in_the_accusative_ends_the_chain_before_it(source, outer, inner, holder):
    found = holders(parse(source, until="posts"))
    assert found[outer] == [holder] and found[inner] == [holder]


@pytest.mark.parametrize("source, post, holder", [
    # right after the head, or before a name that may be a genitive, it is a complement
    ("Губернатор назначил помощником губернатора [Анну Петрову]PER.", "помощником губернатора", "Анна Петрова"),
    ("Губернатор назначил помощником бывшего губернатора [Ивана Петрова]PER.",
     "помощником бывшего губернатора", "Иван Петров"),
])
def test_a_post_after_an_instrumental_one_is_its_complement_where_it_may_be(source, post, holder):
    assert holders(parse(source, until="posts"))[post] == [holder]


@pytest.mark.parametrize("source, post", [
    # a name in the genitive after an instrumental post's phrase is the complement of the phrase's noun
    ("Он стал премьер-министром после ухода своего предшественника [Наото Кана]PER.", "премьер-министром"),
])
def test_a_name_after_an_oblique_posts_phrase_holds_it_only_in_the_instrumental(source, post):
    assert holders(parse(source, until="posts"))[post] == []


@pytest.mark.parametrize("source, post, holder", [
    ("Вечер открыл актёр, режиссёр и продюсер [Иван Петров]PER.", "актёр", ["Иван Петров"]),
    # a country is no complement
    ("Вечер открыл народный артист [России]LOC, режиссёр и продюсер [Иван Петров]PER.", "народный артист России",
     ["Иван Петров"]),
    # posts with complements listed may be several persons'
    ("Пришли министр финансов, министр спорта и глава банка [Иван Петров]PER.", "министр финансов", []),
    # a list with no "и" closing it before the name is no list of one person's titles
    ("Пришли актёр, режиссёр, продюсер [Иван Петров]PER.", "актёр", []),
    # a plural predicate after the name: several persons' posts
    ("Директор театра, актриса и режиссёр [Анна Смирнова]PER выступили.", "Директор театра", []),
])
def test_only_a_list_of_bare_titles_closed_by_and_is_one_persons(source, post, holder):
    doc = parse(source, until="posts")
    assert holders(doc).get(post, []) == holder


@pytest.mark.parametrize("source, post", [
    # a name in another case after the noun is whose the noun is, not the post's holder
    ("Прибыл директор школы сосед [Ивана Петрова]PER.", "директор школы"),
    # nor past a kin term
    ("Прибыл директор школы брат [Иван Петров]PER.", "директор школы"),
])
def test_a_noun_between_a_post_and_a_name_passes_over_a_describing_noun_only(source, post):
    assert holders(parse(source, until="posts"))[post] == []


@pytest.mark.parametrize("source, holder", [
    ("Советник [Трампа]PER заявил о санкциях.", []),
    ("Советник [Ивана Петрова]PER заявил о санкциях.", []),
    ("Советник [Ивана Петрова]PER [Сергей Смирнов]PER заявил о санкциях.", ["Сергей Смирнов"]),
    # a word of the name as written: normalise may have misread a foreign name's case
    ("Советник [Мэтью Брайза]PER заявил о санкциях.", ["Мэтью Брайза"]),
])
def test_a_name_in_the_genitive_after_a_post_is_not_its_holder(source, holder):
    doc = parse(source, until="posts")
    assert holders(doc).get("Советник", []) == holder


@pytest.mark.parametrize("source, post, holder", [
    # a name after an instrumental or dative post, in another case, is whose the post is: the
    # predicate's subject holds it
    ("[Олег Смирнов]PER стал советником [Ивана Петрова]PER.", "советником", ["Олег Смирнов"]),
    ("До этого [Олег Смирнов]PER работал заместителем главы управления [Ивана Петрова]PER.",
     "заместителем главы управления", ["Олег Смирнов"]),
    ("Награду вручили советнику [Ивана Петрова]PER.", "советнику", []),
    # in the head's case it holds it
    ("Он встретился с советником [Иваном Петровым]PER.", "советником", ["Иван Петров"]),
    ("Награду вручили послу [Ивану Петрову]PER.", "послу", ["Иван Петров"]),
    # one word in the head's case will do: pymorphy3 may not know a foreign surname's cases
    ("Он убедил президента [Хамида Карзая]PER вернуться.", "президента", ["Хамид Карзай"]),
    # after an oblique head, two names in its case: whose post, then its holder
    ("О смерти советника [Петра Иванова]PER [Олега Смирнова]PER стало известно вчера.", "советника",
     ["Олег Смирнов"]),
    # but after a kin noun the second name is the kin, the first holds the post
    ("Палата избрала дочь президента [Ивана Петрова]PER [Анну]PER главой комитета.", "президента",
     ["Иван Петров"]),
])
def test_a_name_after_an_oblique_post_holds_it_only_in_its_case(source, post, holder):
    doc = parse(source, until="posts")
    assert holders(doc).get(post, []) == holder


@pytest.mark.parametrize("source", [
    # the person named before is no subject: further on in their sentence, or in an oblique case
    "Об этом сообщил [Иван Петров]PER. С 2001 года — директор завода.",
    "Встреча с [Иваном Петровым]PER прошла в Москве. С 2001 года — директор завода.",
    # no time before the dash
    "[Иван Петров]PER прибыл в Москву. Главное — директор завода.",
])
def test_a_post_after_a_dash_goes_only_to_a_subject_opening_the_sentence_before(source):
    assert holders(parse(source, until="posts"))["директор завода"] == []


def test_a_second_title_after_a_dash_goes_only_to_a_holder_of_the_first():
    found = holders(parse("Начальник штаба – первый заместитель министра обороны выступил.", until="posts"))
    assert found["первый заместитель министра обороны"] == []


@pytest.mark.parametrize("source, post, holder", [
    # a head that can only be plural before one name: whose they are, not one of them
    ("Адвокаты [Сильвио Берлускони]PER обжалуют приговор.", "Адвокаты", []),
    ("Об этом сообщили советники [Анны Смирновой]PER.", "советники", []),
    ("Суд не нашёл вины заместителей [Ивана Петрова]PER.", "заместителей", []),
    # "один из" makes it one person's
    ("Умер один из руководителей компании [Иван Петров]PER.", "руководителей компании", ["Иван Петров"]),
    # a name in the nominative after a genitive plural is the clause's subject, one of them
    ("Как и большинство депутатов [Иван Петров]PER начинал как юрист.", "депутатов", ["Иван Петров"]),
    # several names: each of them, past a note in brackets after a name
    ("Выступили депутаты [Иван Петров]PER (фракция «Яблоко»), [Олег Смирнов]PER и [Павел Белов]PER.",
     "депутаты", ["Иван Петров", "Олег Смирнов", "Павел Белов"]),
    ("Кандидатуры выдвинули вице-президенты [Томас Бах]PER (Германия) и [Олег Смирнов]PER (Россия).",
     "вице-президенты", ["Томас Бах", "Олег Смирнов"]),
])
def test_a_plural_post_before_one_name_is_whose_they_are(source, post, holder):
    found = holders(parse(source, until="posts"))
    assert post in found and sorted(found[post]) == sorted(holder)


@pytest.mark.parametrize("source, inner, holder, outer, outer_holder", [
    ("Пресс-секретарь президента [России]LOC [Владимира Путина]PER [Дмитрий Песков]PER заявил о мерах.",
     "президента России", "Владимир Путин", "Пресс-секретарь президента России", "Дмитрий Песков"),
    ("Об этом сообщил советник министра финансов [Антона Силуанова]PER [Иван Петров]PER.",
     "министра финансов", "Антон Силуанов", "советник министра финансов", "Иван Петров"),
    ("Помощник губернатора [Петра Иванова]PER [Анна Смирнова]PER выступила.",
     "губернатора", "Петр Иванов", "Помощник губернатора", "Анна Смирнова"),
])
def test_a_name_in_the_genitive_inside_a_post_holds_the_post_it_follows(source, inner, holder, outer, outer_holder):
    doc = parse(source, until="posts")
    assert holders(doc)[inner] == [holder]
    assert holders(doc)[outer] == [outer_holder]
    assert any(r == "head word" and text == inner and "of a name inside another post" in detail
               for r, text, detail in notes(doc, "posts")), notes(doc, "posts")


@pytest.mark.parametrize("source, post", [
    # the genitive name is the only one: the post is the outer post's, no one else's
    ("Советник министра финансов [Антона Силуанова]PER заявил о санкциях.", "министра финансов"),
    # no post's head before the two names
    ("Директор завода [Петра Иванова]PER [Анна Смирнова]PER выступила.", "завода"),
])
def test_no_post_inside_a_post_without_a_genitive_head_and_a_holder_after(source, post):
    doc = parse(source, until="posts")
    assert post not in holders(doc)


@pytest.mark.parametrize("source, post", [
    ("[Иван Петров]PER встретился в 2005 году с директором комбината.", "директором комбината"),
    ("[Иван Петров]PER был в Москве, министром он не стал.", "министром"),
    # a list of posts after a dash with no one named before it
    ("Итоги подвели — председатель комиссии, советник губернатора и [Иван Петров]PER.", "советник губернатора"),
    # the office a candidate seeks is not theirs, nor is it the post of the person after it
    ("Кандидатом на пост мэра стал [Иван Петров]PER.", "мэра"),
    ("Кандидатом на пост мэра стал инженер [Иван Петров]PER.", "мэра"),
    # a post complementing a common noun is no predicate: the person after the verb is no holder
    ("На выборах ректора университета был профессор [Иван Петров]PER.", "ректора университета"),
    ("В итоге наследником предпринимателя стал [Олег Смирнов]PER.", "предпринимателя"),
    # a noun describing the person after the verb, but a kin term, or the person in the genitive, or a post
    # not in the instrumental: the noun is the holder, or the post is of someone else
    ("Министром финансов стал брат [Олег Смирнов]PER.", "Министром финансов"),
    ("Министром финансов стал помощник [Ивана Петрова]PER.", "Министром финансов"),
    ("Избранником юной принцессы стал инженер [Олег Смирнов]PER.", "принцессы"),
    # the subject of a verb putting someone else onto an office is not its holder
    ("[Иван Петров]PER назначил его на пост директора.", "директора"),
    # nor is who runs for it, seeks it or is promised it
    ("[Олег Смирнов]PER будет баллотироваться на пост мэра.", "мэра"),
    ("[Анна Смирнова]PER претендует на должность министра.", "министра"),
    ("[Ивану Петрову]PER пообещали пост директора.", "директора"),
    # a predicate without a subject whose verb does not agree with the person named before, or after
    # one named in an oblique case, or with a subject of its own
    ("[Иван Петров]PER родился в Омске. В 1990 году работала директором школы.", "директором школы"),
    ("Встреча с [Анной Смирновой]PER прошла в Омске. В 1990 году работала директором школы.", "директором школы"),
    ("[Иван Петров]PER родился в Омске. В 1990 году брат работал директором школы.", "директором школы"),
    # nor the subject of another clause
    ("[Иван Петров]PER уехал, а пост директора занял его сын.", "директора"),
    # nor a name whose gender is not the predicate's, the pronoun's or the relative pronoun's
    ("[Маркос Акино]PER стала президентом.", "президентом"),
    ("[Иван Петров]PER родился в Омске. Она является советником губернатора.", "советником губернатора"),
    ("Выступила дочь [Ивана Петрова]PER, которая является директором школы.", "директором школы"),
    # nor the subject before an aside naming someone else or holding a verb
    ("[Иван Петров]PER, друг [Олега Смирнова]PER, является президентом ассоциации.", "президентом ассоциации"),
    # nor the person after a post and a comma when another follows the name, opening no clause about them
    ("Пришли бывший спикер палаты, [Анна Смирнова]PER, [Иван Петров]PER и другие.", "бывший спикер палаты"),
    # nor the subject of a verb before "и" with a person named after it, nor one of another gender
    ("[Иван Петров]PER встретился с [Анной Смирновой]PER и был назначен министром.", "министром"),
    ("[Иван Петров]PER приехал в Омск и была назначена министром.", "министром"),
    # nor the object of the noun of a naming verb's act as its clause's subject, an act to come
    ("Назначение [Олега Карпова]PER директором фабрики обсуждается.", "директором фабрики"),
    # nor a name after a naming verb that cannot be its accusative object
    ("Его назначила [Анна Смирнова]PER председателем совета.", "председателем совета"),
    # nor a nominative post after a predicate's instrumental one
    ("[Иван Петров]PER стал министром, председатель совета поздравил его.", "председатель совета"),
    # nor the person of the next post when the two name different states
    ("Договор заключили премьер-министр [Эфиопии]LOC и президент [Эритреи]LOC [Исайяс Афеверки]PER.",
     "премьер-министр Эфиопии"),
])
def test_a_predicate_without_a_verb_giving_the_post_links_no_one(source, post):
    doc = parse(source, until="posts")
    assert holders(doc).get(post, []) == []


@pytest.mark.parametrize("source, post", [
    # the post does not open its clause: the dash closes an aside about someone else
    ("Встреча с [Иваном Петровым]PER министром обороны — [Олег Смирнов]PER назвал её важной.", "министром обороны"),
    # the name neither closes the clause nor is the subject its predicate follows
    ("Министр обороны — [Иван Петров]PER и [Олег Смирнов]PER выступили.", "Министр обороны"),
    # inside a clause, a name in another case than the post's
    ("Все простились с министром обороны — [Олег Смирнов]PER, его друг, плакал.", "министром обороны"),
    ("Там был директор завода — [Ивана Петрова]PER.", "директор завода"),
])
def test_a_dash_gives_a_post_only_to_the_name_closing_its_clause(source, post):
    doc = parse(source, until="posts")
    assert holders(doc).get(post, []) == []


@pytest.mark.parametrize("source, post", [
    # past a verb, or another post, the name is another clause's or post's
    ("Помощник по работе в [Госдуме]ORG выступил и [Иван Петров]PER ушёл.", "Помощник по работе"),
    ("Помощник по работе с министром [Иван Петров]PER выступил.", "Помощник по работе"),
    # an adjective before the phrase awaits its noun after it: the chain is cut short, no holder's
    ("Основатель крупнейшей в мире сети магазинов [Иван Петров]PER выступил.", "Основатель крупнейшей"),
])
def test_a_name_after_a_posts_prepositional_phrase_holds_it_only_in_its_clause(source, post):
    doc = parse(source, until="posts")
    assert holders(doc).get(post, []) == []


@pytest.mark.parametrize("source, post", [
    # the name after the verb is whose the subject is, not the subject
    ("Пост директора занимал отец [Ивана Петрова]PER.", "директора"),
])
def test_an_office_put_first_goes_only_to_its_verbs_subject(source, post):
    doc = parse(source, until="posts")
    assert holders(doc).get(post, []) == []


def test_an_aged_post_opening_the_next_clause_is_not_the_name_befores():
    doc = parse("Как сообщил его сын [Пётр Петров]PER, 87-летний директор скончался в больнице.", until="posts")
    assert "Пётр Петров" not in holders(doc).get("директор", [])


@pytest.mark.parametrize("source, post", [
    # a name after a noun is whose the plural verb's subject is; the last of a list may be its subject
    ("Сторонники [Ивана Петрова]PER избрали председателем совета.", "председателем совета"),
    ("[Иван Петров]PER и [Олег Смирнов]PER избрали председателем совета.", "председателем совета"),
])
def test_a_name_before_a_plural_naming_verb_holds_its_post_only_as_its_object(source, post):
    doc = parse(source, until="posts")
    assert holders(doc).get(post, []) == []


@pytest.mark.parametrize("source, post", [
    # the name after the aside is an item of a list, not the subject its predicate follows
    ("Глава компании, где работали [Иван Петров]PER, [Олег Смирнов]PER и другие, выступил.", "Глава компании"),
    # the post does not open its clause: the name after the aside is another clause's subject
    ("Он встретился с главой компании, основанной в 1990 году, [Олег Смирнов]PER рассказал об этом.",
     "главой компании"),
    # the name is in another case than the post's
    ("Директор завода, построенного в 1990 году, [Ивана Петрова]PER поблагодарил.", "Директор завода"),
])
def test_an_aside_after_a_post_gives_it_only_to_its_clauses_subject(source, post):
    doc = parse(source, until="posts")
    assert holders(doc).get(post, []) == []


@pytest.mark.parametrize("source, post", [
    # a body after "в" with no holder's name after it is where one goes or speaks, no part of the post
    ("Президент в [ООН]ORG заявил о санкциях.", "Президент"),
    ("Командующий прибыл в [Минобороны]ORG.", "Командующий"),
])
def test_a_chain_takes_no_body_after_в_without_a_holder_after_it(source, post):
    doc = parse(source, until="posts")
    assert post in [m.text for p in doc.positions for m in p.mentions]


def test_a_place_after_по_is_where_the_post_serves_not_its_country():
    doc = parse("Советник президента по [Сирии]LOC [Иван Петров]PER прибыл.", until="posts")
    ((position,),) = [p.positions for p in doc.persons]
    assert position.title == "советник президента по Сирии" and position.country is None


@pytest.mark.parametrize("source, org", [
    # the body named elsewhere, written in lower case after the post
    ("[Палата представителей]ORG приняла закон. Спикер палаты представителей [Нэнси Пелоси]PER выступила.",
     "Палата представителей"),
    # not a body of another name
    ("[Палата представителей]ORG приняла закон. Спикер палаты общин [Нэнси Пелоси]PER выступила.", None),
])
def test_a_post_governing_a_body_named_elsewhere_in_lower_case_is_of_it(source, org):
    doc = parse(source, until="posts")
    ((position,),) = [p.positions for p in doc.persons]
    assert next((o.name for o in doc.organizations if o.id == position.org), None) == org


@pytest.mark.parametrize("source, holder, org", [
    # a ministry named before, by name or through its minister's post
    ("В [Министерстве энергетики Республики Казахстан]ORG прошло совещание. Министр [Ерлан Сагындыков]PER отметил "
     "рост добычи.", "Ерлан Сагындыков", "Министерство энергетики Республики Казахстан"),
    ("Министр финансов [Казахстана]LOC [Данияр Оспанов]PER провел совещание. Первый вице-министр [Сауле Каримова]PER "
     "доложила о бюджете.", "Сауле Каримова", "Министерство финансов Казахстана"),
    ("Министр финансов [Казахстана]LOC [Данияр Оспанов]PER провел совещание. Замминистра [Сауле Каримова]PER "
     "доложила о бюджете.", "Сауле Каримова", "Министерство финансов Казахстана"),
    # the last one named before it
    ("Министр финансов [Казахстана]LOC [Данияр Оспанов]PER и министр энергетики [Казахстана]LOC [Ерлан Сагындыков]PER "
     "провели совещание. Вице-министр [Сауле Каримова]PER доложила.", "Сауле Каримова",
     "Министерство энергетики Казахстана"),
    # none named before it
    ("Министр [Ерлан Сагындыков]PER отметил рост добычи. В [Министерстве энергетики Республики Казахстан]ORG прошло "
     "совещание.", "Ерлан Сагындыков", None),
    # not beside a post of the holder's in a body or place: the bare title is more often another's
    ("Министр финансов [Казахстана]LOC [Данияр Оспанов]PER провел совещание. Министр и аким [Жамбылской области]LOC "
     "[Ерлан Кусаинов]PER подписали меморандум.", "Ерлан Кусаинов", None),
    # a former minister's
    ("Министр финансов [Казахстана]LOC [Данияр Оспанов]PER провел совещание. Бывший министр [Сауле Каримова]PER "
     "доложила о бюджете.", "Сауле Каримова", None),
    # a ministry of another country than the post's
    ("Министр финансов [Казахстана]LOC [Данияр Оспанов]PER провел совещание. Узбекский министр "
     "[Бахтиёр Рахимов]PER доложил о бюджете.", "Бахтиёр Рахимов", None),
    # a ministry of another country than the release's
    ("Министр торговли [Турции]LOC [Мехмет Йылмаз]PER прибыл в [Астану]LOC. Вице-министр [Айгерим Нурланова]PER "
     "встретила его в [Казахстане]LOC. [Казахстан]LOC и [Турция]LOC обсудили торговлю с [Казахстаном]LOC.",
     "Айгерим Нурланова", None),
])
def test_a_bare_ministers_post_is_of_the_ministry_named_last_before_it(source, holder, org):
    doc = parse(source, until="posts")
    (positions,) = [p.positions for p in doc.persons if p.name == holder]
    position = next(x for x in positions if "министр" in x.title)
    assert next((o.name for o in doc.organizations if o.id == position.org), None) == org
    assert any(rule.startswith("a bare minister's post") for rule, _, _ in notes(doc, "posts")) == (org is not None)


@pytest.mark.parametrize("source, org", [
    ("Выступила фабрика «[Заря]ORG», директор которой [Олег Карпов]PER рассказал о планах.", "Заря"),
    ("Туристы приехали в [Тверскую область]LOC, губернатором которой стал [Олег Карпов]PER.", "Тверская область"),
    # the pronoun agrees with no place inside the antecedent: the body is another
    ("Он вступил в общину в [Омске]LOC, президентом которой была [Анна Смирнова]PER.", None),
    ("Он вступил в общество в [Москве]LOC, председателем которого был [Олег Карпов]PER.", None),
])
def test_a_post_governing_the_relative_pronoun_is_of_the_body_before_the_comma(source, org):
    doc = parse(source, until="posts")
    ((position,),) = [p.positions for p in doc.persons if p.positions]
    assert _named(doc, position.org) == org


@pytest.mark.parametrize("source, holder, org", [
    # the one body of its kind the post's sentence names
    ("Руководство футбольного клуба «[Кубань]ORG» рассталось с главным тренером [Юрием Красножаном]PER.",
     "Юрий Красножан", "Кубань"),
    ("[Конституционный суд]ORG принял жалобу, сообщил судья-докладчик [Сергей Князев]PER.", "Сергей Князев",
     "Конституционный суд"),
    # a participle serving as a noun, whose lemma is its verb's
    ("Хоккейный клуб «[Салават Юлаев]ORG» продлил контракт с нападающим [Александром Радуловым]PER.",
     "Александр Радулов", "Салават Юлаев"),
    # none in its sentence: the one the lead names
    ("[Центральный районный суд]ORG вынес приговор. Он вступит в силу. Однако судья [Оксана Белова]PER учла всё.",
     "Оксана Белова", "Центральный районный суд"),
    ("В [Калининградской области]LOC сменили министра. Он ушёл. Губернатор [Николай Цуканов]PER не вмешивался.",
     "Николай Цуканов", "Калининградская область"),
    # two names of one body in the lead are one, the fullest
    ("[Хамовнический суд]ORG заседал. [Хамовнический районный суд Москвы]ORG продолжил слушания. Он ушёл. "
     "Судья [Виктор Данилкин]PER объявил перерыв.", "Виктор Данилкин", "Хамовнический районный суд Москвы"),
    # more than one in its sentence, or in the lead
    ("Клуб «[Зенит]ORG» обыграл клуб «[Спартак]ORG»: гол забил нападающий [Иван Петров]PER.", "Иван Петров", None),
    ("[Тверской суд]ORG и [Хамовнический суд]ORG заняты. Он ушёл. Судья [Оксана Белова]PER учла всё.",
     "Оксана Белова", None),
    # a post governing one such post in the genitive serves what that post's holder does
    ("В [Омской области]LOC сменили министра. Он ушёл. Советник губернатора [Олег Карпов]PER не вмешивался.",
     "Олег Карпов", "Омская область"),
    # a post no body of one kind is served by, or one with words after its head
    ("[Центральный районный суд]ORG вынес приговор. Адвокат [Игорь Сафонов]PER обжалует его.", "Игорь Сафонов",
     None),
    ("Клуб «[Кубань]ORG» примет «[Амкар]ORG». Нападающий пермяков [Никита Бурмистров]PER пропустит игру.",
     "Никита Бурмистров", None),
])
def test_a_post_naming_no_body_is_of_the_one_body_of_its_kind_named_around(source, holder, org):
    doc = parse(source, until="posts")
    ((position,),) = [p.positions for p in doc.persons if p.name == holder]
    assert _named(doc, position.org) == org
    assert any(rule == "a post naming no body: the one body of the kind it serves its sentence or lead names"
               for rule, _, _ in notes(doc, "posts")) == (org is not None)


def test_a_minister_the_network_tagged_with_his_domain_derives_his_ministry():
    doc = parse("Переговоры с [Министром транспорта Республики Узбекистан]ORG [Ильхомом Махкамовым]PER прошли.",
                until="posts")
    ((position,),) = [p.positions for p in doc.persons]
    body = next(o.name for o in doc.organizations if o.id == position.org)
    assert (position.title, body, position.country) == (
        "министр транспорта", "Министерство транспорта Республики Узбекистан", "Узбекистан")
    assert [o.name for o in doc.organizations] == ["Министерство транспорта Республики Узбекистан"]


@pytest.mark.parametrize("source, post", [
    # a list of people after the post, not of its domains
    ("Министр культуры, директора музеев и учителя школ приняли участие.", "Министр культуры"),
    ("Министр культуры, советника президента и помощника министра пригласили.", "Министр культуры"),
    # no "и" closes the list
    ("Министр культуры, спорта, туризма выступил.", "Министр культуры"),
])
def test_a_comma_goes_on_a_post_only_inside_a_list_of_its_domains(source, post):
    doc = parse(source, until="posts")
    assert post in [m.text for p in doc.positions for m in p.mentions]


@pytest.mark.parametrize("source, post", [
    ("Переговоры провели министры, [Антон Алиханов]PER выступил первым.", "министры"),
    # nor the person of the post after it
    ("Заседание кабинета министров глава правительства [Иван Петров]PER провёл в Москве.", "министров"),
    # "и другие" after no name
    ("Пришли послы и другие министры, [Антон Алиханов]PER выступил первым.", "министры"),
    # a comparison, not "такие …, как" naming some of them
    ("Министры, как и [Иван Петров]PER, промолчали.", "Министры"),
])
def test_a_plural_post_names_no_one_person(source, post):
    doc = parse(source, until="posts")
    assert holders(doc)[post] == []


@pytest.mark.parametrize("rule, source, post", [
    ("a quoted name", "Директор «Росатома» [Алексей Лихачёв]PER выступил.", "Директор «Росатома»"),
    ("a company's legal form", "Председатель правления ПАО «[Газпром]ORG» [Алексей Миллер]PER выступил.",
     "Председатель правления ПАО «Газпром»"),
    # a form the company's mention begins with, its quotes unbalanced
    ("a name", "Председатель правления [АО «НК «Горный дом»]ORG [Иван Петров]PER выступил.",
     "Председатель правления АО «НК «Горный дом»"),
    ("a name", "Министр обороны [России]LOC [Андрей Белоусов]PER выступил.", "Министр обороны России"),
    ("an abbreviation in brackets", "Председатель совета директоров (СД) [Иван Петров]PER выступил.",
     "Председатель совета директоров (СД)"),
    # a short name the tagger took as a body of its own
    ("an abbreviation in brackets", "Руководитель [Федерального агентства связи]ORG ([Россвязь]ORG) [Иван Петров]PER "
     "выступил.", "Руководитель Федерального агентства связи (Россвязь)"),
    ("a list after по", "Заместитель председателя по вопросам экономики, финансов и торговли "
     "[Иван Петров]PER выступил.", "Заместитель председателя по вопросам экономики, финансов и торговли"),
    ("a preposition", "Посол в [Республике Беларусь]LOC [Иван Петров]PER выступил.",
     "Посол в Республике Беларусь"),
    ("a preposition", "Директор цирка на [Вернадского]LOC [Иван Петров]PER выступил.",
     "Директор цирка на Вернадского"),
    ("a preposition", "Начальник управления по [Тверской области]LOC [Иван Петров]PER выступил.",
     "Начальник управления по Тверской области"),
    ("a preposition", "Представитель [Ирана]LOC в [ОПЕК]ORG [Али Карими]PER выступил.",
     "Представитель Ирана в ОПЕК"),
    ("из after одного", "Глава одного из крупнейших банков страны [Иван Петров]PER выступил.",
     "Глава одного из крупнейших банков страны"),
    ("из after одного", "[Иван Петров]PER был главой одной из районных администраций [Уфы]LOC.",
     "главой одной из районных администраций Уфы"),
    ("от and where one is elected", "Сенатор от штата [Аризона]LOC [Джон Смит]PER выступил.",
     "Сенатор от штата Аризона"),
    ("и and a genitive", "Министр связи и информатизации [Кирилл Залесский]PER выступил.",
     "Министр связи и информатизации"),
    # after a quoted name too
    ("и and a genitive", "Председатель «[Газпрома]ORG» и совета директоров [Иван Петров]PER выступил.",
     "Председатель «Газпрома» и совета директоров"),
    ("a list of genitives", "Министр культуры, спорта и туризма [Иван Петров]PER выступил.",
     "Министр культуры, спорта и туризма"),
    ("a dash between plural genitives", "Генеральный секретарь [Форума стран]ORG – экспортёров газа [Али Карими]PER "
     "выступил.", "Генеральный секретарь Форума стран – экспортёров газа"),
    ("a dash between plural genitives", "Председатель совета глав государств – членов союза [Иван Петров]PER "
     "выступил.", "Председатель совета глав государств – членов союза"),
    ("a name", "Заведующая [Центральной библиотекой]ORG [Анна Смирнова]PER выступила.",
     "Заведующая Центральной библиотекой"),
    ("a name", "Управляющий [Сбербанка]ORG [Иван Петров]PER выступил.", "Управляющий Сбербанка"),
    # a common noun in the instrumental, its adjectives before it, and the genitives after it
    ("what a commander commands", "Командующий войсками военного округа [Иван Петров]PER выступил.",
     "Командующий войсками военного округа"),
    ("what a commander commands", "Заведующая хирургическим отделением больницы [Анна Смирнова]PER выступила.",
     "Заведующая хирургическим отделением больницы"),
    # a place in its own case after a kind of place the descriptors lack, its apposition
    ("a name", "Министр финансов земли [Бавария]LOC [Ханс Мюллер]PER выступил.", "Министр финансов земли Бавария"),
    ("a place after its kind's abbreviation", "Мэр г. [Пинска]LOC [Иван Петров]PER выступил.", "Мэр г. Пинска"),
    ("a possessive before a genitive", "Суд арестовал главу его аппарата [Ивана Петрова]PER.", "главу его аппарата"),
    ("a name in Latin letters", "Глава подразделения Windows [Стивен Синофски]PER выступил.",
     "Глава подразделения Windows"),
    ("a name in Latin letters", "Пилот самолёта Boeing 737 [Иван Петров]PER выступил.", "Пилот самолёта Boeing 737"),
    ("an ordinal in figures", "Народный депутат I созыва [Иван Петров]PER выступил.", "Народный депутат I созыва"),
    ("a number after its noun", "Заведующий отделением больницы № 17 [Иван Петров]PER выступил.",
     "Заведующий отделением больницы № 17"),
    ("an ordinal in figures", "Заместитель начальника 75-го отдела полиции [Иван Петров]PER выступил.",
     "Заместитель начальника 75-го отдела полиции"),
    ("an ordinal in figures", "Государственный советник юстиции 3-го класса [Иван Петров]PER выступил.",
     "Государственный советник юстиции 3-го класса"),
    ("an adverb of a genitive adjective", "Лидер крайне правой партии [Иван Петров]PER выступил.",
     "Лидер крайне правой партии"),
    ("an adverb of a genitive adjective", "Директор недавно созданной компании [Анна Смирнова]PER выступила.",
     "Директор недавно созданной компании"),
    ("a genitive", "Заместитель министра [Иван Петров]PER выступил.", "Заместитель министра"),
    ("a genitive", "Вице-министр энергетики [Жанат Жахметова]PER выступила.", "Вице-министр энергетики"),
    ("a hierarch's see", "Патриархом стал митрополит Русенский [Неофит]PER.", "митрополит Русенский"),
    ("a hierarch's see", "Службу возглавил Патриарх Московский и всея Руси [Кирилл]PER.",
     "Патриарх Московский и всея Руси"),
    ("a hierarch's see", "Мессу отслужил Папа Римский [Франциск]PER.", "Папа Римский"),
])
def test_each_grammar_rule_takes_its_words_into_the_post(rule, source, post):
    doc = parse(source, until="posts")
    assert post in holders(doc)
    governs = [detail for r, text, detail in notes(doc, "posts") if r == "head word" and text == post]
    assert governs and rule in governs[0].split("governs: ")[1], notes(doc, "posts")


SCIENTISTS = ("[Владимир Путин]PER встретился с учёными. Во встрече участвовал президент [Российской академии "
              "наук]ORG [Геннадий Красников]PER.\n\n")


@pytest.mark.parametrize("why, source, post, holder", [
    ("alone, one more mention of the only holder",
     "Министр обороны [Андрей Белоусов]PER провел совещание. Министр отметил важность работы.",
     "Министр", "Андрей Белоусов"),
    ("a bare post opening a sentence: the protagonist's",
     "[Владимир Путин]PER посетил выставку.\n\nПрезидент осмотрел стенды.", "Президент", "Владимир Путин"),
    ("a bare post opening a sentence: the protagonist's",
     "Встреча с [Анной Смирновой]PER\n\n[Владимир Путин]PER встретился с [Анной Смирновой]PER.\n\nПрезидент "
     "осмотрел стенды.", "Президент", "Владимир Путин"),
    ("a description of the only head of state, or of government, named",
     "Президент [России]LOC [Владимир Путин]PER встретился с министром [Антоном Алихановым]PER. Глава государства "
     "отметил важность работы.", "Глава государства", "Владимир Путин"),
    ("a description of the only head of state, or of government, named",
     "Президент [России]LOC [Владимир Путин]PER встретился с премьер-министром [Израиля]LOC [Беньямином "
     "Нетаньяху]PER. Глава израильского правительства отметил важность работы.", "Глава израильского правительства",
     "Беньямин Нетаньяху"),
    ("a description of the only head of state, or of government, named",
     "Премьер-министр [Великобритании]LOC [Борис Джонсон]PER провёл совещание. Британский премьер заявил о мерах.",
     "Британский премьер", "Борис Джонсон"),
    ("a description of the only head of state, or of government, named",
     "Президент [Владимир Путин]PER провёл совещание. Российский лидер заявил о мерах.",
     "Российский лидер", "Владимир Путин"),
    # a head of state's post with a capital inside its sentence is no body's president told of before
    ("a head of state's or government's post alone: the protagonist's",
     SCIENTISTS + "Ранее Президент провёл заседание совета.", "Президент", "Владимир Путин"),
    # at a sentence's start, or in lower case, it may well be
    ("alone, one more mention of the only holder", SCIENTISTS + "Президент провёл заседание совета.",
     "Президент", "Геннадий Красников"),
    ("alone, one more mention of the only holder", SCIENTISTS + "Об этом рассказал президент.",
     "президент", "Геннадий Красников"),
])
def test_a_post_alone_goes_to_its_holder(why, source, post, holder):
    doc = parse(source, until="posts")
    assert holders(doc)[post] == [holder]
    assert (why, post) in [(r, text) for r, text, _ in notes(doc, "posts")]


@pytest.mark.parametrize("source, posts, holder", [
    ("[Дмитрий Медведев]PER пообещал построить центр. Глава государства заявил об этом на форуме. "
     "[Медведев]PER уехал.", ["Глава государства"], "Дмитрий Медведев"),
    ("[Иван Петров]PER прибыл в Берлин. Премьер-министр заявил о мерах, [Петров]PER уехал. Премьер отметил их.",
     ["Премьер-министр", "Премьер"], "Иван Петров"),
    # the protagonist is who the release names as a subject, not the guest its headline names first
    ("Встреча с [Анной Смирновой]PER\n\n[Иван Петров]PER встретился с [Анной Смирновой]PER. Глава государства "
     "заявил о мерах.", ["Глава государства"], "Иван Петров"),
    # someone holding another post named first is not the head told of; another state's head is no obstacle
    # to a post naming the protagonist's own country
    ("Переговоры с президентом [Монголии]LOC [Ухнаагийн Хурэлсухом]PER прошли в Кремле. В переговорах принял участие "
     "министр [Сергей Лавров]PER. [Владимир Путин]PER отметил рост торговли. «Динамика сохранится», – сказал "
     "Президент [России]LOC.",
     ["Президент России"], "Владимир Путин"),
    # one named as often as a subject, but later, leaves the protagonist his
    ("[Владимир Путин]PER вручил награды. Перед церемонией Президент поздравил собравшихся. Орденом награждён "
     "[Виктор Ермаков]PER. Выступил [Виктор Ермаков]PER. Его поздравил [Владимир Путин]PER.",
     ["Президент"], "Владимир Путин"),
    # in another case, with a capital inside its sentence: an official text's head of state, of no
    # country or of the release's own
    ("[Иван Петров]PER провёл встречу с губернатором [Омской области]LOC [Дмитрием Лаптевым]PER. Глава региона "
     "доложил Президенту о ходе работ.", ["Президенту"], "Иван Петров"),
    ("[Иван Петров]PER принял грамоты послов в [Москве]LOC. Грамоты Президенту [России]LOC вручили послы.",
     ["Президенту России"], "Иван Петров"),
    ("[Иван Петров]PER провёл переговоры с Премьер-министром [Узбекистана]LOC [Бахтиёром Назаровым]PER. Стороны "
     "обсудили итоги визита Президента [России]LOC в Ташкент.", ["Президента России"], "Иван Петров"),
])
def test_a_head_of_states_post_alone_is_the_protagonists(source, posts, holder):
    doc = parse(source, until="posts")
    for post in posts:
        assert holders(doc)[post] == [holder]
        assert ("a head of state's or government's post alone: the protagonist's", post) in \
            [(r, text) for r, text, _ in notes(doc, "posts")]


@pytest.mark.parametrize("source, post", [
    # the protagonist holds another post: the president told of is someone else
    ("Министр [Антон Алиханов]PER провёл совещание. Глава государства заявил о мерах.", "Глава государства"),
    # not the clause's subject: the office, or someone else's
    ("[Иван Петров]PER выдвинут кандидатом. Выборы главы государства пройдут в мае.", "главы государства"),
    ("[Иван Петров]PER выдвинут кандидатом. Он поддержал решение главы государства.", "главы государства"),
    # before the name: the unnamed head the release is from
    ("Глава государства провёл совещание. С докладом выступил [Иван Петров]PER.", "Глава государства"),
    # another person named as often as a subject
    ("[Иван Петров]PER и [Анна Смирнова]PER провели встречу. Глава государства заявил о мерах.", "Глава государства"),
    # posts of a head of state and of a head of government: two people
    ("[Иван Петров]PER прибыл в Берлин. Глава государства заявил о мерах, [Петров]PER уехал. Премьер отметил их.",
     "Глава государства"),
    # in another case, of another country than the release's own: that country's head, not its guest
    ("[Хишам Рахман]PER из [Египта]LOC прибыл в [Москву]LOC. Гость передал послание от Президента [Египта]LOC. Он "
     "посетил [Кремль]LOC и уехал из [Москвы]LOC, а затем из [России]LOC.", "Президента Египта"),
    # in another case in lower case: the office, or someone else's
    ("[Иван Петров]PER провёл встречу. Глава региона доложил президенту о ходе работ.", "президенту"),
    # an act's author: the act is what the sentence tells of
    ("[Иван Петров]PER посетил центр. Центр создан по распоряжению Президента в 2024 году.", "Президента"),
])
def test_a_head_of_states_post_alone_is_no_ones_when_it_may_be_another(source, post):
    doc = parse(source, until="posts")
    assert holders(doc)[post] == []


@pytest.mark.parametrize("source, post", [
    # two heads of state named: the description is neither's
    ("Президент [России]LOC [Владимир Путин]PER встретился с президентом [Казахстана]LOC [Касым-Жомартом "
     "Токаевым]PER. Глава государства отметил важность работы.", "Глава государства"),
    # the described head is another country's
    ("Премьер-министр [России]LOC [Михаил Мишустин]PER провёл совещание. Глава израильского правительства "
     "отметил его важность.", "Глава израильского правительства"),
    # a head of another kind: a premier is no head of state
    ("Премьер-министр [Михаил Мишустин]PER провёл совещание. Президент заявил о мерах.", "Президент"),
    # a word before the head makes it someone else
    ("Президент [Владимир Путин]PER провёл совещание. Бывший президент заявил о мерах.", "Бывший президент"),
    # the same post of another country ("alone, one more mention of the only holder" does not reach it)
    ("Президент [России]LOC [Владимир Путин]PER провёл совещание. Президент [США]LOC заявил о мерах.", "Президент США"),
])
def test_a_description_of_a_head_of_state_names_no_one_when_it_may_be_another(source, post):
    doc = parse(source, until="posts")
    assert holders(doc).get(post, []) == []


@pytest.mark.parametrize("source, title, country", [
    # a country's abbreviation is out of the title, whose country it is or not
    ("Вице-министр иностранных дел [РФ]LOC [Андрей Руденко]PER принял посла.", "вице-министр иностранных дел",
     "Россия"),
    # "РК" may be Kazakhstan or South Korea: with nothing else to tell, still a qualifier
    ("Первый вице-министр иностранных дел [РК]LOC [Ерлан Ашикбаев]PER принял посла.",
     "первый вице-министр иностранных дел", None),
])
def test_a_countrys_abbreviation_is_out_of_the_title(source, title, country):
    doc = parse(source, until="posts")
    (person,) = doc.persons
    assert [(p.title, p.country) for p in person.positions] == [(title, country)]


def test_a_prefixed_post_is_a_post_and_derives_its_ministry():
    doc = parse("Вице-министр сельского хозяйства [Азат Султанов]PER провел совещание.", until="posts")
    (person,) = doc.persons
    (position,) = person.positions
    assert position.title == "вице-министр сельского хозяйства"
    (body,) = [o for o in doc.organizations if o.id == position.org]
    assert body.name.startswith("Министерство сельского хозяйства")


@pytest.mark.parametrize("source, ministries", [
    # named as the text names it: no country it does not say, but the one it does
    ("Министр энергетики [Канат Бекмуратов]PER подписал приказ.", [("Министерство энергетики", None)]),
    ("Министр энергетики [Казахстана]LOC [Канат Бекмуратов]PER подписал приказ.",
     [("Министерство энергетики Казахстана", "Казахстан")]),
    # coordinated countries: the first one's ministry, not "... Казахстана и США"
    ("Министры энергетики [Казахстана]LOC и [США]LOC обсудили поставки.",
     [("Министерство энергетики Казахстана", "Казахстан")]),
    # a count is no domain
    ("Министры энергетики двух стран обсудили поставки.", [("Министерство энергетики", None)]),
])
def test_a_ministry_derives_from_its_ministers_post(source, ministries):
    doc = parse(source, until="posts")
    assert [(o.name, o.country) for o in doc.organizations] == ministries


def test_a_ministry_of_one_country_is_not_another_countrys_of_that_name():
    doc = parse("Министр промышленности [Узбекистана]LOC [Иван Петров]PER встретился с делегацией "
                "[Министерства промышленности Республики Беларусь]ORG.", until="posts")
    assert sorted(o.name for o in doc.organizations) == [
        "Министерство промышленности Республики Беларусь", "Министерство промышленности Узбекистана"]


@pytest.mark.parametrize("source, post", [
    ("Глава с [Павлом Гриневичем]PER прибыли в Ташкент.", "Глава"),
    ("Руководитель стали [Иван Петров]PER выступил.", "Руководитель"),
    ("Председатель которой [Анна Петрова]PER выступила.", "Председатель"),
    # "и" right after the head joins another person, not a second complement
    ("Премьер-министр и мисс [Анна Петрова]PER поблагодарили врачей.", "Премьер-министр"),
    # "в"/"на" and a place whither: where one goes, not where one serves
    ("Во время визита президента на [Курильские острова]LOC он осмотрел порт.", "президента"),
    ("Начался визит главы МИДа в [Москву]LOC.", "главы МИДа"),
    # ... and after a visit's noun, where a place that does not decline cannot show it
    ("Стороны обсудили подготовку к визиту главы государства в [Токио]LOC.", "главы государства"),
    ("Прошли переговоры в ходе поездки российского министра в [Чили]LOC.", "российского министра"),
    # "по" and a ground or occasion is no post's domain
    ("Глава по приглашению президента прибыл в Москву.", "Глава"),
    ("Директор по итогам года [Иван Петров]PER получил премию.", "Директор"),
    ("Он избран президентом республики по представлению главы государства.", "президентом республики"),
    # "и" before a second post, with its adjectives or not, joins two posts, not two complements
    ("[Иван Петров]PER назначен на пост руководителя службы и первого заместителя директора.",
     "руководителя службы"),
    ("[Иван Петров]PER — бывший директор завода и экс-министр финансов.", "бывший директор завода"),
    # a dash before a title in another case, or before a name, joins two titles or the holder, not two genitives
    ("Председатель комитетов – руководитель служб [Иван Петров]PER выступил.", "Председатель комитетов"),
    ("Выступил министр культуры – [Иван Петров]PER.", "министр культуры"),
    # a possessive before a being's genitive or an office is no complement
    ("Президент назначил министром его сына [Ивана Петрова]PER.", "министром"),
    ("До назначения тренера команды его обязанности исполняет [Иван Петров]PER.", "тренера команды"),
    # an ordinal in figures before a month is a date's day; a number sign only after a complement's noun
    ("[Иван Петров]PER стал директором школы 1-го сентября.", "директором школы"),
    ("Директор № 5 [Иван Петров]PER выступил.", "Директор"),
])
def test_a_genitive_chain_stops_at_a_word_of_another_kind(source, post):
    doc = parse(source, until="posts")
    assert post in holders(doc), holders(doc)


@pytest.mark.parametrize("source, post, holder", [
    # a domain after "по" goes on with its partner after "с": adjectives and one noun, or a name, which is
    # neither the post's body nor its place
    ("Отметила директор по связям с общественностью [Александринского театра]ORG [Ирина Рыкова]PER.",
     "директор по связям с общественностью Александринского театра", "Ирина Рыкова"),
    ("Выступил заместитель министра по работе с зарубежными партнерами [Иван Петров]PER.",
     "заместитель министра по работе с зарубежными партнерами", "Иван Петров"),
    ("Заявил уполномоченный по сотрудничеству с [Россией]LOC [Дирк Визе]PER.",
     "уполномоченный по сотрудничеству с Россией", "Дирк Визе"),
    ("Выступил координатор по борьбе с пандемией утром [Иван Петров]PER.",
     "координатор по борьбе с пандемией", None),
])
def test_a_domain_goes_on_with_its_partner_after_с(source, post, holder):
    doc = parse(source, until="posts")
    assert holders(doc).get(post) == ([holder] if holder else []), holders(doc)
    assert all(_named(doc, p.org) != "Россия" for person in doc.persons for p in person.positions)


@pytest.mark.parametrize("source, post, holders_", [
    # an adjective or a participle serving as a noun has its holder's gender: one of the other is no
    # item of the list, but a word of the phrase before
    ("Совет назначил [Андрея Кузяева]PER президентом компании «[Лукойл Оверсиз]ORG», управляющей проектами.",
     "управляющей проектами", []),
    ("Совет назначил [Анну Смирнову]PER президентом компании «[Лукойл Оверсиз]ORG», управляющей проектами.",
     "управляющей проектами", ["Анна Смирнова"]),
])
def test_a_participle_of_the_other_gender_is_no_item_of_a_predicates_list(source, post, holders_):
    doc = parse(source, until="posts")
    assert holders(doc).get(post) == holders_


@pytest.mark.parametrize("source, holder, org", [
    # an abbreviation in capitals does not decline, whatever case the dictionary reads in it
    ("По словам проректора по науке [УрФУ]ORG [Владимира Кружаева]PER, работа идёт.", "Владимир Кружаев", "УрФУ"),
    ("Выступил ректор [МГУ]ORG [Виктор Садовничий]PER.", "Виктор Садовничий", "МГУ"),
])
def test_a_chain_takes_a_bodys_abbreviation_in_any_case_reading(source, holder, org):
    doc = parse(source, until="posts")
    ((position,),) = [p.positions for p in doc.persons if p.name == holder]
    assert _named(doc, position.org) == org


def test_a_place_kinds_abbreviation_before_no_tagged_place_ends_the_chain():
    words = ["Директор", "школы", "г", ".", "Пинска", "выступил"]
    assert governed(words, 1, {}) == (2, [])



@pytest.mark.parametrize("source, titles", [
    # a title of the holder's own, in the head's case before their name, past the head's complements
    ("Уволен начальник штаба округа генерал-лейтенант [Иван Петров]PER.",
     ["начальник штаба округа", "генерал-лейтенант"]),
    ("Наградили начальника штаба округа генерал-лейтенанта [Ивана Петрова]PER.",
     ["начальник штаба округа", "генерал-лейтенант"]),
    ("Наградили начальника штаба округа опытного генерала [Ивана Петрова]PER.",
     ["начальник штаба округа", "опытный генерал"]),
    # right after the head, or in another case, it is what the head governs
    ("Выступил заместитель министра [Иван Петров]PER.", ["заместитель министра"]),
    ("Выступил помощник начальника штаба генерала [Ивана Петрова]PER.", []),
    # a rank of the holder's own ends it too, with the service it is of (data/words.tsv's rank)
    ("Задержали заместителя начальника отдела полиции № 4 майора полиции [Ивана Петрова]PER.",
     ["заместитель начальника отдела полиции № 4", "майор полиции"]),
    ("По словам настоятеля собора протоиерея [Ивана Петрова]PER, службы начнутся.",
     ["настоятель собора", "протоиерей"]),
    # right after the head, or in another case, a rank is what the head governs
    ("Выступил помощник майора полиции [Ивана Петрова]PER.", []),
    ("Выступил помощник начальника отдела майора [Ивана Петрова]PER.", []),
])
def test_a_post_of_the_holders_own_before_their_name_ends_the_chain(source, titles):
    doc = parse(source, until="posts")
    assert [p.title for person in doc.persons for p in person.positions] == titles


@pytest.mark.parametrize("source, title", [
    # a participle serving as a noun is a post in every form, though its lemma is a verb
    ("Выступила заведующая [Анна Смирнова]PER.", "заведующая"),
    ("Беседа с заведующим [Иваном Петровым]PER прошла в университете.", "заведующий"),
    ("Письмо подписала [Анна Смирнова]PER, управляющая [Сбербанка]ORG.", "управляющая Сбербанка"),
    # before a preposition, which pymorphy3 may read as a noun too ("по")
    ("Выступила Уполномоченный по правам человека [Анна Смирнова]PER.", "уполномоченный по правам человека"),
    # agreeing with the noun after it, it is an adjective, and no post
    ("Управляющая компания сообщила о ремонте, сказал [Иван Петров]PER.", None),
    ("Акции управляющей компании выросли, сказал [Иван Петров]PER.", None),
])
def test_a_participle_serving_as_a_noun_heads_a_post_in_every_form(source, title):
    doc = parse(source, until="posts")
    assert [p.title for person in doc.persons for p in person.positions] == ([title] if title else [])
    assert not doc.positions


@pytest.mark.parametrize("source, title", [
    # an adjective pymorphy3 reads first as the noun it serves as ("главное", "старший") agrees with the head
    ("[Олег Смирнов]PER назначен главным тренером клуба.", "главный тренер клуба"),
    ("Исполняющим обязанности главного тренера назначен [Олег Смирнов]PER.",
     "исполняющий обязанности главного тренера"),
    ("Выступил старший помощник прокурора [Олег Смирнов]PER.", "старший помощник прокурора"),
    # so does one before a participle serving as a noun
    ("[Олег Смирнов]PER стал главным управляющим банка.", "главный управляющий банка"),
    # a place's adjective in lower case goes with the post too, a country's out of its title
    ("Выступил великий писатель [Олег Смирнов]PER.", "великий писатель"),
    ("[Олег Смирнов]PER — украинский бизнесмен.", "бизнесмен"),
    # a noun that has an adjective's form but is no adjective's ("дорогой": "дорога") is no modifier
    ("Спасибо, дорогой президент [Олег Смирнов]PER.", "президент"),
    # a suppletive superlative keeps its own stem ("лучший", not pymorphy3's "наихороший")
    ("Лучшей певицей года стала [Ольга Котова]PER.", "лучшая певица года"),
    ("Приз получил лучший вратарь турнира [Олег Смирнов]PER.", "лучший вратарь турнира"),
    ("Выступил высший военный советник [Олег Смирнов]PER.", "высший военный советник"),
    # an adjective before a head of common gender is no neuter
    ("Отставка прежнего главы района [Олега Смирнова]PER удивила всех.", "прежний глава района"),
    ("Дело передали федеральному судье [Олегу Смирнову]PER.", "федеральный судья"),
    # of two adjectives with one form, the qualitative one
    ("Временным директором завода стал [Олег Смирнов]PER.", "временный директор завода"),
    # but the one names use where the other is a rare word's (words.tsv name_adjective)
    ("Интервью основного вратаря команды [Олега Смирнова]PER вышло вчера.", "основной вратарь команды"),
    ("Выступление окружного прокурора [Олега Смирнова]PER длилось час.", "окружной прокурор"),
    # a verb's "исполнять обязанности" makes it the acting post, as written after the participle
    ("[Олег Смирнов]PER будет исполнять обязанности главы региона.", "исполняющий обязанности главы региона"),
    ("Временно исполнять обязанности главы государства будет [Олег Смирнов]PER.",
     "временно исполняющий обязанности главы государства"),
    # so does "и.о." before it, however spaced
    ("И.о. министра культуры [Айгуль Беркинова]PER открыла выставку.", "и.о. министра культуры"),
    ("Выставку открыла и. о. министра культуры [Айгуль Беркинова]PER.", "и.о. министра культуры"),
    ("[Айгуль Беркинова]PER, и.о. министра культуры, открыла выставку.", "и.о. министра культуры"),
])
def test_a_posts_adjectives_go_with_it_in_the_nominative_on_their_own_stem(source, title):
    doc = parse(source, until="posts")
    assert [p.title for person in doc.persons for p in person.positions] == [title]


def test_a_plural_post_of_several_states_is_each_ones():
    doc = parse("В [Москве]LOC, в [Кремле]LOC, прошли переговоры [Владимира Путина]PER с Президентом "
                "[Таджикистана]LOC [Эмомали Рахмоном]PER. Президенты [России]LOC и [Таджикистана]LOC выступили "
                "с заявлениями.", until="posts")
    held = {p.name: [(x.title, x.country) for x in p.positions] for p in doc.persons}
    assert ("президент", "Россия") in held["Владимир Путин"]
    assert ("президент", "Таджикистан") in held["Эмомали Рахмон"]
    assert ("a plural post of several states: each one's", "Президенты России и Таджикистана") in \
        [(r, text) for r, text, _ in notes(doc, "posts")]


def test_a_post_head_the_lexicon_lacks_comes_from_the_network(nlp):
    doc = nlp.parse("Хореограф Пермского театра оперы и балета Мария Соколова поставила спектакль.", explain=True)
    (person,) = doc.persons
    assert [p.title for p in person.positions] == ["хореограф Пермского театра оперы и балета"]
    assert any("(found by the post-head network)" in line for line in doc.explain().splitlines())


@pytest.mark.parametrize("text, held", [
    ("Проект памятника подготовил скульптор Иван Мельников из Гродно.", {"Иван Мельников": ["скульптор"]}),
    ("На концерте выступила пианистка Анна Громова.", {"Анна Громова": ["пианистка"]}),
    ("После окончания института Иван Мельников работал инженером.", {"Иван Мельников": ["инженер"]}),
    # with no name after it and nothing it governs, a profession the lexicon lacks is no post
    ("Скульптор рассказал о замысле памятника.", {}),
])
def test_a_profession_the_lexicon_lacks_is_a_post_beside_a_name_or_predicate(nlp, text, held):
    doc = nlp.parse(text)
    assert {p.name: [x.title for x in p.positions] for p in doc.persons} == held
    assert doc.positions == ()


def test_the_first_letters_filter_never_changes_what_a_word_heads(seeds):
    # lexicon.may_head spares most words their analysis; it may only skip words that head nothing
    import pathlib

    import razdel
    from pressparse.stages.posts import _head_kind, head_kind
    fixtures = sorted((pathlib.Path(__file__).parent / "fixtures" / "texts").glob("*.txt"))
    texts = list(seeds.values()) + [p.read_text(encoding="utf-8") for p in fixtures]
    words = {t.text for text in texts for t in razdel.tokenize(text)}
    assert [w for w in words if head_kind(w) != _head_kind(w)] == []
    assert sum(_head_kind(w) is not None for w in words) > 20




@pytest.mark.parametrize("source, person, seat, country", [
    # a state's post, or a head of one, has the state of its adjective for its seat
    ("Британский премьер [Гордон Браун]PER прибыл в [Великобританию]LOC.", "Гордон Браун", "Великобритания",
     "Великобритания"),
    ("Китайский лидер [Ху Цзиньтао]PER посетил [Китай]LOC.", "Ху Цзиньтао", "Китай", "Китай"),
    # a profession works for no state: the adjective gives its country only
    ("Французский эксперт [Жан Дюпон]PER приехал из [Франции]LOC.", "Жан Дюпон", None, "Франция"),
    ("Немецкий тренер [Ганс Мюллер]PER покинул [Германию]LOC.", "Ганс Мюллер", None, "Германия"),
])
def test_a_country_adjective_is_the_seat_only_of_a_states_post(source, person, seat, country):
    doc = parse(source, until="posts")
    (position,) = next(p for p in doc.persons if p.name == person).positions
    places = {loc.id: loc.name for loc in doc.locations}
    assert (places.get(position.org), position.country) == (seat, country)


@pytest.mark.parametrize("source, person, seat", [
    ("В [Молдавии]LOC президент [Игорь Додон]PER открыл выставку.", "Игорь Додон", "Молдова"),
    ("В [Молдавии]LOC президент страны [Игорь Додон]PER открыл выставку.", "Игорь Додон", "Молдова"),
    # the words after the head name a body of its own, not the state
    ("В [Молдавии]LOC президент клуба [Иван Петров]PER открыл сезон.", "Иван Петров", None),
    ("В [Молдавии]LOC вице-президент палаты [Иван Петров]PER открыл выставку.", "Иван Петров", None),
])
def test_a_states_post_has_the_state_for_its_seat_unless_it_names_a_body(source, person, seat):
    doc = parse(source, until="posts")
    (position,) = next(p for p in doc.persons if p.name == person).positions
    assert {loc.id: loc.name for loc in doc.locations}.get(position.org) == seat


@pytest.mark.parametrize("source, held", [
    # an adjective agreeing with the head only as a thing: a première, a policy, a league
    ("Мировая премьера спектакля прошла в [Москве]LOC.", {}),
    ("Зрители увидели масштабную премьеру сезона.", {}),
    ("Неолиберальная политика правительства вызвала протесты.", {}),
    ("Клуб вышел в финал российской премьер-лиги.", {}),
    # as a person it is a post
    ("Встреча нового премьера [Ивана Петрова]PER прошла в [Москве]LOC.", {"Иван Петров": ["новый премьер"]}),
    ("Новая глава правительства [Анна Петрова]PER выступила.", {"Анна Петрова": ["новая глава правительства"]}),
])
def test_a_post_word_read_as_a_thing_by_its_adjective_is_no_post(source, held):
    doc = parse(source, until="posts")
    assert {p.name: [x.title for x in p.positions] for p in doc.persons} == held
    assert [x.title for x in doc.positions] == []


@pytest.mark.parametrize("source, held", [
    # the post word after a holiday's capitalised noun names the holiday
    ("В День защитника Отечества [Владимир Путин]PER возложил венок.", {"Владимир Путин": []}),
    ("Ко Дню учителя [Анна Смирнова]PER наградила педагогов.", {"Анна Смирнова": []}),
    # a day in lower case is no holiday's name
    ("В день министра [Анна Смирнова]PER выступила.", {"Анна Смирнова": ["министр"]}),
])
def test_a_post_word_in_a_holidays_name_is_no_post(source, held):
    doc = parse(source, until="posts")
    assert {p.name: [x.title for x in p.positions] for p in doc.persons} == held


def held_titles(source: str, person: str) -> list[str]:
    """The titles of the posts a person named in the marked-up source holds, by the posts stage."""
    doc = parse(source, until="posts")
    return [x.title for x in next(p for p in doc.persons if p.name == person).positions]


@pytest.mark.parametrize("source, person, titles", [
    # the name in the nominative after an act's author is whom the act appoints
    ("Указом Президента [Иван Петров]PER назначен министром финансов.", "Иван Петров", ["министр финансов"]),
    ("19 июля 2004 г. указом президента [Ю. Балуевский]PER был назначен начальником штаба.", "Ю. Балуевский",
     ["начальник штаба"]),
    # in the genitive it is the author's
    ("Указом Президента [Владимира Путина]PER утверждён новый состав совета.", "Владимир Путин", ["президент"]),
])
def test_the_nominative_name_after_an_acts_author_is_the_appointee(source, person, titles):
    assert held_titles(source, person) == titles


@pytest.mark.parametrize("source, person, titles", [
    # a decree names its subject in the accusative, the post after it in the instrumental
    ("Назначить [Соколова Дениса Игоревича]PER директором Департамента транспорта.", "Соколов Денис Игоревич",
     ["директор Департамента транспорта"]),
    ("Назначить [Лебедеву Анну Сергеевну]PER временно исполняющей обязанности губернатора Псковской области.",
     "Лебедева Анна Сергеевна", ["временно исполняющая обязанности губернатора Псковской области"]),
    # or with the office between; a release states the post the person leaves
    ("Освободить [Орлова Максима Юрьевича]PER от должности заместителя министра спорта.", "Орлов Максим Юрьевич",
     ["заместитель министра спорта"]),
    ("Назначить [Белова Игоря Павловича]PER на должность директора музея.", "Белов Игорь Павлович", ["директор музея"]),
    # no decree's infinitive before the name, or one inside a sentence (a promise): no subject of a decree
    ("Ему обещали назначить [Белова Игоря Павловича]PER директором музея.", "Белов Игорь Павлович", []),
    ("Встреча с [Беловым Игорем Павловичем]PER директором школы прошла в мае.", "Белов Игорь Павлович", []),
])
def test_a_decrees_subject_holds_the_post_after_it(source, person, titles):
    assert held_titles(source, person) == titles


@pytest.mark.parametrize("source, person, titles", [
    # a name in the genitive before the predicate is the act's author's, not its subject
    ("Указом Губернатора [Сергея Маркова]PER назначен министром здравоохранения области.", "Сергей Марков",
     ["губернатор"]),
    ("Приказом ректора [Павла Зуева]PER назначен деканом факультета.", "Павел Зуев", ["ректор"]),
    # in the nominative it is the subject
    ("[Павел Зуев]PER назначен деканом факультета.", "Павел Зуев", ["декан факультета"]),
])
def test_a_name_in_an_oblique_case_is_no_subject_of_the_predicate(source, person, titles):
    assert held_titles(source, person) == titles


@pytest.mark.parametrize("source, person, titles", [
    # a post in the genitive after a kin noun says whose kin the person named in the nominative is
    ("На вечере выступила крестница художника [Анна Смирнова]PER.", "Анна Смирнова", []),
    ("Дочь министра финансов [Ольга Белова]PER открыла выставку.", "Ольга Белова", []),
    # so does a list of posts after it
    ("Выставку открыла внучка писателя, актёра и режиссёра [Ольга Белова]PER.", "Ольга Белова", []),
    # and past where the person comes from
    ("Выставку открыла дочь министра из [Омска]LOC [Ольга Белова]PER.", "Ольга Белова", []),
    # or in any other case but the genitive
    ("На приёме он встретил дочь действующего президента [Ольгу Белову]PER.", "Ольга Белова", []),
    ("На пресс-конференции выступил дед рядового [Владимир Белов]PER.", "Владимир Белов", []),
    # named in the genitive, the person holds it
    ("Выставку открыл сын президента [Ивана Петрова]PER.", "Иван Петров", ["президент"]),
    # and one named after a post in apposition to the kin noun, in its case and gender, or after a
    # name whose case the text does not show
    ("Он объявил о разводе с супругой танцовщицей [Матильдой]PER.", "Матильда", ["танцовщица"]),
    ("У артиста и его супруги певицы [Бейонсе]PER родилась двойня.", "Бейонсе", ["певица"]),
    ("Выставку открыл директор музея [Иван Петров]PER.", "Иван Петров", ["директор музея"]),
])
def test_a_kins_genitive_post_is_not_the_kins(source, person, titles):
    assert held_titles(source, person) == titles


@pytest.mark.parametrize("source, post, rule, held_by", [
    # a rule that gives a post to no one says so, as one that gives it to someone does
    ("На вечере выступила крестница художника [Анна Смирнова]PER.", "художника", "a kin's genitive: whose kin",
     "no one named"),
    ("На встрече были губернаторы, а [Иван Петров]PER выступил.", "губернаторы", "plural: no one person's",
     "no one named"),
    ("Встречу провели министры [Иван Петров]PER и [Олег Белов]PER.", "министры", "the person after it", "p1, p2"),
])
def test_each_link_rule_says_whom_it_gave_the_post(source, post, rule, held_by):
    doc = parse(source, until="posts")
    linked = [(r, detail) for r, text, detail in notes(doc, "posts") if text == post and r != "head word"]
    assert len(linked) == 1 and linked[0][0] == rule and linked[0][1].endswith(f"held by {held_by}"), linked


@pytest.mark.parametrize("source, head, titles", [
    # a kin term the post-head network takes for a post's head is none
    ("На вечере выступила крестница композитора [Анна Смирнова]PER.", "крестница", []),
    ("В церемонии участвовал правнук изобретателя [Иван Петров]PER.", "правнук", []),
    ("На вечере выступила скрипачка [Анна Смирнова]PER.", "скрипачка", ["скрипачка"]),
    # so is a noun for a place's people (data/demonyms.txt)
    ("Заплыв выиграл сингапурец [Джозеф Тан]PER.", "сингапурец", []),
    ("Приз получила британка [Эмма Грин]PER.", "британка", []),
    ("В финал вышли москвичи [Иван Петров]PER и [Олег Белов]PER.", "москвичи", []),
    # nouns the generator makes from a country's other name, an adjective in "-ецкий"/"-ческий" and
    # a region of several words ("Англия", "немецкий", "греческий", "Чеченская Республика")
    ("Гонку выиграл англичанин [Джон Смит]PER.", "англичанин", []),
    ("Финал выиграла немка [Анна Шмидт]PER.", "немка", []),
    ("Серебро досталось греку [Никосу Папасу]PER.", "греку", []),
    ("Бой выиграл чеченец [Руслан Ахмадов]PER.", "чеченец", []),
])
def test_a_kin_term_the_network_marks_heads_no_post(source, head, titles):
    from pressparse.stages import STAGES

    doc = parse(source, until="ner")
    for sentence in doc.sentences:
        sentence.post_heads = frozenset(k for k, word in enumerate(sentence.words) if word == head)
    for stage in STAGES[[s.name for s in STAGES].index("ner") + 1:]:
        if not stage.batch:
            stage.run(doc)
        if stage.name == "posts":
            break
    assert [p.title for person in doc.persons for p in person.positions] == titles


@pytest.mark.parametrize("source, kept", [
    # founding, owning, wealth, study and support are roles, linked as posts are but no position
    ("Основатель компании «Заря» [Иван Петров]PER выступил на форуме.", []),
    ("Совладелица клуба «Заря» [Анна Смирнова]PER продала акции.", []),
    ("Российский миллиардер [Иван Петров]PER купил яхту.", []),
    ("Студентка университета [Анна Смирнова]PER победила в конкурсе.", []),
    ("[Иван Петров]PER, болельщик «Зари», пришёл на матч.", []),
    # a post beside the role stays one
    ("Основатель и директор фонда «Заря» [Иван Петров]PER выступил на форуме.", ["директор фонда «Заря»"]),
    ("Сооснователь компании «Заря», её генеральный директор [Иван Петров]PER выступил.", ["генеральный директор"]),
])
def test_a_role_is_no_position(source, kept):
    doc = parse(source, until="posts")
    assert [p.title for person in doc.persons for p in person.positions] == kept
    assert not doc.positions


@pytest.mark.parametrize("source, heads, titles", [
    # a bare profession the lexicon lacks is a post as an item of a list of titles before a name
    ("Вечер открыл поэт, переводчик и критик [Иван Петров]PER.", {"поэт", "переводчик", "критик"},
     ["поэт", "переводчик", "критик"]),
    ("Умер журналист, сценарист и писатель [Иван Петров]PER.", {"сценарист"}, ["журналист", "сценарист", "писатель"]),
    ("Умер британский гитарист, солист группы «Луч» [Иван Петров]PER.", {"гитарист"},
     ["гитарист", "солист группы «Луч»"]),
    # a founder is an item of the list, but a role, no post
    ("Умер британский гитарист, основатель группы «Луч» [Иван Петров]PER.", {"гитарист"}, ["гитарист"]),
    # the next item with its adjectives, or a head the harvested lexicon knows
    ("Умер хоккеист и хоккейный тренер [Иван Петров]PER.", {"хоккеист"}, ["хоккеист", "хоккейный тренер"]),
    ("Умерла актриса, общественный деятель и журналист [Анна Смирнова]PER.", {"актриса"},
     ["актриса", "общественный деятель", "журналист"]),
    # and no item where an item of the list is no post
    ("Умер хоккеист и хороший друг [Иван Петров]PER.", {"хоккеист"}, []),
    # or as what a dash after a person's name says they are, each item of the list there
    ("[Иван Петров]PER — переводчик, критик.", {"переводчик", "критик"}, ["переводчик", "критик"]),
    ("[Иван Петров]PER (1950—2010) — поэт, переводчик.", {"поэт", "переводчик"}, ["поэт", "переводчик"]),
    # not after a dash that follows no name, nor past an item that is no post
    ("Главное в зале — переводчик и критик.", {"переводчик", "критик"}, []),
    ("[Иван Петров]PER — автор книг и переводчик.", {"переводчик"}, []),
    # or as an apposition right after the name, closed by a comma or a bracket, in the name's case
    ("[Иван Петров]PER, известный баскетболист, погиб.", {"баскетболист"}, ["известный баскетболист"]),
    ("[Иван Петров]PER (бывший педагог) выступил.", {"педагог"}, ["бывший педагог"]),
    ("[Марк]PER, рабочий из цеха, позвонил.", {"рабочий"}, ["рабочий"]),
    ("Кандидаты: [Иван Петров]PER (Ivan Petrov), 34 года, хирург.", {"хирург"}, ["хирург"]),
    # not a subject after someone else's name, nor a title opening a name
    ("По словам [Ивана]PER, баскетболист уехал.", {"баскетболист"}, []),
    ("Пришли [Иван Петров]PER, баскетболист Олег и другие.", {"баскетболист"}, []),
    # or as a predicate, its adjectives between the verb and it or not
    ("[Иван Петров]PER был опытным лётчиком.", {"лётчиком"}, ["опытный лётчик"]),
    ("[Иван Петров]PER стал самым молодым программистом.", {"программистом"}, ["молодой программист"]),
    # or as the predicate of a participle of holding a post
    ("[Иван Петров]PER, работавший юристом в компании, уехал.", {"юристом"}, ["юрист"]),
    # or before the name past where the person comes from
    ("Премию получил хирург из [Конго]LOC [Денис Муквеге]PER.", {"хирург"}, ["хирург"]),
    ("Премию получил хирург из [Конго]LOC.", {"хирург"}, []),
    # or before the name past an age
    ("Суд осудил активиста 26-летнего [Рашида Салеха]PER.", {"активиста"}, ["активист"]),
])
def test_where_a_profession_the_lexicon_lacks_is_a_post(source, heads, titles):
    from pressparse.stages import STAGES

    doc = parse(source, until="ner")
    for sentence in doc.sentences:
        sentence.post_heads = frozenset(k for k, word in enumerate(sentence.words) if word in heads)
    for stage in STAGES[[s.name for s in STAGES].index("ner") + 1:]:
        if not stage.batch:
            stage.run(doc)
        if stage.name == "posts":
            break
    assert [p.title for person in doc.persons for p in person.positions] == titles


@pytest.mark.parametrize("source, titles, found_by", [
    # a head of the harvested lexicon (data/posts_harvested.txt) the hand lists lack is a post, as
    # the network's are, beside a name, as a predicate or with what it governs
    ("На вечере выступил программист [Иван Петров]PER.", ["программист"], "the harvested lexicon"),
    ("[Иван Петров]PER работал программистом.", ["программист"], "the harvested lexicon"),
    ("Вечер вёл куратор выставки «Москва» [Иван Петров]PER.", ["куратор выставки «Москва»"],
     "the harvested lexicon"),
    # after a prefix that makes a post of a post, and a compound the harvest lists by its parts
    ("Выступил экс-пограничник [Вадим Зайцев]PER.", ["экс-пограничник"], "the harvested lexicon"),
    ("Выступил рок-музыкант [Иван Петров]PER.", ["рок-музыкант"], "the harvested lexicon"),
    # bare, governing nothing, it is no post
    ("Программист рассказал о проекте.", [], None),
    # nor a plural the harvest alone finds: a class of people
    ("Проверили поставщиков техники и ресурсов.", [], None),
    # nor a word read first as no animate noun of the list: policy, a preposition
    ("[Иван Петров]PER обсудил политику компании.", [], None),
    ("После встречи [Иван Петров]PER уехал.", [], None),
    # a head of the hand lists says so
    ("Министр [Иван Петров]PER уехал.", ["министр"], "the hand lexicon"),
])
def test_a_harvested_head_is_a_post_where_the_networks_would_be(source, titles, found_by):
    doc = parse(source, until="posts")
    assert [p.title for person in doc.persons for p in person.positions] == titles
    assert doc.positions == ()
    heads = [detail for rule, _, detail in notes(doc, "posts") if rule == "head word"]
    assert len(heads) == (found_by is not None) and all(f"(found by {found_by})" in h for h in heads)


def test_a_head_both_the_harvest_and_the_network_find_says_so():
    from pressparse.stages import STAGES

    doc = parse("На вечере выступил программист [Иван Петров]PER.", until="ner")
    for sentence in doc.sentences:
        sentence.post_heads = frozenset(k for k, word in enumerate(sentence.words) if word == "программист")
    for stage in STAGES[[s.name for s in STAGES].index("ner") + 1:]:
        if not stage.batch:
            stage.run(doc)
        if stage.name == "posts":
            break
    (head,) = [detail for rule, _, detail in notes(doc, "posts") if rule == "head word"]
    assert "(found by the harvested lexicon and the post-head network)" in head


@pytest.mark.parametrize("text, person, former", [
    ("Бывший министр финансов Алексей Кудрин выступил на форуме.", "Алексей Кудрин", True),
    ("Бывшая глава Центробанка Эльвира Набиуллина выступила на форуме.", "Эльвира Набиуллина", True),
    ("Экс-премьер Италии Сильвио Берлускони прибыл в Москву.", "Сильвио Берлускони", True),
    ("Отставной генерал Иван Сидоров рассказал о службе.", "Иван Сидоров", True),
    ("На встрече выступил экс-министр финансов Алексей Кудрин, а также министр финансов Антон Силуанов.",
     "Антон Силуанов", False),
    # the former one is the minister he assisted, not his post
    ("Помощник бывшего министра обороны Иван Петров дал интервью.", "Иван Петров", False),
])
def test_a_post_given_as_held_before_is_former(nlp, text, person, former):
    [position] = next(p for p in nlp.parse(text).persons if p.name == person).positions
    assert position.former is former


@pytest.mark.parametrize("rule, source, post, former", [
    ("the person, then a participle", "[Иван Сидоров]PER, ранее занимавший пост министра финансов, ушёл.",
     "министра финансов", True),
    ("the person, then a participle", "[Иван Сидоров]PER, занимавший пост министра финансов, ушёл.",
     "министра финансов", False),
    ("the person before it", "[Иван Петров]PER, в прошлом министр культуры, открыл выставку.", "министр культуры", True),
    ("the person before it", "[Иван Петров]PER, прежде советник губернатора, открыл выставку.",
     "советник губернатора", True),
    ("the person before it", "[Иван Петров]PER, министр культуры, ранее открыл выставку.", "министр культуры", False),
])
def test_a_post_after_formerly_is_linked_and_former(rule, source, post, former):
    doc = parse(source, until="posts")
    [(person, position)] = [(p, x) for p in doc.persons for x in p.positions if x.mentions[0].text == post]
    assert position.former is former
    assert any(r == rule and text == post for r, text, _ in notes(doc, "posts")), notes(doc, "posts")


@pytest.mark.parametrize("rule, source, person, country", [
    ("their post's country", "Министр иностранных дел [Беларуси]LOC [Максим Рыженков]PER провел переговоры.",
     "Максим Рыженков", "Беларусь"),
    # the post's country comes first, whatever else the sentence speaks of
    ("their post's country", "Министр финансов [Франции]LOC [Жан Дюпон]PER обсудил китайские инвестиции.",
     "Жан Дюпон", "Франция"),
    ("the one country of the sentence naming them first", "[Иван Петров]PER рассказал о китайской инициативе.",
     "Иван Петров", "Китай"),
    ("the one country of the sentence naming them first", "[Иван Петров]PER выступил на форуме в [Казахстане]LOC.",
     "Иван Петров", "Казахстан"),
    ("the release's own country", "[Иван Петров]PER выступил на форуме. Форум прошёл в [Москве]LOC.",
     "Иван Петров", "Россия"),
    # where someone goes is no country of the sentence's: the release's own is theirs
    ("the release's own country", "[Иван Петров]PER прибыл на [Кубу]LOC. В [Москве]LOC ждут итогов. "
     "[Москва]LOC готова к переговорам.", "Иван Петров", "Россия"),
    # two countries in the sentence, none named elsewhere: no rule gives one
    (None, "[Иван Петров]PER обсудил китайские и индийские инвестиции.", "Иван Петров", None),
])
def test_each_country_rule_gives_a_person_their_country(rule, source, person, country):
    doc = parse(source, until="posts")
    [found] = [p for p in doc.persons if p.name == person]
    assert found.country == country
    rules = {name for name, _ in COUNTRY_RULES}
    noted = [(r, text, detail) for r, text, detail in notes(doc, "posts") if r in rules]
    assert noted == ([(rule, found.mentions[0].text, f"{country} for {found.id}")] if rule else []), noted


@pytest.mark.parametrize("source, body", [
    # the capitalised word after the post begins a place's name the tagger missed: no body
    ("Принять отставку Губернатора Ненецкого автономного округа [Юрия Бездудного]PER.", None),
    ("Встреча с губернатором Краснодарского края [Вениамином Кондратьевым]PER прошла.", None),
    ("Председатель Совета города [Иван Петров]PER выступил.", "Совет города"),  # a noun: a body
    ("22 августа в ходе визита Премьера Госсовета [КНР]LOC [Ли Цяна]PER подписан Меморандум.", "Госсовет КНР"),
])
def test_a_capitalised_body_is_derived_from_a_post_unless_it_begins_a_place(source, body):
    doc = parse(source, until="posts")
    (person,) = doc.persons
    (position,) = person.positions
    assert [o.name for o in doc.organizations] == ([body] if body else [])
    assert (position.org and {o.id: o.name for o in doc.organizations}[position.org]) == body


@pytest.mark.parametrize("source, post, holder, predecessor", [
    ("[Олег Смирнов]PER принёс присягу в качестве мэра, сменив на этом посту [Ивана Петрова]PER.", "мэра",
     "Олег Смирнов", "Иван Петров"),
    ("Совет утвердил [Олега Смирнова]PER директором вместо 70-летнего [Ивана Петрова]PER.", "директором",
     "Олег Смирнов", "Иван Петров"),
    ("[Анна Смирнова]PER сменила на посту директора [Ивана Петрова]PER.", "директора", "Анна Смирнова",
     "Иван Петров"),
])
def test_whom_the_holder_replaced_held_the_post_before(source, post, holder, predecessor):
    doc = parse(source, until="posts")
    assert sorted(holders(doc)[post]) == sorted([holder, predecessor])
    formers = {person.name: [p.former for p in person.positions] for person in doc.persons}
    assert formers[holder] == [False] and formers[predecessor] == [True]
    assert any(r == "the one its holder replaced: held it before" and text == post
               for r, text, _ in notes(doc, "posts")), notes(doc, "posts")


@pytest.mark.parametrize("source", [
    # no office named and the post no predicate's: "вместо" says nothing of who held it
    "Вместо [Ивана Петрова]PER на встречу приехал его заместитель [Олег Смирнов]PER.",
    # a name after "сменил" and a noun that is not the office: whom, not who held it
    "[Анна Смирнова]PER, директор завода, сменила тренера [Ивана Петрова]PER.",
])
def test_no_predecessor_without_a_replaced_office(source):
    doc = parse(source, until="posts")
    assert not any(r == "the one its holder replaced: held it before" for r, _, _ in notes(doc, "posts"))



@pytest.mark.parametrize("source, post", [
    # "в качестве" in an aside: its subject follows
    ("[Иван Петров]PER собрал команду, в неё, в качестве заместителя, входит [Олег Смирнов]PER.", "заместителя"),
    # a clause of its own after "что": its subject is no person
    ("[Иван Петров]PER добавил, что Германия вошла в совет в качестве члена.", "члена"),
])
def test_in_the_capacity_of_reaches_no_one_past_its_clause(source, post):
    doc = parse(source, until="posts")
    assert "Иван Петров" not in holders(doc).get(post, [])
    assert not any(r == "«в качестве»: the person named before" for r, _, _ in notes(doc, "posts"))


@pytest.mark.parametrize("source, post", [
    # a verb: a clause of its own, whose subject the post is, someone new as likely
    ("[Иван Петров]PER родился в Омске. Депутат городского совета выступил.", "Депутат городского совета"),
    # a name in its sentence, a name before in an oblique case, a feminine head of a man
    ("[Иван Петров]PER родился в Омске. Депутат городского совета [Олег Белов]PER.", "Депутат городского совета"),
    ("Выставка [Ивана Петрова]PER открылась в Омске. Депутат городского совета.", "Депутат городского совета"),
    ("[Иван Петров]PER родился в Омске. Солистка ансамбля песни.", "Солистка ансамбля песни"),
    # a sentence cut at a quoted name's "!" is no line of its own
    ("[Иван Петров]PER родился в Омске. Сопредседатель группы «Защита!» Олег Белов выступил.",
     "Сопредседатель группы «Защита!»"),
    # a given name alone is no biography's subject
    ("Десятилетняя [Таня]PER поедет на экскурсию. Член комитета по делам Севера.", "Член комитета по делам Севера"),
])
def test_a_verbless_line_gives_no_post_past_its_guards(source, post):
    doc = parse(source, until="posts")
    assert post in holders(doc) and not {"Иван Петров", "Таня"} & set(holders(doc)[post])
    assert not any(r == "a verbless line opened by a post: the subject before" for r, _, _ in notes(doc, "posts"))


@pytest.mark.parametrize("source, post", [
    # a word before the verb that may be its subject: a noun of its gender, a relative pronoun
    ("[Иван Петров]PER родился в Омске. В войну его брат работал токарем.", "токарем"),
    ("[Иван Петров]PER родился в Омске. В Омске есть завод, который стал лидером отрасли.", "лидером отрасли"),
    # a clause of its own between the first verb and the predicate
    ("[Иван Петров]PER родился в Омске. В 2006 году занимал пост мэра, а его брат стал депутатом.", "депутатом"),
    # a verb of another gender than the name's
    ("[Иван Петров]PER родился в Омске. В войну работала токарем.", "токарем"),
    # a name in the sentence; the name before not as written, or a given name alone
    ("[Иван Петров]PER родился в Омске. В войну работал токарем у [Олега Белова]PER.", "токарем"),
    ("Завод основан с одобрения [Ивана Петрова]PER. В 1995 году занимал пост председателя.", "председателя"),
    # a name not opening its sentence, which may be no subject there («с одобрения Дэн Сяопина»)
    ("Завод основал в 1990 году [Иван Петров]PER. На момент основания занимал пост председателя.", "председателя"),
    ("[Иван]PER родился в Омске. В войну работал токарем.", "токарем"),
])
def test_a_subject_left_out_is_not_the_one_named_before_past_its_guards(source, post):
    doc = parse(source, until="posts")
    assert not {"Иван Петров", "Иван"} & set(holders(doc).get(post, []))
    assert not any(r == "a subject left out after any adjunct: the one named before" for r, _, _ in notes(doc, "posts"))


@pytest.mark.parametrize("source, post", [
    # a name that does not open its sentence as its subject
    ("Завод основан с одобрения [Ивана Петрова]PER. В 1995 году — председатель совета.", "председатель совета"),
    ("Указом президента [Иван Петров]PER назначен послом. В 1995 году — председатель совета.", "председатель совета"),
    # after ", а" in a line that does not open with a time and a dash
    ("[Иван Петров]PER ставил спектакли. Театр возглавлял режиссёр, а с 1989 года — художественный руководитель.",
     "художественный руководитель"),
])
def test_a_dash_after_a_time_is_not_the_subjects_past_its_guards(source, post):
    doc = parse(source, until="posts")
    assert "Иван Петров" not in holders(doc).get(post, [])
    assert not any(r == "a dash after a time or a pronoun: its subject" and text == post
                   for r, text, _ in notes(doc, "posts"))


def test_a_predecessor_held_the_predicates_post_not_a_title_beside_the_holder():
    doc = parse("Новым премьером стал лидер партии [Дэвид Кэмерон]PER вместо [Гордона Брауна]PER.", until="posts")
    brown = next(person for person in doc.persons if person.name == "Гордон Браун")
    assert [(p.title, p.former) for p in brown.positions] == [("новый премьер", True)]


def test_in_the_capacity_of_reaches_past_an_aside_of_time():
    doc = parse("[Хасан Рухани]PER в воскресенье, 4 августа 2013 года, приносит присягу в качестве президента.",
                until="posts")
    assert holders(doc)["президента"] == ["Хасан Рухани"]
    assert ("«в качестве»: the person named before", "президента", "«президент» held by p1") in notes(doc, "posts")


@pytest.mark.parametrize("source, post, holder", [
    # the next clause's subject, found by coreference as the only holder of that post
    ("Мэр города [Олег Карпов]PER был арестован. Как рассказала пресс-секретарь суда [Анна Смирнова]PER, мэр "
     "был отпущен под залог.", "мэр", ["Олег Карпов"]),
    ("Как заявил представитель профсоюза [Иван Петров]PER, директор отказался от встречи.", "директор", []),
    # an apposition all the same: no predicate right after it, or more words than one
    ("Выступил [Иван Петров]PER, директор, и все замолчали.", "директор", ["Иван Петров"]),
    ("Выступил [Иван Петров]PER, директор школы, затем гости.", "директор школы", ["Иван Петров"]),
])
def test_a_one_word_post_its_predicate_follows_opens_the_next_clause(source, post, holder):
    assert holders(parse(source, until="posts"))[post] == holder


@pytest.mark.parametrize("source, post, holder", [
    # the release's lead, who holds a post, is Анна Смирнова; the sentence before names another first
    ("[Анна Смирнова]PER, директор музея, открыла выставку. На ней выступил [Иван Петров]PER. Журналист "
     "рассказал о книге.", "Журналист", ["Иван Петров"]),
    ("[Иван Петров]PER, директор музея, открыл выставку. Её посетила [Анна Смирнова]PER. Певица рассказала "
     "о победе.", "Певица", ["Анна Смирнова"]),
    # a sentence naming no one between: the one before it
    ("[Анна Смирнова]PER, директор музея, открыла выставку. На ней выступил [Иван Петров]PER. Ему было 45 лет. "
     "Журналист рассказал о книге.", "Журналист", ["Иван Петров"]),
    # a masculine head does not name a woman
    ("[Иван Петров]PER, директор музея, открыл выставку. Её посетила [Анна Смирнова]PER. Журналист рассказал "
     "о книге.", "Журналист", []),
    # a name in another case is no subject the post describes
    ("[Иван Петров]PER, директор музея, открыл выставку. Её посетили друзья [Олега Смирнова]PER. Журналист "
     "рассказал о книге.", "Журналист", []),
    # a post the person is under: a compound's part, a word its head governs
    ("[Иван Петров]PER, вице-министр энергетики, арестован. Министр подписал приказ.", "Министр", []),
    ("[Иван Петров]PER, заместитель министра, арестован. Министр подписал приказ.", "Министр", []),
    # the deputy form of a post the person holds: the deputy is someone else
    ("[Олег Карпов]PER, губернатор края, открыл форум. Вице-губернатор рассказал о бюджете.", "Вице-губернатор", []),
    ("[Олег Карпов]PER, директор фабрики, открыл цех. Замдиректора рассказал о планах.", "Замдиректора", []),
    # a participle clause between commas picks out someone else
    ("[Олег Карпов]PER, директор музея, открыл выставку. На ней выступил [Иван Петров]PER. Журналист, пишущий о "
     "театре, рассказал о книге.", "Журналист", []),
    # more words than the head: "новый" tells of someone else
    ("[Иван Петров]PER, директор музея, открыл выставку. На ней выступил [Олег Смирнов]PER. Новый художник "
     "рассказал о книге.", "Новый художник", []),
])
def test_a_one_word_post_opening_a_sentence_describes_the_subject_before(source, post, holder):
    doc = parse(source, until="posts")
    assert holders(doc)[post] == holder
    assert any(r == "a bare post opening a sentence: the subject of the one before" and text == post
               for r, text, _ in notes(doc, "posts")) is bool(holder)


@pytest.mark.parametrize("source, post, holder", [
    # the name closing the sentence before, the new person it brings in, holding no post yet
    ("Экскурсию для гостей провёл [Алексей Осипов]PER. Ректор [Томского государственного университета]ORG "
     "рассказал о планах.", "Ректор Томского государственного университета", ["Алексей Осипов"]),
    ("Во встрече участвовала [Анна Смирнова]PER. Директор [Национального музея]ORG рассказала о выставке.",
     "Директор Национального музея", ["Анна Смирнова"]),
    # not one holding a post already, nor one the head's gender does not name, nor one named earlier in
    # the sentence, nor a post with no body
    ("Экскурсию провёл ректор [Алексей Осипов]PER. Директор [Национального музея]ORG рассказал о планах.",
     "Директор Национального музея", []),
    ("Экскурсию провела [Анна Смирнова]PER. Директор [Национального музея]ORG рассказал о планах.",
     "Директор Национального музея", []),
    ("[Алексей Осипов]PER провёл экскурсию. Директор [Национального музея]ORG рассказал о планах.",
     "Директор Национального музея", []),
    ("Экскурсию провёл [Алексей Осипов]PER. Главный редактор рассказал о планах.", "Главный редактор", []),
])
def test_a_post_with_its_body_opening_a_sentence_describes_the_name_closing_the_one_before(source, post, holder):
    doc = parse(source, until="posts")
    assert holders(doc)[post] == holder
    assert any(r == "a post with its body opening a sentence: the one named last before" and text == post
               for r, text, _ in notes(doc, "posts")) is bool(holder)


@pytest.mark.parametrize("rule, source, org", [
    ("a body it governs", "Председатель [Совета Федерации]ORG [Валентина Матвиенко]PER выступила.", "Совет Федерации"),
    ("the ministry of its minister, or a body it names", "Министр энергетики [Канат Бекмуратов]PER подписал приказ.",
     "Министерство энергетики"),
    ("a body named elsewhere in lower case",
     "[Палата представителей]ORG приняла закон. Спикер палаты представителей [Нэнси Пелоси]PER выступила.",
     "Палата представителей"),
    # a common noun of a kind of body stands for the last body of that kind named before
    ("the last body of its kind named before", "Компания [Apple]ORG сменила руководство. Руководитель компании "
     "[Тим Кук]PER заявил об этом.", "Apple"),
    ("the last body of its kind named before", "Футбольный клуб «[Арарат]ORG» закрывается. Об этом заявил "
     "президент клуба [Валерий Оганесян]PER.", "Арарат"),
    ("the last body of its kind named before", "[Сбербанк]ORG и компания [Apple]ORG подписали соглашение. "
     "Председатель банка [Герман Греф]PER выступил.", "Сбербанк"),
    # a compound of another noun of its kind names a narrower kind, whose body comes first
    ("the last body of its kind named before", "Авиакомпания «[Аэрофлот]ORG» купила самолёты, которые делает "
     "компания «[Сухой]ORG». Заместитель директора авиакомпании [Иван Петров]PER доволен.", "Аэрофлот"),
    ("the last body of its kind named before", "Авиакомпания «[Аэрофлот]ORG» купила самолёты, которые делает "
     "компания «[Сухой]ORG». Заместитель директора компании [Иван Петров]PER доволен.", "Сухой"),
    # a legal form makes a body a company and an enterprise
    ("the last body of its kind named before", "ОАО «[Уралмаш]ORG» сменило руководство. Об этом заявил "
     "финансовый директор предприятия [Иван Петров]PER.", "ОАО «Уралмаш»"),
    ("the last body of its kind named before", "Прошёл кинофестиваль «[Кинотавр]ORG». Президент фестиваля "
     "[Александр Роднянский]PER выступил.", "Кинотавр"),
    ("the last body of its kind named before", "[Государственная дума]ORG подала иск. Интересы "
     "[Государственной думы]ORG представит полпред палаты [Дмитрий Вяткин]PER.", "Государственная дума"),
    ("the place it governs", "Мэр [Москвы]LOC [Сергей Собянин]PER открыл парк.", "Москва"),
    # a common noun of a kind of place stands for the last place of that kind named before
    ("the last place of its kind named before", "В [Калининградской области]LOC сменилась власть. Губернатор "
     "области [Николай Цуканов]PER выступил.", "Калининградская область"),
    ("the last place of its kind named before", "В [Калининградской области]LOC ремонтируют [Калининград]LOC. "
     "Губернатор города [Иван Петров]PER выступил.", "Калининград"),
    ("the last place of its kind named before", "В [Санкт-Петербурге]LOC сменилась власть. Глава "
     "региона [Иван Петров]PER выступил.", "Санкт-Петербург"),
    # a region's common name is of the kind its full name says (data/regions.tsv)
    ("the last place of its kind named before", "В [Татарстане]LOC сменилась власть. Премьер-министр "
     "республики [Иван Петров]PER выступил.", "Татарстан"),
    ("the last place of its kind named before", "В [Подмосковье]LOC открыли мост. Губернатор "
     "области [Иван Петров]PER выступил.", "Подмосковье"),
    ("the last place of its kind named before", "В [Приморье]LOC прошли учения. Губернатор "
     "края [Иван Петров]PER выступил.", "Приморье"),
    # a team named by a common noun is a national team: its country's adjective's, else the one whose
    # team the text named most often before it
    ("a national team's country", "Сборная [Сербии]LOC проиграла. Неиграющий капитан сербской команды "
     "[Богдан Обрадович]PER огорчён.", "Сербия"),
    ("a national team's country", "Сборная [Италии]LOC выиграла. Главный тренер национальной сборной "
     "[Чезаре Пранделли]PER доволен.", "Италия"),
    ("a national team's country", "Он сыграл за сборную [Португалии]LOC. Сборная [Португалии]LOC проиграла "
     "сборной [Чили]LOC. Главный тренер сборной [Фернанду Сантуш]PER огорчён.", "Португалия"),
    ("the body named after в, на or its holder and из", "[Иван Петров]PER работал артистом в "
     "[Татарском академическом театре]ORG.", "Татарский академический театр"),
    ("the body named after в, на or its holder and из", "Профессор [Уильям Гауэрс]PER из "
     "[Кембриджского университета]ORG выступил с речью.", "Кембриджский университет"),
    ("the body named after в, на or its holder and из", "Нападающий [Деррик Роуз]PER из команды "
     "[Chicago Bulls]ORG признан лучшим.", "Chicago Bulls"),
])
def test_each_seat_rule_finds_a_posts_organisation(rule, source, org):
    doc = parse(source, until="posts")
    ((position,),) = [p.positions for p in doc.persons]
    assert _named(doc, position.org) == org
    assert any(r == "head word" and f"its body {position.org} ({rule})" in detail
               for r, _, detail in notes(doc, "posts")), notes(doc, "posts")


@pytest.mark.parametrize("source", [
    # a body of another kind, or none named before
    "Компания [Apple]ORG сменила руководство. Президент клуба [Валерий Оганесян]PER заявил об этом.",
    "Президент клуба [Валерий Оганесян]PER заявил, что компания [Apple]ORG сменила руководство.",
    # more than one body, or one named right after
    "Компания [Apple]ORG купила [Beats]ORG. Директор обеих компаний [Тим Кук]PER заявил об этом.",
    "Компания [Нордстрим]ORG растёт. [Иван Петров]PER вошёл в совет директоров компании [Роснефть]ORG.",
    # a place of another kind before, a site's name no city's, or the place named right after
    "В [Калининграде]LOC сменилась власть. Губернатор области [Николай Цуканов]PER выступил.",
    "Он выступил в округе «[Красненькая речка]LOC». Губернатор города [Иван Петров]PER выступил.",
    "В [Омске]LOC сменилась власть. Губернатор области — [Иван Петров]PER, [Омской области]LOC.",
    # a region's common name names no city
    "В [Татарстане]LOC сменилась власть. Мэр города [Иван Петров]PER выступил.",
    # a team whose country no adjective and no team named before gives, or one the release does not name
    "Матч прошёл в [Италии]LOC. Главный тренер национальной сборной [Чезаре Пранделли]PER доволен.",
    "Матч прошёл в [Италии]LOC. Неиграющий капитан сербской команды [Богдан Обрадович]PER огорчён.",
    # a body after a post that a preposition governs, or after a state's post
    "[Иван Петров]PER встретился с директором в [Газпроме]ORG.",
    "[Иван Петров]PER стал президентом на [Первом канале]ORG.",
    # a body after "в" that a post before its holder's name does not govern
    "Профессор [Уильям Гауэрс]PER в [Кембриджском университете]ORG выступил с речью.",
])
def test_no_body_is_taken_for_a_post_from_another_phrase(source):
    doc = parse(source, until="posts")
    assert [x.org for p in doc.persons for x in p.positions] + [x.org for x in doc.positions] \
        and all(x.org is None for p in doc.persons for x in p.positions) \
        and all(x.org is None for x in doc.positions)


@pytest.mark.parametrize("source, org, country", [
    # an honorary title names its country, but no body of which its holder is a member
    ("Народный артист [России]LOC [Владимир Этуш]PER скончался.", None, "Россия"),
    ("Заслуженный артист [России]LOC [Иван Петров]PER выступил.", None, "Россия"),
    # an office that "народный" qualifies is the state's
    ("Народный депутат [Украины]LOC [Иван Петров]PER выступил.", "Украина", "Украина"),
])
def test_an_honorary_title_has_no_body(source, org, country):
    doc = parse(source, until="posts")
    ((position,),) = [p.positions for p in doc.persons]
    assert (_named(doc, position.org), position.country) == (org, country)


def _named(doc, ref):
    """The name of the organisation or location ``ref`` stands for, None for None."""
    return next((e.name for e in (*doc.organizations, *doc.locations) if e.id == ref), None)


@pytest.mark.parametrize("source, post", [
    # a name between the post and the predicate: not past it
    ("Директором школы, по словам [Анны Смирновой]PER, назначен [Иван Петров]PER.", "Директором школы"),
    # not opening the sentence: the instrumental is another word's
    ("Он доволен директором школы, и в мае назначен [Иван Петров]PER.", "директором школы"),
])
def test_a_verb_past_adjuncts_reaches_no_name_past_another(source, post):
    doc = parse(source, until="posts")
    assert not any(r == "a verb past adjuncts, then the person" and text == post
                   for r, text, _ in notes(doc, "posts"))


def test_coordinated_titles_share_the_body_the_next_one_governs():
    doc = parse("Выступил президент и председатель правления [ПАО «Транснефть»]ORG [Денис Марков]PER.",
                until="posts")
    assert held_in(doc)["Денис Марков"] == [("президент", "ПАО «Транснефть»"),
                                            ("председатель правления ПАО «Транснефть»", "ПАО «Транснефть»")]


def test_coordinated_titles_do_not_share_a_ministry_a_ministers_title_makes():
    doc = parse("В отставку подаст премьер-министр и министр иностранных дел [Катара]LOC [Хамад Аль Тани]PER.",
                until="posts")
    premier = [org for title, org in held_in(doc)["Хамад Аль Тани"] if title == "премьер-министр"]
    assert premier and not any((org or "").startswith("Министерство") for org in premier)


def test_a_state_post_alone_is_not_a_post_in_a_body():
    # "Президент России" is not one more mention of a company's "президент"
    doc = parse("Выступил президент и председатель правления [ПАО «Транснефть»]ORG [Денис Марков]PER. "
                "Президент [России]LOC отметил его доклад.", until="posts")
    assert holders(doc)["Президент России"] == []


@pytest.mark.parametrize("source, post, holder, title", [
    # a post alone of a country no counterpart serves, in any case
    # (the peer never named as a subject, the protagonist's rules leave it)
    ("Состоялись переговоры [Ивана Петрова]PER с Президентом [Лаоса]LOC [Буаконгом Ситхисаком]PER. «Торговля "
     "растёт», – отметил Президент [России]LOC.", "Президент России", "Иван Петров", "президент"),
    ("[Иван Петров]PER провёл переговоры с Премьер-министром [Узбекистана]LOC [Бахтиёром Назаровым]PER. Стороны "
     "обсудили итоги визита президента [России]LOC в Ташкент.", "президента России", "Иван Петров", "президент"),
    # a plural one, the subject of its verb, titled as the counterpart's post
    ("[Иван Петров]PER провёл телефонный разговор с Президентом [Египта]LOC [Абдель Фаттахом ас-Сиси]PER. "
     "Лидеры договорились о встрече.", "Лидеры", "Иван Петров", "президент"),
    ("[Иван Петров]PER провёл телефонный разговор с Президентом [Египта]LOC [Абдель Фаттахом ас-Сиси]PER. "
     "Президенты дали высокую оценку итогам визита.", "Президенты", "Иван Петров", "президент"),
])
def test_a_heads_post_alone_in_talks_of_heads_is_the_peers(source, post, holder, title):
    doc = parse(source, until="posts")
    assert holders(doc)[post] == [holder]
    (person,) = [p for p in doc.persons if p.name == holder]
    assert [x.title for x in person.positions] == [title]
    assert ("a head's post alone in talks of heads: the one person holding no post beside them", post) in \
        [(r, text) for r, text, _ in notes(doc, "posts")]


@pytest.mark.parametrize("source, post", [
    # two persons holding no post beside the counterpart: either's
    ("[Иван Петров]PER и [Анна Смирнова]PER встретились с Президентом [Лаоса]LOC [Буаконгом Ситхисаком]PER. "
     "«Торговля растёт», – отметил Президент [России]LOC.", "Президент России"),
    # the counterpart's own country: not the peer's
    ("[Иван Петров]PER провёл переговоры с Премьер-министром [Лаоса]LOC [Буаконгом Ситхисаком]PER. Гость передал "
     "приветствие от Президента [Лаоса]LOC.", "Президента Лаоса"),
    # a plural post no verb's subject
    ("[Анна Смирнова]PER написала Президенту [России]LOC [Ивану Петрову]PER. Он сделал больше, чем все наши "
     "президенты вместе взятые.", "президенты"),
])
def test_a_heads_post_alone_in_talks_of_heads_is_no_ones_when_it_may_be_another(source, post):
    doc = parse(source, until="posts")
    assert holders(doc)[post] == []


def test_an_adjective_of_another_gender_is_not_the_posts():
    doc = parse("Он доволен встречей, организованной британским послом [Джоном Смитом]PER.", until="posts")
    assert [x.title for x in doc.persons[0].positions] == ["посол"]



def test_posts_named_on_a_states_side_are_of_that_state():
    doc = parse("С лаосской стороны в переговорах участвовали министр энергетики [Пхутсади Вонгса]PER и "
                "председатель правления [АО «Лао Электрик»]ORG [Сомсак Вонг]PER, с российской – министр "
                "иностранных дел [Андрей Кравцов]PER.", until="posts")
    assert {p.name: p.country for p in doc.persons} == {"Пхутсади Вонгса": "Лаос", "Сомсак Вонг": "Лаос",
                                                         "Андрей Кравцов": "Россия"}
    ministries = {o.name: o.country for o in doc.organizations if o.name.startswith("Министерство")}
    assert ministries == {"Министерство энергетики": "Лаос", "Министерство иностранных дел": "Россия"}
    assert ("the side it is named on", "председатель правления АО «Лао Электрик»") in \
        [(r, text) for r, text, _ in notes(doc, "posts")]


def test_a_states_adjective_without_side_names_no_side():
    doc = parse("С лаосским министром [Пхутсади Вонгсой]PER встретился министр иностранных дел [Андрей Кравцов]PER.",
                until="posts")
    (kravtsov,) = [p for p in doc.persons if p.name == "Андрей Кравцов"]
    assert [x.country for x in kravtsov.positions] != ["Лаос"]
    assert not any(r == "the side it is named on" for r, _, _ in notes(doc, "posts"))


@pytest.mark.parametrize("source, post, holder", [
    # the protagonist's own name after the post: someone's of theirs
    ("[Абид Насир]PER был доставлен в суд. Адвокат [Насира]PER заявил о невиновности.", "Адвокат", []),
    # another's name after it: the protagonist may be theirs
    ("[Джон Болтон]PER провёл встречу. Советник [Трампа]PER отметил её итоги.", "Советник", ["Джон Болтон"]),
])
def test_a_bare_post_before_the_protagonists_own_name_is_not_theirs(source, post, holder):
    assert holders(parse(source, until="posts"))[post] == holder


def test_a_name_right_after_from_is_not_the_posts_holder():
    # "от" and the name itself: whom something comes from, not the holder's origin
    doc = parse("Письмо получил директор от [Ивана Петрова]PER.", until="posts")
    assert holders(doc)["директор"] == []


@pytest.mark.parametrize("source, holder, title", [
    ("Это были ученики митрополита Ленинградского и Новгородского [Никодима]PER.", "Никодим",
     "митрополит Ленинградский и Новгородский"),
    ("Службу возглавил Патриарх Московский и всея Руси [Кирилл]PER.", "Кирилл", "патриарх Московский и всея Руси"),
    ("Собор показал наместнику лавры епископу Сергиево-Посадскому [Парамону]PER.", "Парамон",
     "епископ Сергиево-Посадский"),
    # the adjectives of a body's name after a hierarch's title are no see
    ("Его рукоположил епископ [Апостольской Православной Церкви]ORG [Григорий Михнов-Вайтенко]PER.",
     "Григорий Михнов-Вайтенко", "епископ Апостольской Православной Церкви"),
])
def test_a_hierarchs_see_is_in_his_title_in_its_nominative_and_no_body(source, holder, title):
    doc = parse(source, until="posts")
    assert [t for t, _ in held_in(doc)[holder]] == [title]
    assert "Ленинградское" not in [o.name for o in doc.organizations]


@pytest.mark.parametrize("source, post, holders_", [
    # a post in another case right after another is the issuer's, not a second title of the appointee
    ("Указом президента начальником управления назначен генерал-майор [Иван Петров]PER.", "президента", []),
    ("В беседе с корреспондентом газеты лидер движения [Иван Петров]PER заявил об этом.", "корреспондентом газеты",
     []),
    # a "зам-" compound of a genitive is in any case (``_head_cases``): a second title of the same person
    ("Выступил замначальника Генштаба генерал-лейтенант [Иван Петров]PER.", "замначальника Генштаба",
     ["Иван Петров"]),
])
def test_a_post_in_another_case_is_no_second_title_of_the_next_posts_person(source, post, holders_):
    assert holders(parse(source, until="posts")).get(post) == holders_


@pytest.mark.parametrize("source, holder, title", [
    # "зам" fused with a genitive does not decline: the title keeps it as written, in any case
    ("Замгубернатора [Иван Петров]PER открыл выставку.", "Иван Петров", "замгубернатора"),
    ("Как сообщил замначальника управления [Сергей Котов]PER, проверка завершена.", "Сергей Котов",
     "замначальника управления"),
    ("Встреча прошла с первым замдиректора департамента [Олегом Беляевым]PER.", "Олег Беляев",
     "первый замдиректора департамента"),
    # a noun of its own declines
    ("Выступил зампред правительства [Пётр Сидоров]PER.", "Пётр Сидоров", "зампред правительства"),
    ("Встреча прошла с зампредом правительства [Сергеем Котовым]PER.", "Сергей Котов", "зампред правительства"),
])
def test_a_fused_deputys_title_is_as_written(source, holder, title):
    assert [t for t, _ in held_in(parse(source, until="posts"))[holder]] == [title]


@pytest.mark.parametrize("source, titles", [
    # a head that is also a thing, governing a work's genitive past its adjectives, is that thing
    ("Событием станет премьера новой постановки оперы [Бизе]PER «Кармен».", []),
    ("Состоялась премьера фильма режиссёра [Ивана Петрова]PER.", ["режиссёр"]),
    # a name after a head that is also a thing is a person's, whatever else it may read as ("Романа": a novel's)
    ("По словам аналитика [Романа Коноплева]PER, всё спокойно.", ["аналитик"]),
    # a premier's genitive governs a body or a state
    ("Выступил пресс-секретарь премьера правительства [Иван Петров]PER.", ["пресс-секретарь премьера правительства"]),
])
def test_a_premiere_of_a_work_is_no_premiers_post(source, titles):
    doc = parse(source, until="posts")
    assert sorted(p.title for person in doc.persons for p in person.positions) == titles


def ties_of(doc):
    """{person name: [(body name, former, mention text)]} of the positions with no title."""
    bodies = {o.id: o.name for o in doc.organizations}
    return {p.name: [(bodies.get(x.org), x.former, x.mentions[0].text) for x in p.positions if x.title is None]
            for p in doc.persons}


@pytest.mark.parametrize("rule, source, person, tie", [
    ("the person, then the verb", "[Иван Петров]PER в 2015 году возглавил компанию «[Заря]ORG».", "Иван Петров",
     ("Заря", False, "возглавил компанию «Заря»")),
    ("the person, then the verb", "[Анна Смирнова]PER работает в банке «[Восход]ORG».", "Анна Смирнова",
     ("Восход", False, "работает в банке «Восход»")),
    ("the person, then the verb", "[Олег Смирнов]PER десять лет руководил заводом «[Прибор]ORG».", "Олег Смирнов",
     ("Прибор", False, "руководил заводом «Прибор»")),
    ("the person, then the verb", "Нападающий [Иван Петров]PER выступает за «[Торпедо]ORG».", "Иван Петров",
     ("Торпедо", False, "выступает за «Торпедо»")),
    # a verb leaving the body makes the tie former
    ("the person, then the verb", "Летом [Иван Петров]PER покинул «[Торпедо]ORG».", "Иван Петров",
     ("Торпедо", True, "покинул «Торпедо»")),
    ("the person, then the verb", "В мае [Анна Смирнова]PER ушла из «[Восхода]ORG».", "Анна Смирнова",
     ("Восход", True, "ушла из «Восхода»")),
    ("a pronoun, then the verb", "[Иван Петров]PER родился в Омске. Позднее он работал в банке «[Заря]ORG».",
     "Иван Петров", ("Заря", False, "работал в банке «Заря»")),
    ("a relative pronoun, then the verb", "[Анна Смирнова]PER, которая руководит фондом «[Восход]ORG», приехала.",
     "Анна Смирнова", ("фонд «Восход»", False, "руководит фондом «Восход»")),
    ("a subject left out, the one named before", "[Иван Петров]PER родился в Омске. В 1990 году работал в банке "
     "«[Заря]ORG».", "Иван Петров", ("Заря", False, "работал в банке «Заря»")),
    ("the person a participle after a comma describes", "Выступил [Юрий Комаров]PER, возглавляющий компанию "
     "«[Заря]ORG».", "Юрий Комаров", ("Заря", False, "возглавляющий компанию «Заря»")),
    # "formerly" before the participle makes the tie former
    ("the person a participle after a comma describes", "Письмо подписала [Анна Смирнова]PER, ранее работавшая "
     "в банке «[Восход]ORG».", "Анна Смирнова", ("Восход", True, "работавшая в банке «Восход»")),
    ("the subject of a gerund's clause", "Покинув «[Торпедо]ORG», [Иван Петров]PER уехал домой.", "Иван Петров",
     ("Торпедо", True, "Покинув «Торпедо»")),
    ("the subject of a gerund's clause", "[Иван Петров]PER, возглавив «[Зарю]ORG», поднял выпуск.", "Иван Петров",
     ("Заря", False, "возглавив «Зарю»")),
    ("the body put first, then the verb and the person", "Компанию «[Заря]ORG» в 2010 году возглавил "
     "[Иван Петров]PER.", "Иван Петров", ("Заря", False, "«Заря» в 2010 году возглавил")),
    ("the body put first, then the verb and the person", "Банк «[Восход]ORG», который возглавляет "
     "[Анна Смирнова]PER, вырос.", "Анна Смирнова", ("Восход", False, "«Восход», который возглавляет")),
    # a passive participle after a comma: the body before it, its agent in the instrumental after it
    ("the body put first, then the verb and the person", "Союз «[Восход]ORG», возглавляемый [Анной Смирновой]PER, "
     "вырос.", "Анна Смирнова", ("Восход", False, "«Восход», возглавляемый")),
])
def test_a_verb_of_affiliation_ties_its_subject_to_the_body_with_no_post(rule, source, person, tie):
    doc = parse(source, until="posts")
    assert ties_of(doc)[person] == [tie]
    (position,) = [x for x in next(p for p in doc.persons if p.name == person).positions if x.title is None]
    (mention,) = position.mentions
    assert doc.text[mention.start:mention.stop] == mention.text
    assert any(r == f"a tie by a verb: {rule}" and text == tie[2] for r, text, _ in notes(doc, "posts")), \
        notes(doc, "posts")


@pytest.mark.parametrize("source, person", [
    # negated, an infinitive after a modal, in another person's clause, a name in an oblique case
    ("[Иван Петров]PER не работает в банке «[Заря]ORG».", "Иван Петров"),
    ("[Иван Петров]PER может возглавить «[Зарю]ORG».", "Иван Петров"),
    ("[Иван Петров]PER сообщил, что его сын работает в банке «[Заря]ORG».", "Иван Петров"),
    ("Жена [Ивана Петрова]PER работает в банке «[Заря]ORG».", "Иван Петров"),
    # a participle of another gender describes no one named before the comma
    ("Выступил брат [Анны Смирновой]PER, работавший в банке «[Заря]ORG».", "Анна Смирнова"),
    # not a body's name after the verb: a thing of another kind in the slot
    ("[Иван Петров]PER возглавил список «[Заря]ORG».", "Иван Петров"),
    # a passive participle's agent is no body's member when it is no person
    ("Союз «[Восход]ORG», возглавляемый компанией «[Заря]ORG», вырос, а [Иван Петров]PER уехал.", "Иван Петров"),
    # a post of the body already says the tie
    ("Директор банка «[Заря]ORG» [Иван Петров]PER руководит банком «[Заря]ORG» с 2010 года.", "Иван Петров"),
])
def test_no_tie_without_the_verbs_subject_and_body(source, person):
    assert ties_of(parse(source, until="posts")).get(person, []) == []


@pytest.mark.parametrize("source, person, tie", [
    # a name in the nominative and «из» before a body: the body's member, with no post named
    ("На втором месте [Иван Петров]PER из команды «[Заря]ORG».", "Иван Петров",
     ("Заря", False, "из команды «Заря»")),
    ("Среди кандидатов [Анна Смирнова]PER из «[Восхода]ORG» и [Иван Петров]PER.", "Анна Смирнова",
     ("Восход", False, "из «Восхода»")),
    # not a name in another case, taken from the body, nor a place
    ("Президент исключил [Ивана Петрова]PER из «[Восхода]ORG».", "Иван Петров", None),
    ("На форум приехал [Иван Петров]PER из [Омска]LOC.", "Иван Петров", None),
    # a post of the body already says the tie
    ("Аналитик [Иван Петров]PER из «[Зари]ORG» ждёт роста.", "Иван Петров", None),
])
def test_a_name_and_из_before_a_body_tie_them(source, person, tie):
    doc = parse(source, until="posts")
    assert ties_of(doc).get(person, []) == ([tie] if tie else [])


def test_a_span_of_time_after_в_течение_stands_between_the_subject_and_its_predicate():
    # its post, and its tie by a verb, are the subject's
    assert holders(parse("[Иван Петров]PER в течение пяти лет был директором школы.", until="posts"))[
        "директором школы"] == ["Иван Петров"]
    doc = parse("[Анна Смирнова]PER на протяжении трёх лет руководила фондом «[Заря]ORG».", until="posts")
    assert ties_of(doc)["Анна Смирнова"] == [("фонд «Заря»", False, "руководила фондом «Заря»")]


@pytest.mark.parametrize("source, post", [
    # a year since or until which, "с 2002 года", stands between a subject and its predicate
    ("[Иван Петров]PER с 2002 года был директором школы.", "директором школы"),
    ("[Иван Петров]PER с 2002 года по 2005 год был директором школы.", "директором школы"),
])
def test_a_year_since_or_until_stands_between_the_subject_and_its_predicate(source, post):
    assert holders(parse(source, until="posts"))[post] == ["Иван Петров"]


def test_a_participle_after_a_names_note_in_brackets_describes_that_name():
    doc = parse("[Кен Кокрел]PER (Ken Cockrel), занимавший пост директора школы, уехал.", until="posts")
    assert held_in(doc)["Кен Кокрел"] == [("директор школы", None)]
    doc = parse("[Кен Кокрел]PER (Ken Cockrel), возглавлявший администрацию «[Заря]ORG», уехал.", until="posts")
    assert ties_of(doc)["Кен Кокрел"] == [("Заря", False, "возглавлявший администрацию «Заря»")]
