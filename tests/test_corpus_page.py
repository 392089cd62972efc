"""The corpus page: the people and bodies index with posts over time, the timeline, who met whom,
links into the release pages that resolve, everything escaped; ``pressparse show --corpus``; and
the page in headless Chromium."""

import json
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from pressparse import cli, link
from pressparse.corpus_page import corpus_page, release_file, releases_folder, with_text, write
from pressparse.records import document_from_dict
from conftest import SAMPLES
from test_browser import page_errors, run_chromium, screenshot

# Three releases about one minister: two posts over time, two persons he met, one of them twice.
TEXTS = {
    "minsk-0310": ("2025-03-10", "Беларусь и Россия обсудили сотрудничество\n\n"
                   "10 марта 2025 года Министр иностранных дел Республики Беларусь Максим Рыженков провел "
                   "переговоры с Министром иностранных дел Российской Федерации Сергеем Лавровым. Стороны "
                   "обсудили вопросы торгово-экономического сотрудничества."),
    "moscow-0602": ("2025-06-02", "Визит в Москву\n\n"
                    "2 июня 2025 года Заместитель Премьер-министра Республики Беларусь Максим Рыженков "
                    "встретился в Москве с Министром иностранных дел России Сергеем Лавровым. Стороны "
                    "подписали соглашение о сотрудничестве в области образования."),
    "astana-0415": ("2025-04-15", "Переговоры в Астане\n\n"
                    "15 апреля 2025 года Министр иностранных дел Республики Беларусь Максим Рыженков провел "
                    "встречу с Министром иностранных дел Республики Казахстан Муратом Нуртлеу."),
}


@pytest.fixture(scope="module")
def docs(nlp, seeds):
    items = [{"id": ident, "published": published, "text": text} for ident, (published, text) in TEXTS.items()]
    return list(nlp.pipe([*items, *seeds.items()]))


@pytest.fixture(scope="module")
def entities(docs):
    return link(docs)


@pytest.fixture(scope="module")
def page(docs, entities):
    return corpus_page(docs, entities)


