"""Parsing in worker processes, and a time budget per document.

``Pipeline.pipe(items, workers=N)`` lands here. The parent process reads the
input stream a batch at a time and hands batches to N worker processes, each of
which builds a pipeline like the caller's and loads its models once, when it starts. Workers
send back plain records (``Document.to_dict()``); the parent, which kept the
texts, rebuilds the ``Document``s and yields them in input order. At most
``3 * workers`` batches are in the air at once, so memory stays bounded however
long the stream is.

The parent supervises its workers, so that nothing a document does can stop the
run or lose another document:

- a batch that outlives the time budget (``timeout`` seconds) is abandoned, its
  worker killed and replaced, and its documents are parsed again one per task;
  one that overruns alone becomes a ``Timeout`` error record;
- a worker that dies (a crash in native code, the OOM killer) is replaced the
  same way; a document that kills a worker on its own gets a ``WorkerCrashed``
  error record.

Killing the worker, rather than interrupting it, means no half-updated cache
can leak into the next document. With one worker, ``pipe(items, timeout=T)``
keeps everything in this process and enforces the budget with ``SIGALRM``
(only possible on the main thread of a POSIX process; elsewhere it is not enforced).
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import itertools
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
import traceback
from multiprocessing.connection import wait
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

from .doc import Input, failed
from .records import Document, Error, document_from_dict

#: The default time budget of one document, in seconds (the CLI's ``--timeout``).
DEFAULT_TIMEOUT = 60.0
#: How long a worker may take to start and load its models before the run gives up.
STARTUP_TIMEOUT = 300.0
#: Batches in the air per worker: one being parsed, one waiting in its queue, one being reported.
_WINDOW_PER_WORKER = 3
_QUEUED_PER_WORKER = 2
_WARM_UP = ("31 июля 2025 г. Министр связи и информатизации Республики Беларусь Кирилл Залесский "
            "провел переговоры в Минске.")


def pipe(pipeline: Any, chunks: Iterable[list[Input]], *, make: Callable[[], Any], workers: int = 1,
         timeout: Optional[float] = DEFAULT_TIMEOUT, start_method: Optional[str] = None,
         worker_init: Optional[Callable[[Any], None]] = None) -> Iterator[Document]:
    """Parse the batches ``chunks`` with ``pipeline`` (a ``Pipeline``), yielding one Document per
    input, in order.

    ``workers`` > 1 parses in that many processes, each building its pipeline with ``make``, a
    picklable function; 1 parses here, in ``pipeline``. ``timeout`` is each document's time budget
    in seconds (None: no budget). ``start_method`` is the ``multiprocessing`` one (default
    ``spawn``: workers never inherit the parent's threads or locks; a script that runs workers
    then needs the usual ``if __name__ == "__main__":`` guard). ``worker_init``, a picklable
    function, is called with each worker's pipeline once it is built, before any document.
    """
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise ValueError(f"workers must be a whole number of at least 1, not {workers!r}")
    if timeout is not None and not timeout > 0:
        raise ValueError(f"timeout must be a positive number of seconds or None, not {timeout!r}")
    if workers == 1:
        return pipeline.parse_batches(chunks, timeout)
    context = multiprocessing.get_context(start_method or "spawn")
    return _pipe_pool(chunks, workers, make, timeout, context, worker_init)


# ------------------------------------------------------------------ in process


class Overtime(BaseException):
    """Raised by SIGALRM in the middle of a batch: a BaseException, so no ``except Exception`` eats it."""


def _raise_overtime(signum, frame):
    raise Overtime()


def can_budget() -> bool:
    """Whether a time budget can be enforced in this thread (SIGALRM, main thread only)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def _alarm(seconds: float):
    """Raise ``Overtime`` in this thread once ``seconds`` have passed.

    The caller's own ``ITIMER_REAL``, if one is running, is kept: should it fall due first, the
    caller's handler runs then, as it would have, and the budget goes on; when the budget ends, the
    caller's timer is armed again for what it had left.
    """
    started = time.monotonic()
    deadline = started + seconds
    previous = signal.getsignal(signal.SIGALRM)
    left, interval = signal.getitimer(signal.ITIMER_REAL)
    theirs = [started + left if left > 0 else None]  # when the caller's timer falls due

    def arm(now: float) -> None:
        due = deadline if theirs[0] is None else min(deadline, theirs[0])
        signal.setitimer(signal.ITIMER_REAL, max(due - now, 1e-6))

    def on_alarm(signum, frame):
        now = time.monotonic()
        if theirs[0] is not None and theirs[0] <= now + 1e-3 and theirs[0] < deadline:
            theirs[0] = now + interval if interval > 0 else None
            arm(now)
            if callable(previous):
                previous(signum, frame)
            elif previous == signal.SIG_DFL:  # SIGALRM's default ends the process: so it would have
                signal.signal(signal.SIGALRM, signal.SIG_DFL)
                signal.raise_signal(signal.SIGALRM)
            return
        raise Overtime()

    signal.signal(signal.SIGALRM, on_alarm)
    arm(started)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if theirs[0] is not None:
            signal.setitimer(signal.ITIMER_REAL, max(theirs[0] - time.monotonic(), 1e-6), interval)


