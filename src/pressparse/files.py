"""Input at the edge: files, folders, stdin and JSONL turned into pipeline ``Input`` items.

Everything streams: folders are walked one directory at a time, JSONL is read
line by line, and no file is read past ``max_bytes``. Whatever cannot be read
becomes an ``Input`` carrying an ``Error`` (``ReadError``, ``TooLarge``,
``BinaryInput``, ``InputError``, ``HTMLError``, ``MissingDependency``), so it
still yields one record and the run goes on.

Text is decoded from UTF-8 (with or without a BOM), UTF-16 (BOM or not), UTF-32 with a BOM
and legacy encodings (cp1251, koi8-r, ...) as charset-normalizer detects
them; a file of mixed encodings is decoded by its majority (mostly UTF-8: each broken
sequence becomes U+FFFD), with a warning on the ``pressparse`` logger. Saved web pages (``*.html``, ``*.htm``, or any file
that starts like HTML) are reduced to their main text, title, date and URL by
trafilatura, which the ``html`` extra installs (``pip install 'pressparse[html]'``).
"""

from __future__ import annotations

import codecs
import json
import logging
import os
import re
import stat
import sys
from typing import Any, BinaryIO, Callable, Collection, Iterable, Iterator, Literal, Optional

import charset_normalizer

from .doc import Input, published_date
from .records import Error

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
HTML_SUFFIXES = (".html", ".htm")
FOLDER_SUFFIXES = {"text": (".txt", ".md") + HTML_SUFFIXES, "jsonl": (".jsonl",)}
FOLDER_SUFFIXES["auto"] = FOLDER_SUFFIXES["text"]
InputFormat = Literal["auto", "text", "jsonl"]
log = logging.getLogger("pressparse")
HTML_EXTRA_MESSAGE = "reading HTML needs trafilatura: pip install 'pressparse[html]'"
STDIN = "-"
STDIN_ID = "<stdin>"

# Control characters other than the whitespace ones (\t \n \v \f \r). A text in
# which more than _MAX_CONTROL_SHARE of the characters are such is binary data
# that merely happened to decode.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.05
# A file that is not valid UTF-8 is still read as UTF-8, broken sequences replaced,
# when at least this many well-formed non-ASCII characters come per broken one.
_MIN_UTF8_PER_BROKEN = 20
# A file is HTML by its suffix, or when it starts (comments, an XML declaration and
# a BOM aside) with a doctype or an <html>, <head> or <body> tag.
_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.I | re.S)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*>")

Reader = Callable[[BinaryIO, str, Optional[str], int], Iterator[Input]]


class _NotText(Exception):
    """The bytes of a file are not text in any encoding we accept."""


def iter_inputs(
    paths: list[str],
    input_format: InputFormat = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
    exclude: Collection[tuple[int, int]] = (),
) -> Iterator[Input]:
    """Yield one ``Input`` per document found at ``paths``, in order.

    A path is a file, a folder (searched recursively, in name order, for
    ``*.txt``, ``*.md``, ``*.html`` and ``*.htm``, or ``*.jsonl`` with ``input_format="jsonl"``;
    symbolic links to folders are not followed) or ``-`` for stdin. With ``input_format="text"``
    each file is one document whose id is the file name without its extension (``<stdin>`` for
    stdin); with ``"jsonl"`` each non-blank line is an object with ``text`` and optional ``id``
    and ``published``, its id defaulting to ``FILE:LINE``; with ``"auto"`` (the default) a file
    named ``*.jsonl`` is JSON Lines and everything else text. ``max_bytes`` bounds a text file,
    or one JSONL line. Unreadable, binary or oversized input gives an ``Input`` with an
    ``error`` instead of raising. A file whose ``(st_dev, st_ino)`` is in ``exclude`` (the run's own
    output) is never read, whatever name it is reached by; a warning on the ``pressparse`` logger says so.
    """
    if input_format not in FOLDER_SUFFIXES:
        raise ValueError(f"input_format must be 'auto', 'text' or 'jsonl', not {input_format!r}")
    for path in paths:
        path = os.fspath(path)
        read = _read_jsonl if _is_jsonl(path, input_format) else _read_text
        if path == STDIN and sys.stdin is None:
            yield _failed(STDIN_ID, None, "ReadError", "there is no standard input")
        elif path == STDIN:
            yield from read(sys.stdin.buffer, STDIN_ID, None, max_bytes)
        elif os.path.isdir(path):
            yield from _walk(path, FOLDER_SUFFIXES[input_format], read, max_bytes, exclude)
        else:
            yield from _read_path(path, read, max_bytes, exclude)


def _is_jsonl(path: str, input_format: InputFormat) -> bool:
    """Whether the file at ``path`` (not a folder, not stdin) is read as JSON Lines."""
    if input_format == "auto":
        return path.lower().endswith(".jsonl") and not os.path.isdir(path)
    return input_format == "jsonl"


