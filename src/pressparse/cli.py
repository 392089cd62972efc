"""The ``pressparse`` command: ``pressparse extract PATH... [-o OUT]``.

One record per input document, in input order, written and flushed as soon as
it is ready. Input that cannot be read or parsed gives an error record and the
run goes on; the exit status tells whether any record has an error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Optional, Sequence, TextIO

from tqdm import tqdm

from . import __version__
from .files import DEFAULT_MAX_BYTES, iter_inputs
from .pipeline import Pipeline
from .records import SCHEMA_VERSION, record_schema

EXIT_OK = 0
EXIT_DOCUMENT_ERRORS = 1
EXIT_USAGE = 2

_EPILOG = """\
examples:
  pressparse extract releases/ -o out.jsonl
      every *.txt and *.md under releases/, one JSON record per line in out.jsonl
  cat release.txt | pressparse extract -
      one release from stdin; the record goes to stdout
  pressparse extract corpus.jsonl --input jsonl --format json -o out.json
      one document per line of corpus.jsonl ({"id": ..., "text": ..., "published": ...}),
      the records as one JSON array
  python -m pressparse extract a.txt b.md | jq .persons

exit status: 0 when every record is fine, 1 when any record has an error
(the others are still written), 2 on a usage error.
"""

_EXTRACT_DESCRIPTION = """\
Extract people, positions, organisations, places, dates and events from press
releases. Writes one record per input document, in input order; a document that
cannot be read or parsed gets a record whose "error" says why, and the run goes on.
A one-line summary ("N documents, K errors, T s") always ends the run on stderr.
"""


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "schema":
        _utf8(sys.stdout).write(json.dumps(record_schema(), ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if args.command != "extract":
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        if args.output is None:
            return _extract(args, _utf8(sys.stdout))
        try:
            out = open(args.output, "w", encoding="utf-8", newline="\n")
        except OSError as exc:
            print(f"pressparse: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_USAGE
        with out:
            return _extract(args, out)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python's
        # final flush of stdout from raising once more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_DOCUMENT_ERRORS


def _extract(args: argparse.Namespace, out: TextIO) -> int:
    """Write a record per input to ``out``; the exit status says whether any has an error."""
    started = time.perf_counter()
    inputs = iter_inputs(args.paths, args.input, args.max_bytes)
    documents = Pipeline(batch_size=args.batch_size).pipe(inputs)
    show_progress = not args.no_progress and sys.stderr.isatty()
    count = errors = 0
    for document in tqdm(documents, disable=not show_progress, unit="doc", file=sys.stderr):
        if args.format == "json":
            # Written a record at a time, yet the same text as json.dumps(records, indent=2).
            record = json.dumps(document.to_dict(), ensure_ascii=False, indent=2).replace("\n", "\n  ")
            out.write(("[\n  " if count == 0 else ",\n  ") + record)
        else:
            out.write(document.to_json() + "\n")
        out.flush()
        count += 1
        errors += document.error is not None
    if args.format == "json":
        out.write("\n]\n" if count else "[]\n")
        out.flush()
    elapsed = time.perf_counter() - started
    print(f"{_plural(count, 'document')}, {_plural(errors, 'error')}, {elapsed:.1f} s", file=sys.stderr)
    return EXIT_DOCUMENT_ERRORS if errors else EXIT_OK


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
        help="a file, a folder (searched recursively, in name order, for *.txt and *.md, "
             "or *.jsonl with --input jsonl) or - for stdin; a record's id is its file name "
             "without the extension",
    )
    extract.add_argument("-o", "--output", metavar="OUT",
                         help="write the records to this file (UTF-8) instead of stdout")
    extract.add_argument("--format", choices=("jsonl", "json"), default="jsonl",
                         help="jsonl: one JSON record per line (default); json: one pretty-printed JSON array")
    extract.add_argument("--input", choices=("text", "jsonl"), default="text",
                         help="text: each file is one release, UTF-8, UTF-16 with a BOM or a legacy "
                              "encoding such as cp1251 (default); jsonl: each line is "
                              '{"id": ..., "text": ..., "published": "YYYY-MM-DD"} with id and published optional')
    extract.add_argument("--batch-size", type=_positive, default=32, metavar="N",
                         help="documents tagged together by the NER model (default: %(default)s)")
    extract.add_argument("--max-bytes", type=_positive, default=DEFAULT_MAX_BYTES, metavar="N",
                         help="larger files (or JSONL lines) get a TooLarge error record instead of "
                              "being parsed (default: %(default)s, 5 MB)")
    extract.add_argument("--no-progress", action="store_true",
                         help="no progress bar (it is shown on stderr only when stderr is a terminal)")
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


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _utf8(stream: TextIO) -> TextIO:
    """``stream`` writing UTF-8, whatever the locale says, so that Cyrillic never fails to encode."""
    if (getattr(stream, "encoding", None) or "").lower().replace("-", "") != "utf8" and hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8")
    return stream
