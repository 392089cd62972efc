"""Stage events: typed events found by their triggers, with date, place, participants.

A trigger from ``data/triggers.tsv`` (a noun such as "переговоры", "визит", "форум" or a
verb such as "посетил", "подписан", "назначить", in any form) opens an event of its
type in its sentence. The event takes:

- its status from the tense of the clause ("состоится", "посетит", "будут обсуждены",
  "планируется" → planned; else occurred);
- its date from the date nearest to the trigger in the sentence, else from the event
  before it, else the release's own date;
- its participants from the people, organisations and groups of the sentence, with
  roles; its place from a place the sentence puts it in ("в Кремле", "в г. Карамай",
  the destination of a visit); also the persons a later sentence with no trigger lists as
  taking part ("Президента сопровождали ...", "С докладами выступили ...");
- for a signing, the document ("Меморандум о взаимопонимании ..."); for a conference
  or a ceremony, its name; for an appointment, the post.

Events of one type that tell of one occurrence merge: a headline and its lead, "Встреча
прошла в конструктивной атмосфере" after the meeting itself.

A body an event is held in or visits, or that something takes place in ("В Министерстве
состоялось обсуждение"), is added to the places too, as the guideline lists such venues.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, NamedTuple, Optional

from .. import eventtypes, lexicon, morph
from ..doc import Doc, Sentence, Span, Token
from ..eventtypes import EventType, Trigger
from ..records import DateMention, Location, Mention, Participant, Person, Position
from ..records import Span as Evidence
from . import dates, normalise, posts
from .segment import wordlike

# Verbs that only say an event happened: "провел переговоры", "состоялась встреча".
_LIGHT_VERBS = lexicon.words("light_verb")
_DOCUMENTS = lexicon.words("document")
_PLACE_PREPOSITIONS = frozenset(p.word for p in lexicon.prepositions().values() if p.place == "at")
_REACH = 20  # how many earlier events of its type an event may be one with
_ACTS = lexicon.words("act")
_SIGNED = _ACTS | _DOCUMENTS  # what a signing verb's object may be


@dataclass
class _Found:
    spec: EventType
    sentence: int
    start: int  # trigger tokens
    stop: int
    status: str
    date: Optional[str] = None
    own_date: bool = False
    place: Optional[str] = None
    participants: list[Participant] = field(default_factory=list)
    document: Optional[str] = None
    name: Optional[str] = None
    position: Optional[str] = None
    topic: Optional[str] = None
    anaphoric: bool = False  # "данный визит", "этот форум": an occurrence told of before
    framed: bool = False  # "в ходе переговоров", "по итогам встречи": named as the frame of something else
    sitting: Optional[str] = None  # "в узком составе": how many sat at it, said in its clause
    recalled: bool = False  # "Напомню, ... мы вместе запускали": a past occurrence recalled
    reported: bool = False  # "отметил, что ... был подписан Меморандум": a past occurrence told of as said
    hearsay: bool = False  # "сообщил, что ... прошла выставка": told of by someone who took no part
    the_document: bool = False  # "Документ подписали ...": of the document told of before
    legs: bool = False  # "посещение трёх городов": a journey's visits to places counted, within it
    again: bool = False  # "вновь принять участие в выставке": another occurrence of one told of
    repeated: bool = False  # "вновь принять участие": by the ones who did it before
    by_post: bool = False  # "встреча глав железных дорог": its parties told of by a post in the plural
    ahead: bool = False  # "в преддверии визита", "для участия в форуме": what is prepared for or come for
    receiving: bool = False  # "принял посла": who is named after the trigger is received, a companion
    placed: bool = False  # "Совещание прошло в Доме правительства": its sentence says where it took place
    today: bool = False  # its own date is the release's day ("Сегодня у нас намечается подписание")
    dated_apart: bool = False  # its sentence has a date, of another clause
    anew: bool = False  # told of anew out of the clause of its sentence's other occurrence of a date ("состоялось")
    unanchored: Optional[str] = None  # its own date phrase, which nothing dates ("в апреле" with no date line)
    # the event whose clause a frame opens tells of it ("заседание ..., [по итогам которого подписано ...]")
    within: Optional["_Found"] = None
    release_day: bool = False  # what happened, told before any dated occurrence, with no date of its own
    another_day: bool = False  # its own date is not the release's day ("на прошлой неделе", "вчера")
    told: list[int] = field(default_factory=list)  # the sentences of the mentions folded into it
    frames: list[int] = field(default_factory=list)  # those of the mentions named as a frame ("По итогам встречи")
    lemma: str = ""  # the trigger's word: "совещание" of "оперативное совещание" and "В совещании приняли участие"
    announced: bool = False  # a verb before its noun says it took place: "состоялось заседание", "провёл брифинг"
    why: list[tuple[str, str]] = field(default_factory=list)  # (rule, what it did), for explain

    @property
    def type(self) -> str:
        return self.spec.name


# Words that point back to an occurrence already told of.
_ANAPHORA = lexicon.words("anaphora")
_MODES = lexicon.words("mode")
_PLANNING = lexicon.words("plan")
_LEADERS = lexicon.words("leaders")  # words, and phrases of two
_INVITATION = lexicon.words("invitation")
_SITES = lexicon.words("site")
_MEMORIALS = lexicon.words("memorial")
_AWARDS = lexicon.words("award")
_AGREEMENTS = lexicon.words("agreement")
_OFFICES = lexicon.words("office")
_HYPOTHETICAL = lexicon.words("hypothetical")
_PROPOSALS = lexicon.words("proposal")
_FORECAST = lexicon.words("forecast")
_CALLED_OFF = lexicon.words("called_off")
_WISHES = lexicon.words("wish")
_DEMANDS = lexicon.words("demand")
_CONDITIONS = lexicon.words("condition")
_CONSEQUENCE = lexicon.words("consequence")
_EFFECTS = lexicon.words("effect")
_OBLIGATION = lexicon.words("obligation")
_ONLINE = lexicon.words("online")
_HABITUAL = lexicon.words("habitual")
_EVERY = lexicon.words("every")
_POSSIBILITY = lexicon.words("possibility")
_COURT = lexicon.words("court")
_LONG_UNITS = lexicon.words("long_unit")
_COUNT_WORDS = lexicon.words("count_word")
_AGO = lexicon.words("ago")
_SERIES = lexicon.words("series")
_RULES = lexicon.words("rule_noun")
_REFERENCE_POINTS = lexicon.words("reference_point")
_STREETS = lexicon.words("street")
_PURPOSE = lexicon.words("purpose")
_PREPARATION = lexicon.words("preparation")
_FRAMES = lexicon.words("frame")
_RECOLLECTION = lexicon.words("recollection")
_AGAIN = lexicon.words("again")
_REPEAT = lexicon.words("repeat")
_PRESENCE = lexicon.words("presence")
_SEQUENCE = lexicon.words("sequence")
_PRESS = lexicon.words("press")
_RECEIVED = lexicon.words("received")
_PROCESS = lexicon.words("process")  # words, and phrases of two
_PREVIOUS = lexicon.forms_of(lexicon.words("previous"))
_REPORTING = lexicon.forms_of(lexicon.words("reporting"))
_ESCORT = lexicon.words("escort")
_ATTENDANCE = lexicon.words("attendance")
_ATTENDANCE_PHRASES = frozenset(tuple(entry.split()) for entry in _ATTENDANCE if " " in entry)
_OCCASIONS = lexicon.words("occasion")
_GENERAL = lexicon.words("general_event")
_GENERAL_DOCUMENTS = lexicon.words("general_document")
_REMARKS = lexicon.words("remark")
_RELATIVE = lexicon.words("relative")
_WHERE = lexicon.words("place_relative")
_TALLY = lexicon.words("tally")
_SPORT = lexicon.words("sport")
_CONTESTS = lexicon.words("contest")
_SIDES = lexicon.words("game_side")
_THOUSANDS = lexicon.words("thousands")
_AGREEING = lexicon.words("agreeing")
_CONTINUATION = lexicon.words("continuation")


def _date_lemmas(*kinds: str) -> frozenset[str]:
    """The words dates_words.tsv's rows of these kinds write out, without their {grammemes}."""
    return frozenset(entry.split("{")[0] for kind, _, forms in lexicon.table("dates_words.tsv") if kind in kinds
                     for entry in lexicon.entries(forms))


# what a number counts in a date ("9 мая", "в 1997 году"), not done things
_CALENDAR = _date_lemmas("month") | lexicon.words("calendar_unit")
_FORMATS = lexicon.words("format")
_SITTING = lexicon.words("sitting")
_SITTING_NOUNS = lexicon.words("sitting_noun")
# the words of a day or a time without a number ("на воскресенье", "на следующую неделю", "на завтра"):
# lemmas, and the forms a row writes out (the dictionary's lemma of "воскресенье" is "воскресение")
_DAYS = _CALENDAR | _date_lemmas("weekday", "weekday?", "day", "season")
_FIRST_PERSON = lexicon.words("first_person")
_BODY_NOUNS = lexicon.words("agency_noun")
_ANNIVERSARIES = lexicon.words("anniversary")
_JUBILEE = re.compile(r"([0-9]+)-?лети(?:е|я|ю|ем|и)")  # "30-летия": the years in one word
_LABEL = re.compile(r"[^\S\n]*:")  # a speaker's label: "В.Путин :", "И.Гехт:"


# Marks that end a clause: "можно было бы подписать, а ..." is hypothetical only up to the comma.
_PUNCTUATION = frozenset({".", ",", ";", ":", "!", "?", "(", ")", "–", "—"})
_DASHES = frozenset({"–", "—"})


def run(doc: Doc) -> None:
    """Gives ``events``, and adds to ``locations`` the bodies that are venues."""
    text, sentences, published = doc.text, doc.sentences, doc.published
    kinds = {e.id: kind for kind, entities in (("person", doc.persons), ("org", doc.organizations),
                                               ("place", doc.locations), ("group", doc.groups)) for e in entities}
    # what each sentence holds, gathered once: a release of thousands of names stays linear
    countries = [loc.id for loc in doc.locations if loc.kind == "country"]
    agencies = {o.id for o in doc.organizations if morph.lemma(o.name.split(" ")[0].lower()) in _BODY_NOUNS}
    local = _Local({}, {}, {}, _heads_of_state(doc, set(countries)), set(countries), published,
                   next(iter(agencies)) if len(agencies) == 1 else None)
    for person in doc.persons:
        for position in _titled(person):
            for m in position.mentions:
                local.posts.setdefault(doc.sentence_at(m.start), []).append(
                    (m.start, m.stop, person.id, position.title))
    local.persons = sorted((m.start, person.id) for person in doc.persons for m in person.mentions)
    for start, stop, person, title in sorted(post for held in local.posts.values() for post in held):
        first = text[start:min(stop, start + 40)].split(" ")[0].lower()
        local.titles.setdefault(title.split()[0].lower(), []).append((start, person, title, first))
    # "В.Путин: Уважаемые коллеги, ...": the person a passage of speech is labelled with
    local.speakers = sorted((m.start, person.id) for person in doc.persons for m in person.mentions
                            if _labels(text, m))
    for group in doc.groups:
        for m in group.mentions:
            local.groups.setdefault(doc.sentence_at(m.start), []).append(group.id)
    for d in doc.dates:
        if d.value and d.precision != "time":
            local.dates.setdefault(doc.sentence_at(d.start), []).append(d)
        elif not d.value:
            local.unanchored.setdefault(doc.sentence_at(d.start), []).append(d)
    # each sentence's words in lower case with ё as е, as the word lists have them: made once for
    # the trigger and the companion rules, which both look every word up
    normed = [[w.lower().replace("ё", "е") for w in sentence.words] for sentence in sentences]
    events: list[_Found] = []
    for number, sentence in enumerate(sentences):
        together = None
        found, unsaid = _triggered(number, sentence, normed[number], doc, local.dates.get(number, []))
        for event in found:
            _describe(event, text, sentence, kinds, local, [e for e in found if e is not event], unsaid)
            persons = [p.ref for p in event.participants if kinds.get(p.ref) == "person"]
            if len(persons) >= 2 and set(persons) & set(local.heads):
                together = persons
            events.append(event)
        if together:
            local.together = together  # after the sentence: its own events are no earlier ones
    dated = False  # whether an occurrence with a date of its own was told of before
    for event in events:
        if event.own_date and published and _long_before(event.date, published):
            event.recalled = True  # "в прошлом году Вы посетили": a dated past occurrence
        sentence = sentences[event.sentence]
        if event.own_date and published and event.status == "occurred" and event.date.split("/")[0] > published \
                and dates.tense(sentence, sentence.tokens[event.stop - 1].start) != "past":
            event.status = "planned"  # "Вы наше приглашение приняли – 9 мая на участие в ...": still to come
            event.why.append(("status", "its own date is after the release's, and its clause is not in the past"))
        event.today = event.own_date and event.date == published
        event.another_day = event.own_date and bool(published) and not _holds_the_day(event.date, published)
        # "Глава государства провёл рабочую встречу": told before any dated occurrence, it is of the
        # release's day, which _date_the_rest gives it
        event.release_day = not (event.own_date or dated or event.recalled or event.reported) \
            and event.status == "occurred" and bool(published) and event.sentence > 0  # a headline tells of no time
        dated = dated or event.own_date and event.status == "occurred"
    bodies = {person.id: {position.org for position in person.positions if position.org} for person in doc.persons}
    merged = _merge(events, {g.id for g in doc.groups}, bodies)
    firsts: set[str] = set()
    for event in merged:
        if "topic" in event.spec.fields:
            # "Стороны обсудили ...": what a meeting was about is often the next sentence's, and the
            # first meeting's the headline's ("В Минсвязи обсудили цифровые проекты БРИКС с ...")
            for number in (event.sentence + 1, 0 if event.type not in firsts else None):
                if event.topic is None and number is not None and number < len(sentences):
                    event.topic = _topic(text, sentences[number].tokens, sentences[number].words)
                    if event.topic:
                        event.why.append(("topic", f"from sentence {number}, the next one or the headline"))
            firsts.add(event.type)
    # where each sentence's paragraph ends: a line break before the next sentence opens another
    ends = [k for k in range(len(sentences))
            if k + 1 == len(sentences) or "\n" in text[sentences[k].stop:sentences[k + 1].start]]
    _date_the_rest(merged, published, [ends[bisect.bisect_left(ends, k)] for k in range(len(sentences))])
    _travellers_of_the_legs(merged)
    _members_by_post(merged, doc)
    _signatories_by_post(merged, doc)
    _fill_parties(merged, countries, kinds)
    _laid_at(merged, doc)
    _place_where_they_came(merged, doc.sentences, set(countries))
    _place_of_the_frame(merged)
    _place_the_day(merged, _dateline_place(doc), published)
    _place_the_journey(merged, set(countries))
    _add_protagonist(merged, doc)
    _add_companions(merged, {e.sentence for e in events}, doc, normed, kinds, local)
    _add_post_bodies(merged, doc, kinds)
    _groups_as_countries(merged, doc)
    _hosts_left_out(merged)
    _venues_as_places(merged, doc, normed)
    out = []
    for i, event in enumerate(merged, 1):
        sentence = sentences[event.sentence]
        tokens = sentence.tokens[event.start:event.stop]
        trigger = Mention(tokens[0].start, tokens[-1].stop, text[tokens[0].start:tokens[-1].stop])
        out.append(event.spec.record(
            id=f"e{i}", type=event.type, status=event.status, trigger=trigger,
            evidence=Evidence(sentence.start, sentence.stop), date=event.date, place=event.place,
            participants=tuple(event.participants), document=event.document, name=event.name,
            position=event.position, topic=event.topic))
        for rule, detail in event.why:
            doc.note("events", rule, trigger.start, trigger.stop, f"e{i}", detail)
    doc.events = tuple(out)


def _venues_as_places(events: list[_Found], doc: Doc, normed: list[list[str]]) -> None:
    """A body an event is held in or visits ("На брифинге в Сенате", "посетил Национальный центр
    «Россия»"), that something takes place in ("В Министерстве состоялось обсуждение", "форума,
    проходившего на ВДНХ"), or whose building one is in ("в здании Сената"), is also a place of the
    release: the guideline lists an institution
    that is a visited venue among both the bodies and the places. The place takes the body's name
    and has no mentions: the text's mentions are the body's, and the events' place stays the body."""
    bodies = {o.id: o for o in doc.organizations}
    venues = {event.place: event for event in events if event.place in bodies}
    for number, sentence in enumerate(doc.sentences):
        if _TAKING_PLACE.isdisjoint(normed[number]) and _BUILDINGS.isdisjoint(normed[number]):
            continue
        for span in sentence.spans:
            if span.type == "ORG" and span.entity in bodies and span.entity not in venues \
                    and (_held_in(sentence.words, normed[number], span.start, span.name_stop or span.stop)
                         or _in_building(sentence.words, normed[number], span.start)):
                venues[span.entity] = None
                doc.note("events", "held in a body", span.mention.start, span.mention.stop, span.mention.text,
                         f"{bodies[span.entity].name!r}, where something is or takes place: listed as a place too")
    places = list(doc.locations)
    named = {loc.name for loc in places}
    for body, event in venues.items():
        if bodies[body].name not in named:
            named.add(bodies[body].name)
            places.append(Location(id=f"l{len(places) + 1}", name=bodies[body].name, kind="place"))
            if event is not None:
                event.why.append(("place", f"the body {bodies[body].name!r} it is held in or visits, "
                                  "listed as a place too"))
    doc.locations = tuple(places)


_TAKING_PLACE = lexicon.forms_of(lexicon.words("taking_place"), frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"}))


_BUILDINGS = lexicon.forms_of(lexicon.words("building"), frozenset({"NOUN"}))


def _in_building(words: list[str], normed: list[str], k: int) -> bool:
    """Whether the body named at word ``k`` is where one is by its building ("в здании Сената",
    "в резиденции Президента"): the building's noun in the locative after "в"/"на", the body's
    name in the genitive or an abbreviation."""
    if k < 2 or normed[k - 1] not in _BUILDINGS or normed[k - 2] not in _PLACE_PREPOSITIONS:
        return False
    return any(p.tag.case in ("loct", "loc2") for p in morph.parses(normed[k - 1])) and \
        (words[k].isupper() or any(p.tag.case == "gent" for p in morph.parses(normed[k])))


def _held_in(words: list[str], normed: list[str], k: int, stop: int) -> bool:
    """Whether the body named by words ``k`` to ``stop`` is where a verb of taking place says
    something is: after "в"/"на", in the locative or an abbreviation, right after the verb or
    right before it ("проходившего на ВДНХ", "В Министерстве ... состоялось"), not in a phrase of
    another word between ("референдум о членстве страны в НАТО")."""
    if k < 1 or normed[k - 1] not in _PLACE_PREPOSITIONS:
        return False
    if not (words[k].isupper() or any(p.tag.case in ("loct", "loc2") for p in morph.parses(words[k].lower()))):
        return False
    return k > 1 and normed[k - 2] in _TAKING_PLACE or stop < len(words) and normed[stop] in _TAKING_PLACE


def _groups_as_countries(events: list[_Found], doc: Doc) -> None:
    """A group taking part (a delegation, a side) stands for its country when the release names
    that country ("делегация Китайской Народной Республики": Китай, in the group's role), unless a
    participant of that country is named with it in a sentence telling of the event (its head, its
    members), and is left out otherwise: the guideline's participants are persons, bodies and countries, and it
    leaves unnamed parties out. The groups stay in the record's ``groups``."""
    groups = {g.id: g for g in doc.groups}
    if not groups:
        return
    countries = {loc.name: loc.id for loc in doc.locations if loc.kind == "country"}
    # the country of a person who holds a post (one of a person with none may be a guess from the
    # sentence the group itself is named in)
    members = {e.id: ({pos.country for pos in e.positions} | ({e.country} if e.positions else set()),
                      {doc.sentence_at(m.start) for m in e.mentions}) for e in doc.persons}
    members.update({e.id: ({e.country}, {doc.sentence_at(m.start) for m in e.mentions}) for e in doc.organizations})
    for event in events:
        kept: list[Participant] = []
        for p in event.participants:
            if p.ref not in groups:
                kept.append(p)
                continue
            group = groups[p.ref]
            told = {doc.sentence_at(m.start) for m in group.mentions} & {event.sentence, *event.told}
            member = next((q.ref for q in event.participants if q.ref in members
                           and group.country in members[q.ref][0] and members[q.ref][1] & told),
                          None) if group.country else None
            country = countries.get(group.country)
            if member is not None:
                # "возглавил казахстанскую делегацию", "с делегацией КНР: представителями Ассоциации ...":
                # the group's members named with it take part for it
                event.why.append(("participants",
                                  f"the group {p.ref} left out: {member}, of its country, named with it"))
            elif country is not None and all(q.ref != country for q in event.participants + kept):
                kept.append(Participant(country, p.role))
                event.why.append(("participants", f"the group {p.ref} stands for its country {country}"))
            else:
                event.why.append(("participants", f"the group {p.ref} left out: no country of its named"))
        event.participants = kept


def _hosts_left_out(events: list[_Found]) -> None:
    """A journey's hosts (the bodies and countries in its hosts' role) take no part in its record:
    the guideline lists the visitors and those who went along, and leaves the host out. Until
    now they helped tell one occurrence from another. Nor does a body a journey of the sentence
    visits take part in what else is held there, its venue ("аким посетил ТЭЦ-2 и провёл совещание
    с руководством предприятия": the meeting's place, not a party to it)."""
    visited: dict[int, set[str]] = {}
    for event in events:
        role = event.spec.roles.org
        hosts = [p.ref for p in event.participants if p.role == role] if event.spec.destination else []
        if hosts:
            visited.setdefault(event.sentence, set()).update(hosts)
            event.participants = [p for p in event.participants if p.role != role]
            event.why.append(("participants", "a journey's hosts left out: " + ", ".join(hosts)))
    for event in events:
        venue = event.place if not event.spec.destination and event.place in visited.get(event.sentence, ()) else None
        if venue is not None and any(p.ref == venue for p in event.participants):
            event.participants = [p for p in event.participants if p.ref != venue]
            event.why.append(("participants", f"{venue} left out: the body a journey of its sentence visits, "
                                              "where it is held"))


def _long_before(value: str, published: str) -> bool:
    """Whether a date (or the end of a range) is two months or more before the release's month:
    "2024", "2025-03-10" before "2025-05-07"; not "2025-04-30", which a release may report late."""
    end = value.split("/")[-1]
    if len(end) == 4 or len(published) == 4:
        return end[:4] < published[:4]
    year, month = int(end[:4]), int(end[5:7])
    return (int(published[:4]) - year) * 12 + int(published[5:7]) - month >= 2


# ---------------------------------------------------------------- triggers


class _Words(NamedTuple):
    """A sentence as the trigger rules see it: its words, their lemmas and the set of them."""

    sentence: Sentence
    words: list[str]
    lemmas: list[str]
    present: set[str]
    # per event type, the clause of a trigger of it skipped as not said to happen (``MODAL``)
    unsaid: dict[str, range]
    # each word's clause, filled at the first look (``_clause``), and where in a clause or the sentence
    # a skip rule's words stand, by the rule and the stretch (``_where``): a sentence of many triggers
    # and no punctuation is read once for them all, not once per trigger
    clauses: list[range]
    found: dict[tuple[str, int, int], list[int]]


def _arrival(k: int, seen: _Words) -> bool:
    """Arriving is a visit when said ("прибыл с официальным визитом") or into a place, after the verb
    or right before it ("прибывшим в Россию", "в декабре в Астану прибудет делегация")."""
    words = seen.words
    return "визит" in seen.present or any(
        t.type == "LOC" and (t.start == k + 2 and words[k + 1].lower() in ("в", "во")
                             or t.stop == k and t.start >= 1 and words[t.start - 1].lower() in ("в", "во"))
        for t in seen.sentence.spans)


def _between_parties(k: int, seen: _Words) -> bool:
    """A signing is between parties: "подписал Указ", "Указ вступает в силу со дня его подписания"
    sign nothing between them, nor does signing a personnel act ("подписал заявление об увольнении
    ...", "приказ о назначении"), which is the appointment or the release itself."""
    # what is signed, the first act or document after the trigger: "подписал закон о ратификации
    # соглашения" signs a law; else an act the sentence names, and no document, is what is
    signed = next((seen.lemmas[j] for j in _following(k, seen, 4) if seen.lemmas[j] in _SIGNED), None)
    if signed in _ACTS or signed is None and _ACTS & seen.present and not _DOCUMENTS & seen.present:
        return False
    return not any(eventtypes.get(row.type).item for j in _following(k, seen, 4) for row in _rows(seen.lemmas[j]))


def _rows(lemma: str) -> tuple[Trigger, ...]:
    """The one-word trigger rows of a lemma, a row per sense ("" has none)."""
    return eventtypes.lookup()[0].get(lemma, ())


def _following(k: int, seen: _Words, n: int) -> range:
    """The positions of the (at most ``n``) words after word ``k`` in its clause: what it governs."""
    stop = k + 1
    while stop < min(len(seen.words), k + 1 + n) and seen.words[stop] not in _CLAUSE_ENDS:
        stop += 1
    return range(k + 1, stop)


def _governs(k: int, seen: _Words, lemmas: frozenset[str], n: int = 4) -> bool:
    """Whether one of the ``n`` words after word ``k`` in its clause is one of ``lemmas``."""
    return any(seen.lemmas[j] in lemmas for j in _following(k, seen, n))


def _of_a_site(k: int, seen: _Words) -> bool:
    """An opening or a launch of a site is a ceremony ("открытие памятника", "запуск нового завода",
    "открыл [Центр ...]"); of markets, accounts or projects it is none. What is opened is the first
    noun after the trigger in its clause that no preposition governs, or the genitive right after
    it ("открытие новой сцены театра", not "запуск программы лизинга ... производства"); a site in
    a prepositional phrase is where something else is opened ("открыл огонь в школе"), not what is
    ("открыли в городе новый завод" is)."""
    if any(t.start == k + 1 and t.type in ("ORG", "LOC") for t in seen.sentence.spans):
        return True
    if _subject_of_passive(k, seen, _SITES):
        return True
    governed = opened = False  # after a preposition, before its noun; past the noun opened
    for j in _following(k, seen, 6):
        tag = morph.parses(seen.words[j].lower())[0].tag
        if tag.POS == "PREP":
            if opened:
                return False
            governed = True
        elif tag.POS == "NOUN" and governed:
            governed = False
        elif tag.POS == "NOUN":
            if seen.lemmas[j] in _SITES and (not opened or tag.case == "gent"):
                # "открыть более ста амбулаторий", "предусматривает открытие новых пунктов пропуска":
                # openings at large, counted or by a noun of sites in the plural
                return not _many(seen.words, j) and not (tag.number == "plur" and _a_noun(seen.words[k]))
            if opened:
                return False
            opened = True
        elif tag.POS not in ("ADJF", "PRTF", "NUMR") and opened:
            return False
    return False


def _a_noun(word: str) -> bool:
    return morph.parses(word.lower())[0].tag.POS == "NOUN"


def _a_site_opens(k: int, seen: _Words) -> bool:
    """A site that opens ("в Тобольске откроется учебный центр", "Новая школа открылась в Кентау") is
    the verb's subject: a noun of the site list in the nominative singular, the first noun after the
    verb that no preposition governs, or one among the four words before it in its clause; not
    "откроются ещё двенадцать центров" (openings counted at large) nor "выставка, которая откроется в
    здании дворца" (what opens in a building)."""
    words = seen.words
    governed = False
    for j in _following(k, seen, 6):
        tag = morph.parses(words[j].lower())[0].tag
        if tag.POS == "PREP":
            governed = True
        elif tag.POS == "NOUN" and governed:
            governed = False
        elif tag.POS == "NOUN":
            return _a_site_named(words[j])
    return any(_a_site_named(words[j]) for j in range(max(_clause(k, seen).start, k - 4), k))


def _a_site_named(word: str) -> bool:
    """Whether a word is a noun of the site list in the nominative singular."""
    parse = morph.parses(word.lower())[0]
    return parse.tag.POS == "NOUN" and parse.tag.case == "nomn" and parse.tag.number == "sing" \
        and parse.normal_form.replace("ё", "е") in _SITES


def _of_an_award(k: int, seen: _Words) -> bool:
    """Handing over an award ("вручил [Ивану Петрову] орден"): a name may stand between; or an
    award said to be handed over ("Премия Golden Foot вручена Франческо Тотти")."""
    return _governs(k, seen, _AWARDS, 6) or _subject_of_passive(k, seen, _AWARDS)


def _subject_of_passive(k: int, seen: _Words, nouns: frozenset[str]) -> bool:
    """Whether a short passive participle tells what was done to a noun of ``nouns`` before it:
    the noun, in the nominative and the participle's number, among the four words before it in
    its clause ("Выставка была открыта 7 октября", "Премия Golden Foot вручена ..."), a name in
    quotes counting as one ("Мемориал «Могила Неизвестного Солдата» был открыт")."""
    tag = morph.parses(seen.words[k].lower())[0].tag
    if tag.POS != "PRTS":
        return False
    return any(seen.lemmas[j] in nouns and any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == tag.number
                                               for p in morph.parses(seen.words[j].lower()))
               for j in _words_back(k, seen, 4) + _before_a_participial(k, seen))


