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
  the destination of a visit);
- for a signing, the document ("Меморандум о взаимопонимании ..."); for a conference
  or a ceremony, its name; for an appointment, the post.

Events of one type that tell of one occurrence merge: a headline and its lead, "Встреча
прошла в конструктивной атмосфере" after the meeting itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, NamedTuple, Optional

from .. import eventtypes, lexicon, morph
from ..doc import Doc, Sentence, Span
from ..eventtypes import EventType, Trigger
from ..records import DateMention, Mention, Participant
from ..records import Span as Evidence
from . import dates, normalise, posts
from .segment import wordlike

# Verbs that only say an event happened: "провел переговоры", "состоялась встреча".
_LIGHT_VERBS = lexicon.words("light_verb")
_DOCUMENTS = lexicon.words("document")
_PLACE_PREPOSITIONS = frozenset(p.word for p in lexicon.prepositions().values() if p.place == "at")
_REACH = 20  # how many earlier events of its type an event may be one with
_ACTS = lexicon.words("act")


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
    lemma: str = ""  # the trigger's word: "совещание" of "оперативное совещание" and "В совещании приняли участие"
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


def run(doc: Doc) -> None:
    """Gives ``events``."""
    text, sentences, published = doc.text, doc.sentences, doc.published
    kinds = {e.id: kind for kind, entities in (("person", doc.persons), ("org", doc.organizations),
                                               ("place", doc.locations), ("group", doc.groups)) for e in entities}
    # what each sentence holds, gathered once: a release of thousands of names stays linear
    countries = [loc.id for loc in doc.locations if loc.kind == "country"]
    local = _Local({}, {}, {}, _heads_of_state(doc, set(countries)), set(countries))
    for person in doc.persons:
        for position in person.positions:
            for m in position.mentions:
                local.posts.setdefault(doc.sentence_at(m.start), []).append(
                    (m.start, m.stop, person.id, position.title))
    for group in doc.groups:
        for m in group.mentions:
            local.groups.setdefault(doc.sentence_at(m.start), []).append(group.id)
    for d in doc.dates:
        if d.value and d.precision != "time":
            local.dates.setdefault(doc.sentence_at(d.start), []).append(d)
    events: list[_Found] = []
    for number, sentence in enumerate(sentences):
        for event in _triggered(number, sentence, doc):
            _describe(event, text, sentence, kinds, local)
            events.append(event)
    merged = _merge(events)
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
    _date_the_rest(merged, published)
    _fill_parties(merged, countries)
    _place_the_day(merged, _dateline_place(doc), published)
    _add_protagonist(merged, doc)
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


# ---------------------------------------------------------------- triggers


class _Words(NamedTuple):
    """A sentence as the trigger rules see it: its words, their lemmas and the set of them."""

    sentence: Sentence
    words: list[str]
    lemmas: list[str]
    present: set[str]


def _arrival(k: int, seen: _Words) -> bool:
    """Arriving is a visit when said ("прибыл с официальным визитом") or into a place ("прибывшим
    в Россию")."""
    words = seen.words
    return "визит" in seen.present or k + 2 < len(words) and words[k + 1].lower() in ("в", "во") and any(
        t.start == k + 2 and t.type == "LOC" for t in seen.sentence.spans)


def _between_parties(k: int, seen: _Words) -> bool:
    """A signing is between parties: "подписал Указ", "Указ вступает в силу со дня его подписания"
    sign nothing between them."""
    return not (_ACTS & seen.present and not _DOCUMENTS & seen.present)


#: The conditions a trigger row may name (eventtypes.CONDITIONS), each true when the word means the event.
CONDITIONS: dict[str, Callable[[int, _Words], bool]] = {"arrival": _arrival, "between_parties": _between_parties}
if set(CONDITIONS) != set(eventtypes.CONDITIONS):
    raise ImportError(f"the events stage has conditions {sorted(CONDITIONS)}, eventtypes names {sorted(eventtypes.CONDITIONS)}")


def _in_a_name(k: int, seen: _Words) -> bool:
    """A trigger inside a body's or person's name is part of the name: "[Форум регионов] России"."""
    return any(t.start <= k < t.stop and t.type in ("ORG", "PER") for t in seen.sentence.spans)


