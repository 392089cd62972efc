"""The pipeline: runs ``stages.STAGES`` in order over one release or a stream of them.

Each document becomes a ``Doc`` that the stages annotate in turn; a batch stage (the NER
network) takes the documents of a batch together. A document that a stage fails on gets an
error record and leaves the batch; the others go on. Models load once per ``Pipeline``, on
first use.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Iterable, Iterator, Mapping, Optional, Sequence, Tuple, Union

from threadpoolctl import ThreadpoolController

from . import parallel
from .doc import Doc, Input, as_input
from .records import Document, Error
from .stages import STAGES, Stage

Item = Union[str, Tuple[str, str], Mapping[str, str], Input]


def chunks(items: Iterable[Item], batch_size: int) -> Iterator[list[Input]]:
    """The stream as lists of ``batch_size`` Inputs, ids numbered by position from 0.

    Should the stream raise, the items already pulled from it come first, as a last, shorter
    chunk; the error is raised when the next chunk is asked for.
    """
    counter = itertools.count()
    iterator = iter(items)
    while True:
        chunk: list[Input] = []
        try:
            for item in itertools.islice(iterator, batch_size):
                chunk.append(as_input(item, next(counter)))
        except Exception:
            if chunk:
                yield chunk
            raise
        if not chunk:
            return
        yield chunk


class Pipeline:
    """pressparse's extraction pipeline; models are loaded once, lazily, and reused.

    >>> nlp = Pipeline()
    >>> doc = nlp.parse("31 июля 2025 г. Министр ... Кирилл Залесский провел переговоры ...")
    >>> for doc in nlp.pipe(texts): ...
    """

    def __init__(self, batch_size: int = 32, threads: int = 2):
        """``batch_size``: how many documents are tagged together by the NER model. ``threads``: with
        2, ``pipe`` runs the NER network over the next batch in a second thread while the rules
        work through this one (numpy lets the other thread run), about a fifth faster on a
        machine with a core to spare; numpy's BLAS keeps to one thread meanwhile. 1 keeps to the
        calling thread, as each worker process does."""
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        if threads not in (1, 2):
            raise ValueError("threads must be 1 or 2")
        self.batch_size = batch_size
        self.threads = threads
        self._models: dict[str, Any] = {}
        # the second thread and what holds BLAS to one thread, made on first use and kept, so that
        # a short stream does not pay for starting a thread and finding the BLAS libraries
        self._ahead: Optional[tuple[ThreadPoolExecutor, ThreadpoolController]] = None

    def model(self, stage: Stage) -> Any:
        """The model a batch stage runs with, loaded on first use."""
        if stage.name not in self._models:
            self._models[stage.name] = stage.model()
        return self._models[stage.name]

    def load(self) -> None:
        """Load every model now rather than on the first document."""
        for stage in STAGES:
            if stage.model is not None:
                self.model(stage)

    def parse(self, text: str, *, id: Optional[str] = None, published: Optional[str] = None,
              explain: bool = False) -> Document:
        """Parse one release. ``published`` overrides the date found in the text: an ISO date
        (``"2025-07-31"``), a ``date`` or ``datetime``; ``""`` or None is none given, anything else
        raises ``ValueError`` (see ``Input``).

        With ``explain``, the document keeps the notes of why each stage did what it did:
        ``Document.explain()`` prints them.
        """
        if not isinstance(text, str):
            raise TypeError(f"parse() takes a str, got {type(text).__name__}")
        [document] = self.parse_batch([Input(text=text, id=id, published=published)], explain=explain)
        return document

    def pipe(self, items: Iterable[Item], workers: int = 1, timeout: Optional[float] = None) -> Iterator[Document]:
        """Parse a stream of releases, yielding one Document per item, in order.

        Items are texts (their id is their position, from 0), ``(id, text)`` pairs,
        mappings with ``text`` and optional ``id``, ``published`` and ``path``, or
        ``Input`` objects. The stream is consumed ``batch_size`` items at a time.
        A release that cannot be parsed gives a Document whose ``error`` says why.

        ``workers`` > 1 parses in that many worker processes, each loading the models
        once, with a bounded number of batches in the air (see ``pressparse.parallel``).
        ``timeout`` is each document's time budget in seconds: a document that takes
        longer gives a ``Timeout`` error record and the stream goes on (in this
        process it needs the main thread; worker processes are killed and replaced).
        """
        if isinstance(items, (str, bytes, bytearray, Mapping, Input)):
            raise TypeError(f"pipe() takes an iterable of texts, (id, text) pairs, mappings or Inputs, not one "
                            f"{type(items).__name__}: for one release, pipe([text]) or parse(text)")
        iter(items)  # anything else that is no iterable fails here, not at the first next()
        if workers != 1 or timeout is not None:
            return parallel.pipe(self, chunks(items, self.batch_size), make=functools.partial(Pipeline, self.batch_size),
                                 workers=workers, timeout=timeout)
        return self.parse_batches(chunks(items, self.batch_size))

    def parse_batches(self, batches: Iterable[list[Input]], timeout: Optional[float] = None) -> Iterator[Document]:
        """The records of a stream of batches, in order. With ``threads`` 2, the NER network tags
        the next batch in a second thread while this one goes through the later stages. With a
        ``timeout`` (and SIGALRM, in the main thread: ``parallel.can_budget``), a batch that takes
        longer is parsed again document by document, each within it, one that overruns giving a
        ``Timeout`` record."""
        ahead = next((k for k, stage in enumerate(STAGES) if stage.ahead is not None), None)
        if timeout is not None and parallel.can_budget():
            self.load()  # the models load outside any budget
        if self.threads == 1 or ahead is None:
            for batch in batches:
                yield from self.parse_batch(batch) if timeout is None else parallel.budgeted(self, batch, timeout)
            return
        stage = STAGES[ahead]
        pending: Optional[tuple[list[Input], Optional[list[Doc]], Optional[Future]]] = None
        if self._ahead is None:
            self._ahead = ThreadPoolExecutor(1, thread_name_prefix="pressparse-ahead"), ThreadpoolController()
        thread, blas = self._ahead
        # BLAS's own threads would take the core the rules run on: one thread for it while this runs
        with blas.limit(limits=1, user_api="blas"), _switching_often():
            stream = iter(batches)
            while True:
                try:
                    batch = next(stream, None)
                except Exception:  # the stream broke: what was pulled from it before still comes out
                    if pending:
                        yield from self._finish(pending, ahead, timeout)
                    raise
                if batch is None:
                    break
                with _collection_paused():
                    try:  # the stages before the one with an ahead part, then that part starts in the thread
                        with parallel.budget(timeout):
                            docs = [Doc(item) for item in batch]
                            self._run_stages(docs, STAGES[:ahead])
                            live = [doc for doc in docs if doc.error is None]
                            started = thread.submit(stage.ahead, live, self.model(stage)) if live else None
                        follows = (batch, docs, started)
                    except parallel.Overtime:
                        follows = (batch, None, None)  # parsed document by document when its turn comes
                    records = self._finish(pending, ahead, timeout) if pending else []
                    # the finished batch's documents are freed before the collector resumes, which
                    # would otherwise walk them all once more
                    pending = follows
                yield from records
            if pending:
                yield from self._finish(pending, ahead, timeout)

    def _finish(self, pending: tuple[list[Input], Optional[list[Doc]], Optional[Future]], ahead: int,
                timeout: Optional[float]) -> list[Document]:
        """The records of a batch that went through the stages before ``ahead`` and whose ahead part
        started: it is waited for, then the later stages run. Should the ahead part fail, the stage
        runs itself; should the batch overrun its budget, it is parsed again document by document."""
        batch, docs, started = pending
        if docs is not None:
            try:
                with parallel.budget(timeout):
                    scored = None
                    if started is not None:
                        try:
                            scored = started.result()
                        except Exception:  # some document broke it: the stage itself finds which
                            pass
                    with _collection_paused():
                        self._run_stages(docs, STAGES[ahead:], scored)
                        return [doc.record() for doc in docs]
            except parallel.Overtime:
                pass
        return [document for item in batch for document in parallel.budgeted(self, [item], timeout)]

    def parse_batch(self, inputs: Sequence[Input], explain: bool = False) -> list[Document]:
        """The records of a batch of inputs, in order, each stage run over all of them in turn."""
        with _collection_paused():
            docs = [Doc(item, explain) for item in inputs]
            self._run_stages(docs)
            records = [doc.record() for doc in docs]
            del docs  # freed before the collector resumes, which then has only the records to look at
        return records

    def _run_stages(self, docs: list[Doc], stages: Optional[Sequence[Stage]] = None, ahead: Any = None) -> None:
        """Run ``stages`` (all of them by default) over the documents; ``ahead`` is what the first
        stage's ahead part gave for them."""
        for stage in STAGES if stages is None else stages:
            live = [doc for doc in docs if doc.error is None]
            if not live:
                break
            if stage.batch:
                model = self.model(stage)  # a model that cannot load is the caller's error, not a document's
                try:
                    if ahead is not None:
                        stage.run(live, model, ahead=ahead)
                    else:
                        stage.run(live, model)
                except Exception:  # some document broke the batch: run them one by one, so that only it fails
                    for doc in live:
                        _run(doc, lambda doc: stage.run([doc], model))
            else:
                for doc in live:
                    _run(doc, stage.run)
            ahead = None


