"""The corpus page: many releases, their persons and bodies linked, on one page (``pressparse show --corpus``).

``corpus_page(documents, entities, release_url)`` gives one self-contained HTML page (inline CSS
and script, no network) of a corpus:

- an index of its people, bodies and places (the corpus entities of ``pressparse.link``): each with the
  other names it was given, its countries, the releases naming it and the events it took part
  in, and a person's posts over time (each post with the first and last dates it was seen and
  the releases saying so);
- a timeline of every release's events by date (an event without a date of its own stands at
  its release's, marked so);
- who met whom: each pair of persons who took part in one meeting, visit or signing, with those
  events;
- the releases, with their dates and what was found in each.

Every release and event links to the release's own page (``render.render``): its section, or
its event's card there. ``write`` writes the corpus page and, in a folder beside it, one such
page per release. Everything printed is escaped: names come from untrusted text.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from html import escape
from typing import Any, Callable, Iterable, Optional, Sequence
from urllib.parse import quote

from .files import DEFAULT_MAX_BYTES, iter_inputs
from .linking import link, person_name
from .records import Document, Event
from .render import event_anchor, heading, page, render, section_anchor

# The events that bring two persons face to face, for who met whom.
MEETING_TYPES = ("meeting", "visit", "signing")

Progress = Callable[..., Iterable]


def _no_progress(items: Iterable, **_: Any) -> Iterable:
    return items


@dataclass(frozen=True)
class _Dated:
    """An event of the timeline: the release it is of (its index) and the date it stands at."""

    n: int
    event: Event
    date: Optional[str]
    own_date: bool  # False: the release's date stands in for the event's


def corpus_page(documents: Sequence[Document], entities: Optional[list[dict]] = None,
                release_url: Optional[Callable[[int], str]] = None, title: str = "pressparse: corpus") -> str:
    """One self-contained HTML page of ``documents`` (unique ids) linked as ``entities`` (what
    ``pressparse.link(documents)`` gives; linked here when None). ``release_url(i)`` is the URL of
    the page ``render.render`` made of ``documents[i]`` alone, which links point into; by default
    ``releases/<release_file(id)>``."""
    docs = list(documents)
    taken = [ident for ident, count in Counter(doc.id for doc in docs).items() if count > 1]
    if taken:
        raise ValueError(f"record ids must be unique on a corpus page: {', '.join(sorted(map(str, taken)))}")
    if entities is None:
        entities = link(docs)
    if release_url is None:
        def release_url(i: int) -> str:
            return f"releases/{quote(release_file(docs[i].id or ''))}"
    view = _View(docs, entities, release_url)
    persons = [e for e in entities if e["kind"] == "person"]
    bodies = [e for e in entities if e["kind"] == "organization"]
    places = [e for e in entities if e["kind"] == "location"]
    pairs = view.pairs()
    counts = (f"{len(docs)} releases · {len(persons)} persons · {len(bodies)} bodies · "
              f"{len(view.timeline)} events · {len(pairs)} pairs who met")
    body = (
        f"<header><h1>{escape(title)}</h1><p class=\"meta\">{escape(counts)}</p>"
        "<nav class=\"toc\"><a href=\"#people\">People</a> · <a href=\"#bodies\">Bodies</a> · "
        "<a href=\"#places\">Places</a> · <a href=\"#timeline\">Timeline</a> · <a href=\"#met\">Who met whom</a> · <a href=\"#releases\">Releases</a>"
        "<label class=\"filter\">filter <input type=\"search\" id=\"filter\" placeholder=\"a name\"></label></nav>"
        "</header>\n"
        f"<section id=\"people\"><h2>People</h2>{''.join(view.entry(e) for e in _by_name(persons))}</section>\n"
        f"<section id=\"bodies\"><h2>Bodies</h2>{''.join(view.entry(e) for e in _by_name(bodies))}</section>\n"
        f"<section id=\"places\"><h2>Places</h2>{''.join(view.entry(e) for e in _by_name(places))}</section>\n"
        f"<section id=\"timeline\"><h2>Timeline</h2>{view.timeline_html()}</section>\n"
        f"<section id=\"met\"><h2>Who met whom</h2>{view.pairs_html(pairs)}</section>\n"
        f"<section id=\"releases\"><h2>Releases</h2>{view.releases()}</section>\n"
    )
    return page(title, body, css=_CSS, script=_SCRIPT)


def _by_name(entities: list[dict]) -> list[dict]:
    """An index's order: persons by surname, then name; bodies and places by name."""
    def key(entity: dict) -> tuple:
        name = entity["name"]
        surname = person_name(name).surname if entity["kind"] == "person" else ""
        return (surname, name.lower(), entity["id"])
    return sorted(entities, key=key)