class Page(HTMLParser):
    """The ids, links and texts of a page's elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.hrefs, self.tags = set(), [], []
        self.by_id = {}  # element id -> its text
        self._open = []  # [id, text, depth] of elements with an id being read
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag in ("meta", "input", "br"):
            return
        self.depth += 1
        if "href" in attrs:
            self.hrefs.append(attrs["href"])
        if "id" in attrs:
            self.ids.add(attrs["id"])
            self._open.append([attrs["id"], "", self.depth])

    def handle_endtag(self, tag):
        if tag in ("meta", "input", "br"):
            return
        while self._open and self._open[-1][2] == self.depth:
            ident, text, _ = self._open.pop()
            self.by_id[ident] = text
        self.depth -= 1

    def handle_data(self, data):
        for item in self._open:
            item[1] += data


def parse(html):
    parser = Page()
    parser.feed(html)
    parser.close()
    return parser


def entity(entities, name):
    [found] = [e for e in entities if e["name"] == name]
    return found


def section(html, ident):
    return re.search(rf'<section id="{ident}">(.*?)</section>', html, re.S).group(1)


def test_every_person_body_and_place_has_an_index_entry(page, entities):
    parsed = parse(page)
    for item in entities:
        text = parsed.by_id[f"c-{item['id']}"]
        releases = len({m["doc"] for m in item["documents"]})
        assert item["name"] in text and f"{releases} release{'' if releases == 1 else 's'}" in text
    people = section(page, "people")
    assert 'id="c-P' in people and 'id="c-O' not in people
    assert 'id="c-O' in section(page, "bodies") and 'id="c-L' in section(page, "places")
    minister = entity(entities, "Максим Рыженков")
    assert "Беларусь · 3 releases" in parsed.by_id[f"c-{minister['id']}"]


def test_a_persons_posts_are_shown_over_time(page, entities):
    minister = entity(entities, "Максим Рыженков")
    entry = re.search(rf'<div class="entry" id="c-{minister["id"]}".*?</div>', page, re.S).group(0)
    rows = re.findall(r'<tr><td class="seen">(.*?)</td><td>(.*?)</td>', entry)
    assert rows == [
        ("2025-03-10 – 2025-04-15",
         "министр иностранных дел, Министерство иностранных дел Республики Беларусь, Беларусь"),
        ("2025-06-02", "заместитель Премьер-министра, Беларусь"),
    ]
    # each post links to the releases it was seen in, by their dates
    assert re.findall(r'title="[^"]*">(\d{4}-\d\d-\d\d)</a>', entry) == ["2025-03-10", "2025-04-15", "2025-06-02"]


def test_the_timeline_is_in_date_order(page, docs):
    timeline = section(page, "timeline")
    dates = re.findall(r'<li class="event"[^>]*><span class="date[^"]*"[^>]*>([^<]*)</span>', timeline)
    assert len(dates) == sum(len(d.events) for d in docs)
    dated = [d.rstrip("*") for d in dates if d != "undated"]
    assert dated == sorted(dated)
    months = re.findall(r"<h3>([^<]*)</h3>", timeline)
    assert months == sorted(months) and "2025-03" in months and "2025-06" in months
    # the meeting in Astana stands between the two others, at its own date
    order = re.findall(r"(minsk-0310|astana-0415|moscow-0602)\.html#doc-1-e\d+", timeline)
    assert order.index("astana-0415") > order.index("minsk-0310")
    assert order.index("astana-0415") < order.index("moscow-0602")


def test_who_met_whom_pairs_persons_with_their_events(page, entities):
    met = section(page, "met")
    pairs = re.findall(r'<div class="pair" id="met-\d+"[^>]*><h3>(.*?)</h3><ul>(.*?)</ul>', met, re.S)
    named = {tuple(re.findall(r'<a class="m k-person" href="#c-P\d+">([^<]*)</a>', head)): body for head, body in pairs}
    lavrov = named[("Максим Рыженков", "Сергей Лавров")] if ("Максим Рыженков", "Сергей Лавров") in named \
        else named[("Сергей Лавров", "Максим Рыженков")]
    assert re.findall(r"(moscow-0602|minsk-0310)\.html#doc-1-e\d+", lavrov) == ["minsk-0310", "moscow-0602"]
    assert "2 events" in next(h for h, b in pairs if b == lavrov)
    assert any({"Максим Рыженков", "Мурат Нуртлеу"} == set(names) for names in named)
    # most events first
    counts = [int(n) for n in re.findall(r'<span class="meta">(\d+) events?</span></h3>', met)]
    assert counts == sorted(counts, reverse=True)


def test_links_resolve_to_anchors_that_exist(docs, entities, tmp_path):
    out = tmp_path / "corpus.html"
    folder = write(docs, str(out), entities)
    assert folder == str(tmp_path / "corpus_releases")
    parsed = parse(out.read_text(encoding="utf-8"))
    pages = {}
    outside = 0
    for href in parsed.hrefs:
        parts = urlsplit(href)
        if parts.scheme:
            continue
        if not parts.path:
            assert parts.fragment in parsed.ids, href
            continue
        target = tmp_path / unquote(parts.path)
        assert target.exists(), href
        if target not in pages:
            pages[target] = parse(target.read_text(encoding="utf-8"))
        assert parts.fragment in pages[target].ids, href
        outside += 1
    assert outside > 0 and len(pages) == len(docs)
    assert sum(1 for href in parsed.hrefs if re.search(r"#doc-1-e\d+$", href)) >= sum(len(d.events) for d in docs)


HOSTILE = '<img src=x onerror="alert(1)">'


def hostile_record():
    return {
        "id": f"../{HOSTILE}", "source": {"path": None, "url": "javascript:alert(1)"},
        "title": "<script>alert('title')</script>", "published": "2025-01-01", "published_from": "caller",
        "persons": [
            {"id": "p1", "name": f"Иван {HOSTILE}", "country": "<b>Беларусь</b>", "mentions": [],
             "positions": [{"title": "министр <script>x</script>", "org": "o1", "country": None, "mentions": []}]},
            {"id": "p2", "name": "Пётр \"Петров\" & Co", "country": None, "positions": [], "mentions": []}],
        "organizations": [{"id": "o1", "name": f"Министерство {HOSTILE}", "country": None, "full_name": None,
                           "mentions": []}],
        "locations": [], "groups": [], "positions": [], "dates": [],
        "events": [{"id": "e1\"><script>alert(2)</script>", "type": "meeting", "status": "occurred",
                    "date": "2025-01-01", "place": None,
                    "participants": [{"ref": "p1", "role": "host"}, {"ref": "p2", "role": "guest"}],
                    "document": None, "name": None, "position": None, "topic": f"<i>{HOSTILE}</i>",
                    "trigger": {"start": 0, "stop": 0, "text": ""}, "evidence": {"start": 0, "stop": 0}}],
        "error": None,
    }


def test_everything_is_escaped(tmp_path):
    doc = document_from_dict(hostile_record())
    out = tmp_path / "corpus.html"
    write([doc], str(out))
    html = out.read_text(encoding="utf-8")
    parsed = parse(html)
    assert parsed.tags.count("script") == 1 and "img" not in parsed.tags and "b" not in parsed.tags
    assert "<script>alert" not in html and "<img" not in html and "onerror=\"alert" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert "Пётр &quot;Петров&quot; &amp; Co" in html
    # the release's page is inside the folder, whatever its id says
    [name] = os.listdir(releases_folder(str(out)))
    assert "/" not in name and not name.startswith(".")
    release = (Path(releases_folder(str(out))) / name).read_text(encoding="utf-8")
    assert parse(release).tags.count("script") == 1 and "<img" not in release
    assert not any(href.startswith("javascript") for href in parsed.hrefs + parse(release).hrefs)


def test_release_files_are_safe_and_distinct():
    names = [release_file(ident) for ident in ("a", "../a", "a/b", "a_b", "", ".hidden", "Рыженков-1", "a#2")]
    assert len(set(names)) == len(names)
    assert release_file("a") == "a.html" and release_file("Рыженков-1") == "Рыженков-1.html"
    assert all("/" not in n and not n.startswith(".") and n.endswith(".html") for n in names)
    assert releases_folder("out/corpus.html") == "out/corpus_releases"
    assert releases_folder("corpus") == "corpus_releases"


def test_a_record_read_back_gets_its_text_from_its_source_file(nlp, tmp_path):
    source = tmp_path / "release.txt"
    source.write_text(TEXTS["astana-0415"][1], encoding="utf-8")
    [doc] = nlp.pipe([{"id": "release", "text": source.read_text(encoding="utf-8"), "path": str(source)}])
    read_back = document_from_dict(doc.to_dict())
    assert read_back.text == ""
    assert with_text(read_back).text == doc.text
    source.write_text("Другой текст.", encoding="utf-8")  # the file no longer holds what the offsets point into
    assert with_text(read_back).text == ""


def test_the_command_reads_records_back_and_reports_bad_lines(shared_model, tmp_path, capsys):
    records = tmp_path / "out.jsonl"
    assert cli.main(["extract", str(SAMPLES), "-o", str(records), "--no-progress"]) == 0
    with open(records, "a", encoding="utf-8") as f:
        f.write("not json\n")
        f.write(json.dumps({"id": "broken", "error": {"type": "ReadError", "message": "gone"}}) + "\n")
    capsys.readouterr()
    out = tmp_path / "corpus.html"
    release = tmp_path / "extra.txt"
    release.write_text(TEXTS["minsk-0310"][1], encoding="utf-8")
    assert cli.main(["show", "--corpus", str(records), str(release), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{records}:3: not a JSON record" in err
    assert f"{records}:4: record 'broken' has an error (ReadError: gone)" in err
    assert "4 releases" in err and "corpus_releases" in err
    html = out.read_text(encoding="utf-8")
    assert "Кирилл Залесский" in html and "Максим Рыженков" in html
    pages = sorted(os.listdir(tmp_path / "corpus_releases"))
    assert pages == ["000_b51bf4fae41c79d9.html", "003_9c0d123f5dd01e10.html", "broken.html", "extra.html"]
    # the seeds' records got their text back from the sample files
    assert 'class="m k-person' in (tmp_path / "corpus_releases" / "000_b51bf4fae41c79d9.html").read_text(encoding="utf-8")
    assert cli.main(["show", "--corpus", str(records)]) == 2
    assert "needs -o OUT" in capsys.readouterr().err
    assert cli.main(["show", "--corpus", str(tmp_path / "missing.jsonl"), "-o", str(out)]) == 2


def test_the_corpus_page_loads_and_its_script_runs_in_chromium(docs, entities, tmp_path):
    out = tmp_path / "corpus.html"
    write(docs, str(out), entities)
    done = run_chromium(tmp_path, "--dump-dom", out.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert page_errors(done.stderr) == []
    body = re.search(r"<body([^>]*)>", done.stdout).group(1)
    assert 'data-ready="1"' in body, "the page's script did not run to its end"
    entries = int(re.search(r'data-entries="(\d+)"', body).group(1))
    assert entries == len(entities) > 0
    # a release page it links to, opened at an event's card, runs its own script too
    target = next(h for h in parse(out.read_text(encoding="utf-8")).hrefs if re.search(r"#doc-1-e\d+$", h))
    parts = urlsplit(target)
    done = run_chromium(tmp_path, "--dump-dom", f"{(tmp_path / unquote(parts.path)).as_uri()}#{parts.fragment}")
    assert done.returncode == 0 and page_errors(done.stderr) == []
    assert 'data-ready="1"' in re.search(r"<body([^>]*)>", done.stdout).group(1)
    png = tmp_path / "corpus.png"
    done = screenshot(out, png, tmp_path)
    assert done.returncode == 0 and page_errors(done.stderr) == []
    assert png.stat().st_size > 20_000, "the screenshot is missing or blank"
    keep = os.environ.get("PRESSPARSE_CORPUS_SCREENSHOT")
    if keep:
        shutil.copyfile(png, keep)
