"""The output record: immutable types for a parsed release and its parts.

Every class here is a frozen dataclass; ``Document.to_dict()`` gives the record
of ``SPEC.md`` and ``derive_schema()`` derives its JSON Schema from these very
types, so the published schema cannot drift from what is emitted.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Callable, ClassVar, Literal, NamedTuple, Optional, Union

from .explain import explain
from .render import render

SCHEMA_VERSION = "1.4"  # 1.1: Event.topic; 1.2: Event.type and Participant.role enumerated, published a date by its pattern;
# 1.3: Position.former; 1.4: a Position's title may be null (a tie to a body with no post)


@dataclass(frozen=True)
class Mention:
    """A span of the original text: ``text == document.text[start:stop]``."""

    start: int
    stop: int
    text: str


@dataclass(frozen=True)
class Span:
    """A stretch of the original text given by offsets only (event evidence)."""

    start: int
    stop: int


@dataclass(frozen=True)
class Source:
    """Where a release came from: the file it was read from and its web address."""

    path: Optional[str] = None
    url: Optional[str] = None


@dataclass(frozen=True)
class Position:
    """A post held by a person: lower-case nominative title, its organisation id and country;
    ``former`` when the text gives it as held before ("бывший министр", "экс-премьер"). A title of
    None is a tie to a body the text states with a verb and no post ("возглавляет «Газпром»",
    "работает в банке ВТБ"): the person is of ``org``, in no post named."""

    title: Optional[str]
    org: Optional[str] = None
    country: Optional[str] = None
    mentions: tuple[Mention, ...] = ()
    former: bool = False


@dataclass(frozen=True)
class Person:
    """A person named in the release, merged across all its mentions; ``name`` is nominative."""

    KIND: ClassVar[str] = "person"

    id: str
    name: str
    country: Optional[str] = None
    positions: tuple[Position, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Organization:
    """An organisation (body, company, alliance), merged across its mentions and abbreviations.

    ``name`` is the fullest name the release gives; ``full_name`` the full name of a common
    body the release names only by its abbreviation ("Минпромторг"), from pressparse's lexicon.
    """

    KIND: ClassVar[str] = "organization"

    id: str
    name: str
    country: Optional[str] = None
    full_name: Optional[str] = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Group:
    """People acting as one party: a delegation, a side, representatives ("делегация Китайской
    Народной Республики", "белорусская сторона"), with their country."""

    KIND: ClassVar[str] = "group"

    id: str
    name: str
    country: Optional[str] = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Location:
    """A place; countries have ``kind == "country"`` and their canonical short name."""

    KIND: ClassVar[str] = "location"

    id: str
    name: str
    kind: Optional[Literal["country", "place"]] = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class DateMention:
    """A date, period or time in the text with its ISO 8601 value (``START/END`` for ranges).

    ``value`` is None when the text is a relative date that could not be resolved
    (no release date known).
    """

    value: Optional[str]
    text: str
    start: int
    stop: int
    precision: Optional[Literal["year", "half", "quarter", "month", "week", "day", "time"]] = None


@dataclass(frozen=True)
class Participant:
    """A participant of an event: a person, organisation or location id and its role."""

    ref: str
    role: str


@dataclass(frozen=True)
class Event:
    """Something that happened or is scheduled, with its trigger and evidence in the text.

    Each type has its class (``Meeting``, ``Visit``, ``Signing``, ``Conference``, ``Ceremony``,
    ``Appointment``); ``type`` is the class's name in SPEC.md's terms. ``participants`` refer
    to persons, organisations, groups and places by id, with their roles; ``document`` is a
    signing's document, ``name`` a conference's or ceremony's, ``position`` an appointment's post,
    ``topic`` what a meeting discussed, as the text words it.
    """

    TYPE: ClassVar[Optional[str]] = None

    id: str
    type: str
    status: Literal["occurred", "planned"]
    trigger: Mention
    evidence: Span
    date: Optional[str] = None
    place: Optional[str] = None
    participants: tuple[Participant, ...] = ()
    document: Optional[str] = None
    name: Optional[str] = None
    position: Optional[str] = None
    topic: Optional[str] = None

    def __post_init__(self) -> None:
        if self.TYPE is not None and self.type != self.TYPE:
            raise ValueError(f"a {type(self).__name__} has type {self.TYPE!r}, not {self.type!r}")


@dataclass(frozen=True)
class Meeting(Event):
    """A meeting, talks, a conversation: "провел переговоры", "состоялась встреча"."""

    TYPE: ClassVar[Optional[str]] = "meeting"


@dataclass(frozen=True)
class Visit(Event):
    """A visit: "посетил", "прибыл с официальным визитом"; ``place`` is the destination."""

    TYPE: ClassVar[Optional[str]] = "visit"


@dataclass(frozen=True)
class Signing(Event):
    """A signing of a document: "подписан Меморандум ..."; parties and signatories."""

    TYPE: ClassVar[Optional[str]] = "signing"


@dataclass(frozen=True)
class Conference(Event):
    """A conference, forum, summit, session or exhibition, with its ``name``."""

    TYPE: ClassVar[Optional[str]] = "conference"


@dataclass(frozen=True)
class Ceremony(Event):
    """A ceremony, an opening or a launch, with its ``name``."""

    TYPE: ClassVar[Optional[str]] = "ceremony"


@dataclass(frozen=True)
class Appointment(Event):
    """An appointment to a post or a dismissal: "Назначить ...", with the ``position``."""

    TYPE: ClassVar[Optional[str]] = "appointment"


@dataclass(frozen=True)
class Error:
    """Why a document could not be read or parsed."""

    type: str
    message: str


class Note(NamedTuple):
    """Why a stage did something: the stage, the rule, the text it saw and what it made of it.

    ``start``/``stop`` are offsets of what the rule saw in the original text; ``subject`` is
    that text, or what the note is about ("e1" for an event).
    """

    stage: str
    rule: str
    start: int
    stop: int
    subject: str
    detail: str


@dataclass(frozen=True)
class Document:
    """One parsed release. ``text`` is the original text all offsets point into; it is not serialised.

    ``published`` is the release's own date; ``published_from`` says where it was found: given
    by the caller, the publication line ("Дата публикации: ..."), the dateline, the lead's
    first date, or the source URL. ``positions`` holds the posts that name no holder; the
    others are in their persons' ``positions``. ``notes`` says why each stage did what it did,
    when the document was parsed with ``explain=True`` (``explain()`` prints them); it is not
    serialised either.
    """

    id: Optional[str]
    text: str = field(default="", repr=False, metadata={"serialise": False})
    source: Source = Source()
    title: Optional[str] = None
    # an ISO 8601 day, or the month or year a source URL gives when that is all there is
    published: Optional[str] = field(default=None, metadata={"pattern": r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"})
    published_from: Optional[Literal["caller", "publication line", "dateline", "lead", "url"]] = None
    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    locations: tuple[Location, ...] = ()
    groups: tuple[Group, ...] = ()
    positions: tuple[Position, ...] = ()
    dates: tuple[DateMention, ...] = ()
    events: tuple[Event, ...] = ()
    error: Optional[Error] = None
    # None when parsed without explain; what the stages noted (maybe nothing) when parsed with it
    notes: Optional[tuple[Note, ...]] = field(default=None, repr=False, compare=False, metadata={"serialise": False})

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready data (``SPEC.md``'s output record)."""
        return _plain(self)

    def to_json(self, **kwargs: Any) -> str:
        """The record as one line of JSON (non-ASCII kept as is unless ``ensure_ascii=True``)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    def to_html(self) -> str:
        """A self-contained HTML page showing the text's mentions and the events (``pressparse.render``)."""
        return render(self)

    def explain(self) -> str:
        """Each entity, post, date and event of the record with the rules that made it and the
        text they saw, for a terminal; the document must have been parsed with ``explain=True``."""
        return explain(self)

    def entity(self, ref: str) -> Union[Person, Organization, Location, Group, None]:
        """The person, organisation, location or group with this id, or None."""
        for group in (self.persons, self.organizations, self.locations, self.groups):
            for item in group:
                if item.id == ref:
                    return item
        return None

    def events_of(self, kind: type[Event]) -> tuple[Event, ...]:
        """The events of one type: ``doc.events_of(Meeting)``."""
        return tuple(e for e in self.events if isinstance(e, kind))

    def mentions(self) -> typing.Iterator[Mention]:
        """Every span the record points at, for checking offsets against ``text``."""
        for group in (self.persons, self.organizations, self.locations, self.groups):
            for item in group:
                yield from item.mentions
                for position in getattr(item, "positions", ()):
                    yield from position.mentions
        for position in self.positions:
            yield from position.mentions
        for date in self.dates:
            yield Mention(date.start, date.stop, date.text)
        for event in self.events:
            yield event.trigger


def _plain(value: Any) -> Any:
    names = _serialised(type(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


@functools.lru_cache(maxsize=None)
def _serialised(cls: type) -> Optional[tuple[str, ...]]:
    """The fields a record class writes, in order (read once per class); None for a value
    that is no record."""
    if not dataclasses.is_dataclass(cls):
        return None
    return tuple(f.name for f in dataclasses.fields(cls) if f.metadata.get("serialise", True))


# ---------------------------------------------------------------- records back into Documents


def document_from_dict(record: dict[str, Any], text: str = "") -> Document:
    """The ``Document`` whose ``to_dict()`` is ``record``; ``text`` is its original text."""
    return _converter(Document)({**record, "text": text})


def _identity(value: Any) -> Any:
    return value


@functools.lru_cache(maxsize=None)
def _converter(tp: Any) -> Callable[[Any], Any]:
    """A function turning the plain form of a value of type ``tp`` back into that value (built once per type)."""
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        fields = [(f.name, _converter(hints[f.name])) for f in dataclasses.fields(tp)]
        # A record type with a subclass per kind (Event: Meeting, Visit, ...) is rebuilt as the
        # subclass whose TYPE is the record's "type".
        kinds = {getattr(sub, "TYPE", None): sub for sub in _subclasses(tp)}
        kinds.pop(None, None)

        def build(value: dict) -> Any:
            cls = kinds.get(value.get("type"), tp) if kinds else tp
            return cls(**{name: convert(value[name]) for name, convert in fields if name in value})

        return build
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        inner = _converter(options[0]) if len(options) == 1 else _identity
        return _identity if inner is _identity else (lambda value: None if value is None else inner(value))
    if origin is tuple:
        inner = _converter(typing.get_args(tp)[0])
        return tuple if inner is _identity else (lambda value: tuple(map(inner, value)))
    return _identity


def _subclasses(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


# ---------------------------------------------------------------- JSON Schema


def derive_schema(enums: dict[str, list[str]]) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``Document.to_dict()``, derived from the record types;
    ``enums`` gives the values a string field may take, by "Type.field" ("Event.type")."""
    defs: dict[str, Any] = {}
    _schema_of(Document, defs)
    for where, values in enums.items():
        kind, name = where.split(".")
        defs[kind]["properties"][name] = {"enum": list(values)}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:pressparse:record:{SCHEMA_VERSION}",
        "title": "pressparse record",
        "version": SCHEMA_VERSION,
        **defs.pop("Document"),
        "$defs": defs,
    }


def _with_pattern(schema: dict[str, Any], pattern: Optional[str]) -> dict[str, Any]:
    """A field's schema with the ``pattern`` its strings match."""
    for option in schema.get("anyOf", [schema]) if pattern else ():
        if option.get("type") == "string":
            option["pattern"] = pattern
    return schema


def _schema_of(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}
            hints = typing.get_type_hints(tp)
            fields = [f for f in dataclasses.fields(tp) if f.metadata.get("serialise", True)]
            defs[name] = {
                "type": "object",
                "description": (tp.__doc__ or "").strip().split("\n")[0],
                "properties": {f.name: _with_pattern(_schema_of(hints[f.name], defs), f.metadata.get("pattern"))
                               for f in fields},
                "required": [f.name for f in fields],
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    if origin in (Union, types.UnionType):
        options = [_schema_of(a, defs) for a in typing.get_args(tp)]
        return {"anyOf": options}
    if origin is tuple:
        item, _ = typing.get_args(tp)
        return {"type": "array", "items": _schema_of(item, defs)}
    if origin is Literal:
        return {"enum": list(typing.get_args(tp))}
    if tp is type(None):
        return {"type": "null"}
    if tp is Any:
        return {}
    return {"type": {str: "string", int: "integer", bool: "boolean", float: "number"}[tp]}