@contextlib.contextmanager
def _collection_paused():
    """The cyclic garbage collector paused while a batch is parsed, then resumed as it was.

    Parsing allocates hundreds of thousands of short-lived tuples and lists, which set off a
    collection every few hundred and, every hundred of those, a full collection over every model
    and lexicon object: a tenth of a first pass. What a batch leaves (the caches' new analyses, the
    records, the next batch's tokens) then joins the oldest generation at once (``gc.freeze`` and
    ``unfreeze``), rather than being walked by the young collections that resuming would set off,
    several per batch, at a twentieth of a pass. Parsing makes no cyclic garbage; so that the
    caller's, which now waits for a full collection, is not kept long, every ``FULL_EVERY``-th
    batch ends with a full collection instead.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if next(_BATCHES) % FULL_EVERY == FULL_EVERY - 1:
                gc.collect()
            else:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


FULL_EVERY = 64  # batches between full collections (about 2000 documents, a fifth of a second's walk)
_BATCHES = itertools.count()


@contextlib.contextmanager
def _switching_often():
    """The interpreter lock handed between threads every half millisecond rather than every five.

    The thread running ahead asks for the lock after each numpy call; at the default interval it
    would wait up to five milliseconds each time for the thread running the rules to let go, and
    fall behind it.
    """
    interval = sys.getswitchinterval()
    sys.setswitchinterval(min(interval, 0.0005))
    try:
        yield
    finally:
        sys.setswitchinterval(interval)


def _run(doc: Doc, run) -> None:
    try:
        run(doc)
    except Exception as exc:  # one bad document must not stop the others
        doc.error = Error(type(exc).__name__, str(exc))


_DEFAULT: Optional[Pipeline] = None


def parse(text: str, *, id: Optional[str] = None, published: Optional[str] = None,
          explain: bool = False) -> Document:
    """Parse one release with a shared default Pipeline (models load on the first call)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT.parse(text, id=id, published=published, explain=explain)
