"""Parsing in worker processes, and the per-document time budget.

Worker pools cost a second or two each (every worker loads its models), so the
tests that start one are few and each checks several things.
"""

import functools
import itertools
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pressparse
from pressparse import parallel
from pressparse.pipeline import Pipeline, chunks
from pressparse.stages import events as events_stage
from pressparse.stages import read as read_stage
from conftest import SAMPLES, assert_offsets

SEED = (SAMPLES / "000_b51bf4fae41c79d9.txt").read_text(encoding="utf-8")
OTHER = (SAMPLES / "003_9c0d123f5dd01e10.txt").read_text(encoding="utf-8")
HANG, CRASH = "ЗАВИСНУТЬ", "УПАСТЬ"


def misbehave(nlp):
    """``worker_init`` for the tests: documents holding HANG hang, those holding CRASH kill their worker."""
    real = read_stage.read

    def read(text):
        if HANG in text:
            time.sleep(3600)
        if CRASH in text:
            os.kill(os.getpid(), signal.SIGSEGV)
        return real(text)

    read_stage.read = read


def pool(items, batch_size=32, **options):
    """``parallel.pipe`` as ``Pipeline.pipe`` calls it, with its options open to the tests."""
    return parallel.pipe(Pipeline(batch_size), chunks(items, batch_size), make=functools.partial(Pipeline, batch_size),
                         **options)


def refuse(nlp):
    raise RuntimeError("this worker refuses to start")


def records(documents):
    return [(d.to_dict(), d.text) for d in documents]


def test_two_workers_give_the_records_of_one_in_input_order(nlp):
    items = [SEED, ("b", OTHER), {"id": "c", "text": SEED, "published": "2020-01-01"},
             pressparse.Input(text="Антон Алексеев провел встречу.", id="d"), 42, {"id": "f"},
             "", "\x00\ufffd" * 10] + [(f"x{i}", (SEED, OTHER)[i % 2]) for i in range(12)]
    here = list(nlp.pipe(items))
    there = list(Pipeline(batch_size=3).pipe(items, workers=2, timeout=60))
    assert [d.id for d in there] == [d.id for d in here]
    assert records(there) == records(here)
    assert there == here  # Documents rebuilt from plain records are equal to the originals
    assert there[4].error.type == "InputError"
    for document in there:
        assert_offsets(document)


def test_a_hanging_or_crashing_document_fails_alone_and_the_run_goes_on(nlp):
    items = [("a", SEED), ("hang", f"{HANG} {OTHER}"), ("b", OTHER), ("c", SEED),
             ("crash", f"{CRASH}"), ("d", OTHER), ("e", SEED)]
    started = time.monotonic()
    documents = list(pool(items, 2, workers=2, timeout=1.5, worker_init=misbehave))
    took = time.monotonic() - started
    assert [d.id for d in documents] == ["a", "hang", "b", "c", "crash", "d", "e"]
    errors = {d.id: d.error.type for d in documents if d.error}
    assert errors == {"hang": "Timeout", "crash": "WorkerCrashed"}
    good = {d.id: d.to_dict() for d in nlp.pipe([i for i in items if i[0] not in errors])}
    assert {d.id: d.to_dict() for d in documents if not d.error} == good
    assert "exit code -11" in documents[4].error.message
    assert took < 60


def test_the_stream_is_read_a_bounded_window_ahead():
    pulled = itertools.count()

    def endless():
        for i in itertools.count():
            next(pulled)
            yield (str(i), OTHER if i % 2 else "Короткий текст.")

    stream = Pipeline(batch_size=4).pipe(endless(), workers=2, timeout=60)
    first = [next(stream) for _ in range(30)]
    assert [d.id for d in first] == [str(i) for i in range(30)]
    # Never more than 3 batches per worker beyond what was yielded.
    assert next(pulled) <= 30 + 3 * 2 * 4 + 4
    stream.close()
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [p for p in multiprocessing.active_children() if p.name == "pressparse-worker"]


def test_a_worker_that_cannot_start_stops_the_run_with_its_reason():
    with pytest.raises(parallel.WorkerStartError, match="refuses to start"):
        list(pool(["текст"] * 5, workers=2, worker_init=refuse))


def test_pipe_takes_workers_and_checks_them(nlp):
    with pytest.raises(ValueError):
        nlp.pipe(["текст"], workers=0)
    with pytest.raises(ValueError):
        nlp.pipe(["текст"], timeout=0)


def _hang_in_events(monkeypatch):
    """Documents holding HANG hang in the events stage, after the NER network's."""
    real = events_stage._triggered

    def triggered(number, sentence, normed, doc, dated):
        if HANG in doc.text:
            time.sleep(3600)
        return real(number, sentence, normed, doc, dated)

    monkeypatch.setattr(events_stage, "_triggered", triggered)