def count_inputs(paths: Iterable[str], input_format: InputFormat = "auto") -> Optional[int]:
    """How many documents ``iter_inputs`` will yield, for a progress bar; None when stdin is read.

    Folders are walked (names only) and JSONL files' lines counted, a block at a
    time, without decoding them; a file that cannot be read counts as one document.
    """
    total = 0
    for path in paths:
        path = os.fspath(path)
        if path == STDIN:
            return None
        files = _files(path, FOLDER_SUFFIXES[input_format]) if os.path.isdir(path) else [path]
        for name in files:
            total += _count_lines(name) if _is_jsonl(name, input_format) else 1
    return total


def _files(folder: str, suffixes: tuple[str, ...]) -> Iterator[str]:
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except OSError:
        yield folder
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _files(entry.path, suffixes)
        elif entry.name.lower().endswith(suffixes):
            yield entry.path


def _count_lines(path: str) -> int:
    """The lines of a file (blank ones too: an upper bound on its documents)."""
    count, last = 0, b"\n"
    try:
        with _open_file(path) as stream:
            while block := stream.read(1 << 20):
                count += block.count(b"\n")
                last = block[-1:]
    except (OSError, _NotAFile):
        return 1
    return count + (last != b"\n")


def _walk(folder: str, suffixes: tuple[str, ...], read: Reader, max_bytes: int,
          exclude: Collection[tuple[int, int]]) -> Iterator[Input]:
    """The documents of ``folder``'s files with one of ``suffixes``, depth first, entries in name order."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        yield unreadable(_stem(folder), folder, exc)
        return
    for entry in entries:
        try:
            folder = entry.is_dir(follow_symlinks=False)
        except OSError as exc:  # an entry we may not even look at: its record, and on
            yield unreadable(_stem(entry.path), entry.path, exc)
            continue
        if folder:
            yield from _walk(entry.path, suffixes, read, max_bytes, exclude)
        elif entry.name.lower().endswith(suffixes):
            # Whatever it is, it gets a record: a dangling link, a symlink loop or a link into a
            # folder we may not enter is a ReadError, a FIFO or a device says it is not a file.
            yield from _read_path(entry.path, read, max_bytes, exclude)


def _read_path(path: str, read: Reader, max_bytes: int, exclude: Collection[tuple[int, int]] = ()) -> Iterator[Input]:
    try:
        stream = _open_file(path)
    except OSError as exc:
        yield unreadable(_stem(path), path, exc)
        return
    except _NotAFile as exc:
        yield _failed(_stem(path), path, "ReadError", f"not a regular file: {exc}: {path}")
        return
    with stream:
        if exclude and _identity(stream) in exclude:
            log.warning("%s is the output of this run: not read as an input", path)
            return
        yield from read(stream, _stem(path), path, max_bytes)


class _NotAFile(Exception):
    """What is at a path is not a regular file: a FIFO, a socket, a device, a folder."""


_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder"))


def _open_file(path: str) -> BinaryIO:
    """The regular file at ``path``, open for reading; ``_NotAFile`` saying what else it is.

    Opened without blocking, so that a FIFO (which would wait for a writer forever) is seen for
    what it is before anything is read from it.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise _NotAFile(next((kind for test, kind in _KINDS if test(mode)), "not a regular file"))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _identity(stream: Any) -> Optional[tuple[int, int]]:
    """The (device, inode) of an open file, None when it has none."""
    try:
        info = os.fstat(stream.fileno())
    except (OSError, ValueError, AttributeError):
        return None
    return info.st_dev, info.st_ino


def would_read(path: str, paths: Iterable[str], input_format: InputFormat = "auto") -> Optional[str]:
    """The input among ``paths`` that would read the file ``path`` (the input itself, or a folder
    whose walk finds it), or None. Links are resolved, so ``docs/a.txt`` and ``./docs/../docs/a.txt``
    are one file."""
    target = os.path.realpath(path)
    for given in paths:
        given = os.fspath(given)
        if given == STDIN:
            continue
        real = os.path.realpath(given)
        if real == target:
            return given
        if (os.path.isdir(real) and os.path.commonpath([real, target]) == real
                and target.lower().endswith(FOLDER_SUFFIXES[input_format])):
            return given
    return None


def _read_text(stream: BinaryIO, ident: str, path: Optional[str], max_bytes: int) -> Iterator[Input]:
    """The whole stream as one document."""
    yield read_file(stream, ident, path, max_bytes)


