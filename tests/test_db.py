"""The SQLite database: its tables from the bundled samples, adding again, bad records, the README's queries."""

import json
import re
import sqlite3

import pytest

from pressparse import cli, db
from conftest import ROOT, SAMPLES


@pytest.fixture(scope="module")
def sample_records(nlp, tmp_path_factory):
    """The two bundled samples' records, as a JSON Lines file."""
    docs = list(nlp.pipe([(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))]))
    path = tmp_path_factory.mktemp("records") / "samples.jsonl"
    path.write_text("".join(d.to_json() + "\n" for d in docs), encoding="utf-8")
    return path


def run(capsys, *argv):
    status = cli.main([str(a) for a in argv])
    return status, capsys.readouterr().err


def count(path, table):
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_the_samples_fill_every_table_with_consistent_keys(capsys, tmp_path, sample_records):
    path = tmp_path / "corpus.sqlite"
    status, err = run(capsys, "db", sample_records, "-o", path)
    assert status == 0, err
    assert "2 records; 2 added, 0 already in" in err
    for table in ("documents", "entities", "mentions", "posts", "events", "participants",
                  "corpus_entities", "corpus_members"):
        assert count(path, table) > 0, table
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        # every named person, organisation and place of a record is in exactly one corpus entity
        assert connection.execute(
            "SELECT COUNT(*) FROM entities e LEFT JOIN corpus_members m USING (doc, ref) "
            "WHERE e.kind != 'group' AND e.name != '' AND m.corpus IS NULL").fetchone() == (0,)
        signing = connection.execute("SELECT document FROM events WHERE type = 'signing' LIMIT 1").fetchone()[0]
        assert signing.startswith("Меморандум")
        indexes = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"events_type_date", "participants_entity", "corpus_members_corpus"} <= indexes


def test_running_again_adds_new_records_and_skips_stored_ones(capsys, tmp_path, sample_records):
    path = tmp_path / "corpus.sqlite"
    first, second = sample_records.read_text(encoding="utf-8").splitlines()
    (tmp_path / "first.jsonl").write_text(first + "\n", encoding="utf-8")
    assert run(capsys, "db", tmp_path / "first.jsonl", "-o", path)[0] == 0
    persons_before = count(path, "corpus_members")
    status, err = run(capsys, "db", sample_records, "-o", path)
    assert status == 0
    assert "1 added, 1 already in" in err
    assert count(path, "documents") == 2
    assert count(path, "corpus_members") > persons_before
    changed = json.loads(first)
    changed["title"] = "другой заголовок"
    (tmp_path / "changed.jsonl").write_text(json.dumps(changed, ensure_ascii=False) + "\n", encoding="utf-8")
    status, err = run(capsys, "db", tmp_path / "changed.jsonl", "-o", path)
    assert status == 0
    assert f"record {changed['id']!r} differs from the one stored" in err and "the stored one is kept" in err
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT title FROM documents WHERE id = ?", (changed["id"],)).fetchone()[0] \
            != "другой заголовок"


def test_bad_records_are_reported_and_nothing_is_lost(capsys, tmp_path, sample_records):
    first, second = sample_records.read_text(encoding="utf-8").splitlines()
    broken = json.loads(second)
    broken["id"] = "broken"
    broken["events"][0]["participants"].append({"ref": "p99", "role": "guest"})  # a reference to nowhere
    older = json.loads(first)
    older["id"] = "older"
    for event in older["events"]:
        del event["topic"]  # as schema 1.0 wrote it
    error = {"id": "unread", "source": {"path": "x.txt", "url": None}, "title": None, "published": None,
             "published_from": None, "persons": [], "organizations": [], "locations": [], "groups": [],
             "positions": [], "dates": [], "events": [], "error": {"type": "ReadError", "message": "gone"}}
    lines = [first, "{not json", json.dumps(broken, ensure_ascii=False), first,
             json.dumps({**json.loads(first), "title": "другой"}, ensure_ascii=False),
             json.dumps(older, ensure_ascii=False), json.dumps(error), "[1, 2]"]
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path = tmp_path / "corpus.sqlite"
    status, err = run(capsys, "db", records, "-o", path)
    assert status == 1
    assert f"{records}:2: not a JSON record" in err
    assert f"{records}:8: not a pressparse record" in err
    assert f"{records}:3: record 'broken' is inconsistent" in err
    assert f"{records}:4: record '{json.loads(first)['id']}' is a copy of the one at {records}:1" in err
    assert f"kept as '{json.loads(first)['id']}#2'" in err
    assert f"{records}:7: record 'unread' has an error (ReadError: gone)" in err
    assert "1 record(s) are not of record schema" in err and "missing events[].topic" in err
    with sqlite3.connect(path) as connection:
        ids = {row[0] for row in connection.execute("SELECT id FROM documents")}
        assert ids == {json.loads(first)["id"], json.loads(first)["id"] + "#2", "broken", "older", "unread"}
        problem, record = connection.execute("SELECT problem, record FROM documents WHERE id = 'broken'").fetchone()
        assert "FOREIGN KEY" in problem and json.loads(record) == broken
        assert connection.execute("SELECT COUNT(*) FROM entities WHERE doc = 'broken'").fetchone() == (0,)
        assert connection.execute("SELECT schema FROM documents WHERE id = 'older'").fetchone()[0] \
            == "missing events[].topic"
        assert connection.execute("SELECT COUNT(*) FROM events WHERE doc = 'older'").fetchone()[0] > 0
        assert connection.execute("SELECT error_type FROM documents WHERE id = 'unread'").fetchone() == ("ReadError",)