@contextlib.contextmanager
def budget(timeout: Optional[float]):
    """Raise ``Overtime`` in this thread once ``timeout`` seconds have passed, if there is a budget
    and it can be kept here (``can_budget``); else nothing."""
    if timeout is None or not can_budget():
        yield
    else:
        with _alarm(timeout):
            yield


def budgeted(pipeline: Any, chunk: list[Input], timeout: float) -> list[Document]:
    """The chunk parsed within ``timeout`` seconds; if it overruns, each document alone within it."""
    try:
        with _alarm(timeout):
            return pipeline.parse_batch(chunk)
    except Overtime:
        if len(chunk) == 1:
            return [_timed_out(chunk[0], timeout)]
        return [document for item in chunk for document in budgeted(pipeline, [item], timeout)]


def _timed_out(item: Input, timeout: float) -> Document:
    return failed(item, Error("Timeout", f"parsing took longer than the budget of {timeout:g} s"))


# ------------------------------------------------------------------ worker side


def _worker_main(tasks, results, make, parent: int, worker_init) -> None:
    """A worker process: build its pipeline with ``make``, load the models once, then parse
    batches until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        nlp = make()
        if worker_init is not None:
            worker_init(nlp)
        nlp.parse(_WARM_UP)
    except BaseException:
        _send(results, ("fatal", traceback.format_exc()))
        return
    _send(results, ("ready", os.getpid()))
    while True:
        try:
            if not tasks.poll(1.0):
                if os.getppid() != parent:  # the parent is gone: nobody will read our results
                    _exit()
                continue
            task = tasks.recv()
        except (EOFError, OSError):  # the parent is gone (killed, even with -9)
            _exit()
        if task is None:
            _exit()
        key, rows = task
        documents = nlp.parse_batch(rows)
        _send(results, ("done", key, [document.to_dict() for document in documents]))


def _send(results, message) -> None:
    """Send the parent a message; if it is gone, end quietly (no traceback for nobody to read)."""
    try:
        results.send(message)
    except OSError:  # BrokenPipeError: the parent was killed
        _exit()


def _exit() -> None:
    """End the worker at once: freeing its heap object by object (models, caches) would take most
    of a second, during which the parent waits to join it. Every result is already in the pipe."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(0)


# ------------------------------------------------------------------ parent side


class _Chunk:
    """A batch of the input stream, in order, and its documents as they come back."""

    def __init__(self, inputs: list[Input]):
        self.inputs = inputs
        self.documents: list[Optional[Document]] = [None] * len(inputs)
        self.missing = len(inputs)

    def fill(self, offset: int, documents: Sequence[Document]) -> None:
        for i, document in enumerate(documents, offset):
            if self.documents[i] is None:
                self.missing -= 1
            self.documents[i] = document


@dataclasses.dataclass
class _Task:
    key: int
    chunk: _Chunk
    offset: int
    count: int

    @property
    def inputs(self) -> list[Input]:
        return self.chunk.inputs[self.offset:self.offset + self.count]


