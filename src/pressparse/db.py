"""Records and their corpus entities in an SQLite database (``pressparse db RECORDS.jsonl -o corpus.sqlite``).

The schema (``SCHEMA``; foreign keys on, every table indexed for the joins analysts make):

``documents``        one row per record: ``id`` (the record's id), ``title``, ``published``,
                     ``published_from``, ``path``, ``url``, ``error_type``, ``error_message``,
                     ``source`` (the file and line it was read from), ``schema`` (how it differs
                     from the current record schema, when it does), ``problem`` (why its parts
                     could not be stored: references that point nowhere; NULL when they were)
                     and ``record``, the whole record as JSON, so that nothing it holds is lost.
``entities``         one row per person, organisation, place and group of a record:
                     (``doc``, ``ref``) is the record's id and the entity's id in it; ``kind``
                     (``person``, ``organization``, ``location``, ``group``), ``name``,
                     ``country``, ``full_name`` (an organisation's), ``place_kind`` (a
                     location's: ``country`` or ``place``).
``mentions``         each mention of an entity: ``doc``, ``ref``, ``start``, ``stop``, ``text``.
``posts``            each post: ``doc``, ``person`` (the holder's ref; NULL for a post without a
                     named holder), ``title``, ``org`` (the organisation's ref), ``country``,
                     ``former`` (1 for a post the text gives as held before, else 0).
``events``           each event: (``doc``, ``ref``), ``type``, ``status``, ``date``, ``place``
                     (a location's ref), ``document``, ``name``, ``position``, ``topic``, the
                     trigger's ``trigger_start``, ``trigger_stop``, ``trigger``, and
                     ``evidence_start``, ``evidence_stop``.
``participants``     ``doc``, ``event``, ``ref`` (an entity's), ``role``.
``corpus_entities``  one row per corpus entity (``pressparse.linking``): ``id``, ``kind``, ``name``,
                     and as JSON ``aliases``, ``countries``, ``posts``, ``why``.
``corpus_members``   which record entity is which corpus entity: ``corpus``, ``doc``, ``ref``
                     (each record entity with a name in exactly one).
``meta``             ``key``/``value``: the database's layout version and the record schema.

Adding records: a record whose id is already stored is skipped — the stored one stays; a
different record under that id gets a warning (delete the stored one to replace it). Records are
committed in batches, so an interrupted run keeps what it committed and the next run goes on.
The corpus tables are then made anew from every record stored, old and new, so that a person
met first in the new records joins the one met in the old.

``to_parquet`` writes the same tables as Parquet files, one a table, for DuckDB, pandas and
Polars users (``pip install 'pressparse[parquet]'``: pyarrow).
"""

from __future__ import annotations

import json
import os
import sqlite3
from typing import Any, Callable, Iterable, Optional

from .linking import link
from .records import SCHEMA_VERSION

LAYOUT = "2"  # 2: posts.former
TABLES = ("documents", "entities", "mentions", "posts", "events", "participants", "corpus_entities",
          "corpus_members", "meta")
PARQUET_EXTRA_MESSAGE = "writing Parquet needs pyarrow: pip install 'pressparse[parquet]'"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, title TEXT, published TEXT, published_from TEXT, path TEXT, url TEXT,
    error_type TEXT, error_message TEXT, source TEXT, schema TEXT, problem TEXT, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entities (
    doc TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE, ref TEXT NOT NULL,
    kind TEXT NOT NULL, name TEXT, country TEXT, full_name TEXT, place_kind TEXT,
    PRIMARY KEY (doc, ref));
CREATE TABLE IF NOT EXISTS mentions (
    doc TEXT NOT NULL, ref TEXT NOT NULL, start INTEGER, stop INTEGER, text TEXT,
    FOREIGN KEY (doc, ref) REFERENCES entities (doc, ref) ON DELETE CASCADE);
CREATE TABLE IF NOT EXISTS posts (
    doc TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE, person TEXT, title TEXT,
    org TEXT, country TEXT, former INTEGER,
    FOREIGN KEY (doc, person) REFERENCES entities (doc, ref) ON DELETE CASCADE,
    FOREIGN KEY (doc, org) REFERENCES entities (doc, ref));