def _hang_in_read(monkeypatch):
    """Documents holding HANG hang as they are read, before the NER network."""
    real = read_stage.read

    def read(text):
        if HANG in text:
            time.sleep(3600)
        return real(text)

    monkeypatch.setattr(read_stage, "read", read)


@pytest.mark.skipif(not parallel.can_budget(), reason="SIGALRM budgets need POSIX and the main thread")
@pytest.mark.parametrize("threads", [1, 2])
@pytest.mark.parametrize("hang", [_hang_in_read, _hang_in_events])
def test_the_budget_in_process_turns_a_hang_into_a_timeout_record(nlp, monkeypatch, threads, hang):
    hang(monkeypatch)
    monkeypatch.setattr(nlp, "threads", threads)
    monkeypatch.setattr(nlp, "batch_size", 2)  # with two threads, the hang's batch is tagged ahead
    items = [("a", SEED), ("hang", HANG + " Встреча Владимира Путина с Си Цзиньпином."), ("b", OTHER)]
    started = time.monotonic()
    documents = list(nlp.pipe(items, timeout=0.5))
    assert time.monotonic() - started < 10
    assert [d.id for d in documents] == ["a", "hang", "b"]
    assert documents[1].error.type == "Timeout" and "0.5 s" in documents[1].error.message
    # Nothing left behind: the others are what they are without a budget, and no alarm is pending.
    assert records([documents[0], documents[2]]) == records(nlp.pipe([items[0], items[2]]))
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.default_int_handler, None)


def test_records_come_back_as_equal_documents(nlp):
    document = nlp.parse(SEED, id="seed")
    again = parallel.document_from_dict(document.to_dict(), SEED)
    assert again == document and again.persons[0].mentions[0].text == document.persons[0].mentions[0].text


@pytest.mark.skipif(not parallel.can_budget(), reason="SIGALRM budgets need POSIX and the main thread")
def test_the_budget_keeps_the_callers_own_alarm(nlp, monkeypatch):
    real = read_stage.read

    def read(text):
        if "МЕДЛЕННО" in text:
            time.sleep(1)  # the caller's alarm goes off in here; sleep then goes on (PEP 475)
        return real(text)

    monkeypatch.setattr(read_stage, "read", read)
    fired = []

    def callers(signum, frame):
        fired.append(signum)

    previous = signal.signal(signal.SIGALRM, callers)
    try:
        signal.setitimer(signal.ITIMER_REAL, 1000)
        [document] = nlp.pipe([("a", SEED)], timeout=30)
        assert document.error is None
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 0 < left <= 1000  # still running, not cancelled
        assert signal.getsignal(signal.SIGALRM) is callers
        # The caller's alarm due in the middle of a document goes off as it would have, and the
        # document is not taken for one over its budget.
        signal.setitimer(signal.ITIMER_REAL, 0.2)
        [document] = nlp.pipe([("slow", "МЕДЛЕННО " + OTHER)], timeout=30)
        assert fired == [signal.SIGALRM] and document.error is None
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0) and signal.getsignal(signal.SIGALRM) is callers
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_no_more_workers_start_than_there_are_batches_and_a_raising_stream_loses_nothing():
    def workers():
        return [p for p in multiprocessing.active_children() if p.name == "pressparse-worker"]

    stream = Pipeline(batch_size=4).pipe([("a", SEED), ("b", OTHER)], workers=8, timeout=60)
    assert next(stream).id == "a"
    assert len(workers()) == 1  # one batch, one worker
    assert [d.id for d in stream] == ["b"]

    def raising():
        for i in range(6):  # a batch and a half
            yield (f"d{i}", OTHER)
        raise OSError("the source went away")

    got = []
    with pytest.raises(OSError, match="went away"):
        for document in Pipeline(batch_size=4).pipe(raising(), workers=2, timeout=60):
            got.append(document.id)
    assert got == [f"d{i}" for i in range(6)]


KILLED_PARENT = """
import itertools, os, sys
import pressparse

def endless(text):
    for i in itertools.count():
        yield (str(i), text)

if __name__ == "__main__":
    text = open(sys.argv[1], encoding="utf-8").read()
    for n, document in enumerate(pressparse.Pipeline(batch_size=2).pipe(endless(text), workers=2, timeout=60)):
        if n == 5:
            os.kill(os.getpid(), 9)
"""


def test_the_workers_of_a_parent_killed_with_9_end_quietly_and_leave_nothing(tmp_path):
    script = tmp_path / "killed.py"
    script.write_text(KILLED_PARENT, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        filter(None, [str(Path(pressparse.__file__).parents[1]), os.environ.get("PYTHONPATH")])))
    # stderr reaches its end once every process holding it, the workers included, has ended.
    done = subprocess.run([sys.executable, str(script), str(SAMPLES / "000_b51bf4fae41c79d9.txt")],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == -signal.SIGKILL
    assert "Traceback" not in done.stderr and "leaked" not in done.stderr, done.stderr[-2000:]