def _before_a_participial(k: int, seen: _Words) -> list[int]:
    """The word before a participial phrase set off by commas right before word ``k``'s clause, the
    noun it describes ("[Памятник], созданный скульптором ..., был открыт"), if there is one."""
    words, start = seen.words, _clause(k, seen).start
    if start < 2 or words[start - 1] != ",":
        return []
    phrase = _clause(start - 2, seen)
    opened = phrase.start - 1
    if opened < 1 or words[opened] != "," or morph.parses(words[phrase.start].lower())[0].tag.POS != "PRTF":
        return []
    return [opened - 1]


def _words_back(k: int, seen: _Words, n: int) -> list[int]:
    """The ``n`` words before word ``k`` in its clause, nearest first, a name in quotes standing as
    one word, which is passed over: what counts is the noun it names. A name unquoted is not
    ("дорога для Андреаса Римкуса была открыта": the name is governed, no apposition)."""
    clause, words = _clause(k, seen), seen.words
    found, j = [], k - 1
    while j >= clause.start and len(found) < n:
        opening = next((m for m in range(j - 1, clause.start - 1, -1) if words[m] in _OPENING), None) \
            if words[j] in _CLOSING_QUOTES else None
        if opening is not None:
            j = opening
        else:
            found.append(j)
        j -= 1
    return found


def _awarding(k: int, seen: _Words) -> bool:
    """Someone awarding with an award ("наградил [Ивана Петрова] орденом") presents it; "награждён
    орденом" is a biography's or a decree's record of it, no presentation."""
    return morph.parses(seen.words[k].lower())[0].tag.POS != "PRTS" and _of_an_award(k, seen)


def _not_with_the_press(k: int, seen: _Words) -> bool:
    """A talk with the press is an interview, no meeting: "в беседе с австралийским изданием", "побеседовал
    с корреспондентом"; the first noun after "с", past two adjectives at most, says with whom."""
    words = seen.words
    if k + 2 >= len(words) or words[k + 1].lower() not in ("с", "со"):
        return True
    for word in words[k + 2:k + 5]:
        parse = morph.parses(word.lower())[0]
        if parse.tag.POS != "ADJF":
            return parse.normal_form not in _PRESS
    return True


def _not_carried_on(k: int, seen: _Words) -> bool:
    """Talks carried on ("Иран ведёт переговоры с Россией", "ведутся переговоры о покупке", "переговоры
    о формировании правительства ведут лидеры партий") are a process under way, no occurrence; held
    ("провели переговоры") they are one. The verb is among the two words before them or the six
    after them in their clause ("идут", "продолжаются" are not: "В Кремле идут переговоры" tells of
    today's)."""
    return not any(seen.lemmas[j] in _PROCESS for j in range(max(0, k - 2), k)) \
        and not _governs(k, seen, _PROCESS, 6)


def _of_agreements(k: int, seen: _Words) -> bool:
    """Concluding or adopting agreements ("заключили соглашение", "принять ряд межправительственных
    документов"); not "принять участие", "принять совместное заявление"."""
    return _governs(k, seen, _AGREEMENTS)


def _receiving(k: int, seen: _Words) -> bool:
    """Receiving someone is a meeting ("принял в Кремле посла", "принял делегацию", "примет Ивана
    Петрова", "принял Чрезвычайного и Полномочного Посла"), receiving a part or a decision is none ("принял участие", "принял решение"), nor is
    being received ("был принят в Союз писателей"): the first noun after the active verb that no
    preposition governs, in its clause, is a person's name, a post (singular: "принять новых членов"
    admits members) or a delegation in the accusative. A prepositional phrase says where ("в Доме
    правительства"); a person in one is another's ("принять от президента Бориса Ельцина орден")."""
    words = seen.words
    if morph.parses(words[k].lower())[0].tag.POS not in ("VERB", "INFN", "GRND"):
        return False
    # "примет в нём участие": the noun of taking part, a pronoun between, is no one received
    parts = {phrase[1] for phrase in _ATTENDANCE_PHRASES if phrase[0] == morph.lemma(words[k].lower())}
    if any(morph.lemma(words[j].lower()) in parts for j in _following(k, seen, 3)):
        return False
    governed = after = False  # in a prepositional phrase; right after its preposition
    for j in _following(k, seen, 6):
        parses = morph.parses(words[j].lower())
        if parses[0].tag.POS == "PREP":
            governed = after = True
            continue
        name = next((t for t in seen.sentence.spans if t.start == j and t.type == "PER"), None)
        if name is None and parses[0].tag.POS in ("ADJF", "PRTF"):
            continue  # an adjective, capitalised as a title's first word, before its noun ("Чрезвычайного и Полномочного Посла")
        if name is not None or parses[0].tag.POS == "NOUN" or words[j][:1].isupper():
            if governed and after:
                # the preposition's own noun: a person there is no guest, nor one named after him
                if name is not None or lexicon.may_head(words[j]) and lexicon.is_post(words[j]):
                    return False
                after = False
                continue
            if name is not None:
                # the name in the accusative, not the subject after its verb ("решение примет ...")
                return any(p.tag.POS == "NOUN" and p.tag.case == "accs" and p.tag.number == "sing"
                           for p in morph.parses(words[name.stop - 1].lower()))
            accusative = [p for p in parses if p.tag.case == "accs"]
            received = bool(accusative) and lexicon.may_head(words[j]) and (
                lexicon.is_post(words[j]) and any(p.tag.number == "sing" for p in accusative)
                or lexicon.group_head(words[j]) in _RECEIVED)
            if received or not governed:
                return received
    return False


def _to_a_post(k: int, seen: _Words) -> bool:
    """Appointing someone ("назначил [Ивана Петрова] министром", "назначен на должность", "назначил
    нового начальника"), not fixing a date, a meeting or a penalty ("назначил дату выборов",
    "назначила наказание", "назначили ему встречу", "Встреча назначена на 5 мая"): the first noun after
    the verb in its clause that no preposition governs, past one in the dative (to whom) and
    the genitives that go with another noun, is a person (a name, a pronoun, an animate noun) or a
    post; one a preposition governs counts when it is an office ("на должность"); a participle before
    "на" and a number fixes a date ("назначено на 22 августа"). A participle with no
    such noun after it has the noun it tells of before it ("выборах, назначенных на 26 апреля")."""
    words = seen.words
    names = {j for t in seen.sentence.spans if t.type == "PER" for j in range(t.start, t.stop)}
    if k + 1 < len(words) and words[k + 1].lower() == "на" and any(
            w.isdigit() or _a_day_fixed(w) for w in words[k + 2:k + 4]) \
            and morph.parses(words[k].lower())[0].tag.POS in ("PRTS", "PRTF"):
        # "Рассмотрение дела ... назначено на 22 августа", "встреча с канцлером ..., назначенная на
        # воскресенье": a date or a time fixed, no one appointed
        return False
    governed = False
    for j in _following(k, seen, 6):
        if j in names and j - 1 in names:
            continue  # a name is told by its first word's case
        decided = _a_person_noun(words[j], j in names, governed)
        if decided is not None:
            return decided
        tag = morph.parses(words[j].lower())[0].tag
        # a pronoun after a preposition may be a possessive ("на его пост"): the noun is yet to come
        governed = tag.POS == "PREP" or governed and tag.POS != "NOUN"
    if morph.parses(words[k].lower())[0].tag.POS not in ("PRTS", "PRTF"):
        return True
    for j in reversed(range(max(0, k - 3), k)):
        if j and j not in names and any(p.tag.case == "gent" for p in morph.parses(words[j].lower())) \
                and morph.parses(words[j - 1].lower())[0].tag.POS == "NOUN":
            continue  # "Встреча министров назначена": a genitive after a noun goes with that noun
        decided = _a_person_noun(words[j], j in names, False)
        if decided is not None:
            return decided
    return True


def _a_day_fixed(word: str) -> bool:
    """Whether a word after "на" is a day or a time something is fixed for: a day word in the
    accusative or one that does not inflect ("на воскресенье", "на следующую неделю", "на завтра"),
    not the locative of when it was done ("назначенный на прошлой неделе министром")."""
    lowered = word.lower()
    if not word.isalpha() or lowered not in _DAYS and morph.lemma(lowered) not in _DAYS:
        return False
    return any(p.tag.case in ("accs", None) for p in morph.parses(lowered))


def _a_person_noun(word: str, name: bool, governed: bool) -> Optional[bool]:
    """Whether a word is whom an appointment is of (a name, a personal pronoun, an animate noun, a
    post), or something else is appointed (an inanimate noun); None when the word decides nothing
    (not a noun, a dative, an inanimate genitive, or governed by a preposition and no office).
    ``name``: the word is of a person's name."""
    parses = morph.parses(word.lower())
    if name:
        # "назначил [Ивану Петрову] наказание": a name in the dative is whom a thing is fixed for
        return None if governed or all(p.tag.case == "datv" for p in parses) else True
    parse = parses[0]
    if parse.tag.POS not in ("NOUN", "NPRO"):
        return None
    if governed:
        return True if parse.normal_form in _OFFICES else None
    if parse.tag.case == "datv" or parse.tag.case == "gent" and "inan" in parse.tag:
        return None
    return parse.tag.POS == "NPRO" or "anim" in parse.tag or lexicon.is_post(word)


def _in_person(k: int, seen: _Words) -> bool:
    """A visit is made in person, not to a web page: "посещал сайты с радикальной тематикой", "на
    сайте Facebook побывало 714 млн" visit none; no word of the web among the three words before
    the trigger in its clause or the three after it. Nor is an audience counted anyone's visit."""
    return not _near(k, seen, _ONLINE, before=3, after=3) and not _an_audience(k, seen)


def _not_in_court(k: int, seen: _Words) -> bool:
    """A sitting is a body's conference, not a court's hearing: "заседание суда", "судебное
    заседание", "в ходе заседания сторона обвинения расскажет суду" have a word of a court in the
    trigger's clause."""
    return not any(seen.lemmas[j] in _COURT for j in _clause(k, seen))


def _from_a_post(k: int, seen: _Words) -> bool:
    """A release from a post ("освободить [его] от занимаемой должности"), not from custody; or from
    the post the sentence named before, which a pronoun stands for ("эту должность занимала Омарова,
    освобождённая от неё")."""
    words = seen.words
    return _governs(k, seen, _OFFICES, 6) or k + 2 < len(words) and words[k + 1].lower() == "от" \
        and morph.plain(words[k + 2]) in _IT and any(seen.lemmas[j] in _OFFICES for j in range(k))


_IT = frozenset({"него", "нее", "них"})  # "от неё": a pronoun after a preposition


def _held_at(k: int, seen: _Words) -> bool:
    """A Latin event noun ends the Latin-script name of what is held, which follows «в» or «на» ("на Web
    Summit", "в Astana International Forum"); not a gloss in brackets of one told of in Russian ("форума
    в Варшаве (Warsaw Security Forum 2018)"), nor a name of something else ("Forum Group")."""
    words = seen.words
    if k + 1 < len(words) and _latin(words[k + 1]):
        return False
    start = k
    while start > 0 and _latin(words[start - 1]) and words[start - 1][:1].isupper():
        start -= 1
    return start > 0 and words[start - 1].lower() in ("в", "во", "на")


def _of_a_person(k: int, seen: _Words) -> bool:
    """An appointment or a dismissal names whom or to what: a person or a post in its sentence
    ("назначение [Ивана Петрова]"), unlike "гражданского назначения", "пункт назначения"; and a
    noun of it is one act, not a plural of several told of together ("подписал указы о
    назначениях", "после внутрипартийных назначений"), each its own event where the text tells it."""
    numbers = {p.tag.number for p in morph.parses(seen.words[k].lower()) if p.tag.POS == "NOUN"}
    if numbers == {"plur"}:
        return False
    return any(t.type == "PER" for t in seen.sentence.spans) or any(lexicon.is_post(w) for w in seen.words)


def _of_a_body(k: int, seen: _Words) -> bool:
    """Heading a body ("возглавил [Министерство торговли]") is taking its post; heading a
    delegation is not."""
    return any(t.start in (k + 1, k + 2) and t.type == "ORG" for t in seen.sentence.spans)


#: The conditions a trigger row may name (eventtypes.CONDITIONS), each true when the word means the event.
CONDITIONS: dict[str, Callable[[int, _Words], bool]] = {
    "arrival": _arrival, "between_parties": _between_parties, "of_a_site": _of_a_site, "a_site_opens": _a_site_opens,
    "of_an_award": _of_an_award, "awarding": _awarding, "not_with_the_press": _not_with_the_press, "not_carried_on": _not_carried_on, "of_agreements": _of_agreements, "from_a_post": _from_a_post,
    "of_a_person": _of_a_person, "of_a_body": _of_a_body, "receiving": _receiving, "to_a_post": _to_a_post,
    "in_person": _in_person, "not_in_court": _not_in_court, "held_at": _held_at,
}
if set(CONDITIONS) != set(eventtypes.CONDITIONS):
    raise ImportError(f"the events stage has conditions {sorted(CONDITIONS)}, eventtypes names {sorted(eventtypes.CONDITIONS)}")


def _in_a_name(k: int, seen: _Words) -> bool:
    """A trigger inside a body's or person's name is part of the name: "[Форум регионов] России"; so
    is one in the genitive that capitalised adjectives join to a body's name the network cut short
    ("директором [Фонда] Арктического форума"). A Latin-script name ending in a Latin trigger (held
    where the trigger's condition says: "выступил на [Web Summit]") is the event's own, its head last as
    English puts it."""
    return any(t.start <= k < t.stop and t.type in ("ORG", "PER") and not (t.stop == k + 1 and _latin(seen.words[k]))
               or t.type == "ORG" and t.stop < k and _completes(seen.words[t.stop:k + 1]) for t in seen.sentence.spans)


def _latin(word: str) -> bool:
    return word.isascii() and word.isalpha()


def _completes(words: list[str]) -> bool:
    """Whether words go on from a body's name as its genitive: adjectives, the first capitalised,
    then a noun ("Восточного экономического форума")."""
    *adjectives, noun = words
    return 0 < len(adjectives) <= 3 and adjectives[0][:1].isupper() \
        and all(_genitive_of(w, "ADJF") for w in adjectives) and _genitive_of(noun, "NOUN")


def _genitive_of(word: str, pos: Optional[str] = None) -> bool:
    """Whether a word may be in the genitive (as a part of speech ``pos``, if given), as one a noun
    governs is ("визита [Президента]"; not "в рамках поездки [министр] посетил"); a word in lower case
    is no form of a person's name ("в ходе поездки [аким] посетил" is no genitive of the name Акима)."""
    lower = word[:1].islower()
    return any((pos is None or p.tag.POS == pos) and p.tag.case == "gent"
               and not (lower and _NAME_GRAMMEMES & p.tag.grammemes) for p in morph.parses(word.lower()))


_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


def _in_a_mode(k: int, seen: _Words) -> bool:
    """"в режиме видеоконференции", "в формате переговоров": how something else took place."""
    return k > 0 and seen.lemmas[k - 1] in _MODES


def _clause(k: int, seen: _Words) -> range:
    """The positions of the words of word ``k``'s clause, between punctuation marks."""
    if not seen.clauses:
        seen.clauses.extend(_clauses(seen.words))
    return seen.clauses[k]


def _where(seen: _Words, key: str, stretch: range, test: Callable[[int], bool]) -> list[int]:
    """The positions in a stretch of the sentence (a clause, or the whole) where ``test`` holds,
    found once per stretch for ``key``."""
    at = (key, stretch.start, stretch.stop)
    found = seen.found.get(at)
    if found is None:
        found = seen.found[at] = [j for j in stretch if test(j)]
    return found


def _clauses(words: list[str]) -> list[range]:
    """Each word's ``_clause_of``, in one pass: a word's clause runs from the word after the mark
    before it to the next mark; a mark's, from there to the mark after it."""
    marks = [k for k, word in enumerate(words) if word in _PUNCTUATION] + [len(words)]
    out: list[range] = []
    first, m = 0, 0
    for k, word in enumerate(words):
        while marks[m] < k:
            m += 1
        if word in _PUNCTUATION:
            out.append(range(first, marks[m + 1]))
            first = k + 1
        else:
            out.append(range(first, marks[m]))
    return out


def _clause_of(words: list[str], k: int) -> range:
    """The positions of the words of word ``k``'s clause in ``words``, between punctuation marks."""
    first, last = k, k + 1
    while first > 0 and words[first - 1] not in _PUNCTUATION:
        first -= 1
    while last < len(words) and words[last] not in _PUNCTUATION:
        last += 1
    return range(first, last)


def _near(k: int, seen: _Words, lemmas, before: int, after: int = 0) -> bool:
    """Whether a word of ``lemmas`` is among the ``before`` words before word ``k`` in its clause or
    the ``after`` words after it."""
    clause = _clause(k, seen)
    return any(seen.lemmas[j] in lemmas for j in range(max(clause.start, k - before), min(clause.stop, k + after + 1))
               if j != k)


def _hypothetical(k: int, seen: _Words) -> bool:
    """"можно было бы подписать", "были бы рады видеть Вас на форуме": a clause with "бы" tells
    of what might be, not of what is or is planned."""
    return bool(_where(seen, "hypothetical", _clause(k, seen), lambda j: seen.words[j].lower() in _HYPOTHETICAL))


def _proposed(k: int, seen: _Words) -> bool:
    """"предложив лично посетить", "пригласил посетить Казахстан", "предложение о проведении встречи":
    an event proposed or invited is not agreed; "по приглашению" tells of one that is. So is one in
    the complement of the infinitive such a word governs, however far ("пригласила венгерских
    партнеров принять участие в Астанинском международном форуме")."""
    clause = _clause(k, seen)
    proposing = [j for j in range(clause.start, k)
                 if seen.lemmas[j] in _PROPOSALS and not (j and seen.words[j - 1].lower() == "по")]
    return bool(proposing) and (proposing[-1] >= k - 4 or any(
        _verbal(seen.words[i].lower()) for i in range(proposing[0] + 1, k)))


def _foretold(k: int, seen: _Words) -> bool:
    """"спрогнозировали новые увольнения", "предсказал скорую отставку": an event foretold, by a
    verb among the four words before the trigger in its clause, is neither told nor planned."""
    return _near(k, seen, _FORECAST, before=4)


def _called_off(k: int, seen: _Words) -> bool:
    """"отменила поездку в Уэльс", "церемонию отменили за день до проведения", "воздержится от
    поездки", "отказались возглавить": an event called off or refused, by a verb among the four
    words before the trigger in its clause or the three after it, did not and will not take place."""
    return _near(k, seen, _CALLED_OFF, before=4, after=3)


def _wished(k: int, seen: _Words) -> bool:
    """"хочет его отставки", "подтвердил намерение подать прошение об отставке", "слухи о скорой
    отставке", "с призывом к спикеру уйти в отставку": an event wanted, intended, threatened or
    rumoured, by a word among the five before the trigger in its clause, is neither told nor planned
    ("по слухам, уволен" tells of one done, "Не хочу предвосхищать итоги переговоров" of no wish); nor
    is one a verb right after it demands ("Отставки мэра потребовали журналисты")."""
    clause = _clause(k, seen)
    return any(seen.lemmas[j] in _WISHES and not (j and seen.words[j - 1].lower() in ("по", "не"))
               for j in range(max(clause.start, k - 5), k)) \
        or any(seen.lemmas[j] in _DEMANDS for j in range(k + 1, min(clause.stop, k + 3)))


def _conditional(k: int, seen: _Words) -> bool:
    """"Если стороны подпишут соглашение, ...", "в случае, если он уйдёт в отставку", "Если участники
    не договорятся, то генсек будет назначен по алфавиту": an event in a condition, or in the clause
    that tells what follows from one, may be, and is not told as taking place."""
    words, clause = seen.words, _clause(k, seen)
    opening = _where(seen, "condition", clause, lambda j: words[j].lower() in _CONDITIONS
                     or seen.lemmas[j] in _CONDITIONS and j and words[j - 1].lower() == "в")
    if opening and opening[0] < k:
        return True
    return words[clause.start].lower() in _CONSEQUENCE and any(w.lower() in _CONDITIONS for w in words[:clause.start])


def _negated(k: int, seen: _Words) -> bool:
    """"до сих пор не подписала", "Они не посещали школу", "не состоялась встреча", "его назначение
    не состоялось", "встреча так и не состоялась": a trigger, or the verb saying it took place,
    negated by "не" right before it, tells of no event."""
    words, lemmas = seen.words, seen.lemmas
    if k and words[k - 1].lower() == "не":
        return True
    if k >= 2 and lemmas[k - 1] in _LIGHT_VERBS and words[k - 2].lower() == "не":
        return True
    # "встреча так и не состоялась": "не" within three words after it, before the verb saying it took place
    return any(words[j].lower() == "не" and j + 1 < len(words) and morph.lemma(words[j + 1].lower()) in _LIGHT_VERBS
               for j in _following(k, seen, 3))


def _habitual(k: int, seen: _Words) -> bool:
    """"регулярных встреч", "неоднократно посещал", "регулярно встречаются на полях саммитов": a
    habit, no one occurrence, told of by a word before the trigger in its clause, or after it in a
    clause told in the present ("Форум проводится ежегодно"; "прошедший регулярно" is none); or by a
    recurrence anywhere in it, "каждый" and a calendar unit ("Съезд проводится в Астане каждые три года")."""
    clause = _clause(k, seen)
    habit = _where(seen, "habit", clause, lambda j: seen.lemmas[j] in _HABITUAL)
    if habit and habit[0] < k:
        return True
    if habit and habit[-1] > k and _where(seen, "present", clause, lambda j: morph.parses(seen.words[j].lower())[0].tag.tense == "pres"):
        return True
    every = lexicon.forms_of(_EVERY)
    return bool(_where(seen, "recurrence", clause, lambda j: seen.words[j].lower() in every and any(
        morph.lemma(w.lower()) in _CALENDAR for w in seen.words[j + 1:j + 3])))


def _lasting(k: int, seen: _Words) -> bool:
    """"с которой он встречался восемь лет", "несколько месяцев посещал курсы": a trigger verb in the
    imperfective past with a count of years or months in its clause tells of a relation or a habit
    that lasted, no one occurrence; a count before "назад", after "спустя" or after a preposition
    dates one ("два года назад встречался", "через два года посещал"), and so does a year ("в
    декабре 2023 года запускали")."""
    words = seen.words
    tag = morph.parses(words[k].lower())[0].tag
    if tag.POS != "VERB" or tag.aspect != "impf" or tag.tense != "past":
        return False
    clause = _clause(k, seen)
    for j in range(clause.start + 1, clause.stop):
        if morph.lemma(words[j].lower()) not in _LONG_UNITS or j + 1 < len(words) and words[j + 1].lower() in _AGO:
            continue
        count = words[j - 1].lower()
        # four digits before "года" are a year ("в декабре 2023 года"), no count
        if count.isdigit() and len(count) < 4 or morph.parses(count)[0].tag.POS == "NUMR" \
                or morph.lemma(count) in _COUNT_WORDS:
            before = words[j - 2].lower() if j >= 2 else ""
            return not before or before not in _AGO and morph.parses(before)[0].tag.POS != "PREP"
    return False


def _possible(k: int, seen: _Words) -> bool:
    """"может посетить тюрьму", "чтобы он мог наконец встретиться", "стоит обязательно побывать",
    "могут быть назначены граждане": a trigger verb, or the light verb of a trigger noun ("необходимо
    провести заседание"), in the infinitive, or a passive participle after "быть", after a word of
    possibility or advice, past two adverbs, tells of what may or should be done: no occurrence, nor
    one planned ("смог посетить", of another lemma, tells of one done)."""
    words = seen.words
    verb = k - 1 if k and seen.lemmas[k - 1] in _LIGHT_VERBS else k
    pos = morph.parses(words[verb].lower())[0].tag.POS
    j = verb - 1
    if pos == "PRTS" and j > 0 and words[j].lower() == "быть":
        j -= 1  # "могут быть назначены"
    elif pos != "INFN":
        return False
    for _ in range(2):
        if j > 0 and morph.parses(words[j].lower())[0].tag.POS == "ADVB":
            j -= 1  # "мог наконец встретиться", "стоит обязательно побывать"
    return j >= 0 and morph.lemma(words[j].lower()) in _POSSIBILITY


def _with_an_unsaid(k: int, seen: _Words) -> bool:
    """"пригласил коллегу посетить Минск с визитом", "можно было бы встретиться и провести переговоры":
    a trigger of a type whose earlier trigger in its clause was skipped as proposed, hypothetical or
    habitual tells of that same event."""
    return any(k in seen.unsaid.get(row.type, ()) for row in _rows(seen.lemmas[k]))


def _of_a_series(k: int, seen: _Words) -> bool:
    """"график визитов", "обмен визитами": events in the plural after such a noun are a class."""
    return k > 0 and seen.lemmas[k - 1] in _SERIES and morph.parses(seen.words[k].lower())[0].tag.number == "plur"


def _governed_by(k: int, seen: _Words, nouns: frozenset[str], between: frozenset[str] = frozenset()) -> Optional[int]:
    """The position of the noun of ``nouns`` right before a trigger noun in the genitive, past words
    of ``between``, which governs it ("права назначения", "дня его подписания"), else None; a trigger
    after "по" is in the dative ("полномочия по назначению")."""
    if k == 0:
        return None
    j = k - 1
    while j > 0 and seen.words[j].lower().replace("ё", "е") in between:
        j -= 1
    case = "datv" if seen.words[j].lower() == "по" else "gent"
    if case == "datv":
        j -= 1
    if j < 0 or not any(p.tag.POS == "NOUN" and p.tag.case == case for p in morph.parses(seen.words[k].lower())):
        return None
    return j if any(p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") in nouns
                    for p in morph.parses(seen.words[j].lower())) else None


