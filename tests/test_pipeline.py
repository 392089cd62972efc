"""The public API over real releases: parse, pipe, records, offsets, golden records."""

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import pressparse
from pressparse.records import document_from_dict
from conftest import assert_offsets, dev_documents
from fixtures.regenerate import goldens, record

SEED = "000_b51bf4fae41c79d9"


def test_parse_the_seed(nlp, seeds):
    doc = nlp.parse(seeds[SEED], id=SEED)
    assert doc.id == SEED and doc.error is None
    assert doc.title == "Беларусь и Китай активизируют сотрудничество в сфере цифрового развития"
    assert doc.source.url == "https://mpt.gov.by/node/10669"
    assert doc.published == "2025-07-31" and doc.published_from == "lead"
    assert [p.name for p in doc.persons] == ["Кирилл Залесский", "Синь Гобинь", "Ли Цян"]
    assert {loc.name: loc.kind for loc in doc.locations}["Китай"] == "country"
    assert_offsets(doc)


@pytest.mark.parametrize("text, golden", goldens(), ids=lambda p: p.stem)
def test_records_are_golden(nlp, text, golden):
    """The whole record of each seed and of each release written for the tests, as reviewed in its
    golden file (remade by tests/fixtures/regenerate.py; review its diff as code)."""
    found = record(nlp, text)
    assert found == json.loads(golden.read_text(encoding="utf-8"))
    jsonschema.validate(found, pressparse.record_schema())
    assert_offsets(document_from_dict(found, text.read_text(encoding="utf-8")))


def test_caller_date_wins(nlp, seeds):
    doc = nlp.parse(seeds[SEED], published="2025-08-01")
    assert (doc.published, doc.published_from) == ("2025-08-01", "caller")
    assert "2025-06" in [d.value for d in doc.dates]  # "в июне т.г." resolved against the caller's year


def test_published_from_the_publication_line(nlp):
    text = "Российско-китайские переговоры\n\n8 мая 2025 года 10:10 Москва, Кремль\n\nДата публикации: 8 мая 2025 года, 10:10"
    doc = nlp.parse(text)
    assert (doc.published, doc.published_from) == ("2025-05-08", "publication line")


def test_pipe_takes_texts_pairs_mappings_and_keeps_order(nlp, seeds):
    text = seeds[SEED]
    items = [text, ("b", text), {"id": "c", "text": text, "published": "2020-01-01"},
             pressparse.Input(text="Антон Алексеев провел встречу.", id="d"), 42, {"id": "f"}]
    docs = list(nlp.pipe(items))
    assert [d.id for d in docs] == ["0", "b", "c", "d", "4", "f"]
    assert docs[0].to_dict() == {**docs[1].to_dict(), "id": "0"}
    assert docs[2].published == "2020-01-01"
    assert [p.name for p in docs[3].persons] == ["Антон Алексеев"]
    assert docs[4].error.type == "InputError" and docs[5].error.type == "InputError"


def test_pipe_is_lazy_and_batched(nlp, seeds):
    def endless():
        while True:
            yield seeds[SEED]
    stream = nlp.pipe(endless())
    first = [next(stream) for _ in range(nlp.batch_size + 1)]
    assert all(d.persons == first[0].persons for d in first)


def test_empty_and_odd_texts_give_empty_records(nlp):
    for text in ["", "   \n\n", "---", "**", "\x00\x01", "Привет" * 5000]:
        doc = nlp.parse(text)
        assert doc.error is None
        assert_offsets(doc)


def test_parse_rejects_non_text(nlp):
    with pytest.raises(TypeError):
        nlp.parse(b"bytes")


def test_module_level_parse_shares_one_pipeline(seeds):
    assert pressparse.parse(seeds[SEED]).persons == pressparse.parse(seeds[SEED]).persons


def test_records_validate_against_the_shipped_schema(nlp, seeds):
    schema = pressparse.record_schema()
    for name, text in seeds.items():
        jsonschema.validate(json.loads(nlp.parse(text, id=name).to_json()), schema)


@pytest.mark.parametrize("name", ["releases-dev.jsonl", "factru-dev.jsonl", "nerel-dev.jsonl"])
def test_offsets_and_schema_over_the_dev_documents(nlp, name):
    docs = dev_documents(name)
    schema = pressparse.record_schema()
    for doc in nlp.pipe({"id": d["id"], "text": d["text"]} for d in docs):
        assert doc.error is None, doc.error
        assert_offsets(doc)
        jsonschema.validate(doc.to_dict(), schema)


