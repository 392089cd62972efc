"""Stage posts: posts found from a lexicon, with the words they govern, linked to people.

A post is a head from ``data/posts.txt`` ("министр", "заместитель", "председатель", ...)
or ``data/professions.txt``, or, with what a post needs (what it governs, a name after it, a
predicate, an apposition right after a name: "Иван Петров, американский баскетболист,"), one the lexicon harvested from NEREL train (``data/posts_harvested.txt``) or the
post-head network finds ("программист", "хореограф"; ``explain`` says which), with the adjectives before it ("первый", "генеральный") and the words it governs
after it: a genitive chain ("связи и информатизации Республики Беларусь"),
"по" with its object ("по развитию Дальнего Востока"), "в" with a place ("в
Республике Беларусь"), what a commander commands, in the instrumental ("командующий войсками округа"). Its title is the nominative, lower-case but for proper
names, without the country, which becomes the position's ``country``. The post's
organisation (``SEAT_RULES``) is a body it governs ("председатель [Совета Федерации]"), or the
ministry a minister heads ("министр связи ..." → "Министерство связи ..."), or a body
the release names elsewhere that its words name in lower case ("спикер палаты представителей"),
or the last body named before of the kind its common noun names ("[Apple] ... руководитель
компании"), or the place it governs ("мэр [Москвы]"; not an honorary title's, "народный артист
России"), or a body named after it where its holder works ("работал артистом в [театре ...]",
"профессор Иван Петров из [МГУ]").

A post goes to the person named right after it ("Министр ... Кирилл Залесский"; past where they
come from: "депутат от «Справедливой России» Илья Пономарёв"; past a dash, in its case: "водитель
автобуса — 47-летний Сергей Кубасов"; each named after "такие …, как"),
before it (", министр ...", or a signature's "Кирсан Илюмжинов Президент ФИДЕ"), in
parentheses, before the office it is of ("Иван Петров покидает пост директора"), or to each of
a list ("министры А и Б"; not one name after a plural post, whose they are: "Адвокаты Берлускони"; but
a plural post after "один из" is the one person's it is said of: "Иван Петров, один из руководителей компании"),
past an aside between commas or a prepositional phrase of its to the subject named after them
("Глава Абакана, столицы Хакасии, Николай Булакин погиб", "помощница по работе в Госдуме Галина
Лякишева"), past its verb to the subject when its office comes first ("пост главного тренера занял
Александр Григорян"), a second title after a dash to the holder of the one before it, each of an
office's list of posts in the genitive to the first one's holder, a bare title joined by "и" to one
governing a body's name to its holder, as a post in that body ("президент и председатель правления
ПАО «Транснефть» Денис Марков"), or, after a predicate opening a
sentence without its subject ("В 1990 году работала директором школы") or after a dash ("В 1996
году — глава МИД России"), to the person named first in the sentence before; after a predicate,
to its subject, past a span of time or an aside ("Иван Петров, родившийся в 1960 году, долгое время
был ..."), to whom "он", "она" stands for (the nearest person named of its gender), to the name
"который", "которая" follows, to the subject of a predicate it is joined to by "и" or ", а", or to a
naming verb's object ("назначил Бастрыкина председателем", "Гуллита назначили тренером"), an
instrumental post opening its sentence to the person after its predicate, past adjuncts ("Временно
исполняющим обязанности губернатора до вступления в должность ... назначен Андрей Коровин"), after
"в качестве" to the person named before it in its clause ("принёс присягу в качестве министра"),
after "сменил на посту" to the subject; with a predicate's first post, to each post listed after it
in the instrumental; whom its holder replaced ("сменив на этом посту X", "вместо X") held it before;
a verb's "исполнять обязанности" makes it the acting post ("исполняющий обязанности главы региона");
a post alone ("Министр отметил") is a further mention of the only person who holds it, or, bare and opening a
sentence ("Президент осмотрел ..."), the post of the release's protagonist when they
hold none, a one-word one the person the last sentence naming anyone names first ("Журналист
уверен"), as is a head of state's or government's post alone as a subject ("Глава
государства заявил") when no one else holds one; in talks of heads, a head's post alone of a country
none of the counterparts serves ("Президент России пригласил"), or a plural one ("Лидеры условились"), is
the one person's holding no post named beside them; any other post is kept unattached. A name
in the genitive inside a post ("пресс-секретарь президента Владимира Путина Дмитрий Песков")
holds the post it follows; a name after an oblique post, in none of its head's cases, is whose
post it is ("стал советником Медведева"), not its holder, as is one in any case after a
predicate's post whose subject is named before ("Анна Попова, работавшая заместителем Онищенко"). A post named after "С лаосской стороны"
("с российской –") is of that state, as is the ministry its title derives. A person's country is their post's, else
the one country the sentence naming them first speaks of (not where someone goes: "прибыл на
Кубу"), else the release's own (its web domain, else the country it speaks of most): ``COUNTRY_RULES``.

A verb of affiliation (``data/affiliations.tsv``) ties its subject to the body it governs with no post
named ("возглавляет «Газпром»", "работает в банке ВТБ", "Юрий Комаров, возглавляющий компанию ...",
"«Зарю» возглавил Иван Петров"): the person gets a position with no title, of that body, unless they
hold a post of it (``_affiliations``, ``AFFILIATION_SUBJECTS``); so does a name in the nominative and
«из» before a body ("Дуайт Ховард из команды Orlando Magic": ``_from_body``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from dataclasses import dataclass, field, replace
from typing import Callable, NamedTuple, Optional, Sequence

from .. import eventtypes, lexicon, morph
from ..doc import Doc, Sentence, Span, Token
from ..names import gender as gender_of_name, is_hierarch, is_patronymic, parse as parse_name, see_stop
from ..records import Group, Location, Mention, Organization, Person, Position
from . import entities, normalise
from .segment import wordlike


@dataclass
class _Post:
    """A post found in a sentence: token range, title, country and organisation."""

    sentence: int
    start: int
    stop: int
    head: int  # index of the head token
    title: Optional[str]  # None for a tie to a body a verb states with no post (``_affiliations``)
    mention: Mention
    country: Optional[str] = None
    org: Optional[str] = None
    plural: bool = False
    holders: list[str] = field(default_factory=list)
    qualifiers: set[int] = field(default_factory=set)  # tokens of the country taken out of the title
    group: bool = False
    why: str = ""  # how a post alone found its holder, for explain
    seat_rule: str = ""  # the rule of SEAT_RULES that found its organisation, for explain
    states: tuple[str, ...] = ()  # the countries it governs
    former: bool = False  # given as held before: "бывший министр", "Иван Петров, в прошлом министр"
    predecessors: list[str] = field(default_factory=list)  # who held it before its holder: "сменив на этом посту X"
    role: bool = False  # a role that is no post ("основатель", "студентка"): linked as posts are, never a position


_ADDRESS_WORDS = lexicon.words("acting")
_SINGULAR = frozenset({"nomn", "sing"})
_COMMANDERS = lexicon.words("commander")
_KIN = lexicon.words("kin")
_HOLIDAYS = lexicon.words("holiday")
_FORMER = lexicon.words("former")
_DEMONYMS = lexicon.demonyms()
_ROLES = lexicon.words("role")
_OPENING = {"«", "„", "“", '"'}
_CLOSING = {"»", "“", "”", '"'}
_STATES = lexicon.words("state")  # "глава государства", "глава правительства"
_HEADING = lexicon.words("heading")
_HONORIFICS = lexicon.words("honorific")
# Verbs of a predicate that gives a post to its subject: "Андрей Кикоть назначен первым заместителем ..."
_APPOINTED = lexicon.words("appointing")
_DASHES = {"–", "—", "-"}


def run(doc: Doc) -> None:
    """Gives the persons their ``positions`` and ``country``, the ``groups`` (delegations, sides),
    the ``positions`` that name no holder, and the ``organizations`` the posts name (a ministry
    derived from its minister's post)."""
    text, sentences = doc.text, doc.sentences
    places = _Places.of(doc.locations)
    organizations = list(doc.organizations)
    posts: list[_Post] = []
    recent: list[list[Span]] = []  # the persons named in each of the last sentences, _PRONOUN_REACH of them
    last: list[Span] = []  # the person named last before the sentence
    subject: Optional[Span] = None  # the person named first in the last sentence naming anyone
    opens = False  # whether that person opens their sentence as its subject (``_opens_sentence``)
    # the release's words that may head a post by the lexicon, each looked up once rather than at
    # each of its tokens
    lexical = {word for word in set().union(*(sentence.words for sentence in sentences))
               if lexicon.may_head(word) or lexicon.may_be_harvested_post(word)}
    ties: list[_Post] = []  # the ties to a body a verb states with no post (``_affiliations``)
    for number, sentence in enumerate(sentences):
        here = _posts(doc, number, sentence, organizations, places, lexical)
        verbs = _affiliating_verbs(sentence.words)
        if here or verbs:  # a sentence without posts or such verbs has nothing to link
            near = _near(sentence, [p for p in here if not p.group], [t for named in recent for t in named] or last,
                         subject, opens)
            _link([p for p in here if not p.group], near, doc)
            ties += _affiliations(doc, number, sentence, near, verbs, organizations)
        ties += _from_body(doc, number, sentence, organizations)
        posts += here
        named = [t for t in sentence.spans if t.type == "PER" and t.entity]
        recent, last = [*recent, named][-_PRONOUN_REACH:], named[-1:] or last
        if (first := next((t for t in sentence.spans if t.type == "PER" and t.entity), None)) is not None:
            subject, opens = first, _opens_sentence(sentence.words, first.start)
    groups = [p for p in posts if p.group]
    posts = [p for p in posts if not p.group]
    parties = _group_entities(text, groups, sentences)
    by_person: dict[str, list[_Post]] = {}
    loose: list[_Post] = []
    for post in posts:
        for holder in post.holders:
            by_person.setdefault(holder, []).append(post)
        for holder in post.predecessors:
            by_person.setdefault(holder, []).append(replace(post, holders=[holder], predecessors=[], former=True))
        if not post.holders:
            loose.append(post)
    loose = _coreference(loose, by_person, organizations)
    lead = _lead(doc.persons) if doc.persons else None
    loose = _protagonist(loose, by_person, lead, sentences)
    seen = _Seen(by_person, doc, places, {(post.sentence, k) for post in posts for k in post.qualifiers}, {})
    loose = _protagonists_head_post(loose, by_person, doc.persons, sentences,
                                    lambda person: _country(person, seen)[0], doc.home)
    loose = _counterparts_peer(loose, by_person, sentences)
    loose = _previous_subjects(loose, by_person, sentences)
    loose = _named_last_before(loose, by_person, sentences)
    _ministry_named_before(by_person, organizations, doc)
    _body_it_serves(by_person, organizations, places, doc)
    countries: dict[str, Optional[str]] = {}
    for person in doc.persons:
        # noted here, once, after _protagonists_head_post, which may give the protagonist a post and so its country
        country, rule = _country(person, seen)
        countries[person.id] = country
        if rule:
            first = person.mentions[0]
            doc.note("posts", rule, first.start, first.stop, first.text, f"{country} for {person.id}")
    loose = _of_states(loose, by_person, countries)
    _tie(ties, by_person, doc)
    for person, held in by_person.items():
        for post in held:
            if post.why:
                doc.note("posts", post.why, post.mention.start, post.mention.stop, post.mention.text,
                         f"«{post.title}» held by {person}")
            if post.role:
                doc.note("posts", "a role, no post", post.mention.start, post.mention.stop, post.mention.text,
                         f"«{post.title}» of {person} is left out of their positions")
    persons = []
    for person in doc.persons:
        positions = _positions([post for post in by_person.get(person.id, []) if not post.role])
        # as before _of_states: it gives a person only posts of the country they already have
        country = countries[person.id]
        # a state's post with no body named has the state for its seat: "президент" of the person's country
        state = places.states.get(country)
        positions = tuple(replace(p, org=state, country=p.country or country)
                          if p.org is None and state and _is_state_post(p.title) else p
                          for p in positions)
        persons.append(replace(person, positions=positions, country=country))
    doc.persons, doc.organizations, doc.groups, doc.positions = \
        tuple(persons), tuple(organizations), parties, _positions([post for post in loose if not post.role])


@dataclass
class _Places:
    """The release's locations looked up by id and by name, gathered once."""

    by_id: dict[str, Location]
    states: dict[str, str]  # a country's name → the id of its (first) country location
    named: dict[str, str]  # a name → the id of the first location of any kind so named

    @classmethod
    def of(cls, locations: Sequence[Location]) -> "_Places":
        states: dict[str, str] = {}
        named: dict[str, str] = {}
        for loc in locations:
            named.setdefault(loc.name, loc.id)
            if loc.kind == "country":
                states.setdefault(loc.name, loc.id)
        return cls({loc.id: loc for loc in locations}, states, named)


def _is_state_post(title: str) -> bool:
    """Whether a post with no body named has the state for its seat: a state's post with nothing
    after its head but the state itself ("президент", "первый вице-премьер", "президент страны"), or
    "глава государства"; not a post of the body its words name ("президент клуба", "вице-президент
    палаты", "президент любительской ассоциации бокса")."""
    words = title.split(" ")
    seat = next((k for k, word in enumerate(words) if lexicon.seats_in_state(word)), None)
    if seat is not None:
        return all(morph.lemma(word) in _THE_STATE for word in words[seat + 1:])
    return words[-1] in _STATES and len(words) == 2


_THE_STATE = lexicon.words("the_state")
_PREPOSITIONS = lexicon.prepositions()


class _Seen(NamedTuple):
    """What a person's country rules see: the posts held by each person, the document, its places,
    the tokens of countries taken into posts (by sentence and token) and each sentence's one
    country once worked out (by sentence number)."""

    by_person: dict[str, list[_Post]]
    doc: Doc
    places: _Places
    taken: set[tuple[int, int]]
    spoken: dict[int, Optional[str]]


def _posts_country(person: Person, seen: _Seen) -> Optional[str]:
    """The country of the first of a person's posts to have one ("Министр ... Республики Беларусь")."""
    return next((p.country for p in _positions(seen.by_person.get(person.id, [])) if p.country), None)


def _sentence_country(person: Person, seen: _Seen) -> Optional[str]:
    """The one country the sentence of a person's first mention speaks of, apart from the
    countries of posts ("генерального секретаря Си Цзиньпина ... китайской инициативы")."""
    doc = seen.doc
    first = person.mentions[0].start
    number = doc.sentence_at(first)
    if number < 0 or first >= doc.sentences[number].stop:
        return None
    if number not in seen.spoken:
        seen.spoken[number] = _one_country(number, doc.sentences[number], seen.places, seen.taken)
    return seen.spoken[number]


def _home_country(person: Person, seen: _Seen) -> Optional[str]:
    """The release's own country (``entities.home_country``: its web domain's, else the one its
    places speak of most)."""
    return seen.doc.home


#: How a person's country is found, tried in order: the first rule that gives one wins.
COUNTRY_RULES: list[tuple[str, Callable[[Person, _Seen], Optional[str]]]] = [
    ("their post's country", _posts_country),
    ("the one country of the sentence naming them first", _sentence_country),
    ("the release's own country", _home_country),
]


def _country(person: Person, seen: _Seen) -> tuple[Optional[str], str]:
    """A person's country and the name of the rule of ``COUNTRY_RULES`` that gave it; (None, "") when none does."""
    for name, rule in COUNTRY_RULES:
        country = rule(person, seen)
        if country:
            return country, name
    return None, ""


def _one_country(number: int, sentence: Sentence, places: _Places, taken) -> Optional[str]:
    """The one country a sentence speaks of, if one: its countries' adjectives and names, but for the
    qualifiers of posts (``taken``) and a country named as where someone goes ("прибыл на Кубу",
    "визит в Японию", "поездки до Китая"), a visitor's destination rather than the state they serve."""
    kinds = places.by_id
    tokens = sentence.tokens
    countries = set()
    for k, token in enumerate(tokens):
        country = lexicon.country_adjective(token.text) if token.text[:1].islower() else None
        if country and (number, k) not in taken:
            countries.add(country)
    for span in sentence.spans:
        location = kinds.get(span.entity)
        if location is not None and location.kind == "country" and (number, span.start) not in taken \
                and not _destination(tokens, span.start):
            countries.add(location.name)
    return countries.pop() if len(countries) == 1 else None


def _destination(tokens: Sequence[Token], start: int) -> bool:
    """Whether the name at ``start`` is where someone goes (``entities.destination``)."""
    return start > 0 and entities.destination([t.text for t in tokens[max(0, start - 5):start + 1]])


def _group_entities(text: str, groups: list[_Post], sentences: Sequence[Sentence]) -> tuple[Group, ...]:
    """Groups as organisation-like entities, one per name, with their country:
    "делегацией Китайской Народной Республики" → "делегация Китайской Народной Республики", Китай."""
    found: dict[str, Group] = {}
    for post in groups:
        tokens = sentences[post.sentence].tokens[post.start:post.stop]
        words = [t.text for t in tokens]
        spaces = [text[a.stop:b.start] for a, b in zip(tokens, tokens[1:])] + [""]
        head = words[post.head - post.start]
        if post.start == 0 and any({"nomn", "plur"} <= p.tag.grammemes for p in morph.parses(head)):
            name = post.mention.text  # the subject in the plural: "Стороны обсудили" is both sides, as written
        else:
            name = normalise.phrase_name(words, spaces)
        name = name[:1].lower() + name[1:] if not words[0].isupper() else name
        if name in found:
            entity = found[name]
            found[name] = replace(entity, mentions=entity.mentions + (post.mention,))
        else:
            found[name] = Group(f"g{len(found) + 1}", name, post.country, (post.mention,))
    return tuple(found.values())


# ---------------------------------------------------------------- finding posts


def _posts(doc: Doc, number: int, sentence: Sentence, organizations: list[Organization], places: _Places,
           lexical: set[str]) -> list[_Post]:
    """The posts and groups of a sentence; ``lexical``: the words of the release that may head
    one by the lexicon (``lexicon.may_head``)."""
    text, tokens = doc.text, sentence.tokens
    words = sentence.words
    names = {t.start: t for t in sentence.spans}
    inside = {k for t in sentence.spans for k in range(t.start, t.stop)}
    posts = []
    person_ends = {t.stop for t in sentence.spans if t.type == "PER"}
    defined: set[int] = set()  # where the posts a dash after a name defines someone by end
    # only a word outside the names that the lexicons, hand-made or harvested, may take for a head
    # (``head_kind`` is None for any other, and so is ``is_harvested_post``) or that the post-head
    # network marks (``learned`` needs one of the two) can head a post:
    # the loop visits those alone, every other word being one it would only step past
    heads = [k for k, word in enumerate(words) if (word in lexical or k in sentence.post_heads) and k not in inside]
    after = 0  # the first word past the last post found
    sides = _sides(words) if heads else []
    for k in heads:
        if k < after:
            continue
        kind = head_kind(words[k])
        sources = _sources(words[k], kind, k in sentence.post_heads)
        # a kin term ("крестница", "правнук") or a place's people ("сингапурец", "британцы") the
        # network or the harvest takes for a post's head says no post
        learned = kind is None and bool(sources) and _animate_noun(words[k]) \
            and morph.lemma(words[k]) not in _KIN and morph.lemma(words[k]) not in _DEMONYMS
        if learned:
            kind = ""  # a post the hand lexicon lacks: "дирижёр", "тренером", "вице-спикер"
        if kind is None or kind == "" and (k > 0 and k - 1 not in inside and _a_things_modifier(words[k - 1], words[k])
                                           or _attributive(words, k, names)):
            continue
        if _a_works_thing(words, k):
            continue
        if k > 0 and words[k - 1][:1].isupper() and morph.lemma(words[k - 1].lower()) in _HOLIDAYS:
            continue  # "в День защитника Отечества", "ко Дню учителя": a holiday's name, no one's post
        group = kind or None
        start = _modifiers_start(words, k, inside)
        rules: list[str] = []
        stop, complements = governed(words, k + 1, names, rules)
        if learned and stop == k + 1 and not ((at := _past_address(words, k + 1)) in names and names[at].type == "PER") \
                and _verb_group(words, _past_superlative(words, start) - 1, -1) is None \
                and not (_verb_group(words, k + 1, 1) is not None and _case(words[k], "ablt")) \
                and not (start > 0 and words[start - 1].lower() in _HOLDING) \
                and not _defined_after_a_name(words, start, person_ends, defined) \
                and not _apposition_after_a_name(words, start, k, names) \
                and not _listed_before_a_name(words, k, names, sentence.post_heads) \
                and not _such_as_names(words, start, k, names) \
                and not (stop + 1 < len(words) and words[stop] == "," and stop + 1 in names
                         and names[stop + 1].type == "PER") \
                and _named_after_origin(words, {j: t for j, t in names.items() if t.type == "PER"}, k + 1) is None:
            # a bare profession the lexicon lacks ("скульптор") is a post only with what it governs,
            # with the name it stands before, an age between or not ("скульптора Андрея Лисовского",
            # "активиста 26-летнего Рашида Салеха", "хирург из Конго Денис Муквеге"), as a predicate, its
            # adjectives between or not ("работал инженером", "был опытным лётчиком", "стал самым молодым
            # программистом", "работавший юристом", "[Иван Петров] — программист"; before its
            # verb, in the instrumental: "Тренером стал", not "Избранником юной принцессы стал"), listed
            # with another post ("режиссёр, сценарист и продюсер"), after "такие" before the names it
            # stands for ("такие музыканты, как Колин Дэвис"), or before a comma and the name it
            # describes ("историк и публицист, Доминик Веннер")
            continue
        side = next((country for at, country in reversed(sides) if at < start), None)
        post = _make(text, number, tokens, words, start, k, stop, complements, side or doc.home, organizations, places,
                     names)
        if side and post.country is None and not post.group:
            post.country = side
            doc.note("posts", "the side it is named on", post.mention.start, post.mention.stop, post.mention.text,
                     f"«{post.title}» of {side}")
        # "представитель МИД Мария Захарова" holds a post; "представители", a "делегация", a
        # "сторона" are groups acting as one
        post.group = group is not None and (group != "представитель" or post.plural)
        posts.append(post)
        if _defined_after_a_name(words, post.start, person_ends, defined):
            defined.add(post.stop)
        found = f"a group headed by «{words[k]}»" if post.group \
            else f"the post «{post.title}», head «{words[k]}» (found by {sources or 'the hand lexicon'})"
        doc.note("posts", "head word", post.mention.start, post.mention.stop, post.mention.text,
                 f"{found}; it governs: {', '.join(rules) or 'nothing'}"
                 + (f"; its body {post.org} ({post.seat_rule})" if post.org else "")
                 + (f", {post.country}" if post.country else ""))
        posts += _inner_posts(doc, number, sentence, names, k, stop, organizations, places)
        after = stop
    return posts


def _sources(word: str, kind: Optional[str], learned: bool) -> str:
    """Which sources besides the hand lexicon take a word the hand lexicon (``kind``) does not for
    a post's head, for its note: the lexicon harvested from NEREL train, the post-head network
    (``learned``), both, or none ("")."""
    if kind is not None:
        return ""
    # a word of the hand lists that is no head where it stands ("после", a preposition before it is
    # the ambassador's locative) is none by the harvest either; a plural the harvest alone finds
    # names a class of people ("поставщиков техники", "воинами Красной армии"), not anyone's post
    harvested = not lexicon.is_post(word) and lexicon.is_harvested_post(word) and (learned or not _only_plural(word))
    found = ["the harvested lexicon"] * harvested + ["the post-head network"] * learned
    return " and ".join(found)


def _acting_by_verb(words: list[str], start: int) -> str:
    """What a verb's "исполнять обязанности" before a post starting at ``start`` puts before its title:
    the acting post the verb's subject holds, as the participle names it ("будет [временно] исполнять
    обязанности главы региона": "[временно] исполняющий обязанности главы региона"); "" without one."""
    if start < 2 or morph.lemma(words[start - 1]) not in _OFFICES or words[start - 2].lower() not in _ACTING_VERBS:
        return ""
    return ("временно " if start > 2 and words[start - 3].lower() == "временно" else "") + "исполняющий обязанности "


_ACTING_VERBS = lexicon.words("acting_verb")


def _acting_abbreviation(words: list[str], start: int) -> int:
    """Where "и. о." ("исполняющий обязанности", as the tokens "и", ".", "о", ".") stands right
    before a post starting at ``start``, making it the acting post ("И.о. министра культуры
    [Айгуль Беркинова]": и.о. министра культуры); ``start`` without one."""
    return start - 4 if start >= 4 and [w.lower() for w in words[start - 4:start]] == ["и", ".", "о", "."] else start


def _sides(words: list[str]) -> list[tuple[int, str]]:
    """Where a sentence says on which state's side the persons after are named, and that state:
    "С лаосской стороны в переговорах участвовали ...", "..., с российской – ..."; a post named
    after it, its body's too, is of that state, not of the release's own."""
    return [(k, country) for k, word in enumerate(words[:-2]) if word.lower() in _FROM
            and (words[k + 2] in _DASHES or morph.lemma(words[k + 2]) == "сторона")
            and (country := lexicon.country_adjective(words[k + 1]))]


_FROM = frozenset({"с", "со"})


def _listed_before_a_name(words: list[str], k: int, names: dict[int, Span], heads: frozenset[int]) -> bool:
    """Whether the word at ``k`` is an item of a list of titles right before a person's name: bare
    heads, the lexicons' or the post-head network's, their adjectives before them or not, joined by
    commas and "и", the last with what it governs or not ("режиссёр, сценарист и продюсер [Иван Петров]",
    "рок-музыкант, основатель группы Talk Talk [Марк Холлис]", "хоккеист и хоккейный тренер [Иван
    Петров]", "актриса, общественный деятель и журналист [Анна Смирнова]")."""
    j = k
    while j + 2 < len(words) and j - k < 2 * _LIST_REACH and words[j + 1] in (",", "и"):
        item = j + 2
        while item + 1 < len(words) and item not in heads and item not in names and _adjective_form(words[item]):
            item += 1
        if not (item in heads or head_kind(words[item]) is not None or lexicon.is_harvested_post(words[item])):
            return False
        j = item
        stop, _ = governed(words, j + 1, names)
        if stop in names and names[stop].type == "PER":
            return True
    return False


def _such_as_names(words: list[str], start: int, k: int, names: dict[int, Span]) -> bool:
    """Whether the word at ``k``, its adjectives from ``start``, follows "такой" and goes before ", как"
    and a person's name: "таких [исполнителей], как Элтон Джон" (``_such_as`` names each one)."""
    return start > 0 and morph.lemma(words[start - 1].lower()) == "такой" and words[k + 1:k + 3] == [",", "как"] \
        and k + 3 in names and names[k + 3].type == "PER"


def _defined_after_a_name(words: list[str], start: int, person_ends: set[int], defined: set[int]) -> bool:
    """Whether a post starting at ``start`` is what a dash after a person's name says they are, the
    predicate of a definition, or an item of a list of such posts after a comma or "и": "[Аарон Шварц]
    — американский программист, интернет-активист, писатель", "[Дарио Фо] (24 марта 1926 года) —
    итальянский драматург"; ``person_ends``: where the sentence's persons' names end, ``defined``: where
    its posts found before it that are such posts end (so that a list is read once, item by item)."""
    if start > 1 and words[start - 1] in (",", "и"):
        return start - 1 in defined
    return start > 1 and words[start - 1] in _DASHES and (words[start - 2] == ")" or start - 1 in person_ends)


def _apposition_after_a_name(words: list[str], start: int, k: int, names: dict[int, Span]) -> bool:
    """Whether a bare post with its head at ``k`` is an apposition right after a person's name, after a
    comma or a bracket, their gloss in brackets or their age between or not, closed where its clause or the
    bracket ends or going on with "из", in the name's case: "[Коби Брайант], американский баскетболист,
    погиб", "[Юрген Бюссов] (бывший педагог, ...)", "[Иван Петров] (Ivan Petrov), 34 года, врач"; not a subject
    after someone else's name ("По словам [Стаса], актриса ...") nor a title opening a name ("[Абдулла],
    Папа Римский Бенедикт")."""
    if start < 1 or words[start - 1] not in (",", "(") \
            or k + 1 < len(words) and words[k + 1] not in _CLAUSE_ENDS and words[k + 1] != "из":
        return False  # where they come from may go with it: "[Марк], рабочий из цеха ..."
    end = _before_gloss(words, _before_age(words, start - 1))  # "[Иван Петров] (Ivan Petrov), 34 года, врач"
    person = next((t for t in names.values() if t.stop == end and t.type == "PER"), None)
    return person is not None and _in_posts_case(words[k], person)


def _inner_posts(doc: Doc, number: int, sentence: Sentence, names: dict[int, Span], head: int, stop: int,
                 organizations: list[Organization], places: _Places) -> list[_Post]:
    """The post of a person named in the genitive inside another post, between it and its holder:
    "пресс-секретарь [президента России] Владимира Путина Дмитрий Песков" gives Путин his own post,
    the last head the outer post governs with the words it governs up to his name. ``names``: the
    sentence's spans by their first token."""
    inner = names.get(stop)
    if inner is None or inner.type != "PER" or (after := names.get(inner.stop)) is None or after.type != "PER":
        return []
    words = sentence.words
    k = next((k for k in range(stop - 1, head, -1) if head_kind(words[k]) == ""), None)
    if k is None or not _case(words[k], "gent"):
        return []
    rules: list[str] = []
    end, complements = governed(words, k + 1, names, rules)
    if end != stop:
        return []
    post = _make(doc.text, number, sentence.tokens, words, k, k, stop, complements, doc.home, organizations, places,
                 names)
    doc.note("posts", "head word", post.mention.start, post.mention.stop, post.mention.text,
             f"the post «{post.title}» of a name inside another post; it governs: {', '.join(rules) or 'nothing'}")
    return [post]


def head_kind(word: str) -> Optional[str]:
    """What a word heads: a group (its lemma, "делегация"), a post (""), or nothing (None)."""
    return _head_kind(word) if lexicon.may_head(word) else None


@lru_cache(maxsize=morph.CACHE)
def _head_kind(word: str) -> Optional[str]:
    word = _unprefixed(word)
    group = lexicon.group_head(word)
    if group is not None:
        return group
    return "" if lexicon.is_post(word) and _noun(word) else None


def _unprefixed(word: str) -> str:
    """A post without "экс-", which says "former" ("Экс-премьера" is a premier's)."""
    return word[4:] if word[:4].lower() == "экс-" and len(word) > 5 else word


@lru_cache(maxsize=morph.CACHE)
def _a_things_modifier(before: str, head: str) -> bool:
    """Whether the adjective before a head agrees with it only as a thing, the homonym of the post:
    "мировая премьера", "масштабную премьеру" (a première; "нового премьера" is a premier's)."""
    nouns = [p for p in morph.parses(_unprefixed(head)) if p.tag.POS == "NOUN"]
    things = [p for p in nouns if "inan" in p.tag]
    if not things:
        return False
    adjectives = [p for p in morph.parses(before) if p.tag.POS in ("ADJF", "PRTF")]
    people = [p for p in nouns if "anim" in p.tag]
    return any(morph.agrees(a.tag, n.tag) for a in adjectives for n in things) \
        and not any(morph.agrees(a.tag, n.tag) for a in adjectives for n in people)


def _a_works_thing(words: list[str], k: int) -> bool:
    """Whether a head that is also a thing ("премьера": a première) governs, past its adjectives, the
    genitive of a work (data/words.tsv's work): "премьера новой постановки оперы", "премьеру фильма"
    are premières, "премьера правительства" a premier's."""
    if not any(p.tag.POS == "NOUN" and "inan" in p.tag for p in morph.parses(_unprefixed(words[k]))):
        return False
    at = k + 1
    while at < min(k + _WORK_REACH, len(words)) and morph.parses(words[at])[0].tag.POS in ("ADJF", "PRTF"):
        at += 1
    # in lower case: "аналитика [Романа] Коноплева" names a person, no novel
    return at < len(words) and words[at].islower() and any(
        p.tag.POS == "NOUN" and p.tag.case == "gent" and p.normal_form in _WORKS for p in morph.parses(words[at]))


_WORKS = lexicon.words("work")
_WORK_REACH = 4  # the head and the adjectives of the work: "новой оперной постановки"


def _attributive(words: list[str], k: int, names: dict[int, Span]) -> bool:
    """Whether a head at ``k`` that is a participle serving as a noun agrees, as an adjective, with
    the noun after it, and so is no post: "управляющая [компания]"; "заведующего [складом]" is a post,
    and so is one before a person's name ("заведующая [Анна] Смирнова") or before a preposition, whose
    rare reading as a noun ("по", "ПО") is not the word's ("Уполномоченный [по] правам человека")."""
    if k + 1 >= len(words) or k + 1 in names and names[k + 1].type == "PER":
        return False
    head, after = words[k], words[k + 1]
    if morph.parses(after)[0].tag.POS in _CHAIN_BREAKERS:
        return False
    participles = [p for p in morph.parses(head) if p.tag.POS == "PRTF"]
    if not participles or any(p.tag.POS == "NOUN" for p in morph.parses(head)):
        return False
    nouns = [p for p in morph.parses(after) if p.tag.POS == "NOUN"]
    return any(morph.agrees(a.tag, n.tag) for a in participles for n in nouns)


@lru_cache(maxsize=morph.CACHE)
def _animate_noun(word: str) -> bool:
    """A noun that may name a person: what a post's head is ("тренером"; not "визит", "клан")."""
    return any(p.tag.POS == "NOUN" and "anim" in p.tag for p in morph.parses(word))


def _noun(word: str) -> bool:
    """A noun, or an adjective serving as one ("управляющий"), first of all: "после" is a
    preposition before it is the locative of "посол"."""
    return morph.parses(word)[0].tag.POS not in ("PREP", "CONJ", "PRCL", "ADVB", "NPRO", "INTJ") or word.isupper()


def _modifiers_start(words: list[str], head: int, inside: set[int]) -> int:
    """Where the adjectives before a head begin: "[первый] заместитель", "[Чрезвычайный и Полномочный] Посол".
    They agree with the head: "начатую президентом" is no "начатый президент". "обязанности" opens
    none: without the participle "исполняющий" before it, it is a verb's object ("будет исполнять
    обязанности главы региона"), which a predicate's rules read."""
    heads = _head_tags(words[head])
    start = head
    while start > 0 and start - 1 not in inside:
        word = words[start - 1]
        if word.lower() in _ADDRESS_WORDS or _adjective(word, heads):
            start -= 1
        elif word == "и" and start > 1 and _adjective(words[start - 2], heads) and start < head:
            start -= 1
        else:
            break
    while start < head and morph.lemma(words[start]) in _OFFICES:
        start += 1
    return start


@lru_cache(maxsize=morph.CACHE)
def _head_tags(head: str) -> tuple:
    """The tags of a head as a noun, or as the participle serving as one when pymorphy3 knows it
    only as a form of its verb ("управляющим", "заведующая")."""
    parses = morph.parses(_unprefixed(head))
    return tuple(p.tag for p in parses if p.tag.POS == "NOUN") \
        or tuple(p.tag for p in parses if p.tag.POS in ("ADJF", "PRTF"))


def _adjective(word: str, heads: tuple) -> bool:
    """Whether a word is an adjective or a participle of a post's head: agreeing with it in case,
    and in gender when both are singular, read first as one ("первый", "генеральный"; not "[спроектированной]
    архитектором"), or read first as the noun it also serves as and agreeing with
    the head in case, number and gender ("[главного] тренера": "главное"; "[старший] научный
    сотрудник")."""
    parses = morph.parses(word)
    # a place's adjective in lower case is a modifier ("украинский предприниматель"), capitalised it may open a name
    names = _NAME_GRAMMEMES if word.islower() else _NAME_GRAMMEMES | {"Geox"}
    if not word.isalpha() or any(names & p.tag.grammemes for p in parses):
        return False
    first = parses[0].tag
    if first.POS in ("ADJF", "PRTF"):
        # in number they may differ: "российская и американская стороны", "два российских космонавта"
        return "Apro" not in first and any(p.tag.case == tag.case and (p.tag.number != tag.number or morph.agrees(p.tag, tag))
                                           for p in parses if p.tag.POS in ("ADJF", "PRTF") for tag in heads)
    return first.POS == "NOUN" and any(p.tag.POS == "ADJF" and _substantivised(parses[0].normal_form, p.normal_form)
                                       and morph.agrees(p.tag, tag) for p in parses for tag in heads)


_NAME_GRAMMEMES = frozenset({"Surn", "Name"})


def _substantivised(noun: str, adjective: str) -> bool:
    """Whether a noun is the adjective serving as one: "главное" of "главный", "старший" (not
    "дорога", which "дорогой" is a form of too)."""
    return noun[-2:] in _ADJECTIVE_ENDINGS and noun[:-2] == adjective[:-2]


_ADJECTIVE_ENDINGS = frozenset({"ый", "ий", "ой", "ая", "яя", "ое", "ее"})


def _case(word: str, case: str) -> bool:
    return word.isupper() and word.isalpha() or any(p.tag.case == case for p in morph.parses(word))


def _caseless(word: str) -> bool:
    """A name in Latin letters, whose case the text cannot show ("шеф концерна Volkswagen")."""
    return bool(re.fullmatch(r"[A-Za-z][\w&.'-]*", word))


def _capitals(word: str) -> bool:
    """An abbreviation in capitals, which does not decline, though the dictionary may read it as some
    word's form in another case ("проректор по науке [УрФУ]": "Урфа" in the accusative)."""
    return word.isalpha() and sum(c.isupper() for c in word) >= 2 and word[-1].isupper()


@dataclass
class _Chain:
    """The words a post's head governs, as the grammar's rules take them in: ``k`` is the next word."""

    words: list[str]
    names: dict[int, Span]  # the sentence's names by their first token
    head: int
    k: int
    governed: list[Span] = field(default_factory=list)  # the names taken in
    listing: bool = False  # inside "по вопросам A, B и C", where commas go on
    rules: list[str] = field(default_factory=list)  # the rules that took words, for explain


# What a grammar rule says of the words at ``chain.k``: they go on the chain (the rule moved
# ``chain.k`` past them), the chain ends there, or the rule has nothing to say.
GO, STOP, PASS = "go", "stop", None


def _see(chain: _Chain) -> Optional[str]:
    """A hierarch's see right after his title, in its case: "митрополит [Русенский]", "митрополита
    [Ленинградского и Новгородского]", "Патриарх [Московский и всея Руси]" (``names.see_stop``)."""
    words, k = chain.words, chain.k
    if k != chain.head + 1 or not is_hierarch(words[chain.head]):
        return PASS
    stop = see_stop(words, k)
    if stop == k:
        return PASS
    chain.k = stop
    return GO


def _quoted(chain: _Chain) -> Optional[str]:
    """A quoted name, declined or not: "директор «Росатома»", "газеты «Радикальная политика»"."""
    words, names, k = chain.words, chain.names, chain.k
    if words[k] not in _OPENING:
        return PASS
    close = next((j for j in range(k + 1, min(k + 12, len(words))) if words[j] in _CLOSING), None)
    if close is None or any(names.get(j) is not None and names[j].type == "PER" for j in range(k, close)):
        return STOP
    chain.governed += [t for j, t in names.items() if k <= j and t.stop <= close + 1 and t.type != "PER"]
    chain.k = close + 1
    return GO


def _legal_form(chain: _Chain) -> Optional[str]:
    """A company's legal form in capitals (data/legal_forms.txt) before its quoted name, which
    ner.LegalFormApart leaves out of the company's mention: "председатель правления [ПАО]
    «Газпром»"; the quoted name is the next rule's. A form the company's mention begins with is
    the name's rule's ("АО «НК «KAZAKH INVEST»", its quotes unbalanced)."""
    words, k = chain.words, chain.k
    if k + 1 < len(words) and words[k + 1] in _OPENING and k not in chain.names and lexicon.is_legal_form(words[k]):
        chain.k += 1
        return GO
    return PASS


def _named(chain: _Chain) -> Optional[str]:
    """A name in the genitive ("министр [Республики Беларусь]"), or in the instrumental after a
    commander ("главнокомандующий [Военно-Морским Флотом]"), in Latin letters, or a place in its
    own case after its descriptor ("района [Отрадное]", "земли [Гессен]"); a person's name ends the chain."""
    words, k, head = chain.words, chain.k, chain.head
    name = chain.names.get(k)
    if name is None:
        return PASS
    # a commander governs the instrumental, and the genitive too ("управляющий [Кембриджа]")
    cases = ("gent", "ablt") if k == head + 1 and _commands(words[head]) else ("gent",)
    named = name.type == "LOC" and k > head + 1 \
        and (lexicon.is_place_descriptor(words[k - 1]) or _kind_of_place(words[k - 1]))
    if name.type == "PER" or not (named or any(_case(words[k], case) for case in cases) or _caseless(words[k])
                                  or name.type == "ORG" and name.stop == k + 1 and _capitals(words[k])):
        return STOP
    chain.governed.append(name)
    chain.k = name.stop
    if chain.k < len(words) and words[chain.k] in _CLOSING and _OPENING & set(words[name.start:chain.k]):
        chain.k += 1  # the quotation the name opened: "РКК „Энергия“"
    return GO


@lru_cache(maxsize=morph.CACHE)
def _kind_of_place(word: str) -> bool:
    """Whether a word before a place's name in its own case may be the kind of place it is: a
    common noun in the genitive, the name its apposition ("министр финансов земли [Гессен]",
    "губернатор префектуры [Айти]"), though data/words.tsv's place descriptors lack it."""
    return word.islower() and any(p.tag.POS == "NOUN" and p.tag.case == "gent" and "inan" in p.tag
                                  for p in morph.parses(word))


def _commands(word: str) -> bool:
    """Whether a head governs the instrumental: a commander, by its lemma ("главнокомандующим"), or a
    participle serving as a noun, by its form ("заведующая [кафедрой]"), which has a verb for its lemma."""
    return word.lower().replace("ё", "е") in _COMMANDERS or morph.lemma(word) in _COMMANDERS


def _commanded(chain: _Chain) -> Optional[str]:
    """What a commander commands, right after it in the instrumental, its adjectives before it: "командующий
    [войсками] Сибирского военного округа", "командующего [Северо-Кавказским военным округом]", "заведующая
    [отделением] больницы", "управляющий [делами] администрации" (the genitives after it go on the chain)."""
    words, k = chain.words, chain.k
    if k != chain.head + 1 or not _commands(words[chain.head]):
        return PASS
    j = k
    while j < len(words) and j not in chain.names and _instrumental(words[j], "ADJF"):
        j += 1
    if j >= len(words) or j in chain.names or not _instrumental(words[j], "NOUN"):
        return PASS
    chain.k = j + 1
    return GO


@lru_cache(maxsize=morph.CACHE)
def _instrumental(word: str, pos: str) -> bool:
    """Whether a word of letters (a hyphen between or not) may be of that part of speech in the instrumental."""
    return word.replace("-", "").isalpha() and any(p.tag.POS == pos and p.tag.case == "ablt" for p in morph.parses(word))


def _abbreviation(chain: _Chain) -> Optional[str]:
    """An abbreviation in brackets, or a body's short name the tagger took as a name of its own:
    "Объединённого фронта за демократию против диктатуры (ОФДД)", "Федерального агентства морского и
    речного транспорта ([Росморречфлот])"."""
    words, names, k = chain.words, chain.names, chain.k
    short = names.get(k + 1)
    if words[k] == "(" and k + 2 < len(words) and words[k + 2] == ")" \
            and (words[k + 1].isupper() or short is not None and short.type == "ORG" and short.stop == k + 2):
        chain.k += 3
        return GO
    return PASS


def _listing(chain: _Chain) -> Optional[str]:
    """A comma between genitives after "по": "по вопросам экономики, финансов и ..."."""
    words, k = chain.words, chain.k
    if words[k] == "," and chain.listing and k + 1 < len(words) and _genitive_word(words[k + 1]) \
            and k + 1 not in chain.names and not lexicon.is_post(words[k + 1]):
        chain.k += 1
        return GO
    return PASS


def _preposition(chain: _Chain) -> Optional[str]:
    """"в"/"на" and a place where ("посол в [Республике Беларусь]"; not whither, "визите президента на
    [Курильские острова]"), "в"/"на" and a common noun before the
    holder's name ("полпреда президента РФ в округе Виктора Ишаева"), "по" and a dative phrase
    ("по развитию", "по государственным сборам") or a place ("МВД по [Башкирии]"), "при" and a name
    ("совета при [Торгово-промышленной палате]"), "в"/"на" and a body before the holder's name
    ("представитель России в [ООН] Виталий Чуркин"); any other "по", "в", "на", "при" ends the chain."""
    words, names, k = chain.words, chain.names, chain.k
    word = words[k]
    if word not in ("по", "в", "на", "при") or k + 1 >= len(words):
        return PASS
    target = names.get(k + 1)
    if word == "при" and target is not None and target.type != "PER":
        chain.governed.append(target)  # "член совета при [Торгово-промышленной палате]"
        chain.k = target.stop
        return GO
    if word in ("в", "на") and target is not None and target.type == "LOC" \
            and not _whither(words[k + 1]) and not _visitor(chain):
        chain.governed.append(target)
        chain.k = target.stop
        return GO
    after = names.get(k + 2)
    if word in ("в", "на") and target is None and after is not None and after.type == "PER" \
            and _case(words[k + 1], "loct") and words[k + 1].islower():
        chain.k += 2
        return GO
    if word in ("в", "на") and target is not None and target.type == "ORG" \
            and (holder := names.get(target.stop)) is not None and holder.type == "PER":
        chain.governed.append(target)  # "представитель России в [ООН] Виталий Чуркин"
        chain.k = target.stop
        return GO
    if word == "по" and target is not None and target.type == "LOC" and _case(words[k + 1], "datv"):
        chain.governed.append(target)  # "начальник управления по [Невскому району]": the area it serves
        chain.k = target.stop
        return GO
    if word == "по" and _case(words[k + 1], "datv") and words[k + 1].isalpha() and k + 1 not in names \
            and morph.lemma(words[k + 1]) not in _NO_DOMAIN:
        k += 1
        while k < len(words) and words[k].isalpha() and k not in names and _case(words[k], "datv") \
                and words[k] not in _FROM:  # "с" may read as a noun in the dative
            k += 1
        # and with whom, in the instrumental: "по связям [с общественностью]", "по работе [с зарубежными
        # партнёрами]", "по сотрудничеству [с Россией]" (a partner named, not the post's place nor body)
        if k + 1 < len(words) and words[k] in _FROM:
            quoted = words[k + 1] in _OPENING  # "по борьбе с [«Исламским государством»]"
            partner = names.get(k + 1 + quoted)
            if partner is not None and partner.type != "PER" and _case(words[partner.start], "ablt"):
                k = partner.stop + (quoted and partner.stop < len(words) and words[partner.stop] in _CLOSING)
            elif _with_whom(words, k + 1, names):
                k += 1  # its adjectives and one noun: not "по борьбе с пандемией [утром]"
                while k + 1 < len(words) and morph.parses(words[k])[0].tag.POS in ("ADJF", "PRTF") \
                        and _with_whom(words, k + 1, names):
                    k += 1
                k += 1
        chain.k, chain.listing = k, True
        return GO
    return STOP


_NO_DOMAIN = lexicon.words("no_domain")


def _with_whom(words: list[str], k: int, names: dict[int, Span]) -> bool:
    """A lower-case word in the instrumental, no name's: a domain's partner after "с"."""
    return words[k].isalpha() and words[k].islower() and k not in names and _case(words[k], "ablt")


def _visitor(chain: _Chain) -> bool:
    """Whether a visit's noun, past the adjectives before the post, governs the post: "к визиту
    [Главы государства] в Токио", "поездки [министра] в Пекин" go somewhere, and "в"/"на" with a place
    then says where to, which no form of the place shows when it does not decline."""
    names = {k for span in chain.names.values() for k in range(span.start, span.stop)}
    k = _modifiers_start(chain.words, chain.head, names) - 1
    return k >= 0 and morph.lemma(chain.words[k]) in _VISIT_NOUNS


_VISIT_NOUNS = frozenset(t.lemmas[0] for t in eventtypes.triggers() if t.type == "visit" and t.part == "noun")


def _whither(word: str) -> bool:
    """A place's first word after "в"/"на" that says whither, not where: "на Курильские острова", "в
    Москву" (a street's "на Вернадского" and an indeclinable "в Чили" say where)."""
    return not any(_case(word, case) for case in ("loct", "loc2", "gent"))


def _one_of(chain: _Chain) -> Optional[str]:
    """"из" after "одного" and the genitive it governs: "глава одного [из] пяти крупнейших кланов",
    "главой одной [из] районных администраций Уфы"."""
    words, k = chain.words, chain.k
    if words[k] == "из" and k - 1 > chain.head and morph.lemma(words[k - 1]) == "один" \
            and k + 1 < len(words) and _genitive_word(words[k + 1]):
        chain.k += 1
        return GO
    return PASS


def _elected_from(chain: _Chain) -> Optional[str]:
    """"от" and the place or party one is elected from: "сенатор от штата Аризона", "депутат от «Яблока»"."""
    words, names, k = chain.words, chain.names, chain.k
    if words[k] != "от" or k + 1 >= len(words):
        return PASS
    target = names.get(k + 1) or names.get(k + 2) if _genitive_word(words[k + 1]) else names.get(k + 1)
    if target is None or target.type == "PER":
        return STOP
    chain.governed.append(target)
    chain.k = target.stop
    return GO


def _and_genitive(chain: _Chain) -> Optional[str]:
    """"и" joining a second genitive or name to a complement: "министр связи и информатизации"; not
    a second post of the lexicon, with its adjectives or not: "руководителя Пограничной службы и
    [первого замдиректора] ФСБ", "бывший директор завода и [экс-министр] финансов"."""
    words, names, k = chain.words, chain.names, chain.k
    if words[k] == "и" and k + 1 < len(words) and (k + 1 in names and names[k + 1].type != "PER"
                                                   or _genitive_word(words[k + 1])) and _after_complement(chain) \
            and not _a_post_at(words, k + 1, names):
        chain.k += 1
        return GO
    return PASS


def _a_post_at(words: list[str], k: int, names: dict[int, Span]) -> bool:
    """Whether a post's head of the lexicon stands at ``k``, past the adjectives before it."""
    while k < len(words) and k not in names and words[k].isalpha() \
            and morph.parses(words[k])[0].tag.POS in ("ADJF", "PRTF"):
        k += 1
    return k < len(words) and k not in names and head_kind(words[k]) == ""


def _dash_apposition(chain: _Chain) -> Optional[str]:
    """A dash between two plural genitives, the second naming what the first are: "Форума стран [–]
    экспортёров газа", "Совета глав государств [–] членов ОДКБ"; not a dash before a title in
    another case, the holder's second one ("министр культуры – руководитель аппарата")."""
    words, names, k = chain.words, chain.names, chain.k
    if words[k] not in _DASHES or k + 1 >= len(words) or k + 1 in names or k - 1 <= chain.head \
            or not _plural_genitive(words[k - 1]) or not _plural_genitive(words[k + 1]):
        return PASS
    chain.k += 1
    return GO


def _plural_genitive(word: str) -> bool:
    return _genitive_word(word) and any(p.tag.case == "gent" and p.tag.number == "plur" and p.tag.POS == "NOUN"
                                        for p in morph.parses(word))


def _genitive_list(chain: _Chain) -> Optional[str]:
    """A comma inside a list of genitives that "и" closes: "министр культуры[,] спорта и
    туризма". The items are single words that name no one ("министр культуры, директора музеев
    и учителя" lists people, not the ministry's domains)."""
    words, k = chain.words, chain.k
    if words[k] != "," or not _item(words[k - 1]):
        return PASS
    j = k
    while j + 2 < len(words) and words[j] == "," and _item(words[j + 1]):
        j += 2
    if j > k and words[j] == "и" and j + 1 < len(words) and _item(words[j + 1]):
        chain.k += 1
        return GO
    return PASS


def _item(word: str) -> bool:
    return _genitive_word(word) and head_kind(word) is None and not _animate_noun(word)


def _holders_own(chain: _Chain) -> Optional[str]:
    """A post of the holder's own, in the head's case right before their name, past what the head
    governs, ends the chain with its adjectives: "командующего 58-й армии [генерал-лейтенанта] Анатолия
    Хрулёва" (a title stacked on the post, not a complement of it). Right after the head it is one
    ("заместителя [министра] Ивана Петрова")."""
    words, names, k, head = chain.words, chain.names, chain.k, chain.head
    cases = _head_cases(words[head])
    own = k
    while own + 1 < len(words) and own not in names and morph.parses(words[own])[0].tag.POS in ("ADJF", "PRTF"):
        own += 1  # its adjectives go with it: "многолетнего таджикского [лидера]"
    after = names.get(own + 1)
    if own == head + 1 or after is None or after.type != "PER" or own in names or head_kind(words[own]) != "":
        return PASS
    return STOP if _head_cases(words[own]) & cases else PASS


def _holders_rank(chain: _Chain) -> Optional[str]:
    """A rank before the holder's name, in the head's case, past what the head governs, ends the chain
    with its adjectives and the service it is of: "заместителя начальника отдела полиции № 4 [майора
    полиции] Ивана Петрова", "настоятеля собора [протоиерея] Ивана Петрова" (the holder's own rank,
    no complement of the post). Right after the head it is one ("помощника майора Ивана Петрова")."""
    words, names, k, head = chain.words, chain.names, chain.k, chain.head
    own = k
    while own + 1 < len(words) and own not in names and morph.parses(words[own])[0].tag.POS in ("ADJF", "PRTF"):
        own += 1  # "старшего [лейтенанта]"
    if own == head + 1 or own in names or morph.lemma(words[own]) not in _RANKS \
            or not _head_cases(words[own]) & _head_cases(words[head]):
        return PASS
    after = own + 1
    while after < len(words) and after not in names and after - own <= _RANK_SERVICE_WORDS \
            and _genitive_word(words[after]):
        after += 1  # the service: "полиции", "медицинской службы"
    person = names.get(after)
    return STOP if person is not None and person.type == "PER" else PASS


_RANKS = lexicon.words("rank")
_RANK_SERVICE_WORDS = 2  # "внутренней службы"


def _objects_own(chain: _Chain) -> Optional[str]:
    """A post of the person named after it in the accusative, which no genitive can be, ends the chain
    of a head that is no accusative, with its adjectives: "избрал своим председателем [бывшего
    губернатора] Санкт-Петербурга Валентину Матвиенко" (the verb's object and her post, not a
    complement of "председателем"). Right after the head it is one ("назначил помощником
    [губернатора] Анну Петрову"), as it is before a name that may be a genitive."""
    words, names, k, head = chain.words, chain.names, chain.k, chain.head
    own = k
    while own + 1 < len(words) and own not in names and morph.parses(words[own])[0].tag.POS in ("ADJF", "PRTF"):
        own += 1
    if own == head + 1 or own in names or head_kind(words[own]) != "" or not _may_stand_in(words[own], _ACCUSATIVE) \
            or _may_stand_in(words[head], _ACCUSATIVE):
        return PASS
    stop, _ = governed(words, own + 1, names)
    after = names.get(stop)
    if after is None or after.type != "PER":
        return PASS
    first = _WORD.findall(after.mention.text)[:1]
    return STOP if first and _may_stand_in(first[0], _ACCUSATIVE) and not _may_stand_in(first[0], _GENITIVE) \
        else PASS


_GENITIVE = frozenset({"gent"})


def _possessive(chain: _Chain) -> Optional[str]:
    """A possessive before the genitive of a thing it qualifies: "экс-президент [её] бизнес-подразделения",
    "глава [его] аппарата"; not before a being's ("назначил министром его сына": whose son), nor
    before an office, which another clause's verb governs ("тренера команды его обязанности исполняет")."""
    words, k = chain.words, chain.k
    if words[k].lower().replace("ё", "е") not in _POSSESSIVE or k + 1 >= len(words) or k + 1 in chain.names \
            or not _genitive_word(words[k + 1]) or _animate_noun(words[k + 1]) \
            or morph.lemma(words[k + 1].lower()) in _OFFICES:
        return PASS
    chain.k += 1
    return GO


def _latin_name(chain: _Chain) -> Optional[str]:
    """A name in Latin letters the tagger missed, after a body's noun it names: "главой подразделения
    [Windows]", "директор компании [Verizon Communications]"; not a person's, nor a Roman numeral
    (``_ordinal``)."""
    words, names, k = chain.words, chain.names, chain.k
    if k - 1 <= chain.head or k in names or not words[k][:1].isupper() or not _caseless(words[k]) \
            or _ORDINAL.fullmatch(words[k]) or not _genitive_word(words[k - 1]):
        return PASS
    while k < len(words) and k not in names and (words[k][:1].isupper() and _caseless(words[k]) or words[k].isdigit()):
        k += 1  # its number too: "климата [COP29]", "самолёта [Boeing 737]"
    chain.k = k
    return GO


def _abbreviated_place(chain: _Chain) -> Optional[str]:
    """A place's name after the abbreviation of its kind: "мэр [г. Пинска]", "части № 3 [г. Пинска]";
    before a name the tagger missed, the abbreviation ends the chain (not "мэр г")."""
    words, names, k = chain.words, chain.names, chain.k
    if k + 2 >= len(words) or words[k + 1] != "." or not words[k + 2][:1].isupper() \
            or not lexicon.is_place_descriptor(words[k]):
        return PASS
    name = names.get(k + 2)
    if name is None or name.type != "LOC":
        return STOP
    chain.governed.append(name)
    chain.k = name.stop
    return GO


def _numbered(chain: _Chain) -> Optional[str]:
    """A number a body's noun bears after it: "больницы [№ 17]", "отделения [№ 3]"."""
    words, k = chain.words, chain.k
    if words[k] != "№" or k + 1 >= len(words) or not words[k + 1][:1].isdigit() or k - 1 <= chain.head \
            or not _noun(words[k - 1]):
        return PASS
    chain.k += 2
    return GO


def _ordinal(chain: _Chain) -> Optional[str]:
    """An ordinal in figures, Arabic or Roman, before the genitive noun it goes with: "начальника [75-го]
    отдела", "советник юстиции [3-го] класса", "депутат [I] созыва"; not a date's day ("[1-го] сентября")."""
    words, k = chain.words, chain.k
    if not _ORDINAL.fullmatch(words[k]) or k + 1 >= len(words) or k + 1 in chain.names \
            or words[k + 1].lower() in _MONTHS or not _genitive_word(words[k + 1]):
        return PASS
    chain.k += 1
    return GO


_ORDINAL = re.compile(r"\d+-(?:го|ого|его|й|ой|ей)|[IVXLCDM]+")


def _adverb_of_adjective(chain: _Chain) -> Optional[str]:
    """An adverb before a genitive adjective or participle, which it qualifies: "лидер [крайне] правого
    Национального фронта", "директор [недавно] созданной компании"."""
    words, k = chain.words, chain.k
    if k + 1 < len(words) and _adverb(words[k]) and _genitive_modifier(words[k + 1]):
        chain.k += 1
        return GO
    return PASS


@lru_cache(maxsize=morph.CACHE)
def _adverb(word: str) -> bool:
    return word.isalpha() and morph.parses(word)[0].tag.POS == "ADVB"


@lru_cache(maxsize=morph.CACHE)
def _genitive_modifier(word: str) -> bool:
    """A word read first as an adjective or a participle, with a genitive reading."""
    parses = morph.parses(word)
    return parses[0].tag.POS in ("ADJF", "PRTF") and any(
        p.tag.case == "gent" and p.tag.POS in ("ADJF", "PRTF") for p in parses)


def _genitive(chain: _Chain) -> Optional[str]:
    """A word in the genitive: "заместитель [министра] [промышленности]"."""
    if _genitive_word(chain.words[chain.k]):
        chain.k += 1
        return GO
    return PASS


#: The post grammar: what a post's head governs, tried in order at each word until one takes it
#: or ends the chain; a word no rule takes ends it too.
GRAMMAR: list[tuple[str, Callable[[_Chain], Optional[str]]]] = [
    ("a hierarch's see", _see),
    ("a quoted name", _quoted),
    ("a company's legal form", _legal_form),
    ("a name", _named),
    ("what a commander commands", _commanded),
    ("an abbreviation in brackets", _abbreviation),
    ("a list after по", _listing),
    ("a preposition", _preposition),
    ("из after одного", _one_of),
    ("от and where one is elected", _elected_from),
    ("и and a genitive", _and_genitive),
    ("a dash between plural genitives", _dash_apposition),
    ("a list of genitives", _genitive_list),
    ("a post of the holder's own", _holders_own),
    ("a rank of the holder's own", _holders_rank),
    ("a post of an object named in the accusative", _objects_own),
    ("a possessive before a genitive", _possessive),
    ("a name in Latin letters", _latin_name),
    ("a place after its kind's abbreviation", _abbreviated_place),
    ("a number after its noun", _numbered),
    ("an ordinal in figures", _ordinal),
    ("an adverb of a genitive adjective", _adverb_of_adjective),
    ("a genitive", _genitive),
]


def governed(words: list[str], k: int, names: dict[int, Span], rules: Optional[list[str]] = None
             ) -> tuple[int, list[Span]]:
    """Where the words a head at ``k - 1`` governs end, and the names (spans by their first token)
    among them; ``rules``, if given, is told the name of each grammar rule that took words."""
    chain = _Chain(words, names, k - 1, k, rules=rules if rules is not None else [])
    while chain.k < len(words):
        for name, rule in GRAMMAR:
            said = rule(chain)
            if said is not PASS:
                break
        else:
            break  # no rule takes the word
        if said == STOP:
            break
        chain.rules.append(name)
    return chain.k, chain.governed


def _after_complement(chain: _Chain) -> bool:
    """Something stands between the head and this "и" (an "и" right after a head joins two posts,
    or a post and a person: "Премьер-министр и мисс Саймондс"): a genitive, a name, or a quoted one
    ("Нападающий «Реала» и сборной Португалии")."""
    k = chain.k
    return k - 1 > chain.head and (_genitive_word(chain.words[k - 1]) or chain.words[k - 1][:1].isupper()
                                   or chain.words[k - 1] in _CLOSING)


def _genitive_word(word: str) -> bool:
    """A word that can go on a genitive chain: a genitive noun, adjective or participle, unless
    its likeliest reading is a word of another kind, which ends the chain ("президент [с]",
    "руководитель [стали]", "глава [их]", "председатель [которой]")."""
    if not word.replace("-", "").isalpha():
        return False
    parses = morph.parses(word)
    if parses[0].tag.POS in _CHAIN_BREAKERS or morph.lemma(word) in _RELATIVES:
        return False
    return any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR") for p in parses)


# Parts of speech no genitive chain goes on through: prepositions, pronouns, verbs and the like.
_CHAIN_BREAKERS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "VERB", "INFN", "PRTS", "GRND", "ADVB", "INTJ", "PRED"})
_RELATIVES = lexicon.words("relative")