CREATE TABLE IF NOT EXISTS events (
    doc TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE, ref TEXT NOT NULL,
    type TEXT, status TEXT, date TEXT, place TEXT, document TEXT, name TEXT, position TEXT,
    topic TEXT, trigger_start INTEGER, trigger_stop INTEGER, trigger TEXT,
    evidence_start INTEGER, evidence_stop INTEGER,
    PRIMARY KEY (doc, ref),
    FOREIGN KEY (doc, place) REFERENCES entities (doc, ref));
CREATE TABLE IF NOT EXISTS participants (
    doc TEXT NOT NULL, event TEXT NOT NULL, ref TEXT NOT NULL, role TEXT,
    FOREIGN KEY (doc, event) REFERENCES events (doc, ref) ON DELETE CASCADE,
    FOREIGN KEY (doc, ref) REFERENCES entities (doc, ref));
CREATE TABLE IF NOT EXISTS corpus_entities (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT, aliases TEXT, countries TEXT, posts TEXT, why TEXT);
CREATE TABLE IF NOT EXISTS corpus_members (
    corpus TEXT NOT NULL REFERENCES corpus_entities (id) ON DELETE CASCADE,
    doc TEXT NOT NULL, ref TEXT NOT NULL,
    PRIMARY KEY (doc, ref),
    FOREIGN KEY (doc, ref) REFERENCES entities (doc, ref) ON DELETE CASCADE);