def test_works_without_pkg_resources(tmp_path, seeds):
    """pressparse must run where setuptools (and so pkg_resources) is absent (natasha#146)."""
    blocker = tmp_path / "sitecustomize.py"
    blocker.write_text(
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'pkg_resources' or name.startswith('pkg_resources.'):\n"
        "            raise ImportError('pkg_resources is blocked for this test')\n"
        "sys.meta_path.insert(0, Block())\n")
    code = ("import sys, pressparse\n"
            "doc = pressparse.parse(sys.stdin.read())\n"
            "assert 'pymorphy2' not in sys.modules, 'pymorphy2 was imported'\n"
            "print(doc.persons[0].name)\n")
    env = {"PYTHONPATH": str(tmp_path), "PATH": ""}
    out = subprocess.run([sys.executable, "-c", code], input=seeds[SEED], capture_output=True, text=True,
                         env=env, check=True)
    assert out.stdout.strip() == "Кирилл Залесский"


@pytest.mark.parametrize("threads", [1, 2])
def test_a_document_that_breaks_its_batch_fails_alone(nlp, tagger, seeds, monkeypatch, threads):
    real = tagger.__class__.score

    def fragile(self, sentences):
        if any("Залесский" in words for words in sentences):
            raise RuntimeError("the tagger choked")
        return real(self, sentences)

    monkeypatch.setattr(tagger.__class__, "score", fragile)
    monkeypatch.setattr(nlp, "threads", threads)
    monkeypatch.setattr(nlp, "batch_size", 2)  # three batches: with two threads, each tagged ahead
    docs = list(nlp.pipe([(f"bad{k}", seeds[SEED]) if k % 2 == 0 else (f"good{k}", seeds["003_9c0d123f5dd01e10"])
                          for k in range(6)]))
    assert [doc.error.type if doc.error else None for doc in docs] == ["RuntimeError", None] * 3
    assert "choked" in docs[0].error.message
    assert all("Антон Алексеев" in [p.name for p in doc.persons] for doc in docs[1::2])


def test_the_garbage_collector_is_paused_only_while_a_batch_is_parsed(nlp, tagger, seeds, monkeypatch):
    real = tagger.__class__.score
    during = []

    def watched(self, sentences):
        during.append(gc.isenabled())
        return real(self, sentences)

    monkeypatch.setattr(tagger.__class__, "score", watched)
    nlp.parse(seeds[SEED])
    assert during == [False] and gc.isenabled()
    gc.disable()  # a caller's own choice is left as it was
    try:
        nlp.parse(seeds[SEED])
        assert not gc.isenabled()
    finally:
        gc.enable()
    monkeypatch.setattr(tagger.__class__, "score", lambda self, sentences: 1 / 0)
    assert nlp.parse(seeds[SEED]).error.type == "ZeroDivisionError" and gc.isenabled()