def read_file(stream: BinaryIO, id: Optional[str] = None, path: Optional[str] = None,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Input:
    """The document in a binary stream (a file, a pipe, an fsspec file): never raises.

    At most ``max_bytes + 1`` bytes are read; a longer stream gives a ``TooLarge``
    error Input. Decoding and HTML are as ``input_from_bytes`` does them.
    """
    size = _file_size(stream)
    if size is not None and size > max_bytes:
        return _failed(id, path, "TooLarge", f"{size} bytes, over the limit of {max_bytes}")
    try:
        # Pipes have no size, and a file may grow: never read past the limit.
        data = stream.read(max_bytes + 1)
    except OSError as exc:
        return unreadable(id, path, exc, path or id or "the stream")
    if len(data) > max_bytes:
        return _failed(id, path, "TooLarge", f"over the limit of {max_bytes} bytes")
    return input_from_bytes(data, id, path)


def input_from_bytes(data: bytes, id: Optional[str] = None, path: Optional[str] = None,
                     html: Optional[bool] = None) -> Input:
    """The document in a file's bytes, as an ``Input``; never raises.

    ``html`` says whether the bytes are a web page; by default a path ending in
    ``.html``/``.htm`` or bytes that start like HTML are. Text is decoded as the
    module says; binary data gives a ``BinaryInput`` error Input.
    """
    if html is None:
        html = (path is not None and path.lower().endswith(HTML_SUFFIXES)) or bool(_HTML_START.match(data[:8192]))
    if html:
        return _html_input(data, id, path)
    try:
        text, note = _decode(data)
        if note:
            log.warning("%s: %s", path or id or "a text", note)
        return Input(text=text, id=id, path=path)
    except _NotText as exc:
        return _failed(id, path, "BinaryInput", str(exc))


def _html_input(data: bytes, ident: Optional[str], path: Optional[str]) -> Input:
    """A saved web page: its main text under its title, with its URL, and its date as ``published``.

    The text is laid out as releases are, ``# title``, the text and a ``Source URL:``
    line, so that the pipeline finds the title and URL there and every offset
    points into this text.
    """
    try:
        import trafilatura
    except ImportError:
        return _failed(ident, path, "MissingDependency", HTML_EXTRA_MESSAGE)
    _quiet_html_loggers()
    if not data.strip():
        return Input(text="", id=ident, path=path)
    try:
        page = trafilatura.bare_extraction(data, with_metadata=True, favor_recall=True,
                                           include_comments=False, include_tables=True)
        text = (getattr(page, "text", None) or "") if page is not None else ""
        if not text.strip():
            text = _all_text(data)
        text = _checked(text.replace("\r\n", "\n"))
    except _NotText as exc:
        return _failed(ident, path, "BinaryInput", f"the page's text is not text: {exc}")
    except Exception as exc:  # a page trafilatura or lxml cannot read is this document's error only
        return _failed(ident, path, "HTMLError", f"{type(exc).__name__}: {exc}")
    title = " ".join((getattr(page, "title", None) or "").split())
    url = " ".join((getattr(page, "url", None) or "").split())
    date = getattr(page, "date", None) or ""
    lines = text.strip("\n").split("\n")
    if title and lines[0].strip() == title:
        lines[0] = "# " + lines[0].strip()
    elif title:
        lines[:0] = ["# " + title, ""]
    if url:
        lines += ["", f"Source URL: {url}"]
    try:
        published = published_date(date[:10]) if _ISO_DATE.fullmatch(date[:10]) else None
    except ValueError:  # a page's date that is no day ("2024-02-30")
        published = None
    return Input(text="\n".join(lines) + "\n", id=ident, published=published, path=path)


def _quiet_html_loggers() -> None:
    """trafilatura logs every page it finds no text in; a page's trouble is told by its record.

    Only loggers nobody has configured are quietened.
    """
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET:
            logger.setLevel(logging.CRITICAL)


def _all_text(data: bytes) -> str:
    """Every text node of a page that trafilatura finds no main text in."""
    import lxml.html

    try:
        markup = _XML_DECLARATION.sub("", _decode(data)[0], count=1)
        root = lxml.html.document_fromstring(markup)
    except Exception:  # not text, or lxml says "Document is empty" and the like
        return ""
    for node in root.xpath("//script|//style|//noscript"):
        node.drop_tree()
    return "\n".join(" ".join(line.split()) for line in root.text_content().split("\n") if line.strip())


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
            yield unreadable(fallback, path, exc, source)
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
        return _failed(ident, path, "InputError", "the field 'published' must be a string (an ISO date, YYYY-MM-DD)")
    try:
        return Input(text=item["text"], id=ident, published=published, path=path)
    except ValueError as exc:
        return _failed(ident, path, "InputError", str(exc))


def _decode(data: bytes) -> tuple[str, Optional[str]]:
    """The text of a file's bytes, and a note when some of it could not be decoded as it was.

    UTF-32 or UTF-16 with a BOM, UTF-8 (BOM or not), else a legacy encoding. Text that is not all
    of one encoding is decoded by its majority: mostly UTF-8, the rest becomes U+FFFD; mostly
    a legacy encoding (cp1251, koi8-r, ...), runs of valid UTF-8 in it are still UTF-8. Short texts,
    in which charset-normalizer has little to go on, prefer the Cyrillic decoding that reads as
    Russian words. Raises ``_NotText`` for binary data.
    """
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding)), None
            except UnicodeDecodeError:
                break
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("utf-8-sig", errors="replace")
        broken = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
        well_formed = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
        if well_formed > broken:
            return _checked(text), (f"not all UTF-8: decoded as UTF-8, its majority, and {_plural(broken, 'byte sequence')} "
                                    "that are not UTF-8 replaced with U+FFFD")
    else:
        if _control_share(text) <= _MAX_CONTROL_SHARE:
            return text, None
        # Valid UTF-8 full of control characters: UTF-16 without a BOM, or binary data.
        return _checked(_legacy(data)[0]), None
    pieces = _UTF8_RUNS.split(data)
    if len(pieces) == 1:
        return _checked(_legacy(data)[0]), None
    # Legacy text with runs of UTF-8 in it: the runs are UTF-8, the rest the encoding of its majority.
    legacy, encoding = _legacy(b"\n".join(pieces[0::2]))
    text = "".join(piece.decode("utf-8") if i % 2 else piece.decode(encoding, errors="replace")
                   for i, piece in enumerate(pieces))
    return _checked(text), (f"not all of one encoding: decoded as {encoding}, its majority, and "
                            f"{_plural(len(pieces) // 2, 'run')} of UTF-8 in it as UTF-8")