def _make(text, number, tokens: list[Token], words, start, head, stop, governed: list[Span], home: Optional[str],
          organizations: list[Organization], places: _Places, names: dict[int, Span]) -> _Post:
    while stop > head + 1 and words[stop - 1] in ("и", "по", "в"):
        stop -= 1
    country = None
    org = None
    place = None  # a place the post governs: "мэр [Москвы]", "президент [России]"
    kept = []  # token indices of the title
    countries = places.by_id
    named_countries = set()  # the positions of the countries it governs by name
    states = []  # every country the post governs: "президенты [России] и [Таджикистана]"
    for name in governed:
        entity = name.entity
        # a place after "в" or "по" is where the post serves ("посол в [Беларуси]", "МВД по
        # [Башкирии]"), neither its country nor its seat
        served = words[name.start - 1] in ("в", "по")
        if name.type == "LOC" and entity in countries and countries[entity].kind == "country" and not served:
            country = country or countries[entity].name
            states.append(countries[entity].name)
            named_countries.update(range(name.start, name.stop))
        elif name.type == "LOC" and name.stop == name.start + 1 and lexicon.shared_abbreviation(words[name.start]):
            # a country's abbreviation the text leaves open ("РК": Казахстан or Южная Корея) is a
            # country qualifier all the same, out of the title, though whose it is stays unsaid
            named_countries.add(name.start)
        elif name.type == "ORG" and org is None and entity is not None:
            org = entity
        if name.type == "LOC" and place is None and entity is not None and words[name.start - 1] != "по":
            place = entity
    skip = set(named_countries)
    seated = _seated_in_state(words[head])
    for k in [k for k in range(start, stop) if k != head]:
        # "российского президента", "глава российского государства": a country's adjective is the
        # post's country, not part of its title; it is the seat only of a state's post ("британский
        # премьер"), not of a profession ("французский писатель" works for no state)
        adjective_country = lexicon.country_adjective(words[k]) if words[k][:1].islower() or k == 0 else None
        if adjective_country:
            country = country or adjective_country
            if seated:
                place = place or places.named.get(adjective_country)
            skip.add(k)
    for k in range(start, stop):
        # "и" between two countries taken out of the title goes with them
        if k not in skip and not (words[k] in ("и", ",") and k - 1 in skip and k + 1 in skip):
            kept.append(k)
    acting = _acting_by_verb(words, start)
    opening = _acting_abbreviation(words, start)
    if opening < start:
        acting, start = "и.о. ", opening
    title = acting + _title(text, tokens, words, kept, head, governed, as_written=bool(acting))
    post = _Post(number, start, stop, head, title,
                 Mention(tokens[start].start, tokens[stop - 1].stop, text[tokens[start].start:tokens[stop - 1].stop]),
                 country=country, plural=any("plur" in p.tag for p in morph.parses(words[head])[:1]),
                 qualifiers=skip, states=tuple(dict.fromkeys(states)), former=_former(title),
                 role=morph.lemma(words[head]) in _ROLES)
    seat = _Seat(text, tokens, words, start, head, stop, governed, country or home, named_countries, organizations,
                 org, place, names, places.by_id)
    org, post.seat_rule = next(((found, name) for name, rule in SEAT_RULES if (found := rule(seat)) is not None),
                               (None, ""))
    if org is not None:
        post.org = org
        if post.country is None:
            post.country = _body(organizations, org).country if org.startswith("o") else None
    return post