def _a_rule_of_it(k: int, seen: _Words) -> bool:
    """"лишил президента права назначения министров", "порядок подписания", "полномочия по
    назначению судей": a right, rule or power over an act is of acts at large, no occurrence."""
    return _governed_by(k, seen, _RULES) is not None


def _a_reference_point(k: int, seen: _Words) -> bool:
    """"вступает в силу со дня подписания", "с момента его подписания": a legal formula counts from
    the act of its subject, which it names as a point in time, by a possessive or with no genitive
    after it, no occurrence it tells of ("в день подписания" tells of one, and so does "со дня
    подписания Договора прошло 25 лет", which names what was signed)."""
    j = _governed_by(k, seen, _REFERENCE_POINTS, _POSSESSIVE)  # "со дня его подписания"
    return j is not None and j > 0 and seen.words[j - 1].lower() in ("с", "со") \
        and (j < k - 1 or k + 1 == _clause(k, seen).stop or not _names_its_object(seen.words[k + 1]))


def _names_its_object(word: str) -> bool:
    """Whether a word after a deverbal noun may begin its object in the genitive: a noun or an
    adjective ("подписания Договора", "подписания настоящего Соглашения"; not "подписания и")."""
    parses = morph.parses(word.lower())
    return parses[0].tag.POS in ("NOUN", "ADJF", "PRTF") and any(p.tag.case == "gent" for p in parses)


def _a_street(k: int, seen: _Words) -> bool:
    """"на главной аллее Выставки", "по улице Встречи": an event word naming a street or a square is
    part of a place's name."""
    return _governed_by(k, seen, _STREETS) is not None


def _an_attribute(k: int, seen: _Words) -> bool:
    """"в назначенном русле", "подписанные документы", "назначенной общей суммы": a passive
    participle before the noun it agrees with, past two adjectives agreeing too at most, describes
    that noun, and tells of no new event."""
    tag = morph.parses(seen.words[k].lower())[0].tag
    if tag.POS != "PRTF" or "pssv" not in tag:
        return False
    for word in seen.words[k + 1:k + 4]:
        parses = morph.parses(word.lower())
        if any(p.tag.POS == "NOUN" and p.tag.case == tag.case and p.tag.number == tag.number for p in parses):
            return True
        if not any(p.tag.POS == "ADJF" and p.tag.case == tag.case and p.tag.number == tag.number for p in parses):
            return False
    return False


def _usual(k: int, seen: _Words) -> bool:
    """"Инвестор подписывает договор", "люди с удовольствием посещают мечеть": a trigger verb in the
    present tells of what is usually done; a release tells of its events in the past or future."""
    tag = morph.parses(seen.words[k].lower())[0].tag
    return tag.POS == "VERB" and tag.tense == "pres"


def _unbounded(k: int, seen: _Words) -> bool:
    """"запретил посещать места культа", "стал посещать центр", "туристы, посещающие курорт": an
    imperfective infinitive or a present participle of a trigger verb tells of doing it at large,
    no one occurrence (a perfective one, "планирует посетить", does)."""
    tag = morph.parses(seen.words[k].lower())[0].tag
    return tag.POS == "INFN" and tag.aspect == "impf" or tag.POS == "PRTF" and tag.tense == "pres"


def _part_of_an_act(k: int, seen: _Words) -> bool:
    """"Назначить ..., освободив его от занимаемой должности": a gerund of a decree item's trigger
    beside another trigger of its type tells of the same act."""
    items = {row.type for row in _rows(seen.lemmas[k]) if eventtypes.get(row.type).item}
    if not items or morph.parses(seen.words[k].lower())[0].tag.POS != "GRND":
        return False
    return any(j != k and row.type in items for j, lemma in enumerate(seen.lemmas) for row in _rows(lemma))


def _a_cause(k: int, seen: _Words) -> bool:
    """"«Запуск производства позволит снизить зависимость»", "Подписание соглашения поможет ...":
    a trigger noun, the subject of a verb of effect among the three words after it, tells what the
    occurrence brings about, not that it takes place: it is told of where it is said to."""
    if not any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in morph.parses(seen.words[k].lower())):
        return False
    for j in _following(k, seen, 3):
        parse = morph.parses(seen.words[j].lower())[0]
        if parse.tag.POS == "VERB":
            return parse.normal_form in _EFFECTS
    return False


def _a_tally(k: int, seen: _Words) -> bool:
    """"Казахстан уже подписал 9 протоколов", "уже подано 493 заявки, из которых по 431 заявке
    заключены договоры": a count of what has been done so far sums up occurrences, it is none."""
    words = seen.words
    told = _where(seen, "tally", range(len(words)), lambda j: words[j].lower() in _TALLY)
    if not told or told[0] >= k:
        return False
    return bool(_where(seen, "counted", _clause(k, seen), lambda j: words[j].isdigit() and j + 1 < len(words)
                       and morph.lemma(words[j + 1].lower()) not in _CALENDAR
                       and morph.parses(words[j + 1].lower())[0].tag.POS == "NOUN"))


def _counted_many(k: int, seen: _Words) -> bool:
    """"провело 12 брифингов", "проведено более 200 деловых встреч", "провели пять встреч": occurrences
    counted, three or more, are a tally of many, none of them one occurrence told of (two may be told of
    one by one: "провёл 2 встречи — с X и с Y"). The trigger noun is in the plural."""
    words = seen.words
    return any(p.tag.number == "plur" for p in morph.parses(words[k].lower()) if p.tag.POS == "NOUN") \
        and _many(words, k)


def _many(words: list[str], k: int) -> bool:
    """Whether the noun at ``k`` is counted three or more, by a figure or a numeral right before it or
    before its adjectives ("12 брифингов", "более ста врачебных амбулаторий"; not "№ 12", "двух")."""
    j = k - 1
    while j > 0 and j > k - 3 and morph.parses(words[j].lower())[0].tag.POS in ("ADJF", "PRTF"):
        j -= 1
    if j < 0 or j > 0 and words[j - 1] in ("№", "N"):
        return False
    if words[j].isdigit():
        return int(words[j]) >= 3
    parse = morph.parses(words[j].lower())[0]
    return parse.tag.POS == "NUMR" and parse.normal_form not in _FEW


_FEW = frozenset({"два", "оба", "полтора", "несколько"})  # counts that may be told of one by one


def _a_game(k: int, seen: _Words) -> bool:
    """"проиграли во встрече с канадцами", "встречались в финале", "лидер Восточной конференции НБА":
    a meeting or conference word in a clause of a game or a league (a word of the sport list) is a
    match or a league's division, no event; so is one in a clause of a game's side or onlooker ("сборная
    России встретилась со сборной Финляндии", "Лучший игрок встречи", "Встречу посетило 78 011
    зрителей") but for the one met ("встретился с командой волонтёров"). A sport word in the genitive
    after another noun tells of that noun ("встретился с победителями турнира" meets the winners)."""
    if seen.lemmas[k] not in _CONTESTS:
        return False
    words = seen.words
    for j in _clause(k, seen):
        if not (words[j].isalpha() or "-" in words[j]):
            continue
        lemma = morph.lemma(words[j].lower())
        if lemma in _SPORT or lemma in _SIDES and not _met(words, k, j):
            before = morph.parses(words[j - 1].lower())[0].tag if j - 1 not in (-1, k) else None
            if before is None or before.POS != "NOUN" or \
                    all(p.tag.case != "gent" for p in morph.parses(words[j].lower())):
                return True
    return False


def _an_audience(k: int, seen: _Words) -> bool:
    """"Игру посетило 40 842 зрителя", "могилу посетили 55 любопытных", "на орбите побывало 60 женщин",
    "область посетили более миллиона туристов":
    a visiting verb whose subject is a headcount of people, a number among the three words after it and
    then an animate noun or a plural adjective standing for one, counts an audience, no one's visit
    ("посетил пять городов" goes to places)."""
    words = seen.words
    if morph.parses(words[k].lower())[0].tag.POS != "VERB":
        return False
    clause = _clause(k, seen)
    numbers = [j for j in range(k + 1, min(clause.stop, k + 4))
               if words[j].isdigit() or morph.parses(words[j].lower())[0].tag.POS == "NUMR"
               or morph.lemma(words[j].lower()) in _THOUSANDS]  # "посетили более миллиона туристов"
    if not numbers:
        return False
    counted = numbers[0] + 1
    while counted < clause.stop and (words[counted].isdigit() or morph.lemma(words[counted].lower()) in _THOUSANDS):
        counted += 1  # "78 011 зрителей", "300 тысяч человек": a number in groups of digits or in thousands
    if counted == clause.stop:
        return False
    tag = morph.parses(words[counted].lower())[0].tag
    return tag.POS == "NOUN" and tag.animacy == "anim" or tag.POS == "ADJF" and tag.number == "plur"


def _met(words: list[str], k: int, j: int) -> bool:
    """Whether word ``j`` is whom the trigger at ``k`` tells of meeting: after it, with "с", past
    adjectives at most ("встретился с новой командой")."""
    return j > k and any(words[i].lower() in ("с", "со") and all(
        morph.parses(w.lower())[0].tag.POS == "ADJF" for w in words[i + 1:j]) for i in range(k + 1, j))


#: Why a trigger word says no event, tried in order: (name, rule).
SKIPS: list[tuple[str, Callable[[int, _Words], bool]]] = [
    ("in a name", _in_a_name),
    ("a mode of another event", _in_a_mode),
    ("hypothetical", _hypothetical),
    ("proposed or invited", _proposed),
    ("foretold", _foretold),
    ("called off or refused", _called_off),
    ("wished for or rumoured", _wished),
    ("conditional", _conditional),
    ("negated", _negated),
    ("possible or advised", _possible),
    ("habitual", _habitual),
    ("lasting", _lasting),
    ("told with an unsaid one", _with_an_unsaid),
    ("a tally", _a_tally),
    ("counted, three or more", _counted_many),
    ("a game or a league", _a_game),
    ("what is usually done", _usual),
    ("done at large", _unbounded),
    ("one of a series", _of_a_series),
    ("a right or rule of it", _a_rule_of_it),
    ("a reference point", _a_reference_point),
    ("a street named after it", _a_street),
    ("an attribute of a noun", _an_attribute),
    ("part of another act", _part_of_an_act),
    ("a cause of what follows", _a_cause),
]
#: The skips that say an event is not told as happening, so its type's later triggers in the clause are none either.
MODAL = frozenset({"hypothetical", "proposed or invited", "foretold", "called off or refused", "wished for or rumoured",
                   "conditional", "negated", "possible or advised", "habitual", "lasting", "what is usually done", "done at large"})


# Lemmas the trigger rules compare a sentence's words with, beside the triggers' own ("визит":
# an arrival is a visit when the sentence says it).
_COMPARED = frozenset().union(_LIGHT_VERBS, _PLANNING, _ACTS, _DOCUMENTS, _MODES, _SITES, _AWARDS, _AGREEMENTS,
                              _OFFICES, _PROPOSALS, _FORECAST, _CALLED_OFF, _WISHES, _CONDITIONS, _OBLIGATION, _ONLINE, _HABITUAL, _COURT,
                              _SERIES, _PREPARATION, _PROCESS, _AGREEING, {"визит"})


@lru_cache(maxsize=4)
def _forms(named: frozenset[str]) -> frozenset[str]:
    """The forms of the triggers' lemmas and of those the rules compare (kept while the registered
    triggers, ``named``, stay the same object)."""
    return lexicon.forms_of(named | _COMPARED)


@lru_cache(maxsize=morph.CACHE)
def _lemma(word: str, forms: frozenset[str], heads: frozenset[str]) -> str:
    """The lemma of a word the trigger rules may compare, a form of one of the lemmas ``forms`` were
    made of (``heads``: the triggers' forms among them), else "": most words are not analysed.
    Triggers and the words beside them are common words, which the dictionary knows, or compounds of
    them it may not ("выставки-форума"); a word it does not know without a hyphen (a name, a
    misspelling) is none."""
    lowered = word.lower()
    if "-" in word:
        whole = morph.lemma(lowered) if morph.could_be(word, forms) else ""
        if whole.replace("ё", "е") in forms:
            return whole
        # "бизнес-форума", "пресс-конференции": a compound is its head, the last part (else the first),
        # a trigger before a word the rules compare ("выставка-ярмарка" is an exhibition)
        parts = lowered.replace("ё", "е").split("-")
        head = next((part for part in (parts[-1], parts[0]) if part in heads), None) \
            or next((part for part in (parts[-1], parts[0]) if part in forms), None)
        return morph.lemma(head) if head else whole
    return morph.lemma(lowered) if word.isalpha() and lowered.replace("ё", "е") in forms else ""


def _triggered(number: int, sentence: Sentence, normed: list[str], doc: Doc,
               dated: list[DateMention]) -> tuple[list[_Found], list[int]]:
    """The events a sentence's triggers open: one per type, or one per trigger for an ``item`` type
    (``normed``: its words in lower case, ё as е; ``dated``: its dates with a value); and where the
    triggers skipped as not told as happening (``MODAL``: "пригласил принять участие в форуме") stand."""
    single, phrases, named = eventtypes.lookup()
    words = sentence.words
    forms, heads = _forms(named), lexicon.forms_of(named)
    # Only a compound or one of ``forms`` has a lemma (``_lemma`` gives "" to every other word), and
    # a word without one opens nothing ("" has no row): most words are passed by with one look-up.
    compared = [k for k, w in enumerate(normed) if w in forms or "-" in w]
    lemmas = [""] * len(words)
    for k in compared:
        lemmas[k] = _lemma(words[k], forms, heads)
    seen = _Words(sentence, words, lemmas, set(lemmas), {}, [], {})
    plans = [j for j in compared if lemmas[j] in _PLANNING]
    clauses = _subordinate(sentence) if plans else []
    found: dict[object, _Found] = {}
    unsaid: list[int] = []
    for k in compared:
        lemma = lemmas[k]
        senses = single.get(lemma, ())
        for row in phrases.get(lemma, ()):
            if _phrase_at(k, row.lemmas + row.context, words, lemmas):
                senses = (row,)
        if not senses:
            continue
        # the first sense whose condition holds; with none, the word is skipped for their conditions
        held = next((row for row in senses if not row.condition or CONDITIONS[row.condition](k, seen)), None)
        unmet = None if held else " or ".join(str(row.condition) for row in senses)
        trigger = held or senses[0]
        spec = eventtypes.get(trigger.type)
        key = (spec.name, k) if spec.item else spec.name
        within = key in found and (trigger.part == "verb" or k and lemmas[k - 1] in _LIGHT_VERBS) \
            and _framing(words, found[key].start)
        sequel = key in found and _next(words, k)
        begun = key in found and spec.destination and _begun_with(normed, found[key].start, k)
        ahead = key in found and lemma != found[key].lemma and _for_a_purpose(k, seen) is not None
        apart = key in found and not (within or sequel or begun or ahead) and _dated_apart(found[key], k, seen, dated)
        anew = key in found and not (within or sequel or begun or ahead or apart) \
            and _told_anew_past_a_dated(found[key], k, seen, dated)
        if within or sequel or begun or ahead or apart or anew or key in found and (_another_time(words, found[key].start) or _another_time(words, k)) \
                and not _its_complement(found[key], k, words):
            # "В рамках поездки министр посетил ферму", "В рамках праздничных мероприятий состоялось
            # открытие центра": one within the other; "на предыдущем заседании ... к очередному
            # заседанию", "посетил Атырау, а затем побывал в Актау", "темой совещания стала подготовка к
            # саммиту" (what is prepared for is to come): two occurrences; but "предыдущая
            # церемония вручения наград" is one, told of by a noun and the genitive it governs
            key = (spec.name, k)
        skip = next((name for name, rule in SKIPS if rule(k, seen)), None) or \
            (None if key not in found else "one per sentence") or \
            unmet
        if skip in MODAL:
            seen.unsaid[spec.name] = _clause(k, seen)
            unsaid.append(k)
        if skip is not None:
            token = sentence.tokens[k]
            doc.note("events", f"skip: {skip}", token.start, token.stop, token.text, f"no {spec.name} here")
            continue
        start, stop = k, k + len(trigger.lemmas)
        if k and lemmas[k - 1] in _LIGHT_VERBS:
            start = k - 1  # "провел переговоры", "состоялась встреча"
        purpose = _for_a_purpose(k, seen)
        planned = any(_plans_it(j, k, k + len(trigger.lemmas), sentence, clauses) for j in plans)
        status, why = _status(sentence, sentence.tokens[k].start, planned, purpose)
        if status == "occurred" and _due(k, seen):
            status, why = "planned", "its clause says it is due («должен прибыть», «должна быть подписана»)"
        event = _Found(spec, number, start, stop, status, lemma=lemma, ahead=purpose is not None,
                       receiving=trigger.condition == "receiving", announced=start < k)
        event.why += [("trigger", f"{' '.join(trigger.lemmas)} ({trigger.part}) is a {spec.name}"), ("status", why)]
        if within:
            event.again = True
            event.why.append(("again", "told of within the occurrence its sentence frames: another one"))
        elif sequel:
            event.again = True
            event.why.append(("again", "done next after another of its type in its sentence («затем»): another one"))
        elif apart:
            event.why.append(("apart", f"«{apart}» dates it, and not the other {spec.name} of its sentence: another one"))
        elif anew:
            event.again = event.anew = True
            event.why.append(("again", f"told of anew out of the clause «{anew}» dates the other {spec.name} of "
                                       "its sentence in: another one"))
        elif begun:
            event.legs = True
            event.why.append(("legs", "what the journey of its sentence began with («визит с посещения»): a visit "
                                      "to a place within it"))
        found[key] = event
    return list(found.values()), unsaid




def _phrase_at(k: int, phrase: tuple[str, ...], words: list[str], lemmas: list[str]) -> bool:
    """Whether the words from word ``k`` on are those of a trigger phrase: each its lemma, or a form
    of it that another lemma comes first for ("возложение цветов": "цветов" is of "цвет" first, and
    of "цветок")."""
    if k + len(phrase) > len(words):
        return False
    return all(lemmas[j] == lemma or any(p.normal_form.replace("ё", "е") == lemma for p in morph.parses(words[j].lower()))
               for j, lemma in zip(range(k, k + len(phrase)), phrase))


def _due(k: int, seen: _Words) -> bool:
    """"Министр должен прибыть в Москву на этой неделе", "соглашение должно быть подписано в среду":
    what its clause says is due, in the present ("должен был провести" may not have been), is to come."""
    words, clause = seen.words, _clause(k, seen)
    return any(seen.lemmas[j] in _OBLIGATION and not (j + 1 < len(words) and morph.lemma(words[j + 1].lower()) == "быть"
                                                      and morph.parses(words[j + 1].lower())[0].tag.tense == "past")
               for j in clause)


def _its_complement(event: _Found, k: int, words: list[str]) -> bool:
    """Whether the trigger at word ``k`` is the genitive right after ``event``'s, the noun that one
    governs ("церемония вручения", "церемонии открытия"): what the occurrence is, no other one."""
    return k == event.stop and _genitive_of(words[k], "NOUN")


def _another_time(words: list[str], k: int) -> bool:
    """Whether a word of the two before word ``k`` says it is another occurrence than one told of
    ("очередному заседанию", "предыдущем заседании")."""
    forms = lexicon.forms_of(_AGAIN)
    return any(w.lower().replace("ё", "е") in forms for w in words[max(0, k - 2):k])


def _next(words: list[str], k: int) -> bool:
    """Whether the words of the three before word ``k`` say it was done next ("а затем побывал",
    "после чего встретился")."""
    before = [w.lower() for w in words[max(0, k - 3):k]]
    return any(w in _SEQUENCE for w in before) or any(" ".join(pair) in _SEQUENCE for pair in zip(before, before[1:]))


def _begun_with(normed: list[str], first: int, k: int) -> bool:
    """Whether word ``k``, a noun in the genitive, is governed by "с" within three words after another
    trigger of its type at ``first`` (not "побывал с визитом"): what that one began with ("начали свой визит с посещения Петербурга", "визит начался с
    поездки в Казань"), a journey's leg of its own."""
    return first < k - 1 <= first + 3 and normed[k - 1] in ("с", "со") and _genitive_of(normed[k], "NOUN")


def _framing(words: list[str], k: int) -> bool:
    """Whether the trigger at word ``k`` is named as a frame by a phrase ("в рамках поездки", "в
    ходе визита", past the adjectives of its noun: "в ходе рабочей поездки"): the occurrence the
    sentence goes on to tell of is another, within it."""
    k = _past_adjectives(words, k)
    return k >= 2 and f"{words[k - 2].lower()} {words[k - 1].lower()}" in _FRAMES


_ADJECTIVES_BEFORE = 2  # "в ходе [официального] визита", "в рамках [своей рабочей] поездки"


def _past_adjectives(words: list[str], k: int) -> int:
    """Where the noun phrase of the noun at word ``k`` begins: at the (at most two) adjectives or
    participles before it that agree with it in case ("рабочей поездки")."""
    first = k
    while first > max(0, k - _ADJECTIVES_BEFORE) and _agrees_with(words[first - 1], words[k], case=True):
        first -= 1
    return first


def _dated_apart(first: _Found, k: int, seen: _Words, dated: list[DateMention]) -> Optional[str]:
    """"25 октября прошло заседание коллегии, а 16 ноября состоится форум", "выставка, приуроченная к
    форуму, который запланирован на 19–20 ноября", "итоги состоявшегося накануне заседания": a second
    trigger of a type is another occurrence when a date of its own says so, one in its clause (between
    punctuation marks, without the first trigger), in the relative clause right after that, or
    between it and a participle before it that agrees with it; and the first's clause has no date of
    that value. The date phrase, if so."""
    if not dated:
        return None
    words = seen.words
    starts = [t.start for t in seen.sentence.tokens]
    clause = _clause_of(words, k)
    own: set[int] = set()
    if first.start not in clause:
        own.update(clause)
        after = clause.stop + 1
        if after < len(words) and words[clause.stop] == "," and morph.lemma(words[after].lower()) in _RELATIVE \
                and _agrees_with(words[after], words[k]):
            own.update(_clause_of(words, after))
    participle = next((j for j in range(k - 1, max(clause.start, k - _PARTICIPLE_REACH) - 1, -1)
                       if morph.parses(words[j].lower())[0].tag.POS == "PRTF"
                       and _agrees_with(words[j], words[k], case=True)), None)
    if participle is not None and not participle <= first.start < k:
        own.update(range(participle, k))
    at = [bisect.bisect_left(starts, d.start) for d in dated]
    theirs = {d.value for d, j in zip(dated, at) if j in _clause_of(words, first.start) and j not in own}
    return next((d.text for d, j in zip(dated, at) if j in own and d.value not in theirs), None)


_PARTICIPLE_REACH = 4  # "состоявшегося [накануне] заседания", "прошедшей [в Шымкенте в августе] выставки"


def _told_anew_past_a_dated(first: _Found, k: int, seen: _Words, dated: list[DateMention]) -> Optional[str]:
    """"Во исполнение поручений, данных на заседании Правительства 28 января 2025 года, в министерстве
    состоялось совещание": a second trigger of a type that a verb of taking place tells of, out of the
    first's clause (between punctuation marks), which holds a date, is another occurrence: that date is
    the first's. The date phrase, if so."""
    if not dated or not k or seen.lemmas[k - 1] not in _LIGHT_VERBS:
        return None
    theirs = _clause_of(seen.words, first.start)
    if k in theirs:
        return None
    starts = [t.start for t in seen.sentence.tokens]
    return next((d.text for d in dated if bisect.bisect_left(starts, d.start) in theirs), None)


def _for_a_purpose(k: int, seen: _Words) -> Optional[str]:
    """"прибывшим в Россию для участия в торжественных мероприятиях": what one came for is to come;
    so is what is prepared for ("обсудили подготовку к очередному заседанию", "в преддверии
    саммита"); and what is agreed to be done, an infinitive after a verb of agreeing ("договорились
    провести следующий раунд переговоров"; not "договорились продолжить консультации", which goes
    on with the one told of). Why, if so."""
    for j in range(max(0, k - 3), k):
        if seen.words[j].lower() in _PURPOSE:
            return "what one came for («для участия в ...»)"
        if seen.lemmas[j] in _PREPARATION:
            return f"what is prepared for («{seen.words[j]} ...»)"
        if j and seen.lemmas[j - 1] in _AGREEING and _verbal(seen.words[j].lower()) \
                and morph.lemma(seen.words[j].lower()) not in _CONTINUATION:
            return f"what is agreed to be done («{seen.words[j - 1]} {seen.words[j]} ...»)"
    return None


def _plans_it(j: int, k: int, stop: int, sentence: Sentence, clauses: list[tuple[int, int]]) -> bool:
    """Whether the word of planning at ``j`` may speak of the event whose trigger is at words ``k`` to
    ``stop``: not when a subordinate clause that neither holds the trigger nor tells of its event
    holds it ("подготовке к визиту, [который запланирован на февраль], и договорённостям, достигнутым
    в ходе их встречи 12 августа": the clause is of the visit)."""
    own = _own_clause(stop, sentence, clauses)
    return not any(a <= j < b and not a <= k < b and (a, b) != own for a, b in clauses)


def _status(sentence: Sentence, at: int, planned: bool, purpose: Optional[str]) -> tuple[str, str]:
    """Planned when the event is what one came for or prepares for, when its clause speaks of the
    future, or the sentence of plans and the clause not of the past ("Министерство планирует внести
    поправки, ..., сообщила на брифинге"); else occurred; and why."""
    if purpose:
        return "planned", purpose
    tense = dates.tense(sentence, at)
    if planned and tense != "past":
        return "planned", "the sentence speaks of plans"
    if tense == "future":
        return "planned", "the verb of its clause is in the future"
    return "occurred", "the verb of its clause is not in the future"


# ---------------------------------------------------------------- arguments


@dataclass
class _Local:
    """What each sentence (by number) holds: people's post mentions, groups, dates; and the
    release's heads of state, countries and date."""

    posts: dict[int, list[tuple[int, int, str, str]]]  # (start, stop, holder, title)
    groups: dict[int, list[str]]
    dates: dict[int, list[DateMention]]
    heads: list[str]
    countries: set[str]
    published: Optional[str]
    body: Optional[str]  # the release's one ministry, service or agency, if it names one
    persons: list[tuple[int, str]] = field(default_factory=list)  # (start, person) of each mention, in order
    speakers: list[tuple[int, str]] = field(default_factory=list)  # (start, person) of each speaker's label
    # by a post's head word: (start, holder, title, the mention's first word) of each mention of a post, in order
    titles: dict[str, list[tuple[int, str, str, str]]] = field(default_factory=dict)
    # the persons of the last event, in an earlier sentence, of a head of state with others: who "Главы
    # государств" are when the release gives one of them no post ("Владимир Путин и Президент Белоруссии ...")
    together: list[str] = field(default_factory=list)
    # the date phrases no date resolves ("в апреле", "вчера" in a release with no date of its own)
    unanchored: dict[int, list[DateMention]] = field(default_factory=dict)


