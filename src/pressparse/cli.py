"""The ``pressparse`` command: ``pressparse extract PATH... [-o OUT]``, ``pressparse show PATH... [-o PAGE]``,
``pressparse show --corpus RECORDS_OR_PATH... -o PAGE``,
``pressparse link RECORDS.jsonl... [-o CORPUS]``, ``pressparse db RECORDS.jsonl... -o DB``.

One record per input document, in input order, written and flushed as soon as
it is ready, so that a run stopped by Ctrl-C or a kill leaves valid JSON Lines
(``--resume`` then skips what is there). Input that cannot be read or parsed
gives an error record and the run goes on; the exit status tells whether any
record has an error.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import dataclasses
import importlib.util
import io
import json
import logging
import os
import re
import signal
import stat
import sys
import threading
import time
import traceback
from typing import Callable, Iterator, Optional, Sequence, TextIO, get_args

from tqdm import tqdm

from . import __version__
from .corpus_page import with_text
from .corpus_page import write as write_corpus_page
from .doc import Input
from .files import DEFAULT_MAX_BYTES, FOLDER_SUFFIXES, STDIN, InputFormat, count_inputs, iter_inputs, would_read
from .linking import link
from .parallel import DEFAULT_TIMEOUT, WorkerStartError
from .pipeline import Pipeline
from .recordfiles import Tally, read_records, schema_warning
from .records import SCHEMA_VERSION, document_from_dict
from .render import render
from .schema import record_schema

INPUT_FORMATS = get_args(InputFormat)  # what --input takes: "auto", "text", "jsonl"
EXIT_OK = 0
EXIT_DOCUMENT_ERRORS = 1
EXIT_USAGE = 2
EXIT_FAILED = 3
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143

_EPILOG = """\
examples:
  pressparse extract releases/ -o out.jsonl
      every *.txt and *.md under releases/, one JSON record per line in out.jsonl
  cat release.txt | pressparse extract -
      one release from stdin; the record goes to stdout
  pressparse extract corpus.jsonl --format json -o out.json
      one document per line of corpus.jsonl ({"id": ..., "text": ..., "published": ...}),
      the records as one JSON array
  pressparse extract releases/ -o out.jsonl --workers 2 --resume
      two worker processes; after an interruption, the same command goes on
      where the last run stopped
  python -m pressparse extract a.txt b.md | jq .persons

exit status:
  0 when every record is fine (a warning says so when nothing was read)
  1 when any record has an error (the others are still written)
  2 on a usage error: a bad option, an input path that does not exist, an
    output that is an input
  3 when the run itself failed: the output could not be written (a full
    disk), it is locked by another run, workers could not start, or a bug
    (then with its traceback)
  130 on Ctrl-C, 143 when terminated
The records written so far are complete lines whatever the status.
"""

_EXTRACT_DESCRIPTION = """\
Extract people, positions, organisations, places, dates and events from press
releases. Writes one record per input document, in input order; a document that
cannot be read or parsed gets a record whose "error" says why, and the run goes on.
Each record is flushed as soon as it is written. A progress bar (documents per
second, ETA) is drawn on stderr when it is a terminal, and a one-line summary
("N documents, K errors, T s") always ends the run on stderr.
"""


_SHOW_DESCRIPTION = """\
Write one self-contained HTML page (no network needed to view it) showing each
release's text with its mentions highlighted by kind and its events as cards;
several releases give one page with a list of them.

With --corpus the releases are linked (as 'pressparse link' links them) and OUT
is a corpus page: an index of the people, bodies and places, with the people's
posts over time, a timeline of the events by date, and who met whom (persons in
one meeting, visit or signing). Each release also gets a page of its own in the folder
beside OUT named after it (-o corpus.html: corpus_releases/, one page a release,
named by its id), and the corpus page links into those pages, at a release or
at an event's card: keep the folder beside the page. Inputs may be record files
(the JSON Lines 'extract' writes: a *.jsonl whose first line has no "text"),
read back without parsing, their text read again from their source file when
it still holds it; other inputs are parsed as for 'extract'. Lines that are no
record, records with errors, duplicate ids and records of another schema
version are reported on stderr, a line each, as 'link' reports them; the exit
status is 1 when any input could not be used or has an error.