def _in_a_mode(k: int, seen: _Words) -> bool:
    """"в режиме видеоконференции", "в формате переговоров": how something else took place."""
    return k > 0 and seen.lemmas[k - 1] in _MODES


#: Why a trigger word says no event, tried in order: (name, rule).
SKIPS: list[tuple[str, Callable[[int, _Words], bool]]] = [
    ("in a name", _in_a_name),
    ("a mode of another event", _in_a_mode),
]


# Lemmas the trigger rules compare a sentence's words with, beside the triggers' own ("визит":
# an arrival is a visit when the sentence says it).
_COMPARED = frozenset().union(_LIGHT_VERBS, _PLANNING, _ACTS, _DOCUMENTS, _MODES, {"визит"})


@lru_cache(maxsize=200_000)
def _lemma(word: str, forms: frozenset[str]) -> str:
    """The lemma of a word the trigger rules may compare, a form of one of the lemmas ``forms`` were
    made of, else "": most words are not analysed. Triggers and the words beside them are common
    words, which the dictionary knows, or compounds of them it may not ("выставки-форума"); a word
    it does not know without a hyphen (a name, a misspelling) is none."""
    lowered = word.lower()
    if "-" in word:
        return morph.lemma(lowered) if morph.could_be(word, forms) else ""
    return morph.lemma(lowered) if word.isalpha() and lowered.replace("ё", "е") in forms else ""


def _triggered(number: int, sentence: Sentence, doc: Doc) -> list[_Found]:
    """The events a sentence's triggers open: one per type, or one per trigger for an ``item`` type."""
    single, phrases, named = eventtypes.lookup()
    words = sentence.words
    forms = lexicon.forms_of(named | _COMPARED)
    lemmas = [_lemma(w, forms) for w in words]
    seen = _Words(sentence, words, lemmas, set(lemmas))
    planned = bool(_PLANNING & seen.present)
    found: dict[object, _Found] = {}
    for k, lemma in enumerate(lemmas):
        trigger: Optional[Trigger] = single.get(lemma)
        for row in phrases.get(lemma, ()):
            n = len(row.lemmas) + len(row.context)
            if tuple(lemmas[k:k + n]) == row.lemmas + row.context:
                trigger = row
        if trigger is None:
            continue
        spec = eventtypes.get(trigger.type)
        key = (spec.name, k) if spec.item else spec.name
        skip = next((name for name, rule in SKIPS if rule(k, seen)), None) or \
            (None if key not in found else "one per sentence") or \
            (trigger.condition if trigger.condition and not CONDITIONS[trigger.condition](k, seen) else None)
        if skip is not None:
            token = sentence.tokens[k]
            doc.note("events", f"skip: {skip}", token.start, token.stop, token.text, f"no {spec.name} here")
            continue
        start, stop = k, k + len(trigger.lemmas)
        if k and lemmas[k - 1] in _LIGHT_VERBS:
            start = k - 1  # "провел переговоры", "состоялась встреча"
        status, why = _status(sentence, sentence.tokens[k].start, planned)
        event = _Found(spec, number, start, stop, status, lemma=lemma)
        event.why += [("trigger", f"{' '.join(trigger.lemmas)} ({trigger.part}) is a {spec.name}"), ("status", why)]
        found[key] = event
    return list(found.values())




def _status(sentence: Sentence, at: int, planned: bool) -> tuple[str, str]:
    """Planned when the clause speaks of the future or of plans; else occurred; and why."""
    if planned:
        return "planned", "the sentence speaks of plans"
    if dates.tense(sentence, at) == "future":
        return "planned", "the verb of its clause is in the future"
    return "occurred", "the verb of its clause is not in the future"


# ---------------------------------------------------------------- arguments


@dataclass
class _Local:
    """What each sentence (by number) holds: people's post mentions, groups, dates; and the
    release's heads of state."""

    posts: dict[int, list[tuple[int, int, str, str]]]  # (start, stop, holder, title)
    groups: dict[int, list[str]]
    dates: dict[int, list[DateMention]]
    heads: list[str]
    countries: set[str]


