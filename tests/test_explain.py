"""explain: each emitted entity, post, date and event with the rule that made it and the text it saw."""

import pytest

from pressparse import cli
from conftest import SAMPLES

SEED = "000_b51bf4fae41c79d9"


@pytest.fixture(scope="module")
def explained(nlp, seeds):
    doc = nlp.parse(seeds[SEED], id=SEED, explain=True)
    return doc, doc.explain()


def section(text, title):
    """The lines of one section of an explanation, up to the next blank line."""
    return text.split(f"\n{title}\n", 1)[1].split("\n\n", 1)[0]


def test_a_post_says_which_rule_gave_it_to_its_holder(explained):
    _, text = explained
    persons = section(text, "Persons")
    assert "«Министр связи и информатизации Республики Беларусь» 100–150" in persons
    assert "posts · the person after it: «министр связи и информатизации» held by p1" in persons
    assert "head «Министр» (found by the hand lexicon); it governs: a genitive, и and a genitive, a genitive, a name" in persons


def test_a_name_says_which_fix_rule_made_it_and_how_it_was_named(explained):
    _, text = explained
    persons = section(text, "Persons")
    assert "ner_rules · SplitCountryFromName: made PER" in persons
    assert "normalise · PER: named 'Синь Гобинь'" in persons


def test_a_merge_and_a_common_body_are_told(explained):
    _, text = explained
    assert "entities · same body: 'ШОС' is part of 'Шанхайская организация сотрудничества'" in section(
        text, "Organizations")


def test_dates_say_their_atoms_and_how_they_were_resolved(explained):
    _, text = explained
    dates = section(text, "Dates")
    assert "«в июне т.г.» 1421–1432 → 2025-06 (month)\n    dates · month: the release's year +0" in dates


def test_events_say_their_trigger_date_parties_and_merges(explained):
    doc, text = explained
    events = section(text, "Events")
    assert events.startswith("  e1 meeting, occurred, 2025-07-31")
    for line in ("events · trigger: переговоры (noun) is a meeting",
                 "events · date: the date nearest to the trigger in its sentence: «31 июля 2025 г.»",
                 "events · participants: named in its sentence: «Кирилл Залесский», «Синь Гобинем»",
                 "events · merged: the meeting of sentence 10: naming no one and no date, it is the one before"):
        assert line in events
    assert len(doc.events) == events.count("(trigger)")


def test_what_ended_in_no_record_comes_last(explained):
    _, text = explained
    assert "«Справочно» 833–842: ner_rules · DropCommonWords: took away PER" in section(text, "Not in the record")


def test_the_record_is_the_same_with_or_without_notes(nlp, seeds, explained):
    doc, _ = explained
    plain = nlp.parse(seeds[SEED], id=SEED)
    assert plain.to_json() == doc.to_json() and plain.notes is None and doc.notes


def test_a_former_post_says_so(nlp):
    text = nlp.parse("Бывший министр финансов Алексей Кудрин выступил на форуме.", explain=True).explain()
    assert "post: бывший министр финансов (former) of o1 Министерство финансов" in text


def test_a_document_parsed_without_explain_says_how_to_get_notes(nlp):
    with pytest.raises(ValueError, match="explain=True"):
        nlp.parse("Министр Иван Петров провел встречу.").explain()


def test_a_document_with_nothing_to_note_is_explained_as_such(nlp):
    # parsed with explain=True, a release naming no one and nothing keeps an empty list of notes
    document = nlp.parse("Погода хорошая.", explain=True)
    assert document.notes == () and document.explain().startswith("(no id): Погода хорошая.")
    assert nlp.parse("Погода хорошая.").notes is None


def test_an_error_record_explains_its_error(nlp):
    doc = nlp.pipe([{"id": "x"}])
    assert "error: InputError" in next(doc).explain()


def test_the_command_prints_each_release(shared_model, capsys):
    status = cli.main(["explain", str(SAMPLES)])
    out = capsys.readouterr().out
    assert status == 0
    assert out.count("\nPersons\n") == 2 and "Синь Гобинь" in out and "Антон Алексеев" in out


def test_an_organisation_says_which_rules_made_and_named_it(nlp):
    doc = nlp.parse("Проверку провели сотрудники министерства сельского хозяйства Польши.", explain=True)
    organizations = section(doc.explain(), "Organizations")
    assert "ner_rules · StateBodyPhrase: made ORG" in organizations
    assert "ner_rules · JoinOrgAndComplement: named through «министерства сельского хозяйства Польши»" in organizations


def test_a_persons_country_says_which_rule_gave_it(explained):
    _, text = explained
    assert "«Кирилл Залесский» 151–167\n      posts · their post's country: Беларусь for p1" in section(text, "Persons")


@pytest.mark.parametrize("text, line", [
    ("Антон Алиханов рассказал о китайской инициативе.",
     "posts · the one country of the sentence naming them first: Китай for p1"),
    ("Встреча прошла в Кремле. Антон Алиханов доложил о работе.", "posts · the release's own country: Россия for p1"),
])
def test_a_country_not_of_a_post_says_where_it_came_from(nlp, text, line):
    persons = section(nlp.parse(text, explain=True).explain(), "Persons")
    assert "p1 Антон Алиханов" in persons and line in persons


def test_a_tie_by_a_verb_says_its_rule_and_verb(nlp):
    text = nlp.parse("Иван Петров работает в банке «Заря».", explain=True).explain()
    assert "post: (no post named: a tie by a verb) of o1 Заря" in text
    assert "a tie by a verb: the person, then the verb: p1 tied to o1 by the verb «работает»" in text
