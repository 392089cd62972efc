"""Reading record files (``pressparse extract``'s JSON Lines) back, for ``link`` and ``db``.

Every line is accounted for: ``read_records`` yields each record it can use and says, through
``problem`` callbacks, what it did with every other line or record:

- a line that is not a JSON object with a string ``id`` is not a record: it is reported with its
  file and line number and skipped (the input file still holds it);
- a record whose ``error`` is set (a release that could not be read or parsed) is kept, and
  counted: it names no entities;
- a second record with an id already read: dropped when it is the same record, else kept under
  the id with ``#2`` (``#3``...) added, with a warning, so that two different records are never
  merged into one nor one of them lost;
- a record of another schema version (fields the current schema lacks, or lacking fields it
  has: ``pressparse.records.SCHEMA_VERSION``) is kept as it is, missing fields read as absent,
  with a warning naming the fields.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator, Optional

from .records import SCHEMA_VERSION
from .schema import record_schema


@dataclass
class Read:
    """One record read from a file, with where it came from and what differs from the schema."""

    record: dict[str, Any]
    path: str
    line: int
    schema: list[str] = field(default_factory=list)  # "missing events[].topic", "unknown persons[].aliases"


@dataclass
class Tally:
    """What a reading found, for the summary line: records, error records, lines that were no
    record, duplicates dropped and renamed, records of another schema version."""

    records: int = 0
    errors: int = 0
    unreadable: int = 0
    duplicates: int = 0
    renamed: int = 0
    other_schema: int = 0
    schema_fields: Counter = field(default_factory=Counter)

    @property
    def problems(self) -> bool:
        """Whether any line or record could not be used as it is (the exit status 1)."""
        return bool(self.errors or self.unreadable)


@lru_cache(maxsize=None)
def _shapes() -> dict[str, Any]:
    """{"": top-level field names, "persons[]": ..., ...}: the fields the schema gives each object."""
    schema = record_schema()
    defs = schema["$defs"]
    shapes: dict[str, frozenset] = {}

    def walk(where: str, node: dict) -> None:
        shapes[where] = frozenset(node.get("properties", {}))
        for name, prop in node.get("properties", {}).items():
            for option in prop.get("anyOf", [prop]):
                ref = (option.get("items") or option).get("$ref")
                if ref:
                    inner = f"{where}.{name}" if where else name
                    walk(inner + ("[]" if "items" in option else ""), defs[ref.rsplit("/", 1)[1]])

    walk("", schema)
    return shapes


def schema_differences(record: dict[str, Any]) -> list[str]:
    """The fields a record lacks or has beyond the current schema's (``"missing events[].topic"``,
    ``"unknown persons[].aliases"``); empty for a record of the current version."""
    shapes = _shapes()
    found: set[str] = set()

    def walk(where: str, value: Any) -> None:
        if isinstance(value, list) and where.endswith("[]"):
            for item in value:
                walk(where, item)
            return
        expected = shapes.get(where)
        if expected is None or not isinstance(value, dict):
            return
        for name in expected - value.keys():
            found.add(f"missing {where + '.' if where else ''}{name}")
        for name in value.keys() - expected:
            found.add(f"unknown {where + '.' if where else ''}{name}")
        for name in expected & value.keys():
            inner = f"{where}.{name}" if where else name
            walk(inner + "[]" if inner + "[]" in shapes else inner, value[name])

    walk("", record)
    return sorted(found)


def read_records(paths: Iterable[str], tally: Tally, problem: Callable[[str], None],
                 seen: Optional[dict[str, tuple[str, int, str]]] = None) -> Iterator[Read]:
    """The records of JSON Lines files, in order, checked as the module says; ``problem`` gets one
    message for each line or record not used as it is, ``tally`` counts them. ``seen`` maps the
    ids read so far to (path, line, the record's JSON) and is filled in."""
    seen = {} if seen is None else seen
    for path in paths:
        with open(path, encoding="utf-8", errors="surrogateescape") as stream:
            for number, line in enumerate(stream, 1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    record = json.loads(line)
                except ValueError as exc:
                    tally.unreadable += 1
                    problem(f"{where}: not a JSON record ({exc}); skipped")
                    continue
                if not isinstance(record, dict) or record.get("id") is None:
                    tally.unreadable += 1
                    problem(f"{where}: not a pressparse record (a JSON object with an \"id\"); skipped")
                    continue
                record["id"] = str(record["id"])
                text = json.dumps(record, ensure_ascii=False, sort_keys=True)
                if record["id"] in seen:
                    copy, renamed = _place(record["id"], text, seen)
                    first = seen[record["id"]]
                    if copy is not None:
                        tally.duplicates += 1
                        problem(f"{where}: record {record['id']!r} is a copy of the one at {copy[0]}:{copy[1]}; "
                                "read once")
                        continue
                    tally.renamed += 1
                    problem(f"{where}: record id {record['id']!r} is also that of a different record at "
                            f"{first[0]}:{first[1]}; this one is kept as {renamed!r}")
                    record["id"] = renamed
                seen[record["id"]] = (path, number, text)
                differences = schema_differences(record)
                if differences:
                    tally.other_schema += 1
                    tally.schema_fields.update(differences)
                if record.get("error"):
                    tally.errors += 1
                tally.records += 1
                yield Read(record, path, number, differences)


def _place(ident: str, text: str, seen: dict[str, tuple[str, int, str]]) -> tuple[Optional[tuple], str]:
    """For a record whose id is taken: (where the same record was read, when it was), and the first
    free id of ``ident#2``, ``ident#3``..."""
    n, candidate = 1, ident
    while candidate in seen:
        if seen[candidate][2] == text:
            return seen[candidate], candidate
        n += 1
        candidate = f"{ident}#{n}"
    return None, candidate


def schema_warning(tally: Tally) -> Optional[str]:
    """One line about the records of another schema version, or None."""
    if not tally.other_schema:
        return None
    fields = ", ".join(f for f, _ in tally.schema_fields.most_common(6))
    return (f"{tally.other_schema} record(s) are not of record schema {SCHEMA_VERSION} ({fields}): "
            "read as far as they go, fields it lacks as absent")
