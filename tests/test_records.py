import json
from importlib import resources

import jsonschema
import pytest

from pressparse.records import (
    DateMention,
    Document,
    Error,
    Event,
    Location,
    Mention,
    Participant,
    Person,
    Position,
    Span,
)
from pressparse.schema import record_schema


def shipped_schema():
    return json.loads(resources.files("pressparse").joinpath("data/record.schema.json").read_text(encoding="utf-8"))


def test_shipped_schema_is_the_one_derived_from_the_types():
    assert shipped_schema() == record_schema(), (
        "regenerate it: pressparse schema > src/pressparse/data/record.schema.json")


def test_schema_is_valid_and_versioned():
    schema = record_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["version"] and schema["version"] in schema["$id"]


def test_record_has_exactly_the_spec_fields():
    record = Document(id="x", text="Путин").to_dict()
    assert list(record) == ["id", "source", "title", "published", "published_from", "persons", "organizations",
                            "locations", "groups", "positions", "dates", "events", "error"]
    assert record["source"] == {"path": None, "url": None}


def test_a_full_record_validates_and_round_trips_through_json():
    text = "Путин встретился с Си Цзиньпином в Москве 8 мая 2025 года."

    def at(word):
        return Mention(text.index(word), text.index(word) + len(word), word)

    doc = Document(
        id="d",
        text=text,
        persons=(Person("p1", "Владимир Путин", "Россия", (Position("президент", None, "Россия"),),
                        (at("Путин"),)),),
        locations=(Location("l1", "Москва", "place", (at("Москве"),)),),
        dates=(DateMention("2025-05-08", "8 мая 2025 года", at("8 мая 2025 года").start, at("8 мая 2025 года").stop, "day"),),
        events=(Event("e1", "meeting", "occurred", at("встретился"), Span(0, len(text)),
                      date="2025-05-08", place="l1", participants=(Participant("p1", "participant"),)),),
    )
    record = json.loads(doc.to_json())
    jsonschema.validate(record, record_schema())
    assert record["events"][0]["trigger"] == {"start": 6, "stop": 16, "text": "встретился"}
    assert record["persons"][0]["positions"][0]["title"] == "президент"


@pytest.mark.parametrize("bad", [
    {"persons": "not a list"},
    {"error": {"type": "X"}},
    {"surplus": 1},
])
def test_schema_rejects_malformed_records(bad):
    record = Document(id="x", error=Error("E", "m")).to_dict()
    record.update(bad)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, record_schema())


def test_records_are_immutable():
    person = Person("p1", "Кирилл Залесский")
    with pytest.raises(AttributeError):
        person.name = "другое"


@pytest.mark.parametrize("published, valid", [("2025-07-31", True), ("2025-07", True), (None, True),
                                              ("31.07.2025", False), ("garbage", False)])
def test_the_schema_says_what_published_is(published, valid):
    record = Document(id="x", published=published).to_dict()
    if valid:
        jsonschema.validate(record, record_schema())
    else:
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(record, record_schema())


def test_a_tie_to_a_body_with_no_post_validates_with_a_null_title_and_round_trips():
    from pressparse.records import Organization, document_from_dict

    text = "Иван Петров работает в банке «Заря»."
    tie = Mention(12, 35, text[12:35])
    doc = Document(id="d", text=text,
                   persons=(Person("p1", "Иван Петров", None, (Position(None, "o1", None, (tie,)),),
                                   (Mention(0, 11, "Иван Петров"),)),),
                   organizations=(Organization("o1", "Заря", mentions=(Mention(30, 34, "Заря"),)),))
    record = json.loads(doc.to_json())
    jsonschema.validate(record, record_schema())
    assert record["persons"][0]["positions"][0] == {
        "title": None, "org": "o1", "country": None,
        "mentions": [{"start": 12, "stop": 35, "text": "работает в банке «Заря»"}], "former": False}
    assert document_from_dict(record, text).to_dict() == record
