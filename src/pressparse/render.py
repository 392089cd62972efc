"""An HTML view of parsed releases: the text with its mentions highlighted, the events beside it.

``render(documents)`` gives one self-contained page (inline CSS and script, no network,
no external fonts): each release's text with every mention of a person, post, organisation,
group, place or date highlighted by kind, the entity's normalised name on hover, and its
events as cards that light up their trigger and evidence in the text when hovered. Several
documents give one page with a list of the releases at the top. Everything printed is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Optional, Union

if TYPE_CHECKING:  # records imports this module for Document.to_html
    from .records import Document, Event

KINDS = ("person", "position", "organization", "group", "location", "date")

_KIND_LABELS = {
    "person": "person", "position": "post", "organization": "organisation",
    "group": "group", "location": "place", "date": "date",
}


@dataclass(frozen=True)
class _Mark:
    """One highlighted span of the text: a mention of ``kind``, with its hover text."""

    start: int
    stop: int
    kind: str
    ref: str
    label: str


def render(documents: Union[Document, Iterable[Document]], title: str = "pressparse") -> str:
    """One self-contained HTML page showing ``documents`` (one, or several with a list of them)."""
    docs = list(documents) if isinstance(documents, Iterable) else [documents]
    sections = [_section(doc, n) for n, doc in enumerate(docs, 1)]
    contents = _contents(docs) if len(docs) > 1 else ""
    body = f"<header><h1>{escape(title)}</h1>{legend()}</header>\n{contents}{''.join(sections)}"
    return page(title, body, script=_SCRIPT)


def page(title: str, body: str, css: str = "", script: str = "") -> str:
    """A self-contained HTML page: ``body`` (HTML, escaped by its maker) with this module's style
    (the mention colours ``k-person``, ``k-organization``...) and ``css`` inline, ``script`` at its end."""
    return (
        "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{escape(title)}</title>\n<style>{_CSS}{css}</style>\n</head>\n<body>\n"
        f"{body}<script>{script}</script>\n</body>\n</html>\n"
    )


def section_anchor(n: int) -> str:
    """The id of the ``n``-th release's section (from 1) on a page ``render`` makes."""
    return f"doc-{n}"


def event_anchor(n: int, event: str) -> str:
    """The id of the card of event ``event`` (its id, ``"e2"``) in the ``n``-th release's section."""
    return f"{section_anchor(n)}-{event}"


def _contents(docs: list[Document]) -> str:
    items = "".join(
        f"<li><a href=\"#{section_anchor(n)}\">{escape(heading(doc))}</a>"
        f"<span class=\"toc-meta\">{escape(_summary(doc))}</span></li>"
        for n, doc in enumerate(docs, 1)
    )
    return f"<nav class=\"toc\"><h2>Releases</h2><ol>{items}</ol></nav>\n"


def heading(doc: Document) -> str:
    """What a release is called: its title, else its id."""
    return doc.title or doc.id or "(untitled release)"


def _summary(doc: Document) -> str:
    if doc.error is not None:
        return f" — error: {doc.error.type}"
    return (f" — {len(doc.persons)} persons, {len(doc.organizations)} organisations, "
            f"{len(doc.locations)} places, {len(doc.events)} events")


def legend() -> str:
    """The key to the mention colours, as HTML."""
    keys = "".join(f"<span class=\"m k-{k}\">{_KIND_LABELS[k]}</span> " for k in KINDS)
    return (f"<p class=\"legend\">{keys}<span class=\"trigger\">event trigger</span> "
            "· hover a mention for its entity, an event card for its trigger and evidence</p>")