class _Seat(NamedTuple):
    """What the rules finding a post's organisation see: its sentence's tokens and words, its
    first, head and past-last tokens, the names it governs, its country (else the release's), the
    positions of the countries it governs, the release's organisations, the first organisation
    and place it governs, the sentence's names and the release's places."""

    text: str
    tokens: list[Token]
    words: list[str]
    start: int
    head: int
    stop: int
    governed: list[Span]
    country: Optional[str]
    countries: set[int]
    organizations: list[Organization]
    body: Optional[str]
    place: Optional[str]
    names: dict[int, Span]  # the sentence's names by their first token
    locations: dict[str, Location]  # the release's places by id


def _governed_body(seat: _Seat) -> Optional[str]:
    """The first organisation the post governs: "председатель [Совета Федерации]"."""
    return seat.body


def _relative_antecedent(seat: _Seat) -> Optional[str]:
    """The body or place named right before the comma that opens the relative clause the post heads,
    governing "которого", "которой" or "которых", whose post it is: "компания «[Т-Платформы]», генеральный
    директор которой ...", "в [Омской области], губернатором которой ..."."""
    if not _opens_whose_clause(seat.words, seat.start, seat.stop):
        return None
    words = seat.words
    comma = seat.start - 1
    before = comma - 1 if words[comma - 1] in _CLOSING else comma
    body = next((t for t in seat.names.values() if t.stop == before), None)
    if body is None or body.type not in ("ORG", "LOC") or not body.entity:
        return None
    # the noun the pronoun agrees with: a quoted name's kind before it ("компания «Т-Платформы»"), else the
    # name's last word; not a place inside the antecedent ("в собрании в [Америке], президентом которого")
    noun = body.start - 2 if before < comma and body.start > 1 and words[body.start - 1] in _OPENING else before - 1
    return body.entity if _agrees_with_whose(words[noun], words[seat.stop].lower()) else None


def _agrees_with_whose(noun: str, whose: str) -> bool:
    """Whether a noun may be what "которого" (masculine or neuter), "которой" (feminine) or "которых"
    (plural) stands for, by its likeliest reading as a noun ("Германии" a country's, not "германий"'s); a
    word with no such reading (a Latin name) may be."""
    tag = next((p.tag for p in morph.parses(noun) if p.tag.POS == "NOUN"), None)
    return tag is None or bool(_WHOSE[whose] & tag.grammemes)


def _opens_whose_clause(words: list[str], start: int, stop: int) -> bool:
    """Whether the post from ``start`` to ``stop`` opens a relative clause after a comma, governing
    "которого", "которой" or "которых" right after it: ", генеральный директор которой"."""
    return start > 1 and words[start - 1] == "," and stop < len(words) and words[stop].lower() in _WHOSE


# the relative pronouns a post governs, by the grammemes of what they stand for
_WHOSE = {"которого": frozenset({"masc", "neut"}), "которой": frozenset({"femn"}), "которых": frozenset({"plur"})}


def _ministry(seat: _Seat) -> Optional[str]:
    """The ministry a minister heads, or a capitalised body the tagger missed (``_derived_org``)."""
    return _derived_org(seat.text, seat.tokens, seat.words, seat.head, seat.stop, seat.governed, seat.country,
                        seat.countries, seat.organizations)


def _lower_case_body(seat: _Seat) -> Optional[str]:
    """The organisation named elsewhere that the words the post governs name in lower case
    (``_named_elsewhere``): "спикер [палаты представителей]"."""
    if seat.stop > seat.head + 1 and seat.words[seat.head + 1].islower():
        return _named_elsewhere(seat.words[seat.head + 1:seat.stop], seat.organizations)
    return None


def _kind_named_before(seat: _Seat) -> Optional[str]:
    """The organisation named last before the post of the kind that the common noun closing it
    names (data/body_kinds.tsv), in the singular: "[Apple] объявила ... руководитель [компании]", "клуб
    «Арарат» ... президент нового [клуба]"; only after lower-case words, which name no body themselves,
    and with no body named right after them."""
    # "директоров обеих компаний" are of more than one; "совета директоров компании [Роснефть]": the
    # body is named after it, not before
    words = _lower_case_complement(seat, ("ORG",))
    if words is None:
        return None
    noun = morph.lemma(words[-1])
    kinds = lexicon.body_kind(noun)
    if not kinds:
        return None
    # an adjective of relation right before the noun narrows the kind to a sort, which a body named
    # with an adjective of its own must say too: "судья [апелляционного] суда" is of no "Верховный суд",
    # "пресс-секретарь [красноярского] суда" of no "Российский суд"; "спикер [верхней] палаты" may be
    # of "Совет Федерации"; one of quality or a pronoun does not narrow it ("нового клуба", "этой компании")
    sorts = []
    for word in reversed(words[:-1]):
        if morph.parses(word)[0].tag.POS != "ADJF":
            break
        if _relative_adjective(word):
            sorts.append(morph.lemma(word))
    at = seat.tokens[seat.start].start
    # a compound of another noun of its kind names a narrower one, a body it names before one of the
    # kind alone: "заместитель директора [авиакомпании]" is of "Авиакомпания «Аэрофлот»", not of the
    # "компания «Гражданские самолеты Сухого»" named between them
    narrower = [frozenset({noun})] if any(kind != noun and noun.endswith(kind) for kind in kinds) else []
    for named in narrower + [kinds]:
        last = max(((mention.stop, body.id) for body in seat.organizations for mention in body.mentions
                    if mention.stop <= at and _of_kind(seat.text, mention, named)
                    and all(_names_sort(mention.text, sort) for sort in sorts)), default=None)
        if last:
            return last[1]
    return None


def _lower_case_complement(seat: _Seat, named_after: tuple[str, ...]) -> Optional[list[str]]:
    """The words a post governs when they are lower-case words ending in a noun in the genitive
    singular, which may stand for a body or place named elsewhere ("директор [института]", "губернатор
    [области]"); None for any other, and when a name of a type of ``named_after`` follows them, which
    names it there."""
    words = seat.words[seat.head + 1:seat.stop]
    if not words or not all(word.isalpha() and word.islower() for word in words) \
            or not any(p.tag.case == "gent" and p.tag.number == "sing" for p in morph.parses(words[-1])):
        return None
    after = seat.names.get(seat.stop)
    return None if after is not None and after.type in named_after else words


def _relative_adjective(word: str) -> bool:
    """Whether a word is an adjective of relation, neither of quality nor a pronoun ("апелляционного",
    "красноярского"; not "нового", "этой")."""
    return _plain_adjective(word) and "Qual" not in morph.parses(word)[0].tag


def _names_sort(name: str, sort: str) -> bool:
    """Whether a body's name may be of the sort an adjective's lemma says: it holds the adjective, by
    its stem ("Апелляционный суд" for "апелляционный"), or no adjective at all ("Совет
    Федерации" for "верхний"; "Верховный суд" is of no sort "апелляционный")."""
    return sort[:-2] in name.lower() or not any(_plain_adjective(word.lower()) for word in _WORD.findall(name))


def _plain_adjective(word: str) -> bool:
    """Whether a word is an adjective, not a pronoun's ("Верховный", "Апелляционный"; not "Наш")."""
    tag = morph.parses(word)[0].tag
    return tag.POS == "ADJF" and "Apro" not in tag


def _of_kind(text: str, mention: Mention, kinds: frozenset[str]) -> bool:
    """Whether a mention of a body names it as one of ``kinds``: one of its words or of the two
    before it is, or ends with, one of them ("компании Apple", "футбольный клуб «Арарат»",
    "Сбербанк", "рок-группы «Алиса»")."""
    before = re.split(r"[.!?;:,()\n]", text[max(0, mention.start - 40):mention.start])[-1].split()[-2:]
    return any(morph.lemma(word.lower()).endswith(kind) for word in _WORD.findall(" ".join(before) + " " + mention.text)
               for kind in kinds)


def _kind_of_place_named_before(seat: _Seat) -> Optional[str]:
    """The place named last before the post of the kind that the common noun closing it names, as
    ``_governed_place`` gives a place named in the post: "губернатора [города]" (a place whose name
    holds no region's kind: Санкт-Петербург, Омск), "министр строительства [региона]" (a region),
    "губернатор [области]" (a place whose name holds "область"); data/words.tsv's region_kind,
    region_noun and city_noun. Only after lower-case words, in the singular, with no place named
    right after them ("главы региона — [Татарстана]" names it there)."""
    words = _lower_case_complement(seat, ("LOC",))
    if words is None or _honorary(seat.words[seat.start:seat.head], seat.words[seat.head]):
        return None
    kind = morph.lemma(words[-1])
    if kind not in _PLACE_NOUNS:
        return None
    at = seat.tokens[seat.start].start
    last = max(((mention.stop, place.id) for place in seat.locations.values() if place.kind != "country"
                for mention in place.mentions if mention.stop <= at and _place_of_kind(place.name, kind)),
               default=None)
    return last[1] if last else None


def _place_of_kind(name: str, kind: str) -> bool:
    """Whether a place's name names it as of the kind a common noun says (``_kind_of_place_named_before``);
    a region's common name is of the kind its full name says ("Татарстан" is a "республика",
    "Подмосковье" an "область", data/regions.tsv)."""
    full = lexicon.region_name(name) or name
    kinds = {morph.lemma(word.lower()) for word in _WORD.findall(full)} & _REGION_KINDS
    if kind in _CITY_NOUNS:
        # a city's name is capitalised word by word; a site's or a river's is not ("Красненькая речка")
        return not kinds and all(word[:1].isupper() for word in name.split())
    if kind in _REGION_NOUNS:
        return bool(kinds) or lexicon.region_country(name) is not None
    return kind in kinds


_REGION_KINDS = lexicon.words("region_kind")
_REGION_NOUNS = lexicon.words("region_noun")
_CITY_NOUNS = lexicon.words("city_noun")
_PLACE_NOUNS = _REGION_KINDS | _REGION_NOUNS | _CITY_NOUNS


def _national_team(seat: _Seat) -> Optional[str]:
    """A team the post names by a common noun (data/words.tsv's team) is a country's national team,
    whose seat is the country, as ``_governed_place`` gives it for "тренер сборной [России]": the
    country its adjective names ("капитан [сербской] команды"), else the one whose team the text
    named most often before the post, the latest of equals ("сборная [Италии] ... тренер национальной
    сборной"; "за сборную [Португалии] ... проиграла сборной Чили ... тренер сборной" is Portugal's, the
    rival named once); the country must be among the release's places."""
    # "команды [«Зенит»]", "сборной [России]": named there
    words = _lower_case_complement(seat, ("ORG", "LOC"))
    if words is None or morph.lemma(words[-1]) not in _TEAMS:
        return None
    countries = {place.name: place.id for place in seat.locations.values() if place.kind == "country"}
    for word in words[:-1]:
        if (country := lexicon.country_adjective(word)) is not None:
            return countries.get(country)
    at = seat.tokens[seat.start].start
    teams = [(stops, place.id) for place in seat.locations.values() if place.kind == "country"
             if (stops := [m.stop for m in place.mentions if m.stop <= at and _after_a_team(seat.text, m)])]
    best = max(teams, key=lambda team: (len(team[0]), max(team[0])), default=None)
    return best[1] if best else None


def _after_a_team(text: str, mention: Mention) -> bool:
    """Whether a country's mention names a team's: "сборная [Италии]", "команду [Сербии]"."""
    before = _LAST_WORD.search(text, 0, mention.start)
    return before is not None and morph.lemma(before.group(1).lower()) in _TEAMS


_TEAMS = lexicon.words("team")
_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")


def _governed_place(seat: _Seat) -> Optional[str]:
    """No body being found, the place the post governs is its seat: the state for a president, the
    city for a mayor (as factRuEval's occupations have it); not for an honorary title, which no
    body confers on its holder as its member ("народный артист [России]")."""
    if seat.place is None or _honorary(seat.words[seat.start:seat.head], seat.words[seat.head]):
        return None
    return seat.place


def _honorary(modifiers: list[str], head: str) -> bool:
    """An honorary title: a profession (not an office) that "народный", "заслуженный" qualify
    ("народный артист", "заслуженный деятель искусств"; "народный депутат" is an office)."""
    return any(word.lower() in _HONORARY for word in modifiers) and not lexicon.is_office(head)


_HONORARY = lexicon.words("honorary")


def _body_served_in(seat: _Seat) -> Optional[str]:
    """The organisation named right after a post given as a predicate, in the instrumental, after
    "в" or "на" ("работал артистом в [Татарском академическом театре]", "станет фотографом в журнале
    [Time Out Melbourne]"), or right after its holder's name and "из" ("математик Уильям Гауэрс из
    [Кембриджского университета]", "баскетболист Деррик Роуз из команды [Chicago Bulls]"): where the
    holder works. Not after a preposition governing the post ("встреча с президентом в [Кремле]"),
    nor for a state's post, whose seat is its state."""
    words, names, k = seat.words, seat.names, seat.stop
    if _seated_in_state(words[seat.head]):
        return None
    holder = names.get(k)
    if holder is not None and holder.type == "PER":
        k, wanted = holder.stop, ("из",)
    elif _case(words[seat.head], "ablt") and (seat.start == 0 or words[seat.start - 1].lower() not in _PREPOSITIONS):
        wanted = ("в", "на")
    else:
        return None
    if k >= len(words) or words[k] not in wanted:
        return None
    # a common noun or two may name the body's kind before its name: "в журнале", "из команды"
    at = next((j for j in range(k + 1, min(k + 4, len(words))) if j in names or not words[j].isalpha()
               or not words[j].islower()), None)
    if at is not None and words[at] in _OPENING:
        at += 1  # "из китайского «Хэбэй Форчун»"
    body = names.get(at) if at is not None else None
    return body.entity if body is not None and body.type == "ORG" else None


# How a post's organisation is found, in order: the first rule finding one names it.
SEAT_RULES: list[tuple[str, Callable[[_Seat], Optional[str]]]] = [
    ("a body it governs", _governed_body),
    ("«которого» after it: the body before the comma", _relative_antecedent),
    ("the ministry of its minister, or a body it names", _ministry),
    ("a body named elsewhere in lower case", _lower_case_body),
    ("the last body of its kind named before", _kind_named_before),
    ("the place it governs", _governed_place),
    ("the last place of its kind named before", _kind_of_place_named_before),
    ("a national team's country", _national_team),
    ("the body named after в, на or its holder and из", _body_served_in),
]

_GOVERNED_BODY = next(name for name, rule in SEAT_RULES if rule is _governed_body)


def _ministry_named_before(by_person: dict[str, list[_Post]], organizations: list[Organization], doc: Doc) -> None:
    """A bare minister's post, which names no domain ("Министр отметил", "Первый вице-министр Ержан
    Саматов", "замминистра"), is of the ministry the release named last before it, by name or as a
    minister's ("Министр энергетики РК ..."), when that ministry is of the country the post names,
    else of the release's own: a ministry's release names its own officials so, and the guideline
    gives them its ministry. ``by_person``: the posts each person named holds, once every post alone
    has found its holder. Not a former minister's ("бывший министр"), who need not have served the
    ministry the release speaks of, nor the post of one who holds another in a body or place ("аким
    области"): a bare title beside it is more often another person's."""
    ministries = {o.id for o in organizations if _a_ministry(o)}
    if not ministries:
        return
    named = sorted([(m.start, o.id) for o in organizations if o.id in ministries for m in o.mentions]
                   + [(p.mention.start, p.org) for held in by_person.values() for p in held if p.org in ministries])
    for held in by_person.values():
        if any(p.org is not None and not p.former for p in held):
            continue
        for post in held:
            if not post.plural and not post.former and _bare_minister(post.title):
                _of_ministry_before(post, named, organizations, doc)


def _of_ministry_before(post: _Post, named: list[tuple[int, str]], organizations: list[Organization],
                        doc: Doc) -> None:
    """Gives a bare minister's post the ministry of ``named`` (the ministries' mentions and ministers'
    posts in text order) last before it, of its country (``_ministry_named_before``)."""
    at = bisect.bisect_left(named, (post.mention.start, ""))
    if not at:
        return
    body = _body(organizations, named[at - 1][1])
    wanted = post.country or doc.home  # the country the post names, else the release's
    if body.country is not None and wanted is not None and body.country != wanted:
        return
    post.org, post.country = body.id, post.country or body.country
    doc.note("posts", _MINISTRY_BEFORE, post.mention.start, post.mention.stop, post.mention.text,
             f"«{post.title}» of {body.id}")


_MINISTRY_BEFORE = "a bare minister's post: the ministry of its country named last before it"


def _body_it_serves(by_person: dict[str, list[_Post]], organizations: list[Organization], places: _Places,
                    doc: Doc) -> None:
    """A post that names no body, whose holder serves one kind of body or place (data/serving_posts.tsv:
    "судья" a court, "нападающий" a club, "губернатор" a region), is of the one body or place of that
    kind its sentence names ("[Центральный районный суд] приговорил ... Однако судья Оксана Белова"
    names none; "Руководство клуба «[Кубань]» расстаётся с главным тренером Юрием Красножаном"), else,
    its sentence naming none, of the one the release's lead (its first two sentences) names: a release
    about one court, club or region. None when either names more than one ("«Зенит» обыграл «Спартак»:
    нападающий ..."). A post whose head governs one such post alone in the genitive serves what that
    post's holder does ("заместитель губернатора", "советник мэра": the region, the city); none with
    more words after its head, which ``SEAT_RULES`` read."""
    sentences = doc.sentences
    lead = (sentences[0].start, sentences[min(1, len(sentences) - 1)].stop) if sentences else (0, 0)
    for held in by_person.values():
        for post in held:
            if post.org is not None or post.plural or post.stop > post.head + 2:
                continue
            sentence = sentences[post.sentence]
            if post.stop == post.head + 1:
                # a participle serving as a noun has the verb for its lemma ("нападающим": нападать); the
                # bare post's title ends in its head's nominative ("нападающий")
                noun = lexicon.served_by(morph.lemma(sentence.words[post.head])) \
                    or lexicon.served_by(post.title.split()[-1])
            else:
                noun = _served_by_whom(sentence.words[post.head + 1])
            if noun is None:
                continue
            found = _one_of_kind(noun, (sentence.start, sentence.stop), organizations, places, doc.text)
            if found == "":
                found = _one_of_kind(noun, lead, organizations, places, doc.text)
            if found:
                post.org = found
                doc.note("posts", _SERVED, post.mention.start, post.mention.stop, post.mention.text,
                         f"«{post.title}» of {found}")


def _served_by_whom(word: str) -> Optional[str]:
    """The kind of body or place a post in the genitive serves, which the post governing it serves too
    ("заместитель [губернатора]": a region); None for a word in another case or no such post."""
    return lexicon.served_by(morph.lemma(word)) if _case(word, "gent") else None


def _one_of_kind(noun: str, span: tuple[int, int], organizations: list[Organization], places: _Places,
                 text: str) -> Optional[str]:
    """The id of the one body or place of the kind a common noun names that the text names within
    ``span`` (``_body_it_serves``); "" when it names none, None when more than one (two names of one
    body counting as one)."""
    start, stop = span
    kinds = lexicon.body_kind(noun)
    if kinds:
        found = {body.id: body.name for body in organizations for mention in body.mentions
                 if start <= mention.start and mention.stop <= stop and _of_kind(text, mention, kinds)}
    else:
        found = {place.id: place.name for place in places.by_id.values() if place.kind != "country"
                 and _place_of_kind(place.name, noun)
                 and any(start <= mention.start and mention.stop <= stop for mention in place.mentions)}
    if not found:
        return ""
    # two names of one body the entities stage kept apart ("Хамовнический суд", "Хамовнический районный
    # суд Москвы") are one: the fullest, when every other's words are among its own
    fullest = max(found, key=lambda ref: len(found[ref]))
    words = set(_WORD.findall(found[fullest].lower()))
    if all(set(_WORD.findall(name.lower())) <= words for name in found.values()):
        return fullest
    return None


_SERVED = "a post naming no body: the one body of the kind it serves its sentence or lead names"


