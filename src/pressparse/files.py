"""Input at the edge: files, folders, stdin and JSONL turned into pipeline ``Input`` items.

Everything streams: folders are walked one directory at a time, JSONL is read
line by line, and no file is read past ``max_bytes``. Whatever cannot be read
becomes an ``Input`` carrying an ``Error`` (``ReadError``, ``TooLarge``,
``BinaryInput``, ``InputError``), so it still yields one record and the run goes on.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
import sys
from typing import BinaryIO, Callable, Iterator, Literal, Optional

import charset_normalizer

from .pipeline import Input
from .records import Error

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
FOLDER_SUFFIXES = {"text": (".txt", ".md"), "jsonl": (".jsonl",)}
STDIN = "-"
STDIN_ID = "<stdin>"

# Control characters other than the whitespace ones (\t \n \v \f \r). A text in
# which more than _MAX_CONTROL_SHARE of the characters are such is binary data
# that merely happened to decode.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.05

Reader = Callable[[BinaryIO, str, Optional[str], int], Iterator[Input]]


class _NotText(Exception):
    """The bytes of a file are not text in any encoding we accept."""


def iter_inputs(
    paths: list[str],
    input_format: Literal["text", "jsonl"] = "text",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Input]:
    """Yield one ``Input`` per document found at ``paths``, in order.

    A path is a file, a folder (searched recursively, in name order, for
    ``*.txt`` and ``*.md``, or ``*.jsonl`` with ``input_format="jsonl"``;
    symbolic links to folders are not followed) or ``-`` for stdin. With ``input_format="text"`` each file is one document whose id is
    the file name without its extension (``<stdin>`` for stdin); with ``"jsonl"``
    each non-blank line is an object with ``text`` and optional ``id`` and
    ``published``, its id defaulting to ``FILE:LINE``. ``max_bytes`` bounds a
    text file, or one JSONL line. Unreadable, binary or oversized input gives an
    ``Input`` with an ``error`` instead of raising.
    """
    if input_format not in ("text", "jsonl"):
        raise ValueError(f"input_format must be 'text' or 'jsonl', not {input_format!r}")
    read: Reader = _read_jsonl if input_format == "jsonl" else _read_text
    for path in paths:
        path = os.fspath(path)
        if path == STDIN and sys.stdin is None:
            yield _failed(STDIN_ID, None, "ReadError", "there is no standard input")
        elif path == STDIN:
            yield from read(sys.stdin.buffer, STDIN_ID, None, max_bytes)
        elif os.path.isdir(path):
            yield from _walk(path, FOLDER_SUFFIXES[input_format], read, max_bytes)
        else:
            yield from _read_path(path, read, max_bytes)


def _walk(folder: str, suffixes: tuple[str, ...], read: Reader, max_bytes: int) -> Iterator[Input]:
    """The documents of ``folder``'s files with one of ``suffixes``, depth first, entries in name order."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        yield _failed(_stem(folder), folder, "ReadError", _os_message(exc, folder))
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path, suffixes, read, max_bytes)
        elif entry.name.lower().endswith(suffixes) and (entry.is_file() or entry.is_symlink()):
            # A dangling link is kept: reading it reports the file as vanished.
            yield from _read_path(entry.path, read, max_bytes)


def _read_path(path: str, read: Reader, max_bytes: int) -> Iterator[Input]:
    try:
        stream = open(path, "rb")
    except OSError as exc:
        yield _failed(_stem(path), path, "ReadError", _os_message(exc, path))
        return
    with stream:
        yield from read(stream, _stem(path), path, max_bytes)


def _read_text(stream: BinaryIO, ident: str, path: Optional[str], max_bytes: int) -> Iterator[Input]:
    """The whole stream as one document."""
    size = _file_size(stream)
    if size is not None and size > max_bytes:
        yield _failed(ident, path, "TooLarge", f"{size} bytes, over the limit of {max_bytes}")
        return
    try:
        # Pipes have no size, and a file may grow: never read past the limit.
        data = stream.read(max_bytes + 1)
    except OSError as exc:
        yield _failed(ident, path, "ReadError", _os_message(exc, path or ident))
        return
    if len(data) > max_bytes:
        yield _failed(ident, path, "TooLarge", f"over the limit of {max_bytes} bytes")
        return
    try:
        yield Input(text=_decode(data), id=ident, path=path)
    except _NotText as exc:
        yield _failed(ident, path, "BinaryInput", str(exc))


def _file_size(stream: BinaryIO) -> Optional[int]:
    """The size of a regular file, None for pipes, terminals and in-memory streams."""
    try:
        info = os.fstat(stream.fileno())
    except (OSError, ValueError):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def _read_jsonl(stream: BinaryIO, ident: str, path: Optional[str], max_bytes: int) -> Iterator[Input]:
    """One document per non-blank line, each line at most ``max_bytes``."""
    source = path or ident
    number = 0
    while True:
        fallback = f"{source}:{number + 1}"
        try:
            line = stream.readline(max_bytes + 1)
            overlong = len(line) > max_bytes and not line.endswith(b"\n")
            if overlong:
                _skip_line(stream)
        except OSError as exc:
            yield _failed(fallback, path, "ReadError", _os_message(exc, source))
            return
        if not line:
            return
        number += 1
        if overlong:
            yield _failed(fallback, path, "TooLarge", f"line {number} is over the limit of {max_bytes} bytes")
            continue
        if number == 1:
            line = line.removeprefix(codecs.BOM_UTF8)
        if line.strip():
            yield _parse_line(line, fallback, path)


def _skip_line(stream: BinaryIO) -> None:
    """Read past the rest of an overlong line, a chunk at a time."""
    while True:
        chunk = stream.readline(1 << 16)
        if not chunk or chunk.endswith(b"\n"):
            return


def _parse_line(line: bytes, fallback: str, path: Optional[str]) -> Input:
    try:
        item = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return _failed(fallback, path, "InputError", f"the line is not UTF-8: {exc}")
    except json.JSONDecodeError as exc:
        return _failed(fallback, path, "InputError", f"the line is not valid JSON: {exc}")
    if not isinstance(item, dict):
        return _failed(fallback, path, "InputError", f"expected a JSON object, got {type(item).__name__}")
    ident = fallback if item.get("id") is None else str(item["id"])
    if not isinstance(item.get("text"), str):
        return _failed(ident, path, "InputError", "the object has no string field 'text'")
    published = item.get("published")
    if published is not None and not isinstance(published, str):
        return _failed(ident, path, "InputError", "the field 'published' must be a string (an ISO date)")
    return Input(text=item["text"], id=ident, published=published, path=path)


def _decode(data: bytes) -> str:
    """The text of a file's bytes: UTF-16 with a BOM, UTF-8 (BOM or not), else charset-normalizer's guess.

    Raises ``_NotText`` for binary data.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _checked(data.decode("utf-16"))
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise _NotText("the file holds NUL bytes and is not UTF-16 with a BOM")
    try:
        return _checked(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise _NotText("the file is not text in any known encoding")
    return _checked(str(best))


def _checked(text: str) -> str:
    controls = len(_CONTROL.findall(text))
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise _NotText(f"{controls} of its {len(text)} characters are control characters")
    return text


def _stem(path: str) -> str:
    name = os.path.basename(os.path.normpath(path))
    return os.path.splitext(name)[0] or name


def _failed(ident: str, path: Optional[str], kind: str, message: str) -> Input:
    return Input(text="", id=ident, path=path, error=Error(kind, message))


def _os_message(exc: OSError, path: str) -> str:
    return f"{exc.strerror or exc}: {path}"
