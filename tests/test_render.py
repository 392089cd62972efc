"""The HTML view: every mention highlighted, everything escaped, one page for several releases."""

import html
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pressparse import cli
from pressparse.records import Document, Location, Meeting, Mention, Participant, Person, Position, Span
from pressparse.render import render

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture(scope="module")
def docs(nlp, seeds):
    return list(nlp.pipe(seeds.items()))


class Page(HTMLParser):
    """The page's highlighted spans: their kinds and the text inside each, plus every script."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open = []  # (kind or None, text so far) per open span
        self.marks = []  # (kind, text)
        self.scripts = 0
        self.external = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self.scripts += 1
            if "src" in attrs:
                self.external.append(attrs["src"])
        if tag == "link":
            self.external.append(attrs.get("href"))
        if tag == "span":
            self.open.append([attrs.get("data-kind"), ""])

    def handle_endtag(self, tag):
        if tag == "span":
            kind, text = self.open.pop()
            if kind:
                self.marks.append((kind, text))

    def handle_data(self, data):
        for item in self.open:
            item[1] += data


def parse(page):
    parser = Page()
    parser.feed(page)
    parser.close()
    return parser


def expected_marks(doc):
    """(kind, text) of every mention the page should highlight."""
    marks = set()
    for person in doc.persons:
        marks |= {("person", m.text) for m in person.mentions}
        marks |= {("position", m.text) for p in person.positions for m in p.mentions}
    marks |= {("position", m.text) for p in doc.positions for m in p.mentions}
    marks |= {("organization", m.text) for o in doc.organizations for m in o.mentions}
    marks |= {("group", m.text) for g in doc.groups for m in g.mentions}
    marks |= {("location", m.text) for loc in doc.locations for m in loc.mentions}
    marks |= {("date", d.text) for d in doc.dates}
    return marks


def test_every_mention_of_a_seed_is_highlighted(docs):
    doc = docs[0]
    page = doc.to_html()
    assert page.startswith("<!DOCTYPE html>")
    text = re.search(r'<div class="text">(.*?)</div><aside', page, re.S).group(1)
    kinds = Counter(kind for kind, _ in parse(text).marks)
    assert set(kinds) >= {"person", "position", "organization", "location", "date"}
    seen = parse(text).marks
    for kind, mention in expected_marks(doc):
        # A mention cut by an overlapping one is several pieces in a row.
        pieces = [t for k, t in seen if k == kind]
        assert mention in pieces or mention in "".join(pieces), (kind, mention)
    assert kinds["person"] >= sum(len(p.mentions) for p in doc.persons)
    assert kinds["date"] >= len(doc.dates)
    for person in doc.persons:
        assert person.name in page  # the normalised name, for hovering
    assert 'data-ready' in page and parse(page).external == []


def test_the_text_is_all_there(docs):
    for doc in docs:
        text = re.search(r'<div class="text">(.*?)</div><aside', doc.to_html(), re.S).group(1)
        shown = re.sub(r"<[^>]+>", "", text)
        assert html.unescape(shown) == doc.text.lstrip()


def test_event_cards_point_at_their_trigger_and_evidence(docs):
    doc = docs[0]
    assert doc.events
    page = doc.to_html()
    for event in doc.events:
        assert f'data-event="{event.id}"' in page
        assert re.search(rf'data-trigger="[^"]*\b{event.id}\b', page)
        assert re.search(rf'data-evidence="[^"]*\b{event.id}\b', page)
        assert f'<span class="etype">{event.type}</span>' in page
    (meeting,) = [e for e in doc.events if e.type == "meeting"]
    assert f"<tr><th>topic</th><td>{meeting.topic}</td></tr>" in page


def test_overlapping_and_nested_mentions_all_show():
    text = "Министр иностранных дел Беларуси Иван Петров 1 мая"
    doc = Document(
        id="x", text=text,
        persons=(Person("p1", "Иван Петров", positions=(Position("министр", mentions=(Mention(0, 32, text[0:32]),)),),
                        mentions=(Mention(33, 44, "Иван Петров"),)),),
        locations=(Location("l1", "Беларусь", "country", (Mention(24, 32, "Беларуси"),)),),
        events=(Meeting("e1", "meeting", "occurred", Mention(33, 50, text[33:50]), Span(0, 50),
                        participants=(Participant("p1", "host"),)),),
    )
    marks = parse(doc.to_html()).marks
    assert ("location", "Беларуси") in marks
    assert ("position", "Беларуси") in marks  # the post's span around the place's
    assert ("position", "Министр иностранных дел ") in marks
    assert ("person", "Иван Петров") in marks


def test_everything_is_escaped():
    text = 'Иван <script>alert("x")</script> & Co "quoted"'
    doc = Document(
        id='<b id="x">', text=text, title="<img src=x onerror=alert(1)>",
        persons=(Person("p1", '<i>Иван</i> "&"', mentions=(Mention(0, 4, "Иван"),)),),
        locations=(Location("l1", "Co", "place", (Mention(39, 41, "Co"),)),),
    )
    page = doc.to_html()
    assert "<script>alert" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; " in page
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert '<b id="x">' not in page and "<i>" not in page
    assert "&lt;i&gt;Иван&lt;/i&gt; &quot;&amp;&quot;" in page  # in the title attribute
    assert parse(page).scripts == 1


def test_several_documents_give_one_page_with_a_list(docs):
    page = render(docs)
    assert page.count("<!DOCTYPE html>") == 1
    assert page.count('<section class="doc"') == len(docs) == 2
    toc = re.search(r'<nav class="toc">(.*?)</nav>', page, re.S).group(1)
    for n, doc in enumerate(docs, 1):
        assert f'href="#doc-{n}"' in toc and f'id="doc-{n}"' in page
        assert doc.title in toc
    assert '<nav class="toc">' not in render(docs[:1])


def test_an_error_document_renders():
    from pressparse.records import Error

    page = Document(id="bad", error=Error("TooLarge", "over <5 MB>")).to_html()
    assert "TooLarge: over &lt;5 MB&gt;" in page


@pytest.mark.parametrize("workers", ["1", "2"])
def test_show_writes_the_page(shared_model, tmp_path, capsys, workers):
    out = tmp_path / "page.html"
    status = cli.main(["show", str(SAMPLES), "-o", str(out), "--workers", workers])
    assert status == 0
    page = out.read_text(encoding="utf-8")
    assert page.count('<section class="doc"') == 2 and '<nav class="toc">' in page
    assert "Кирилл Залесский" in page
    assert str(out) in capsys.readouterr().err


def test_a_tie_with_no_post_is_marked_as_a_position_of_its_body():
    from pressparse.records import Organization

    text = "Иван Петров работает в банке «Заря»."
    doc = Document(id="x", text=text,
                   persons=(Person("p1", "Иван Петров", positions=(Position(None, "o1", mentions=(
                       Mention(12, 35, text[12:35]),)),), mentions=(Mention(0, 11, "Иван Петров"),)),),
                   organizations=(Organization("o1", "Заря", mentions=(Mention(30, 34, "Заря"),)),))
    page = doc.to_html()
    assert ("position", "работает в банке «") in parse(page).marks
    assert "post of Иван Петров: no post named, Заря" in html.unescape(page)