CREATE INDEX IF NOT EXISTS documents_published ON documents (published);
CREATE INDEX IF NOT EXISTS entities_name ON entities (kind, name);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions (doc, ref);
CREATE INDEX IF NOT EXISTS posts_person ON posts (doc, person);
CREATE INDEX IF NOT EXISTS posts_title ON posts (title);
CREATE INDEX IF NOT EXISTS events_type_date ON events (type, date);
CREATE INDEX IF NOT EXISTS participants_event ON participants (doc, event);
CREATE INDEX IF NOT EXISTS participants_entity ON participants (doc, ref);
CREATE INDEX IF NOT EXISTS corpus_entities_name ON corpus_entities (kind, name);
CREATE INDEX IF NOT EXISTS corpus_members_corpus ON corpus_members (corpus);
"""

_SECTIONS = (("persons", "person"), ("organizations", "organization"), ("locations", "location"),
             ("groups", "group"))


def connect(path: str) -> sqlite3.Connection:
    """The database at ``path`` (made when new), with the schema and foreign keys on."""
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys = ON")
    db.executescript(SCHEMA)
    if "former" not in {row[1] for row in db.execute("PRAGMA table_info(posts)")}:  # made with layout 1
        db.execute("ALTER TABLE posts ADD COLUMN former INTEGER")
    db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                   [("layout", LAYOUT), ("record_schema", SCHEMA_VERSION)])
    db.commit()
    return db


def stored(db: sqlite3.Connection, ident: str) -> Optional[str]:
    """The JSON of the record stored under ``ident`` (keys sorted), or None."""
    row = db.execute("SELECT record FROM documents WHERE id = ?", (ident,)).fetchone()
    return None if row is None else json.dumps(json.loads(row[0]), ensure_ascii=False, sort_keys=True)


def add(db: sqlite3.Connection, record: dict[str, Any], source: str = "", schema: Iterable[str] = ()) -> Optional[str]:
    """Store one record and its entities, mentions, posts, events and participants, in a savepoint;
    None when it is stored, else why its parts could not be (a record whose references point
    nowhere): then only its ``documents`` row, with the whole record, is."""
    source_of = record.get("source") or {}
    error = record.get("error") or {}
    row = (record["id"], record.get("title"), record.get("published"), record.get("published_from"),
           source_of.get("path"), source_of.get("url"), error.get("type"), error.get("message"), source,
           "; ".join(schema) or None)
    whole = json.dumps(record, ensure_ascii=False)
    if not db.in_transaction:  # else the savepoint would be a transaction of its own, synced to disk
        db.execute("BEGIN")
    db.execute("SAVEPOINT record")
    db.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)", (*row, whole))
    try:
        _parts(db, record)
    except (sqlite3.IntegrityError, TypeError, KeyError, AttributeError) as exc:
        problem = f"{type(exc).__name__}: {exc}"
        db.execute("ROLLBACK TO record")
        db.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (*row, problem, whole))
        db.execute("RELEASE record")
        return problem
    db.execute("RELEASE record")
    return None


def _parts(db: sqlite3.Connection, record: dict[str, Any]) -> None:
    doc = record["id"]
    entities, mentions, posts, events, participants = [], [], [], [], []
    for section, kind in _SECTIONS:
        for entity in record.get(section) or ():
            entities.append((doc, entity["id"], kind, entity.get("name"), entity.get("country"),
                             entity.get("full_name"), entity.get("kind") if kind == "location" else None))
            mentions += [(doc, entity["id"], m["start"], m["stop"], m["text"]) for m in entity.get("mentions") or ()]
            posts += [(doc, entity["id"], p.get("title"), p.get("org"), p.get("country"), int(bool(p.get("former"))))
                      for p in entity.get("positions") or ()]
    posts += [(doc, None, p.get("title"), p.get("org"), p.get("country"), int(bool(p.get("former"))))
              for p in record.get("positions") or ()]
    for event in record.get("events") or ():
        trigger, evidence = event.get("trigger") or {}, event.get("evidence") or {}
        events.append((doc, event["id"], event.get("type"), event.get("status"), event.get("date"),
                       event.get("place"), event.get("document"), event.get("name"), event.get("position"),
                       event.get("topic"), trigger.get("start"), trigger.get("stop"), trigger.get("text"),
                       evidence.get("start"), evidence.get("stop")))
        participants += [(doc, event["id"], p["ref"], p.get("role")) for p in event.get("participants") or ()]
    db.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?)", entities)
    db.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?)", mentions)
    db.executemany("INSERT INTO posts VALUES (?, ?, ?, ?, ?, ?)", posts)
    db.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events)
    db.executemany("INSERT INTO participants VALUES (?, ?, ?, ?)", participants)


def relink(db: sqlite3.Connection, progress: Callable[[Iterable], Iterable] = iter) -> int:
    """Make the corpus tables anew from every stored record (``pressparse.linking``); the number of
    corpus entities. ``progress`` wraps the stored records as they are read (a progress bar)."""
    records = (json.loads(row[0]) for row in
               db.execute("SELECT record FROM documents WHERE problem IS NULL ORDER BY id"))
    entities = link(progress(records))
    with db:
        db.execute("DELETE FROM corpus_members")
        db.execute("DELETE FROM corpus_entities")
        db.executemany("INSERT INTO corpus_entities VALUES (?, ?, ?, ?, ?, ?, ?)", [
            (e["id"], e["kind"], e["name"], json.dumps(e["aliases"], ensure_ascii=False),
             json.dumps(e["countries"], ensure_ascii=False), json.dumps(e.get("posts", []), ensure_ascii=False),
             json.dumps(e["why"], ensure_ascii=False)) for e in entities])
        db.executemany("INSERT INTO corpus_members VALUES (?, ?, ?)",
                       [(e["id"], d["doc"], d["ref"]) for e in entities for d in e["documents"]])
    return len(entities)


def to_parquet(db: sqlite3.Connection, folder: str, progress: Callable[[Iterable], Iterable] = iter) -> list[str]:
    """Write every table (``TABLES``) to ``folder`` as ``TABLE.parquet`` (the folder is made when
    missing), with the columns and types of the database: ``TEXT`` as strings, ``INTEGER`` as
    64-bit integers, NULL as null; the paths written. Each file is written beside its name and
    renamed once complete. Needs pyarrow (``ImportError`` saying so without it); ``progress``
    wraps the tables as they are written."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ImportError(PARQUET_EXTRA_MESSAGE) from exc
    types = {"TEXT": pa.string(), "INTEGER": pa.int64()}
    os.makedirs(folder, exist_ok=True)
    written = []
    for table in progress(TABLES):
        columns = [(row[1], types[row[2]]) for row in db.execute(f"PRAGMA table_info({table})")]
        schema = pa.schema(columns)
        path = os.path.join(folder, f"{table}.parquet")
        partial = f"{path}.partial"
        cursor = db.execute(f"SELECT * FROM {table}")
        try:
            with pq.ParquetWriter(partial, schema) as writer:
                # A batch at a time, so that a large table never sits in memory whole.
                while rows := cursor.fetchmany(50_000):
                    writer.write_table(pa.Table.from_pylist([dict(zip(schema.names, row)) for row in rows], schema))
            os.replace(partial, path)
        finally:
            if os.path.exists(partial):
                os.remove(partial)
        written.append(path)
    return written