# Runs of two or more valid multi-byte UTF-8 sequences (a lone one is as likely a pair of cp1251 letters).
_UTF8_RUNS = re.compile(rb"((?:[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3})"
                        rb"(?:[\x00-\x7f]*(?:[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}))+)")
_CYRILLIC_ENCODINGS = ("cp1251", "koi8-r", "cp866", "iso8859-5", "mac_cyrillic")
_CYRILLIC_WORD = re.compile(r"[а-яёА-ЯЁ]+")
_LETTER = re.compile(r"[^\W\d_]")
# Below this many bytes charset-normalizer's guess is checked against the Cyrillic encodings.
_SHORT = 4096


def _legacy(data: bytes) -> tuple[str, str]:
    """The text of bytes in a legacy encoding, and the encoding: charset-normalizer's guess, or for
    a short text or one it has no guess for, a Cyrillic encoding that reads better as Russian."""
    best = charset_normalizer.from_bytes(data).best()
    guess = None if best is None else (str(best), best.encoding)
    if guess is None or len(data) < _SHORT:
        scored = [(_russian(text), text, encoding) for encoding in _CYRILLIC_ENCODINGS
                  for text in [data.decode(encoding, errors="replace")]]
        score, text, encoding = max(scored, key=lambda c: c[0])  # the first of the best, cp1251 before the rest
        cyrillic = sum(len(w) for w in _CYRILLIC_WORD.findall(text))
        if score and score * 2 >= cyrillic and cyrillic * 2 >= len(_LETTER.findall(text)) \
                and (guess is None or score > _russian(guess[0])):
            guess = text, encoding
    if guess is None:
        raise _NotText("the file is not text in any known encoding")
    return guess


def _russian(text: str) -> int:
    """How much of ``text`` reads as Cyrillic words: letters in words in lower case, title case or
    capitals ("министр", "Министр", "МИД"); text decoded in the wrong Cyrillic encoding mixes cases."""
    return sum(len(w) for w in _CYRILLIC_WORD.findall(text) if w.islower() or w.istitle() or w.isupper())


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _checked(text: str) -> str:
    if _control_share(text) > _MAX_CONTROL_SHARE:
        controls = len(_CONTROL.findall(text))
        raise _NotText(f"{controls} of its {len(text)} characters are control characters")
    return text


def _control_share(text: str) -> float:
    return len(_CONTROL.findall(text)) / len(text) if text else 0.0


def _stem(path: str) -> str:
    name = os.path.basename(os.path.normpath(path))
    return os.path.splitext(name)[0] or name


def _failed(ident: Optional[str], path: Optional[str], kind: str, message: str) -> Input:
    return Input(text="", id=ident, path=path, error=Error(kind, message))


def unreadable(ident: Optional[str], path: Optional[str], exc: OSError, where: Optional[str] = None) -> Input:
    """The Input of a file (or stream) that could not be read: a ``ReadError`` saying why, and
    where (``where``, else the path)."""
    return _failed(ident, path, "ReadError", f"{exc.strerror or exc}: {where or path}")