def _describe(event: _Found, text: str, sentence: Sentence, kinds: dict[str, str], local: _Local) -> None:
    tokens, words, tags = sentence.tokens, sentence.words, sentence.spans
    spec = event.spec
    within = local.dates.get(event.sentence, [])
    if within:
        at = tokens[event.start].start
        nearest = min(within, key=lambda d: abs(d.start - at))
        event.date, event.own_date = nearest.value.split("T")[0], True
        event.why.append(("date", f"the date nearest to the trigger in its sentence: «{nearest.text}»"))
    countries = local.countries
    seen = set()
    candidates = []
    # bodies named in people's posts are theirs, not parties: "Председатель [Правительства]"
    in_posts = local.posts.get(event.sentence, [])
    for tag in sorted(tags, key=lambda t: t.start):
        entity = tag.entity
        if entity is None or entity in seen:
            continue
        kind = kinds.get(entity)
        if kind == "place":
            if _is_place(event, tag, words) and (
                    event.place is None or spec.destination and entity in countries
                    and event.place not in countries):
                event.place = entity  # a visit is to a country before a building in it
                event.why.append(("place", f"«{tag.mention.text}», where its sentence puts it"))
            continue
        at = tokens[tag.start].start
        if kind == "org" and any(a <= at < b for a, b, _, _ in in_posts):
            continue
        if kind == "org" and spec.destination and tag.start == event.stop and event.place is None:
            event.place = entity  # what is visited is where: "посетил [Национальный центр «Россия»]"
            event.why.append(("place", f"«{tag.mention.text}», what is visited"))
            seen.add(entity)
            continue
        if kind == "person" and spec.destination and _inviting(words, tag.start):
            continue  # "По приглашению Президента России Владимира Путина": the host, not the visitor
        seen.add(entity)
        candidates.append((entity, kind, tag))
    if spec.item:
        # "Принять отставку ... Бездудного Ю.В. ... Назначить Гехт Ирину Альфредовну ...": the
        # person each decree item names next, with the bodies of the post
        after = [c for c in candidates if c[1] == "person" and c[2].start >= event.stop]
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
    for group in local.groups.get(event.sentence, []):
        if group not in seen:
            seen.add(group)
            event.participants.append(Participant(group, spec.roles.group))
            event.why.append(("participants", f"the group {group} of its sentence"))
    # "Председатель КНР прибыл ...": a post that stands for its holder brings the holder in
    if spec.post_holders:
        for _, _, person, title in in_posts:
            if person not in seen:
                seen.add(person)
                event.participants.append(Participant(person, _role(event, "person", None, words)))
                event.why.append(("participants", f"{person}, who holds the post «{title}» its sentence names"))
    leaders = local.heads if 2 <= len(local.heads) <= _MOST_LEADERS and _leaders_said(words) else []
    if leaders and spec.heads_of_state:
        # "Главы государств возложили венки": the heads of state the release names, not the
        # people the sentence mentions on the way ("к могиле маршала Чуйкова")
        groups_here = [p for p in event.participants if kinds.get(p.ref) == "group"]
        event.participants = [Participant(person, _role(event, "person", None, words)) for person in leaders] \
            + groups_here
        event.why.append(("participants", "the heads of state the release names: " + ", ".join(leaders)))
    if event.start and words[event.start - 1].lower() in _ANAPHORA or \
            event.start >= 2 and words[event.start - 2].lower() in _ANAPHORA:
        event.participants = []  # "Данный визит": the one told of before; its parties come from there
        event.anaphoric = True
    context = _Context(text, sentence, in_posts)
    for name in spec.fields:
        value = FIELDS[name](event, context)
        setattr(event, name, value)
        if value is not None:
            event.why.append((name, "from its sentence"))


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


def _verbal(lemma: str) -> bool:
    return morph.parses(lemma)[0].tag.POS == "INFN"


def _leaders_said(words: list[str]) -> bool:
    """Whether a sentence speaks of heads of state together: "Главы государств", "Лидеры", "Президенты"."""
    lowered = [w.lower() for w in words]
    return any(w in _LEADERS or f"{w} {after}" in _LEADERS for w, after in zip(lowered, lowered[1:] + [""]))