def _describe(event: _Found, text: str, sentence: Sentence, kinds: dict[str, str], local: _Local,
              others: list[_Found], unsaid: list[int]) -> None:
    """Fill an event from its sentence; ``others`` are the sentence's other events, ``unsaid`` where
    its triggers not told as happening stand."""
    tokens, words, tags = sentence.tokens, sentence.words, sentence.spans
    spec = event.spec
    stops = [e.stop for e in others]  # where their triggers end
    # the clauses that tell of the other events ("саммиту, [который пройдёт в Бишкеке]"), this one's trigger outside
    later = [o for o in others if o.stop > event.stop] if "," in words else []
    subordinate = _subordinate(sentence) if later else []
    theirs = [c for c in (_own_clause(o.stop, sentence, subordinate) for o in later)
              if c is not None and not c[0] <= event.start < c[1]]
    # "В преддверии визита [Президента] Токаева министр встретился с послом": who is named with an
    # event prepared for takes no part in one that took place, even a meeting
    coming = [e.stop for e in others if e.ahead] if event.status == "occurred" else []
    # "во время визита ... встретился с ...": a meeting told after the visit is within it ("провёл переговоры
    # с Рахмоном, который находится с визитом" tells of the visitor met)
    meetings = [e.stop for e in others if e.spec.roles.companion and e.start >= event.stop] if spec.destination else []
    within = _its_dates(event, sentence, local.dates.get(event.sentence, []), stops)
    at = tokens[event.start].start
    stretch: list[DateMention] = []  # the date phrases nothing dates in the trigger's own stretch
    if within and event.sentence in local.unanchored:
        # "в марте прошлого года в Костанае был запущен завод, а 15 января 2025 года начал работу ...":
        # a date phrase of the trigger's own stretch, nothing dating it, beats one past a mark
        nearest = min(within, key=lambda d: abs(d.start - at))
        marks = [t.start for t in tokens if t.text in _PUNCTUATION]  # read once for every date of the sentence
        stretch = [d for d in _its_dates(event, sentence, local.unanchored[event.sentence], stops)
                   if not _marked_between(marks, d.start, at)]
        if stretch and _marked_between(marks, nearest.start, at):
            within = []
            event.why.append(("date", f"«{nearest.text}» is not its own: past a mark, and «{stretch[0].text}» "
                                      "of its own stretch is"))
    if within:
        nearest = min(within, key=lambda d: abs(d.start - at))
        why = "the date nearest to the trigger in its sentence"
        # a year and a fuller date of that year in one sentence are one time ("30 мая 2017 года, на
        # открытии конференции YaC 2017"): the fuller says more
        fuller = [d for d in within if d.value.startswith(nearest.value) and len(d.value) > len(nearest.value)]
        if nearest.precision == "year" and fuller:
            nearest = min(fuller, key=lambda d: abs(d.start - at))
            why = "the fullest date of the year nearest to the trigger in its sentence"
        event.date, event.own_date = nearest.value.split("T")[0], True
        event.why.append(("date", f"{why}: «{nearest.text}»"))
    elif event.sentence in local.unanchored:
        unanchored = stretch or _its_dates(event, sentence, local.unanchored[event.sentence], stops)
        if unanchored:
            # "в апреле планируется рабочая поездка" in a release with no date line: the text dates it,
            # nothing tells when that is, and the date of another event is not it
            event.unanchored = unanchored[0].text
    event.within = _told_within(event, sentence, others)
    if event.within is not None:
        event.why.append(("within", f"told of in a clause of the {event.within.type} "
                                    f"«{' '.join(words[event.within.start:event.within.stop])}» a frame opens"))
    if event.status == "occurred" and "," in words[event.stop:]:
        own = _own_clause(event.stop, sentence, _subordinate(sentence))
        if own is not None and dates.tense(sentence, tokens[own[0]].start) == "future":
            # "пригласил принять участие в форуме, который пройдет 20 июня": what the clause telling
            # of it says is to come is to come, whatever the verb of the trigger's clause
            event.status = "planned"
            event.why.append(("status", "the clause telling of it is in the future"))
    years = _anniversary(words, event.start)
    if years is not None and (event.own_date or local.published):
        # "В этом году мы отмечаем 25 лет подписания декларации": the year it is the anniversary of
        base = int((event.date if event.own_date else local.published)[:4])
        event.date, event.own_date = str(base - years), True
        event.why.append(("date", f"{years} years before {base}, by the anniversary it is told of"))
    countries = local.countries
    seen = set()
    candidates = []
    shared: Optional[Span] = None  # the first place said with another event's trigger
    # bodies named in people's posts are theirs, not parties: "Председатель [Правительства]"
    in_posts = local.posts.get(event.sentence, [])
    governed = _past_a_date(event.stop, tokens, local.dates.get(event.sentence, []))
    apart = _clauses_apart(event, sentence) if "," in words else []
    told = _told_by_another(event, sentence, in_posts) if "," in words else 0
    event.hearsay = told > 0  # "Он напомнил, что ... подписано шесть соглашений": told of by one who took no part
    for tag in sorted(tags, key=lambda t: t.start):
        entity = tag.entity
        if entity is None or entity in seen:
            continue
        kind = kinds.get(entity)
        if kind == "place":
            if not _is_place(event, tag, words, governed):
                continue
            if any(a <= tokens[tag.start].start < b for a, b, _, _ in in_posts):
                # "с послом Норвегии [в Казахстане]", "представителем ПРООН [в Казахстане]": where the
                # post is held, part of its title, not where the event is
                event.why.append(("place", f"«{tag.mention.text}» left out: in a person's post"))
                continue
            if unsaid and _of_the_unsaid(event, words, tag.start, unsaid):
                # "пригласил принять участие в форуме в Рованиеми", "в выставке, которая пройдет в Астане":
                # where what is only proposed or invited to would be
                event.why.append(("place", f"«{tag.mention.text}» left out: the place of an occurrence not told "
                                  "as happening"))
                continue
            if _within([c for c in apart if _conjunction_at(words, c.start)], tag, words):
                # "поскольку ... талибы в Южном Вазиристане отделились": where something else is; a
                # relative or participial clause may tell where the venue is ("в особняке, расположенном в
                # Беверли-Хиллз")
                event.why.append(("place", f"«{tag.mention.text}» left out: in a clause telling of something else"))
                continue
            if _anothers(event, words, tag.start, stops) or any(c[0] <= tag.start < c[1] for c in theirs) \
                    or any(event.stop <= o.start and o.stop <= tag.start for o in others):
                # "побывал на заводе в Туле, а 5 июня провёл совещание в Калуге", "темой совещания стала
                # подготовка к саммиту, который пройдёт в Бишкеке": another event's place
                shared = shared or tag
                continue
            if event.place is None or spec.destination and entity in countries and event.place not in countries:
                event.place = entity  # a visit is to a country before a building in it
                event.why.append(("place", f"«{tag.mention.text}», where its sentence puts it"))
                event.placed = _said_where(event, tag, words)
            continue
        at = tokens[tag.start].start
        if kind == "org" and any(a <= at < b for a, b, _, _ in in_posts):
            continue
        if kind == "org" and any(other is not tag and other.type == "ORG" and other.start < tag.start
                                 < max(other.stop, other.name_stop or 0) for other in tags):
            continue  # "Ассоциации ... при [Торгово-промышленной палате] ...": part of another body's name
        if kind == "org" and spec.destination and tag.start == governed and event.place is None:
            event.place = entity  # what is visited is where: "посетил [Национальный центр «Россия»]"
            event.why.append(("place", f"«{tag.mention.text}», what is visited"))
            seen.add(entity)
            continue
        if kind == "org" and _venue(event, tag, words):
            seen.add(entity)  # "На брифинге в [Сенате]": where it was held, no party to it
            if event.place is None:
                event.place = entity
                event.why.append(("place", f"«{tag.mention.text}», the body it was held in"))
                event.placed = _said_where(event, tag, words)
            continue
        if kind == "person" and meetings and _met_with(tag, meetings, sentence):
            seen.add(entity)  # "во время визита в Израиль Путин встретился с [Яффой Иссахар]": met, no visitor
            event.why.append(("participants", f"«{tag.mention.text}» left out: met on the visit, no visitor"))
            continue
        if kind == "person" and spec.destination and _inviting(words, tag.start):
            continue  # "По приглашению Президента России Владимира Путина": the host, not the visitor
        if kind == "person" and _labels(text, tag.mention):
            continue  # "В.Путин: В этом году мы отмечаем ...": who speaks, in what the «мы» rule reads
        if kind == "person" and _honoured(tag, words):
            seen.add(entity)  # "выставка, посвящённая Чарльзу Дарвину": whom it is of, no participant
            event.why.append(("participants", f"«{tag.mention.text}» left out: whom it honours or remembers"))
            continue
        if kind == "org" and tag.start <= event.start < tag.stop:
            seen.add(entity)  # "выступил на [Web Summit]": the event's own name, no party to it
            event.why.append(("participants", f"«{tag.mention.text}» left out: the event's own name"))
            continue
        if kind == "org" and _a_source(tag, words):
            seen.add(entity)  # "сообщает агентство Reuters": who tells of it, no party to it
            event.why.append(("participants", f"«{tag.mention.text}» left out: the source of the report"))
            continue
        if kind in ("person", "org") and tag.stop <= told:
            # "Песков сообщил, что Путин провёл переговоры ...": who tells of it
            event.why.append(("participants", f"«{tag.mention.text}» left out: who tells that someone else took part"))
            continue
        if kind in ("person", "org") and _within(apart, tag, words):
            # "в военном музее, где хранятся останки Уго Чавеса", "фильм, повествующий о жизни Джорджа
            # Валентина": named in a clause about something else; not added to ``seen``, so a mention
            # of the same one elsewhere in the sentence still counts
            event.why.append(("participants", f"«{tag.mention.text}» left out: in a clause telling of something else"))
            continue
        if kind == "person" and _quoted_apart(event, tag, words):
            # "законопроект, известный как «закон Димы Яковлева»": a name in a quoted title or remark
            # the trigger is outside of
            event.why.append(("participants", f"«{tag.mention.text}» left out: inside a quotation"))
            continue
        if kind in ("person", "org") and "document" in spec.fields and _present(tag, words):
            # "На церемонии подписания также присутствовали аким ...": who watches it signed signs nothing
            event.why.append(("participants", f"«{tag.mention.text}» left out: present at it, no signatory"))
            continue
        if kind == "org" and spec.sites_are_objects and _a_site(tag, words):
            event.why.append(("participants", f"«{tag.mention.text}» left out: a site, what it is of"))
            continue
        # one met is a party however told of ("в ходе визита Мааса ... переговоров"): meetings keep all
        if kind == "person" and (not spec.roles.companion and _of_another_event(tag, stops, in_posts, sentence)
                                 or _of_another_event(tag, coming, in_posts, sentence)) \
                or kind == "org" and _of_another_event(tag, stops, in_posts, sentence):
            # a body in the genitive after another trigger is that one's ("подготовка к саммиту [ШОС]")
            seen.add(entity)
            event.why.append(("participants", f"«{tag.mention.text}» left out: named with another event"))
            continue
        seen.add(entity)
        candidates.append((entity, kind, tag))
    if event.place is None and shared is not None and _relative_clause(words, event.start):
        # "в Ярославле побывал ..., где встречался", "на заседании в Москве, участники которого
        # подписали": a relative clause tells of what was at the place before it
        event.place = shared.entity
        event.why.append(("place", f"«{shared.mention.text}», said with the event its relative clause follows"))
    if event.status == "planned" and any(e.status == "occurred" for e in others):
        # "В преддверии визита Токаева министр Кошербаев встретился с послом": an event still to come,
        # told of beside one that took place, is of the persons named with it, if it names any
        own = [c for c in candidates if c[1] == "person" and _of_another_event(c[2], [event.stop], in_posts, sentence)]
        if own:
            candidates = own + [c for c in candidates if c[1] != "person"]
            event.why.append(("participants", "still to come beside one that took place: only the persons "
                              "named with it"))
    if spec.item:
        # "Принять отставку ... Бездудного Ю.В. ... Назначить Гехт Ирину Альфредовну ...": the
        # person each decree item names next, with the bodies of the post; a verb in the active
        # voice has its subject before it ("Анатолий Шкарупа занял пост ... после ареста Джаксалиева")
        after = [c for c in candidates if c[1] == "person" and c[2].start >= event.stop]
        before = [c for c in candidates if c[1] == "person" and c[2].stop <= event.start]
        if before and _active_verb(words[event.start]):
            verb = morph.parses(words[event.start].lower())[0]
            if verb.normal_form in _APPOINT_OBJECT and verb.tag.number != "plur":
                # "Президент назначил [Ивана Петрова] министром": who the verb appoints is its object,
                # in its clause; its subject appoints, and takes no part ("Петрова назначили министром"
                # has none: who is named before a plural is the object)
                clause = _clause_of(words, event.start)
                after = [c for c in after if c[2].start in clause]
                event.why.append(("participants", "who it appoints is its object: not "
                                  + ", ".join(f"«{tag.mention.text}»" for _, _, tag in before)))
                candidates = [c for c in candidates if c not in before]
            else:
                after = before[-1:]
        elif _of_whom(words, event.stop - 1):
            # "об отставке [главы РЖД Владимира Якунина]", "[Нечас] подал заявление о своей отставке": a
            # noun's act is of the person in the genitive after it or of the one before; not of one it is
            # handed to ("прошение королеве [Елизавете II]"), nor of who tells of it ("[Песков] сообщал о
            # заявлении об отставке", "Об отставке министра сообщил [Йенс Столтенберг]") or decrees it
            # ("[Атамбаев] подписал указ об отставке правительства"), but for "своей"/"его" before it
            word = words[event.stop - 2].lower().replace("ё", "е") if event.stop >= 2 else ""
            if word in _POSSESSIVE or morph.lemma(word) in _REFLEXIVE:
                # "подал заявление о своей отставке президенту ...": the subject, before or after it ("Вплоть
                # до своего назначения Карапетян работал"); "О её назначении Мадуро объявил": one named
                # before, in the sentence or before it, never the subject after
                after = before[-1:] or (after[:1] if word not in _POSSESSIVE else [])
                candidates = [c for c in candidates if c[1] != "person" or c in after]
            else:
                decreed = any(morph.lemma(w.lower()) in _ACTS for w in words[max(0, event.start - 3):event.start])
                requested = any(morph.lemma(w.lower()) in _REQUESTS for w in words[max(0, event.start - 3):event.start])
                dropped = [c for c in after if _handed_to(c[2], sentence) or _told_by(words, event.stop, c[2].start)]
                # who is named before a noun whose act is told of as of another is no party to it, but for
                # one who asks for it ("Рыбак написал заявление об отставке")
                dropped += [c for c in before if decreed or _told_by(words, c[2].stop, event.start)
                            or dropped and not requested]
                if dropped:
                    candidates = [c for c in candidates if c not in dropped]
                    after = [c for c in after if c not in dropped]
                    event.why.append(("participants", "not whom its noun is handed to, of who tells of it or "
                                      "decrees it: " + ", ".join(f"«{tag.mention.text}»" for _, _, tag in dropped)))
        elif before:
            # "Берлускони отправлен в отставку, его место занял Монти", "Петров назначен министром,
            # сменив Сидорова": one named before goes or is appointed; one named after in another clause,
            # with a verb of its own, is someone else ("отправил в отставку губернатора области, члена
            # совета партии Михаила Юревича" names him in an apposition)
            clause = _clause_of(words, event.start)
            elsewhere = [c for c in after if c[2].start not in clause and any(
                _verb(w) for w in words[clause.stop:c[2].start])]
            if elsewhere:
                after = [c for c in after if c not in elsewhere]
                candidates = [c for c in candidates if c not in elsewhere]
                event.why.append(("participants", "who is named before it, not after it in another clause: not "
                                  + ", ".join(f"«{tag.mention.text}»" for _, _, tag in elsewhere)))
            # "Онищенко ... назначен помощником премьер-министра Дмитрия Медведева": after a passive, who is
            # appointed is its subject; one named after a post of theirs in the genitive is whose the post is
            passive = any(_passive(w) for w in words[max(0, event.start - 2):event.stop])  # "отправлен в отставку"
            governed = [c for c in after if passive and _after_a_genitive_post(c[2], in_posts, sentence)]
            if governed:
                after = [c for c in after if c not in governed]
                candidates = [c for c in candidates if c not in governed]
                event.why.append(("participants", "who is named before its passive, not after a post in the genitive: "
                                  "not " + ", ".join(f"«{tag.mention.text}»" for _, _, tag in governed)))
        persons = after[:1] or [c for c in candidates if c[1] == "person"][-1:]
        candidates = persons + [c for c in candidates if c[1] != "person"]
    # a visit is made by people, a document signed between bodies: the others in the sentence
    # are there for another reason ("в ходе визита Ли Цяна ... подписан Меморандум между ...")
    if spec.takes and any(kind in spec.takes for _, kind, _ in candidates):
        candidates = [c for c in candidates if c[1] in spec.takes]
    event.participants += [Participant(entity, _role(event, kind, tag, words)) for entity, kind, tag in candidates]
    if candidates:
        event.why.append(("participants", "named in its sentence: "
                          + ", ".join(f"«{tag.mention.text}»" for _, _, tag in candidates)))
    if not any(kind == "person" for _, kind, _ in candidates) and not _telling(words, told) and \
            (holder := _pronoun_referent(words, sentence, event.sentence, local)) is not None and holder not in seen:
        # "На брифинге в СЦК он отметил ...": the person the pronoun stands for, named before
        seen.add(holder)
        event.participants.append(Participant(holder, spec.roles.person))
        event.why.append(("participants", f"{holder}, the person «он»/«она» of its sentence stands for"))
    if not spec.item and not any(kinds.get(p.ref) == "person" for p in event.participants) \
            and not any(t.type == "PER" for t in tags) \
            and (found := _post_alone(words, sentence, event.sentence, local, after=told)) is not None \
            and found[0] not in seen:
        # "Позднее президент, выступая накануне встречи с сотрудниками ...": a post named alone, in the
        # nominative, stands for the person named with it last before; one before the ", что" of a
        # verb of saying whose clause tells of someone else's act ("Министр отметил, что соглашение
        # было подписано министерствами двух стран") tells of it and takes no part
        seen.add(found[0])
        event.participants.append(Participant(found[0], spec.roles.person))
        event.why.append(("participants", f"{found[0]}, named before as «{found[1]}», the post its sentence names alone"))
    if _FIRST_PERSON & {words[j].lower() for j in _clause_of(words, event.start)} and _predicated(event, words) \
            and (speaker := _speaker(local, tokens[event.start].start)) is not None and speaker not in seen:
        # "мы вместе запускали", "мы сегодня обсуждали на совещании": the speaker of a passage
        # the release gives as said ("В.Путин: ...") is one of them
        seen.add(speaker)
        event.participants.append(Participant(speaker, spec.roles.person))
        event.why.append(("participants", f"{speaker}, the speaker of «мы»/«я» of its clause"))
    if local.body is not None and local.body not in seen and _the_body_said(words, sentence, event):
        # "Ведомство также провело специальный брифинг": the one ministry or agency the release names
        seen.add(local.body)
        event.participants.append(Participant(local.body, spec.roles.org))
        event.why.append(("participants", f"{local.body}, the release's one ministry, «ведомство» of its clause"))
    for group in local.groups.get(event.sentence, []):
        if group not in seen:
            seen.add(group)
            event.participants.append(Participant(group, spec.roles.group))
            event.why.append(("participants", f"the group {group} of its sentence"))
    # "Председатель КНР прибыл ...": a post that stands for its holder brings the holder in
    if spec.post_holders:
        starts = [token.start for token in tokens]
        for start, _, person, title in in_posts:
            if spec.destination and _inviting(words, bisect.bisect_left(starts, start)):
                continue  # "По приглашению Президента России ...": the host, by post as by name
            k = bisect.bisect_left(starts, start)
            if k in stops and _genitive_of(words[k]) and (not spec.roles.companion or k in coming):
                continue  # "в рамках визита Президента страны": the other event's, by post as by name
            if any(k in clause for clause in apart) or k < told:
                continue  # "в музее, где хранятся останки бывшего лидера": a post in a clause about something else
            if person not in seen:
                seen.add(person)
                event.participants.append(Participant(person, _role(event, "person", None, words)))
                event.why.append(("participants", f"{person}, who holds the post «{title}» its sentence names"))
    outside = _main_clause_persons(event, sentence, kinds, in_posts)
    if outside & {p.ref for p in event.participants}:
        event.participants = [p for p in event.participants if p.ref not in outside]
        event.why.append(("participants", "told of in a clause about the person it follows: not "
                          + ", ".join(sorted(outside)) + ", named before that person in the main clause"))
    heads, whose = (local.heads, "the heads of state the release names") if len(local.heads) >= 2 else \
        (local.together, "a head of state and those named with that head before")
    leaders = heads if 2 <= len(heads) <= _MOST_LEADERS and _leaders_said(words) else []
    if leaders and spec.heads_of_state and _whose_by_name(event, sentence):
        # "Президенты дали высокую оценку итогам визита Владимира Путина в Астану": the noun names
        # whose the event is; the leaders speak of it
        event.why.append(("participants", "the heads of state said speak of it: its noun names whose it is"))
    elif leaders and spec.heads_of_state:
        # "Главы государств возложили венки": the heads of state the release names, not the
        # people the sentence mentions on the way ("к могиле маршала Чуйкова")
        groups_here = [p for p in event.participants if kinds.get(p.ref) == "group"]
        event.participants = [Participant(person, _role(event, "person", None, words)) for person in leaders] \
            + groups_here
        event.why.append(("participants", f"{whose}: " + ", ".join(leaders)))
    if spec.roles.companion and local.together and _THEIR & {w.lower() for w in words[max(0, event.start - 3):event.start]} \
            and not any(kinds.get(p.ref) == "person" for p in event.participants):
        # "реализацию договорённостей, достигнутых в ходе их встречи в Сочи": "их" are those who met
        # in the last event of a head of state with others, told of before
        event.participants += [Participant(person, _role(event, "person", None, words)) for person in local.together]
        event.why.append(("participants", "«их»: a head of state and those named with that head before: "
                          + ", ".join(local.together)))
    if _anaphoric(words, event.start, event.stop):
        event.participants = []  # "Данный визит": the one told of before; its parties come from there
        event.anaphoric = True
    before = [w.lower() for w in words[max(0, event.start - 2):event.start]]
    event.framed = bool(before) and (before[-1] in _FRAMES or " ".join(before) in _FRAMES)
    if event.framed:
        event.why.append(("frame", f"«{' '.join(words[event.start - len(before):event.start])} ...»: "
                                   "named as the frame of what else is told"))
    event.sitting = _sitting(words, _clause_of(words, event.start))
    if event.sitting:
        event.why.append(("sitting", f"«{event.sitting}»: how many sat at it"))
    clause = words[max(0, event.start - 4):event.start]
    # the forms of these words, built once (lexicon.forms_of): words are compared as written
    again = next((w for w in clause if w.lower().replace("ё", "е") in lexicon.forms_of(_AGAIN)), None)
    if again is not None:
        event.again = True
        event.repeated = again.lower() in _REPEAT
        event.why.append(("again", f"«{again}»: another occurrence than one told of before"))
    reporting = _reported(words, event.start)
    tense = dates.tense(sentence, tokens[event.start].start)
    if reporting is not None and tense == "past":
        event.reported = True
        event.why.append(("reported", f"«{reporting}, что ...»: a past occurrence told of in what was said"))
    elif event.status == "occurred" and tense != "future" and not event.own_date \
            and _speaker(local, tokens[event.start].start) is not None:
        # "В.Путин: ... Затронул это и в своём выступлении на Арктическом форуме": what the speaker
        # tells of as past is no event the release reports for its day
        event.reported = True
        event.why.append(("reported", "a past occurrence told of by a labelled speaker"))
    elif event.status == "occurred" and tense is None and not event.own_date and _edition(words, event.start):
        # "положений выступления ... на XVI саммите лидеров БРИКС": a numbered edition named with
        # no verb telling that it takes place is the background of what is told
        event.reported = True
        event.why.append(("reported", "a numbered edition named with no verb of its own: background"))
    # a noun's: after a verb a count is of who came ("выставку посетили 55 человек")
    if spec.destination and event.stop < len(words) and _counted(words[event.stop]) \
            and morph.parses(words[event.stop - 1].lower())[0].tag.POS == "NOUN":
        event.legs = True  # "посещение трёх городов дополнительно": places the journey goes on to
        event.why.append(("legs", f"«{words[event.stop]}»: visits to places counted, within a journey"))
        if tense != "past" and event.status == "occurred":
            event.status = "planned"  # "большая программа, посещение трёх городов": what it has ahead
            event.why.append(("status", "visits to places counted, told of not in the past: its programme"))
    previous = _modifier(words, event.start, event.stop, _PREVIOUS)
    if previous is not None:
        event.recalled = True
        event.why.append(("recollection", f"«{previous}»: an occurrence before, recalled"))
    # "Прежде чем начнём беседу" says when and "прежде всего" what comes first: they recall nothing;
    # "Иван Петров, ранее занимавший пост губернатора" recalls the post of someone taking part, not
    # the event; "Открывая совещание, Президент напомнил, что ..." recalls what the verb goes on to say
    recollection = lexicon.forms_of(_RECOLLECTION)
    recalled = next((w for j, w in enumerate(words) if w.lower().replace("ё", "е") in recollection
                     and (j + 1 == len(words) or words[j + 1].lower() not in _NOT_RECALLING
                          and not _describes_someone(sentence, j + 1))
                     and not _recalls_after(words, event, j)), None)
    if recalled is not None:
        event.recalled = True
        event.why.append(("recollection", f"«{recalled}»: a past occurrence recalled"))
    context = _Context(text, sentence, in_posts)
    for name in spec.fields:
        value = FIELDS[name](event, context)
        setattr(event, name, value)
        if value is not None:
            event.why.append((name, "from its sentence"))
    if "document" in spec.fields and _the_document(words, event):
        event.the_document = True  # "Документ подписали ...": the document told of before
        event.why.append(("document", "the general noun alone: the document told of before"))


_NOT_RECALLING = frozenset({"чем", "всего"})  # "прежде чем", "прежде всего"


def _recalls_after(words: list[str], event: _Found, j: int) -> bool:
    """Whether the word of recollection at ``j`` is a verb past the trigger's clause ("Открывая
    совещание, Президент напомнил, что в 2024 году ..."): it recalls what it says next, and the
    event before it is the one told of now."""
    return j > event.stop and any(w in _PUNCTUATION for w in words[event.stop:j]) \
        and morph.parses(words[j].lower())[0].tag.POS == "VERB"


def _describes_someone(sentence: Sentence, k: int) -> bool:
    """Whether word ``k`` opens a participle phrase after a person's name and a comma ("Иван Петров,
    ранее занимавший пост"; not "о встрече, ранее прошедшей в Москве")."""
    words = sentence.words
    return k >= 2 and words[k - 2] == "," and morph.parses(words[k].lower())[0].tag.POS == "PRTF" \
        and any(span.type == "PER" and span.stop == k - 2 for span in sentence.spans)


_ROMAN = re.compile(r"[IVXLC]+")
_ORDINAL = re.compile(r"[0-9]+-?(?:й|го|м|е|я|ой|ом)")


def _edition(words: list[str], start: int) -> bool:
    """Whether the trigger at ``start`` is numbered as an edition ("XVI саммите", "4-го Совещания"),
    next to it or before one adjective."""
    return any(_ROMAN.fullmatch(w) or _ORDINAL.fullmatch(w) for w in words[max(0, start - 2):start])


def _counted(word: str) -> bool:
    """Whether a word counts what follows it ("трёх городов", "нескольких регионов", "5 предприятий")."""
    return word.isdigit() or morph.parses(word.lower())[0].tag.POS == "NUMR"