class _View:
    """The corpus as the page shows it: each record entity's corpus entity, each release's URL."""

    def __init__(self, docs: list[Document], entities: list[dict], release_url: Callable[[int], str]):
        self.docs = docs
        self.index = {doc.id: n for n, doc in enumerate(docs)}
        self.url = release_url
        self.corpus: dict[tuple[str, str], dict] = {
            (member["doc"], member["ref"]): entity for entity in entities for member in entity["documents"]}
        # Every event of every release, by date (undated ones last), then release and order.
        self.timeline = sorted(
            (_Dated(n, event, event.date or doc.published, bool(event.date))
             for n, doc in enumerate(docs) for event in doc.events),
            key=lambda d: (d.date is None, d.date or "", docs[d.n].published or "", d.n))
        self.events: dict[str, list[_Dated]] = defaultdict(list)  # corpus id -> its events
        for dated in self.timeline:
            doc = docs[dated.n]
            for ref in dict.fromkeys(p.ref for p in dated.event.participants):
                entity = self.corpus.get((doc.id, ref))
                if entity is not None:
                    self.events[entity["id"]].append(dated)

    # ------------------------------------------------------------ links

    def release_link(self, ident: str) -> str:
        """A link to a release's page: its date and title."""
        n = self.index.get(ident)
        if n is None:  # an entity's record that is not on the page
            return escape(ident)
        doc = self.docs[n]
        date = f"{escape(doc.published)} " if doc.published else ""
        href = escape(f"{self.url(n)}#{section_anchor(1)}")
        return f"{date}<a href=\"{href}\" title=\"{escape(doc.id or '')}\">{escape(heading(doc))}</a>"

    def event_link(self, dated: _Dated) -> str:
        href = escape(f"{self.url(dated.n)}#{event_anchor(1, dated.event.id)}")
        return f"<a class=\"elink\" href=\"{href}\">{escape(dated.event.type)} {escape(dated.event.id)}</a>"

    def entity_link(self, entity: dict) -> str:
        return (f"<a class=\"m k-{escape(entity['kind'])}\" href=\"#{escape(_anchor(entity['id']))}\">"
                f"{escape(entity['name'])}</a>")

    def party(self, doc: Document, ref: str) -> str:
        """A participant or place of an event: its corpus entity's link, else its name in the record."""
        entity = self.corpus.get((doc.id, ref))
        if entity is not None:
            return self.entity_link(entity)
        found = doc.entity(ref)
        if found is None:
            return escape(ref)
        return f"<span class=\"m k-{escape(found.KIND)}\">{escape(found.name)}</span>"

    # ------------------------------------------------------------ the index

    def entry(self, entity: dict) -> str:
        """An entity of the index: names, countries, posts over time, releases, events."""
        kind = entity["kind"]
        names = [entity["name"], *entity.get("aliases", ())]
        countries = ", ".join(entity.get("countries") or ())
        releases = sorted({m["doc"] for m in entity["documents"]}, key=self._release_order)
        meta = " · ".join(filter(None, [countries, f"{len(releases)} release{'' if len(releases) == 1 else 's'}"]))
        parts = [f"<h3><span class=\"m k-{escape(kind)}\">{escape(entity['name'])}</span> "
                 f"<span class=\"meta\">{escape(meta)}</span></h3>"]
        if len(names) > 1:
            parts.append(f"<p class=\"aliases\">also {escape('; '.join(names[1:]))}</p>")
        posts = entity.get("posts") or ()
        if posts:
            rows = "".join(self._post(post) for post in posts)
            parts.append(f"<table class=\"posts\"><tr><th>seen</th><th>post</th><th>in</th></tr>{rows}</table>")
        items = "".join(f"<li>{self.release_link(ident)}</li>" for ident in releases)
        parts.append(f"<details><summary>releases ({len(releases)})</summary><ul>{items}</ul></details>")
        events = self.events.get(entity["id"], [])
        if events:
            items = "".join(f"<li>{self._date(d)} {self.event_link(d)} — {self.release_link(self.docs[d.n].id)}</li>"
                            for d in events)
            parts.append(f"<details><summary>events ({len(events)})</summary><ul>{items}</ul></details>")
        return (f"<div class=\"entry\" id=\"{escape(_anchor(entity['id']))}\" "
                f"data-names=\"{escape(' '.join(names).lower())}\">{''.join(parts)}</div>")

    def _post(self, post: dict) -> str:
        first, last = post.get("first"), post.get("last")
        seen = escape(first or "undated") + (f" – {escape(last)}" if last and last != first else "")
        what = escape(", ".join(filter(None, [post.get("title"), post.get("org"), post.get("country")])))
        where = ", ".join(self._short_link(ident) for ident in sorted(post.get("documents", ()), key=self._release_order))
        return f"<tr><td class=\"seen\">{seen}</td><td>{what}</td><td>{where}</td></tr>"

    def _short_link(self, ident: str) -> str:
        """A release as its date (else its id) linking to its page, its title on hover."""
        n = self.index.get(ident)
        if n is None:
            return escape(ident)
        doc = self.docs[n]
        href = escape(f"{self.url(n)}#{section_anchor(1)}")
        return f"<a href=\"{href}\" title=\"{escape(heading(doc))}\">{escape(doc.published or doc.id or '?')}</a>"

    def _release_order(self, ident: str) -> tuple:
        n = self.index.get(ident)
        published = self.docs[n].published if n is not None else None
        return (published or "9999", ident)

    # ------------------------------------------------------------ the timeline

    def _date(self, dated: _Dated) -> str:
        if dated.date is None:
            return "<span class=\"date undated\">undated</span>"
        if dated.own_date:
            return f"<span class=\"date\">{escape(dated.date)}</span>"
        return (f"<span class=\"date release-date\" title=\"the event has no date of its own: its release's\">"
                f"{escape(dated.date)}*</span>")

    def timeline_html(self) -> str:
        timeline = self.timeline
        if not timeline:
            return "<p class=\"none\">No events found.</p>"
        months: dict[str, list[str]] = {}
        for dated in timeline:
            doc = self.docs[dated.n]
            event = dated.event
            parties = ", ".join(f"{self.party(doc, p.ref)} <span class=\"role\">{escape(p.role)}</span>"
                                for p in event.participants)
            details = [f"<span class=\"status\">{escape(event.status)}</span>"] if event.status != "occurred" else []
            if event.place:
                details.append(f"in {self.party(doc, event.place)}")
            for name in ("document", "name", "position", "topic"):
                value = getattr(event, name)
                if value:
                    details.append(f"<span class=\"field\">{name}</span> {escape(value)}")
            parties = parties or "<span class=\"none\">no participants</span>"
            item = (f"<li class=\"event\" data-names=\"{escape(self._names(doc, event))}\">{self._date(dated)} "
                    f"{self.event_link(dated)}: {parties}"
                    f"{' · ' + ' · '.join(details) if details else ''}"
                    f"<div class=\"from\">{self.release_link(doc.id)}</div></li>")
            months.setdefault(dated.date[:7] if dated.date else "undated", []).append(item)
        note = ("<p class=\"meta\">A date with * is its release's: the event has none of its own.</p>"
                if any(not d.own_date and d.date for d in timeline) else "")
        return note + "".join(f"<h3>{escape(month)}</h3><ul class=\"timeline\">{''.join(items)}</ul>"
                              for month, items in months.items())

    def _names(self, doc: Document, event: Event) -> str:
        """The names of an event's parties, for the filter."""
        names = []
        for p in event.participants:
            entity = self.corpus.get((doc.id, p.ref))
            found = doc.entity(p.ref)
            names += [entity["name"]] if entity else []
            names += [found.name] if found is not None else []
        return " ".join(names).lower()

    # ------------------------------------------------------------ who met whom

    def pairs(self) -> list[tuple[dict, dict, list[_Dated]]]:
        """Each pair of corpus persons who took part in one event of ``MEETING_TYPES``, with those
        events; most events first, then by names."""
        met: dict[tuple[str, str], list[_Dated]] = defaultdict(list)
        entities: dict[str, dict] = {}
        for dated in self.timeline:
            if dated.event.type not in MEETING_TYPES:
                continue
            doc = self.docs[dated.n]
            persons = {}
            for p in dated.event.participants:
                entity = self.corpus.get((doc.id, p.ref))
                if entity is not None and entity["kind"] == "person":
                    persons[entity["id"]] = entities[entity["id"]] = entity
            ordered = sorted(persons)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1:]:
                    met[(a, b)].append(dated)
        pairs = [(entities[a], entities[b], events) for (a, b), events in met.items()]
        return sorted(pairs, key=lambda p: (-len(p[2]), p[0]["name"], p[1]["name"]))

    def pairs_html(self, pairs: list[tuple[dict, dict, list[_Dated]]]) -> str:
        if not pairs:
            return "<p class=\"none\">No two persons met in a meeting, visit or signing.</p>"
        out = []
        for n, (a, b, events) in enumerate(pairs, 1):
            items = "".join(f"<li>{self._date(d)} {self.event_link(d)} — {self.release_link(self.docs[d.n].id)}</li>"
                            for d in events)
            names = " ".join([a["name"], *a.get("aliases", ()), b["name"], *b.get("aliases", ())]).lower()
            out.append(f"<div class=\"pair\" id=\"met-{n}\" data-names=\"{escape(names)}\"><h3>"
                       f"{self.entity_link(a)} — {self.entity_link(b)} "
                       f"<span class=\"meta\">{len(events)} event{'' if len(events) == 1 else 's'}</span></h3>"
                       f"<ul>{items}</ul></div>")
        return "".join(out)

    # ------------------------------------------------------------ the releases

    def releases(self) -> str:
        if not self.docs:
            return "<p class=\"none\">No releases.</p>"
        order = sorted(range(len(self.docs)), key=lambda n: self._release_order(self.docs[n].id))
        items = []
        for n in order:
            doc = self.docs[n]
            if doc.error is not None:
                what = f"<span class=\"error\">{escape(doc.error.type)}: {escape(doc.error.message)}</span>"
            else:
                what = escape(f"{len(doc.persons)} persons, {len(doc.organizations)} organisations, "
                              f"{len(doc.events)} events")
            items.append(f"<li>{self.release_link(doc.id)} <span class=\"meta\">— {what}</span></li>")
        return f"<ul class=\"releases\">{''.join(items)}</ul>"