def _heads_of_state(doc: Doc, states: set[str]) -> list[str]:
    """The persons holding a state's post in the release: who "Главы государств" are, when two or more."""
    return [person.id for person in doc.persons
            if any(pos.org in states and lexicon.heads_a_state(pos.title.split(" ")[0]) for pos in person.positions)]


# "Главы государств" of a release naming more leaders than a summit has are no one set of them.
_MOST_LEADERS = 40


def _inviting(words: list[str], k: int) -> bool:
    """Whether a name stands in "по приглашению ..." (its post between), so names the host."""
    return any(w.lower() in _INVITATION for w in words[max(0, k - 5):k])


def _is_place(event: _Found, tag: Span, words: list[str]) -> bool:
    """A place the event happens in: after "в"/"на" ("в Кремле", "в г. Карамай"), or a visit's
    destination ("посетит Российскую Федерацию")."""
    before = words[tag.start - 1].lower() if tag.start else ""
    if before == "." and tag.start >= 2 and words[tag.start - 2] == "г":
        return True
    if before in _PLACE_PREPOSITIONS:
        return True
    return event.spec.destination and tag.start == event.stop


def _role(event: _Found, kind: Optional[str], tag: Optional[Span], words: list[str]) -> str:
    """A participant's role by its type's ``Roles``: a person named after "с" past the trigger is
    a companion ("провел переговоры с ... [Синь Гобинем]")."""
    roles = event.spec.roles
    if kind != "person":
        return roles.org
    if roles.companion and tag is not None and tag.start > event.start \
            and "с" in [w.lower() for w in words[event.stop:tag.start]]:
        return roles.companion
    return roles.person


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


def _filler(word: str) -> bool:
    lowered = word.lower()  # "будут [также] обсуждены", "темой обсуждения [стали] вопросы"
    return lowered == "также" or morph.parses(lowered)[0].tag.POS in ("ADVB", "PRCL", "VERB")


def _pronoun(word: str) -> bool:
    return morph.parses(word.lower())[0].tag.POS == "NPRO"


def _verb(word: str) -> bool:
    return morph.parses(word.lower())[0].tag.POS in ("VERB", "INFN", "PRTS", "GRND")


def _name(text: str, tokens, words: list[str], event: _Found, tags: list[Span]) -> Optional[str]:
    """A conference's or ceremony's name: its adjectives, its noun and the words it governs
    ("4-го Совещания руководителей министерств и ведомств" → "4-е Совещание руководителей ...")."""
    head = event.stop - 1
    start = head
    while start > 0 and (morph.parses(words[start - 1])[0].tag.POS in ("ADJF", "PRTF", "NUMR")
                         or any(c.isdigit() for c in words[start - 1])):
        start -= 1
    names = {t.start: t for t in tags}
    stop, _ = posts.governed(words, head + 1, names)
    while stop > head + 1 and words[stop - 1] in ("и", "по", "в", "на"):
        stop -= 1
    spaces = [text[a.stop:b.start] for a, b in zip(tokens[start:stop], tokens[start + 1:stop])] + [""]
    if start < head and any(c.isdigit() for c in words[start]):
        # "4-го Совещания" → "4-е Совещание": the number takes the nominative ending of its noun
        rest = normalise.phrase_name(words[start + 1:stop], spaces[1:])
        gender = next((p.tag.gender for p in morph.parses(words[head].lower()) if p.tag.POS == "NOUN"), None)
        number = words[start].split("-")[0] + {"masc": "-й", "femn": "-я", "neut": "-е"}.get(gender, "")
        return number + spaces[0] + rest
    return normalise.phrase_name(words[start:stop], spaces)


# ---------------------------------------------------------------- one event per occurrence