def test_output_does_not_depend_on_the_hash_seed():
    # two mentions of one post start together ("управляющий", "управляющий директор"): their order
    # must not come from a set's iteration, which changes with PYTHONHASHSEED
    text = ("В проекте участвуют и зарубежные исследователи, в том числе, Крис Хелмбрехт - управляющий "
            "директор и совладелец креативного агентства Kolle Rebbe.")
    code = "import sys, pressparse; print(pressparse.parse(sys.argv[1]).to_json())"
    outputs = {subprocess.run([sys.executable, "-c", code, text], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("0", "1", "2", "3")}
    assert len(outputs) == 1


def test_published_is_an_iso_date_a_date_or_not_given(nlp, seeds):
    import datetime

    text = seeds[SEED]  # its own date: 2025-07-31, from its lead
    items = [{"id": "garbage", "text": text, "published": "garbage"},
             {"id": "no-such-day", "text": text, "published": "2024-02-30"},
             {"id": "russian-order", "text": text, "published": "02.05.2024"},
             {"id": "a-month", "text": text, "published": "2024-05"},
             {"id": "a-number", "text": text, "published": 20240502},
             {"id": "empty", "text": text, "published": ""},
             {"id": "none", "text": text, "published": None},
             {"id": "date", "text": text, "published": datetime.date(2024, 5, 2)},
             {"id": "datetime", "text": text, "published": datetime.datetime(2024, 5, 2, 10, 30)},
             {"id": "iso", "text": text, "published": "2024-05-02"}]
    docs = {d.id: d for d in nlp.pipe(items)}
    for bad in ("garbage", "no-such-day", "russian-order", "a-month", "a-number"):
        assert docs[bad].error.type == "InputError", bad
        assert "published" in docs[bad].error.message and "YYYY-MM-DD" in docs[bad].error.message
    for not_given in ("empty", "none"):
        assert (docs[not_given].published, docs[not_given].published_from) == ("2025-07-31", "lead")
    for given in ("date", "datetime", "iso"):
        assert (docs[given].published, docs[given].published_from) == ("2024-05-02", "caller"), given
    assert nlp.parse(text, published=datetime.date(2024, 5, 2)).published == "2024-05-02"
    with pytest.raises(ValueError, match="published"):
        nlp.parse(text, published="2024-02-30")
    with pytest.raises(ValueError, match="published"):
        pressparse.Input(text=text, published="garbage")


def test_ids_and_paths_are_strings_in_every_record_and_records_validate(nlp, seeds):
    from pathlib import PurePosixPath

    schema = pressparse.record_schema()
    text = seeds[SEED]
    doc = nlp.parse(text, id=123)
    assert doc.id == "123" and json.loads(doc.to_json())["id"] == "123"
    jsonschema.validate(json.loads(doc.to_json()), schema)
    docs = list(nlp.pipe([{"text": text, "path": 7}, {"id": 5, "text": text, "path": PurePosixPath("a/b.txt")},
                          (9, text), pressparse.Input(text=text, id=10, path=b"c.txt")]))
    assert docs[0].error.type == "InputError" and "path" in docs[0].error.message and docs[0].source.path is None
    assert (docs[1].id, docs[1].source.path, docs[1].error) == ("5", "a/b.txt", None)
    assert (docs[2].id, docs[3].id, docs[3].source.path) == ("9", "10", "c.txt")
    for document in docs:
        jsonschema.validate(json.loads(document.to_json()), schema)
    with pytest.raises(TypeError, match="path"):
        pressparse.Input(text=text, path=7)


def test_pipe_refuses_one_text_given_as_the_stream(nlp):
    for one in ("Министр провел встречу.", b"bytes", {"id": "a", "text": "Текст."}):
        with pytest.raises(TypeError, match="iterable of"):
            nlp.pipe(one)
    with pytest.raises(TypeError):
        nlp.pipe(42)


def test_items_pulled_from_a_stream_that_raises_are_yielded_before_its_error(nlp):
    def stream():
        for i in range(6):  # a batch and a half
            yield (f"d{i}", f"Министр Иван Петров-{i} провел встречу.")
        raise OSError("the source went away")

    got = []
    with pytest.raises(OSError, match="went away"):
        for document in pressparse.Pipeline(batch_size=4).pipe(stream()):
            got.append(document.id)
    assert got == [f"d{i}" for i in range(6)]
    got = []
    with pytest.raises(OSError, match="went away"):
        for document in pressparse.Pipeline(batch_size=4).pipe(stream(), timeout=30):
            got.append(document.id)
    assert got == [f"d{i}" for i in range(6)]


def test_two_threads_give_the_records_of_one(nlp, seeds, monkeypatch):
    texts = list(seeds.values()) + [path.read_text(encoding="utf-8")
                                    for path in sorted((Path(__file__).parent / "fixtures" / "texts").glob("*.txt"))]
    monkeypatch.setattr(nlp, "batch_size", 2)  # several batches, each tagged while the one before is finished
    records = {}
    for threads in (1, 2):
        monkeypatch.setattr(nlp, "threads", threads)
        records[threads] = [doc.to_json() for doc in nlp.pipe(texts)]
    assert len(records[2]) == len(texts) and records[2] == records[1]


def test_two_threads_leave_the_interpreter_and_blas_as_they_were(nlp, seeds):
    from threadpoolctl import threadpool_info

    blas = [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]
    interval = sys.getswitchinterval()
    stream = nlp.pipe(list(seeds.values()) * 40)
    next(stream)
    during = [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert all(n == 1 for n in during)  # the rules' core is not taken by BLAS's threads while it runs
    assert len(list(stream)) == 79
    assert [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"] == blas
    assert sys.getswitchinterval() == interval


@pytest.mark.parametrize("threads", [0, 3, "2"])
def test_threads_are_one_or_two(threads):
    with pytest.raises(ValueError, match="threads must be 1 or 2"):
        pressparse.Pipeline(threads=threads)


def test_only_a_batch_stage_has_a_part_to_run_ahead():
    from dataclasses import replace

    from pressparse import stages

    segment = next(stage for stage in stages.STAGES if stage.name == "segment")
    broken = tuple(replace(stage, ahead=len) if stage is segment else stage for stage in stages.STAGES)
    with pytest.raises(ImportError, match="only a batch stage has a part to run ahead"):
        stages._check(broken)


@pytest.mark.parametrize("threads", [1, 2])
def test_the_callers_cyclic_garbage_is_collected_during_a_long_stream(nlp, monkeypatch, threads):
    # what a batch leaves joins the oldest generation without a walk; a full collection every
    # FULL_EVERY batches still frees the cycles the caller makes between them
    from pressparse import pipeline

    monkeypatch.setattr(nlp, "threads", threads)
    monkeypatch.setattr(nlp, "batch_size", 1)
    freed = []

    class Cycle:
        def __init__(self):
            self.me = self

        def __del__(self):
            freed.append(1)

    made = 0
    for _ in nlp.pipe(["Министр Иван Петров провел встречу."] * (2 * pipeline.FULL_EVERY + 2)):
        Cycle()
        made += 1
    assert made == 2 * pipeline.FULL_EVERY + 2 and len(freed) >= pipeline.FULL_EVERY