def _reported(words: list[str], start: int) -> Optional[str]:
    """The verb of saying whose "..., что" clause holds the word at ``start``, if any ("обратил
    внимание, что между министерствами был подписан Меморандум")."""
    that = next((j for j in range(start - 1, 0, -1) if words[j].lower() == "что" and words[j - 1] == ","), None)
    if that is None:
        return None
    return next((words[j] for j in range(that - 1, -1, -1) if words[j].lower().replace("ё", "е") in _REPORTING
                 and morph.parses(words[j].lower())[0].tag.POS in ("VERB", "GRND")), None)


def _anaphoric(words: list[str], start: int, stop: int) -> bool:
    """Whether a determiner pointing back stands before a trigger, next to it or before one adjective
    ("Данный визит", "этот важный форум"), and agrees with its noun; not a pronoun of its own
    ("обсуждали это на совещании", "Это встреча ...")."""
    return _modifier(words, start, stop, _ANAPHORA) is not None


def _modifier(words: list[str], start: int, stop: int, forms: frozenset[str]) -> Optional[str]:
    """The word of ``forms`` before a trigger, next to it or before one adjective, that agrees with
    its noun ("на предыдущем заседании"), if there is one."""
    for j in (start - 1, start - 2):
        if j < 0 or words[j].lower() not in forms:
            continue
        if j < start - 1 and not any(p.tag.POS in ("ADJF", "PRTF") for p in morph.parses(words[j + 1].lower())):
            return None
        noun = next((w for w in words[start:stop] if any(p.tag.POS == "NOUN" for p in morph.parses(w.lower()))),
                    None)
        return words[j] if noun is not None and _agrees_with(words[j], noun, case=True) else None
    return None


def _its_dates(event: _Found, sentence: Sentence, dates: list[DateMention], others: list[int]) -> list[DateMention]:
    """The dates of an event's sentence that may be its own: those no rule of ``DATES`` gives to
    something else (the why of each is noted), and of those the ones of a clause telling of the event
    itself, if any; ``others`` are where the triggers of the sentence's other events end."""
    if not dates:
        return dates
    starts = [t.start for t in sentence.tokens]
    clauses = _subordinate(sentence)
    own = _own_clause(event.stop, sentence, clauses)
    rule_of = dict(DATES)
    kept = []
    for date in dates:
        seen = _Dating(event, sentence, bisect.bisect_left(starts, date.start), date, clauses, own, others)
        why = next((name for name, rule in DATES if rule(seen)), None)
        if why is None:
            kept.append(date)
        else:
            event.dated_apart = event.dated_apart or rule_of[why] is _another_clause
            event.why.append(("date", f"«{date.text}» is not its own: {why}"))
    told = [d for d in kept if own and own[0] <= bisect.bisect_left(starts, d.start) < own[1]] if len(kept) > 1 else []
    if told:
        event.why.append(("date", "the clause telling of it dates it"))
    return told or kept


class _Dating(NamedTuple):
    """What a date rule sees: the event, its sentence, the token the date starts at, the date, the
    sentence's subordinate clauses and the one telling of the event itself (or None)."""

    event: _Found
    sentence: Sentence
    at: int
    date: DateMention
    clauses: list[tuple[int, int]]
    own: Optional[tuple[int, int]]
    others: list[int]  # where the triggers of the sentence's other events end


def _a_period(seen: _Dating) -> bool:
    """"в 1990-е годы", "XX век", "в 2024–2026 годах": years on end are a period some process took,
    no time of an occurrence."""
    value = (seen.date.value or "").split("/")
    return len(value) == 2 and int(value[1][:4]) - int(value[0][:4]) >= 2


def _a_target(seen: _Dating) -> bool:
    """"к 2030 году", "до конца 2025 года": a deadline something is to be done by, not when the
    event is."""
    return "/" not in (seen.date.value or "") and seen.date.text.split(maxsplit=1)[0].lower() in _TARGETS


def _a_documents(seen: _Dating) -> bool:
    """"На основании приказа Министра от 12.03.2025 № 45 состоялось совещание": a day told with «от» is
    the day the document before it bears, the time of no occurrence but the document's signing or the
    appointment it makes ("Указом от 2 сентября 2025 года назначен")."""
    spec = seen.event.spec
    return "/" not in (seen.date.value or "") and seen.date.text.split(maxsplit=1)[0].lower() in _DOCUMENT_DATES \
        and not spec.item and "document" not in spec.fields


def _a_start(seen: _Dating) -> bool:
    """"форум, который проводится с 2015 года", "с марта 2024 года работает центр": a year or a month
    something has lasted since, told by a verb in the present nearest to it in its clause, is no time
    of one occurrence (a day may be when one begins: "с 12 мая"; "с 2013 года газопровод был запущен на
    полную мощность" says when it was)."""
    value = seen.date.value or ""
    if "/" in value or len(value) > 7 or seen.date.text.split(maxsplit=1)[0].lower() not in _STARTS:
        return False
    words = seen.sentence.words
    verbs = [j for j in _clause_of(words, seen.at) if morph.parses(words[j].lower())[0].tag.POS == "VERB"]
    return bool(verbs) and morph.parses(words[min(verbs, key=lambda j: abs(j - seen.at))].lower())[0].tag.tense == "pres"


def _reported_on(seen: _Dating) -> bool:
    """"по итогам работы за 2023 год", "лауреатов премии за 2010 год": the year or month a result or an
    award is for, no time of an occurrence."""
    return "/" not in (seen.date.value or "") and seen.date.text.split(maxsplit=1)[0].lower() in _REPORTED


def _marked_between(marks: list[int], a: int, b: int) -> bool:
    """Whether a punctuation mark stands between offsets ``a`` and ``b``, ``marks`` being where the
    sentence's marks start, in order."""
    low, high = min(a, b), max(a, b)
    k = bisect.bisect_right(marks, low)
    return k < len(marks) and marks[k] < high


def _a_term(seen: _Dating) -> bool:
    """"подписали план сотрудничества на 2025–2026 годы": a range of whole years a plan or a document is
    for, no time of an occurrence ("запланировано на 2025 год" may be one)."""
    value = (seen.date.value or "").split("/")
    return len(value) == 2 and all(len(v) == 4 for v in value) \
        and seen.date.text.split(maxsplit=1)[0].lower() in _TERMS


def _of_another_noun(seen: _Dating) -> bool:
    """"пожаров 2023 года", "урожая 2024 года", "итоги первого полугодия": a year, or a part of one
    named with no preposition, in the genitive right after a noun that is no trigger says which of
    that noun, not when the event was ("на встрече 2024 года" dates it; "в первом полугодии" may); a
    bare year, no "года" after it, is the edition of the name before it ("выставке Агропром 2025")."""
    date, at, words = seen.date, seen.at, seen.sentence.words
    if date.precision == "year" and date.text.isdigit():
        noun = _noun_before_the_name(seen)
        return noun is not None and noun not in eventtypes.lookup()[2]
    genitive = date.precision == "year" and date.text[:1].isdigit() and not date.text.isdigit() \
        or date.precision in ("half", "quarter") \
        and date.text.split(maxsplit=1)[0].lower() not in lexicon.prepositions()
    if not genitive or at == 0 or seen.event.start <= at - 1 < seen.event.stop:
        return False
    word = words[at - 1].lower()
    if not word.isalpha() or word[0] not in _CYRILLIC:
        return False
    parse = morph.parses(word)[0]
    return parse.tag.POS == "NOUN" and parse.normal_form not in eventtypes.lookup()[2]


def _noun_before_the_name(seen: _Dating) -> Optional[str]:
    """The lemma of the noun before the name a bare year is the edition of, which the name says
    which one of: past a name in quotes whole ("Стратегии «Казахстан-2050»", "программе «Дорожная карта
    бизнеса-2025»"), else past its capitalised or Latin words ("выставке Агропром 2025", "конференции
    CERAWeek 2024"); None when no such noun stands there, or when it is a frame's."""
    words = seen.sentence.words
    starts = [t.start for t in seen.sentence.tokens]
    j = bisect.bisect_right(starts, seen.date.start) - 1
    k = j - 1 if words[j].isdigit() else j  # "Агропром 2025": the year is a word; "Казахстан-2050" is one
    opened = next((i for i in range(k, -1, -1) if words[i] in "«»"), None)
    if opened is not None and words[opened] == "«":
        k = opened - 1
    else:
        while k >= 0 and (words[k][:1].isupper() or words[k][:1].isascii() and words[k][:1].isalpha()):
            k -= 1
    if k < 0 or not words[k].isalpha():  # before quotes a title's noun may be capitalised ("Стратегии")
        return None
    if k and f"{words[k - 1].lower()} {words[k].lower()}" in _FRAMES:
        return None  # "в рамках Astana International Forum 2024": the name is what frames the event
    parse = morph.parses(words[k].lower())[0]
    return parse.normal_form if parse.tag.POS == "NOUN" else None


def _another_clause(seen: _Dating) -> bool:
    """"... с Мин Аун Хлайном, [который посетит Россию]" after "4 марта", "занял пост после ареста
    Джаксалиева, [который был задержан в июне 2018 года]", "[Прежде чем начнём беседу], хотел бы
    поздравить ... 21 марта": a subordinate clause (a relative, participial or adverbial one, or one
    a conjunction opens) holding the trigger or the date but not both tells of another time; but a
    date in the clause telling of the event itself is its own, whatever clause holds the trigger
    ("приуроченная к форуму, [который запланирован на 19–20 ноября]")."""
    k = seen.event.start
    if seen.own is not None and seen.own[0] <= seen.at < seen.own[1]:
        return False
    return any((start <= k < stop) != (start <= seen.at < stop) for start, stop in seen.clauses
               if (start, stop) != seen.own)


def _own_clause(stop: int, sentence: Sentence, clauses: list[tuple[int, int]]) -> Optional[tuple[int, int]]:
    """Of a sentence's subordinate ``clauses``, the one right after an event's trigger (ending at word
    ``stop``), or after the name it governs, which tells of the event itself ("выставки-форума,
    [проходившего в 2023 году]", "конгресса УЕФА, [который пройдёт 25 января 2007]"), if there is one."""
    if not clauses:
        return None
    words = sentence.words
    named = {j for t in sentence.spans for j in range(t.start, max(t.stop, t.name_stop or 0))}
    own = stop
    # a name of two joined by a dash is one name ("саммита Россия – Африка, который состоится ...")
    while own in named or own < len(words) and words[own] in _DASHES and own - 1 in named and own + 1 in named:
        own += 1
    right = next((c for c in clauses if c[0] == own + 1), None)
    if right is not None and own > stop and _verb(words[stop - 1]) \
            and not any(w.lower().replace("ё", "е") in _TAKING_PLACE for w in words[right[0]:right[0] + 2]):
        # "посетил Тасоткельское водохранилище, [построенное в 1982 году]": a clause after the name a verb
        # governs tells of that name's thing, unless of its taking place ("посетил Агроэкспо, [проходившую
        # ...]", "[которая проходит ...]")
        return None
    if right is not None:
        return right
    # past the words the trigger governs ("заседанию комиссии по экономическому сотрудничеству, которое
    # состоится ..."), a name in quotes among them whole ("фотовыставку «Пирамида. 20 лет», которая
    # откроется ..."), a clause whose word agrees with the trigger's noun
    comma = _punctuation_after(words, stop)
    after = next((c for c in clauses if comma is not None and c[0] == comma + 1), None)
    if after is None or words[comma] != "," or any(_verb(words[j]) for j in range(stop, comma)):
        return None
    return after if _agrees_with(words[after[0]], words[stop - 1]) else None


def _punctuation_after(words: list[str], start: int) -> Optional[int]:
    """The first punctuation mark from word ``start`` on that is not inside a name in quotes."""
    j = start
    while j < len(words):
        if words[j] in _OPENING:
            j = next((m for m in range(j + 1, len(words)) if words[m] in _CLOSING_QUOTES), j)
        elif words[j] in _PUNCTUATION:
            return j
        j += 1
    return None


def _agrees_with(word: str, noun: str, case: bool = False) -> bool:
    """Whether an adjective, a participle or a relative pronoun can stand for a noun or be its: in its
    number, in the singular its gender, and with ``case`` in its case too ("заседанию, которое";
    not "встреча в министерстве, который")."""
    nouns = [p.tag for p in morph.parses(noun.lower()) if p.tag.POS == "NOUN"]
    return any(morph.agrees(p.tag, n, case) for p in morph.parses(word.lower()) if p.tag.POS in ("ADJF", "PRTF")
               for n in nouns)


def _subordinate(sentence: Sentence) -> list[tuple[int, int]]:
    """The word ranges of a sentence's subordinate clauses: one a conjunction opens at the start runs
    to the first mark ("Прежде чем начнём беседу, ..."); after a comma or a dash, one a relative
    pronoun (also in the genitive behind its noun: "старт которой"), a participle or a gerund opens
    runs to the next mark, one a conjunction opens ("что", "чтобы") to the end of the sentence."""
    words, found = sentence.words, []
    lowered = [w.lower() for w in words]
    for j, word in enumerate(lowered):
        if j and words[j - 1] not in (",", "–", "—"):
            continue
        conjunction = _conjunction_at(lowered, j)
        if not conjunction and not (j and (morph.lemma(word) in _RELATIVE
                                           or morph.parses(word)[0].tag.POS in ("PRTF", "GRND")
                                           or _of_its_noun(lowered, j))):
            continue
        ends = _CLAUSE_ENDS if j and conjunction else _PUNCTUATION
        stop = j + 1
        # the point of an initial ("Л.Фокса") ends no clause
        while stop < len(words) and (words[stop] not in ends or words[stop] == "." and _initial(words[stop - 1])):
            stop += 1
        found.append((j, stop))
    return found


_RELATIVE_REACH = 2  # "по итогам которого": the words a relative pronoun may stand behind in its clause


def _relative_at(lowered: list[str], j: int) -> Optional[int]:
    """Where a relative pronoun stands within ``_RELATIVE_REACH`` words after word ``j``, if one does."""
    return next((r for r in range(j + 1, min(j + 1 + _RELATIVE_REACH, len(lowered)))
                 if lowered[r].startswith(("котор", "чь", "чей")) and morph.lemma(lowered[r]) in _RELATIVE), None)


def _of_its_noun(lowered: list[str], j: int) -> bool:
    """Whether a relative pronoun in the genitive opens a clause at word ``j`` from behind the noun it
    depends on, which the clause tells of ("платформы, [старт которой намечен на 2025 год]"); not behind
    a preposition ("согласно которому", "в составе которой"), which may go on with the event before."""
    r = _relative_at(lowered, j)
    return r == j + 1 and morph.parses(lowered[j])[0].tag.POS == "NOUN" \
        and any(p.tag.case == "gent" for p in morph.parses(lowered[r]) if p.normal_form in _RELATIVE)


def _told_within(event: _Found, sentence: Sentence, others: list[_Found]) -> Optional[_Found]:
    """The event of the sentence whose relative clause, opened by a frame, tells of this one: "заседание
    комиссии, [по итогам которого было подписано пять документов]", "форум, [в ходе которого
    подписаны соглашения]"; its pronoun agrees with that event's noun, no verb between them."""
    words = sentence.words
    comma = next((j for j in range(event.start - 1, -1, -1) if words[j] in _PUNCTUATION), None)
    if comma is None or words[comma] != ",":
        return None
    lowered = [w.lower() for w in words[comma:comma + 2 + _RELATIVE_REACH]]
    r = _relative_at(lowered, 1)  # behind the frame's words, from the clause's first
    if r is None or " ".join(lowered[1:r]) not in _FRAMES:
        return None
    before = [o for o in others if o.stop <= comma and not any(_verb(w) for w in words[o.stop:comma])]
    return next((o for o in reversed(before) if _agrees_with(words[comma + r], words[o.stop - 1])), None)


def _initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _what_it_is_for(seen: _Dating) -> bool:
    """"В 1994 году Перес получил Нобелевскую премию за подписание соглашения": a date before a trigger
    that "за" governs dates what is given or done for it; the event's own date follows its noun ("за
    подписание в 1993 году соглашения")."""
    start = seen.event.start
    return start > 0 and seen.sentence.words[start - 1].lower() == "за" and seen.at < start


def _another_triggers_clause(seen: _Dating) -> bool:
    """"Министр провёл встречу с послом, [а 12 мая состоится заседание комиссии]": a date between
    punctuation marks with another event's trigger, and not this one's, is that event's, unless that
    is the clause telling of this one ("консультации, которые были назначены на 15 января") or this
    one's clause goes on with the predicate of one before it (``_going_on``)."""
    if seen.own is not None and seen.own[0] <= seen.at < seen.own[1]:
        return False
    words = seen.sentence.words
    return _anothers(seen.event, words, seen.at, seen.others) and not _going_on(words, seen.event.start, seen.at)


def _going_on(words: list[str], k: int, at: int) -> bool:
    """Whether word ``k``'s clause, after the word ``at``, is "и" and a finite verb with no subject
    of its own, going on with the predicate of a clause before it and so in its time ("в мае он
    посетил ярмарку, где проходил форум, и провёл там встречу")."""
    first = _clause_of(words, k).start
    return at < first and first + 1 < len(words) and words[first].lower() == "и" and _active_verb(words[first + 1])


def _anothers(event: _Found, words: list[str], at: int, others: list[int]) -> bool:
    """Whether word ``at`` is between punctuation marks with the trigger of another event of the
    sentence (``others``, where their triggers end) and not with this event's."""
    clause = _clause_of(words, at)
    return event.start not in clause and any(stop - 1 in clause for stop in others)


def _the_outcome_told_at_another(seen: _Dating) -> bool:
    """"Сегодня на брифинге ... рассказала об итогах переговоров": an event whose outcome is told of
    at another event of the sentence, whose trigger stands between the date and it, is not dated by
    that one's date ("в декабре 2023 года в рамках съезда мы вместе запускали" is: what was done at
    it)."""
    k, words = seen.event.start, seen.sentence.words
    return k > 0 and seen.at < k and morph.lemma(words[k - 1].lower()) in _OUTCOMES \
        and any(seen.at < stop - 1 < k for stop in seen.others)


def _telling(words: list[str], told: int) -> bool:
    """Whether the sentence's "он"/"она" tells that the event took place by itself, before the ", что"
    clause telling it (``told``): "Он напомнил, что в апреле в Осло прошло заседание" is no part in it."""
    return told > 0 and any(w.lower() in _SUBJECT_PRONOUNS for w in words[:told])


def _said_where(event: _Found, tag: Span, words: list[str]) -> bool:
    """Whether an event's sentence says where it took place, its noun the subject of a verb of taking
    place and the place right after that verb's preposition ("Совещание прошло в [Доме правительства]",
    "Переговоры прошли в [Зелёной гостиной]")."""
    return tag.start == event.stop + 2 and event.stop == event.start + 1 \
        and morph.parses(words[event.start].lower())[0].tag.POS == "NOUN" \
        and morph.plain(words[event.stop]) in _TAKING_PLACE


def _of_the_unsaid(event: _Found, words: list[str], at: int, unsaid: list[int]) -> bool:
    """Whether word ``at`` tells where an occurrence not told as happening would be: it follows that
    one's trigger (``unsaid``), with this event's not between them, in the trigger's clause or in the
    relative clause right after it ("в форуме в Рованиеми", "в выставке «КазАгро», которая пройдет в
    Астане")."""
    for k in unsaid:
        if not k < at or k < event.start < at:
            continue
        clause = _clause_of(words, k)
        if at in clause:
            return True
        after = _clause_of(words, clause.stop + 1) if clause.stop + 1 < len(words) else range(0)
        if at in after and any(morph.lemma(w.lower()) in _RELATIVE for w in words[after.start:after.start + 2]):
            return True
    return False


def _relative_clause(words: list[str], k: int) -> bool:
    """Whether word ``k``'s clause is a relative one: a relative adverb of place or a relative
    pronoun in its first two words ("где встречался", "участники которого подписали")."""
    first = _clause_of(words, k).start
    return any(w.lower() in _WHERE or morph.lemma(w.lower()) in _RELATIVE for w in words[first:first + 2])


def _in_what_was_said(seen: _Dating) -> bool:
    """"На встрече ... директор заявил о возможном росте тарифов в 2020 году": a date after a verb of
    saying that follows the trigger is in what was said."""
    words = seen.sentence.words
    return any(_speech_verb(words[j]) for j in range(seen.event.stop, seen.at))


def _said_before_its_verb(seen: _Dating) -> bool:
    """"В 2025 году в колледжах обучаются 12 тысяч студентов, сообщил на брифинге руководитель": what
    was said may stand first, its verb after a comma or a dash before the trigger; a date before that
    verb is in what was said."""
    words = seen.sentence.words
    return any(words[j - 1] in _SPEECH_MARKS and _speech_verb(words[j]) for j in range(seen.at + 1, seen.event.start))


_SPEECH_MARKS = frozenset({",", "—", "–"})


def _in_what_was_settled(seen: _Dating) -> bool:
    """"В ходе встречи обсуждались и меры поддержки ... в 2026–2027 годах", "По итогам консультаций
    стороны договорились провести следующий раунд в 2027 году": a date in the object of a verb of
    discussing or agreeing that follows the trigger is of what was discussed or agreed; one right
    after the verb is its own adverbial ("обсудили вчера")."""
    words = seen.sentence.words
    return any(morph.lemma(words[j].lower()) in _SETTLING and not _filler(words[j + 1])
               for j in range(seen.event.stop, seen.at - 1) if words[j].isalpha())


def _speech_verb(word: str) -> bool:
    lowered = word.lower()
    if lowered.replace("ё", "е") not in lexicon.forms_of(_SPEECH):
        return False
    return morph.parses(lowered)[0].tag.POS in ("VERB", "GRND")


#: Why a date of an event's sentence is not the event's own, tried in order: (why, rule).
DATES: list[tuple[str, Callable[[_Dating], bool]]] = [
    ("a period of years", _a_period),
    ("a deadline («к», «до»)", _a_target),
    ("a document's day («от»)", _a_documents),
    ("the start of what lasts («с» a year or a month)", _a_start),
    ("a period reported on («за»)", _reported_on),
    ("a term of years («на»)", _a_term),
    ("which one of another noun", _of_another_noun),
    ("in another clause", _another_clause),
    ("of what is given or done for it («за»)", _what_it_is_for),
    ("in another trigger's clause", _another_triggers_clause),
    ("the outcome told of at another", _the_outcome_told_at_another),
    ("in what was said", _in_what_was_said),
    ("in what was said, before its verb", _said_before_its_verb),
    ("in what was discussed or agreed", _in_what_was_settled),
]

_TARGETS = lexicon.words("deadline")
_DOCUMENT_DATES = lexicon.words("document_date")
_STARTS = lexicon.words("since")
_REPORTED = lexicon.words("reported_period")
_TERMS = lexicon.words("term")
_SUBORDINATORS = tuple(entry.split() for entry in lexicon.words("subordinator"))
_SPEECH = lexicon.words("speech")
_OUTCOMES = lexicon.words("outcome")
_SETTLING = lexicon.words("topic_cue") | _AGREEING
_CYRILLIC = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")


class _Context(NamedTuple):
    """What a field's finder sees: the text, the event's sentence and its posts (start, stop, holder, title)."""

    text: str
    sentence: Sentence
    posts: list[tuple[int, int, str, str]]


def _topic_field(event: _Found, context: _Context) -> Optional[str]:
    return _topic(context.text, context.sentence.tokens, context.sentence.words)


def _document_field(event: _Found, context: _Context) -> Optional[str]:
    return _document(context.text, context.sentence.tokens, context.sentence.words, event.stop)


def _name_field(event: _Found, context: _Context) -> Optional[str]:
    if _verbal(event.lemma):
        return None  # "возложили венки", "запускали" name nothing
    sentence = context.sentence
    return _name(context.text, sentence.tokens, sentence.words, event, sentence.spans)


def _position_field(event: _Found, context: _Context) -> Optional[str]:
    holders = {p.ref for p in event.participants}
    return next((title for _, _, person, title in context.posts if person in holders), None)


#: How each field of ``eventtypes.FIELDS`` is found, for the types that have it.
FIELDS: dict[str, Callable[[_Found, _Context], Optional[str]]] = {
    "topic": _topic_field, "document": _document_field, "name": _name_field, "position": _position_field,
}
if set(FIELDS) != set(eventtypes.FIELDS):
    raise ImportError(f"the events stage finds fields {sorted(FIELDS)}, eventtypes names {eventtypes.FIELDS}")


def _verbal(word: str) -> bool:
    """Whether a word in lower case (a lemma, or a form as written) is an infinitive by its likeliest reading."""
    return morph.parses(word)[0].tag.POS == "INFN"


def _whose_by_name(event: _Found, sentence: Sentence) -> bool:
    """Whether the trigger is a noun with a person's name in the genitive right after it ("визита
    [Владимира Путина]"): the one whose event it is."""
    words = sentence.words
    return morph.parses(words[event.stop - 1].lower())[0].tag.POS == "NOUN" and any(
        t.type == "PER" and t.start == event.stop and _genitive_of(words[t.start]) for t in sentence.spans)


def _leaders_said(words: list[str]) -> bool:
    """Whether a sentence speaks of heads of state together: "Главы государств", "Лидеры", "Президенты"."""
    lowered = [w.lower() for w in words]
    return any(w in _LEADERS or f"{w} {after}" in _LEADERS for w, after in zip(lowered, lowered[1:] + [""]))


def _titled(person: Person) -> list[Position]:
    """A person's posts named by a title: a tie to a body stated by a verb alone ("работает в банке
    ВТБ", title None) names no post, so no event's post, appointment or speaker's title is one."""
    return [position for position in person.positions if position.title is not None]


def _heads_of_state(doc: Doc, states: set[str]) -> list[str]:
    """The persons holding a state's post in the release: who "Главы государств" are, when two or more."""
    return [person.id for person in doc.persons
            if any(pos.org in states and lexicon.heads_a_state(pos.title.split(" ")[0]) for pos in _titled(person))]


# "Главы государств" of a release naming more leaders than a summit has are no one set of them.
_MOST_LEADERS = 40


def _main_clause_persons(event: _Found, sentence: Sentence, kinds: dict[str, str],
                         in_posts: list[tuple[int, int, str, str]]) -> set[str]:
    """The persons of the main clause, when the event is told of in a clause about the person named
    right before it ("переговоры Владимира Путина с Эмомали Рахмоном, [который находится в России с
    визитом]", "встреча ... с Мигелем Диас-Канелем, [прибывшим в Россию для участия в торжественных
    мероприятиях]"): that person is the clause's subject, and those named before (by name or
    post) take no part in what it tells of; else none."""
    words, tokens = sentence.words, sentence.tokens
    comma = next((j for j in range(event.start - 1, -1, -1) if words[j] in _PUNCTUATION), None)
    if comma is None or words[comma] != "," or comma + 1 == len(words):
        return set()
    opener = words[comma + 1].lower()
    if morph.lemma(opener) not in _RELATIVE and morph.parses(opener)[0].tag.POS != "PRTF":
        return set()
    antecedent = next((t for t in sentence.spans if max(t.stop, t.name_stop or 0) == comma
                       and kinds.get(t.entity) == "person"), None)
    if antecedent is None or not _agrees(opener, antecedent):
        return set()
    at, clause = tokens[antecedent.start].start, tokens[comma].stop
    named = {t.entity for t in sentence.spans if t.stop <= antecedent.start and kinds.get(t.entity) == "person"}
    # one the clause names again, by name or post, is in it: "Обаме, который пригласил нового премьер-министра"
    again = {t.entity for t in sentence.spans if t.start > comma} | {person for start, _, person, _ in in_posts
                                                                     if start >= clause}
    return (named | {person for _, stop, person, _ in in_posts if stop <= at}) - again - {antecedent.entity}