def test_a_file_that_is_no_database_is_a_usage_error(capsys, tmp_path, sample_records):
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database at all, but an analyst's notes\n" * 50, encoding="utf-8")
    status, err = run(capsys, "db", sample_records, "-o", path)
    assert status == 2
    assert "cannot be used as the database" in err
    assert path.read_text(encoding="utf-8").startswith("not a database")


def readme_queries():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### The database", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sql\n(.*?)```", section, re.S)


def test_the_readme_gives_five_queries():
    assert len(readme_queries()) == 5


@pytest.mark.parametrize("number", range(5))
def test_each_readme_query_runs_on_the_samples_database_and_answers(tmp_path, sample_records, number):
    path = tmp_path / "corpus.sqlite"
    connection = db.connect(str(path))
    for line in sample_records.read_text(encoding="utf-8").splitlines():
        assert db.add(connection, json.loads(line)) is None
    connection.commit()
    db.relink(connection)
    rows = connection.execute(readme_queries()[number]).fetchall()
    assert rows, readme_queries()[number]


def test_parquet_holds_every_table_as_the_database_does(capsys, tmp_path, sample_records):
    pq = pytest.importorskip("pyarrow.parquet", reason="the parquet extra (pyarrow) is not installed")
    path, folder = tmp_path / "corpus.sqlite", tmp_path / "parquet"
    status, err = run(capsys, "db", sample_records, "-o", path, "--parquet", folder)
    assert status == 0, err
    assert f"the tables in {folder}/TABLE.parquet" in err
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.parquet" for t in db.TABLES)
    with sqlite3.connect(path) as connection:
        for table in db.TABLES:
            cursor = connection.execute(f"SELECT * FROM {table}")
            names = [c[0] for c in cursor.description]
            parquet = pq.read_table(folder / f"{table}.parquet")
            assert parquet.column_names == names, table
            assert parquet.to_pylist() == [dict(zip(names, row)) for row in cursor.fetchall()], table
        events = pq.read_table(folder / "events.parquet")
        assert str(events.schema.field("trigger_start").type) == "int64"
        assert str(events.schema.field("date").type) == "string"
    # a person's posts over time, joined across the Parquet files as across the tables
    members = pq.read_table(folder / "corpus_members.parquet").to_pylist()
    corpus = {row["id"]: row["name"] for row in pq.read_table(folder / "corpus_entities.parquet").to_pylist()}
    posts = pq.read_table(folder / "posts.parquet").to_pylist()
    zalessky = {(m["doc"], m["ref"]) for m in members if corpus[m["corpus"]] == "Кирилл Залесский"}
    assert {p["title"] for p in posts if (p["doc"], p["person"]) in zalessky} == {"министр связи и информатизации"}


def test_parquet_without_pyarrow_is_a_usage_error_before_anything_is_added(capsys, tmp_path, sample_records, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pyarrow" else real(name, *a))
    path = tmp_path / "corpus.sqlite"
    status, err = run(capsys, "db", sample_records, "-o", path, "--parquet", tmp_path / "parquet")
    assert status == 2
    assert "writing Parquet needs pyarrow: pip install 'pressparse[parquet]'" in err
    assert not path.exists()


def test_a_database_of_the_first_layout_gets_the_former_column_of_posts(tmp_path):
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as connection:  # posts as layout 1 made them
        connection.execute("CREATE TABLE posts (doc TEXT NOT NULL, person TEXT, title TEXT, org TEXT, country TEXT)")
    record = {"id": "r1", "persons": [{"id": "p1", "name": "Алексей Кудрин", "mentions": [],
                                       "positions": [{"title": "бывший министр финансов", "former": True}]}]}
    connection = db.connect(str(path))
    assert db.add(connection, record) is None
    assert connection.execute("SELECT title, former FROM posts").fetchall() == [("бывший министр финансов", 1)]
    assert connection.execute("SELECT value FROM meta WHERE key = 'layout'").fetchone() == (db.LAYOUT,)


def test_a_tie_with_no_post_is_a_post_row_with_a_null_title(tmp_path):
    record = {"id": "r1", "organizations": [{"id": "o1", "name": "Заря", "mentions": []}],
              "persons": [{"id": "p1", "name": "Иван Петров", "mentions": [],
                           "positions": [{"title": None, "org": "o1", "country": None, "mentions": [],
                                          "former": False}]}]}
    connection = db.connect(str(tmp_path / "ties.sqlite"))
    assert db.add(connection, record) is None
    assert connection.execute("SELECT person, title, org FROM posts").fetchall() == [("p1", None, "o1")]