def _section(doc: Document, n: int) -> str:
    meta = [f"id {escape(doc.id or '—')}"]
    if doc.published:
        meta.append(f"published {escape(doc.published)}" + (f" ({escape(doc.published_from)})" if doc.published_from else ""))
    if doc.source.path:
        meta.append(f"file {escape(doc.source.path)}")
    if doc.source.url:
        url = escape(doc.source.url)
        meta.append(f"<a href=\"{url}\">{url}</a>" if doc.source.url.startswith(("http://", "https://")) else url)
    error = ""
    if doc.error is not None:
        error = f"<p class=\"error\">{escape(doc.error.type)}: {escape(doc.error.message)}</p>"
    cards = "".join(_card(doc, event, event_anchor(n, event.id)) for event in doc.events) or "<p class=\"none\">No events found.</p>"
    if not doc.text and doc.error is None:
        # A record read back from JSON Lines carries no text: its offsets have nothing to point into.
        error += "<p class=\"none\">The record holds no text (it is not serialised); its events are shown.</p>"
    return (
        f"<section class=\"doc\" id=\"{escape(section_anchor(n))}\" data-doc=\"{escape(doc.id or '')}\">\n"
        f"<h2>{escape(heading(doc))}</h2>\n<p class=\"meta\">{' · '.join(meta)}</p>{error}\n"
        f"<div class=\"columns\"><div class=\"text\">{_text(doc)}</div>"
        f"<aside class=\"events\"><h3>Events</h3>{cards}</aside></div>\n</section>\n"
    )


# ---------------------------------------------------------------- the text


def _marks(doc: Document) -> list[_Mark]:
    """Every mention of the document as a mark, duplicates dropped."""
    marks: dict[tuple[int, int, str, str], str] = {}

    def add(start: int, stop: int, kind: str, ref: str, label: str) -> None:
        if 0 <= start < stop <= len(doc.text):
            marks.setdefault((start, stop, kind, ref), label)

    for person in doc.persons:
        label = f"person {person.id}: {person.name}" + _country(person.country)
        for m in person.mentions:
            add(m.start, m.stop, "person", person.id, label)
        for position in person.positions:
            label = f"post of {person.name}: {_post(doc, position)}"
            for m in position.mentions:
                add(m.start, m.stop, "position", person.id, label)
    for position in doc.positions:
        label = f"post: {_post(doc, position)}"
        for m in position.mentions:
            add(m.start, m.stop, "position", "", label)
    for org in doc.organizations:
        full = f" ({org.full_name})" if org.full_name else ""
        for m in org.mentions:
            add(m.start, m.stop, "organization", org.id, f"organisation {org.id}: {org.name}{full}" + _country(org.country))
    for group in doc.groups:
        for m in group.mentions:
            add(m.start, m.stop, "group", group.id, f"group {group.id}: {group.name}" + _country(group.country))
    for loc in doc.locations:
        for m in loc.mentions:
            add(m.start, m.stop, "location", loc.id, f"{loc.kind or 'place'} {loc.id}: {loc.name}")
    for date in doc.dates:
        value = date.value or "unresolved"
        precision = f" ({date.precision})" if date.precision else ""
        add(date.start, date.stop, "date", "", f"date: {value}{precision}")
    return [_Mark(start, stop, kind, ref, label) for (start, stop, kind, ref), label in marks.items()]


def _country(country: Optional[str]) -> str:
    return f", {country}" if country else ""


def _post(doc: Document, position) -> str:
    org = doc.entity(position.org) if position.org else None
    title = position.title if position.title is not None else "no post named"
    return (title + (" (former)" if position.former else "") + (f", {org.name}" if org is not None else "")
            + _country(position.country))