def _a_ministry(body: Organization) -> bool:
    """Whether a body is a ministry: its name, or the full name of its abbreviation, says so."""
    return any(name and name.split(" ")[0].lower() == "министерство" for name in (body.name, body.full_name))


def _bare_minister(title: str) -> bool:
    """Whether a title is a minister's naming no domain: it ends with a minister's word (words.tsv
    ``minister``): "министр", "первый вице-министр", "заместитель министра"."""
    return morph.lemma(title.split(" ")[-1]) in _MINISTERS


def _named_elsewhere(words: list[str], organizations: list[Organization]) -> Optional[str]:
    """The organisation named elsewhere in the release that the words a post governs name in lower
    case, in the nominative: "спикер [палаты представителей]" of "Палата представителей"."""
    if not all(word.isalpha() for word in words):
        return None
    if len(words) == 1:  # a noun alone: its lemma ("глава [рады]" of "Рада")
        name = morph.lemma(words[0])
    elif any(o.name.lower().endswith(" " + words[-1].lower()) for o in organizations):
        # the words after the first stay as written in the nominative: only a name ending as they do may be it
        name = normalise.phrase_name(words, None).lower()
    else:
        return None
    return next((o.id for o in organizations if o.name.lower() == name), None)


@lru_cache(maxsize=morph.CACHE)
def _seated_in_state(head: str) -> bool:
    """Whether a post's head may have a state for its seat: a state's post ("президент", "премьер",
    data/state_posts.tsv) or a head of one ("лидер", "глава"); not a profession ("писатель")."""
    lemma = morph.lemma(_unprefixed(head))
    return lexicon.seats_in_state(lemma) or lexicon.what_it_heads(lemma) is not None or lemma in _HEADING


def _title(text: str, tokens: list[Token], words: list[str], kept: list[int], head: int, governed: list[Span],
           as_written: bool = False) -> str:
    """The post's title: its head and adjectives in the nominative singular, lower case; the
    governed words as written, but for post words that govern more ("заместитель министра
    связи"), which are lower-cased too; proper names keep their capitals. ``as_written``: the head
    and adjectives too, lower case, for the post an acting one governs ("исполняющий обязанности
    [главы региона]")."""
    head_word = _unprefixed(words[head])
    head_parse, agent = _head_reading(head_word, [words[k] for k in kept if k < head])
    gender = "masc" if agent else head_parse.tag.gender
    names = {k for name in governed for k in range(name.start, name.stop)}
    acting = -1 if as_written else _governor(words, kept[0], head)
    see = see_stop(words, head + 1) if is_hierarch(words[head]) else head + 1
    out = []
    for i, k in enumerate(kept):
        word = words[k]
        if head < k < see and word[:1].isupper() and (parse := _adjective_reading(word)) is not None:
            # a see's adjective agrees with its title: in the nominative, with its capital
            word = _capitalised(_inflect(parse, _SINGULAR | {gender or "masc"}) or word, word)
        elif k == acting != head:
            # "временно исполняющим обязанности первого заместителя": the participle in the
            # nominative, the post it governs as written
            parse = next(p for p in morph.parses(word) if p.tag.POS == "PRTF")
            word = _inflect(parse, _SINGULAR | {parse.tag.gender}) or word
        elif k == head and acting == head and not _fused_deputy(head_word):
            word = words[head][:len(words[head]) - len(head_word)] + (agent or _inflect(head_parse, _SINGULAR)
                                                                     or head_word)
        elif k < acting and word.lower() not in _ADDRESS_WORDS and word != "и":
            parse = _adjective_reading(word)
            wanted = _SINGULAR | ({gender} if gender and parse and parse.tag.gender else set())
            word = (parse and _inflect(parse, wanted)) or word
        following = kept[i + 1] if i + 1 < len(kept) else None
        post_word = lexicon.is_post(words[k]) and k not in names and following is not None \
            and words[following] not in ("по", "в")
        if k <= head or post_word:
            word = word.lower()
        out.append(word)
    spaces = [text[tokens[k].stop:tokens[n].start] if n == k + 1 else " " for k, n in zip(kept, kept[1:])]
    return "".join(w + s for w, s in zip(out, spaces + [""])).strip()


def _head_reading(word: str, before: list[str]):
    """The reading of a post's head its title is made from, and the nominative of a masculine
    agent noun the dictionary does not give (else None). A post is held by a person, so the head is
    read as animate: a post word's animate reading ("Премьера" is a premier's genitive, not a
    première), else an animate reading its adjectives agree with ("знаменитого палеогенетика" is a
    палеогенетик, not the science); where no reading agrees with them, a word ending as the oblique
    case of a masculine agent noun does ("-ик", "-ист", "-олог": data/words.tsv agent_suffix) is one
    ("ведущего биоинформатика": биоинформатик)."""
    parses = morph.parses(word)
    post = next((p for p in parses if "anim" in p.tag and lexicon.is_post(p.normal_form)), None)
    if post is not None or "anim" in parses[0].tag:
        return post or parses[0], None
    adjectives = [readings for readings in ([p for p in morph.parses(w) if p.tag.POS in ("ADJF", "PRTF")]
                                            for w in before) if readings]
    if not adjectives:
        return parses[0], None

    def agrees(case: str, gender: str, number: str) -> bool:
        return all(any(a.tag.case == case and a.tag.number == number and a.tag.gender in (gender, None)
                       for a in readings) for readings in adjectives)

    # a surname's reading is no post's ("городской голова" is no Голов)
    agreeing = [p for p in parses if agrees(p.tag.case, p.tag.gender, p.tag.number)
                and not {"Surn", "Name", "Patr"} & p.tag.grammemes]
    if agreeing:
        return next((p for p in agreeing if "anim" in p.tag), parses[0]), None
    for ending, cases in _AGENT_ENDINGS:
        stem = word[:-len(ending)].lower()
        if word.endswith(ending) and stem.endswith(_AGENT_SUFFIXES) and any(agrees(c, "masc", "sing") for c in cases):
            return parses[0], stem
    return parses[0], None


# the oblique singular endings of a masculine noun of the second declension, with their cases
_AGENT_ENDINGS = (("а", ("gent", "accs")), ("у", ("datv",)), ("ом", ("ablt",)), ("е", ("loct",)))
_AGENT_SUFFIXES = tuple(lexicon.words("agent_suffix"))


def _capitalised(form: str, word: str) -> str:
    """An inflected form with the capitals of the word it was made from, part by part of a
    hyphenated one ("Сергиево-Посадского": Сергиево-Посадский)."""
    parts, capitals = form.split("-"), [part[:1].isupper() for part in word.split("-")]
    if len(parts) != len(capitals):
        capitals = [True] + [False] * (len(parts) - 1)
    return "-".join(p[:1].upper() + p[1:] if capital else p for p, capital in zip(parts, capitals))


def _governor(words: list[str], start: int, head: int) -> int:
    """The word of a post that agrees with its holder: its head, or the participle of an acting
    post ("временно [исполняющий] обязанности губернатора")."""
    return next((k for k in range(start, head) if words[k].lower() in _ADDRESS_WORDS
                 and morph.parses(words[k])[0].tag.POS == "PRTF"), head)


def _adjective_reading(word: str):
    """The reading of a post's adjective that its title puts in the nominative: of its adjective
    and participle readings, first one that may be no neuter (a post's holder is a person: "нового
    главы" is "новый глава", "федерального судьи" a "федеральный судья", though pymorphy3 reads the
    neuter first where a head of common gender leaves it open), then a qualitative one where two
    adjectives share the form ("временным директором" is a "временный", not the "временной" of time),
    but the one names use where the text writes only the other's (words.tsv name_adjective: "основного
    владельца" is an "основной", not the "основный" of chemistry), else pymorphy3's order."""
    readings = [p for p in morph.parses(word) if p.tag.POS in ("ADJF", "PRTF")]
    return min(readings, key=lambda p: (p.tag.gender == "neut", p.normal_form not in _NAME_ADJECTIVES,
                                        "Qual" not in p.tag), default=None)


_NAME_ADJECTIVES = lexicon.words("name_adjective")


@lru_cache(maxsize=morph.CACHE)
def _inflect(parse, wanted: frozenset) -> Optional[str]:
    form = parse.inflect_on_stem(wanted) or parse.inflect_on_stem(wanted - {"sing"})
    return form.word if form else None


_MINISTERS = lexicon.words("minister")


def _derived_org(text, tokens, words, head, stop, governed, country, countries: set[int],
                 organizations: list[Organization]) -> Optional[str]:
    """The ministry a minister heads, named as the text names it ("министр обороны" → "Министерство
    обороны", "министр энергетики Казахстана" → "Министерство энергетики Казахстана": the guideline's
    fullest form found in the text, no country it does not say), the first of coordinated countries'
    ("министры энергетики Казахстана и США"); or a capitalised body the tagger missed, with the
    country after it ("Премьер Госсовета КНР" → "Госсовет КНР"). ``countries`` are the positions of
    the countries the post governs."""
    minister = next((k for k in range(head, stop) if morph.lemma(words[k]) in _MINISTERS), None)
    mentions: tuple[Mention, ...] = ()  # a ministry named only through its minister has no mention
    if minister is not None and minister + 1 < stop:
        end = stop
        first = min((k for k in countries if k > minister), default=None)
        if first is not None:
            end = first + 1
            while end in countries:
                end += 1
        # a count names no ministry's domain: "министры энергетики [двух стран]"
        end = next((k for k in range(minister + 2, end) if morph.parses(words[k])[0].tag.POS == "NUMR"), end)
        while end > minister + 1 and words[end - 1] in ("и", ","):
            end -= 1
        if end == minister + 1:
            return None  # "министра и двух вице-премьеров": no domain, no ministry
        name = "Министерство " + text[tokens[minister + 1].start:tokens[end - 1].stop]
    elif is_hierarch(words[head]):
        return None  # a hierarch's see is no body: "митрополит Ленинградский"
    else:
        names = {name.start: name.stop for name in governed}
        end = head + 1
        while end < stop and end not in names and words[end][:1].isupper() and not lexicon.is_post(words[end]):
            end += 1
        if end == head + 1 or _place_goes_on(words, end):
            return None
        if end in names and country:  # "Госсовета КНР": the country completes the body's name
            end = names[end]
        name = normalise.phrase_name(words[head + 1:end], None)
        mentions = (Mention(tokens[head + 1].start, tokens[end - 1].stop,
                            text[tokens[head + 1].start:tokens[end - 1].stop]),)
    return entities.add_body(organizations, name, mentions, country if minister is not None else None)


def _place_goes_on(words: list[str], at: int) -> bool:
    """The capitalised adjective before token ``at`` goes on through lower-case adjectives to a noun
    of a kind of place (words.tsv place_descriptor): it begins a place's name the tagger missed, not
    a body's ("Губернатором [Ненецкого] автономного округа", "губернатора [Краснодарского] края")."""
    if morph.parses(words[at - 1])[0].tag.POS not in ("ADJF", "PRTF"):
        return False
    k = at
    while k < len(words) and _adjective_form(words[k]):
        k += 1
    return k < len(words) and words[k].islower() and lexicon.is_place_descriptor(words[k])


def _body(organizations: list[Organization], ref: str) -> Organization:
    """The organisation ``ref`` names: ids are "o1", "o2", ... in list order (``entities``
    numbers them so and ``entities.add_body`` appends the next), so no search is needed."""
    body = organizations[int(ref[1:]) - 1]
    assert body.id == ref, (body.id, ref)
    return body


# ---------------------------------------------------------------- linking


class _Near(NamedTuple):
    """What a post's linking rules see: its sentence's words, the persons named in it by their
    first and past-last tokens, its posts by their first token, the persons named in the sentences
    just before, and the one named first in the last sentence naming anyone."""

    words: list[str]
    starts: dict[int, Span]
    stops: dict[int, Span]
    posts: dict[int, _Post]
    ends: dict[int, _Post]  # its posts by their past-last token
    replacing: list[int]  # where its words naming whom a holder replaced stand ("сменил", "вместо")
    subject: Optional[Span]  # the person named first in the last sentence before it that names anyone
    opens: bool  # whether that person opens their sentence as its subject (``_opens_sentence``)
    # the persons named in the sentences a pronoun may reach back to, in text order; when they name
    # no one, the person named last before them
    recent: list[Span]