def _agrees(opener: str, antecedent: Span) -> bool:
    """Whether a clause's relative pronoun or participle can stand for that one person: singular, in
    the person's gender ("Рахмоном, который", "Машел, которая"; not "Йоко Оно, который [альбом]",
    "дочь Лиза и мать Раиса, приехавшие")."""
    gender = antecedent.readings[0].gender if antecedent.readings else None
    return any(p.tag.number == "sing" and (gender is None or p.tag.gender == gender) for p in morph.parses(opener))


def _of_another_event(tag: Span, others: list[int], in_posts: list[tuple[int, int, str, str]],
                      sentence: Sentence) -> bool:
    """Whether a person is named right after another event's trigger, in the genitive it governs, by
    name or by post and name ("в рамках визита [Президента] Касым-Жомарта Токаева"): that event's
    party, not this one's ("О её назначении Мадуро объявил": the subject is no one's)."""
    tokens = sentence.tokens
    for stop in others:
        if stop > tag.start:
            continue
        between = tokens[stop:tag.start]
        if not all(any(a <= t.start < b and holder == tag.entity for a, b, holder, _ in in_posts) for t in between):
            continue
        if _genitive_of(tokens[stop].text) if stop < tag.start else _genitive_name(tag, sentence):
            return True
    return False


def _met_with(tag: Span, others: list[int], sentence: Sentence) -> bool:
    """Whether a person is whom another event's trigger tells of meeting: after it in its clause, past
    "с", a word of the name in the instrumental ("встретился с матерью девушки Яффой Иссахар")."""
    words = sentence.words
    last = (tag.name_stop or tag.stop) - 1
    for stop in others:
        between = [w.lower() for w in words[stop:tag.start]]
        if stop <= tag.start and ("с" in between or "со" in between) and not _PUNCTUATION & set(between) \
                and any(p.tag.case == "ablt" for w in words[tag.start:last + 1] for p in morph.parses(w.lower())):
            return True
    return False


def _passive(word: str) -> bool:
    """A short passive participle ("назначен", "освобождён", "уволена")."""
    return morph.parses(word.lower())[0].tag.POS == "PRTS"


def _after_a_genitive_post(tag: Span, in_posts: list[tuple[int, int, str, str]], sentence: Sentence) -> bool:
    """Whether a person is named after a post of theirs whose first word is in the genitive and cannot be
    in the nominative ("помощником премьер-министра России Дмитрия Медведева", "указом президента Виктора
    Януковича"; not "назначен народный артист СССР Олег Басилашвили")."""
    at = sentence.tokens[tag.start].start
    starts = [t.start for t in sentence.tokens]
    for start, stop, person, _ in in_posts:
        if person == tag.entity and stop <= at:
            cases = {p.tag.case for p in morph.parses(sentence.words[bisect.bisect_left(starts, start)].lower())}
            if "gent" in cases and "nomn" not in cases:
                return True
    return False


def _genitive_name(tag: Span, sentence: Sentence) -> bool:
    """Whether a person's name may be in the genitive: as the tagger read it when it read it, else as its
    last word may be, unless it may be a nominative too and a verb follows, whose subject it is
    ("О её назначении Мадуро объявил")."""
    last = (tag.name_stop or tag.stop) - 1
    read = (sentence.cases or {}).get(last)
    if read is not None:
        return read == "gent"
    if tag.type == "PER" and any(w.isalpha() and len(w) > 1 and all(p.tag.case not in ("gent", None)
                                                                     for p in morph.parses(w.lower()))
                                 for w in sentence.words[tag.start:last]):
        return False  # "Серик Абдрахманов": a name's words agree in case, and one can only be another case
    cases = {p.tag.case for p in morph.parses(sentence.words[last].lower())}
    after = sentence.words[last + 1].lower() if last + 1 < len(sentence.words) else ""
    return "gent" in cases and not ("nomn" in cases and after and morph.parses(after)[0].tag.POS == "VERB")


def _handed_to(tag: Span, sentence: Sentence) -> bool:
    """Whether a person's name is in the dative or the instrumental, as every reading of its last word
    but initials and a number is ("прошение об отставке королеве Елизавете II", "встретился с Дмитрием Медведевым"):
    whom something is handed to or done with. The dictionary decides: the tagger may give a genitive
    name the case of the post before it ("Назначение лидером Фазлуллы")."""
    last = (tag.name_stop or tag.stop) - 1
    while last > tag.start and (not sentence.words[last].isalpha() or len(sentence.words[last]) == 1
                                or _ROMAN.fullmatch(sentence.words[last])):
        last -= 1
    cases = {p.tag.case for p in morph.parses(sentence.words[last].lower())}
    return bool(cases) and cases <= {"datv", "ablt", "loct"}


def _told_by(words: list[str], start: int, stop: int) -> bool:
    """Whether a verb of speech telling of the event stands among words ``start``..``stop``: who is on
    its other side tells of it ("Песков сообщал о заявлении об отставке"). One who writes a request
    ("написал заявление об отставке") asks for it, and one who says that ("Сурков заявил, что заявление
    об отставке подал") may have done it."""
    return any(_speech_verb(words[j]) and not (j + 1 < len(words) and morph.lemma(words[j + 1].lower()) in _REQUESTS)
               and "что" not in (w.lower() for w in words[j:stop]) for j in range(start, stop))


def _inviting(words: list[str], k: int) -> bool:
    """Whether a name stands in "по приглашению ..." (its post between), so names the host."""
    return any(w.lower() in _INVITATION for w in words[max(0, k - 5):k])


def _past_a_date(k: int, tokens: list[Token], dates: list[DateMention]) -> int:
    """The position of the first word from word ``k`` on past a date said there: what a verb
    governs may follow the verb's date ("посетивший [в мае] Астану")."""
    for date in sorted(dates, key=lambda d: d.start):
        if k < len(tokens) and date.start == tokens[k].start:
            while k < len(tokens) and tokens[k].start < date.stop:
                k += 1
    return k


def _is_place(event: _Found, tag: Span, words: list[str], governed: int) -> bool:
    """A place the event happens in: after "в"/"на" ("в Кремле", "в г. Карамай"), or a visit's
    destination, the first word after the trigger or its date, ``governed`` ("посетит Российскую
    Федерацию", "посетивший в мае Астану"); a place gone to ("прибыл в Россию для участия в
    торжественных мероприятиях") is only a journey's."""
    before = words[tag.start - 1].lower() if tag.start else ""
    if before == "." and tag.start >= 2 and words[tag.start - 2] == "г":
        return True
    if before in _PLACE_PREPOSITIONS:
        return event.spec.destination or not _gone_to(words[tag.start])
    return event.spec.destination and tag.start == governed


def _honoured(tag: Span, words: list[str]) -> bool:
    """Whether a person is named as whom something honours or remembers ("выставка, посвящённая
    Чарльзу Дарвину", "открытие памятника великому поэту Габдулле Тукаю", "празднование дня рождения
    Степана Бандеры"): the name, not in the nominative, follows a word of honour among the five
    words before it in its clause, with no verb between."""
    if any(p.tag.case == "nomn" and p.tag.number != "plur" for p in morph.parses(words[tag.start].lower())):
        return False  # the subject: "на открытии памятника выступил губернатор Иван Петров"
    clause = _clause_of(words, tag.start)
    for j in range(tag.start - 1, max(clause.start, tag.start - 5) - 1, -1):
        if words[j].isalpha() and morph.lemma(words[j].lower()) in _HONOURS:
            return True
        if _active_verb(words[j]):
            return False
    return False


def _a_source(tag: Span, words: list[str]) -> bool:
    """Whether a body is named as the source of what is told: right after a verb of reporting or a
    noun of the press, past an opening quotation mark ("сообщает агентство Reuters", "как пишет газета
    «Коммерсантъ»", "по данным Минздрава"); not one inside a quoted title ("круглый стол «Обмен
    данными в ЕАЭС»")."""
    opened = words[:tag.start].count("«") - words[:tag.start].count("»")
    if opened > int(words[tag.start - 1] == "«"):
        return False  # within a quotation opened before the body's own name
    before = [w for w in words[max(0, tag.start - 3):tag.start] if w not in _OPENING][-2:]
    return any(morph.lemma(w.lower()) in _SOURCES for w in before if w.isalpha())


def _a_site(tag: Span, words: list[str]) -> bool:
    """Whether a body is named as a site: its name's head or the noun right before it is a site word
    ("Международного образовательного [центра]", "перевалочного [комплекса] «Лавна»")."""
    head = next((w for w in words[tag.start:tag.stop] if morph.parses(w.lower())[0].tag.POS == "NOUN"), None)
    before = words[tag.start - 1] if tag.start else ""
    return any(w and morph.lemma(w.lower()) in _SITES for w in (head, before))


def _gone_to(word: str) -> bool:
    """Whether a place's first word after "в"/"на" can only be the accusative of where one goes ("в
    Россию", "в Москву"), not the locative of where one is ("в России", "в Кремле") nor a form that
    says neither ("в Харьков", "в Беверли-Хиллз")."""
    return word[:1].isupper() and {p.tag.case for p in morph.parses(word.lower())} == {"accs"}


def _labels(text: str, mention: Mention) -> bool:
    """Whether a person's mention labels what follows as said by that person ("Да, почти год. В.Путин:
    Хорошо."): a colon after it, and no running text before it on its line ("объявил об отставке
    Дмитрия Аленичева:" names whom the quote is about)."""
    if not _LABEL.match(text, mention.stop):
        return False
    window = text[max(0, mention.start - 40):mention.start]  # a window: a release may name thousands
    before = window.rstrip()
    return not before or "\n" in window[len(before):] or not (before[-1].islower() or before[-1] == ",")


def _predicated(event: _Found, words: list[str]) -> bool:
    """Whether the subject of an event's clause takes part in it: its trigger is a verb, or a noun with
    a light verb ("провели встречу") or after a preposition, adjectives between ("на [международном]
    форуме"); not a noun another noun governs ("25 лет подписания", "в рамках съезда")."""
    k = event.stop - 1
    if event.start < k or _verb(words[k]):
        return True
    j = k - 1
    while j >= 0 and morph.parses(words[j].lower())[0].tag.POS in ("ADJF", "PRTF", "NUMR") \
            or j >= 0 and any(c.isdigit() for c in words[j]) or j >= 0 and words[j].isupper():
        j -= 1
    return j >= 0 and morph.parses(words[j].lower())[0].tag.POS == "PREP"


def _anniversary(words: list[str], k: int) -> Optional[int]:
    """How many years before an anniversary the event at word ``k`` was, when the words before it say
    ("25 лет подписания", "30-летия подписания", "80-й годовщине визита": a noun in the genitive),
    else None ("36 лет приехали" is an age)."""
    if not k or not any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in morph.parses(words[k].lower())):
        return None
    before = words[k - 1].lower()
    m = _JUBILEE.fullmatch(before)
    if m:
        return int(m.group(1))
    count = re.match(r"[0-9]+", words[k - 2]) if k >= 2 else None
    if count and (before in _ANNIVERSARIES or morph.lemma(before) in _ANNIVERSARIES):
        return int(count.group())
    return None


def _the_body_said(words: list[str], sentence: Sentence, event: _Found) -> bool:
    """Whether the subject of an event's clause is a body said by a common noun ("Ведомство провело",
    "министерство организовало"), not in a name and in the nominative singular ("руководство
    министерства", "глава ведомства" are others)."""
    named = {j for t in sentence.spans for j in range(t.start, max(t.stop, t.name_stop or 0))}
    return any(j not in named and morph.lemma(words[j].lower()) in _BODY_NOUNS
               and any(p.tag.case == "nomn" and p.tag.number == "sing" for p in morph.parses(words[j].lower()))
               for j in _clause_of(words, event.start) if j < event.start)


def _speaker(local: _Local, at: int) -> Optional[str]:
    """The person whose words the text at ``at`` is: the one labelled last before it ("В.Путин: ...")."""
    k = bisect.bisect_left(local.speakers, (at, ""))
    return local.speakers[k - 1][1] if k else None


def _post_alone(words: list[str], sentence: Sentence, number: int, local: _Local,
                before: Optional[int] = None, after: int = 0) -> Optional[tuple[str, str]]:
    """The person a post named alone in a sentence (from word ``after`` and before word ``before``, if
    given) stands for, and
    the title it was named with: a word in the nominative singular that heads a post someone was
    named with before the sentence (its last holder so named: "президент США Дональд Трамп ...
    Позднее президент выступил"), with no post of the sentence's holders at it. A post alone as the
    subject goes on telling of the last holder named with it as a subject, not of one named with it
    as the object of that holder's act ("Министр Иван Петров ... Затем министр провёл разговор с
    министром финансов Узбекистана Анваром Каримовым. Кроме того, министр принял участие ...": Петров)."""
    own = [(a, b) for a, b, _, _ in local.posts.get(number, [])]
    for token, word in zip(sentence.tokens[after:before], words[after:before]):
        if not word.isalpha() or any(a <= token.start < b for a, b in own):
            continue
        parses = morph.parses(word.lower())
        named = local.titles.get(parses[0].normal_form)
        if named and parses[0].tag.case == "nomn" and parses[0].tag.number == "sing":
            k = bisect.bisect_left(named, (sentence.start, "", "", ""))  # its mentions before the sentence
            if k:
                subject = next((named[j] for j in range(k - 1, max(k - 1 - _SUBJECT_REACH, -1), -1)
                                if _nominative(named[j][3])), named[k - 1])
                return subject[1:3]
    return None


# how many of a title's mentions before a sentence a post alone looks back through for one naming
# its holder as a subject: a text names one official many times, and a document naming thousands
# is read no further back from each
_SUBJECT_REACH = 16


def _nominative(word: str) -> bool:
    return any(p.tag.case == "nomn" for p in morph.parses(word))


def _pronoun_referent(words: list[str], sentence: Sentence, number: int, local: _Local) -> Optional[str]:
    """The person a sentence's "он" or "она" stands for: the one named last before the sentence
    (no one when the sentence names no one and no one was named before); but when a post comes
    before it in the sentence ("Президент напомнил, что в прошлом году он посетил ...", "новый глава
    полиции сказала, что она ..."), that post's holder: the one the sentence names with it, else the
    one named with it before."""
    at = next((j for j, w in enumerate(words) if w.lower() in _SUBJECT_PRONOUNS), None)
    if at is None:
        return None
    held = [person for start, _, person, _ in local.posts.get(number, []) if start < sentence.tokens[at].start]
    if held:
        return held[-1]
    if (alone := _post_alone(words, sentence, number, local, at)) is not None:
        return alone[0]
    k = bisect.bisect_left(local.persons, (sentence.start, ""))
    return local.persons[k - 1][1] if k else None


_SUBJECT_PRONOUNS = lexicon.words("subject_pronoun")
_APPOINT_OBJECT = lexicon.words("appoint_object")
_POSSESSIVE = lexicon.words("possessive")
_THEIR = lexicon.words("their")
_REFLEXIVE = lexicon.words("reflexive")
_REQUESTS = lexicon.words("request")
_SOURCES = lexicon.words("report_source") | _PRESS
_HONOURS = lexicon.words("honour")
_OPENING = frozenset("«\"„“")
_CLOSING_QUOTES = frozenset("»\"“”")


def _told_by_another(event: _Found, sentence: Sentence, in_posts: list[tuple[int, int, str, str]]) -> int:
    """Where the ", что" clause holding the trigger starts, when a verb of saying governs it and the
    clause names a subject of its own before the trigger, a person by name or by post or a group ("Песков
    сообщил, что Путин провёл переговоры с ...", "Губернатор напомнил, что ... глава государства посетил",
    "Министр напомнил, что ... казахстанская делегация посетила"), or tells of
    the event as taking place by itself, its noun the subject of a verb of taking place ("Губернатор
    сообщил, что в июле в Пскове прошёл форум", "что в апреле состоится конгресс"), or as done to its
    subject, a passive of a subject other than "он"/"она" ("напомнил, что соглашение было подписано
    компанией и ..."), or as done by someone unnamed (``_indefinite``): who is named before it tells of
    the event; else 0. One who tells of talks the clause names no one else in ("Путин
    сообщил, что провёл переговоры с ...") may have held them. ``in_posts``: the sentence's posts."""
    words = sentence.words
    if _reported(words, event.start) is None:
        return 0
    that = next(j for j in range(event.start - 1, 0, -1) if words[j].lower() == "что" and words[j - 1] == ",")
    first, last = sentence.tokens[that].stop, sentence.tokens[event.start].start
    tellers = {t.entity for t in sentence.spans if t.stop <= that}  # "сообщила, что она работала учителем": hers
    # one named after "с" ("вместе с губернатором Романом Шевцовым открыла школу") goes along with the
    # teller, whose subject the clause leaves unsaid
    starts = [token.start for token in sentence.tokens]
    along = {holder for start, _, holder, _ in in_posts if _along(words, bisect.bisect_left(starts, start))}
    own = any(t.type == "PER" and that < t.start and t.stop <= event.start and not _along(words, t.start)
              and t.entity not in along for t in sentence.spans) \
        or any(first <= start < last and holder not in tellers | along for start, _, holder, _ in in_posts) \
        or any(lexicon.group_head(words[j]) is not None and _nominative(words[j]) for j in range(that + 1, event.start))
    # a passive whose subject is "он"/"она" tells what was done to the one who tells it ("сообщила, что
    # она была уволена")
    done_to_it = _passive(words[event.start]) and not any(w.lower() in _SUBJECT_PRONOUNS for w in words[that:event.start])
    return that if own or done_to_it or _indefinite(words, event.start, that) \
        or _taking_place_of_itself(event, words, that) else 0


def _indefinite(words: list[str], k: int, that: int) -> bool:
    """Whether the trigger at word ``k`` is a verb in the plural with no "мы" in its ", что" clause (from
    ``that``), after a verb of saying in the singular ("Губернатор напомнил, что в субботу открыли
    набережную"): a clause of no subject, of someone unnamed, not of the one who tells it."""
    verb = morph.parses(words[k].lower())[0].tag
    teller = _reported(words, k)
    return verb.POS == "VERB" and verb.number == "plur" and teller is not None \
        and morph.parses(teller.lower())[0].tag.number == "sing" and "мы" not in (w.lower() for w in words[that:])


def _along(words: list[str], k: int) -> bool:
    """Whether the name or post at word ``k`` is governed by "с"/"со": one who goes along, no subject."""
    return k > 0 and words[k - 1].lower() in ("с", "со")


def _taking_place_of_itself(event: _Found, words: list[str], that: int) -> bool:
    """Whether the trigger's noun may be the subject of a verb of taking place in the clause from
    ``that`` on, before the noun or after it and the words it governs ("прошёл Международный форум",
    "конгресс пройдёт", "визит эквадорского лидера в Москву состоялся в 2009 году", "открылся форум"), no
    one's act."""
    noun = words[event.stop - 1].lower()
    subject = any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in morph.parses(noun))
    near = range(that + 1, max(min(len(words), event.stop + 3), _clause_of(words, event.stop - 1).stop))
    return subject and any(words[j].lower().replace("ё", "е") in _HAPPENING for j in near)


_HAPPENING = _TAKING_PLACE | lexicon.forms_of(lexicon.words("beginning"), frozenset({"VERB"}))


def _clauses_apart(event: _Found, sentence: Sentence) -> list[range]:
    """The word ranges of a sentence's subordinate clauses that tell of something else than the event:
    a relative, participial or adverbial clause, one a conjunction opens ("поскольку ...") or one a
    relative adverb of place opens ("в музее, где хранятся ..."), that does not hold the trigger, is
    not the clause telling of the event itself and does not open with a word agreeing with the
    trigger's noun (``_of_the_trigger``)."""
    words = sentence.words
    clauses = _subordinate(sentence)
    own = _own_clause(event.stop, sentence, clauses)
    # a relative adverb of place opens a clause about the place before it, to the next mark
    clauses += [(j, next((m for m in range(j + 1, len(words)) if words[m] in _PUNCTUATION), len(words)))
                for j in range(1, len(words)) if words[j - 1] == "," and words[j].lower() in _WHERE]
    # the clause right after the trigger tells of it ("форума, проходившего в Москве"), unless a
    # conjunction opens it ("провёл совещание, поскольку ...")
    own = own if own and not _conjunction_at(words, own[0]) else None
    return [range(start, stop) for start, stop in clauses
            if not start <= event.start < stop and (start, stop) != own and not _of_the_trigger(event, words, start)]


def _conjunction_at(words: list[str], j: int) -> bool:
    """Whether a subordinating conjunction ("поскольку", "так как") opens a clause at word ``j``."""
    return any([w.lower() for w in words[j:j + len(entry)]] == entry for entry in _SUBORDINATORS)


def _of_the_trigger(event: _Found, words: list[str], start: int) -> bool:
    """Whether a clause after the trigger, no verb between, tells of the event: it opens with a relative
    pronoun agreeing with the trigger's noun ("В совещании, посвящённом облику площади, которое прошло под
    председательством"; also behind its noun: "круглый стол, модератором которого выступит ..."), or with a participle agreeing in case with it or with another event's noun it
    governs ("заседании Международного форума «...», организованного по инициативе ..."; not "выставка
    картин, принадлежавших ...")."""
    if start < event.stop or any(_verb(w) for w in words[event.stop:start]):
        return False
    opener = words[start]
    if _of_its_noun([w.lower() for w in words[start:start + 2]], 0):
        # "круглый стол, [модератором которого выступит ...]": the pronoun behind its noun stands for the event
        opener = words[start + 1]
    if morph.lemma(opener.lower()) in _RELATIVE:
        return _agrees_with(opener, words[event.stop - 1])
    events = eventtypes.lookup()[2]
    return morph.parses(opener.lower())[0].tag.POS == "PRTF" and any(
        _agrees_with(opener, w, case=True) for w in words[event.stop - 1:start]
        if w.isalpha() and w.islower() and morph.parses(w)[0].normal_form in events)


def _within(apart: list[range], tag: Span, words: list[str]) -> bool:
    """Whether a name stands in one of the clauses ``apart`` (``_clauses_apart``), and is not the
    subject its opening participle stands before (``_head_of``)."""
    return any(tag.start in clause and tag.stop - 1 in clause and not _head_of(clause, tag, words) for clause in apart)


def _head_of(clause: range, tag: Span, words: list[str]) -> bool:
    """Whether a name is the subject a participle in the nominative opening its clause stands before, a
    verb following the name in the clause ("сбежавший после аварии 31-летний Алексей Русаков был
    пойман": the clause runs on to the next mark past its noun); not "картин, принадлежавших Яну Веллену"."""
    opener = morph.parses(words[clause.start].lower())
    return any(p.tag.POS == "PRTF" and p.tag.case == "nomn" for p in opener) \
        and any(_verb(w) for w in words[max(tag.stop, tag.name_stop or 0):clause.stop])


def _quoted_apart(event: _Found, tag: Span, words: list[str]) -> bool:
    """Whether a name stands inside a «...» quotation that the trigger is outside of; not one who
    speaks it, named between dashes within it ("«Ещё со времен ..., — напомнил Медведев. — Я ...»")."""
    if tag.start >= 2 and words[tag.start - 2] in ("–", "—") and _active_verb(words[tag.start - 1]):
        return False
    depth, opened = 0, None
    for j in range(tag.start):
        if words[j] == "«":
            depth, opened = depth + 1, j if depth == 0 else opened
        elif words[j] == "»" and depth:
            depth -= 1
    if not depth:
        return False
    closed = next((j for j in range(tag.start, len(words)) if words[j] == "»"), len(words))
    return not opened < event.start < closed


def _present(tag: Span, words: list[str]) -> bool:
    """Whether a name is of one told of as present, not acting: the subject of a verb of presence before
    it in its clause ("также присутствовали аким области Бахтияр Жумабаев и представители ..."), or one
    the noun governs, not in the nominative and with no verb or preposition between ("в присутствии
    Премьер-министра Олжаса Бектенова"; not the signatories after it, "в присутствии главы государства
    Павел Крутов и Ирина Сомова подписали", nor the parties "в присутствии министров было подписано
    соглашение между АО «KEGOC» и ...")."""
    for j in _clause_of(words, tag.start):
        if j >= tag.start:
            return False
        parse = morph.parses(words[j].lower())[0]
        if parse.normal_form in _PRESENCE:
            return parse.tag.POS != "NOUN" or not _nominative(words[tag.start]) and not any(
                morph.parses(w.lower())[0].tag.POS in ("VERB", "PRTS", "INFN", "PREP") for w in words[j + 1:tag.start])
    return False


def _venue(event: _Found, tag: Span, words: list[str]) -> bool:
    """A body named right after the trigger with "в"/"на" is where the event was held ("на
    брифинге в СЦК", "совещание в Правительстве"), not a party to it; so is one named with "в"/"на"
    in the locative elsewhere in the trigger's clause ("В Центре международной торговли Президент
    осмотрел выставку") or in the clause before a relative clause of it that the trigger's follows
    ("Во Дворце молодёжи, где собрались студенты, он провёл встречу"), not one gone to ("прибыл в
    Министерство")."""
    # the network may take the preposition into the name ("[Во Дворце молодёжи]")
    at = tag.start + 1 if words[tag.start].lower() in _PLACE_PREPOSITIONS else tag.start
    if not at or words[at - 1].lower() not in _PLACE_PREPOSITIONS:
        return False
    if at == event.stop + 1:
        return True
    # the body of a post is what one is appointed to ("назначен в МАГАТЭ"), no venue; one in a quoted
    # title is the title's ("круглый стол «Обмен данными в ЕАЭС»")
    before = words[:at]
    return "position" not in event.spec.fields and (at in _clause_of(words, event.start)
                                                    or _set_off(words, at, event.start)) and \
        before.count("«") <= before.count("»") and \
        any(p.tag.case in ("loct", "loc2") for p in morph.parses(words[at].lower()))


def _set_off(words: list[str], at: int, k: int) -> bool:
    """Whether word ``at``'s clause comes before word ``k``'s with only a relative clause of it
    between ("Во Дворце молодёжи, где собрались студенты, он провёл встречу")."""
    own = _clause_of(words, at)
    if own.stop + 1 >= k or words[own.stop] != ",":
        return False
    between = _clause_of(words, own.stop + 1)
    return _relative_clause(words, own.stop + 1) and between.stop < len(words) and words[between.stop] == "," \
        and between.stop + 1 == _clause_of(words, k).start


def _role(event: _Found, kind: Optional[str], tag: Optional[Span], words: list[str]) -> str:
    """A participant's role by its type's ``Roles``: a person named after "с" past the trigger is
    a companion ("провел переговоры с ... [Синь Гобинем]"), as is one named after a reception's
    verb ("принял в Кремле посла [Пьера Леви]")."""
    roles = event.spec.roles
    if kind != "person":
        # "прибудет делегация Азиатского банка развития": the body whose people make the journey goes
        return roles.person if event.spec.destination and tag is not None and _sends_them(tag, words) else roles.org
    if roles.companion and tag is not None and tag.start > event.start \
            and (event.receiving or "с" in [w.lower() for w in words[event.stop:tag.start]]):
        return roles.companion
    return roles.person


_DELEGATES = lexicon.words("delegates")
_DELEGATES_REACH = 3  # "делегация [китайской] корпорации «Синочем»": the genitive words between