class _Worker:
    """One worker process, its task pipe, its result pipe and the tasks it holds, oldest first.

    Tasks go through a plain pipe, fed by a thread of the parent (a send may wait while the worker
    is busy), not a ``multiprocessing.Queue``: its semaphores outlive a parent killed with -9 and
    the resource tracker then reports them leaked.
    """

    def __init__(self, context, make, worker_init):
        receiver, self.tasks = context.Pipe(duplex=False)
        self.results, sender = context.Pipe(duplex=False)
        self.process = context.Process(target=_worker_main,
                                       args=(receiver, sender, make, os.getpid(), worker_init),
                                       name="pressparse-worker", daemon=True)
        with _one_thread_per_worker():
            self.process.start()
        sender.close()
        receiver.close()
        self.outbox: queue.SimpleQueue = queue.SimpleQueue()
        threading.Thread(target=_feed, args=(self.outbox, self.tasks), name="pressparse-feeder", daemon=True).start()
        self.born = time.monotonic()
        self.ready = False
        self.pending: collections.deque[_Task] = collections.deque()
        self.since: Optional[float] = None  # when it began its oldest pending task

    def give(self, task: _Task) -> None:
        if not self.pending:
            self.since = time.monotonic()
        self.pending.append(task)
        self.outbox.put((task.key, task.inputs))

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            self.outbox.put(None)
            self.process.join(2)
            if self.process.is_alive():
                self.process.kill()
        self.process.join(5)
        self.outbox.put(_CLOSE)  # the feeder ends (a send to a dead worker fails at once), closing the pipe
        self.results.close()


_CLOSE = object()


def _feed(outbox: queue.SimpleQueue, tasks) -> None:
    """Send a worker its tasks, in order, until told to stop or the worker is gone."""
    try:
        while True:
            task = outbox.get()
            if task is _CLOSE:
                return
            tasks.send(task)
            if task is None:
                return
    except OSError:  # the worker died or was killed
        pass
    finally:
        tasks.close()


#: numpy's BLAS starts a thread per core in every process: N workers would fight over N cores.
_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "VECLIB_MAXIMUM_THREADS",
                     "NUMEXPR_NUM_THREADS")
_ENVIRON = threading.Lock()


@contextlib.contextmanager
def _one_thread_per_worker():
    """While a worker is started, its environment says one BLAS thread (unless the user said otherwise)."""
    with _ENVIRON:
        added = [name for name in _THREAD_VARIABLES if name not in os.environ]
        for name in added:
            os.environ[name] = "1"
        try:
            yield
        finally:
            for name in added:
                os.environ.pop(name, None)


class WorkerStartError(RuntimeError):
    """A worker process could not start or load its models."""