def _text(doc: Document) -> str:
    """The text cut at every mention, trigger and evidence boundary, each piece wrapped in
    the spans of the mentions covering it (outermost first), so overlapping ones all show."""
    text = doc.text
    marks = _marks(doc)
    # (start, stop, attribute, event id): triggers and evidence mark pieces for the script.
    spans = [(e.trigger.start, e.trigger.stop, "data-trigger", e.id) for e in doc.events]
    spans += [(e.evidence.start, e.evidence.stop, "data-evidence", e.id) for e in doc.events]
    spans = [s for s in spans if 0 <= s[0] < s[1] <= len(text)]
    opening: dict[int, list] = {}
    for item in [*marks, *spans]:
        start = item.start if isinstance(item, _Mark) else item[0]
        opening.setdefault(start, []).append(item)
    lead = len(text) - len(text.lstrip())
    bounds = sorted({0, lead, len(text), *(m.start for m in marks), *(m.stop for m in marks),
                     *(s[0] for s in spans), *(s[1] for s in spans)})
    active: list = []
    out = []
    for start, stop in zip(bounds, bounds[1:]):
        active = [a for a in active if _stop(a) > start] + opening.get(start, [])
        if not active and not text[start:stop].strip() and start < lead:
            continue  # the blank lines many releases open with would push the text down
        piece = escape(text[start:stop])
        covering = sorted((a for a in active if isinstance(a, _Mark)), key=lambda m: (m.start, -m.stop, KINDS.index(m.kind)))
        if covering:
            hover = escape("\n".join(m.label for m in covering))
            piece = f"<span class=\"inner\" title=\"{hover}\">{piece}</span>"
            for depth, mark in enumerate(reversed(covering)):
                piece = (f"<span class=\"m k-{mark.kind} d{min(depth, 4)}\" data-kind=\"{mark.kind}\""
                         f" data-entity=\"{escape(mark.ref)}\">{piece}</span>")
        events = {}
        for a in active:
            if not isinstance(a, _Mark):
                events.setdefault(a[2], []).append(a[3])
        if events:
            attributes = "".join(f" {name}=\"{escape(' '.join(ids))}\"" for name, ids in sorted(events.items()))
            trigger = " trigger" if "data-trigger" in events else ""
            piece = f"<span class=\"seg{trigger}\"{attributes}>{piece}</span>"
        out.append(piece)
    return "".join(out)


def _stop(item) -> int:
    return item.stop if isinstance(item, _Mark) else item[1]


# ---------------------------------------------------------------- the events


def _card(doc: Document, event: Event, anchor: str) -> str:
    rows = [("status", escape(event.status))]
    if event.date:
        rows.append(("date", escape(event.date)))
    if event.place:
        rows.append(("place", _ref(doc, event.place)))
    for name in ("name", "document", "position", "topic"):
        value = getattr(event, name)
        if value:
            rows.append((name, escape(value)))
    if event.participants:
        people = "".join(f"<li><span class=\"role\">{escape(p.role)}</span> {_ref(doc, p.ref, posts=True)}</li>"
                         for p in event.participants)
        rows.append(("participants", f"<ul>{people}</ul>"))
    rows.append(("trigger", f"«{escape(event.trigger.text)}»"))
    table = "".join(f"<tr><th>{name}</th><td>{value}</td></tr>" for name, value in rows)
    # The id lets other pages (the corpus page) link to the card (event_anchor).
    return (f"<div class=\"card\" id=\"{escape(anchor)}\" data-event=\"{escape(event.id)}\" tabindex=\"0\">"
            f"<h4><span class=\"etype\">{escape(event.type)}</span> <span class=\"eid\">{escape(event.id)}</span></h4>"
            f"<table>{table}</table></div>")


def _ref(doc: Document, ref: str, posts: bool = False) -> str:
    entity = doc.entity(ref)
    if entity is None:
        return escape(ref)
    text = f"<span class=\"m k-{entity.KIND}\">{escape(entity.name)}</span>"
    if posts and entity.KIND == "person" and entity.positions:
        text += " — " + escape("; ".join(_post(doc, p) for p in entity.positions))
    return text