def _anchor(corpus_id: str) -> str:
    """The id of a corpus entity's entry on the page."""
    return f"c-{corpus_id}"


# ---------------------------------------------------------------- files


def release_file(ident: str) -> str:
    """The file name of a release's page: its id when that is a safe file name, else the id's
    safe characters and a hash of it (ids come from untrusted input: "../x", "a/b", "")."""
    safe = re.sub(r"[^\w.-]", "_", ident)[:80]
    if safe != ident or not ident or ident.startswith("."):
        safe = f"{safe.lstrip('.')}-{hashlib.sha1(ident.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}"
    return f"{safe}.html"


def releases_folder(path: str) -> str:
    """The folder of the release pages beside a corpus page: ``corpus.html`` → ``corpus_releases``."""
    root, extension = os.path.splitext(path)
    return f"{root if extension.lower() in ('.html', '.htm') else path}_releases"


def with_text(document: Document, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """``document`` (a record read back, which holds no text) with its original text read again
    from its source file, when that file is still there and gives the text every offset of the
    record points into; else ``document`` as it is."""
    path = document.source.path
    if document.text or not path or path.lower().endswith(".jsonl") or not os.path.isfile(path):
        return document
    item = next(iter_inputs([path], "text", max_bytes), None)
    if item is None or item.error is not None:
        return document
    text = item.text
    spans = [(m.start, m.stop, m.text) for m in document.mentions()]
    if all(text[start:stop] == words for start, stop, words in spans) and all(
            0 <= e.evidence.start <= e.evidence.stop <= len(text) for e in document.events):
        return replace(document, text=text)
    return document


def write(documents: Sequence[Document], path: str, entities: Optional[list[dict]] = None,
          progress: Progress = _no_progress) -> str:
    """Write the corpus page of ``documents`` to ``path`` and each release's page (``render``)
    into the folder beside it (``releases_folder``), which is made when missing; returns the
    folder. ``progress`` wraps the iterations worth a progress bar (``tqdm`` fits). The page is
    written beside ``path`` and renamed once complete."""
    docs = list(documents)
    folder = releases_folder(path)
    os.makedirs(folder, exist_ok=True)
    files = [release_file(doc.id or "") for doc in docs]
    for doc, name in progress(list(zip(docs, files)), unit="page", desc="release pages"):
        _write_text(os.path.join(folder, name), render(doc, title=heading(doc)))
    base = quote(os.path.basename(folder))
    page_html = corpus_page(docs, entities, lambda n: f"{base}/{quote(files[n])}")
    partial = f"{path}.partial"
    try:
        _write_text(partial, page_html)
        os.replace(partial, path)
    finally:
        if os.path.exists(partial):
            os.remove(partial)
    return folder


def _write_text(path: str, text: str) -> None:
    # A lone surrogate (a file name that is not UTF-8) cannot be encoded: it is shown as its escape.
    with open(path, "w", encoding="utf-8", errors="backslashreplace", newline="\n") as out:
        out.write(text)


_CSS = """
header .meta { margin: 0 0 .5em; }
.toc a { margin-right: .2em; }
.filter { float: right; color: #555; }
.filter input { font: inherit; padding: 0 .4em; }
section > h2 { font-size: 1.15em; border-top: 2px solid #ccc; padding-top: .5em; margin-top: 1.2em; }
.entry, .pair { border-bottom: 1px solid #eee; padding: .3em 0 .4em; }
.entry:target, .pair:target { background: #fff8d6; }
.entry h3, .pair h3 { font-size: 1em; margin: .2em 0; font-weight: normal; }
.entry h3 .m, .pair h3 .m, .timeline .m { padding: 0 .25em; text-decoration: none; color: inherit; }
.aliases { margin: 0 0 .2em; color: #555; font-size: .92em; }
.posts { border-collapse: collapse; font-size: .92em; margin: .2em 0; }
.posts th { text-align: left; color: #555; font-weight: normal; padding: 0 1em 0 0; }
.posts td { padding: 1px 1em 1px 0; vertical-align: top; }
.posts .seen, .date { white-space: nowrap; font-variant-numeric: tabular-nums; }
details { font-size: .92em; margin: .1em 0; }
summary { cursor: pointer; color: #444; }
.timeline, .pair ul, .releases { list-style: none; padding-left: 0; margin: .2em 0; }
.timeline li { padding: .2em 0; border-bottom: 1px solid #f0f0f0; }
.date { color: #c0392b; margin-right: .3em; }
.release-date, .undated { color: #999; }
.elink { font-weight: 600; text-transform: uppercase; font-size: .85em; letter-spacing: .03em; }
.from { color: #666; font-size: .88em; }
.field, .status { color: #777; font-size: .9em; }
.hidden { display: none; }
"""

# The filter box hides index entries, events and pairs whose names do not hold what is typed;
# body[data-ready] tells tests the script ran.
_SCRIPT = """
(function () {
  var box = document.getElementById('filter');
  var items = document.querySelectorAll('[data-names]');
  box.addEventListener('input', function () {
    var words = box.value.toLowerCase().trim();
    items.forEach(function (el) {
      el.classList.toggle('hidden', words !== '' && el.getAttribute('data-names').indexOf(words) < 0);
    });
  });
  document.body.setAttribute('data-entries', String(document.querySelectorAll('.entry').length));
  document.body.setAttribute('data-ready', '1');
})();
"""