def _person_after(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person named right after the post, an honorific or an age between them or not: "Министр ...
    [Кирилл Залесский]", "Посол ... г-н [Александр Ламбсдорф]", "экс-премьер 68-летний [Милош
    Земан]"; a plural post names everyone
    listed after it: "министры [А] и [Б]", as does a head that may be plural before a list of names
    in the nominative: "актрисы [Анна Смирнова], [Мария Петрова] и ..." (not "роль актрисы [Анны
    Смирновой], [Марии Петровой]"), or past a noun describing them after a post in the nominative
    ("командир экипажа [канадец] Кристофер Хэдфилд"). A surname alone in another case than a
    nominative post's is whom the post is of, not its holder ("Советник [Трампа]"), who is then
    the person named next ("Помощник президента [Путина] [Юрий Ушаков]")."""
    at = _past_address(near.words, _past_latin_gloss(near.words, post.stop))
    governor = near.words[_governor(near.words, post.start, post.head)]
    after = near.starts.get(at) or _named_after_origin(near.words, near.starts, at) \
        or ("nomn" in _head_cases(governor) and _past_description(near, at) or None)
    if after is not None and (_of_whom(governor, after) or _whose_before_holder(post, governor, after, near)):
        after = near.starts.get(after.stop)
    if after is not None and _held_by_the_subject(post, governor, after, near):
        return None
    if after is None or not _agrees(governor, after) or _appointee_of_act(post, after, near.words):
        return None
    chain = [after]
    while (k := _past_origin(near.words, _past_gloss(near.words, chain[-1].stop))) + 1 in near.starts \
            and near.words[k] in (",", "и"):
        chain.append(near.starts[k + 1])
    # the first name tells the list's case (normalise may misread a later foreign one: "Мира Сорвино")
    nominative = _as_written(chain[0]) and not any(map(_oblique, chain[1:]))
    if len(chain) > 1 and (post.plural or _may_be_plural(governor) and nominative):
        return [t.entity for t in chain if t.entity]
    if _only_plural(governor) and not _one_of_them(post, near.words) \
            and ("nomn" in _head_cases(governor) or _renamed(after)):
        # a plural post before one name is whose they are ("Адвокаты [Берлускони] обжалуют", "врачей
        # [Ивана Петрова]"), unless the name is in the nominative after a genitive one: "большинство
        # боксёров [Анджело Роттоли] начинал"
        return None
    return [after.entity] if after.entity else []


def _held_by_the_subject(post: _Post, head: str, person: Span, near: _Near) -> bool:
    """Whether a post in the instrumental that a predicate gives is held by the predicate's subject
    named before it (or "он", "она", "который" standing for them), so that a name right after the
    post is whose post it is, however it declines: "[Анна Попова], работавшая заместителем
    [Онищенко]", "он является советником [Л. Фокса]" (not "назначен первым заместителем министра
    [Иван Петров]", with no subject before)."""
    if not _case(head, "ablt"):
        return False
    holders = next((found for rule in _SUBJECT_RULES if (found := rule(post, near))), None)
    return bool(holders) and person.entity not in holders


def _whose_before_holder(post: _Post, head: str, person: Span, near: _Near) -> bool:
    """Whether a name right after a post's head is whom the post is of, as another name follows it
    with nothing between, its holder's, in the head's case: "Врач [Хиллари Клинтон] Лиза Бардек",
    "адвокат [Гибсона] Стивен Колодни" (a foreign name does not show its genitive), "смерть
    советника [Путина] Михаила Лесина" (both in an oblique case, the head too)."""
    holder = near.starts.get(person.stop)
    if holder is None:
        return False
    if "nomn" in _head_cases(head):
        return _as_written(holder)
    # not after a kin noun, whose genitive post and name say whose kin the second name is: "дочь
    # президента Нурсултана Назарбаева Даригу"
    after_kin = post.start > 0 and morph.lemma(near.words[post.start - 1]) in _KIN
    return _renamed(person) and _renamed(holder) and not after_kin


def _past_gloss(words: list[str], k: int) -> int:
    """Past a short note in brackets that may follow a name at ``k``: its Latin letters "Люсиль Гарсия
    (Lucile Garcia)", a country "Томас Бах (Германия)", a band "Юрий Царёв (проект «Метро»)"."""
    if k < len(words) and words[k] == "(":
        close = next((j for j in range(k + 1, min(k + 8, len(words))) if words[j] == ")"), None)
        if close is not None and close > k + 1:
            return close + 1
    return k


def _past_latin_gloss(words: list[str], k: int) -> int:
    """Past the name in Latin letters, in brackets, of the body a post governs, standing between the
    post and its holder's name: "президент Фонда прав человека (Human Rights Foundation) [Тор
    Халворссен]"; ``k`` without one."""
    past = _past_gloss(words, k)
    inside = words[k + 1:past - 1]
    if past > k and any(word.isalpha() for word in inside) and not any(_CYRILLIC.search(word) for word in inside):
        return past
    return k


_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def _one_of_them(post: _Post, words: list[str]) -> bool:
    """Whether a plural post follows "один из", which makes it one person's: "один из [основателей НТВ]"."""
    return post.start > 1 and words[post.start - 1] == "из" and morph.lemma(words[post.start - 2]) == "один"


@lru_cache(maxsize=morph.CACHE)
def _only_plural(head: str) -> bool:
    """Whether a post's head can only be a plural ("адвокаты", "врачей"; not "директора", "судьи")."""
    nouns = [p for p in morph.parses(_unprefixed(head)) if p.tag.POS == "NOUN"]
    return bool(nouns) and all("plur" in p.tag for p in nouns)


@lru_cache(maxsize=morph.CACHE)
def _may_be_plural(head: str) -> bool:
    """Whether a post's head may be a nominative plural ("актрисы", "директора")."""
    return any(p.tag.POS == "NOUN" and {"plur", "nomn"} <= p.tag.grammemes for p in morph.parses(_unprefixed(head)))


def _as_written(person: Span) -> bool:
    """Whether a name stands in the nominative as normalise reads it: named as written."""
    return person.name is not None and _WORD.findall(person.name) == _WORD.findall(person.mention.text)


def _appointee_of_act(post: _Post, person: Span, words: list[str]) -> bool:
    """Whether the name after the post of an act's author is in the nominative, so the subject the
    act appoints, not the author: "Указом Президента [Иван Петров] назначен" (not "Указом
    Президента [Ивана Петрова]")."""
    return post.start > 0 and morph.lemma(words[post.start - 1]) in _ACTS and person.name is not None \
        and _WORD.findall(person.name) == _WORD.findall(person.mention.text)


_ACTS = lexicon.words("act")


def _past_address(words: list[str], k: int) -> int:
    """Past an honorific ("г-н", "сэр") and an age ("75-летний") standing before a name at ``k``."""
    if k < len(words) and words[k].lower() in _HONORIFICS:
        k += 1
    if k < len(words) and _AGE.fullmatch(words[k]):
        k += 1
    return k


def _named_after_origin(words: list[str], starts: dict[int, Span], k: int) -> Optional[Span]:
    """The person named after where they come from or whom they stand for, at ``k``: "из" or "от"
    and a proper name, then the name, an age between or not ("хирург из Конго [Денис Муквеге]",
    "активиста из Гонконга 23-летнего [Натана Лау]", "депутат от «Справедливой России» [Илья
    Пономарёв]"); not past a common noun ("министр от партии ..."). ``starts``: the persons' names
    by their first token."""
    if k + 2 >= len(words) or words[k].lower() not in _ORIGIN or not words[k + 1][:1].isupper() \
            and words[k + 1] not in _OPENING:
        return None
    for i in range(k + 2, min(k + _ORIGIN_WORDS + 2, len(words))):
        if i in starts:
            return starts[i]
        if not (words[i][:1].isupper() or words[i] in _OPENING | _CLOSING or words[i] == "-"):
            return starts.get(_past_address(words, i))
    return None


def _past_origin(words: list[str], k: int) -> int:
    """Past where a person named in a list comes from or stands for, at ``k``: "из" or "от" and a
    proper name of a few words ("сенаторы Рэнд Пол [из Кентукки] и Марко Рубио"); ``k`` without one."""
    if k + 1 < len(words) and words[k].lower() in _ORIGIN and words[k + 1][:1].isupper():
        j = k + 1
        while j < len(words) and j - k <= _ORIGIN_WORDS and words[j][:1].isupper():
            j += 1
        return j
    return k


_ORIGIN = frozenset({"из", "от"})
_ORIGIN_WORDS = 4  # the longest proper name of a place or a party passed over


_AGE = re.compile(r"\d+-летн(?:ий|его|ему|им|ем|яя|ей|юю)", re.IGNORECASE)


def _agrees(head: str, person: Span) -> bool:
    """Whether a name may stand in a case of an oblique post's head, as a holder named after the
    post agrees with it: each word of a name with a patronymic ("Указом Президента [Воронцов Глеб
    Аркадьевич] освобождён" names no president: "Глеб", "Аркадьевич" are no genitives), a word of a
    name that normalise put in the nominative ("стал советником [Ивана Петрова]" names whose adviser,
    not the adviser; one word will do, as pymorphy3 may not know a foreign word's cases: "Хамида
    Карзая"). Any other name is not judged: a foreign name does not decline, and pymorphy3 reads its
    short words as common ones ("Мин")."""
    cases = _head_cases(head)
    words = _WORD.findall(person.mention.text)
    if not cases or "nomn" in cases:
        return True
    if any(map(is_patronymic, words)):
        return all(_may_stand_in(word, cases) for word in words)
    return not _renamed(person) or any(_may_stand_in(word, cases) for word in words)


def _may_stand_in(word: str, cases: frozenset[str]) -> bool:
    return any(p.tag.case and p.tag.case[:4] in cases for p in morph.parses(word))


def _renamed(person: Span) -> bool:
    """Whether normalise named each word of a name otherwise than written: it stands in an oblique case."""
    if person.name is None:
        return False
    written, named = _WORD.findall(person.mention.text), _WORD.findall(person.name)
    return bool(written) and len(written) == len(named) and all(w != n for w, n in zip(written, named))


def _of_whom(head: str, person: Span) -> bool:
    """Whether a person named after a post's head is whom the post is of: after a head that can
    only be a nominative ("Советник"), a surname alone, or a name of several words each of which,
    that normalise named otherwise than written (an oblique case: "Трампа" is "Трамп", "Дональда
    Трампа" "Дональд Трамп"). A name with a word as written, or initials, is left to its holder:
    normalise may misread the case of a foreign name ("Мэтью Брайза") or of a surname alone
    ("Э. Чернова")."""
    if _head_cases(head) != {"nomn"} or person.name is None:
        return False
    written, named = _WORD.findall(person.mention.text), _WORD.findall(person.name)
    whole = person.stop - person.start == 1 or len(written) >= 2 and len(written) == person.stop - person.start
    return whole and len(written) == len(named) and all(w != n for w, n in zip(written, named))


_WORD = re.compile(r"[^\W\d_][\w-]+")  # a name's words of two letters or more


@lru_cache(maxsize=morph.CACHE)
def _head_cases(head: str) -> frozenset[str]:
    """The cases a post's head noun may stand in; a "зам-" compound of a genitive does not decline
    ("замначальника", "замгубернатора": any case, which the dictionary does not always know)."""
    word = _unprefixed(head)
    if _fused_deputy(word):
        return _ALL_CASES
    return frozenset(p.tag.case[:4] for p in morph.parses(word) if p.tag.POS == "NOUN" and p.tag.case)


def _fused_deputy(word: str) -> bool:
    """Whether a word is "зам" fused with a post's genitive singular, which does not decline and is its own
    nominative ("замначальника", "замминистра"; not "заместитель", nor "зампред", a noun of its own)."""
    lower = word.lower()
    return lower[:3] == "зам" and lower[:6] != "замест" and len(lower) > 5 and any(
        p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "sing" and "anim" in p.tag
        for p in morph.parses(lower[3:]))


_ALL_CASES = frozenset(("nomn", "gent", "datv", "accs", "ablt", "loct"))


def _next_posts_person(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person of the post right after it, past a dash, a comma or "и", or an age: "Заместитель
    Председателя Правительства – полномочный представитель ... Юрий Трутнев", "председатель совета
    ..., академик РАН Александр Клименко", "режиссёр, продюсер и актёр Иван Петров", "Ведущий
    телеканала 59-летний журналист Дмитрий Киселёв"; not one in another case right after it, which is
    no second title of one person ("Указом [президента] начальником управления назначен Иван Петров":
    the decree's issuer, not the appointee)."""
    words = near.words
    joined = post.stop < len(words) and words[post.stop] in _DASHES | {",", "и"}
    nxt = near.posts.get(post.stop + 1 if joined else _past_address(words, post.stop))
    if nxt is not None and not joined and _other_cases(words[post.head], words[nxt.head]):
        return None
    if nxt is not None and nxt.holders and (not joined or words[post.stop] != "," or near.starts.get(nxt.stop)
                                            or _one_list(post, nxt, near) or _one_subjects_titles(post, near)) \
            and not _of_other_states(post, nxt):
        return list(nxt.holders)
    return None


def _other_cases(head: str, other: str) -> bool:
    """Whether two posts' head nouns can share no case ("президента", "начальником"; not "замначальника
    Генштаба генерал-лейтенант", which ``_head_cases`` reads in any)."""
    mine, theirs = _head_cases(head), _head_cases(other)
    return bool(mine and theirs) and not mine & theirs


def _one_subjects_titles(post: _Post, near: _Near) -> bool:
    """Whether a post in the nominative and those after it, joined by commas and "и", are the titles of
    the one subject named at the list's end, its predicate after the name being singular: "Художественный
    руководитель театра, актриса и режиссёр [Анна Смирнова] впала в кому" (several persons' posts take a
    plural one: "министр финансов, министр спорта и глава банка [Иван Петров] выступили")."""
    words = near.words
    items = _list_around(post, near)
    name = near.starts.get(items[-1].stop)
    if name is None or not _as_written(name) or not _case(words[_governor(words, post.start, post.head)], "nomn"):
        return False
    k = name.stop
    while k < len(words) and _adverbial(words[k].lower()):
        k += 1
    if k >= len(words):
        return False
    tag = morph.parses(words[k])[0].tag
    return tag.POS == "VERB" and tag.number == "sing"


def _of_other_states(post: _Post, nxt: _Post) -> bool:
    """Whether two posts name different states, and so are two persons' however they are joined: "[премьер-министр]
    Эфиопии и президент Эритреи Исайяс Афеверки", "[министр] иностранных дел России и госсекретарь США Майк
    Помпео"."""
    return bool(post.states and nxt.states and not set(post.states) & set(nxt.states))


def _coordinated_title(post: _Post, near: _Near) -> Optional[list[str]]:
    """A bare title joined by "и" to the next one, which governs a body's name, is a post in that body too,
    of the same person: "президент и председатель правления [ПАО «Транснефть»] Денис Марков",
    "президент и главный исполнительный директор [Yahoo!] Марисса Майер"; not after a dash past the
    name, where a bare title may be a trade, no post in a body ("[Иван Петров] — политик и лидер партии")."""
    words = near.words
    nxt = near.posts.get(post.stop + 1) if post.stop < len(words) and words[post.stop] == "и" else None
    if nxt is None or not nxt.holders or nxt.seat_rule != _GOVERNED_BODY or post.org is not None \
            or post.stop != post.head + 1:
        return None  # not a ministry its minister's title makes ("премьер-министр и министр иностранных дел")
    if not any(k >= nxt.stop and span.entity in nxt.holders for k, span in near.starts.items()):
        return None
    post.org, post.country = nxt.org, post.country or nxt.country
    return list(nxt.holders)


def _one_list(post: _Post, nxt: _Post, near: _Near) -> bool:
    """Whether a post and the next one after a comma are items of one list of bare titles that "и"
    closes right before a name, the posts of the one person it names: "режиссёр, продюсер, сценарист
    и писатель [Иван Петров]", "народный артист России, сценарист и кинорежиссёр [Иван Петров]" (a
    country is no complement). Posts with complements ("министр финансов, министр экономики и ...")
    may be several persons'."""
    words, items = near.words, _list_around(post, near)
    items = items[items.index(post):]
    joins = [words[p.stop] for p in items[:-1]]
    return len(items) > 2 and joins[-1] == "и" and all(join == "," for join in joins[:-1]) \
        and items[-1].stop in near.starts and all(_bare(p) for p in items)


def _bare(post: _Post) -> bool:
    """Whether a post governs nothing but the country taken out of its title ("сценарист", "народный
    артист России")."""
    return all(k in post.qualifiers for k in range(post.head + 1, post.stop))


def _kins_complement(post: _Post, near: _Near) -> Optional[list[str]]:
    """A post in the genitive after a kin noun says whose kin the person named next is, in another
    case, not their post: "крестница художника [Анна Смирнова]" (no artist), "встретил дочь действующего
    президента [Иванку Трамп]"; named in the genitive, the person holds it ("сын президента [Ивана
    Петрова]"), and so does one named after a post in apposition to the kin noun (``_apposed``). So for
    each of a list of posts after the kin noun: "дочь писателя, актёра и режиссёра [Мария Шукшина]",
    and past where they come from: "сын миллиардера из Макао [Марио Хо]"."""
    items = _list_around(post, near)
    first, last = items[0], items[-1]
    kin = near.words[first.start - 1] if first.start else ""
    if morph.lemma(kin) not in _KIN or not _case(near.words[post.head], "gent"):
        return None
    at = _past_address(near.words, last.stop)
    after = near.starts.get(at) or _named_after_origin(near.words, near.starts, at)
    if after is None or not _no_genitive(after) or _apposed(kin, near.words[first.head], after):
        return None
    return []


def _list_around(post: _Post, near: _Near) -> list[_Post]:
    """The posts of the list a post is an item of, joined by commas and "и", in their order; the
    post alone when it is in none."""
    words = near.words
    items = [post]
    while items[0].start > 0 and words[items[0].start - 1] in (",", "и") and len(items) < _LIST_REACH:
        before = near.ends.get(items[0].start - 1)
        if before is None:
            break
        items.insert(0, before)
    while items[-1].stop + 1 < len(words) and words[items[-1].stop] in (",", "и") \
            and items[-1].stop + 1 in near.posts and len(items) < 2 * _LIST_REACH:
        items.append(near.posts[items[-1].stop + 1])
    return items


# the most items of a list of posts its rules read either side of one: a list of one person's titles
# or of a few persons' posts is far shorter, and reading all of a longer one for each of its items
# would make a sentence of thousands of posts quadratic
_LIST_REACH = 32


def _apposed(kin: str, head: str, person: Span) -> bool:
    """Whether a post's head may stand in apposition to a kin noun and the name after it, all three
    in one case and the first two of one gender, the one person ("с супругой танцовщицей [Матильдой]"),
    rather than as the kin noun's genitive ("дочь президента [Иванку Трамп]", "супруга экс-президента
    [Ливия Клаусова]", though "супруга" may be a husband's genitive)."""
    words = _WORD.findall(person.mention.text)
    named = {p.tag.case for p in morph.parses(words[0])} if words else set()
    return any(k.tag.case == h.tag.case and k.tag.case in named and h.tag.gender in (k.tag.gender, None, "ms-f")
               for k in morph.parses(kin) if k.tag.POS == "NOUN"
               for h in morph.parses(_unprefixed(head)) if h.tag.POS == "NOUN")


def _no_genitive(person: Span) -> bool:
    """Whether a name's first word cannot be a genitive ("Анна", "Иванку"; not "Анны", nor a foreign
    "Мишель" or "Ким", which do not decline, nor a foreign name the dictionary does not know ending in
    a vowel that no declension ends a nominative in: "Бейонсе", "Кэрри")."""
    words = _WORD.findall(person.mention.text)
    if not words or words[0][-1].lower() in _INDECLINABLE_ENDINGS and not morph.known(words[0]):
        return False
    cases = {p.tag.case for p in morph.parses(words[0]) if p.tag.case}
    return bool(cases) and not cases & {"gent", "gen2"}


_INDECLINABLE_ENDINGS = frozenset("еиоуюэ")


def _person_after_dash(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person after a dash, an age between or not, the name closing the clause, when the post
    opens it: "Министр обороны — [Ицунори Онодэра];", "Режиссёр фильма — [Иван Петров], продюсер —
    ..."; or, inside a clause, a name in the post's case, which the dash sets in apposition to it:
    "Среди погибших водитель автобуса — 47-летний [Сергей Кубасов], имевший ...", "нейтрализация
    капитана команды — [Здено Хары]." (not "встреча с министром — [Иван Петров]," in another case); or
    a name in the nominative its predicate follows, the post opening the clause: "Адвокат потерпевшего —
    [Иван Петров] посчитал, что ..."."""
    words = near.words
    if post.stop >= len(words) or words[post.stop] not in _DASHES:
        return None
    after = near.starts.get(_past_address(words, post.stop + 1))
    if after is None or not after.entity:
        return None
    opens = post.start == 0 or words[post.start - 1] in _OPENERS
    governor = words[_governor(words, post.start, post.head)]
    if after.stop < len(words) and words[after.stop] not in _CLAUSE_ENDS and not (
            opens and "nomn" in _head_cases(governor) and _as_written(after) and _predicate_next(words, after.stop)):
        # not closing the clause, the name is its subject, the post opening it in apposition to it:
        # "Адвокат потерпевшего — [Иван Петров] посчитал, что ..."
        return None
    if not opens and not _in_posts_case(governor, after):
        return None
    return [after.entity]


def _in_posts_case(head: str, person: Span) -> bool:
    """Whether a name stands in a case of a post's head: as written after a head that may be a
    nominative, otherwise than written after an oblique one (``_agrees`` judges which case)."""
    if "nomn" in _head_cases(head):
        return _as_written(person)
    return not _as_written(person) and _agrees(head, person)


_OPENERS = frozenset({",", ";", ":", "(", "\n"})  # what a clause opens after, besides the sentence's start
_CLAUSE_ENDS = frozenset({",", ";", ".", "!", "?", "(", ")", "\n"})


def _such_as(post: _Post, near: _Near) -> Optional[list[str]]:
    """A plural post after "такой", then ", как" and a list of names, names each of them as one:
    "такие музыканты, как [Колин Дэвис] (Великобритания), [Валерий Гергиев] (Россия)", "концерты
    таких исполнителей, как [Элтон Джон], [Марк Энтони] и ..."."""
    words = near.words
    if not post.plural or post.start == 0 or words[post.stop:post.stop + 2] != [",", "как"] \
            or morph.lemma(words[post.start - 1]) != "такой":
        return None
    named, k = [], post.stop + 2
    while (person := near.starts.get(k)) is not None and len(named) < _LIST_REACH:
        if person.entity:
            named.append(person.entity)
        k = _past_gloss(words, person.stop) + 1
        if words[k - 1:k] not in ([","], ["и"]):
            break
    return named or None


def _and_others(post: _Post, near: _Near) -> Optional[list[str]]:
    """A plural post after "и другие" closing a list of names names each of them as one: "картины
    Пикассо, Дали, [Поля Сезанна] и других художников", "[Иван Петров], [Олег Смирнов] и другие
    министры"."""
    words = near.words
    k = post.start - 1
    if not post.plural or k < 2 or words[k - 1] != "и" or morph.lemma(words[k]) != "другой":
        return None
    named, end = [], k - 1
    while (person := near.stops.get(_before_gloss(words, end))) is not None and len(named) < _LIST_REACH:
        if person.entity:
            named.append(person.entity)
        end = person.start - 1
        if end < 1 or words[end] != ",":
            break
    return named[::-1] or None


def _plural(post: _Post, near: _Near) -> Optional[list[str]]:
    """A plural post names no one person: "..., официальными представителями"."""
    return [] if post.plural else None


def _one_of_many(post: _Post, near: _Near) -> Optional[list[str]]:
    """A plural post after "один из" is one person's: the one named right before it, a comma between
    ("[Иван Петров], один из руководителей компании"), or the subject of the predicate before "один"
    ("[Иван Петров] является одним из директоров банка", "[Анна Смирнова], которая стала одной из
    ведущих телеканала")."""
    words = near.words
    if not post.plural or not _one_of_them(post, words):
        return None
    one = post.start - 2
    before = near.stops.get(one - 1) if one > 1 and words[one - 1] == "," else None
    if before is not None:
        return [before.entity] if before.entity else None
    said_of = replace(post, start=one)  # the predicate's rules read the words before "один"
    return next((found for rule in _SUBJECT_RULES if (found := rule(said_of, near))), None)


def _verb_then_person(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person a verb names after the post, an honorific, an age or another post of theirs between
    them or not: "капитаном стал [Михаель Баллак]", "Режиссёром картины станет [Оксана Карас]",
    "генеральным секретарём назначен 75-летний [Адзума Косииси]", "Мэром города избран бывший
    баскетболист [Дэйв Бинг]"; past a noun describing them after an instrumental post ("Тренером
    стал американец [Дэвид Сало]")."""
    stop = _verb_group(near.words, post.stop, 1)
    if stop is None or _sought(post, near.words) or _noun_complement(post, near.words):
        return None
    return _named_after_verb(post, near, stop)


def _named_after_verb(post: _Post, near: _Near, stop: int) -> Optional[list[str]]:
    """The person a predicate giving a post names from ``stop``, the word after it on."""
    stacked = near.posts.get(stop) or near.posts.get(_past_address(near.words, stop))
    if stacked is None and stop + 1 < len(near.words) and near.words[stop].lower() in _POSSESSIVE:
        stacked = near.posts.get(stop + 1)  # whose deputy: "назначена [его] заместитель Ирина Трофимова"
    if stacked is not None and stacked.holders:
        # "Начальником штаба назначен [генерал-майор] Иван Петров", "… назначен 69-летний [экономист] …"
        return list(stacked.holders)
    later = near.starts.get(_past_address(near.words, stop))
    if later is None and _case(near.words[_governor(near.words, post.start, post.head)], "ablt"):
        later = _past_description(near, stop)  # the predicate's instrumental: "Тренером стал [американец] ..."
    return [later.entity] if later is not None and later.entity else None


def _verb_past_adjuncts(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person named after the predicate of an instrumental post opening its sentence, past the
    adjuncts between them, an aside in commas among them: "Временно исполняющим обязанности
    губернатора до вступления в должность лица, избранного губернатором, назначен [Андрей Коровин]",
    "Ректором университета на пять лет утверждён [Иван Петров]". Not past a name ("Директором
    [Иван Петров] назначен ...": its own rules) nor past a comma left open (another clause)."""
    words = near.words
    if any(wordlike(words[j]) for j in range(post.start)) \
            or not _case(words[_governor(words, post.start, post.head)], "ablt"):
        return None
    commas = 0
    for k in range(post.stop, len(words)):
        if k in near.starts:
            return None
        if words[k].lower() in _APPOINTED and commas % 2 == 0:
            return _named_after_verb(post, near, _verb_group(words, k, 1))
        commas += words[k] == ","
    return None


def _past_description(near: _Near, k: int) -> Optional[Span]:
    """The person named in the nominative after a common noun describing them that is no post, with
    its adjectives or an age, at ``k``: "тренером стал [американец] Дэвид Сало", "назначен 45-летний
    [единоросс] Игорь Донато", "становится [националист] Ольянта Умала"; not one named in another
    case, whose the noun is ("министром стал сосед Ивана Петрова"), nor after a kin term ("стал
    брат Петрова"). A post there is the person's own, which the stacked post gives."""
    words = near.words
    while k < len(words) and k not in near.starts and (_AGE.fullmatch(words[k]) or _adjective_form(words[k])):
        k += 1
    if k >= len(words) or k in near.starts or not _person_noun(words[k]) or morph.lemma(words[k]) in _KIN \
            or head_kind(words[k]) is not None:
        return None
    after = near.starts.get(k + 1)
    return after if after is not None and _as_written(after) else None


def _adjective_form(word: str) -> bool:
    return word.isalpha() and word.islower() and morph.parses(word)[0].tag.POS in ("ADJF", "PRTF")


@lru_cache(maxsize=morph.CACHE)
def _person_noun(word: str) -> bool:
    """A lower-case animate noun in the nominative singular ("американец", "экономист")."""
    return word.isalpha() and word.islower() and any(
        p.tag.POS == "NOUN" and "anim" in p.tag and _SINGULAR <= p.tag.grammemes for p in morph.parses(word)[:1])


def _sought(post: _Post, words: list[str]) -> bool:
    """Whether the post is an office a common noun before it seeks, which its subject does not hold:
    "Кандидатом на пост [мэра] стал ...", "претендентом на должность [директора]" (a verb's "назначен
    на пост [мэра]" gives it, and "на посту" says whose place one takes: "преемником Петрова на посту
    [министра] станет ...")."""
    k = post.start
    while k > 0 and morph.lemma(words[k - 1]) in _OFFICES:
        k -= 1
    return 1 < k < post.start and words[k - 1] == "на" and _case(words[k], "accs") \
        and (words[k - 2].islower() or k == 2) \
        and morph.parses(words[k - 2])[0].tag.POS == "NOUN"


def _noun_complement(post: _Post, words: list[str]) -> bool:
    """Whether the post is no predicate but the complement of a common noun before it, and no
    instrumental: "на выборах [главы МВФ] был управляющий банком ..." names a candidate, not the
    head (a post's own word or an acting one keeps it: "На должность [министра] назначен ...",
    "Исполняющим обязанности [главного тренера] назначен ...")."""
    k = post.start
    return k > 0 and words[k - 1].islower() and morph.lemma(words[k - 1]) not in _OFFICES \
        and words[k - 1].lower() not in _ADDRESS_WORDS \
        and all(p.tag.POS == "NOUN" for p in morph.parses(words[k - 1])) and not _case(words[post.head], "ablt")


def _person_then_verb(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person a verb before the post speaks of: "[Андрей Кикоть] назначен первым заместителем
    ...", "[Варичев] в 2005 году был назначен заместителем ...", "[Маккаррик] стал кардиналом", a
    gloss in brackets after the name or not ("[Тодд Коумс] (Todd Combs) станет менеджером"); not a
    name in an oblique case, which is no subject: "Указом Президента [Владимира Путина]
    назначен министром ..." names the author of the act, not the appointee."""
    start = _predicate_start(near.words, post)
    holder = _named_subject(near, start, post.start) if start is not None else None
    return [holder] if holder else None


def _named_subject(near: _Near, start: int, stop: int) -> Optional[str]:
    """The person named right before the predicate whose words are ``start + 1`` to ``stop``, past what
    may stand between a subject and its predicate (``_past_gap``), as its subject: not in an oblique
    case, in the predicate's gender; None when none is."""
    before = near.stops.get(_before_gloss(near.words, _past_gap(near, start) + 1))
    if before is None or not before.entity or _oblique(before) \
            or not _agrees_in_gender(before, near.words, start, stop):
        return None
    return before.entity


def _agrees_in_gender(person: Span, words: list[str], start: int, stop: int) -> bool:
    """Whether a person's name may be the subject of the predicate between ``start`` and ``stop``:
    its verbs tell no gender ("является", "станет"), or the name's, or the name tells none."""
    wanted = _predicate_gender(words, start, stop)
    return wanted is None or _name_gender(person) in (wanted, None)


def _predicate_start(words: list[str], post: _Post) -> Optional[int]:
    """The word before the predicate that gives a post (``_verb_group``), past a possessive right
    before the post, whose it is of ("являлся [его] капитаном", "стала [её] редактором"); None with
    no such predicate."""
    k = _past_superlative(words, post.start) - 1
    if k > 0 and words[k].lower() in _POSSESSIVE:
        k -= 1
    return _verb_group(words, k, -1)


def _past_superlative(words: list[str], start: int) -> int:
    """Back past a word making a superlative of the adjective a post opens with (words.tsv
    ``superlative``), which the post's adjectives do not take in: "стал [самым] молодым премьером",
    "— [самый] молодой глава правительства"; ``start`` without one."""
    return start - 1 if start > 0 and morph.lemma(words[start - 1]) in _SUPERLATIVE else start


_SUPERLATIVE = lexicon.words("superlative")


def _predicate_gender(words: list[str], start: int, stop: int) -> Optional[str]:
    """The gender the predicate's verbs between ``start`` and ``stop`` give its subject ("был
    назначен": masc), None when none tells."""
    return next((g for word in words[start + 1:stop] if (g := _verb_gender(word))), None)


def _past_gap(near: _Near, k: int) -> int:
    """Walking left from ``k``, past what may stand between a subject and its predicate: a span of
    time ("долгое время", "четыре года", "в течение пяти лет", "с 2002 года", "в 2010—2011 годах"), a
    month, adverbs, a word in the locative after "в", "на" ("[Ричард Бах] в молодости был пилотом", "в
    Москве"), and an aside between commas with no verb and no name in it ("[Хироси Амано], родившийся в
    1960 году, сейчас занимает ...", "[Стивен Бенджамин], адвокат из Ричмонда, является ..."); the word
    before them."""
    words = near.words
    while k >= 0 and k + 1 not in near.stops:
        word = words[k].lower()
        if morph.lemma(word) in _SPANS_OF_TIME and k > 0 and _counts(words[k - 1]):
            k -= 2  # the span and what counts it: "четыре года", "долгое время"
            if k > 0 and (words[k - 1].lower(), words[k].lower()) in _DURING:
                k -= 2  # "в течение пяти лет", "на протяжении четырёх лет"
            elif k >= 0 and words[k].lower() in _SINCE_UNTIL and _year(words[k + 1]):
                k -= 1  # a year it holds since or until: "с 2002 года", "до 2010 года"
        elif k > 0 and words[k - 1].lower() in _WHERE and _locative(word):
            k -= 2  # where or when: "в молодости", "в Москве", "на посту"
        elif _adverbial(word) or word in _MONTHS or word in _DASHES and k > 0 and _year(words[k - 1]):
            k -= 1
        elif word == "," and (aside := _aside(near, k)) is not None:
            k = aside
        elif (phrase := _before_or_after(near, k)) is not None:
            k = phrase - 1
        else:
            break
    return k


def _before_or_after(near: _Near, k: int) -> Optional[int]:
    """The "до" or "после" opening a phrase of time that ends at ``k``, within ``_TIME_PHRASE_WORDS``
    words: an event's noun in the genitive and its adjuncts, no name nor verb among them ("[Анна
    Смирнова] до перехода в министерство работала ...", "[Олег Бурцев], до последнего времени
    работавший ..."); None when none."""
    words = near.words
    for j in range(k, max(k - _TIME_PHRASE_WORDS, 0), -1):
        if j + 1 in near.stops or not words[j].isalpha() or not words[j].islower():
            return None
        if words[j] in _BEFORE_OR_AFTER:
            return None
        if words[j - 1] in _BEFORE_OR_AFTER:
            return j - 1 if any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in morph.parses(words[j])) \
                else None
        if morph.parses(words[j])[0].tag.POS not in _PHRASE_WORDS:
            return None  # a verb, or a pronoun, which may be the subject itself ("до этого [он] был")
    return None


_PHRASE_WORDS = frozenset({"NOUN", "ADJF", "PRTF", "PREP"})
_BEFORE_OR_AFTER = frozenset({"до", "после"})
_TIME_PHRASE_WORDS = 4  # "до перехода в министерство", "после назначения на пост"


_WHERE = frozenset({"в", "во", "на"})


def _locative(word: str) -> bool:
    """A word whose likeliest reading is in the locative: "молодости", "Москве" (not "году",
    which ``_past_gap`` reads as a span of time)."""
    return word.isalpha() and morph.parses(word)[0].tag.case in ("loct", "loc2")


def _counts(word: str) -> bool:
    """A word counting a span of time: a number, a numeral, an adjective ("четыре", "долгое", "2")."""
    return _year(word) or morph.parses(word)[0].tag.POS in ("NUMR", "ADJF")


def _aside(near: _Near, k: int) -> Optional[int]:
    """The comma opening an aside that the comma at ``k`` closes, right after a name, within
    ``_ASIDE_REACH`` words, with no verb, no name and no other comma inside it; None when none."""
    words = near.words
    for j in range(k - 1, max(k - _ASIDE_REACH, 0) - 1, -1):
        if words[j] == ",":
            return j - 1 if j in near.stops else None
        if j in near.starts or j + 1 in near.stops or morph.parses(words[j])[0].tag.POS == "VERB":
            return None
    return None


_ASIDE_REACH = 10
# the forms of the months' names, as the dates stage reads them ("декабре", "мая")
_MONTHS = frozenset(lexicon.date_words()["month"])
_DURING = frozenset({("в", "течение"), ("на", "протяжении")})
_SINCE_UNTIL = frozenset({"с", "со", "до", "по"})
_SPANS_OF_TIME = frozenset({"время", "год", "месяц", "неделя", "день", "срок", "момент", "период"})
_POSSESSIVE = lexicon.words("possessive")


def _person_then_participle(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person a participle phrase after a comma describes, with the office between or not:
    "[Иван Петров], занимавший пост министра ...", "[Анна Смирнова], занимающая должность директора",
    "[Иван Петров], являющийся председателем ..." (a post held before is a post all the same)."""
    words = near.words
    k = post.start - 1
    while k > 0 and (_adverbial(words[k].lower()) or morph.lemma(words[k]) in _OFFICES):
        k -= 1
    if k < 1 or words[k].lower() not in _HOLDING:
        return None
    described = _participles_person(near, k)
    if described is None:
        return None
    post.former = post.former or described[1]
    return [described[0].entity]


def _participles_person(near: _Near, k: int) -> Optional[tuple[Span, bool]]:
    """The person named right before the comma opening the phrase of the participle at ``k``, past
    "formerly" words or a phrase of time between ("[Иван Петров], ранее работавший ...", "[Олег
    Бурцев], до последнего времени работавший ...") and a note in brackets after the name ("[Кен
    Кокрел] (Ken Cockrel), возглавлявший ..."), and whether those words say the participle's state is
    past; None when no person is named there."""
    words = near.words
    formerly = comma = _before_formerly(words, k)
    if comma > 0 and words[comma - 1] != "," and (phrase := _before_or_after(near, comma - 1)) is not None:
        comma = phrase
    if comma < 1 or words[comma - 1] != ",":
        return None
    before = near.stops.get(_before_gloss(words, comma - 1))
    if before is None or not before.entity:
        return None
    return before, formerly < k


def _before_formerly(words: list[str], k: int) -> int:
    """The start of the words saying "formerly" right before ``k`` ("ранее", "в прошлом", "прежде";
    words.tsv ``formerly``, lemmas), or ``k`` without them."""
    start = k
    while start > 1 and morph.lemma(words[start - 1]) in _FORMERLY:
        start -= 1
        if words[start - 1].lower() == "в":  # "в прошлом"
            start -= 1
    return start


_FORMERLY = lexicon.words("formerly")


_HOLDING = lexicon.words("holding_participle")


def _oblique(person: Span) -> bool:
    """Whether a name of two words or more stands in an oblique case: normalise named each of its
    words otherwise than written ("Владимира Путина": "Владимир Путин"). A name of one word is not
    judged, as normalise may misread the case of a surname alone ("Чернова")."""
    return _renamed(person) and len(_WORD.findall(person.mention.text)) >= 2


def _decree_subject(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person a decree's infinitive names right before the post, in the accusative, with or
    without the office between: "Назначить [Смирнова Олега Петровича] директором департамента",
    "Освободить [Кузнецова А.В.] от должности заместителя министра" (the post the text states is
    theirs, as a release names no other), "Назначить [Петрову М.О.] на должность посла". The
    infinitive opens a decree's item, capitalised: one inside a sentence is a wish or a promise
    ("решено назначить [Петрова] на пост мэра"), no appointment."""
    words = near.words
    gap = post.start
    while gap > 0 and (words[gap - 1].lower() in _DECREE_PREPOSITIONS or morph.lemma(words[gap - 1]) in _OFFICES):
        gap -= 1
    before = near.stops.get(gap)
    if before is None or not before.entity or before.start == 0 \
            or not words[before.start - 1][:1].isupper() or words[before.start - 1].lower() not in _DECREEING:
        return None
    return [before.entity]


_DECREEING = lexicon.words("decreeing")
_DECREE_PREPOSITIONS = frozenset({"на", "от"})


def _pronoun_then_verb(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person "он" or "она" stands for (``_antecedent``), as the subject of a predicate before
    the post, a span of time between them or not: "[Андрей Варичев] возглавляет комбинат. С 2006 года
    он работал коммерческим директором компании", "До этого он четыре года был гендиректором ..."."""
    start = _predicate_start(near.words, post)
    holder = _pronoun_subject(near, start) if start is not None else None
    return [holder] if holder else None


def _pronoun_subject(near: _Near, start: int) -> Optional[str]:
    """The person "он" or "она" right before the predicate after ``start`` stands for, past what may
    stand between a subject and its predicate (``_past_gap``); None when no pronoun is there."""
    k = _past_gap(near, start)
    if k < 0 or near.words[k].lower() not in _SUBJECT_PRONOUNS:
        return None
    return _antecedent(near, k)


def _naming_verbs_object(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person a naming verb's object names, right before a post in the instrumental, whose
    holder it makes them: "Президент назначил [Бастрыкина] председателем комитета", "избрали [Анну
    Смирнову] мэром", past a kin noun naming them ("назначил свою жену [Мехрибан] вице-президентом");
    or before a plural verb with no subject, the object put first ("[Гуллита] назначили тренером
    клуба"); or the object, in the genitive, of the noun of a naming verb's act (``_act_of_naming``):
    "указ о назначении [Андрея Ветлугина] заместителем губернатора", "после избрания [Ивана Петрова]
    мэром". Not a name written as in the nominative with a word that cannot be an accusative (or a
    genitive after the noun), the verb's subject ("Его назначила [Анна Смирнова] председателем")."""
    words = near.words
    if not _case(words[_governor(words, post.start, post.head)], "ablt"):
        return None
    person = near.stops.get(post.start)
    if person is None:
        return _object_put_first(post, near)
    if not person.entity:
        return None
    verb = _before_kin(words, person.start - 1)
    while verb >= 0 and _adverbial(words[verb].lower()):
        verb -= 1
    if verb < 0:
        return None
    if _act_of_naming(words[verb]) and _governed_act(words, verb):
        case = _GENITIVE  # the act's object: "о назначении [Андрея Ветлугина] заместителем губернатора"
    elif morph.lemma(words[verb]) in _NAMING and morph.parses(words[verb])[0].tag.POS == "VERB":
        case = _ACCUSATIVE
    else:
        return None
    if _as_written(person) and not all(_may_stand_in(word, case) for word in _WORD.findall(person.mention.text)):
        return None
    return [person.entity]


_NAMING = lexicon.words("naming_verb")


def _act_of_naming(word: str) -> bool:
    """Whether a word is the noun of a naming verb's act, its stem the verb's, as the verb makes it
    before "-ение" or "-ание": "назначение" (назначить), "избрании" (избрать), "утверждения" (утвердить,
    д becoming жд), "переизбрание" (переизбрать)."""
    parse = morph.parses(word.lower())[0]
    return parse.tag.POS == "NOUN" and parse.normal_form.endswith(("ение", "ание")) \
        and parse.normal_form[:-4] in _NAMING_STEMS


def _governed_act(words: list[str], k: int) -> bool:
    """Whether the act's noun at ``k`` is a preposition's or a verb's, an act told of as done ("указ [о]
    назначении", "[после] избрания", "[подтвердила] назначение"); not its clause's subject, which weighs an
    act to come ("назначение Ивана Петрова директором будет означать ...")."""
    return k > 0 and (words[k - 1].lower() in _PREPOSITIONS or morph.parses(words[k - 1])[0].tag.POS == "VERB")


def _act_stems(verbs: frozenset[str]) -> frozenset[str]:
    """The stems the nouns of the verbs' acts are made on: the verb's stem without "-ить" or "-ать", its last
    consonant as it alternates before "-ение" ("утверд-ить", "утвержд-ение")."""
    stems = set()
    for verb in verbs:
        if verb.endswith(("ить", "ать", "ять")):
            stem = verb[:-3]
            stems.add(stem)
            for plain, alternate in _ALTERNATIONS:
                if stem.endswith(plain) and not stem.endswith(alternate):
                    stems.add(stem[:-len(plain)] + alternate)
    return frozenset(stems)


# the consonants that alternate before "-ение": "утвердить — утверждение", "обратить — обращение"
_ALTERNATIONS = (("д", "жд"), ("т", "щ"), ("ст", "щ"), ("з", "ж"), ("с", "ш"), ("в", "вл"), ("б", "бл"),
                 ("п", "пл"), ("м", "мл"))
_NAMING_STEMS = _act_stems(_NAMING)


def _before_kin(words: list[str], k: int) -> int:
    """Back from ``k`` past a kin noun in the accusative and a possessive before it, naming the
    person after them ("назначил [свою жену] Мехрибан"); ``k`` without one."""
    if k >= 0 and morph.lemma(words[k].lower()) in _KIN and _may_stand_in(words[k].lower(), _ACCUSATIVE):
        k -= 1
        if k >= 0 and (words[k].lower() in _POSSESSIVE or "Apro" in morph.parses(words[k].lower())[0].tag):
            k -= 1  # "его", "свою", "мою"
    return k


def _object_put_first(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person named right before a naming verb in the plural, and the post right after it: "[Гуллита]
    назначили тренером клуба", the verb's object, as one person is no plural verb's subject (but the
    last of a list may be: "[Иван Петров] и [Олег Смирнов] избрали председателем ...", and a name after
    a noun is whose the subject is: "Сторонники [Ивана Петрова] избрали председателем ...")."""
    words = near.words
    verb = post.start - 1
    if verb < 1 or morph.lemma(words[verb]) not in _NAMING:
        return None
    tag = morph.parses(words[verb])[0].tag
    person = near.stops.get(verb)
    if tag.POS != "VERB" or tag.number != "plur" or person is None or not person.entity \
            or person.start > 0 and (words[person.start - 1] in (",", "и")
                                     or morph.parses(words[person.start - 1])[0].tag.POS == "NOUN"):
        return None
    return [person.entity]


_ACCUSATIVE = frozenset({"accs"})


def _relative_then_verb(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person a relative clause after a comma is of, "который" or "которая" the subject of its
    predicate, in the name's gender: "[Майк Помпео], который стал госсекретарём", "[Мэрилин
    Хьюсон], которая в настоящее время является вице-президентом ..."."""
    start = _predicate_start(near.words, post)
    holder = _relative_subject(near, start) if start is not None else None
    return [holder] if holder else None


def _relative_subject(near: _Near, start: int) -> Optional[str]:
    """The person named before the comma and "который" or "которая" right before the predicate after
    ``start`` (past ``_past_gap``), in the pronoun's gender; None when none is."""
    words = near.words
    k = _past_gap(near, start)
    if k < 2 or words[k - 1] != "," or (gender := _RELATIVE_GENDERS.get(words[k].lower())) is None:
        return None
    before = near.stops.get(_before_gloss(words, k - 1))
    if before is None or not before.entity or _name_gender(before) not in (gender, None):
        return None
    return before.entity


_RELATIVE_GENDERS = {"который": "masc", "которая": "femn"}


def _where_clause(post: _Post, near: _Near) -> Optional[list[str]]:
    """The subject of the clause a "где" clause after a comma hangs on, as the subject its predicate
    leaves out, when the place before "где" is where that subject goes or comes from: "[Анна
    Смирнова] переходит в правительство области, где займёт должность первого заместителя",
    "[Иван Петров] пришёл в банк из министерства, где занимал пост директора департамента". The
    subject is the name right before its clause's verb, as written, in the predicate's gender, with
    no comma, no clause link and no other name between it and "где"."""
    words = near.words
    start = _predicate_start(words, post)
    if start is None:
        return None
    if words[start] == "," and start + 1 < len(words) and words[start + 1].lower() == "где":
        start += 1  # _verb_group walked past "где" as an adverb
    if start < 2 or words[start].lower() != "где" or words[start - 1] != ",":
        return None
    for k in range(start - 2, max(start - 2 - _WHERE_REACH, -1), -1):
        person = near.stops.get(k + 1)
        if person is not None:
            verb = person.stop
            while verb < len(words) and _adverbial(words[verb].lower()):
                verb += 1
            if not person.entity or _oblique(person) or verb >= len(words) \
                    or morph.parses(words[verb])[0].tag.POS != "VERB" \
                    or not _agrees_in_gender(person, words, start, post.start):
                return None
            return [person.entity]
        if words[k] in _CLAUSE_ENDS or words[k].lower() in _CLAUSE_LINKS:
            return None
    return None


_WHERE_REACH = 12  # the words between the subject and "где": its verb, where it goes and its adjuncts


def _naming_verb_then_object(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person a naming verb right before the post names after it, its object in the accusative
    put after the post: "избрали новым мэром Омска [Вячеслава Двораковского]", "назначил своим
    заместителем [Анну Смирнову]", past another post of theirs ("назначил советником бывшего министра
    [Ивана Петрова]"); not a name that can only be in the nominative, the verb's subject ("председателем
    избрал комитет Иван Петров" is none of its)."""
    words = near.words
    verb = _past_superlative(words, post.start) - 1
    if verb > 0 and (words[verb].lower() in _POSSESSIVE or "Apro" in morph.parses(words[verb].lower())[0].tag):
        verb -= 1  # "своим", "его"
    if verb < 0 or morph.lemma(words[verb]) not in _NAMING or morph.parses(words[verb])[0].tag.POS != "VERB" \
            or not _case(words[_governor(words, post.start, post.head)], "ablt"):
        return None
    stacked = near.posts.get(post.stop)
    if stacked is not None and stacked.holders:
        return list(stacked.holders)
    person = near.starts.get(post.stop)
    if person is None or not person.entity \
            or _as_written(person) and not all(_may_stand_in(word, _ACCUSATIVE)
                                               for word in _WORD.findall(person.mention.text)):
        return None
    return [person.entity]


# the rules giving a post a predicate gives to its subject named before it (``_held_by_the_subject``)
_SUBJECT_RULES = (_person_then_verb, _person_then_participle, _pronoun_then_verb, _relative_then_verb)


def _coordinated_predicate(post: _Post, near: _Near) -> Optional[list[str]]:
    """The subject of the verb before "и" (or ", а") that the predicate giving the post is joined to,
    which they share: "[Иван Тимохин] был депутатом горсовета и занимал должность первого
    заместителя", "он работал на радио и был главным продюсером" (whom the pronoun stands for), "он
    пришёл в банк, а в 2007 году стал вице-президентом"; not when a person is named between the
    verbs, who may be the second one's subject, and only in the gender of both."""
    words = near.words
    start = _predicate_start(words, post)
    if start is None or start < 2 or words[start] not in ("и", "а") or words[start] == "а" and words[start - 1] != ",":
        return None
    verb = None
    last = start - 1 if words[start] == "и" else start - 2
    for j in range(last, max(start - _COORDINATION_REACH, 0) - 1, -1):
        if j + 1 in near.stops or words[j] in _CLAUSE_ENDS:
            return None
        if morph.parses(words[j])[0].tag.POS == "VERB":
            verb = j
            break
    if verb is None:
        return None
    k = _past_gap(near, verb - 1)
    genders = {g for g in (_verb_gender(words[verb]), _predicate_gender(words, start, post.start)) if g}
    if len(genders) > 1:
        return None
    if k >= 0 and words[k].lower() in _SUBJECT_PRONOUNS:
        holder = _antecedent(near, k) if genders <= {_PRONOUN_GENDERS[words[k].lower()]} else None
        return [holder] if holder else None
    before = near.stops.get(k + 1)
    if before is None or not before.entity or _oblique(before) \
            or genders and _name_gender(before) not in (*genders, None):
        return None
    return [before.entity]


_COORDINATION_REACH = 8  # the words of the first predicate, its verb's objects, before "и"


def _before_gloss(words: list[str], k: int) -> int:
    """Back past a short note in brackets ending right before ``k``, as ``_past_gloss`` passes it
    forward: "[Мэрилин Хьюсон] (Marillyn A. Hewson), которая ..."; ``k`` without one."""
    if k > 0 and words[k - 1] == ")":
        opening = next((j for j in range(k - 2, max(k - 8, 0) - 1, -1) if words[j] == "("), None)
        if opening is not None and opening < k - 2:
            return opening
    return k


def _antecedent(near: _Near, k: int) -> Optional[str]:
    """The person the pronoun at ``k`` ("он", "она") stands for: the nearest named before it, in its
    sentence or the ``_PRONOUN_REACH`` sentences before (else the person named last, a biography's
    subject told of sentence after sentence), whose name's gender is the pronoun's or unknown
    ("[Анна Смирнова] встретилась с [Иваном Петровым]. Она является ..." is Смирнова's)."""
    wanted = _PRONOUN_GENDERS[near.words[k].lower()]
    before = sorted((t for stop, t in near.stops.items() if stop <= k), key=lambda t: t.stop)
    for person in reversed([*near.recent, *before]):
        if person.entity and _name_gender(person) in (wanted, None):
            return person.entity
    return None


def _name_gender(person: Span) -> Optional[str]:
    """The gender a person's name tells ("masc", "femn"), None when it tells none."""
    parts = parse_name(person.name) if person.name else None
    return gender_of_name(parts.given or "", parts.patronymic or "", parts.surname or "") if parts else None


_PRONOUN_GENDERS = {"он": "masc", "она": "femn"}
_PRONOUN_REACH = 2  # how many sentences before a pronoun's may name whom it stands for


_SUBJECT_PRONOUNS = lexicon.words("subject_pronoun")


def _office_holder(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person named before the office a post is of ("пост", "должность", "обязанности" and the
    post in the genitive), past a few words of their clause saying what becomes of it: "снятии
    [Зюганова] с поста лидера партии", "[Иван Петров] покидает пост директора", "[Анна Смирнова]
    подала в отставку с должности министра", "[Олег Карпин], который подал в отставку с поста
    тренера", "[Дэвид Уэстин], в течение 13 лет занимавший пост президента"; or the one "он" or "она"
    stands for there ("он покинул пост директора"). Not the
    subject of a verb that puts someone else onto it ("назначил его на пост директора"), nor anyone
    when the office is sought or promised ("[Олег Смирнов] будет баллотироваться на пост мэра",
    "[Анна Смирнова] претендует на должность министра"); a nomination gives it ("выдвинул [Ивана
    Петрова] на пост директора")."""
    words = near.words
    k = post.start - 1
    if k < 1 or morph.lemma(words[k]) not in _OFFICES:
        return None
    k -= 1
    onto = words[k] == "на"
    if words[k] in _OFFICE_PREPOSITIONS:
        k -= 1
    if any(morph.lemma(word) in _SOUGHT for word in words[max(k - _OFFICE_REACH, 0):k + 1]):
        return None
    participle = False  # whether a participle was passed, whose clause a comma after a name opens
    for _ in range(_OFFICE_REACH):
        if k < 0 or k + 1 in near.stops:
            break
        word = words[k].lower()
        if word in _SUBJECT_PRONOUNS:
            holder = _antecedent(near, k)
            return [holder] if holder else None
        if morph.lemma(word) in _RELATIVES and k > 0 and words[k - 1] == ",":
            k -= 2  # "[Олег Карпин], который ...": the name before the relative clause
            break
        if (word == "," or word in _DASHES) and k in near.stops and participle:
            # "[Дэвид Уэстин], в течение 13 лет занимавший пост ...", "[Барак Обама] — в то время занимавший
            # пост президента —": the name before the participle's clause
            k -= 1
            break
        participle = participle or morph.parses(word)[0].tag.POS == "PRTF"
        if not (word.isalpha() and word == words[k] or word.isdigit()) or word in _CLAUSE_LINKS \
                or onto and _transitive(word):
            return None
        k -= 1
    holder = near.stops.get(k + 1)
    return [holder.entity] if holder is not None and holder.entity else None


def _office_put_first(post: _Post, near: _Near) -> Optional[list[str]]:
    """The subject named after a verb whose object is the office before the post, put first: "пост
    министра торговли занимал [Иван Петров]", "16 августа пост главного тренера занял [Иван Петров]",
    "Пост вице-президента банка займёт представитель ведомства [Анна Смирнова]" (past another post of
    theirs, an age or an honorific), the post's adjuncts between ("пост министра в правительстве
    лейбористов занимал [Иван Петров]"); not after a preposition ("на пост директора назначен": its
    own rules)."""
    words = near.words
    office = post.start - 1
    if office < 0 or morph.lemma(words[office].lower()) not in _OFFICES \
            or not _may_stand_in(words[office].lower(), _ACCUSATIVE) \
            or office > 0 and words[office - 1].lower() in _PREPOSITIONS:
        return None
    k = next((j for j in range(post.stop, min(post.stop + _OFFICE_REACH, len(words)))
              if words[j] in _CLAUSE_ENDS or j in near.starts
              or morph.lemma(words[j].lower()) in _OCCUPYING and morph.parses(words[j])[0].tag.POS == "VERB"), None)
    if k is None or words[k] in _CLAUSE_ENDS or k in near.starts:
        return None  # no verb of its own, past its adjuncts ("в правительстве лейбористов"), before the clause ends
    k += 1
    while k < len(words) and _adverbial(words[k].lower()):
        k += 1
    stacked = near.posts.get(k) or near.posts.get(_past_address(words, k))
    if stacked is not None and stacked.holders:
        return list(stacked.holders)
    holder = near.starts.get(_past_address(words, k))
    return [holder.entity] if holder is not None and holder.entity and _as_written(holder) else None


_OCCUPYING = lexicon.words("occupying")


def _transitive(word: str) -> bool:
    """A transitive verb, whose object, not its subject, is put onto an office ("[Иван Петров]
    назначил его на пост", "выдвинул на пост директора [Олега Смирнова]", "сменить отца на посту"); not
    one of going over, whose subject goes ("переходит на должность советника")."""
    tag = morph.parses(word)[0].tag
    return tag.POS in ("VERB", "INFN") and "tran" in tag and morph.lemma(word) not in _GOING_OVER


_GOING_OVER = lexicon.words("going_over")


_SOUGHT = lexicon.words("sought")
_OFFICE_PREPOSITIONS = frozenset({"с", "на", "от", "в"})  # "с поста", "на пост", "от должности", "в должности"
_OFFICE_REACH = 6  # the words of a clause's predicate between a name and its office: "ушёл в отставку с"
_CLAUSE_LINKS = frozenset({"и", "а", "но", "или", "что", "чтобы", "как"})  # another clause, another subject


def _opens_sentence(words: list[str], start: int) -> bool:
    """Whether a name at ``start`` opens its sentence as its subject: only times, adverbs, "в" or "на"
    and a locative, and words in the nominative (an age, a description) before it ("[Сурков] оставался",
    "Позднее [Сурков]", "44-летний [Михаил Юревич]", "В начале 1960-х [Галина Волчек]"; not "с одобрения
    [Дэн Сяопина]", "указом президента [Ю.Балуевский]")."""
    k = 0
    while k < start:
        word = words[k].lower()
        if word in _WHERE and k + 1 < start and _locative(words[k + 1]):
            k += 2
        elif _year(word) or word in _TIME_WORDS and word not in _PREPOSITIONS or word in _MONTHS \
                or any(p.tag.case == "nomn" or p.tag.POS == "ADVB" for p in morph.parses(word)[:1]):
            k += 1
        else:
            return False
    return True


def _dated_line(words: list[str]) -> bool:
    """Whether a sentence opens with a time and a dash, a biography's dated line: "С 1971 года — ..."."""
    k = 0
    while k < len(words) and (words[k].lower() in _TIME_WORDS or _year(words[k])):
        k += 1
    return 0 < k < len(words) and words[k] in _DASHES


def _dash_predicate(post: _Post, near: _Near) -> Optional[list[str]]:
    """The subject of a post given as a predicate after a dash, a biography's line: after "он" or
    "она", the person named last before ("До этого он — заместитель председателя ВГТРК"); after a
    time opening the sentence, the person opening the last sentence naming anyone, as its subject
    (``_opens_sentence``: "[Евгений Примаков] родился в Киеве. ... В 1996 году — глава МИД России",
    "44-летний [Михаил Юревич] — предприниматель. В 1995—2000 — председатель совета директоров"), not one
    named further on ("Центр возглавлял [Михаил Ходорковский]") nor in an oblique case; so too the next
    dated stage of such a line, after ", а" ("С 1971 года — главный режиссёр, а с 1989 года — художественный
    руководитель")."""
    words = near.words
    k = post.start - 1
    if k < 1 or words[k] not in _DASHES:
        return None
    k -= 1
    if words[k].lower() in _SUBJECT_PRONOUNS:
        holder = _antecedent(near, k)
        return [holder] if holder else None
    dated = False
    while k >= 0 and (words[k].lower() in _TIME_WORDS or words[k].isdigit() or words[k] in _DASHES):
        dated = dated or words[k].isdigit()
        k -= 1
    if k > 0 and dated and words[k].lower() == "а" and words[k - 1] == "," and _dated_line(words) and not near.starts:
        k = -1  # the line's next stage: "С 1971 года — главный режиссёр, а с 1989 года — ..."
    subject = near.subject
    if k >= 0 or not dated or subject is None or not near.opens or subject.name is None or _oblique(subject):
        return None
    return [subject.entity] if subject.entity else None


def _verbless_line(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person named first in the last sentence naming anyone, as its subject (named as written, in
    the nominative: not "друг [Юлии Тимошенко]"), for a post in the nominative opening a sentence that
    has no verb and names no one, a biography's line: "[Александр Турчинов] родился в Днепропетровске.
    ... Депутат Верховной рады с 1998 по 2007 год.", "Генерал-полковник.", "Дизайнер по профессии,
    основатель дизайн-группы". Such a sentence says what its subject, told of in the sentences before,
    was; a feminine head names a woman, a masculine one anyone ("[Юлия Сырых] родилась в Рязани. ...
    Дизайнер по профессии"). Only a sentence closed by a full stop: one cut at a quoted name's "!"
    («Экозащита!») is no line of its own. Only a subject named by a surname: a biography so names whom
    it tells of, where a given name alone is someone met in passing ("Десятилетняя [Таня] поедет на
    экскурсию")."""
    words, subject = near.words, near.subject
    if post.start or post.plural or subject is None or subject.name is None or subject.entity is None \
            or near.starts or words[-1] != "." or not _as_written(subject) or not _surnamed(subject) \
            or not _subject_form(words, post) \
            or "femn" in morph.parses(words[post.head])[0].tag.grammemes and _name_gender(subject) != "femn" \
            or any(morph.parses(word)[0].tag.POS in _PREDICATES for word in words):
        return None
    return [subject.entity]


_PREDICATES = frozenset({"VERB", "INFN", "PRTS", "PRED"})


def _surnamed(person: Span) -> bool:
    """Whether a person's name has a surname: more than one word ("Жанна Фриске"), or one the dictionary
    reads as a surname or not as a given name ("Булавин"; not "Таня")."""
    words = _WORD.findall(person.name or "")
    return len(words) > 1 or bool(words) and any(
        "Surn" in p.tag.grammemes or "Name" not in p.tag.grammemes for p in morph.parses(words[0]))


def _elided_subject(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person named first in the last sentence naming anyone, as the subject a predicate
    opening the sentence, past times, leaves out, when its verb agrees with them in gender or tells
    none: "[Анна Смирнова] родилась в Омске. В 1990 году работала учителем школы", "С 2006 года был
    директором завода", "С 2007 года по настоящее время занимает должность прокурора" (a biography's
    next sentence); not one named in an oblique case ("встреча с [Анной Смирновой]")."""
    start = _predicate_start(near.words, post)
    holder = _left_out_subject(near, start, post.start) if start is not None else None
    return [holder] if holder else None


def _left_out_subject(near: _Near, start: int, stop: int) -> Optional[str]:
    """The person named first in the last sentence naming anyone, as the subject left out of the
    predicate whose words are ``start + 1`` to ``stop``, when only times stand before it in its
    sentence and it agrees with them in gender or tells none; None else."""
    words = near.words
    subject = near.subject
    if subject is None or subject.name is None or _oblique(subject):
        return None
    k, was = start, None
    while k != was:  # past times and spans of time: "С 2007 года по настоящее время", "В 2006—2009 годах"
        was = k = _past_gap(near, k)
        while k >= 0 and (words[k].lower() in _TIME_WORDS or _year(words[k]) or words[k] in _DASHES):
            k -= 1
    gender = _predicate_gender(words, start, stop)
    if k >= 0 or gender not in (None, _name_gender(subject)):
        return None
    return subject.entity


def _subjectless_predicate(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person named first in the last sentence naming anyone (as written, by a surname), as the
    subject left out of a predicate giving the post, in a sentence naming no one whose first verb, and
    the predicate's, tell that person's gender, with no word before that first verb that could be their
    subject (``_may_be_subject``), nor one opening a clause between it and the predicate: a biography's
    line after an adjunct of any kind ("[Людмила Зыкина] родилась в 1929 году. В войну работала
    токарем", "На момент задержания работал программистом") or its second predicate ("В 2006—2009
    годах занимал пост заместителя главы, затем стал депутатом городского совета"). A past verb agrees
    with its subject in gender, so where no word can be that subject, the one told of before is."""
    words, subject = near.words, near.subject
    start = _predicate_start(words, post)
    if start is None or subject is None or subject.entity is None or near.starts or not near.opens \
            or not _as_written(subject) or not _surnamed(subject):
        return None
    gender = _name_gender(subject)
    first = next((k for k in range(start + 1) if morph.parses(words[k])[0].tag.POS in ("VERB", "PRTS")), start + 1)
    if gender is None or _predicate_gender(words, start, post.start) != gender \
            or first <= start and _verb_gender(words[first]) != gender \
            or any(_may_be_subject(words, k, gender) for k in range(first)) \
            or any(words[k - 1].lower() in _CLAUSE_OPENERS and _may_be_subject(words, k, gender)
                   for k in range(first + 1, start + 1)):
        return None
    return [subject.entity]


_CLAUSE_OPENERS = frozenset({",", "и", "а", "но", ";"})  # what may open another clause, with its own subject


def _may_be_subject(words: list[str], k: int, gender: str) -> bool:
    """Whether the word at ``k`` may be the subject of a verb of ``gender``: a noun or a pronoun read
    first as such that may stand in the nominative singular of that gender ("журналист", "он"; not
    "журнал" of "стала"), not the object of a preposition before it ("В войну"), or a relative pronoun
    ("который")."""
    if words[k].lower() in _RELATIVE_GENDERS:
        return True
    parses = morph.parses(words[k])
    if k > 0 and words[k - 1].lower() in _PREPOSITIONS or parses[0].tag.POS not in ("NOUN", "NPRO"):
        return False
    return any({"nomn", "sing", gender} <= p.tag.grammemes and "Init" not in p.tag.grammemes for p in parses)


_TIME_WORDS = frozenset({"с", "в", "до", "по", "году", "года", "г.", "г", "годах", "годы", ",", "затем", "позже",
                         "потом", "после", "этого", "того"})


def _verb_gender(word: str) -> Optional[str]:
    """The gender a past verb or a short participle in the singular says its subject has
    ("работала": femn, "был назначен": masc); None for another word."""
    tag = morph.parses(word)[0].tag
    if tag.POS not in ("VERB", "PRTS") or tag.number != "sing" or tag.gender not in ("masc", "femn"):
        return None
    return tag.gender if tag.POS == "PRTS" or tag.tense == "past" else None


def _verb_group(words: list[str], k: int, step: int) -> Optional[int]:
    """Walking from ``k`` by ``step``, past the words of a predicate that gives a post: one verb
    or more of it ("был назначен", "стал"), with adverbs, particles and "в N году" between
    ("затем", "не", "в 2013 году"), and the office it gives or takes ("занимает должность", "назначен на
    пост", "освобождён от должности"); walking back, past where it is held too, "в" or "на" and a
    one-word name ("работала [в Google] инженером"); the first word past them, or None with no such verb."""
    verb = False
    while 0 <= k < len(words):
        word = words[k].lower()
        if word in _APPOINTED:
            verb = True
            k += step
        elif _adverbial(word) or morph.lemma(word) in _OFFICES \
                or word in _DASHES and 0 <= k + step < len(words) and _year(words[k + step]):  # "в 2010 — 2011 годах"
            k += step
        elif step < 0 and k > 0 and words[k][:1].isupper() and words[k - 1].lower() in _WHERE:
            k -= 2
        else:
            break
    return k if verb else None


def _adverbial(word: str) -> bool:
    """A word that may stand between a predicate's parts without being a party to it."""
    return word in _BETWEEN_VERBS or _year(word) or morph.parses(word)[0].tag.POS in ("ADVB", "PRCL")


def _year(word: str) -> bool:
    """A number, a range of them or an ordinal in figures: "2005", "2001-2002", "2006—2009", "2007-м"."""
    return bool(_YEAR.fullmatch(word))


_YEAR = re.compile(r"\d+(?:[-–—]\d+)?(?:-[а-я]{1,3})?")


# "от": "освобождён от должности"; "годах": "в 2010—2011 годах был мэром"
_BETWEEN_VERBS = frozenset({"в", "на", "от", "году", "годах", "г.", "г"})
_OFFICES = lexicon.words("office")


def _person_before(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person just before, past a comma, a bracket or a dash: "[Антон Алексеев], заместитель
    министра ...", "(министр ...)", an age before it or not ("[Алексей Ребко] (31-летний полузащитник"),
    past their dates in brackets too: "[Иван Петров] (1950—2010) — советский физик", or their age
    between commas: "[Иван Петров] (Ivan Petrov), 34 года, пилот"; or right before a capitalised post,
    a signature: "[Кирсан Илюмжинов] Президент ФИДЕ"; not a one-word post after a comma that its
    predicate follows, the next clause's subject (``_opens_next_clause``)."""
    words = near.words
    if _opens_next_clause(post, words):
        return None
    start = _before_formerly(words, _past_superlative(words, post.start))
    gap = start
    if start > 1 and _AGE.fullmatch(words[start - 1]) \
            and (words[start - 2] == "(" or not _predicate_next(words, post.stop)):
        # "(31-летний полузащитник", "Иван Петров, 45-летний директор школы,"; not an age opening the next
        # clause's subject: "сообщил его сын Питер Сорос, 87-летний бизнесмен скончался"
        gap = start - 1
    while gap > 0 and words[gap - 1] in {",", "("} | _DASHES:
        gap -= 1
    gap = _before_age(words, gap)
    before = near.stops.get(gap) if gap < start else None
    if before is not None and start < _past_superlative(words, post.start):
        post.former = True
    if before is None and gap > 0 and words[gap - 1] == ")" and words[post.start - 1] in _DASHES | {","}:
        # a name, its dates, birthplace or Latin spelling in brackets, and a dash or a comma: "[Дарио
        # Фо] (24 марта 1926 года, Санджано) — итальянский драматург", "[Томас Шефер] (Thomas
        # Schäfer), министр финансов земли Гессен"
        bracket = next((j for j in range(gap - 2, max(gap - 40, -1), -1) if words[j] in ("(", ")")), None)
        before = near.stops.get(bracket) if bracket is not None and words[bracket] == "(" else None
    if before is None and words[post.start][:1].isupper():
        before = near.stops.get(post.start)
    return [before.entity] if before is not None and before.entity else None


def _opens_next_clause(post: _Post, words: list[str]) -> bool:
    """Whether a one-word post after a comma is the subject of the predicate right after it, opening the
    next clause, not an apposition of the name before the comma: "Как сообщила [Светлана Петренко],
    губернатор был задержан"."""
    return post.stop - post.start == 1 and post.start > 0 and words[post.start - 1] == "," \
        and _predicate_next(words, post.stop)


def _before_age(words: list[str], k: int) -> int:
    """Back from a comma at ``k`` past an age set off by commas right before it, between a name and
    what it is: "[Иван Петров], 34 года, пилот"; the comma before the age, or ``k`` without one."""
    if k >= 3 and words[k - 1].lower() in _YEARS_OF_AGE and words[k - 2].isdigit() and words[k - 3] == ",":
        return k - 3
    return k


_YEARS_OF_AGE = frozenset({"год", "года", "лет"})


def _listed_after_dash(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person of the first of a list of posts after a dash, for each one after a comma or "и"
    right after another post: "[Аарон Шварц] — американский программист, интернет-активист,
    [писатель]", "[Дарья Жукова] — дизайнер, основатель и [директор центра], издатель и [главред
    журнала]"."""
    words, previous = near.words, post
    for _ in range(_LIST_REACH):
        if previous.start == 0 or words[previous.start - 1] not in (",", "и"):
            break
        previous = near.ends.get(previous.start - 1)
        if previous is None:
            return None
    if previous is post or previous.start == 0 or words[previous.start - 1] not in _DASHES:
        return None
    return _person_before(previous, near)


def _person_after_comma(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person just after a comma, unless another comma follows the name, which may go on a list,
    but for one opening a clause about them, a relative one or a participle's, or before their
    predicate, the name being in the post's case: "первый вратарь сборной последних лет, [Оливер Кан]
    будет ...", "Бывший спикер палаты, [Нэнси Пелоси], которая сейчас ...", "Президент России,
    [Владимир Путин], лично выразил ..."; an age between or not ("вице-губернатор края, 35-летний
    [Александр Шемелев]", adjectives in its case between or not: "бывшему футболисту сборной,
    легендарному [Пеле]"), or after a nominative post a noun describing them ("председатель партии,
    миллиардер [Бидзина Иванишвили]")."""
    words = near.words
    after = None
    if post.stop < len(words) and words[post.stop] == ",":
        after = near.starts.get(_past_address(words, _past_agreeing(words, post.stop + 1, post))) \
            or ("nomn" in _head_cases(words[_governor(words, post.start, post.head)])
                and _past_description(near, post.stop + 1) or None)
    if after is None or not after.entity:
        return None
    if after.stop < len(words) and words[after.stop] == "," and not (
            after.stop + 1 < len(words) and (_opens_a_clause_about(words[after.stop + 1])
                                             or _predicate_next(words, after.stop + 1))
            and _agrees(words[_governor(words, post.start, post.head)], after)):
        return None
    return [after.entity]


def _person_after_aside(post: _Post, near: _Near) -> Optional[list[str]]:
    """The subject named after an aside between commas that follows a post opening its clause, a
    participle's or a relative clause, or an apposition to the post's last genitive, the name in
    the nominative and its predicate next: "Спикер Госдумы, объявившая минуту молчания, [Сергей
    Нарышкин] заявил", "Руководитель пресс-службы газеты, где работала [Анна Политковская], [Надежда
    Прусенкова] отметила", "Глава Абакана, столицы Хакасии, [Николай Булакин] погиб"."""
    words, k = near.words, post.stop
    if k + 1 >= len(words) or words[k] != "," or post.start > 0 and words[post.start - 1] not in _OPENERS:
        return None
    opener = words[k + 1]
    if not (opener.lower() in _ASIDE_OPENERS or morph.parses(opener)[0].tag.POS == "PRTF"
            or k - 1 > post.head and _genitive_word(words[k - 1]) and _genitive_word(opener)):
        return None
    j = k + 2
    while j < min(len(words), k + 2 + _ASIDE_WORDS) and words[j] not in _CLAUSE_ENDS:
        j += 1
    after = near.starts.get(j + 1) if j < len(words) and words[j] == "," else None
    if after is None or not after.entity or not _predicate_next(words, after.stop) \
            or not _in_posts_case(words[_governor(words, post.start, post.head)], after) \
            or "nomn" not in _head_cases(words[_governor(words, post.start, post.head)]):
        return None
    return [after.entity]


def _person_after_adjunct(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person named in the post's case after the post and a prepositional phrase of its that the
    chain did not take: "помощница по работе [в Госдуме] Галина Лякишева", "старший помощник
    руководителя управления [при прокуратуре РФ по Татарстану] Эдуард Абдуллин", past a name in
    another case inside it ("экс-директор ФБР [из администрации Билла Клинтона] Луис Фри"); after an
    instrumental post, a name in the instrumental (``_instrumental_holder``: "с Региональным директором
    ВОЗ [для Европы] Хансом Клюге"). Not past another post, a verb or participle, or the end of a clause."""
    words, k = near.words, post.stop
    if post.plural or k + 2 >= len(words) or words[k].lower() not in _PREPOSITIONS \
            or morph.parses(words[k - 1])[0].tag.POS == "ADJF":
        return None  # an adjective before the phrase awaits its noun after it: "Основатель крупнейшей в мире сети"
    governor = words[_governor(words, post.start, post.head)]
    nominative = "nomn" in _head_cases(governor)
    j = k + 1
    while j < min(k + 1 + _ADJUNCT_WORDS, len(words)):
        person = near.starts.get(j)
        if person is not None:
            if j == k + 1 or not person.entity:
                return None
            if _as_written(person) if nominative else _instrumental_holder(governor, person, words[j - 1]):
                return [person.entity]
            if not _renamed(person):
                return None
            j = person.stop  # whose or what the phrase names, in its case
            continue
        word = words[j]
        if word in _CLAUSE_ENDS or word.lower() in _CLAUSE_LINKS or j in near.posts \
                or morph.parses(word)[0].tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND"):
            return None
        j += 1
    return None


_ADJUNCT_WORDS = 7  # the longest prepositional phrase passed over: "при прокуратуре РФ по Республике Татарстан"


def _instrumental_holder(governor: str, person: Span, before: str) -> bool:
    """Whether a name after an oblique post's prepositional phrase holds the post: the post and the
    name in the instrumental, each word of the name read so or not declined ("с директором ВОЗ для
    Европы Хансом Клюге"), and no preposition governing the name. A name in the genitive there is the
    complement of the phrase's noun ("министра в кабинете Руснока", "премьер-министром после ухода
    своего предшественника Наото Кана")."""
    written, named = _WORD.findall(person.mention.text), _WORD.findall(person.name or "")
    return _case(governor, "ablt") and len(written) == len(named) \
        and all(w == n or _case(w, "ablt") for w, n in zip(written, named)) \
        and before.lower() not in _PREPOSITIONS and _in_posts_case(governor, person)
_ASIDE_OPENERS = lexicon.words("relative") | lexicon.words("place_relative")
_ASIDE_WORDS = 12  # the longest aside passed over: a participle, its objects and adjuncts


def _past_agreeing(words: list[str], k: int, post: _Post) -> int:
    """Past adjectives from ``k`` on in a case of the post's head, describing the name after them:
    "бывшему футболисту сборной, [легендарному] Пеле"; ``k`` without one."""
    cases = _head_cases(words[_governor(words, post.start, post.head)])
    j = k
    while j < len(words) and _adjective_form(words[j]) \
            and any(p.tag.POS == "ADJF" and p.tag.case in cases for p in morph.parses(words[j])):
        j += 1
    return j


def _predicate_next(words: list[str], k: int) -> bool:
    """Whether a verb comes at ``k``, adverbs between or not: the name before the comma is an
    apposition its clause's predicate follows, not an item of a list ("Президент России, [Владимир
    Путин], лично выразил соболезнования", "адвокат, [Стивен Брунстайн], отказался")."""
    while k < len(words) and _adverbial(words[k].lower()):
        k += 1
    return k < len(words) and morph.parses(words[k])[0].tag.POS == "VERB"


def _opens_a_clause_about(word: str) -> bool:
    """Whether a word after a name and a comma opens a clause about them: "который", "которая", a participle."""
    return word.lower() in _RELATIVE_GENDERS or morph.parses(word)[0].tag.POS == "PRTF"


def _whose_holder(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person named right after the relative pronoun a post opening a relative clause governs, or
    after the linking verb that follows it, the clause's subject; the antecedent before the comma is
    the post's body (``_relative_antecedent``): "компания «Т-Платформы», генеральный директор которой
    [Всеволод Опанасенко] пообещал ...", "университет, ректором которого является [Иван Петров]",
    "партия, лидер которой [Анна Смирнова] ..."."""
    words = near.words
    if not _opens_whose_clause(words, post.start, post.stop):
        return None
    k = post.stop + 1
    if k < len(words) and morph.lemma(words[k]) in _LINKING_VERBS:
        k += 1
    person = near.starts.get(k)
    return [person.entity] if person is not None and person.entity else None


_LINKING_VERBS = frozenset({"являться", "быть", "стать", "становиться"})


def _in_the_capacity_of(post: _Post, near: _Near) -> Optional[list[str]]:
    """After "в качестве", the person named last before it in its sentence, a gloss in brackets
    between them or not, whom its clause speaks of, serving as the post: "[Эштон Картер] принёс
    присягу в качестве министра обороны", "выбрала [Гасана Хитто] (Ghassan Hitto) в качестве
    премьер-министра", "[Хасан Рухани] в воскресенье, 4 августа, приносит присягу в качестве президента";
    or the one "он", "она" stands for there. None with no one named before it in its clause: "В
    качестве посредника выступил [Иван Петров]" is for the rules after; "и", "а", "что", "который" or
    a semicolon close the search ("[Иван Петров] добавил, что Германия вошла в совет в качестве
    члена"), and an aside between commas has its subject after it ("и в команду, в качестве
    заместителя, входит [Олег Смирнов]")."""
    words = near.words
    k = post.start - 1
    if k < 1 or words[k - 1].lower() != "в" or morph.lemma(words[k].lower()) not in _CAPACITY \
            or k > 1 and words[k - 2] == "," and post.stop < len(words) and words[post.stop] == ",":
        return None
    for j in range(_before_gloss(words, k - 1), -1, -1):
        person = near.stops.get(j)
        if person is not None:
            return [person.entity] if person.entity else None
        word = words[j].lower()
        if j < k - 1 and (word in _CAPACITY_ENDS or word in _CLAUSE_LINKS or morph.lemma(word) in _RELATIVES):
            return None
        if j < k - 1 and word in _SUBJECT_PRONOUNS:
            holder = _antecedent(near, j)
            return [holder] if holder else None
    return None


_CAPACITY_ENDS = frozenset({";", ":", "\n"})  # what closes the clause; commas may close an aside of time within it


def _successor(post: _Post, near: _Near) -> Optional[list[str]]:
    """After "сменил на посту", the subject before the verb, who took the post over (the name after
    it held it before, ``_predecessor``): "[Джина Хаспел] сменила на посту главы ЦРУ [Майка Помпео]",
    "выразил доверие [Мамуке Бахтадзе], сменившему на посту премьер-министра ..."."""
    words = near.words
    k = post.start - 1
    if k < 2 or morph.lemma(words[k]) not in _OFFICES or words[k - 1] != "на" \
            or morph.lemma(words[k - 2].lower()) not in _REPLACING:
        return None
    k = _past_gap(near, k - 3)
    if k >= 0 and words[k] == ",":
        k -= 1
    holder = near.stops.get(k + 1)
    return [holder.entity] if holder is not None and holder.entity else None


_CAPACITY = lexicon.words("capacity")


#: How a post finds its holder in its sentence, tried in order: the first rule that decides (a
#: list of holders, empty for none) wins.
LINKS: list[tuple[str, Callable[[_Post, _Near], Optional[list[str]]]]] = [
    ("a decree's subject before it", _decree_subject),
    ("a kin's genitive: whose kin", _kins_complement),
    ("«в качестве»: the person named before", _in_the_capacity_of),
    ("«сменил на посту»: the subject", _successor),
    ("an office put first: the subject after its verb", _office_put_first),
    ("the person after it", _person_after),
    ("«которого» after it: the person named next", _whose_holder),
    ("the person after a dash", _person_after_dash),
    ("«такие …, как»: each one named", _such_as),
    ("«и другие» after names: each one", _and_others),
    ("«один из» a plural post: the one person it is said of", _one_of_many),
    ("plural: no one person's", _plural),
    ("coordinated titles: the next one's body and person", _coordinated_title),
    ("the next post's person", _next_posts_person),
    ("a verb, then the person", _verb_then_person),
    ("a verb past adjuncts, then the person", _verb_past_adjuncts),
    ("the person, then a verb", _person_then_verb),
    ("the person, then a participle", _person_then_participle),
    ("a pronoun, then a verb", _pronoun_then_verb),
    ("a relative pronoun, then a verb", _relative_then_verb),
    ("a naming verb's object", _naming_verbs_object),
    ("a naming verb before it: its object after it", _naming_verb_then_object),
    ("a «где» clause: the subject of the clause before", _where_clause),
    ("a predicate joined by «и» to one before: its subject", _coordinated_predicate),
    ("the person before its office", _office_holder),
    ("a subject left out: the one named before", _elided_subject),
    ("a subject left out after any adjunct: the one named before", _subjectless_predicate),
    ("a dash after a time or a pronoun: its subject", _dash_predicate),
    ("a verbless line opened by a post: the subject before", _verbless_line),
    ("the person before it", _person_before),
    ("a list of posts after a dash", _listed_after_dash),
    ("the person after a comma", _person_after_comma),
    ("the subject after an aside", _person_after_aside),
    ("the person after a prepositional phrase", _person_after_adjunct),
]


def _previous_posts_person(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person of the post right before a dash before it, the same person's second title: "[Юрий
    Балуевский] был назначен начальником Генерального штаба – первым заместителем министра обороны"."""
    words = near.words
    if post.start < 2 or words[post.start - 1] not in _DASHES:
        return None
    before = near.ends.get(post.start - 1)
    return list(before.holders) if before is not None and before.holders else None


def _listed_predicate(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person of the post in the instrumental right before a comma or "и" before it, when both
    are in the instrumental, a predicate's list of posts: "[Иван Петров] был губернатором области,
    [начальником] железной дороги и [первым заместителем] министра", "являлся профессором и
    [президентом] института"."""
    before = _listed_before(post, near, "ablt")
    if before is None or _other_gender(post, near.words,
                                       [s for s in near.starts.values() if s.entity in before.holders]):
        return None  # "президентом компании, [управляющей] проектами": the company's participle, not his
    return list(before.holders)


def _other_gender(post: _Post, words: list[str], persons: list[Span]) -> bool:
    """Whether a post whose head is an adjective or a participle serving as a noun, whose gender is
    its holder's ("управляющая", "заведующий"), is of the other gender than a person's name tells."""
    parse = morph.parses(words[post.head])[0]
    gender = parse.tag.gender
    return parse.tag.POS in ("ADJF", "PRTF") and gender in ("masc", "femn") \
        and any(_name_gender(person) not in (gender, None) for person in persons)


def _listed_before(post: _Post, near: _Near, case: str) -> Optional[_Post]:
    """The held post right before a comma or "и" before ``post``, both in ``case``: the item before
    it of one list."""
    words = near.words
    if post.start < 2 or words[post.start - 1] not in (",", "и"):
        return None
    before = near.ends.get(post.start - 1)
    if before is None or not before.holders or not all(
            _case(words[_governor(words, p.start, p.head)], case) for p in (before, post)):
        return None
    return before


def _listed_office(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person of the post in the genitive right before a comma or "и" before it, both in the
    genitive, a list the office word before the first names: "[Иван Петров] назначен на пост
    руководителя службы и [первого заместителя] директора", "совмещает должность вице-спикера и
    [руководителя] фракции", "занял два поста — замдиректора ФСБ и [заместителя] руководителя комитета"."""
    words = near.words
    before = _listed_before(post, near, "gent")
    if before is None:
        return None
    first = before
    for _ in range(_LIST_REACH):
        earlier = near.ends.get(first.start - 1) if first.start > 1 and words[first.start - 1] in (",", "и") else None
        if earlier is None:
            break
        first = earlier
    office = first.start - 1
    if office > 0 and words[office] in _DASHES:
        office -= 1
    return list(before.holders) if office >= 0 and morph.lemma(words[office].lower()) in _OFFICES else None


#: How a post no rule of LINKS gave a holder finds one once the posts before it have theirs, tried in order.
LINKS_AFTER: list[tuple[str, Callable[[_Post, _Near], Optional[list[str]]]]] = [
    ("the post before a dash: the same person's", _previous_posts_person),
    ("a predicate's list of posts in the instrumental", _listed_predicate),
    ("an office's list of posts in the genitive", _listed_office),
]


def _predecessor(post: _Post, near: _Near) -> Optional[list[str]]:
    """The person its holder replaced in it, who held it before (NEREL gives them the post too): the
    name right after "сменил", "вместо", past the office ("на этом посту", "с этого поста"), the post
    itself, an age or adjectives: "[Хасан Рухани] принёс присягу в качестве президента, сменив на
    этом посту [Махмуда Ахмадинежада]", "[Джина Хаспел] сменила на посту главы ЦРУ [Майка Помпео]",
    "утвердил [Мигеля Диаса-Канеля] главой Госсовета вместо 86-летнего [Рауля Кастро]". Only for a
    post a predicate gives (``_predicated``), the one of them nearest before the word, else the first
    after it: not a title of the holder beside it ("стал лидер консерваторов [Дэвид Кэмерон] вместо
    ...": the post is "премьером" before it), nor another person's post."""
    words = near.words
    if not post.holders or not _predicated(post, words):
        return None
    for m in near.replacing:
        k, inside = m + 1, False
        while k < len(words) and k not in near.starts and k - m <= _PREDECESSOR_REACH:
            if k == post.start:
                k, inside = post.stop, True
            elif _filler(words[k]):
                k += 1
            else:
                break
        person = near.starts.get(k)
        if person is None or not person.entity or person.entity in post.holders:
            continue
        held = [p for p in near.posts.values()
                if p.holders and person.entity not in p.holders and _predicated(p, words)]
        before = [p for p in held if p.stop <= m]
        nearest = max(before, key=lambda p: p.stop) if before else min(held, key=lambda p: p.start, default=None)
        if inside or nearest is post:
            return [person.entity]
    return None


def _predicated(post: _Post, words: list[str]) -> bool:
    """Whether a predicate gives the post: in the instrumental ("стал премьером", "утвердил главой"),
    after "в качестве" or after its office ("на посту главы")."""
    before = [word.lower() for word in words[max(post.start - 2, 0):post.start]]
    return _case(words[_governor(words, post.start, post.head)], "ablt") \
        or bool(before) and morph.lemma(before[-1]) in _OFFICES \
        or len(before) == 2 and before[0] == "в" and morph.lemma(before[1]) in _CAPACITY


def _filler(word: str) -> bool:
    """A word between "сменил", "вместо" and the name of whom: the office ("на этом посту", "с
    этого поста"), an age, an adjective or a participle ("уходящего", "86-летнего")."""
    lower = word.lower()
    if lower in ("на", "с") or _AGE.fullmatch(lower) or morph.lemma(lower) in _OFFICES:
        return True
    return any(p.tag.POS in ("ADJF", "PRTF", "APRO") for p in morph.parses(lower))


_REPLACING = lexicon.words("replacing")
_REPLACING_STEMS = frozenset(word[:4] for word in _REPLACING)  # every form of theirs begins so: "сменю", "заменят"
_PREDECESSOR_REACH = 8  # the words of "на этом посту", the post itself and an age before the name


#: Who else holds a post its holder was found for, tried in order on each post once the rules above
#: gave it one: each rule's persons are added as having held it before.
ALSO_HELD: list[tuple[str, Callable[[_Post, _Near], Optional[list[str]]]]] = [
    ("the one its holder replaced: held it before", _predecessor),
]


def _near(sentence: Sentence, posts: list[_Post], recent: list[Span], subject: Optional[Span], opens: bool) -> _Near:
    """What the linking rules see of a sentence with these posts (``_Near``)."""
    persons = sorted((t for t in sentence.spans if t.type == "PER"), key=lambda t: t.start)
    by_start = {post.start: post for post in posts}
    ends: dict[int, _Post] = {}
    for post in by_start.values():
        ends.setdefault(post.stop, post)
    replacing = [m for m, word in enumerate(sentence.words)
                 if word[:4].lower() in _REPLACING_STEMS and morph.lemma(word.lower()) in _REPLACING]
    return _Near(sentence.words, {t.start: t for t in persons}, {t.stop: t for t in persons}, by_start, ends,
                 replacing, subject, opens, recent)


def _link(posts: list[_Post], near: _Near, doc: Doc) -> None:
    """Give each post of a sentence to the person it describes, if one is named next to it (``LINKS``);
    then, left to right, each post no rule decided on to a person of a post before it (``LINKS_AFTER``);
    then to whom its holder replaced in it, as held before (``ALSO_HELD``).

    Right to left, so that in "мэр Москвы Сергей Собянин, председатель совета ..., академик
    РАН Александр Клименко" each post reaches past the posts after it to its own person.
    """
    undecided = [post for post in sorted(posts, key=lambda p: -p.start) if not _decide(post, near, doc, LINKS)]
    for post in reversed(undecided):
        _decide(post, near, doc, LINKS_AFTER)
    for post in posts:
        for name, rule in ALSO_HELD:
            if (before := rule(post, near)) is not None:
                post.predecessors = before
                doc.note("posts", name, post.mention.start, post.mention.stop, post.mention.text,
                         f"«{post.title}» held before by {', '.join(before)}")
                break


def _decide(post: _Post, near: _Near, doc: Doc, rules) -> bool:
    """Whether one of ``rules`` decided who holds the post (it noted which)."""
    for name, rule in rules:
        holders = rule(post, near)
        if holders is not None:
            post.holders = holders
            doc.note("posts", name, post.mention.start, post.mention.stop, post.mention.text,
                     f"«{post.title}» held by {', '.join(holders) or 'no one named'}")
            return True
    return False


# ---------------------------------------------------------------- ties to a body stated by a verb


class _Tie(NamedTuple):
    """A verb of affiliation (``data/affiliations.tsv``) with the body it governs, as the rules finding
    its subject see it: the verb's token, its part of speech (VERB, PRTF or GRND) and the body's name."""

    verb: int
    part: str
    body: Span
    first: bool = False  # the body is named before the verb, its object put first ("«Зарю» возглавил ...")


_AFFILIATING = lexicon.affiliations()
_TIE_PARTS = frozenset({"VERB", "PRTF", "GRND"})  # finite, participle, gerund: not an infinitive ("может возглавить")
# their forms, looked up with no analysis of the sentence's other words
_AFFILIATING_FORMS = lexicon.forms_of(frozenset(_AFFILIATING), _TIE_PARTS)
_VOCALISED = {"во": "в", "изо": "из"}
_KIND_WORDS = 3  # the words naming the body's kind before its name: "инвестиционный конгломерат", "футбольный клуб"
_BODY_NOUNS = lexicon.words("quoted_body_kind") | lexicon.words("body_noun") | lexicon.words("lone_body") | _TEAMS


def _affiliating_verbs(words: list[str]) -> list[int]:
    """Where the sentence's verbs of affiliation may stand, by their forms alone (``_affiliations``
    reads them)."""
    return [k for k, word in enumerate(words) if word.lower().replace("ё", "е") in _AFFILIATING_FORMS]


def _affiliations(doc: Doc, number: int, sentence: Sentence, near: _Near, verbs: list[int],
                  organizations: list[Organization]) -> list[_Post]:
    """The ties to a body that the sentence's verbs of affiliation state, with no post named: a
    finite verb, an active participle or a gerund, not negated ("не работает"), whose slot
    (``_body_governed``) names a body and whose subject a rule of ``AFFILIATION_SUBJECTS`` finds.
    Each is a post with no title held by that subject, of that body, former when the verb leaves it
    ("покинул", "ушёл из") or "formerly" words say so ("ранее возглавлявший"); its mention runs from
    the verb to the body's name."""
    text, tokens, words = doc.text, sentence.tokens, sentence.words
    names = {t.start: t for t in sentence.spans}
    ends = {t.stop: t for t in sentence.spans}
    ties = []
    for k in verbs:
        parse = morph.parses(words[k])[0]
        rows = _AFFILIATING.get(parse.normal_form.replace("ё", "е"), ())
        if parse.tag.POS not in _TIE_PARTS or k > 0 and words[k - 1].lower() == "не":
            continue
        # a passive participle's object is the noun it describes, before it: "партия, возглавляемая ..."
        passive = parse.tag.POS == "PRTF" and "pssv" in parse.tag
        governed = None if passive else \
            next(((row, body) for row in rows if (body := _body_governed(words, k, row, names))), None)
        first = False
        if governed is None and (parse.tag.POS == "VERB" or passive):
            row = next((row for row in rows if row.preposition is None and row.case == "accs"), None)
            body = _body_put_first(words, k, ends, passive) if row is not None else None
            governed, first = ((row, body), True) if body is not None else (None, False)
        if governed is None:
            continue
        row, body = governed
        tie = _Tie(k, parse.tag.POS, body, first)
        found = next(((name, holder) for name, rule in AFFILIATION_SUBJECTS if (holder := rule(tie, near))), None)
        if found is None:
            continue
        name, holder = found
        start, stop = (body.mention.start, tokens[k].stop) if first \
            else (tokens[k].start, _past_closing_quote(text, tokens, words, tokens[k].start, body))
        if first and body.start > 0 and words[body.start - 1] in _OPENING and tokens[body.start - 1].stop == start:
            start = tokens[body.start - 1].start  # its opening quote: "«Зарю» возглавил"
        doc.note("posts", name, start, stop, text[start:stop],
                 f"{holder} tied to {body.entity} by the verb «{words[k]}», no post named")
        ties.append(_Post(number, k, body.stop, k, None, Mention(start, stop, text[start:stop]),
                          country=_body(organizations, body.entity).country, org=body.entity, holders=[holder],
                          former=row.former or _before_formerly(words, k) < k))
    return ties


def _body_governed(words: list[str], k: int, row: lexicon.Affiliation, names: dict[int, Span]) -> Optional[Span]:
    """The name of the body in the slot the verb of affiliation at ``k`` governs by ``row``: right
    after the verb or its preposition, past the words naming the body's kind in that case (an
    adjective, or a noun of a kind of body: "возглавляет [компанию] «Газпром»", "работает в [банке]
    ВТБ", "руководил [Уральским] [заводом] ..."), a name the tagger took for an organisation whose
    first word, if the dictionary declines it, may stand in that case ("перешёл в [Министерство]",
    not "работает в [Министерство]"); None else."""
    j = k + 1
    if row.preposition is not None:
        if j >= len(words) or _VOCALISED.get(words[j].lower(), words[j].lower()) != row.preposition:
            return None
        j += 1
    slot = j
    for _ in range(_KIND_WORDS):
        if j >= len(words) or j in names or not _names_a_kind_of_body(words[j], row.case):
            break
        j += 1
    if j < len(words) and j not in names and words[j] in _OPENING:
        j += 1
    body = names.get(j)
    if body is None or body.type != "ORG" or not body.entity or not body.entity.startswith("o"):
        return None
    first = words[body.start]
    # a name in apposition, after its kind or quoted, keeps the nominative: "в банке «Заря»"
    if j == slot and first.isalpha() and not _capitals(first) and morph.known(first) \
            and not _in_case(first, row.case):
        return None
    return body


def _past_closing_quote(text: str, tokens: list[Token], words: list[str], start: int, body: Span) -> int:
    """Where a tie's mention from ``start`` to the body's name stops: past the closing quote of the
    name when the mention opens one ("покинул «Ювентус»"), else at the name's end."""
    stop = body.mention.stop
    if body.stop < len(words) and words[body.stop] in _CLOSING \
            and text[start:stop].count("«") > text[start:stop].count("»"):
        return tokens[body.stop].stop
    return stop


def _body_put_first(words: list[str], k: int, ends: dict[int, Span], passive: bool) -> Optional[Span]:
    """The name of a body a verb at ``k`` governing the accusative has for its object put first:
    right before it, past adverbs and times and a closing quote ("«Зарю» в 2010 году возглавил ..."),
    or before the comma and the relative pronoun in the accusative opening its clause ("компания
    «Заря», которую возглавляет ..."); for a ``passive`` participle, the noun before the comma opening
    its phrase ("партия «Заря», возглавляемая ..."); a name the tagger took for an organisation; None
    else."""
    j = k - 1
    while j >= 0 and _adverbial(words[j].lower()):
        j -= 1
    if passive:
        if j < 1 or words[j] != ",":
            return None
        j -= 1
    elif j >= 1 and words[j].lower() in _WHICH_ACCUSATIVE and words[j - 1] == ",":
        j -= 2
    if j >= 0 and words[j] in _CLOSING:
        j -= 1
    body = ends.get(j + 1)
    return body if body is not None and body.type == "ORG" and body.entity and body.entity.startswith("o") else None


_WHICH_ACCUSATIVE = frozenset({"который", "которое", "которую", "которые"})


def _names_a_kind_of_body(word: str, case: str) -> bool:
    """Whether a word in lower case may, in ``case``, be an adjective or a noun naming a kind of body
    ("компанию", "банке", "клуб", "футбольный"; data/body_kinds.tsv and words.tsv's nouns of bodies)."""
    return word.isalpha() and word.islower() and any(
        p.tag.case and p.tag.case[:3] == case[:3]
        and (p.tag.POS in ("ADJF", "PRTF") or p.tag.POS == "NOUN"
             and (lexicon.body_kind(p.normal_form) or p.normal_form.replace("ё", "е") in _BODY_NOUNS))
        for p in morph.parses(word))


def _in_case(word: str, case: str) -> bool:
    """Whether a word may stand in ``case`` (the second locative, genitive, accusative too)."""
    return any(p.tag.case and p.tag.case[:3] == case[:3] for p in morph.parses(word))


def _finite(tie: _Tie) -> bool:
    """A finite verb whose body follows it, whose subject may be named before it."""
    return tie.part == "VERB" and not tie.first


def _tie_subject_after(tie: _Tie, near: _Near) -> Optional[str]:
    """The person named right after a verb whose object, the body, is put first, adverbs between or
    not: after a finite verb its subject, in the nominative and the verb's gender ("«Зарю» в 2010 году
    возглавил [Иван Петров]", "компания «Заря», которую возглавляет [Анна Смирнова]"); after a passive
    participle its agent, in the instrumental ("партия «Заря», возглавляемая [Анной Смирновой]")."""
    if not tie.first:
        return None
    words = near.words
    at = tie.verb + 1
    while at < len(words) and _adverbial(words[at].lower()):
        at += 1
    person = near.starts.get(_past_address(words, at))
    if person is None or not person.entity:
        return None
    if tie.part == "PRTF":
        return person.entity if _case(words[person.stop - 1], "ablt") else None
    gender = _verb_gender(words[tie.verb])
    if not _as_written(person) or gender and _name_gender(person) not in (gender, None):
        return None
    return person.entity


def _tie_person_then_verb(tie: _Tie, near: _Near) -> Optional[str]:
    """The person named before a finite verb of affiliation, its subject, past times and asides
    (``_named_subject``): "[Иван Петров] с 2010 года возглавляет компанию «Заря»"."""
    return _named_subject(near, tie.verb - 1, tie.verb + 1) if _finite(tie) else None


def _tie_pronoun_then_verb(tie: _Tie, near: _Near) -> Optional[str]:
    """Whom "он" or "она" before a finite verb of affiliation stands for: "Позднее он работал в банке
    «Заря»"."""
    return _pronoun_subject(near, tie.verb - 1) if _finite(tie) else None


def _tie_relative_then_verb(tie: _Tie, near: _Near) -> Optional[str]:
    """The person "который" or "которая" before a finite verb of affiliation is of: "[Анна Смирнова],
    которая руководит фондом «Заря»"."""
    return _relative_subject(near, tie.verb - 1) if _finite(tie) else None


def _tie_left_out_subject(tie: _Tie, near: _Near) -> Optional[str]:
    """The person named first in the last sentence naming anyone, for a finite verb of affiliation
    opening its sentence past times, in their gender: "[Иван Петров] родился в Омске. В 1990 году
    работал в банке «Заря»"."""
    return _left_out_subject(near, tie.verb - 1, tie.verb + 1) if _finite(tie) else None


def _tie_participle(tie: _Tie, near: _Near) -> Optional[str]:
    """The person a participle of affiliation after a comma describes, named right before the comma,
    the participle singular and in the name's gender, adverbs and times between or not: "[Юрий
    Комаров], возглавляющий компанию «Заря»", "[Анна Смирнова], в 1990-х годах работавшая в банке
    «Заря»" (not "компании [Ивана Петрова], работавшей в ...")."""
    if tie.part != "PRTF" or tie.first:
        return None
    words = near.words
    k = tie.verb
    while k > 0 and _adverbial(words[k - 1].lower()) and morph.lemma(words[k - 1]) not in _FORMERLY:
        k -= 1
    described = _participles_person(near, k)
    tag = morph.parses(words[tie.verb])[0].tag
    if described is None or tag.number != "sing" or tag.gender not in ("masc", "femn") \
            or _name_gender(described[0]) not in (tag.gender, None):
        return None
    return described[0].entity


def _tie_gerund(tie: _Tie, near: _Near) -> Optional[str]:
    """The subject of the clause a gerund of affiliation hangs on, named in the nominative: right
    before the comma opening the gerund's phrase ("[Иван Петров], покинув «Зарю», перешёл ..."), or,
    when the phrase opens the sentence past times, right after the comma closing it ("В 2010 году
    возглавив «Зарю», [Иван Петров] ...")."""
    if tie.part != "GRND":
        return None
    words = near.words
    k = _before_formerly(words, tie.verb)
    if k > 1 and words[k - 1] == ",":
        before = near.stops.get(k - 1)
        return before.entity if before is not None and before.entity and not _oblique(before) else None
    if any(not (_year(word) or word.lower() in _TIME_WORDS) for word in words[:k]):
        return None
    comma = next((j for j in range(tie.body.stop, len(words)) if words[j] in _CLAUSE_ENDS), None)
    after = near.starts.get(comma + 1) if comma is not None and words[comma] == "," else None
    return after.entity if after is not None and after.entity and _as_written(after) else None


_MEMBER_OF = lexicon.Affiliation("из", "gent", False)  # "Иван Петров из «Зари»": a body's member, as a verb's slot


def _from_body(doc: Doc, number: int, sentence: Sentence, organizations: list[Organization]) -> list[_Post]:
    """The ties a name and «из» before a body state, the name in the nominative: "Дуайт Ховард из
    команды «Заря»", "Роберто Мартинес из «Зари»" (the body and the words naming its kind as a verb's
    slot is read, ``_body_governed``); not a name in another case, a verb's object taken from the body
    ("исключил [Ивана Петрова] из Совета"), nor a place ("Иван Петров из Омска")."""
    words, tokens, text = sentence.words, sentence.tokens, doc.text
    persons = [t for t in sentence.spans if t.type == "PER" and t.entity and t.stop < len(words)
               and words[t.stop].lower() == "из" and _as_written(t)]
    names = {t.start: t for t in sentence.spans} if persons else {}
    ties = []
    for person in persons:
        k = person.stop
        body = _body_governed(words, k - 1, _MEMBER_OF, names)
        if body is None:
            continue
        start = tokens[k].start
        stop = _past_closing_quote(text, tokens, words, start, body)
        doc.note("posts", "a tie by «из»: the name before it, the body after it", start, stop, text[start:stop],
                 f"{person.entity} tied to {body.entity}, no post named")
        ties.append(_Post(number, k, body.stop, k, None, Mention(start, stop, text[start:stop]),
                          country=_body(organizations, body.entity).country, org=body.entity,
                          holders=[person.entity]))
    return ties


#: Who the subject of a verb of affiliation is, tried in order: the first rule naming a person wins.
AFFILIATION_SUBJECTS: list[tuple[str, Callable[[_Tie, _Near], Optional[str]]]] = [
    ("a tie by a verb: the body put first, then the verb and the person", _tie_subject_after),
    ("a tie by a verb: the person, then the verb", _tie_person_then_verb),
    ("a tie by a verb: a pronoun, then the verb", _tie_pronoun_then_verb),
    ("a tie by a verb: a relative pronoun, then the verb", _tie_relative_then_verb),
    ("a tie by a verb: a subject left out, the one named before", _tie_left_out_subject),
    ("a tie by a verb: the person a participle after a comma describes", _tie_participle),
    ("a tie by a verb: the subject of a gerund's clause", _tie_gerund),
]


def _tie(ties: list[_Post], by_person: dict[str, list[_Post]], doc: Doc) -> None:
    """Give each tie to a body a verb states (``_affiliations``) to its person, as a post with no
    title, but where they hold a post of that body, which says the tie already ("[Иван Петров],
    директор «Зари», возглавляет компанию «Заря»")."""
    for tie in ties:
        holder = tie.holders[0]
        if any(p.title is not None and p.org == tie.org for p in by_person.get(holder, ())):
            doc.note("posts", "a tie by a verb left out: a post of that body is held", tie.mention.start,
                     tie.mention.stop, tie.mention.text, f"{holder} holds a post of {tie.org}, which says the tie")
            continue
        by_person.setdefault(holder, []).append(tie)


def _coreference(loose: list[_Post], by_person: dict[str, list[_Post]],
                 organizations: list[Organization]) -> list[_Post]:
    """A post alone is one more mention of the only person holding it ("Министр отметил"), but for a
    head of state's capitalised inside its sentence, which is no body's president (``_state_heads_alone``),
    and "глава ведомства" of the only person heading a ministry, service or agency."""
    bodies = {o.id for o in organizations if o.name.split(" ")[0].lower() in _AGENCIES}
    body_ids = {o.id for o in organizations}
    heads = [person for person, posts in by_person.items() if any(p.org in bodies for p in posts)]
    titled: dict[str, list[str]] = {}  # a held post's title, and its first word, → its holders
    for person, posts in by_person.items():
        for p in posts:
            for key in (p.title, p.title.split(" ")[0]):
                if person not in titled.setdefault(key, []):
                    titled[key].append(person)
    still = []
    for post in loose:
        if post.plural:  # "президенты", "министры": more than one person, so no one holder's mention
            holders = []
        elif post.title in _AGENCY_HEADS:
            holders = heads
        else:
            holders = [person for person in titled.get(post.title, ())
                       if any(_same_post(post, p) and not (p.org in body_ids and _state_heads_alone(post))
                              for p in by_person[person])]
        if len(holders) == 1:
            held = next(p for p in by_person[holders[0]] if p.org in bodies or _same_post(post, p))
            post.title, post.org, post.country = held.title, held.org, held.country  # one more mention of it
            post.why = "alone, one more mention of the only holder"
            by_person[holders[0]].append(post)
        elif (described := _described_head(post, by_person)) is not None:
            person, held = described
            post.title, post.org, post.country = held.title, held.org, held.country
            post.why = "a description of the only head of state, or of government, named"
            by_person[person].append(post)
        else:
            still.append(post)
    return still


def _described_head(post: _Post, by_person: dict[str, list[_Post]]) -> Optional[tuple[str, _Post]]:
    """The one person holding a post of the head of state, or of government, that a post alone
    describes ("Глава государства" of a "президент", "глава израильского правительства" of Israel's
    "премьер-министр", "британский премьер" of a "премьер-министр" of Britain), with that post;
    None when no one or more than one does."""
    kind = None if post.plural else _headed(post)
    if kind is None:
        return None
    found = [(person, held) for person, posts in by_person.items() for held in posts
             if _headed(held) == kind and not (post.country and held.country and held.country != post.country)]
    return found[0] if len({person for person, _ in found}) == 1 else None


def _headed(post: _Post) -> Optional[str]:
    """What a post's holder heads, "state" or "government", by its bare title ("президент",
    "глава государства", "премьер"; "глава", "лидер" of a country: "глава РФ", "российский лидер");
    None for any other post, for one with a word before its head ("бывший президент") and for one
    seated in an organisation ("президент и председатель правления [ПАО «Транснефть»]")."""
    if _in_body(post):
        return None
    kind = _heads(post.title)
    if kind is None and post.country and " " not in post.title and morph.lemma(post.title) in _HEADING:
        return "state"
    return kind


def _in_body(post: _Post) -> bool:
    """Whether a bare title is seated in an organisation rather than in a state ("президент" of
    "президент и председатель правления [ПАО «Транснефть»]")."""
    return " " not in post.title and post.org is not None and post.org.startswith("o")


def _heads(title: str) -> Optional[str]:
    """What a post's holder heads, "state" or "government", by its title: "президент",
    "премьер-министр", "глава государства", "председатель правительства"; None for any other."""
    words = title.split(" ")
    if len(words) == 2 and words[-1] in _STATES and morph.lemma(words[0]) in _HEADING:
        return "state" if morph.lemma(words[-1]) == "государство" else "government"
    kind = lexicon.what_it_heads(morph.lemma(words[0])) if len(words) == 1 else None
    return kind if kind in ("state", "government") else None


def _protagonist(loose: list[_Post], by_person: dict[str, list[_Post]], first: Optional[Person],
                 sentences: Sequence[Sentence]) -> list[_Post]:
    """A bare post alone that opens a sentence as its subject ("Президент осмотрел выставку")
    is the post of the release's protagonist (``_lead``: the person it names first as a subject),
    when that person holds no post of their own and this title is the only one so used. A post
    with more words ("пресс-секретарь группы заявил") more often brings in someone new, and one
    their own name follows is someone's of theirs ("Адвокат Насира заявил")."""
    if first is None or first.id in by_person:
        return loose
    subjects = [post for post in loose if post.mention.start > first.mentions[0].start
                and " " not in post.title and _opens_as_subject(post, sentences[post.sentence])]
    # a post the protagonist's name follows is someone's of theirs ("Адвокат [Насира] заявил")
    if len({post.title for post in subjects}) != 1 or any(
            t.start == post.stop and t.entity == first.id for post in subjects for t in sentences[post.sentence].spans):
        return loose
    for post in subjects:
        post.why = "a bare post opening a sentence: the protagonist's"
    by_person[first.id] = subjects
    return [post for post in loose if post not in subjects]


def _lead(persons: Sequence[Person]) -> Person:
    """The release's protagonist: the person it names first as a subject is named, in the
    nominative ("Владимир Путин провёл встречу"; not a headline's "Встреча с Михаилом Мурашко"),
    else the person it names first."""
    named = [(subject[0].start, k) for k, person in enumerate(persons) if (subject := _as_subject(person))]
    return persons[min(named)[1]] if named else min(persons, key=lambda person: person.mentions[0].start)


def _as_subject(person: Person) -> list:
    """A person's mentions that may stand in the nominative: each word of two letters or more
    is a word of the name ("Путин" of "Владимир Путин"; not "Михаилом Мурашко"); a name that does
    not decline is in every case."""
    words = set(_WORD.findall(person.name))
    return [m for m in person.mentions if set(_WORD.findall(m.text)) <= words]


def _protagonists_head_post(loose: list[_Post], by_person: dict[str, list[_Post]],
                            persons: Sequence[Person], sentences: Sequence[Sentence],
                            country: Callable[[Person], Optional[str]], home: Optional[str]) -> list[_Post]:
    """Posts alone in the nominative, all of a head of state or all of a head of government ("Глава
    государства заявил", "российский лидер", "Премьер-министр отметил"), are the posts of the
    release's protagonist, after his name: the person it names first as a subject (``_lead``,
    ``_as_subject``) among those holding no other post (a minister is not the president told of),
    whom no one is named as a subject more often than, nor as often from his sentence on, when they
    name no other country than his and no one else named holds such a post of his country (where
    another head is named, only the posts naming his country are his: "Президент Монголии ... –
    сказал Президент России"). A release tells of the head of state it is about by his post as often
    as by his name. In another case ("выборы президента", "решение президента") a post alone speaks
    of the office or of someone else, unless an official text writes it with a capital inside its
    sentence (``_official_head``: "доложил Президенту", "Президенту России вручили")."""
    # who may be the head told of: no one holding another post ("В переговорах приняли участие Министр
    # иностранных дел Сергей Лавров" before "сказал Президент России")
    persons = [person for person in persons if all(_headed(p) for p in by_person.get(person.id, ()))]
    if not persons:
        return loose
    first = _lead(persons)
    told = _as_subject(first)
    # no one named as a subject more often, nor as often from the lead's sentence on ("Иван Петров
    # и Анна Смирнова провели встречу": either may be the head told of next)
    starts = [sentence.tokens[0].start for sentence in sentences if sentence.tokens]
    if not told and len(persons) > 1 or told and any(
            len(mentions) > len(told) or len(mentions) == len(told)
            and bisect.bisect_right(starts, mentions[0].start) == bisect.bisect_right(starts, told[0].start)
            for person in persons if person is not first and (mentions := _as_subject(person))):
        return loose
    # a post before the name ("Президент провёл совещание. С докладом выступил Пётр Сидоров") is of
    # the unnamed head the release is from
    served = {p.country for person, posts in by_person.items() if person != first.id for p in posts if _headed(p)}
    kinds = [(post, kind) for post in loose if not post.plural and (kind := _headed(post))
             and post.mention.start > first.mentions[0].start
             and (_subject_form(sentences[post.sentence].words, post)
                  or _official_head(post, sentences[post.sentence].words, home, served))]
    if len({kind for _, kind in kinds}) != 1 or any(_headed(p) != kinds[0][1] for p in by_person.get(first.id, ())):
        return loose  # a head of government is not the head of state told of
    own = country(first)
    # another head of a state or government named holds a post of another country: a post alone of the
    # protagonist's own country is still his ("Президент Монголии ... – сказал Президент России")
    others = {p.country for person, posts in by_person.items() if person != first.id for p in posts
              if _headed(p) == kinds[0][1]}
    if others and (own is None or None in others or own in others):
        return loose
    described = [post for post, _ in kinds if own is None or post.country == own or post.country is None and not others]
    # one post, told of in several ways: by its own title ("президент"), held or alone, rather than
    # by a description ("глава государства", "глава РФ")
    model = next((p for p in [*by_person.get(first.id, ()), *described] if " " not in p.title and _heads(p.title)),
                 None)
    for post in described:
        if model is not None:
            post.title, post.org, post.country = model.title, model.org, model.country or post.country
        post.why = "a head of state's or government's post alone: the protagonist's"
    by_person.setdefault(first.id, []).extend(described)
    return [post for post in loose if post not in described]


def _counterparts_peer(loose: list[_Post], by_person: dict[str, list[_Post]], sentences: Sequence[Sentence]
                       ) -> list[_Post]:
    """Posts alone of a head of state or government in talks between heads: where persons holding
    such a post of a named country (the counterparts: "переговоры Владимира Путина с Президентом
    Лаоса [Буаконгом Ситхисаком]") are named in sentences beside just one person holding no post
    (the peer), a post alone of a country none of them serves, in any case ("визита Президента
    России", "Президент России пригласил"), and a plural one of no country ("Президенты дали
    оценку", "Лидеры условились", of the counterparts' kind) are the peer's; titled as the
    counterparts' post of that kind ("президент"), else as written. A release of such talks names
    the head it is from by his post as often as by his name; with two persons holding no post
    beside the counterparts, the post may be either's."""
    heads = {person: [p for p in posts if p.country and not p.former and _headed(p)] for person, posts in by_person.items()}
    counterparts = [p for posts in heads.values() for p in posts]
    if not counterparts:
        return loose
    holders = {person for person, posts in heads.items() if posts}
    peers: set[str] = set()
    for sentence in sentences:
        named = {t.entity for t in sentence.spans if t.type == "PER" and t.entity}
        if named & holders:
            peers |= {person for person in named if person not in by_person}
    if len(peers) != 1:
        return loose
    (peer,) = peers
    served = {p.country for p in counterparts}
    kinds = {_headed(p) for p in counterparts}
    still = []
    for post in loose:
        if post.plural:  # "Президенты", "главы государств"; "Лидеры" of the counterparts' one kind
            kind = _heads(post.title) or (next(iter(kinds)) if len(kinds) == 1 and " " not in post.title
                                          and morph.lemma(post.title) in _HEADING else None)
            ours = kind in kinds and not post.states and post.country is None \
                and _subject_of_plural_verb(sentences[post.sentence].words, post)
        else:
            kind = _headed(post)
            ours = kind is not None and post.country is not None and post.country not in served
        model = next((p for p in counterparts if _headed(p) == kind and " " not in p.title), None)
        if not ours or post.plural and model is None:
            still.append(post)
            continue
        if model is not None:
            post.title, post.org = model.title, None
        post.plural = False
        post.why = "a head's post alone in talks of heads: the one person holding no post beside them"
        by_person.setdefault(peer, []).append(post)
    return still


def _subject_of_plural_verb(words: list[str], post: _Post) -> bool:
    """Whether a plural post is the subject of the verb right after it: "Президенты дали оценку",
    "лидеры обсудили" (not "все наши президенты вместе взятые", "встреча руководителей")."""
    governor = words[_governor(words, post.start, post.head)]
    return post.stop < len(words) and any(p.tag.case == "nomn" for p in morph.parses(governor)) \
        and any({"VERB", "plur"} <= p.tag.grammemes for p in morph.parses(words[post.stop])[:1])


def _previous_subjects(loose: list[_Post], by_person: dict[str, list[_Post]], sentences: Sequence[Sentence]
                       ) -> list[_Post]:
    """A one-word post alone opening a sentence as its subject ("Журналист уверен", "Спортсменка
    является", "Экс-премьер был приговорён") describes the person named first in the last sentence
    before that names anyone, two back at most (``_last_named_first``), in the nominative ("[Григорий
    Ревзин] отвечает: ... . Журналист уверен"), when their genders agree and no one else holds that
    title. Not a post with more words ("Новый министр", "Представитель Эрдогана": someone else), nor
    after a name in another case ("Дочери [Назарбаева] ... . Спикер сменяет президента"), nor a post
    the person is under (``_under``) or the deputy form of one they hold (``_deputy_of``: "Губернатор
    области [Игорь Руденко] ... . Вице-губернатор сообщил": the deputy is someone else), nor one a
    participle clause between commas picks out ("Вице-губернатор, курирующий финансы, сообщил": one
    of several, not the one just named), nor a head of state's or government's post, which the
    protagonist's rules give."""
    titled = {p.title for posts in by_person.values() for p in posts}
    still = []
    for post in loose:
        sentence = sentences[post.sentence]
        before = _last_named_first(sentences, post.sentence)
        if before is None or post.plural or " " in post.title or post.title in titled or _heads(post.title) \
                or post.stop in {t.start for t in sentence.spans} or not _opens_as_subject(post, sentence) \
                or not _as_written(before) or not _gender_agrees(sentence.words[post.head], before) \
                or _under(post.title, by_person.get(before.entity, ())) \
                or _deputy_of(post.title, by_person.get(before.entity, ())) or _participle_aside(post, sentence.words):
            still.append(post)
            continue
        post.why = "a bare post opening a sentence: the subject of the one before"
        by_person.setdefault(before.entity, []).append(post)
    return still


def _named_last_before(loose: list[_Post], by_person: dict[str, list[_Post]], sentences: Sequence[Sentence]
                       ) -> list[_Post]:
    """A post with its body opening a sentence as its subject describes the person whose name closes the
    sentence before, the new person that sentence brings in, who holds no post yet: "Экскурсию провёл
    [Алексей Осипов]. Ректор Томского государственного университета рассказал ...", when the gender its
    predicate tells, else its head's, is theirs; not a head of state's or government's post."""
    still = []
    for post in loose:
        sentence = sentences[post.sentence]
        last = _name_closing(sentences[post.sentence - 1]) if post.sentence else None
        if last is None or " " not in post.title or post.org is None or _heads(post.title) \
                or last.entity in by_person or post.stop in {t.start for t in sentence.spans} \
                or not _opens_as_subject(post, sentence) or not _as_written(last) \
                or not _told_gender_agrees(post, sentence.words, last):
            still.append(post)
            continue
        post.why = "a post with its body opening a sentence: the one named last before"
        by_person[last.entity] = [post]
    return still


def _told_gender_agrees(post: _Post, words: list[str], person: Span) -> bool:
    """Whether the gender the post's predicate tells, else its head's, may be the person's ("Директор музея
    рассказала" of a woman)."""
    told = _verb_gender(words[post.stop]) if post.stop < len(words) else None
    return _name_gender(person) in (told, None) if told else _gender_agrees(words[post.head], person)


def _name_closing(sentence: Sentence) -> Optional[Span]:
    """The person whose name ends a sentence, but for its closing punctuation."""
    words = sentence.words
    end = len(words)
    while end and not wordlike(words[end - 1]):
        end -= 1
    return next((t for t in sentence.spans if t.type == "PER" and t.entity and t.stop == end), None)


def _last_named_first(sentences: Sequence[Sentence], number: int) -> Optional[Span]:
    """The person named first in the last sentence before sentence ``number`` that names anyone, up to
    ``_PRONOUN_REACH`` sentences back."""
    for k in range(number - 1, max(number - _PRONOUN_REACH, 0) - 1, -1):
        first = next((t for t in sentences[k].spans if t.type == "PER" and t.entity), None)
        if first is not None:
            return first
    return None


def _under(title: str, held: Sequence[_Post]) -> bool:
    """Whether a person's posts put them under the post ``title`` names: a compound's part ("вице-министр",
    then "Министр подписал": the minister is someone else) or a word the head governs ("заместитель
    министра"); not the title's own word ("хоккейный защитник", then "Защитник")."""
    lemma = morph.lemma(title)
    for post in held:
        for word in post.title.split(" "):
            parts = word.split("-")
            if len(parts) > 1 and lemma in map(morph.lemma, parts) and morph.lemma(word) != lemma \
                    or morph.lemma(word) == lemma and word != lemma:
                return True
    return False


def _deputy_of(title: str, held: Sequence[_Post]) -> bool:
    """Whether a one-word title is the deputy form of the head of a post the person holds: "вице-губернатор"
    or "замгубернатора" (``_fused_deputy``) of one who is "губернатор области", "вице-президент" of a
    "президент компании"."""
    lower = title.lower()
    if lower.startswith(_VICE):
        rest = lower[len(_VICE):]
    elif _fused_deputy(lower):
        rest = lower[3:]
    else:
        return False
    return rest.isalpha() and any(morph.lemma(p.title.split(" ")[0]) == morph.lemma(rest) for p in held)


_VICE = "вице-"


def _participle_aside(post: _Post, words: list[str]) -> bool:
    """Whether a participle clause set off by a comma follows the post, picking out which of its holders is
    meant: "Вице-губернатор, курирующий финансы, сообщил"."""
    return post.stop + 1 < len(words) and words[post.stop] == "," \
        and any(p.tag.POS == "PRTF" for p in morph.parses(words[post.stop + 1]))  # "пишущий" reads first as ADJF


def _gender_agrees(head: str, person: Span) -> bool:
    """Whether a post's head may name the person: a feminine head a woman, any other not a woman."""
    feminine = "femn" in morph.parses(head)[0].tag.grammemes
    return _name_gender(person) in (("femn", None) if feminine else ("masc", None))


def _subject_form(words: list[str], post: _Post) -> bool:
    """Whether a post may be its clause's subject: its head in the nominative singular ("Глава государства
    заявил"; not "Выборы главы государства")."""
    return any(_SINGULAR <= p.tag.grammemes for p in morph.parses(words[_governor(words, post.start, post.head)]))


def _of_states(loose: list[_Post], by_person: dict[str, list[_Post]], countries: dict[str, Optional[str]]
               ) -> list[_Post]:
    """A plural post of several states ("президенты России и Таджикистана") is the post of the
    one person of each state the release names, when each has one: Владимир Путин of Russia and
    Эмомали Рахмон of Tajikistan are "президент", each of his own country."""
    still = []
    for post in loose:
        people = [[person for person, country in countries.items() if country == state] for state in post.states]
        if not post.plural or len(people) < 2 or any(len(found) != 1 for found in people):
            still.append(post)
            continue
        for [person], state in zip(people, post.states):
            if not any(held.title == post.title for held in by_person.get(person, ())):
                by_person.setdefault(person, []).append(
                    replace(post, country=state, org=None, why="a plural post of several states: each one's"))
    return still


def _opens_as_subject(post: _Post, sentence: Sentence) -> bool:
    tokens = sentence.tokens
    return not post.plural and tokens[post.start].text[:1].isupper() \
        and not any(wordlike(tokens[j].text) for j in range(post.start)) \
        and _case(tokens[_governor(sentence.words, post.start, post.head)].text, "nomn")


_AGENCY_HEADS = lexicon.words("agency_head")
_AGENCIES = lexicon.words("agency")


def _state_heads_alone(post: _Post) -> bool:
    """Whether a post alone is a head of state's written with a capital inside its sentence ("Ранее
    Президент провёл заседание"): so an official text names the head of state, not the president of a
    body told of before ("президент Российской академии наук"); a capital at a sentence's start says
    nothing."""
    return post.start > 0 and post.stop - post.start == 1 and post.mention.text[:1].isupper() \
        and lexicon.what_it_heads(post.title) == "state"


def _official_head(post: _Post, words: list[str], home: Optional[str], served: set[Optional[str]]) -> bool:
    """Whether a post alone is a head of state's written with a capital inside its sentence, in any
    case, of no country or of the release's own, whose head of state or government is no one else
    named ("Глава региона доложил Президенту", "Президенту России вручили грамоты"; not "послание от
    Президента Египта" in a release from Russia, nor "от Президента Лаоса" beside the premier of
    Laos): so an official text names the head of state it is from, where a news text writes
    "президент" and a capital at a sentence's start says nothing. Not an act's author ("Указом
    Президента", "по распоряжению Президента"): the act, not the head, is what its sentence tells of."""
    return post.start > 0 and post.stop - post.start - len(post.qualifiers) == 1 \
        and morph.lemma(words[post.start - 1].lower()) not in _ACTS \
        and (post.country is None or post.country == home and home not in served) \
        and post.mention.text[:1].isupper() and lexicon.what_it_heads(post.title) == "state"


def _same_post(alone: _Post, held: _Post) -> bool:
    """Whether a post alone is a held one told of again: its title, or its head alone (with its
    country's adjective or not: "украинский министр"), and no other country ("Президент США" is not
    the "президент" of Russia), nor, governing a state, a post in a body ("Президент России" is not
    the "президент" of a company)."""
    return (alone.title == held.title or alone.title == held.title.split(" ")[0]
            and alone.stop - alone.start - len(alone.qualifiers) == 1) \
        and not (alone.country and held.country and alone.country != held.country) \
        and not (alone.states and not _in_body(alone) and _in_body(held))


def _positions(posts: list[_Post]) -> tuple[Position, ...]:
    """One Position per distinct title, with all its mentions; an alone post adds to the fuller one;
    the ties with no title, one per body."""
    merged: dict[object, list] = {}  # a title, or for a tie with none, (None, its body) → its position so far
    by_first_word: dict[str, str] = {}  # a title's first word → the first title merged with it
    for post in sorted(posts, key=lambda p: (-len(p.title or ""), p.mention.start)):
        if post.title is None:
            home = key = (None, post.org)
        else:
            home = post.title if post.title in merged else by_first_word.get(post.title)
            key = post.title
        if home not in merged:
            merged[key] = [post.title, post.org, post.country, [post.mention], post.former]
            if post.title is not None:
                by_first_word.setdefault(post.title.split(" ")[0], post.title)
        else:
            entry = merged[home]
            entry[1] = entry[1] or post.org
            entry[2] = entry[2] or post.country
            entry[3].append(post.mention)
            entry[4] = entry[4] and post.former  # held now if any mention says so
    ordered = sorted(merged.values(), key=lambda entry: min(m.start for m in entry[3]))
    return tuple(Position(title, org, country, tuple(sorted(set(mentions), key=lambda m: (m.start, m.stop))),
                          former=former)
                 for title, org, country, mentions, former in ordered)


def _former(title: str) -> bool:
    """Whether a title gives its post as held before: its first word is "бывший", "прежний",
    "отставной" (words.tsv ``former``) or is prefixed "экс-" ("экс-премьер")."""
    first = title.split(" ")[0]
    return first != _unprefixed(first) or morph.lemma(first) in _FORMER