def _merge(events: list[_Found]) -> list[_Found]:
    """Fold an event into another of its type that tells of the same occurrence: the headline's
    into the first one after it; one with no participants and no date of its own into the one
    before; one sharing a participant, or the name's head, and the date with an earlier one."""
    kept: list[_Found] = []
    by_type: dict[str, list[_Found]] = {}
    pending: dict[str, _Found] = {}  # headline events waiting for the lead's
    for event in events:
        if event.anaphoric and kept:
            event.participants = list(kept[-1].participants)
            event.date, event.own_date = event.date or kept[-1].date, event.own_date or kept[-1].own_date
            event.why.append(("anaphora", "«данный», «этот»: the parties and date of the event told of before"))
        if event.sentence == 0:  # the headline
            pending.setdefault(event.type, event)
            continue
        headline = pending.get(event.type)
        if headline is not None and _compatible(headline, event):
            _absorb(event, pending.pop(event.type), "the headline's, told again in the text")
        same = by_type.setdefault(event.type, [])[-_REACH:]  # an occurrence is told of near its mentions
        home, why = None, ""
        if same and not event.own_date and not event.participants:
            home, why = same[-1], "naming no one and no date, it is the one before"
        elif same:
            refs = {p.ref for p in event.participants}
            home = next((e for e in reversed(same)
                         if (refs & {p.ref for p in e.participants} or _same_name(e, event))
                         and (e.date == event.date or not event.own_date or not e.own_date)
                         and e.status == event.status), None)
            why = "a participant or its noun in common, and no other date"
        if home is None:
            kept.append(event)
            by_type[event.type].append(event)
        else:
            _absorb(home, event, why)
    return sorted(kept + list(pending.values()), key=lambda e: (e.sentence, e.start))


def _compatible(a: _Found, b: _Found) -> bool:
    """Whether two events may be one: they share a participant, or one names no one."""
    refs = {p.ref for p in a.participants}
    return not refs or not b.participants or bool(refs & {p.ref for p in b.participants})


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
    home.place = home.place or event.place
    for name in eventtypes.FIELDS:
        setattr(home, name, getattr(home, name) or getattr(event, name))
    home.why.append(("merged", f"the {event.type} of sentence {event.sentence}: {why}"))
    home.why += [(f"merged · {rule}", detail) for rule, detail in event.why]


def _add_protagonist(events: list[_Found], doc: Doc) -> None:
    """A meeting with one person named meets the release's protagonist, the person it names
    most ("Встреча с врио губернатора ... Ириной Гехт" of the President's release)."""
    if not doc.persons:
        return
    main = max(doc.persons, key=lambda p: len(p.mentions))
    persons = {p.id for p in doc.persons}
    for event in events:
        people = [p for p in event.participants if p.ref in persons]
        if event.spec.meets_protagonist and len(people) == 1 and people[0].ref != main.id:
            event.participants.insert(0, Participant(main.id, event.spec.roles.person))
            event.why.append(("participants", f"{main.id}, the release's protagonist, meets the one person named"))


def _dateline_place(doc: Doc) -> Optional[str]:
    """The place of the release's dateline, "8 мая 2025 года 10:10 Москва, Кремль": its last,
    most precise place."""
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
        places = [t.entity for t in tags if t.entity]
        if places:
            return places[-1]
    return None


def _place_the_day(events: list[_Found], place: Optional[str], published: Optional[str]) -> None:
    """The day's events with no place of their own happen where the release's dateline is."""
    if place is None:
        return
    for event in events:
        if event.place is None and event.date == published and not event.spec.destination:
            event.place = place
            event.why.append(("place", "the dateline's, the day's events having none of their own"))


def _fill_parties(events: list[_Found], countries: list[str]) -> None:
    """An event that names no one has the parties of the event told of shortly before it ("В ходе
    переговоров будут обсуждены ..." after the visit); a signing that names no one is between
    the countries the release speaks of ("Планируется подписание ... документов")."""
    before: Optional[_Found] = None
    for event in events:
        if not event.participants:
            if event.spec.countries_when_unnamed and 2 <= len(countries) <= 3:
                event.participants = [Participant(c, event.spec.roles.org) for c in countries]
                event.why.append(("participants", "naming no one: the countries the release speaks of"))
            elif before is not None and event.sentence - before.sentence <= 5:  # told of a few sentences before
                event.participants = list(before.participants)
                event.why.append(("participants", f"naming no one: those of the {before.type} just before"))
        before = event


def _date_the_rest(events: list[_Found], published: Optional[str]) -> None:
    """An event with no date of its own takes the one of the event before it, else the release's."""
    before, source = published, "the release's date"
    for event in events:
        if event.own_date:
            before, source = event.date, f"the date of the {event.type} before it"
        else:
            event.date = before
            if before:
                event.why.append(("date", f"none of its own: {source}"))
