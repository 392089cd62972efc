"""The event type registry: specs and data/triggers.tsv checked against each other, and a new type
made of one spec and one trigger row, extracted with its roles, in the schema, back from a dict."""

import contextlib
from importlib import resources

import jsonschema
import pytest

import pressparse
from pressparse import eventtypes
from pressparse.eventtypes import EventType, Roles
from pressparse.records import document_from_dict
from pressparse.stages import events


def table_rows():
    text = resources.files("pressparse").joinpath("data", "triggers.tsv").read_text(encoding="utf-8")
    return eventtypes.parse_rows(text.splitlines(), "triggers.tsv")


def test_every_row_of_the_triggers_table_has_a_spec_and_every_spec_a_row():
    rows = table_rows()
    assert {row.type for row in rows} == {spec.name for spec in eventtypes.BUILT_IN}
    assert {row.condition for row in rows} - {None} == set(events.CONDITIONS) == set(eventtypes.CONDITIONS)


def test_every_field_a_type_names_has_a_finder():
    assert {name for spec in eventtypes.types() for name in spec.fields} <= set(events.FIELDS)


@contextlib.contextmanager
def registered(spec, rows):
    eventtypes.register(spec, triggers=rows)
    try:
        yield
    finally:
        eventtypes.unregister(spec.name)


def test_a_new_type_is_one_spec_and_one_row(nlp):
    spec = EventType("tour", roles=Roles(person="guide", org="host"))
    with registered(spec, ["tour\tэкскурсия\tnoun"]):
        doc = nlp.parse("Министр иностранных дел Иван Петров провел экскурсию для журналистов в Москве.")
        schema = pressparse.record_schema()
    (tour,) = [e for e in doc.events if e.type == "tour"]
    assert tour.trigger.text == "провел экскурсию" and tour.status == "occurred"
    assert [(doc.entity(p.ref).name, p.role) for p in tour.participants] == [("Иван Петров", "guide")]
    assert doc.entity(tour.place).name == "Москва"
    assert "tour" in schema["$defs"]["Event"]["properties"]["type"]["enum"]
    assert "guide" in schema["$defs"]["Participant"]["properties"]["role"]["enum"]
    jsonschema.validate(doc.to_dict(), schema)
    assert document_from_dict(doc.to_dict(), doc.text) == doc
    # once unregistered, the word means nothing again
    assert not nlp.parse("Министр Иван Петров провел экскурсию.").events


@pytest.mark.parametrize("spec, rows, message", [
    (EventType("tour"), [], "no trigger row names it"),
    (EventType("tour", fields=("agenda",)), ["tour\tэкскурсия\tnoun"], "fields"),
    (EventType("tour", takes=("crowd",)), ["tour\tэкскурсия\tnoun"], "takes"),
    (EventType("tour"), ["tour\tэкскурсия\tadverb"], "noun or verb"),
    (EventType("tour"), ["tour\tэкскурсия\tnoun\tloud"], "no condition 'loud'"),
    (EventType("tour"), ["meeting\tэкскурсия\tnoun"], "must all be of that type"),
    (EventType("signing", record=pressparse.Meeting), ["signing\tподписант\tnoun"], "is for 'meeting'"),
])
def test_a_spec_that_does_not_hold_together_is_refused(spec, rows, message):
    before = (eventtypes.types(), eventtypes.triggers())
    with pytest.raises(ValueError, match=message):
        eventtypes.register(spec, triggers=rows)
    assert (eventtypes.types(), eventtypes.triggers()) == before


@pytest.mark.parametrize("row, lemmas, context", [
    ("ceremony\tцеремония\tnoun", ("церемония",), ()),
    ("ceremony\tвозложить венок\tverb", ("возложить", "венок"), ()),
    ("signing\tцеремония [обмен]\tnoun", ("церемония",), ("обмен",)),
])
def test_trigger_rows_read_phrases_and_context(row, lemmas, context):
    (trigger,) = eventtypes.parse_rows([row], "test")
    assert (trigger.lemmas, trigger.context) == (lemmas, context)


def test_a_ceremony_of_exchange_is_a_signing_whose_trigger_is_the_ceremony(nlp):
    doc = nlp.parse("Состоялась церемония обмена подписанными документами между министерствами.")
    assert [(e.type, e.trigger.text) for e in doc.events] == [("signing", "Состоялась церемония")]


def test_a_new_type_takes_over_a_word_another_type_has(nlp):
    text = "Министр Иван Петров провел брифинг."
    assert [e.type for e in nlp.parse(text).events] == ["conference"]
    with registered(EventType("briefing"), ["briefing\tбрифинг\tnoun"]):
        assert [e.type for e in nlp.parse(text).events] == ["briefing"]
    assert [e.type for e in nlp.parse(text).events] == ["conference"]
