"""The event types pressparse extracts: one ``EventType`` spec each, and their trigger words.

A type is a spec here (its record class, the roles its participants take, which participants
it keeps, its own fields, how its mentions merge) and rows of ``data/triggers.tsv`` (the words
that say it happened). The two are checked against each other when this module is imported:
every row's type has a spec, every spec has a row, every field is a field of ``Event``. The
record schema lists the registered types and roles as enumerations.

A new type needs no code in the events stage::

    from pressparse import eventtypes
    eventtypes.register(eventtypes.EventType("briefing", roles=eventtypes.Roles(person="speaker")),
                        triggers=["briefing\\tбрифинг\\tnoun"])
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, NamedTuple, Optional

from . import lexicon
from .records import Appointment, Ceremony, Conference, Event, Meeting, Signing, Visit

#: The fields an event type may fill beside the common ones, each found by the events stage.
FIELDS = ("topic", "document", "name", "position")
#: The conditions a trigger row may name, each a rule of the events stage (events.CONDITIONS).
CONDITIONS = {
    "arrival": "an arrival is a visit when the sentence says визит, or when it is into a place",
    "between_parties": "a signing is between parties: not of a decree, a law or an order alone",
    "of_a_site": "an opening or a launch is a ceremony when it is of a site: a monument, a plant, a line",
    "a_site_opens": "a site's opening of itself («откроется центр») is a ceremony when one site, the subject, opens",
    "of_an_award": "handing over is a ceremony when what is handed is an award",
    "not_with_the_press": "a talk is a meeting when it is not an interview given to the press",
    "not_carried_on": "talks are a meeting when held, not carried on as a process («ведутся переговоры»)",
    "awarding": "awarding is a ceremony when someone awards with an award, not when a record says one was awarded",
    "of_agreements": "concluding or adopting is a signing when what is concluded is an agreement or documents",
    "receiving": "receiving is a meeting when whom is received is a person, a post or a delegation",
    "from_a_post": "a release is from office when it is from a post, not from custody",
    "of_a_person": "an appointment or a dismissal is of someone: the sentence names a person or a post",
    "of_a_body": "heading is taking a post when what is headed is a body, not a delegation",
    "to_a_post": "appointing is of someone to a post, not fixing a date, a meeting or a penalty",
    "in_person": "visiting is going somewhere in person, not to a web page, nor an audience counted",
    "not_in_court": "a sitting is a conference when it is no court's hearing: no word of a court in its clause",
    "held_at": "a Latin noun is a conference when the Latin name it ends follows «в» or «на»: where something is held",
}


@dataclass(frozen=True)
class Roles:
    """The role of each kind of participant: a person named with the event, one named after
    "с" past its trigger ("встреча с ..."; ``companion``, else a person's role), a body, a group
    (a delegation, a side: the record gives its country in this role, the guideline's parties
    being persons, bodies and countries)."""

    person: str = "participant"
    companion: Optional[str] = None
    org: str = "participant"
    group: str = "party"

    def names(self) -> set[str]:
        return {role for role in dataclasses.astuple(self) if role}


@dataclass(frozen=True)
class EventType:
    """One event type.

    - ``name``: the record's ``type``; ``record``: its record class (``Event`` serves any type);
    - ``roles``: its participants' roles; ``takes``: the kinds of participant it keeps when the
      sentence names any of them ("person", "group" for a visit: the others are there for
      another reason), all when empty;
    - ``fields``: its own fields of ``FIELDS`` ("document" for a signing; with "position", the
      body of the post is a party too);
    - ``item``: each trigger is an event of its own, with the person named after it (a decree's
      "Назначить ...", "Освободить ..."), rather than one event per sentence;
    - ``destination``: a journey: its place is where one goes (a country before a building in
      it, a body named right after the trigger), who invites is no participant, its hosts
      (its bodies' and countries' role) are left out of its record's participants, and it does
      not take the dateline's place;
    - ``meets_protagonist``: with one person named, the release's protagonist takes part too;
    - ``spoken_at``: who remarks in the sentence right after one telling of it ("X отметил ...")
      took part;
    - ``post_holders``: the holders of posts named in its sentence take part;
    - ``heads_of_state``: "Главы государств" in its sentence are the release's leaders;
    - ``same_noun``: two mentions by one noun ("совещание") are one occurrence;
    - ``countries_when_unnamed``: naming no one, it is between the countries the release speaks of;
    - ``sites_are_objects``: a body named as a site (its name's head, or the noun before it, a word of
      words.tsv's site list: "Международного образовательного центра", "комплекса «Лавна»") is what
      it opens or launches, no party.
    """

    name: str
    record: type[Event] = Event
    roles: Roles = Roles()
    takes: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    item: bool = False
    destination: bool = False
    meets_protagonist: bool = False
    spoken_at: bool = False
    post_holders: bool = True
    heads_of_state: bool = True
    same_noun: bool = False
    countries_when_unnamed: bool = False
    sites_are_objects: bool = False


class Trigger(NamedTuple):
    """A row of the triggers table: a word (or words) that says an event of ``type`` happened.

    ``lemmas`` are the trigger's words; ``context`` words must follow them but are not part of
    the trigger ("церемония [обмен]": a ceremony of exchange is a signing); ``condition`` names
    a rule of the events stage that must hold for the word to mean the event.
    """

    type: str
    lemmas: tuple[str, ...]
    context: tuple[str, ...]
    part: str
    condition: Optional[str]


BUILT_IN = (
    EventType("meeting", Meeting, Roles(person="host", companion="guest", org="party"), fields=("topic",),
              meets_protagonist=True, spoken_at=True),
    EventType("visit", Visit, Roles(person="visitor", org="host"), takes=("person", "group"), destination=True),
    EventType("signing", Signing, Roles(person="signatory", org="party"), takes=("org", "group"),
              fields=("document",), post_holders=False, heads_of_state=False, countries_when_unnamed=True),
    EventType("conference", Conference, fields=("name",), same_noun=True, spoken_at=True),
    EventType("ceremony", Ceremony, fields=("name",), same_noun=True, spoken_at=True, sites_are_objects=True),
    EventType("appointment", Appointment, Roles(person="appointee", org="organization"), fields=("position",),
              item=True, post_holders=False),
)
_PARTS = {"noun", "verb"}
_KINDS = {"person", "org", "group"}

_types: dict[str, EventType] = {}
_triggers: list[Trigger] = []


def parse_rows(lines: Iterable[str], source: str) -> list[Trigger]:
    """The rows of a triggers table (``data/triggers.tsv``'s format: its header says it)."""
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#") or line.startswith("type\t"):
            continue
        cells = line.rstrip("\n").split("\t")
        if len(cells) not in (3, 4):
            raise ValueError(f"{source}:{number}: a trigger row is 'type, lemma, part[, condition]', got {line!r}")
        kind, phrase, part = cells[:3]
        words = phrase.split(" ")
        lemmas = tuple(w for w in words if not w.startswith("["))
        context = tuple(w.strip("[]") for w in words if w.startswith("["))
        if part not in _PARTS or not lemmas or words[:len(lemmas)] != list(lemmas):
            raise ValueError(f"{source}:{number}: a part is noun or verb, and context words come last: {line!r}")
        condition = cells[3] if len(cells) == 4 and cells[3] else None
        if condition is not None and condition not in CONDITIONS:
            raise ValueError(f"{source}:{number}: no condition {condition!r}; there are {sorted(CONDITIONS)}")
        rows.append(Trigger(kind, lemmas, context, part, condition))
    return rows


def register(spec: EventType, triggers: Iterable[str] = ()) -> None:
    """Add an event type, with its trigger rows (lines in ``data/triggers.tsv``'s format) unless
    the package's table has them. Raises ValueError for a spec that does not hold together."""
    rows = parse_rows(triggers, f"triggers of {spec.name!r}")
    _check(spec, [row for row in _triggers if row.type == spec.name] + rows)
    if any(row.type != spec.name for row in rows):
        raise ValueError(f"the trigger rows given with {spec.name!r} must all be of that type")
    _types[spec.name] = spec
    _triggers.extend(rows)
    lookup.cache_clear()


def unregister(name: str) -> None:
    """Remove an event type and its trigger rows (the built-in types may be removed too)."""
    _types.pop(name, None)
    _triggers[:] = [row for row in _triggers if row.type != name]
    lookup.cache_clear()


def get(name: str) -> EventType:
    """The spec of a registered type."""
    return _types[name]


def types() -> tuple[EventType, ...]:
    """The registered types, in the order they were registered."""
    return tuple(_types.values())


def triggers() -> tuple[Trigger, ...]:
    """Every trigger row of the registered types."""
    return tuple(_triggers)


@lru_cache(maxsize=1)
def lookup() -> tuple[dict[str, tuple[Trigger, ...]], dict[str, tuple[Trigger, ...]], frozenset[str]]:
    """The triggers as the events stage looks them up: one-word ones by their lemma, every row of
    it, later rows first (a lemma has a row per sense, each with its condition: the first whose
    condition holds is the word's sense, so a row added later overrides), phrases by their first
    lemma (in table order), and every lemma the rows name."""
    single: dict[str, tuple[Trigger, ...]] = {}
    for row in _triggers:
        if len(row.lemmas) == 1 and not row.context:
            single[row.lemmas[0]] = (row,) + single.get(row.lemmas[0], ())
    phrases: dict[str, list[Trigger]] = {}
    for row in _triggers:
        if len(row.lemmas) > 1 or row.context:
            phrases.setdefault(row.lemmas[0], []).append(row)
    words = frozenset(w for row in _triggers for w in row.lemmas + row.context)
    return single, {first: tuple(rows) for first, rows in phrases.items()}, words


def roles() -> list[str]:
    """Every role a participant of a registered type can have, sorted."""
    return sorted(set().union(*(spec.roles.names() for spec in _types.values())))


def _check(spec: EventType, rows: list[Trigger]) -> None:
    event_fields = {f.name for f in dataclasses.fields(Event)}
    problems = []
    if not spec.name or not spec.name.isidentifier():
        problems.append("its name is no identifier")
    if spec.record is not Event and spec.record.TYPE != spec.name:
        problems.append(f"its record class {spec.record.__name__} is for {spec.record.TYPE!r}")
    if not set(spec.fields) <= set(FIELDS) & event_fields:
        problems.append(f"fields {sorted(set(spec.fields) - set(FIELDS))} are not among {FIELDS}")
    if not set(spec.takes) <= _KINDS:
        problems.append(f"it takes {spec.takes}, not kinds of {sorted(_KINDS)}")
    if not rows:
        problems.append("no trigger row names it")
    if problems:
        raise ValueError(f"event type {spec.name!r}: " + "; ".join(problems))


def _load() -> None:
    rows = parse_rows(lexicon.lines("triggers.tsv"), "data/triggers.tsv")
    _triggers.extend(rows)
    for spec in BUILT_IN:
        register(spec)
    unknown = sorted({row.type for row in rows} - set(_types))
    if unknown:
        raise ImportError(f"data/triggers.tsv has rows of types no spec describes: {unknown}")


_load()