_CSS = """
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 2em 2em; color: #222; }
h1 { font-size: 1.3em; margin: .8em 0 .2em; }
.legend { margin: 0 0 1em; line-height: 2.2; }
.toc { border: 1px solid #ddd; border-radius: 6px; padding: .3em 1em; margin-bottom: 1em; background: #fafafa; }
.toc h2 { font-size: 1.05em; margin: .5em 0; }
.toc-meta, .meta, .none { color: #666; font-size: .9em; }
.doc { border-top: 2px solid #ccc; padding-top: .5em; margin-top: 1em; }
.doc h2 { font-size: 1.15em; margin: .3em 0; }
.error { color: #a00; font-weight: bold; }
.columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18em, 2fr); gap: 1.5em; align-items: start; }
.text { white-space: pre-wrap; line-height: 2.1; font-size: 1.02em; }
.m { border-radius: 3px; border-bottom: 2px solid var(--c); background: var(--b); }
.text .m { padding: 1px 0 2px; }
.text .m.d1 { padding-bottom: 5px; }
.text .m.d2 { padding-bottom: 8px; }
.text .m.d3 { padding-bottom: 11px; }
.text .m.d4 { padding-bottom: 14px; }
.legend .m, .card .m { padding: 0 .25em; }
.k-person { --c: #1f6fd1; --b: rgba(31, 111, 209, .16); }
.k-position { --c: #8a4fc7; --b: rgba(138, 79, 199, .12); }
.k-organization { --c: #d97a00; --b: rgba(217, 122, 0, .16); }
.k-group { --c: #b8497a; --b: rgba(184, 73, 122, .14); }
.k-location { --c: #1c9a4a; --b: rgba(28, 154, 74, .16); }
.k-date { --c: #c0392b; --b: rgba(192, 57, 43, .12); }
.trigger { font-weight: 600; text-decoration: underline dotted #444; }
.seg.lit-evidence { background: #fff3b0; }
.seg.lit-trigger { background: #ffd54a; outline: 2px solid #e0a800; }
.events h3 { font-size: 1em; margin: 0 0 .5em; }
.card { border: 1px solid #ccc; border-radius: 6px; padding: .4em .7em; margin-bottom: .7em; background: #fff; font-size: .92em; }
.card:hover, .card:focus, .card.lit, .card:target { border-color: #e0a800; box-shadow: 0 0 0 2px #ffe58a; outline: none; }
.card h4 { margin: 0 0 .3em; font-size: 1em; }
.etype { text-transform: uppercase; letter-spacing: .04em; }
.eid, .role { color: #777; font-size: .9em; }
.card table { border-collapse: collapse; }
.card th { text-align: left; vertical-align: top; color: #555; font-weight: normal; padding: 1px .8em 1px 0; }
.card td { padding: 1px 0; }
.card ul { margin: 0; padding-left: 1.1em; }
"""

# Hovering (or focusing) a card lights up its trigger and evidence in its own release's text,
# and hovering a trigger lights up its cards; body[data-ready] tells tests the script ran.
_SCRIPT = """
(function () {
  function light(section, id, on) {
    section.querySelectorAll('[data-evidence]').forEach(function (el) {
      if (el.getAttribute('data-evidence').split(' ').indexOf(id) >= 0) el.classList.toggle('lit-evidence', on);
    });
    section.querySelectorAll('[data-trigger]').forEach(function (el) {
      if (el.getAttribute('data-trigger').split(' ').indexOf(id) >= 0) el.classList.toggle('lit-trigger', on);
    });
    section.querySelectorAll('.card').forEach(function (card) {
      if (card.getAttribute('data-event') === id) card.classList.toggle('lit', on);
    });
  }
  document.querySelectorAll('section.doc').forEach(function (section) {
    section.querySelectorAll('.card').forEach(function (card) {
      var id = card.getAttribute('data-event');
      ['mouseenter', 'focus'].forEach(function (type) { card.addEventListener(type, function () { light(section, id, true); }); });
      ['mouseleave', 'blur'].forEach(function (type) { card.addEventListener(type, function () { light(section, id, false); }); });
    });
    section.querySelectorAll('[data-trigger]').forEach(function (el) {
      var ids = el.getAttribute('data-trigger').split(' ');
      el.addEventListener('mouseenter', function () { ids.forEach(function (id) { light(section, id, true); }); });
      el.addEventListener('mouseleave', function () { ids.forEach(function (id) { light(section, id, false); }); });
    });
  });
  document.body.setAttribute('data-marks', String(document.querySelectorAll('.text .m').length));
  document.body.setAttribute('data-ready', '1');
})();
"""