def _sends_them(tag: Span, words: list[str]) -> bool:
    """Whether a body is named as the one a delegation or its representatives are of: the genitive
    after a noun of words.tsv's delegates, with at most three words of the genitive or quotes between
    ("делегация Азиатского банка развития", "представители китайской корпорации «Синочем»")."""
    for j in range(tag.start - 1, max(-1, tag.start - 2 - _DELEGATES_REACH), -1):
        word = words[j].lower()
        if morph.lemma(word) in _DELEGATES:
            return True
        if word not in _OPENING and not _genitive_of(word):
            return False
    return False


def _the_document(words: list[str], event: _Found) -> bool:
    """Whether a signing's document is the general noun alone, in the singular, right before its
    trigger, or before the past of "быть" of its passive ("Документ был подписан ..."), or as all its
    document ("Документ подписали ...", "подписание документа"): the one told of before."""
    named = event.document is not None and event.document.lower() in _GENERAL_DOCUMENTS
    k = event.start - 1
    if k > 0 and morph.lemma(words[k].lower()) == "быть":
        k -= 1
    before = k >= 0 and words[k].lower() in _GENERAL_DOCUMENTS
    return bool(named or before and event.document is None)


def _document(text: str, tokens, words: list[str], k: int) -> Optional[str]:
    """The document a signing names: "подписан [Меморандум о взаимопонимании ...] между ..."."""
    for start in range(k, min(k + 4, len(words))):
        if morph.lemma(words[start].lower()) in _DOCUMENTS:
            stop = start + 1
            while stop < len(words) and words[stop].lower() not in ("между", ",", ".", ";", ":", "(") \
                    and stop - start < 25 and not _verb(words[stop]):
                stop += 1
            while stop > start + 1 and words[stop - 1].lower() in ("и", "в", "на", "по"):
                stop -= 1
            spaces = [text[a.stop:b.start] for a, b in zip(tokens[start:stop], tokens[start + 1:stop])] + [""]
            return normalise.phrase_name(words[start:stop], spaces)
    return None


def _topic(text: str, tokens, words: list[str]) -> Optional[str]:
    """What a sentence says was discussed, as it words it: the clause after "обсудили",
    "будут обсуждены", "обсуждение", "рассмотрели" ("Стороны обсудили [перспективные
    направления двустороннего сотрудничества, включая вопросы ...]")."""
    for k, word in enumerate(words):
        if morph.lemma(word.lower()) not in _TOPIC_CUES:
            continue
        start = k + 1
        while start < len(words) and _filler(words[start]):
            start += 1  # "будут обсуждены [также] ...", "обсудили [сегодня] ..."
        if start == len(words) or not wordlike(words[start]) or _pronoun(words[start]):
            return None  # "обсудить их с Вами": the topic is elsewhere
        stop = start
        while stop < len(words) and stop - start < _TOPIC_WORDS and words[stop] not in _CLAUSE_ENDS \
                and not (words[stop] == "," and stop + 1 < len(words) and words[stop + 1].lower() in _CLAUSE_STARTS) \
                and not _with_party(words, stop):
            stop += 1
        while stop > start and words[stop - 1] in (",", "–", "—", "-", "(", "«"):
            stop -= 1
        return text[tokens[start].start:tokens[stop - 1].stop]
    return None


_TOPIC_CUES = lexicon.words("topic_cue")
_TOPIC_WORDS = 40  # a topic longer than this is cut: a clause that runs on says more than its topic
_CLAUSE_ENDS = {".", ";", "!", "?", ":"}
_CLAUSE_STARTS = lexicon.words("clause_start")


def _with_party(words: list[str], k: int) -> bool:
    """Word ``k`` begins the party a topic was discussed with: "с [делегацией ...]", "с [Китаем]"."""
    if words[k].lower() not in ("с", "со") or k + 1 == len(words):
        return False
    after = words[k + 1]
    return after[:1].isupper() or lexicon.group_head(after) is not None or lexicon.is_post(after)


def _of_whom(words: list[str], k: int) -> bool:
    """Whether the trigger word ``k`` is a noun of an act done to someone told of by the genitive after
    it ("отставки губернатора", "о назначении Петрова"), not one of "уйти в отставку", whose subject
    or object does it."""
    return morph.parses(words[k].lower())[0].tag.POS == "NOUN" and not (k and words[k - 1].lower() in ("в", "во"))


def _filler(word: str) -> bool:
    lowered = word.lower()  # "будут [также] обсуждены", "темой обсуждения [стали] вопросы"
    return lowered == "также" or morph.parses(lowered)[0].tag.POS in ("ADVB", "PRCL", "VERB")


def _pronoun(word: str) -> bool:
    return morph.parses(word.lower())[0].tag.POS == "NPRO"


def _active_verb(word: str) -> bool:
    """A finite verb, whose subject stands before it ("занял", "возглавил"; not "Назначить", "назначен")."""
    return morph.parses(word.lower())[0].tag.POS == "VERB"


def _verb(word: str) -> bool:
    return morph.parses(word.lower())[0].tag.POS in ("VERB", "INFN", "PRTS", "GRND")


def _name(text: str, tokens, words: list[str], event: _Found, tags: list[Span]) -> Optional[str]:
    """A conference's or ceremony's name: its adjectives, its noun and the words it governs
    ("4-го Совещания руководителей министерств и ведомств" → "4-е Совещание руководителей ..."); or
    the Latin-script name a Latin noun ends, with the year of its edition ("Astana International Forum
    2025"), which does not decline."""
    head = event.stop - 1
    if _latin(words[head]):
        start, stop = head, head + 1
        while start > 0 and _latin(words[start - 1]) and words[start - 1][:1].isupper():
            start -= 1
        if stop < len(words) and words[stop].isdigit():
            stop += 1
        return text[tokens[start].start:tokens[stop - 1].stop]
    start = head
    while start > 0 and (morph.parses(words[start - 1])[0].tag.POS in ("ADJF", "PRTF", "NUMR")
                         or any(c.isdigit() for c in words[start - 1])):
        start -= 1
    names = {t.start: t for t in tags}
    stop, _ = posts.governed(words, head + 1, names)
    while stop > head + 1 and words[stop - 1] in ("и", "по", "в", "на"):
        stop -= 1
    # Markdown's emphasis ("открытие **учебного центра**") is no word of the name
    kept = [j for j in range(start, stop) if words[j].strip("*")]
    tokens, words = [tokens[j] for j in kept], [words[j] for j in kept]
    start, head, stop = 0, kept.index(head), len(kept)
    spaces = [text[a.stop:b.start].replace("*", "") for a, b in zip(tokens, tokens[1:])] + [""]
    if start < head and any(c.isdigit() for c in words[start]):
        # "4-го Совещания" → "4-е Совещание": the number takes the nominative ending of its noun
        rest = normalise.phrase_name(words[start + 1:stop], spaces[1:])
        gender = next((p.tag.gender for p in morph.parses(words[head].lower()) if p.tag.POS == "NOUN"), None)
        number = words[start].split("-")[0] + {"masc": "-й", "femn": "-я", "neut": "-е"}.get(gender, "")
        return number + spaces[0] + rest
    return normalise.phrase_name(words[start:stop], spaces)


# ---------------------------------------------------------------- one event per occurrence


def _merge(events: list[_Found], groups: set[str], bodies: dict[str, set[str]]) -> list[_Found]:
    """Fold each mention of an event into an earlier one of its type that tells of the same
    occurrence: the headline's into the first compatible one after it, the others by the first
    rule of ``MERGES`` that finds it a home, unless ``_apart`` keeps the two apart. ``groups``
    are unnamed parties ("стороны", "делегация"), which any named party may be; ``bodies`` the
    bodies of each person's posts, which a headline may name for the person ("Назначен новый
    председатель Комитета ..." before "... назначен Бауыржан Кенжеев")."""
    kept: list[_Found] = []
    by_type: dict[str, list[_Found]] = {}
    pending: dict[str, list[_Found]] = {}  # headline events waiting for the lead's, by type: a headline may tell of two
    for event in events:
        if event.anaphoric and kept:
            event.participants = list(kept[-1].participants)
            event.date, event.own_date = event.date or kept[-1].date, event.own_date or kept[-1].own_date
            event.why.append(("anaphora", "«данный», «этот»: the parties and date of the event told of before"))
        if event.framed and event.lemma in _FORMATS and kept and _compatible(kept[-1], event, groups) \
                and _apart(kept[-1], event) is None:
            # "В ходе видеоконференции ..." after the ceremony joined by video: how that one was held
            _absorb(kept[-1], event, "named as the frame by its format, it is the event told of just before")
            continue
        if event.sentence == 0:  # the headline
            pending.setdefault(event.type, []).append(event)
            continue
        told_by_its_noun = _told_by_its_noun(event, kept, by_type)
        if told_by_its_noun is not None:
            # "Выступая на церемонии, ..." after "состоялась церемония подписания": the ceremony is the signing
            _absorb(told_by_its_noun, event, "named as the frame by the general noun that told of it before, "
                                             "as another type («церемония подписания»): that one")
            continue
        waiting = pending.get(event.type, [])
        headline = _headline_of(event, waiting, groups, bodies)
        if headline is not None:
            waiting.remove(headline)
            _absorb(event, headline, "the headline's, told again in the text")
        # an occurrence is told of near its mentions; two that cannot be one are no home
        same = [e for e in by_type.setdefault(event.type, [])[-_REACH:] if _apart(e, event) is None]
        home, why = _first_home(MERGES, event, same, groups)
        if home is None:
            kept.append(event)
            by_type[event.type].append(event)
        else:
            _absorb(home, event, why)
    return sorted(kept + [e for waiting in pending.values() for e in waiting], key=lambda e: (e.sentence, e.start))


def _headline_of(event: _Found, waiting: list[_Found], groups: set[str],
                 bodies: dict[str, set[str]]) -> Optional[_Found]:
    """The first of the headline's events ``waiting`` that ``event`` tells of again: compatible with it,
    or naming the bodies of its persons, and not apart from it (why one is apart is noted on it)."""
    for headline in waiting:
        if not (_compatible(headline, event, groups) or _of_their_bodies(headline, event, bodies)):
            continue
        apart = _apart(headline, event, True)
        if apart is None:
            return headline
        headline.why.append(("apart", f"not the {event.type} of sentence {event.sentence}: {apart}"))
    return None


def _told_by_its_noun(event: _Found, kept: list[_Found], by_type: dict[str, list[_Found]]) -> Optional[_Found]:
    """The event of another type a mention by its type's general noun, named as a frame, tells of
    again, when none of its own type was told of before: the last one whose trigger is that noun
    ("состоялась церемония подписания", a signing, then "Выступая на церемонии")."""
    if not event.framed or event.lemma not in _GENERAL or by_type.get(event.type):
        return None
    return next((e for e in reversed(kept[-_REACH:]) if e.lemma == event.lemma and e.type != event.type
                 and _apart(e, event) is None), None)


def _first_home(rules: list[tuple[str, Callable[..., Optional[_Found]]]], *args) -> tuple[Optional[_Found], str]:
    """The event the first of the named ``rules`` to find one gives for ``args``, and that rule's
    name; (None, "") when none does."""
    for name, rule in rules:
        home = rule(*args)
        if home is not None:
            return home, name
    return None, ""


def _named(event: _Found, groups: set[str]) -> set[str]:
    return {p.ref for p in event.participants if p.ref not in groups}


def _apart(home: _Found, event: _Found, headline: bool = False) -> Optional[str]:
    """Why two mentions cannot tell of one occurrence, if they cannot: each has a date of its own
    and they differ (the later's not within the ``headline``'s), or the earlier, undated, is of the
    release's day and the later is dated another ("На прошлой неделе губернатор провёл встречу"); the
    later is what is agreed, prepared or come for and the earlier happened; one is recalled ("Напомню, ... мы вместе запускали") and the other is not;
    they are two acts of a decree ("Принять отставку ...", "Назначить ...") or appointments to two posts,
    one with a date of its own; the later, a verb before its noun, is told of anew at another place;
    the later is told of as another time than the one before it, unless the earlier is the ``headline``, which tells of
    no time before the text's: then only one to come and one that happened are two
    ("подготовку заседания" and "к очередному заседанию"), or a headline's plan with a date of its own
    and what happened.
    """
    if home.own_date and event.own_date and home.date != event.date \
            and not (headline and event.date.startswith(home.date)):
        # a headline's year of a name holds the text's fuller date ("выставке Gulfood 2026", then "в
        # феврале 2026 года ... в выставке Gulfood 2026")
        return "two dates"
    if home.release_day and event.another_day:
        return "one of the release's day beside one of another day («на прошлой неделе»)"
    if event.ahead and home.status != event.status:
        return "one agreed, prepared or come for beside one that happened («договорились провести»)"
    if home.recalled != event.recalled:
        return "a recollection beside what happens now"
    if home.spec.item and home.lemma != event.lemma:
        return "two acts"
    if home.spec.item and not headline and home.own_date != event.own_date \
            and _other_posts(home.position, event.position):
        # "назначен министром ..." and "В 2019 году он был назначен заместителем акима": another post,
        # told of at a time of its own
        return "two posts, one at a time of its own («В 2019 году он был назначен заместителем акима»)"
    if event.legs and not home.legs:
        return "visits to places counted after the journey they are within"
    if not headline and event.announced and event.place is not None and home.place not in (None, event.place):
        return "told of anew, a verb before its noun, at another place («В Шымкенте прошло совещание. В Актобе прошло совещание»)"
    if event.again and not headline:
        return "told of as another time («вновь», «следующий»)"
    if event.again and home.status != event.status:
        return "told of as another time («вновь», «следующий»), and one to come beside one that happened"
    if headline and home.own_date and home.status == "planned" and event.status == "occurred":
        # "Казахстан примет участие в выставке Gulfood 2026" over "провело брифинг": the headline's
        # dated plan is no occurrence the text tells of as past
        return "a headline's plan of its own date beside one that happened"
    return None


def _other_posts(title: Optional[str], other: Optional[str]) -> bool:
    """Whether two titles name two posts: both given, and no word of one is a word of the other
    ("министр водных ресурсов и ирригации" and "заместитель акима Жамбылской области"; not "врио
    губернатора" and "временно исполняющая обязанности губернатора"), words of four letters or more
    compared by their first five, as the forms of a word share them."""
    if not title or not other:
        return False
    stems = [{w[:5] for w in t.lower().split() if len(w) >= 4} for t in (title, other)]
    return not stems[0] & stems[1]


def _sitting(words: list[str], clause: range) -> Optional[str]:
    """How many sat at an event, as its clause says it ("в узком составе", "в расширенном формате"):
    an adjective of the list sitting before a noun of sitting_noun, or None."""
    for j in clause:
        if j + 1 in clause and words[j].lower() in _SITTING and words[j + 1].lower() in _SITTING_NOUNS:
            return f"{words[j]} {words[j + 1]}"
    return None


def _in_its_sitting(event: _Found, same: list[_Found], groups: set[str]) -> Optional[_Found]:
    """"Переговоры прошли сначала в узком составе, а затем в расширенном формате с участием
    представителей ...": a mention telling how many sat at it is the occurrence of its type and
    status told of before, going on, whoever else it names (who joins the extended format)."""
    if event.sitting is None:
        return None
    return next((e for e in reversed(same) if e.status == event.status), None)


def _naming_no_one(event: _Found, same: list[_Found], groups: set[str]) -> Optional[_Found]:
    """"Встреча прошла в конструктивной атмосфере", "Стороны провели переговоры": a mention with no
    date of its own and no named party is the occurrence told of just before (not when a date phrase
    of its own, which nothing resolves, and its status tell of another time), unless it goes by another
    noun and a proper name ("на международном Арктическом форуме" after a "совещание"), or by another
    noun a verb before it says took place ("Министр провёл совещание. В министерстве состоялось
    заседание коллегии"): another occurrence, named or told of anew."""
    if not same or event.own_date or _named(event, groups):
        return None
    home = same[-1]
    if event.unanchored and home.status != event.status:
        # "Церемония награждения пройдёт 27 июля" in a text of no date after an opening that took
        # place: its own date phrase, which nothing resolves, tells of another time
        return None
    if event.spec.same_noun and home.lemma != event.lemma and (_proper(event.name) or event.announced):
        return None
    return home


def _the_document_before(event: _Found, same: list[_Found], groups: set[str]) -> Optional[_Found]:
    """"Документ подписали вице-министр ... и вице-президент ..." after "состоялась церемония
    подписания меморандума": a signing of the general noun alone is the signing told of before,
    whoever it names; one with a date of its own dates that one when it has none ("Документ был
    подписан 18 февраля 2025 года" after the lead's "подписали меморандум")."""
    if not event.the_document:
        return None
    return next((e for e in reversed(same) if e.status == event.status and not (event.own_date and e.own_date)),
                None)


def _proper(name: Optional[str]) -> bool:
    """Whether an event's name is a proper one: a word after its first is capitalised."""
    return name is not None and any(w[:1].isupper() for w in name.split()[1:])


def _in_common(event: _Found, same: list[_Found], groups: set[str]) -> Optional[_Found]:
    """A mention sharing a named party, or a conference's noun, with an earlier one of the same status."""
    refs = _named(event, groups)
    return next((e for e in reversed(same) if (refs & _named(e, groups) or _same_name(e, event))
                 and e.status == event.status), None)


def _told_as_known(event: _Found, same: list[_Found], groups: set[str]) -> Optional[_Found]:
    """"В переговорах также приняли участие ...", "По итогам встречи ...", "На встрече обсуждался ...":
    an event named as the frame of what else is told is the one told of before, unless it meets
    someone else ("На встрече с [другим министром]") or, for a conference, goes by another noun than
    one naming any of its type ("В церемонии приняли участие ..." after "возложил венок" is that one)."""
    if not event.framed:
        return None
    met = {p.ref for p in event.participants if event.spec.roles.companion and p.role == event.spec.roles.companion}
    return next((e for e in reversed(same) if met <= {p.ref for p in e.participants} and e.status == event.status
                 and (not e.spec.same_noun or e.lemma == event.lemma or event.lemma in _GENERAL)), None)


def _today_again(event: _Found, same: list[_Found], groups: set[str]) -> Optional[_Found]:
    """"Сегодня у нас намечается подписание" after "состоялась церемония обмена подписанными
    документами": a mention naming no one, dated the release's day, is the occurrence of its type
    told of before with no other date, whether said to be done or about to be."""
    if not event.today or _named(event, groups):
        return None
    return next((e for e in reversed(same) if not e.own_date or e.date == event.date), None)


#: How a mention finds the earlier event it tells of again, tried in order: (why, rule).
MERGES: list[tuple[str, Callable[[_Found, list[_Found], set[str]], Optional[_Found]]]] = [
    ("naming no one and no date, it is the one before", _naming_no_one),
    ("of the general noun «документ» alone, it is the signing before", _the_document_before),
    ("a participant or its noun in common, and no other date", _in_common),
    ("told of as known («в ходе», «по итогам», «на»), it is the one before", _told_as_known),
    ("told of by how many sat at it («в узком составе»), it is the one before, going on", _in_its_sitting),
    ("naming no one, on the release's day: the one of that day before", _today_again),
]


def _of_their_bodies(headline: _Found, event: _Found, bodies: dict[str, set[str]]) -> bool:
    """Whether a headline's event names only bodies, each that of a post of a person ``event`` names."""
    named = {p.ref for p in headline.participants}
    theirs = set().union(*(bodies.get(p.ref, set()) for p in event.participants))
    return bool(named) and named <= theirs


def _compatible(a: _Found, b: _Found, groups: set[str]) -> bool:
    """Whether two events may be one: they share a named party, or one names no one."""
    refs = _named(a, groups)
    return not refs or not _named(b, groups) or bool(refs & _named(b, groups))


def _same_name(a: _Found, b: _Found) -> bool:
    """Two conferences or ceremonies told of by one noun ("оперативное совещание", "В совещании
    приняли участие")."""
    return a.spec.same_noun and a.lemma == b.lemma


def _absorb(home: _Found, event: _Found, why: str) -> None:
    """Fold ``event`` into ``home``: one occurrence told of twice."""
    known = {p.ref for p in home.participants}
    home.participants += [p for p in event.participants if p.ref not in known]
    if not home.own_date and event.own_date:
        home.date, home.own_date = event.date, True
    home.unanchored = home.unanchored or event.unanchored
    home.reported = home.reported and event.reported  # told of outright once: dated as what happened
    if event.placed and home.place not in (None, event.place):
        # "В Кремле состоялись переговоры ... Переговоры прошли в Зелёной гостиной": a mention saying
        # where the occurrence took place narrows the place told with it before
        home.place = event.place
        home.why.append(("place", f"the place of the {event.type} of sentence {event.sentence}, said to be where "
                                  "it took place"))
    home.place = home.place or event.place
    for name in eventtypes.FIELDS:
        setattr(home, name, getattr(home, name) or getattr(event, name))
    home.told += [event.sentence] + event.told
    home.frames += ([event.sentence] if event.framed else []) + event.frames
    home.why.append(("merged", f"the {event.type} of sentence {event.sentence}: {why}"))
    home.why += [(f"merged · {rule}", detail) for rule, detail in event.why]


def _add_protagonist(events: list[_Found], doc: Doc) -> None:
    """A meeting with one person named meets the release's protagonist, the person it names
    most ("Встреча с врио губернатора ... Ириной Гехт" of the President's release), or, when the
    one named is met ("с ...") and is that person, the one it names next most, if named again and the
    meeting names no body that meets instead ("переговоры Netflix и Amazon с Обамой")."""
    if not doc.persons:
        return
    ranked = sorted(doc.persons, key=lambda p: -len(p.mentions))
    persons = {p.id for p in doc.persons}
    for event in events:
        people = [p for p in event.participants if p.ref in persons]
        if not event.spec.meets_protagonist or len(people) != 1:
            continue
        main = ranked[0]
        if main.id == people[0].ref and people[0].role == event.spec.roles.companion and len(ranked) > 1 \
                and len(ranked[1].mentions) >= _PROTAGONIST_MENTIONS and len(event.participants) == 1:
            main = ranked[1]  # "Встреча с Ириной Гехт": who is met is not who meets, however often named
        if people[0].ref != main.id:
            event.participants.insert(0, Participant(main.id, event.spec.roles.person))
            event.why.append(("participants", f"{main.id}, the release's protagonist, meets the one person named"))


def _escorted(cue: tuple[str, ...], number: int, told: list[tuple[int, _Found]]) -> Optional[_Found]:
    """"Президента сопровождали ...": who went along went on the journey told of last."""
    if cue not in _ESCORT_CUES:
        return None
    return next((e for _, e in told if e.spec.destination), None)


def _remarked(cue: tuple[str, ...], number: int, told: list[tuple[int, _Found]]) -> Optional[_Found]:
    """"Председатель правления НАНОЦ Айгуль Ахмеджанова рассказала о ...", "Вице-министр ...
    отметил ...": who remarks in the sentence right after one telling of a meeting, a conference
    or a ceremony that took place spoke at it; a remark further on, after another event or after a
    plan ("Планируется проведение переговоров ... Также министр подчеркнул") is no one's part in it."""
    if cue not in _REMARK_CUES or not told or told[0][0] != number - 1 or not told[0][1].spec.spoken_at \
            or told[0][1].status != "occurred":
        return None
    return told[0][1]


def _awarded(cue: tuple[str, ...], number: int, told: list[tuple[int, _Found]]) -> Optional[_Found]:
    """"Орденом Почёта награждён ...", "удостоен медали ...": who is awarded, after an award
    presentation told of that took place, took part in it; after any other event, in none (an award
    handed over inside a meeting is the meeting's, a decree's is no one's presence)."""
    if cue not in _AWARDED_CUES or not told or told[0][1].type not in _AWARD_TYPES or told[0][1].status != "occurred":
        return None
    return told[0][1]


def _attended(cue: tuple[str, ...], number: int, told: list[tuple[int, _Found]]) -> Optional[_Found]:
    """"С докладами выступили ...", "Вместе с Президентом доклады заслушали ...", "Под
    председательством ...": who spoke at, heard, chaired or went along took part in the occurrence
    told of last; a decree's act ("Назначить ...") has no one taking part beside its person."""
    if cue in _REMARK_CUES or cue in _AWARDED_CUES or not told or told[0][1].spec.item:
        return None
    return told[0][1]


#: Which event the persons of a sentence telling who took part or spoke (words.tsv's escort,
#: attendance and remark lists) and naming no event of its own join, tried in order: (why, rule); a
#: rule sees the cue's lemmas, the sentence's number and the events told of shortly before it with
#: the sentence each was last told of in, the last told of first.
COMPANIONS: list[tuple[str, Callable[[tuple[str, ...], int, list[tuple[int, _Found]]], Optional[_Found]]]] = [
    ("went along: the journey told of last", _escorted),
    ("spoke: the meeting, conference or ceremony of the sentence before", _remarked),
    ("awarded: the award presentation told of last", _awarded),
    ("took part: the event told of last", _attended),
]

_ESCORT_CUES = frozenset(tuple(entry.split()) for entry in _ESCORT)
_REMARK_CUES = frozenset((word,) for word in _REMARKS)
_AWARDED_CUES = frozenset((word,) for word in lexicon.words("awarded"))
# the types whose triggers hand over awards ("вручить", "наградить"): those an awardee took part in
_AWARD_TYPES = frozenset(row.type for rows in eventtypes.lookup()[0].values() for row in rows
                         if row.condition in ("of_an_award", "awarding"))
_CUES = tuple(sorted(_ESCORT_CUES | _REMARK_CUES | _AWARDED_CUES | {tuple(entry.split()) for entry in _ATTENDANCE}))
_CUE_WORDS = frozenset(w for cue in _CUES for w in cue)
# a cue is said of its subject by a finite verb, a short participle ("награждён") or a noun:
# "скандалов, сопровождавших работу" is said of others
_CUE_PARTS = frozenset({"VERB", "PRTS", "NOUN", "PREP"})
_CUE_GAP = 2  # words a cue's lemmas may have between them: "приняли [также] участие", "С [основным] докладом"


def _cue(words: list[str], normed: list[str]) -> Optional[tuple[tuple[str, ...], int]]:
    """The lemmas of the first cue of who took part in a sentence (its ``words``, and them in lower
    case with ё as е) and where it starts, unless negated ("не примет участия") or taking part in
    something other than an occasion or an event ("участвовала в показах", "примет участие в
    забеге"), which is another occurrence."""
    forms = lexicon.forms_of(_CUE_WORDS)
    if forms.isdisjoint(normed):
        return None  # most sentences: no cue word at all
    lemmas = [morph.lemma(w.lower()) if n in forms else "" for w, n in zip(words, normed)]
    for first, lemma in enumerate(lemmas):
        for cue in _CUES:
            if cue[0] != lemma:
                continue
            last = first
            for part in cue[1:]:
                last = next((j for j in range(last + 1, min(len(words), last + 2 + _CUE_GAP))
                             if lemmas[j] == part and words[j] not in _PUNCTUATION), -1)
                if last < 0:
                    break
            if last < 0 or first and words[first - 1].lower() == "не" or not _an_occasion(words, first, last) \
                    or morph.parses(words[first].lower())[0].tag.POS not in _CUE_PARTS:
                continue
            return cue, first
    return None


