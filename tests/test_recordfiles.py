"""Reading record files back: every line accounted for, ids kept apart, other schema versions named."""

import json

import pytest

import pressparse
from pressparse.recordfiles import Tally, read_records, schema_differences, schema_warning


@pytest.fixture(scope="module")
def seed(nlp, seeds):
    ident, text = next(iter(seeds.items()))
    return nlp.pipe([(ident, text)]).__next__().to_dict()


def test_a_record_of_this_version_differs_in_nothing(seed):
    assert schema_differences(seed) == []


@pytest.mark.parametrize("change, found", [
    (lambda r: [e.pop("topic") for e in r["events"]], ["missing events[].topic"]),  # schema 1.0
    (lambda r: r.update(schema_version="2.0"), ["unknown schema_version"]),
    (lambda r: r["persons"][0].update(aliases=["К. Залесский"]), ["unknown persons[].aliases"]),
    (lambda r: r.pop("groups"), ["missing groups"]),
])
def test_fields_another_version_lacks_or_adds_are_named(seed, change, found):
    record = json.loads(json.dumps(seed))
    change(record)
    assert schema_differences(record) == found


def test_every_line_is_used_or_reported(tmp_path, seed):
    other = {**seed, "title": "другой"}
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join([json.dumps(seed), "", "oops", json.dumps(seed), json.dumps(other),
                               json.dumps(other), json.dumps({"id": 7, "persons": []}), "{}"]) + "\n",
                    encoding="utf-8")
    tally, messages = Tally(), []
    reads = list(read_records([str(path)], tally, messages.append))
    assert [r.record["id"] for r in reads] == [seed["id"], seed["id"] + "#2", "7"]
    assert [r.line for r in reads] == [1, 5, 7]
    assert (tally.records, tally.unreadable, tally.duplicates, tally.renamed) == (3, 2, 2, 1)
    assert len(messages) == 5
    assert tally.other_schema == 1 and "missing dates" in schema_warning(tally)
    assert pressparse.SCHEMA_VERSION in schema_warning(tally)
