"""The document the stages read and annotate, as natasha's ``Doc`` or spaCy's ``Doc`` is.

A ``Doc`` starts as an ``Input`` (the text and what the caller knows of it); each stage of
``pressparse.stages.STAGES`` reads some of its fields and fills others, as the stage declares:
the masked text, the sentences with their tokens, the names the NER finds in each sentence
(``Span``, which carries its nominative name once normalised and its entity's id once the
entities are merged), the entities, posts, dates and events; the last stage freezes it all
into the public ``records.Document``. Stages that want to say why they did something add a
``Note`` to ``Doc.notes`` (``pressparse explain`` prints them), but only when the document is
being explained: otherwise ``note`` does nothing.
"""

from __future__ import annotations

import bisect
import datetime
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple, Optional

from .records import (
    DateMention,
    Document,
    Error,
    Event,
    Group,
    Location,
    Mention,
    Note,
    Organization,
    Person,
    Position,
    Source,
)


@dataclass(frozen=True)
class Input:
    """One release to parse: its text and what the caller knows about it.

    ``published`` overrides the date found in the text: an ISO date (``"2025-07-31"``, or an ISO
    date and time, whose date is taken), a ``datetime.date`` or ``datetime.datetime``; it is kept
    as ``"YYYY-MM-DD"``, and ``""`` or None means not given. Anything else raises ``ValueError``
    (``TypeError`` for a value of another type) when the Input is made. ``id`` is kept as a
    string (``123`` becomes ``"123"``); ``path`` is a string or a path-like object (kept as its
    string), else ``TypeError``. ``error`` marks an input that could not be read, which passes
    through as an error record.
    """

    text: str
    id: Optional[str] = None
    published: Optional[str] = None
    path: Optional[str] = None
    error: Optional[Error] = None

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"text must be a str, not {type(self.text).__name__}")
        if self.id is not None and not isinstance(self.id, str):
            object.__setattr__(self, "id", str(self.id))
        if self.path is not None and not isinstance(self.path, str):
            if not isinstance(self.path, (os.PathLike, bytes)):
                raise TypeError(f"path must be a str or a path, not {type(self.path).__name__} {self.path!r}")
            object.__setattr__(self, "path", os.fsdecode(self.path))
        if self.published is not None:
            object.__setattr__(self, "published", published_date(self.published))


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def published_date(value: Any) -> Optional[str]:
    """``value`` as the ``"YYYY-MM-DD"`` a record's ``published`` is: an ISO date string (or an
    ISO date and time), a ``date`` or a ``datetime``; None for None or a blank string (JSON Lines
    exported from a spreadsheet say "" for no date). Raises ``ValueError`` for a string that is no
    such date (``"02.05.2024"``, ``"2024-02-30"``), ``TypeError`` for another type."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise TypeError(f"published must be an ISO date (YYYY-MM-DD), a date or None, "
                        f"not {type(value).__name__} {value!r}")
    text = value.strip()
    if not text:
        return None
    try:
        if _ISO_DATE.fullmatch(text):
            return datetime.date.fromisoformat(text).isoformat()
        if _ISO_DATE.match(text) and text[10] in "T ":
            return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    raise ValueError(f"published must be an ISO date (YYYY-MM-DD), a date or None, not {value!r}")


class Token(NamedTuple):
    """A token: offsets into the original text and its text."""

    start: int
    stop: int
    text: str


class Span:
    """A name the NER found in a sentence: tokens ``[start, stop)`` of it and a type (PER, ORG, LOC).

    ``name_stop`` extends the words that name it, and its mention, past the tokens the network
    tagged when the name goes on through another name ("[Министерством связи] Республики
    Беларусь": the ministry is mentioned by all five words, the country within them). The normalise stage
    gives it ``name`` (nominative), for a person ``readings`` (``normalise.Reading``: its name in
    each gender, the likelier first, from which the entities stage picks one gender for all of a
    person's mentions) and, for a country, ``country``; the entities stage gives it ``entity``, the
    id of the person, organisation or place it mentions (None when it was
    dropped, as a name that is no person's).
    """

    __slots__ = ("start", "stop", "type", "name_stop", "mention", "name", "readings", "country", "entity")

    def __init__(self, start: int, stop: int, type: str, name_stop: Optional[int], mention: Mention):
        self.start, self.stop, self.type, self.name_stop, self.mention = start, stop, type, name_stop, mention
        self.name: Optional[str] = None
        self.readings: tuple = ()
        self.country: Optional[str] = None
        self.entity: Optional[str] = None

    def __repr__(self) -> str:
        return f"Span({self.start}, {self.stop}, {self.type!r}, {self.mention.text!r}, entity={self.entity!r})"


class Sentence:
    """A sentence: offsets into the original text, its tokens, their texts and the names in it.

    ``tags`` holds the NER network's own tags until its fix rules make them ``spans``;
    ``post_heads`` are the tokens the network takes to head a post; ``cases``, of a sentence with
    a person's name whose case is open, the case the morphology tagger reads the last word of such
    a name in, by the word's index (``tag_morph``).
    """

    __slots__ = ("start", "stop", "tokens", "words", "tags", "spans", "post_heads", "cases")

    def __init__(self, start: int, stop: int, tokens: list[Token]):
        self.start, self.stop, self.tokens = start, stop, tokens
        self.words = [t.text for t in tokens]
        self.tags: Optional[list] = None
        self.spans: list[Span] = []
        self.post_heads: frozenset[int] = frozenset()
        self.cases: Optional[dict[int, Optional[str]]] = None

    def mention(self, text: str, start: int, stop: int) -> Mention:
        """The mention of tokens ``[start, stop)`` in ``text``, the document's original text."""
        a, b = self.tokens[start].start, self.tokens[stop - 1].stop
        return Mention(a, b, text[a:b])

    def spaces(self, text: str, start: int, stop: int) -> list[str]:
        """The whitespace after each of tokens ``[start, stop)`` in ``text`` ("" after the last)."""
        tokens = self.tokens
        return [text[tokens[k].stop:tokens[k + 1].start] for k in range(start, stop - 1)] + [""]

    def __repr__(self) -> str:
        return f"Sentence({self.start}, {self.stop}, {' '.join(self.words)!r})"


class Doc:
    """One release on its way through the stages; see the module's docstring."""

    def __init__(self, item: Input, explain: bool = False):
        self.input = item
        self.text = item.text
        self.error: Optional[Error] = item.error
        self.notes: Optional[list[Note]] = [] if explain else None
        # read
        self.masked = ""
        self.title: Optional[str] = None
        self.url: Optional[str] = None
        # segment, ner
        self.sentences: list[Sentence] = []
        # entities
        self.persons: tuple[Person, ...] = ()
        self.organizations: tuple[Organization, ...] = ()
        self.locations: tuple[Location, ...] = ()
        self.home: Optional[str] = None
        # posts
        self.groups: tuple[Group, ...] = ()
        self.positions: tuple[Position, ...] = ()
        # dates
        self.published: Optional[str] = None
        self.published_from: Optional[str] = None
        self.dates: tuple[DateMention, ...] = ()
        # events
        self.events: tuple[Event, ...] = ()
        self._starts: Optional[list[int]] = None

    def note(self, stage: str, rule: str, start: int, stop: int, subject: str, detail: str = "") -> None:
        """Record why ``stage`` did something, when the document is being explained."""
        if self.notes is not None:
            self.notes.append(Note(stage, rule, start, stop, subject, detail))

    def sentence_at(self, offset: int) -> int:
        """The number of the sentence an offset lies in, or of the last sentence starting before it
        (-1 before the first)."""
        if self._starts is None:
            self._starts = [s.start for s in self.sentences]
        return bisect.bisect_right(self._starts, offset) - 1

    def spans(self) -> list[tuple[Sentence, Span]]:
        """Every name the NER found, with its sentence, in text order."""
        return [(sentence, span) for sentence in self.sentences for span in sentence.spans]

    def record(self) -> Document:
        """The public record of what the stages found."""
        item = self.input
        if self.error is not None:
            return Document(id=item.id, text=item.text, source=Source(path=item.path), error=self.error,
                            notes=None if self.notes is None else tuple(self.notes))
        return Document(
            id=item.id,
            text=item.text,
            source=Source(path=item.path, url=self.url),
            title=self.title,
            published=self.published,
            published_from=self.published_from,  # type: ignore[arg-type]
            persons=self.persons,
            organizations=self.organizations,
            locations=self.locations,
            groups=self.groups,
            positions=self.positions,
            dates=self.dates,
            events=self.events,
            notes=None if self.notes is None else tuple(self.notes),
        )


def failed(item: Input, error: Error) -> Document:
    """The record of an input that could not be read or parsed."""
    return Document(id=item.id, text=item.text, source=Source(path=item.path), error=error)


def as_input(item: Any, index: Any) -> Input:
    """An item of a stream as an ``Input``: a text (its id is ``index``), an ``(id, text)`` pair,
    a mapping with ``text`` and optional ``id``, ``published`` and ``path``, or an ``Input``.
    Anything else gives an ``Input`` carrying an ``InputError``."""
    if isinstance(item, Input):
        return item
    if isinstance(item, str):
        return Input(text=item, id=str(index))
    if isinstance(item, Mapping):
        ident = _str_or_none(item.get("id")) or str(index)
        if not isinstance(item.get("text"), str):
            return Input(text="", id=ident, error=Error("InputError", "the item has no string field 'text'"))
        try:
            return Input(text=item["text"], id=ident, published=item.get("published"), path=item.get("path"))
        except (TypeError, ValueError) as exc:
            path = item.get("path")
            return Input(text="", id=ident, path=path if isinstance(path, (str, os.PathLike)) else None,
                         error=Error("InputError", str(exc)))
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], str):
        return Input(text=item[1], id=_str_or_none(item[0]))
    return Input(text="", id=str(index),
                 error=Error("InputError", f"expected a text, an (id, text) pair or a mapping, got {type(item).__name__}"))


def _str_or_none(value: object) -> Optional[str]:
    return None if value is None else str(value)