class _Pool:
    def __init__(self, workers: int, make, timeout: Optional[float], context, worker_init):
        self.make, self.timeout, self.context, self.worker_init = make, timeout, context, worker_init
        self.keys = itertools.count()
        self.backlog: collections.deque[_Task] = collections.deque()
        # Workers start as batches come, so that there are never more than batches to give them
        # (8 workers for 2 documents took 1.65 GB).
        self.limit = workers
        self.workers: list[_Worker] = []

    def _start(self) -> _Worker:
        return _Worker(self.context, self.make, self.worker_init)

    def submit(self, chunk: _Chunk) -> None:
        self.backlog.append(_Task(next(self.keys), chunk, 0, len(chunk.inputs)))

    def dispatch(self) -> None:
        while self.backlog:
            if len(self.workers) < self.limit and all(w.pending for w in self.workers):
                self.workers.append(self._start())
            worker = min(self.workers, key=lambda w: len(w.pending))
            if len(worker.pending) >= _QUEUED_PER_WORKER:
                return
            worker.give(self.backlog.popleft())

    def poll(self) -> None:
        """Wait for the next message, death or deadline, and deal with it."""
        now = time.monotonic()
        deadlines = [self._deadline(w) for w in self.workers]
        soonest = min((d for d in deadlines if d is not None), default=None)
        handles = [w.results for w in self.workers] + [w.process.sentinel for w in self.workers]
        wait(handles, timeout=None if soonest is None else max(0.0, soonest - now))
        for index, worker in enumerate(list(self.workers)):
            if not self._drain(worker) or not worker.process.is_alive():
                self._replace(index, "crash")
                continue
            deadline = self._deadline(worker)
            if deadline is not None and time.monotonic() >= deadline:
                self._replace(index, "timeout")

    def _deadline(self, worker: _Worker) -> Optional[float]:
        if not worker.ready:
            return worker.born + max(STARTUP_TIMEOUT, self.timeout or 0)
        if worker.pending and self.timeout is not None:
            return worker.since + self.timeout
        return None

    def _drain(self, worker: _Worker) -> bool:
        """Read every message the worker has sent; False if its pipe is broken (it died)."""
        while True:
            try:
                if not worker.results.poll():
                    return True
                message = worker.results.recv()
            except (EOFError, OSError):
                return False
            if message[0] == "ready":
                worker.ready = True
                worker.since = time.monotonic()
            elif message[0] == "fatal":
                raise WorkerStartError(f"a pressparse worker could not load its models:\n{message[1]}")
            elif message[0] == "done":
                _, key, records = message
                task = worker.pending.popleft()
                assert task.key == key, (task.key, key)
                task.chunk.fill(task.offset, [document_from_dict(record, item.text)
                                              for record, item in zip(records, task.inputs)])
                worker.since = time.monotonic()

    def _replace(self, index: int, why: str) -> None:
        """The worker hung or died: kill it, blame its current task, requeue the rest, start another."""
        worker = self.workers[index]
        worker.stop(kill=True)
        if not worker.ready:
            if why == "timeout":
                raise WorkerStartError(f"a pressparse worker did not load its models within {STARTUP_TIMEOUT:g} s")
            raise WorkerStartError(f"a pressparse worker died while loading its models "
                                   f"(exit code {worker.process.exitcode}); its error is above. A script "
                                   "that starts workers must do so under 'if __name__ == \"__main__\":'")
        pending = list(worker.pending)
        requeue: list[_Task] = []
        if pending:
            culprit, rest = pending[0], pending[1:]
            if culprit.count > 1:  # find which document it was: each alone
                requeue += [_Task(next(self.keys), culprit.chunk, culprit.offset + i, 1) for i in range(culprit.count)]
            else:
                [item] = culprit.inputs
                if why == "timeout":
                    document = _timed_out(item, self.timeout or 0)
                else:
                    document = failed(item, Error("WorkerCrashed", f"the worker process parsing this document died "
                                                                    f"(exit code {worker.process.exitcode})"))
                culprit.chunk.fill(culprit.offset, [document])
            requeue += rest
        self.backlog.extendleft(reversed(requeue))
        self.workers[index] = self._start()

    def close(self, kill: bool = False) -> None:
        for worker in self.workers:
            worker.stop(kill=kill)


def _pipe_pool(chunks: Iterable[list[Input]], workers: int, make, timeout: Optional[float],
               context, worker_init) -> Iterator[Document]:
    chunks = iter(chunks)
    first = next(chunks, None)
    if first is None:
        return  # nothing to parse: no worker to start
    chunks = itertools.chain([first], chunks)
    window: collections.deque[_Chunk] = collections.deque()
    exhausted = False
    failure: Optional[BaseException] = None  # the stream's own error, raised once what it gave is yielded
    pool = _Pool(workers, make, timeout, context, worker_init)
    finished = False
    try:
        while True:
            while not exhausted and len(window) < _WINDOW_PER_WORKER * workers:
                try:
                    inputs = next(chunks, None)
                except Exception as exc:
                    failure, inputs = exc, None
                if inputs is None:
                    exhausted = True
                    break
                chunk = _Chunk(inputs)
                window.append(chunk)
                pool.submit(chunk)
            pool.dispatch()
            if window and window[0].missing == 0:
                yield from window.popleft().documents
                continue
            if not window:
                finished = True
                if failure is not None:
                    raise failure
                return
            pool.poll()
    finally:
        pool.close(kill=not finished)
