"""Why the record says what it says: each entity, post, date and event with the rules behind it.

``explain(document)`` lays out, for a terminal, what a document parsed with ``explain=True``
holds, and under each emitted mention the notes the stages left about that stretch of text
(which NER fix rule made or cut it, how it was named, what it was merged with, which rule
gave a post to its holder, how a date was read) and under each event the notes about it
(its trigger, where its date and parties came from, what was merged into it). Notes about
text that ended up in no record (a name a rule dropped) are listed last.
``pressparse explain FILE`` prints this for each release of FILE.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Optional

if TYPE_CHECKING:  # records imports this module for Document.explain
    from .records import Document, Mention, Note


def explain(document: "Document") -> str:
    """The document's entities, posts, dates and events with the notes behind them, as text."""
    if document.error is not None:
        return f"{_heading(document)}\n  error: {document.error.type}: {document.error.message}\n"
    if document.notes is None:
        raise ValueError("this document keeps no notes: parse it with explain=True "
                         "(pressparse.parse(text, explain=True), Pipeline.parse(..., explain=True))")
    at: dict[tuple[int, int], list["Note"]] = {}
    about: dict[str, list["Note"]] = {}
    fixed_from: dict[int, list["Note"]] = {}  # the NER fix rules' notes by where they start
    for note in document.notes:
        at.setdefault((note.start, note.stop), []).append(note)
        about.setdefault(note.subject, []).append(note)
        if note.stage == "ner_rules":
            fixed_from.setdefault(note.start, []).append(note)
    shown: set[int] = set()
    lines = [_heading(document)]
    if document.published:
        lines.append(f"  published {document.published} (from the {document.published_from})")

    def mention(m: "Mention", label: str = "", depth: int = 2) -> None:
        lines.append(" " * depth + f"«{m.text}» {m.start}–{m.stop}{label}")
        _notes(lines, at.get((m.start, m.stop), ()), shown, depth + 2)
        # a name that goes on past the words a fix rule made ("[министерства юстиции] США") was
        # made by that rule too
        _notes(lines, [n for n in fixed_from.get(m.start, ()) if n.stop < m.stop], shown, depth + 2)

    for title, entities in (("Persons", document.persons), ("Organizations", document.organizations),
                            ("Locations", document.locations), ("Groups", document.groups)):
        if not entities:
            continue
        lines.append(f"\n{title}")
        for entity in entities:
            lines.append(f"  {entity.id} {entity.name}{_qualifiers(entity)}")
            for m in entity.mentions:
                mention(m, depth=4)
            for position in getattr(entity, "positions", ()):
                lines.append(f"    post: {_post(document, position)}")
                for m in position.mentions:
                    mention(m, depth=6)
    if document.positions:
        lines.append("\nPosts with no holder")
        for position in document.positions:
            lines.append(f"  {_post(document, position)}")
            for m in position.mentions:
                mention(m, depth=4)
    if document.dates:
        lines.append("\nDates")
        for date in document.dates:
            lines.append(f"  «{date.text}» {date.start}–{date.stop} → {date.value} ({date.precision})")
            _notes(lines, at.get((date.start, date.stop), ()), shown, 4)
    if document.events:
        lines.append("\nEvents")
        for event in document.events:
            parts = [event.type, event.status, event.date or "no date"]
            if event.place:
                parts.append(f"at {_name(document, event.place)}")
            lines.append(f"  {event.id} " + ", ".join(parts))
            trigger = event.trigger
            lines.append(f"    «{trigger.text}» {trigger.start}–{trigger.stop} (trigger)")
            for participant in event.participants:
                lines.append(f"    {participant.role}: {_name(document, participant.ref)}")
            for field in ("document", "name", "position", "topic"):
                if getattr(event, field):
                    lines.append(f"    {field}: {getattr(event, field)}")
            _notes(lines, about.get(event.id, ()), shown, 4)
    rest = [note for note in document.notes if id(note) not in shown]
    if rest:
        lines.append("\nNot in the record")
        _notes(lines, rest, shown, 2, with_text=True)
    return "\n".join(lines) + "\n"


def _heading(document: "Document") -> str:
    return (f"{document.id or '(no id)'}: {document.title or '(no title)'}\n"
            "  (names come from the NER model unless a rule's note says it made them)")


def _notes(lines: list[str], notes: Iterable["Note"], shown: set[int], depth: int, with_text: bool = False) -> None:
    for note in notes:
        shown.add(id(note))
        where = f"«{note.subject}» {note.start}–{note.stop}: " if with_text else ""
        detail = f": {note.detail}" if note.detail else ""
        lines.append(" " * depth + f"{where}{note.stage} · {note.rule}{detail}")


def _qualifiers(entity) -> str:
    parts = [getattr(entity, "kind", None), getattr(entity, "country", None), getattr(entity, "full_name", None)]
    parts = [p for p in parts if p]
    return f" ({', '.join(parts)})" if parts else ""


def _post(document: "Document", position) -> str:
    parts = [position.title if position.title is not None else "(no post named: a tie by a verb)"]
    if position.former:
        parts.append("(former)")
    if position.org:
        parts.append(f"of {_name(document, position.org)}")
    if position.country:
        parts.append(f"({position.country})")
    return " ".join(parts)


def _name(document: "Document", ref: str) -> str:
    entity: Optional[object] = document.entity(ref)
    return f"{ref} {entity.name}" if entity is not None else ref