examples:
  pressparse show release.txt -o page.html
  pressparse extract releases/ -o out.jsonl
  pressparse show --corpus out.jsonl -o corpus.html    # and corpus_releases/
"""


class _Terminated(BaseException):
    """SIGTERM, turned into an exception so that the output is closed cleanly."""


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "schema":
        _utf8(sys.stdout).write(json.dumps(record_schema(), ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if args.command == "explain":
        return _explain(args)
    if args.command in ("link", "db"):
        return _corpus(args)
    if args.command not in ("show", "extract"):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    _warnings_to_stderr()
    missing = [path for path in args.paths if path != STDIN and not os.path.lexists(path)]
    if missing:
        print(f"pressparse: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    if args.output is not None:
        source = would_read(args.output, args.paths, args.input)
        if source is not None:
            what = "is that input" if os.path.realpath(source) == os.path.realpath(args.output) else "would be read back"
            print(f"pressparse: the output {args.output} {what}: {source} is an input; write it elsewhere",
                  file=sys.stderr)
            return EXIT_USAGE
    cores = os.cpu_count() or 1
    if args.workers > cores:  # more processes than cores parse no faster, and each holds its models
        print(f"pressparse: warning: --workers {args.workers} is more than the {cores} cores: "
              f"{cores} workers it is", file=sys.stderr)
        args.workers = cores
    if getattr(args, "corpus", False) and args.output is None:
        print("pressparse: show --corpus needs -o OUT: the release pages are written beside it", file=sys.stderr)
        return EXIT_USAGE
    if getattr(args, "resume", False) and (args.output is None or args.format != "jsonl"):
        print("pressparse: --resume needs -o OUT and JSON Lines output", file=sys.stderr)
        return EXIT_USAGE
    try:
        return _show(args) if args.command == "show" else _run_extract(args)
    except WorkerStartError as exc:
        print(f"pressparse: the run failed: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:  # the output cannot be written: a full disk, an I/O error
        where = exc.filename or args.output or "standard output"
        print(f"pressparse: the run failed: {exc.strerror or exc} (writing {where})", file=sys.stderr)
        _quiet_stdout()
        return EXIT_FAILED
    except Exception:
        traceback.print_exc()
        print("pressparse: the run failed on an error of pressparse's own (above): please report it",
              file=sys.stderr)
        return EXIT_FAILED


def run() -> None:
    """The ``pressparse`` command and ``python -m pressparse``: ``main``, then out of the process at
    once. By then every output is written and closed, worker processes stopped; what remains is
    the interpreter taking apart the models and caches, millions of objects one by one, about a
    second after a large run, which a process about to end need not wait for."""
    status = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)


def _quiet_stdout() -> None:
    """Keep Python's last flush of stdout, at exit, from raising once more (a closed pipe, a full disk)."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _run_extract(args: argparse.Namespace) -> int:
    with _sigterm_raises():
        try:
            if args.output is None:
                return _extract(args, _utf8(sys.stdout))
            try:
                # Opened without truncating it, so that nothing is lost before the lock is ours.
                out = open(args.output, "a", encoding="utf-8", newline="\n")
            except OSError as exc:
                print(f"pressparse: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
                return EXIT_USAGE
            with out:
                if not _lock(out):
                    print(f"pressparse: {args.output} is being written by another pressparse run (it is locked): "
                          "wait for that run to end, or write elsewhere", file=sys.stderr)
                    return EXIT_FAILED
                if args.resume:
                    done = _done(args.output)
                else:
                    done = collections.Counter()
                    if stat.S_ISREG(os.fstat(out.fileno()).st_mode):
                        out.truncate(0)
                return _extract(args, out, done)
        except KeyboardInterrupt:
            return EXIT_INTERRUPTED
        except _Terminated:
            return EXIT_TERMINATED
        except BrokenPipeError:
            # The reader went away (``| head``): stop quietly.
            _quiet_stdout()
            return EXIT_DOCUMENT_ERRORS


def _identity(stream: TextIO) -> Optional[tuple[int, int]]:
    """The (device, inode) of the regular file ``stream`` writes to, None for a terminal or a pipe."""
    try:
        info = os.fstat(stream.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else None


class _Stderr(logging.StreamHandler):
    """Writes to ``sys.stderr`` as it is when a record is logged, not as it was when made."""

    @property  # type: ignore[override]
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value):
        pass


def _warnings_to_stderr() -> None:
    """What the library warns of (a file that is the output, a text decoded with replacements) goes
    to stderr as ``pressparse: warning: ...``."""
    logger = logging.getLogger("pressparse")
    if not any(isinstance(handler, _Stderr) for handler in logger.handlers):
        handler = _Stderr()
        handler.setFormatter(logging.Formatter("pressparse: warning: %(message)s"))
        logger.addHandler(handler)
        logger.propagate = False


@contextlib.contextmanager
def _sigterm_raises():
    """While the run lasts, SIGTERM ends it as Ctrl-C does: output closed, summary printed."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        yield
        return

    def terminate(signum, frame):
        raise _Terminated()

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _lock(out: TextIO) -> bool:
    """Lock the output file for this run; False when another run holds it. Where files cannot be
    locked (no ``fcntl``, a file system without locks), the run goes on unlocked."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return True
    try:
        fcntl.flock(out.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return True
    return True


def _key(ident: Optional[str], path: Optional[str], resolved: dict[str, str]) -> tuple[Optional[str], Optional[str]]:
    """What ``--resume`` knows a document by: its id and its resolved source path (``docs/a.txt`` and
    ``./docs/a.txt`` are one file), resolved once per path."""
    if path is None:
        return ident, None
    real = resolved.get(path)
    if real is None:
        real = resolved[path] = os.path.realpath(path)
    return ident, real


def _done(path: str) -> collections.Counter:
    """How many records of each (id, resolved source path) ``path``, a JSON Lines output, holds.

    They are counted, not merely noted, because JSON Lines documents may share an id: the
    records come in input order, so the first n inputs of that id and file are the n written.
    A last line without its newline is a record cut short by a kill: it is cut off
    the file, so that the run appends after the last complete record.
    """
    done: collections.Counter = collections.Counter()
    try:
        stream = open(path, "r+b")
    except FileNotFoundError:
        return done
    resolved: dict[str, str] = {}
    with stream:
        complete = 0
        for line in stream:
            if not line.endswith(b"\n"):
                break
            complete += len(line)
            try:
                record = json.loads(line)
                done[_key(record.get("id"), (record.get("source") or {}).get("path"), resolved)] += 1
            except (ValueError, AttributeError):
                continue
        stream.truncate(complete)
    return done


def _extract(args: argparse.Namespace, out: TextIO, done: Optional[collections.Counter] = None) -> int:
    """Write a record per input to ``out``; the exit status says whether any has an error."""
    started = time.perf_counter()
    skipped = [0]
    own = _identity(out)  # never read the output as an input, by whatever name a folder holds it
    inputs = iter_inputs(args.paths, args.input, args.max_bytes, exclude=[own] if own else ())
    already = sum(done.values()) if done else 0
    if done:
        inputs = _skip_done(inputs, done, skipped)
    documents = Pipeline(batch_size=args.batch_size, threads=args.threads).pipe(
        inputs, workers=args.workers, timeout=args.timeout or None)
    show_progress, _ = _progress(args)
    total = count_inputs(args.paths, args.input) if show_progress else None
    if total is not None and done:
        total = max(0, total - already)
    bar = tqdm(total=total, disable=not show_progress, unit="doc", file=sys.stderr, smoothing=0.05)
    count = errors = 0
    finished = False
    try:
        for document in documents:
            if args.format == "json":
                # Written a record at a time, yet the same text as json.dumps(records, indent=2).
                record = json.dumps(document.to_dict(), ensure_ascii=False, indent=2).replace("\n", "\n  ")
                out.write(("[\n  " if count == 0 else ",\n  ") + _escape_surrogates(record))
            else:
                out.write(_escape_surrogates(document.to_json()) + "\n")
            out.flush()
            count += 1
            if document.error is not None:
                errors += 1
                bar.set_postfix(errors=errors, refresh=False)
            bar.update(1)
        if args.format == "json":
            out.write("\n]\n" if count else "[]\n")
            out.flush()
        finished = True
    finally:
        if args.format == "json" and not finished:  # cut short: still a valid array of what was written
            with contextlib.suppress(Exception):
                out.write("\n]\n" if count else "[]\n")
                out.flush()
        documents.close()  # stops the worker processes when the run is cut short
        bar.close()
        elapsed = time.perf_counter() - started
        summary = f"{_plural(count, 'document')}, {_plural(errors, 'error')}, {elapsed:.1f} s"
        if count and elapsed > 0:
            summary += f" ({count / elapsed:.1f} documents/s)"
        if skipped[0]:
            summary += f"; {skipped[0]} skipped, already in {args.output}"
        print(summary if finished else f"interrupted: {summary}", file=sys.stderr)
        if finished and not count and not skipped[0]:
            print(f"pressparse: warning: no documents were read from {' '.join(args.paths)} (a folder is searched "
                  f"for {', '.join('*' + s for s in FOLDER_SUFFIXES[args.input])})", file=sys.stderr)
        if finished and already and not skipped[0]:
            print(f"pressparse: warning: none of the {_plural(already, 'record')} already in {args.output} "
                  "is of these inputs: was it written by another command? (the new records follow them)",
                  file=sys.stderr)
    return EXIT_DOCUMENT_ERRORS if errors else EXIT_OK


def _show(args: argparse.Namespace) -> int:
    """Write one HTML page showing every input's mentions and events; the exit status says
    whether any document has an error (it is still shown, with its error)."""
    if args.corpus:
        return _show_corpus(args)
    inputs = iter_inputs(args.paths, args.input, args.max_bytes)
    documents = list(Pipeline().pipe(inputs, workers=args.workers, timeout=args.timeout or None))
    page = _escape_surrogates(render(documents))  # a name that is not UTF-8 shows as its \\udcXX escape
    if args.output is None:
        _utf8(sys.stdout).write(page)
    else:
        try:
            with open(args.output, "w", encoding="utf-8", newline="\n") as out:
                out.write(page)
        except OSError as exc:
            print(f"pressparse: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_USAGE
        print(f"{_plural(len(documents), 'document')} shown in {args.output}", file=sys.stderr)
    return EXIT_DOCUMENT_ERRORS if any(d.error is not None for d in documents) else EXIT_OK


def _show_corpus(args: argparse.Namespace) -> int:
    """Read record files back and parse the other inputs, link them all and write the corpus page
    with the release pages beside it; every record not used as it is gets one line on stderr, and
    the exit status 1 says some input could not be used or has an error."""
    started = time.perf_counter()
    tally = Tally()
    show_progress, progress = _progress(args)
    problem = _problem
    problems = 0

    record_files = [path for path in args.paths if args.input != "text" and _holds_records(path)]
    texts = [path for path in args.paths if path not in record_files]
    documents = []
    seen: dict[str, tuple[str, int, str]] = {}
    with _sigterm_raises():
        try:
            for read in progress(read_records(record_files, tally, problem, seen), unit="record", desc="reading"):
                record = read.record
                if record.get("error"):
                    problem(_record_error(read, "shown with it, it names no entities"))
                try:
                    document = document_from_dict(record)
                except (TypeError, ValueError, AttributeError, KeyError) as exc:
                    problems += 1
                    problem(f"{read.path}:{read.line}: record {record['id']!r} is not a record this version can "
                            f"show ({type(exc).__name__}: {exc}); skipped")
                    continue
                documents.append(with_text(document, args.max_bytes))
            if texts:
                inputs = iter_inputs(texts, args.input, args.max_bytes)
                parsed = Pipeline().pipe(inputs, workers=args.workers, timeout=args.timeout or None)
                total = count_inputs(texts, args.input) if show_progress else None
                for document in progress(parsed, total=total, unit="doc", desc="parsing"):
                    if document.id in seen:  # a text whose name is a record's id: both are shown
                        renamed = next(f"{document.id}#{n}" for n in range(2, len(seen) + 3)
                                       if f"{document.id}#{n}" not in seen)
                        problem(f"{document.source.path or document.id}: its id {document.id!r} is taken by "
                                f"another release; shown as {renamed!r}")
                        document = dataclasses.replace(document, id=renamed)
                    seen[document.id] = (document.source.path or "", 0, "")
                    problems += document.error is not None
                    documents.append(document)
            entities = link(progress(documents, unit="release", desc="linking"))
            folder = write_corpus_page(documents, args.output, entities, progress)
        except KeyboardInterrupt:
            print("interrupted", file=sys.stderr)
            return EXIT_INTERRUPTED
        except _Terminated:
            print("terminated", file=sys.stderr)
            return EXIT_TERMINATED
    warning = schema_warning(tally)
    if warning:
        print(f"pressparse: warning: {warning}", file=sys.stderr)
    print(f"{_plural(len(documents), 'release')}, {_corpora(len(entities))}; the corpus page in {args.output}, "
          f"the release pages in {folder}/, {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return EXIT_DOCUMENT_ERRORS if tally.problems or problems else EXIT_OK


def _holds_records(path: str) -> bool:
    """Whether ``path`` is a JSON Lines file of records (what 'extract' writes) rather than of
    documents to parse: a *.jsonl file whose first line is not an object with a "text"."""
    if not path.lower().endswith(".jsonl") or not os.path.isfile(path):
        return False
    try:
        with open(path, encoding="utf-8", errors="surrogateescape") as stream:
            line = next((line for line in stream if line.strip()), "")
    except OSError:
        return False  # read as documents, whose reading reports it
    try:
        first = json.loads(line)
    except ValueError:
        return True  # no documents either: read_records says which lines are no record
    return not (isinstance(first, dict) and "text" in first)


def _explain(args: argparse.Namespace) -> int:
    """Print, for each input, its entities, posts, dates and events with the rules behind them;
    the exit status says whether any document has an error (it is still printed, with its error)."""
    nlp = Pipeline()
    out = _utf8(sys.stdout)
    errors = 0
    for item in iter_inputs(args.paths, args.input, args.max_bytes):
        [document] = nlp.parse_batch([item], explain=True)
        errors += document.error is not None
        out.write(_escape_surrogates(document.explain()) + "\n")
        out.flush()
    return EXIT_DOCUMENT_ERRORS if errors else EXIT_OK


def _corpus(args: argparse.Namespace) -> int:
    """``link`` and ``db``: read record files, say what was done with every line that is not used
    as it is, then write the corpus entities (``link``) or add to the database (``db``)."""
    missing = [path for path in args.paths if not os.path.isfile(path)]
    if missing:
        print(f"pressparse: no such record file: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    if args.output is not None and os.path.exists(args.output) and any(
            os.path.samefile(args.output, path) for path in args.paths):
        print(f"pressparse: the output {args.output} is an input; write it elsewhere", file=sys.stderr)
        return EXIT_USAGE
    if getattr(args, "parquet", None) and importlib.util.find_spec("pyarrow") is None:
        from .db import PARQUET_EXTRA_MESSAGE

        # Said before anything is added, rather than after a long run.
        print(f"pressparse: {PARQUET_EXTRA_MESSAGE}", file=sys.stderr)
        return EXIT_USAGE
    started = time.perf_counter()
    tally = Tally()
    _, progress = _progress(args)
    problem = _problem

    records = progress(read_records(args.paths, tally, problem), unit="record", desc="reading")
    try:
        with _sigterm_raises():
            if args.command == "link":
                status, done = _write_corpus(args, records, problem)
            else:
                status, done = _write_db(args, records, problem, progress)
    except KeyboardInterrupt:
        status, done = EXIT_INTERRUPTED, "interrupted"
    except _Terminated:
        status, done = EXIT_TERMINATED, "terminated"
    except UnicodeDecodeError as exc:
        print(f"pressparse: a record file is not UTF-8 text ({exc}): give the JSON Lines that "
              "'pressparse extract' writes", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        where = exc.filename or args.output or "standard output"
        print(f"pressparse: the run failed: {exc.strerror or exc} ({where})", file=sys.stderr)
        _quiet_stdout()
        return EXIT_FAILED
    warning = schema_warning(tally)
    if warning:
        print(f"pressparse: warning: {warning}", file=sys.stderr)
    summary = f"{_plural(tally.records, 'record')}"
    extras = [(tally.errors, "with an error (no entities)"), (tally.unreadable, "lines that are no record, skipped"),
              (tally.duplicates, "copies read once"), (tally.renamed, "kept under a new id (id taken)")]
    summary += "".join(f", {count} {what}" for count, what in extras if count)
    print(f"{summary}; {done}, {time.perf_counter() - started:.1f} s", file=sys.stderr)
    if status != EXIT_OK:
        return status
    return EXIT_DOCUMENT_ERRORS if tally.problems else EXIT_OK


def _problem(message: str) -> None:
    """Say on stderr what could not be used as it is; the run goes on."""
    print(f"pressparse: {message}", file=sys.stderr)


def _progress(args: argparse.Namespace) -> tuple[bool, Callable]:
    """Whether progress bars are shown (stderr a terminal, no --no-progress), and a function that
    wraps an iterable in one on stderr."""
    shown = not args.no_progress and sys.stderr.isatty()
    return shown, lambda items, **kwargs: tqdm(items, disable=not shown, file=sys.stderr, **kwargs)


def _record_error(read, consequence: str) -> str:
    """The line saying that a record read back carries an error, and what comes of it."""
    error = read.record["error"]
    return (f"{read.path}:{read.line}: record {read.record['id']!r} has an error "
            f"({error.get('type')}: {error.get('message')}): {consequence}")


def _write_corpus(args: argparse.Namespace, records, problem) -> tuple[int, str]:
    """Link the records and write one corpus entity a line: to a temporary file beside OUT, renamed
    to OUT once complete, so that an interrupted run leaves OUT as it was."""
    def usable(reads):
        for read in reads:
            if read.record.get("error"):
                problem(_record_error(read, "it names no entities"))
            yield read.record

    entities = link(usable(records))
    lines = (_escape_surrogates(json.dumps(entity, ensure_ascii=False)) + "\n" for entity in entities)
    if args.output is None:
        out = _utf8(sys.stdout)
        try:
            out.writelines(lines)
            out.flush()
        except BrokenPipeError:
            _quiet_stdout()
        return EXIT_OK, f"{_corpora(len(entities))}"
    partial = f"{args.output}.partial"
    try:
        with open(partial, "w", encoding="utf-8", newline="\n") as out:
            out.writelines(lines)
        os.replace(partial, args.output)
    finally:
        with contextlib.suppress(OSError):
            os.remove(partial)
    return EXIT_OK, f"{_corpora(len(entities))} in {args.output}"


def _write_db(args: argparse.Namespace, records, problem, progress) -> tuple[int, str]:
    """Add the records to the database, a batch a transaction, then make its corpus tables anew."""
    import sqlite3

    from . import db as database

    try:
        connection = database.connect(args.output)
    except sqlite3.DatabaseError as exc:
        problem(f"{args.output} cannot be used as the database: {exc}")
        return EXIT_USAGE, "nothing added"
    added = skipped = 0
    try:
        for read in records:
            record = read.record
            ident = record["id"]
            old = database.stored(connection, ident)
            if old is not None:
                skipped += 1
                if old != json.dumps(record, ensure_ascii=False, sort_keys=True):
                    problem(f"{read.path}:{read.line}: record {ident!r} differs from the one stored under "
                            f"that id in {args.output}; the stored one is kept (delete it to replace it)")
                continue
            if record.get("error"):
                problem(_record_error(read, "stored, with no entities"))
            failed = database.add(connection, record, f"{read.path}:{read.line}", read.schema)
            if failed:
                problem(f"{read.path}:{read.line}: record {ident!r} is inconsistent ({failed}): stored whole "
                        "in documents.record, without its entities and events")
            added += 1
            if added % 500 == 0:
                connection.commit()
        connection.commit()
        entities = database.relink(connection, lambda rows: progress(rows, unit="record", desc="linking"))
    except BaseException:
        connection.commit()  # what was added stays; the next run skips it and links all
        connection.close()
        raise
    done = f"{added} added, {skipped} already in {args.output}; {_corpora(entities)}"
    try:
        if args.parquet:
            database.to_parquet(connection, args.parquet, lambda tables: progress(tables, unit="table", desc="parquet"))
            done += f"; the tables in {os.path.join(args.parquet, 'TABLE.parquet')}"
    finally:
        connection.close()
    return EXIT_OK, done


def _skip_done(inputs: Iterator[Input], done: collections.Counter, skipped: list[int]) -> Iterator[Input]:
    resolved: dict[str, str] = {}
    for item in inputs:
        key = _key(item.id, item.path, resolved)
        if done[key] > 0:
            done[key] -= 1
            skipped[0] += 1
        else:
            yield item


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressparse",
        description="Structured data (JSON) from Russian-language press releases. "
                    "See 'pressparse extract --help' for the options.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version",
                        version=f"pressparse {__version__} (record schema {SCHEMA_VERSION})")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    extract = commands.add_parser(
        "extract", help="extract records from release files, folders or stdin",
        description=_EXTRACT_DESCRIPTION, epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument(
        "paths", nargs="+", metavar="PATH",
        help="a file, a folder (searched recursively, in name order, for *.txt, *.md and "
             "*.html, or *.jsonl with --input jsonl) or - for stdin; a record's id is its file "
             "name without the extension",
    )
    extract.add_argument("-o", "--output", metavar="OUT",
                         help="write the records to this file (UTF-8) instead of stdout")
    extract.add_argument("--format", choices=("jsonl", "json"), default="jsonl",
                         help="jsonl: one JSON record per line (default); json: one pretty-printed JSON array")
    extract.add_argument("--input", choices=INPUT_FORMATS, default="auto",
                         help="text: each file is one release, UTF-8, UTF-16 with a BOM or a legacy "
                              "encoding such as cp1251; jsonl: each line is "
                              '{"id": ..., "text": ..., "published": "YYYY-MM-DD"} with id and published optional; '
                              "auto (default): files named *.jsonl are jsonl, the rest text")
    extract.add_argument("--batch-size", type=_positive, default=32, metavar="N",
                         help="documents tagged together by the NER model (default: %(default)s)")
    extract.add_argument("--threads", type=int, choices=(1, 2), default=2,
                         help="2 (default): the NER network tags the next batch in a second thread while "
                              "this one is finished, about a fifth faster where a core is free; 1: one "
                              "thread (for several runs side by side; each --workers process has one)")
    extract.add_argument("--workers", type=_positive, default=1, metavar="N",
                         help="worker processes, each loading the models once (default: %(default)s: "
                              "parse in this process); records keep the input order. At most one per "
                              "core (more are capped, with a warning), and no more start than there "
                              "are batches to parse")
    extract.add_argument("--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                         help="time budget of one document: one that takes longer gets a Timeout error "
                              "record and the run goes on (default: %(default)g; 0: none)")
    extract.add_argument("--resume", action="store_true",
                         help="append to OUT, skipping the documents already in it (by id and resolved "
                              "path; JSONL documents that share an id are counted); a last line cut short "
                              "by a kill is dropped first. OUT is locked while a run writes it")
    extract.add_argument("--max-bytes", type=_positive, default=DEFAULT_MAX_BYTES, metavar="N",
                         help="larger files (or JSONL lines) get a TooLarge error record instead of "
                              "being parsed (default: %(default)s, 5 MB)")
    extract.add_argument("--no-progress", action="store_true",
                         help="no progress bar (it is shown on stderr only when stderr is a terminal)")
    show = commands.add_parser(
        "show", help="an HTML page showing the releases' mentions and events, or a corpus page (--corpus)",
        description=_SHOW_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    show.add_argument("paths", nargs="+", metavar="PATH",
                      help="a file, a folder or - for stdin, as for 'extract'; with --corpus, also record files")
    show.add_argument("-o", "--output", metavar="OUT",
                      help="write the page to this file instead of stdout (needed with --corpus)")
    show.add_argument("--corpus", action="store_true",
                      help="link the releases and write a corpus page to OUT, the release pages beside it "
                           "(in OUT's name with _releases)")
    show.add_argument("--no-progress", action="store_true",
                      help="with --corpus, no progress bar (it is shown on stderr only when stderr is a terminal)")
    show.add_argument("--input", choices=INPUT_FORMATS, default="auto",
                      help="how to read the inputs, as for 'extract' (default: %(default)s)")
    show.add_argument("--max-bytes", type=_positive, default=DEFAULT_MAX_BYTES, metavar="N",
                      help="larger files get a TooLarge error instead of being parsed (default: %(default)s)")
    show.add_argument("--workers", type=_positive, default=1, metavar="N",
                      help="worker processes, as for 'extract' (default: %(default)s)")
    show.add_argument("--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                      help="time budget of one document, as for 'extract' (default: %(default)g; 0: none)")
    explain = commands.add_parser(
        "explain", help="why each entity, post, date and event was found, for a terminal",
        description="Parse each release and print its entities, posts, dates and events, each with the "
                    "rules that made it and the text they saw: which NER fix rule made or cut a name, how "
                    "it was put in the nominative and merged, which rule gave a post to its holder, how a "
                    "date was read and resolved, an event's trigger and where its date and parties came "
                    "from. Notes about text that ended in no record come last.",
    )
    explain.add_argument("paths", nargs="+", metavar="PATH",
                         help="a file, a folder or - for stdin, as for 'extract'")
    explain.add_argument("--input", choices=INPUT_FORMATS, default="auto",
                         help="how to read the inputs, as for 'extract' (default: %(default)s)")
    explain.add_argument("--max-bytes", type=_positive, default=DEFAULT_MAX_BYTES, metavar="N",
                         help="larger files get a TooLarge error instead of being parsed (default: %(default)s)")
    linker = commands.add_parser(
        "link", help="link the persons, organisations and places of many records into corpus entities",
        description="Read records (the JSON Lines 'extract' writes) and write one corpus entity a line: "
                    '{"id", "kind", "name", "documents": [{"doc", "ref"}, ...]} with its aliases, countries, '
                    "posts over time and the rules that joined it (see pressparse.link). Lines that are no "
                    "record, records with errors, duplicate ids and records of another schema version are "
                    "reported on stderr, one line each.",
    )
    linker.add_argument("paths", nargs="+", metavar="RECORDS", help="JSON Lines record files")
    linker.add_argument("-o", "--output", metavar="OUT",
                        help="write the corpus entities to this file (replaced once complete) instead of stdout")
    linker.add_argument("--no-progress", action="store_true", help="no progress bar")
    database = commands.add_parser(
        "db", help="add records and their corpus entities to an SQLite database",
        description="Add records (the JSON Lines 'extract' writes) to an SQLite database: documents, "
                    "entities, mentions, posts, events, participants, and the corpus entities linked over "
                    "every record stored (see pressparse.db for the schema). A record whose id is already "
                    "stored is skipped; a different one under that id is reported.",
    )
    database.add_argument("paths", nargs="+", metavar="RECORDS", help="JSON Lines record files")
    database.add_argument("-o", "--output", metavar="DB", required=True,
                          help="the SQLite database (made when it does not exist)")
    database.add_argument("--parquet", metavar="FOLDER",
                          help="also write every table as FOLDER/TABLE.parquet, for DuckDB, pandas and Polars "
                               "(needs pyarrow: pip install 'pressparse[parquet]')")
    database.add_argument("--no-progress", action="store_true", help="no progress bar")
    commands.add_parser("schema", help="print the JSON Schema of the records",
                        description="Print the JSON Schema (draft 2020-12) of the records 'extract' writes; "
                                    "the package ships the same file as pressparse/data/record.schema.json.")
    return parser


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not number >= 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 (no budget) or a positive number of seconds, not {value}")
    return number


# A lone surrogate cannot be encoded in UTF-8: a file name that is not UTF-8 (Python decodes its
# bytes to U+DC80..U+DCFF) or a JSON text holding "\ud800". JSON can say it as an escape.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape_surrogates(record: str) -> str:
    """A JSON text (``ensure_ascii=False``) with each lone surrogate written as its ``\\uXXXX``
    escape: valid UTF-8 that ``json.loads`` turns back into the same string."""
    if not _SURROGATE.search(record):
        return record
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", record)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _corpora(count: int) -> str:
    return f"{count} corpus {'entity' if count == 1 else 'entities'}"


def _utf8(stream: TextIO) -> TextIO:
    """``stream`` writing UTF-8, whatever the locale says, so that Cyrillic never fails to encode."""
    if (getattr(stream, "encoding", None) or "").lower().replace("-", "") != "utf8" and hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8")
    return stream