def _an_occasion(words: list[str], first: int, last: int) -> bool:
    """Whether what a cue says was taken part in, "в" a noun right after it or shortly before it,
    is an occasion or an event ("В мероприятии примут участие", "в этом знаменательном событии"),
    or a pronoun standing for the one told of ("В ней также приняли участие"), or is not said."""
    after = [last + 1] if last + 1 < len(words) else []
    for j in after + list(range(first - 1, max(-1, first - 4), -1)):
        if words[j] in _PUNCTUATION:
            break
        if words[j].lower() in ("в", "во") and j + 1 == first:
            continue  # the cue's own preposition: "В состав делегации вошли"
        if words[j].lower() in ("в", "во"):
            if j + 1 < len(words) and morph.parses(words[j + 1].lower())[0].tag.POS == "NPRO":
                return True
            noun = next((w for w in words[j + 1:j + 5] if morph.parses(w.lower())[0].tag.POS == "NOUN"), None)
            return noun is None or morph.lemma(noun.lower()) in _OCCASIONS or \
                morph.lemma(noun.lower()) in eventtypes.lookup()[2]
    return True


def _add_companions(events: list[_Found], triggered: set[int], doc: Doc, normed: list[list[str]],
                    kinds: dict[str, str], local: _Local) -> None:
    """The officials a release lists after an event, in a sentence of their own with no trigger
    ("В ходе визита Президента сопровождали ...", "С докладами выступили ..."), take part in the
    event the first rule of ``COMPANIONS`` finds, unless the sentence is dated otherwise or recalls
    before its cue ("Ранее ...": another occurrence); of a remark ("... отметил"), only its speakers, named (or by their post) before it
    in its clause. Only persons join: the bodies such a sentence names are the persons' own or what
    was shown to them; on a journey, not those whose post is in the body visited, who are its hosts.
    The sentence then tells of the event too: a remark may follow it."""
    hosts: dict[str, set[str]] = {}
    for person in doc.persons:
        for position in person.positions:
            if position.org is not None:
                hosts.setdefault(position.org, set()).add(person.id)
    for number, sentence in enumerate(doc.sentences):
        if number == 0 or number in triggered:
            continue
        found = _cue(sentence.words, normed[number])
        if found is None:
            continue
        cue, at = found
        if not lexicon.forms_of(_RECOLLECTION).isdisjoint(normed[number][:at]):
            continue  # "Ранее аналогичных наград были удостоены ...": who took part in an occurrence before
        last = {id(e): max((k for k in (e.sentence, *e.told) if k < number), default=-1) for e in events}
        told = sorted(((last[id(e)], e) for e in events if not e.recalled
                       and last[id(e)] >= number - _COMPANION_REACH), key=lambda pair: -pair[0])
        home, why = _first_home(COMPANIONS, cue, number, told)
        if home is None or any(d.value.split("T")[0] != home.date for d in local.dates.get(number, [])):
            continue
        named = [(tag.start, tag.entity, tag.mention.text) for tag in sentence.spans
                 if tag.entity is not None and kinds.get(tag.entity) == "person"]
        if cue in _REMARK_CUES:
            words, tokens = sentence.words, sentence.tokens
            first = max((j + 1 for j in range(at) if words[j] in _PUNCTUATION), default=0)
            starts = [t.start for t in tokens]
            named = [n for n in named if first <= n[0] < at] + [
                (k, person, title) for start, _, person, title in local.posts.get(number, [])
                for k in [bisect.bisect_left(starts, start)] if first <= k < at]
        known = {p.ref for p in home.participants}
        if home.spec.destination and home.place is not None and kinds.get(home.place) == "org":
            # the visited body's own people receive the visit; a region's head who goes along with the
            # visitor ("Президента сопровождали губернатор Тверской области ...") is a companion
            known |= hosts.get(home.place, set())
        joined = []
        for _, person, text in named:
            if person not in known:
                known.add(person)
                home.participants.append(Participant(person, home.spec.roles.person))
                joined.append(text)
        home.told.append(number)
        if joined:
            home.why.append(("participants", f"named in sentence {number}, «{' '.join(cue)}», {why}: "
                             + ", ".join(f"«{text}»" for text in joined)))


def _add_post_bodies(events: list[_Found], doc: Doc, kinds: dict[str, str]) -> None:
    """An event of a post ("занял пост вице-министра", "об увольнении Шкарупы") has the body of that
    post as a party, when it is a body and not a region ("губернатор ... округа"): of the post its
    sentence names, else of the one post the release gives the person it is of (an appointee, not
    whoever appoints). That body is the one party of its kind: the others its sentence names are
    of another post of the same appointment ("первым заместителем Министра – начальником Службы ...")
    or of who appoints, which the guideline leaves out."""
    posts = {person.id: _titled(person) for person in doc.persons}
    for event in events:
        if "position" not in event.spec.fields:
            continue
        known = {p.ref for p in event.participants}
        for person in [p.ref for p in event.participants if p.ref in posts and p.role == event.spec.roles.person]:
            held = [pos for pos in posts[person] if pos.title == event.position] or \
                (posts[person] if len(posts[person]) == 1 else [])
            body = held[0].org if held else None
            if body is None or kinds.get(body) != "org":
                continue
            others = [p.ref for p in event.participants if kinds.get(p.ref) == "org" and p.ref != body]
            if others:
                event.participants = [p for p in event.participants if p.ref not in others]
                event.why.append(("participants", f"{', '.join(others)} left out: not the body of {person}'s "
                                                  f"post «{held[0].title}»"))
            if body not in known:
                known.add(body)
                event.participants.append(Participant(body, event.spec.roles.org))
                event.why.append(("participants", f"{body}, the body of {person}'s post «{held[0].title}»"))


# a protagonist other than the person met is named more than once: one named once is someone told of
_PROTAGONIST_MENTIONS = 2
# a list of who took part follows its event within a few sentences: past the dateline, a remark or two
_COMPANION_REACH = 6


def _dateline_place(doc: Doc) -> Optional[tuple[str, str]]:
    """The place of the release's dateline, "8 мая 2025 года 10:10 Москва, Кремль": its last,
    most precise place, but for a region named after a place, which says where that place is
    ("Ново-Огарёво, Московская область": Ново-Огарёво); with how it was chosen."""
    published, sentences = doc.published, doc.sentences
    if not published:
        return None
    by_start = {s.start: number for number, s in enumerate(sentences)}
    for date in doc.dates:
        number = by_start.get(date.start)
        if number is None or not (date.value or "").startswith(published):
            continue
        sentence = sentences[number]
        tags = [t for t in sentence.spans if t.type == "LOC" and sentence.tokens[t.start].start >= date.stop]
        named = {k for t in tags for k in range(t.start, t.stop)}
        rest = [k for k, token in enumerate(sentence.tokens) if token.start >= date.stop]
        # a dateline holds nothing but places after its date; a lead's first sentence holds more
        if not tags or any(k not in named and sentence.tokens[k].text.isalnum() for k in rest):
            continue
        places = [t for t in tags if t.entity]
        if len(places) > 1 and any(lexicon.is_place_descriptor(w)
                                   for w in sentence.words[places[-1].start:places[-1].stop]):
            return places[-2].entity, f"the place before the region «{places[-1].mention.text}» that says where it is"
        if places:
            return places[-1].entity, "its last place"
    return None


def _place_the_day(events: list[_Found], dateline: Optional[tuple[str, str]], published: Optional[str]) -> None:
    """The day's events with no place of their own happen where the release's dateline is."""
    if dateline is None:
        return
    place, how = dateline
    for event in events:
        if event.place is None and event.date == published and not event.spec.destination:
            event.place = place
            event.why.append(("place", f"the dateline's ({how}), the day's events having none of their own"))


def _laid_at(events: list[_Found], doc: Doc) -> None:
    """A ceremony whose trigger lays something "к" a memorial ("возложил венок к Могиле Неизвестного
    Солдата у Кремлёвской стены", "возложили цветы к монументу «Отан қорғаушылар» в Астане") is held
    at that memorial: its noun (words.tsv memorial), the adjectives before it and what it governs after
    it, to a punctuation mark or a preposition, made a place of the release when it is a name (the
    network seldom names one), in the nominative as the guideline names places. It is the most specific place but for one
    its own sentence names that is no country ("к Вечному огню в зале Воинской славы": the hall); a
    place from another mention ("После церемонии в Александровском саду ...") is the next event's."""
    countries = {loc.id for loc in doc.locations if loc.kind == "country"}
    for event in events:
        if event.type != "ceremony":
            continue
        sentence = doc.sentences[event.sentence]
        if event.place is not None and event.place not in countries \
                and any(t.entity == event.place for t in sentence.spans):
            continue
        words, tokens = sentence.words, sentence.tokens
        k = next((j for j in range(event.stop, min(len(words), event.stop + 2)) if words[j].lower() in ("к", "ко")),
                 None)
        if k is None:
            continue
        head = k + 1
        while head < len(words) and morph.parses(words[head].lower())[0].tag.POS == "ADJF":
            head += 1
        if head >= len(words) or morph.lemma(words[head].lower()) not in _MEMORIALS:
            continue
        stop, quoted = head + 1, False
        while stop < len(words) and (quoted or words[stop] in _OPENING or words[stop].isalnum()
                                     and morph.parses(words[stop].lower())[0].tag.POS not in ("PREP", "CONJ", "VERB")):
            quoted = (quoted or words[stop] in _OPENING) and words[stop] not in _CLOSING_QUOTES
            stop += 1
        if not all(any(p.tag.case == "datv" for p in morph.parses(w.lower())) for w in words[k + 1:head + 1]) \
                or stop == head + 1 and not words[head][:1].isupper():
            continue  # "к памятнику": no name, no place the guideline would name
        start, end = tokens[k + 1].start, tokens[stop - 1].stop
        name = normalise.phrase_name(words[k + 1:stop], sentence.spaces(doc.text, k + 1, stop))
        place = next((loc for loc in doc.locations if loc.name == name), None)
        if place is None:
            place = Location(id=f"l{len(doc.locations) + 1}", name=name, kind="place",
                             mentions=(Mention(start, end, doc.text[start:end]),))
            doc.locations = (*doc.locations, place)
        event.place = place.id
        event.why.append(("place", f"«{doc.text[start:end]}», the memorial it was laid at"))


def _place_where_they_came(events: list[_Found], sentences: list[Sentence], countries: set[str]) -> None:
    """An event with no place of its own whose sentence goes on, past its trigger, with a participle
    telling of a journey of its date and status ("провёл переговоры с ... Тауфиком, [прибывшим в Астану]
    с рабочим визитом") happens where that journey went: the one it was held with came there for it.
    A country is no such place ("прибывшим в Россию": the dateline's «Кремль» says more)."""
    journeys: dict[int, list[_Found]] = {}  # by sentence: one look-up per event, not a pass over all
    for e in events:
        if e.spec.destination and e.place is not None and e.place not in countries:
            journeys.setdefault(e.sentence, []).append(e)
    for event in events:
        if event.place is not None or event.spec.destination or event.sentence not in journeys:
            continue
        words = sentences[event.sentence].words
        journey = next((e for e in journeys[event.sentence] if e.start >= event.stop and e.date == event.date
                        and e.status == event.status
                        and morph.parses(words[e.start].lower())[0].tag.POS == "PRTF"), None)
        if journey is not None:
            event.place = journey.place
            event.why.append(("place", f"where the {journey.type} a participle after it tells of went"))


def _place_of_the_frame(events: list[_Found]) -> None:
    """An event that happened with no place of its own, in a sentence naming an earlier event of its
    date that has one as its frame ("По итогам встречи главы ведомств подписали Протокол" after "в
    Ташкенте ... провел переговоры"), happens where that one did. Journeys' places are
    ``_place_the_journey``'s: a country visited is no place of what is done there; and what is
    planned to follow a plan is given no place the text does not say."""
    framing: dict[int, list[tuple[int, _Found]]] = {}  # the events naming each sentence as their frame, in order
    for number, event in enumerate(events):
        for sentence in event.frames:
            framing.setdefault(sentence, []).append((number, event))
    for number, event in enumerate(events):
        if event.place is not None or event.status != "occurred":
            continue
        frame = next((e for k, e in framing.get(event.sentence, ()) if k < number and e.place is not None
                      and not e.spec.destination and e.date == event.date and e.status == event.status), None)
        if frame is not None:
            event.place = frame.place
            event.why.append(("place", f"the {frame.type}'s, which its sentence names as its frame"))


def _place_the_journey(events: list[_Found], countries: set[str]) -> None:
    """An event with no place of its own told of after a journey of its date and status happens where
    the first such journey goes: a country, when the event is told of in the journey's sentence ("в
    ходе визита ... в Беларусь подписан Меморандум"), else a place in it ("посетит Волгоград ... В
    графике Президента предусмотрена также рабочая встреча"; a site visited on the way, "посещение
    мемориального комплекса", is no place of the rest). A journey the text does not date places only
    what the sentence telling of it with its place tells of too ("посетил ТЭЦ-2 и провел совещание с
    руководством предприятия"; not "В ходе поездки министр также встретился с педагогами")."""
    journeys: dict[tuple, _Found] = {}
    for event in events:
        key = (event.date, event.status)
        if event.spec.destination:
            if event.place is not None and event.date is not None:
                journeys.setdefault(key, event)
            elif event.place is not None:
                journeys[key] = event  # the last undated one: only what its own sentence tells of
            continue
        journey = journeys.get(key)
        if journey is not None and journey.date is None and event.sentence != journey.sentence:
            journey = None
        if event.place is None and journey is not None and \
                (journey.place not in countries or event.sentence in (journey.sentence, *journey.told)):
            event.place = journey.place
            of = "its sentence tells of, undated," if journey.date is None else "of its date told of before it"
            event.why.append(("place", f"where the {journey.type} {of} goes"))


def _members_by_post(events: list[_Found], doc: Doc) -> None:
    """An event naming no one whose trigger a post in the plural follows ("встреча министров энергетики
    двух стран") is of the persons of the release holding that post, two or more: a group told of by
    its post resolves to its members (ANNOTATION.md). A person's post is that post when the group's
    title begins with it ("министр энергетики" of "министр энергетики двух стран")."""
    unheld = [(m, position.title) for position in doc.positions for m in position.mentions]
    if not unheld:
        return
    for event in events:
        if event.participants:
            continue
        sentence = doc.sentences[event.sentence]
        tokens = sentence.tokens
        follows = tokens[event.stop].start if event.stop < len(tokens) else None
        title = next((title for m, title in unheld if m.start == follows
                      and morph.parses(m.text.split()[0].lower())[0].tag.number == "plur"), None)
        if title is None:
            continue
        event.by_post = True
        holders = [person.id for person in doc.persons
                   if any(f"{title} ".startswith(f"{position.title} ") for position in _titled(person))]
        if len(holders) >= 2:
            event.participants = [Participant(person, event.spec.roles.person) for person in holders]
            event.why.append(("participants", f"the persons holding «{title.split()[0]} ...», the post its "
                                              "trigger names in the plural: " + ", ".join(holders)))


def _signatories_by_post(events: list[_Found], doc: Doc) -> None:
    """A signing naming no person whose subject is a post in the plural held by no one named
    ("По итогам переговоров министры подписали Соглашение", "главы ведомств подписали Протокол")
    is signed by the persons of the last event told of before it naming two or more: those holding
    that post, if two do ("министр" of "министр транспорта"), else all of them. The guideline
    lists the signatories as the text gives them; the countries are for documents no one signs by
    name."""
    persons = {person.id: person for person in doc.persons}
    plural = [(m, position.title) for position in doc.positions for m in position.mentions
              if any(p.tag.number == "plur" and p.tag.case == "nomn" for p in morph.parses(m.text.split()[0].lower()))]
    if not plural:
        return
    for number, event in enumerate(events):
        if "document" not in event.spec.fields or any(p.ref in persons for p in event.participants):
            continue
        sentence = doc.sentences[event.sentence]
        tokens = sentence.tokens
        trigger = tokens[event.start].start
        # the post right before the trigger, but for an adverb or a particle ("министры также подписали")
        subject = next(((m, title) for m, title in plural if sentence.start <= m.start and m.stop <= trigger
                        and _adverbs_between(tokens, m.stop, trigger)), None)
        if subject is None:
            continue
        before = next((e for e in reversed(events[:number]) if sum(p.ref in persons for p in e.participants) >= 2),
                      None)
        if before is None or event.sentence - before.sentence > _COMPANION_REACH:
            continue
        present = [p.ref for p in before.participants if p.ref in persons]
        head = subject[1].split()[0]
        holders = [ref for ref in present if any(pos.title.split()[0] == head for pos in _titled(persons[ref]))]
        signatories = holders if len(holders) >= 2 else present
        if len(signatories) >= 2:
            event.participants = [Participant(ref, event.spec.roles.person) for ref in signatories] \
                + event.participants
            held = f" holding «{head}»" if signatories is holders else ""
            event.why.append(("participants", f"«{subject[0].text}», its subject: the persons of the {before.type} "
                              f"of sentence {before.sentence}{held}: " + ", ".join(signatories)))


def _adverbs_between(tokens: list[Token], start: int, stop: int) -> bool:
    """Whether the words from offset ``start`` to ``stop`` are no more than two adverbs or particles
    ("также", "затем")."""
    between = [t.text.lower() for t in tokens if start <= t.start < stop]
    return len(between) <= 2 and all(morph.parses(w)[0].tag.POS in ("ADVB", "PRCL") for w in between)


def _fill_parties(events: list[_Found], countries: list[str], kinds: dict[str, str]) -> None:
    """An event that names no one has the parties of the event told of shortly before it ("В ходе
    переговоров будут обсуждены ..." after the visit), unless it is recalled, told of by one who took
    no part, or of a time of its own other than that event's ("Следующий форум пройдет в 2027 году");
    a signing that names no one is between the countries the release speaks of ("Планируется
    подписание ... документов")."""
    before: Optional[_Found] = None
    for event in events:
        if not event.participants:
            if event.spec.countries_when_unnamed and 2 <= len(countries) <= 3 and not event.hearsay:
                event.participants = [Participant(c, event.spec.roles.org) for c in countries]
                event.why.append(("participants", "naming no one: the countries the release speaks of"))
            elif before is not None and event.sentence - before.sentence <= 5 and event.recalled and not before.recalled:
                # "Напомним, предыдущая встреча ... состоялась в ноябре" after today's signing: not its
                # parties; one of another date or told of again ("вновь принять участие") may well have them
                event.why.append(("participants", f"naming no one, and recalled: none of the {before.type} "
                                                  "just before, which happens now"))
            elif before is not None and event.sentence - before.sentence <= 5 and event.hearsay:
                # "Министр сообщил, что в мае в Казани прошла выставка": told of by someone as taking
                # place by itself, not the parties of the event just before
                event.why.append(("participants", f"naming no one, told of by someone who took no part: none "
                                                  f"of the {before.type} just before"))
            elif before is not None and event.sentence - before.sentence <= 5 and event.own_date \
                    and not (event.spec.item or event.repeated or event.by_post) \
                    and not _one_time(event.date, before.date):
                # "Запуск завода запланирован на 2028 год" after today's signing, "Следующий форум пройдет
                # в 2027 году" after the forum: an occurrence of a time of its own is another occasion,
                # and the parties of the one before are not its (the guideline leaves unnamed ones out);
                # one told of as taking place again ("вновь принять участие") or by its parties' post
                # ("Следующая встреча глав железных дорог") is of the same parties, and an appointment
                # is of the person told of ("В 2003 году топ-менеджер занял пост")
                event.why.append(("participants", f"naming no one, of a time of its own: none of the {before.type} "
                                                  "just before, of another time"))
            elif before is not None and event.sentence - before.sentence <= 5:  # told of a few sentences before
                event.participants = [_recast(p, kinds.get(p.ref), before.spec, event.spec)
                                      for p in before.participants]
                event.why.append(("participants", f"naming no one: those of the {before.type} just before"))
        before = event


def _one_time(date: str, other: Optional[str]) -> bool:
    """Whether ``date`` and ``other`` ("2025-05-09", "2025-05", "2025-05-07/2025-05-10") may be one
    time: the two overlap, read to the precision of the coarser ("2025-05" and "2025-05-09" do)."""
    if other is None:
        return False
    (a, _, b), (c, _, d) = date.partition("/"), other.partition("/")
    b, d = b or a, d or c
    n = min(len(a), len(c))
    return a[:n] <= d[:n] and c[:n] <= b[:n]


def _recast(participant: Participant, kind: Optional[str], was: EventType, now: EventType) -> Participant:
    """A participant carried from an event of one type to one of another, in its kind's role there
    (a signing's "signatory" is a meeting's "host"; who was a guest stays one)."""
    if kind == "group":
        return Participant(participant.ref, now.roles.group)
    if kind != "person":
        return Participant(participant.ref, now.roles.org)
    guest = was.roles.companion is not None and participant.role == was.roles.companion
    return Participant(participant.ref, now.roles.companion if guest and now.roles.companion else now.roles.person)


def _travellers_of_the_legs(events: list[_Found]) -> None:
    """Visits to places counted naming no one ("посещение трёх городов") are made by who makes the
    journey told of last before them."""
    journey = None
    for event in events:
        if event.legs and not event.participants and journey is not None:
            event.participants = list(journey.participants)
            event.why.append(("participants", f"those of the journey of sentence {journey.sentence}, "
                                              "the places counted being its"))
        elif event.spec.destination and not event.legs and event.participants:
            journey = event


def _spans_the_day(date: Optional[str], published: Optional[str]) -> bool:
    """Whether ``date`` is a span ("2026-10-14/2026-10-16") holding the release's day."""
    return bool(date and published and "/" in date and _holds_the_day(date, published))


def _holds_the_day(date: str, published: str) -> bool:
    """Whether ``date`` ("2026-03-05", "2026-03", "2026-02-23/2026-03-01") holds the release's day."""
    start, _, end = date.partition("/")
    return start <= published[:len(start)] and published[:len(end or start)] <= (end or start)


def _told_with_one_dated(event: _Found, events: list[_Found]) -> bool:
    """Whether another event with a date of its own is told of in ``event``'s sentence."""
    return any(other is not event and other.own_date and event.sentence in (other.sentence, *other.told)
               for other in events)


def _of_another_time(event: _Found, published: Optional[str]) -> bool:
    """Whether an occurrence with a date of its own is of another time than the one the text tells of:
    dated long before the release, or recalled in an item with no date line."""
    return _long_before(event.date, published) if published else event.recalled


def _date_the_rest(events: list[_Found], published: Optional[str], paragraph_ends: list[int]) -> None:
    """An event that happened with no date of its own takes the one of the event that happened
    before it, else the release's. One that is planned takes the date of a planned event before it ("посетит
    ... 7–10 мая", then "В ходе визита планируется подписание"), else none: a plan with no date
    in the text is no event of the release's day, and the guideline leaves its date null; so does
    an event whose own date phrase nothing resolves ("в апреле" in a release with no date line), and
    a plan whose sentence dates another clause ("4 марта ... проведёт переговоры с ..., который
    посетит Россию"). What happened in a sentence naming an earlier event as its frame ("По итогам
    переговоров подписан ...") takes that one's date, not that of a recollection told in between; an
    occurrence dated long before the release dates only what its own sentence tells of, and one recalled
    in an item with no date line what its paragraph goes on to tell of ("Напомним, 1 октября 2010 г.
    ушёл в отставку ... Президент назначил ..."; ``paragraph_ends`` gives, by sentence, the last of
    its paragraph). What is told of in a clause of another event a frame opens ("по итогам которого
    подписано") takes that event's date. A plan within a planned journey takes the journey's dates,
    not those of another day's event within it ("посетит ... 18–19 мая", "переговоры пройдут 19 мая",
    then "примет участие в заседании делового совета"), unless its sentence tells of that event too
    ("По итогам переговоров планируется подписание")."""
    before, source, planned, journey = published, "the release's date", None, None
    dating: Optional[_Found] = None  # the event that dated ``before``
    # the last date of the text's time; the sentences one of another time dates (from its own to the last)
    now, recalled_in = (before, source), None
    framing: dict[int, list[_Found]] = {}  # the events naming each sentence as their frame, in order
    for event in events:
        frame = next((e for e in framing.get(event.sentence, ()) if e.status == "occurred" and not e.recalled), None)
        for sentence in event.frames:
            framing.setdefault(sentence, []).append(event)
        if event.within is not None and event.within.date and not event.own_date:
            # "прошло заседание комиссии, по итогам которого было подписано пять документов": of its day
            event.date = event.within.date
            event.why.append(("date", f"none of its own: that of the {event.within.type} in whose clause it is told"))
        elif event.unanchored is not None and not event.own_date:
            event.date = None
            event.why.append(("date", f"its own, «{event.unanchored}», has nothing to count from: none"))
        elif event.own_date and event.status == "planned":
            planned = (event.date, f"the date of the {event.type} before it")
            if event.spec.destination:
                journey = (event.date, f"the dates of the {event.type} it is within")
        elif event.own_date:  # what happened is dated by what happened, not by what is to come
            before, source, dating = event.date, f"the date of the {event.type} before it", event
            # dated long before the release: another time than the text's ("Напомним, 1 октября 2010 г. ушёл
            # в отставку ..." in an item of no date may go on to tell of that day); so is a recollection in an
            # item with no date line past its paragraph, nothing telling the text's own time from that one
            # ("напомнил, что в декабре 2024 года был открыт ...", then "Кроме того, в ходе поездки посетил ...")
            recalled_in = None if not _of_another_time(event, published) else \
                (event.sentence, event.sentence if published else paragraph_ends[event.sentence])
            now = now if recalled_in is not None else (before, source)
            planned = journey = None
        elif event.recalled or event.reported:
            # "Напомню, ... мы вместе запускали", "обратил внимание, что ... был подписан": a past
            # occurrence the text does not date
            event.date = None
            event.why.append(("date", f"none of its own, and {'recalled' if event.recalled else 'said'}: none"))
        elif event.status == "planned":
            given = planned if planned and not event.dated_apart else None
            if given and journey and given != journey and not _told_with_one_dated(event, events):
                given = journey
            event.date = given[0] if given else None
            event.why.append(("date", f"none of its own, and planned: {given[1] if given else 'none'}"))
        elif frame is not None and not _spans_the_day(frame.date, published):
            # "По итогам переговоров подписан пакет документов" after a recollection dated in another
            # year: what was done at the talks its sentence names as its frame is of their day
            event.date = frame.date
            event.why.append(("date", f"none of its own: that of the {frame.type} its sentence names as its frame"))
        elif _spans_the_day(frame.date if frame is not None else before, published):
            # "Форум проходит с 14 по 16 октября ... Перед началом пленарного заседания провели
            # беседу": what happened within a span still going on is told of as of the release's day
            event.date = published
            event.why.append(("date", "none of its own, after a span in progress: the release's date"))
        elif (event.anew or event.dated_apart) and dating is not None and dating.sentence == event.sentence:
            # "Во исполнение поручений, данных на заседании 28 января 2025 года, состоялось совещание",
            # "обсудили Дорожную карту, подписанную в ходе визита ... 12 мая 2024 года, и провели
            # переговоры": the date its sentence gives the other occurrence, in another clause, is not its
            event.date = published
            given = "the release's date" if published else "none"
            event.why.append(("date", f"none of its own, and the {dating.type}'s of its sentence not its: {given}"))
        else:
            # "Памятник ... был открыт в 1818 году. Затем ... встретился": a recollection dates what its
            # own sentence tells of ("подписанный 22 августа 2024 года в ходе визита"), not what follows
            past = recalled_in is not None and not recalled_in[0] <= event.sentence <= recalled_in[1]
            event.date, why = now if past else (before, source)
            if event.date:
                event.why.append(("date", f"none of its own: {why}"))
            elif past:
                event.why.append(("date", f"none of its own: the occurrence of another time in sentence "
                                          f"{recalled_in[0]} dates only {'that one' if published else 'its paragraph'}"))
