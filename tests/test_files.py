"""Input at the edge: files, folders, stdin and JSONL become pipeline Inputs (no model needed)."""

import codecs
import contextlib
import io
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

from pressparse.files import DEFAULT_MAX_BYTES, iter_inputs

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SEED = SAMPLES / "000_b51bf4fae41c79d9.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")


def inputs(*paths, **kwargs):
    return list(iter_inputs([str(p) for p in paths], **kwargs))


def test_file_gives_its_text_id_and_path():
    [item] = inputs(SEED)
    assert item.error is None
    assert item.text == SEED_TEXT
    assert "Кирилл Залесский" in item.text
    assert item.id == "000_b51bf4fae41c79d9"
    assert item.path == str(SEED)


def test_folder_is_walked_recursively_in_name_order_for_txt_and_md(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    for name in ("c.txt", "a.md", "b/x.TXT", "b/deep/z.txt", "skip.json", "b/notes.rst"):
        (tmp_path / name).write_text(name, encoding="utf-8")
    found = inputs(tmp_path)
    assert [i.text for i in found] == ["a.md", "b/deep/z.txt", "b/x.TXT", "c.txt"]
    assert [i.id for i in found] == ["a", "z", "x", "c"]
    assert found[2].path == str(tmp_path / "b" / "x.TXT")


def test_paths_keep_their_order_and_a_file_is_read_whatever_its_suffix(tmp_path):
    other = tmp_path / "release.html"
    other.write_text("<p>Текст</p>", encoding="utf-8")
    assert [i.id for i in inputs(other, SEED)] == ["release", "000_b51bf4fae41c79d9"]


def test_empty_file_is_an_empty_text_not_an_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    [item] = inputs(tmp_path / "empty.txt")
    assert item.error is None and item.text == "" and item.id == "empty"


@pytest.mark.parametrize("encode", [
    lambda text: text.encode("cp1251"),
    lambda text: text.encode("koi8-r"),
    lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
], ids=["cp1251", "koi8-r", "utf-8-bom", "utf-16-le", "utf-16-be"])
def test_encodings_decode_to_the_same_text(tmp_path, encode):
    path = tmp_path / SEED.name
    path.write_bytes(encode(SEED_TEXT))
    [item] = inputs(path)
    assert item.error is None
    assert item.text == SEED_TEXT


@pytest.mark.parametrize("data", [
    b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 8,
    bytes(range(1, 32)) * 40,
    b"PK\x03\x04" + bytes((i * 37 + 11) % 256 or 1 for i in range(4000)),
], ids=["nul-bytes", "control-characters", "noise"])
def test_binary_file_is_an_error(tmp_path, data):
    (tmp_path / "blob.txt").write_bytes(data)
    [item] = inputs(tmp_path / "blob.txt")
    assert item.error is not None and item.error.type == "BinaryInput"
    assert item.id == "blob" and item.text == ""


def test_file_over_the_limit_is_too_large(tmp_path):
    (tmp_path / "big.txt").write_text("а" * 600, encoding="utf-8")
    [item] = inputs(tmp_path / "big.txt", max_bytes=1000)
    assert item.error.type == "TooLarge"
    [item] = inputs(tmp_path / "big.txt", max_bytes=1200)
    assert item.error is None and len(item.text) == 600
    assert DEFAULT_MAX_BYTES == 5 * 1024 * 1024


def test_missing_and_vanished_files_are_read_errors(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    missing, vanished = inputs(tmp_path / "missing.txt", tmp_path)
    assert missing.error.type == "ReadError" and missing.id == "missing"
    assert vanished.error.type == "ReadError" and vanished.id == "gone"
    assert "No such file" in vanished.error.message


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_a_read_error(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("текст", encoding="utf-8")
    path.chmod(0)
    [item] = inputs(path)
    assert item.error.type == "ReadError"


def test_stdin_is_one_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED_TEXT.encode("cp1251"))))
    [item] = inputs("-")
    assert item.error is None and item.text == SEED_TEXT
    assert item.id == "<stdin>" and item.path is None


def test_jsonl_lines_become_documents_and_bad_lines_errors(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "seed", "text": SEED_TEXT, "published": "2025-07-31"}, ensure_ascii=False),
        "",
        json.dumps({"text": "Без номера."}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": 7, "body": "no text"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "d", "text": "x", "published": 2025}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = inputs(path, input_format="jsonl")
    assert [i.id for i in items] == ["seed", f"{path}:3", f"{path}:4", "7", f"{path}:6", "d"]
    assert items[0].text == SEED_TEXT and items[0].published == "2025-07-31" and items[0].error is None
    assert items[1].text == "Без номера." and items[1].error is None
    assert [i.error.type for i in items[2:]] == ["InputError"] * 4
    assert all(i.path == str(path) for i in items)


def test_jsonl_line_over_the_limit_is_skipped_and_reading_goes_on(tmp_path):
    path = tmp_path / "corpus.jsonl"
    long = json.dumps({"id": "long", "text": "я" * 5000}, ensure_ascii=False)
    short = json.dumps({"id": "short", "text": "Текст."}, ensure_ascii=False)
    path.write_bytes(codecs.BOM_UTF8 + f"{short}\n{long}\n{short}".encode("utf-8"))
    items = inputs(path, input_format="jsonl", max_bytes=1000)
    assert [i.id for i in items] == ["short", f"{path}:2", "short"]
    assert items[1].error.type == "TooLarge"
    assert items[0].error is None and items[2].error is None


def test_jsonl_folder_is_searched_for_jsonl_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_text('{"id": "b", "text": "Б."}\n', encoding="utf-8")
    (tmp_path / "a.jsonl").write_text('{"id": "a1", "text": "А."}\n{"id": "a2", "text": "А."}\n', encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not JSON", encoding="utf-8")
    assert [i.id for i in inputs(tmp_path, input_format="jsonl")] == ["a1", "a2", "b"]


def test_jsonl_from_stdin(monkeypatch):
    data = (json.dumps({"id": "a", "text": "Текст."}, ensure_ascii=False) + "\n{oops}\n").encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = inputs("-", input_format="jsonl")
    assert [(i.id, i.error and i.error.type) for i in items] == [("a", None), ("<stdin>:2", "InputError")]


def test_reading_is_lazy(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(name, encoding="utf-8")
    stream = iter_inputs([str(tmp_path)])
    assert next(stream).id == "a"
    (tmp_path / "b.txt").unlink()
    assert next(stream).error.type == "ReadError"


def test_unknown_input_format_is_refused():
    with pytest.raises(ValueError):
        inputs(SEED, input_format="csv")


def test_broken_utf8_sequences_become_replacement_characters_not_mojibake(tmp_path):
    data = bytearray(SEED_TEXT.encode("utf-8"))
    data[160] = 0xFF
    (tmp_path / "broken.txt").write_bytes(bytes(data))
    [item] = inputs(tmp_path / "broken.txt")
    assert item.error is None
    assert "\ufffd" in item.text and "Кирилл Залесский" in item.text


def test_a_few_nul_bytes_stay_in_the_text(tmp_path):
    (tmp_path / "nul.txt").write_bytes(SEED_TEXT.encode("utf-8").replace(b". ", b".\x00 ", 2))
    [item] = inputs(tmp_path / "nul.txt")
    assert item.error is None and item.text.count("\x00") == 2


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_without_a_bom_and_utf32_are_detected(tmp_path, encoding):
    (tmp_path / "wide.txt").write_bytes(SEED_TEXT.encode(encoding))
    [item] = inputs(tmp_path / "wide.txt")
    assert item.error is None and item.text == SEED_TEXT


def test_html_pages_are_found_in_folders_and_sniffed_in_any_file(tmp_path):
    pytest.importorskip("trafilatura", reason="the html extra is not installed: pip install 'pressparse[html]'")
    page = ("<!doctype html><html><head><title>Встреча министров</title>"
            '<meta property="article:published_time" content="2025-05-08">'
            '<link rel="canonical" href="https://example.gov/news/1"></head>'
            "<body><nav>Меню сайта</nav><article><h1>Встреча министров</h1><p>" + "Министр провел встречу. " * 20
            + "</p></article></body></html>")
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    (tmp_path / "b.txt").write_text("\n  <!-- saved -->\n" + page, encoding="utf-8")
    (tmp_path / "c.htm").write_text("<p>Только абзац</p>", encoding="utf-8")
    a, b, c = inputs(tmp_path)
    assert a.error is None and a.published == "2025-05-08"
    assert a.text.startswith("# Встреча министров\n") and "Меню сайта" not in a.text
    assert a.text.rstrip().endswith("Source URL: https://example.gov/news/1")
    assert b.text == a.text and b.id == "b"
    assert c.error is None and "Только абзац" in c.text


def test_bytes_and_streams_become_inputs_without_raising():
    from pressparse.files import input_from_bytes, read_file

    assert input_from_bytes(SEED_TEXT.encode("koi8-r"), "k").text == SEED_TEXT
    assert input_from_bytes(b"\x00\x01\x02" * 50, "b").error.type == "BinaryInput"
    assert read_file(io.BytesIO(b"x" * 11), "big", max_bytes=10).error.type == "TooLarge"
    item = read_file(io.BytesIO(SEED_TEXT.encode()), "s", "mem://s.txt")
    assert (item.id, item.path, item.text) == ("s", "mem://s.txt", SEED_TEXT)


def test_count_inputs_walks_folders_and_counts_jsonl_lines(tmp_path):
    from pressparse.files import count_inputs

    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "b.md", "sub/c.html", "skip.json"):
        (tmp_path / name).write_text("текст", encoding="utf-8")
    (tmp_path / "d.jsonl").write_text('{"text": "a"}\n{"text": "b"}\n{"text": "c"}', encoding="utf-8")
    assert count_inputs([str(tmp_path)]) == 3
    assert count_inputs([str(tmp_path), str(SEED)]) == 4
    assert count_inputs([str(tmp_path)], "jsonl") == 3
    assert count_inputs(["-"]) is None


@contextlib.contextmanager
def as_nobody():
    """Permission checks as an unprivileged user: root reads any file, so the effective uid drops to
    nobody's for a while (skips where it cannot); other users are checked as they are."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        yield
        return
    try:
        os.seteuid(65534)
    except OSError as exc:
        pytest.skip(f"root reads any file, and cannot act as nobody here: {exc}")
    try:
        yield
    finally:
        os.seteuid(0)


@pytest.fixture
def open_folder():
    """A folder anyone may enter (pytest's own tmp_path is root's alone), removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="pressparse-test-"))
    folder.chmod(0o755)
    yield folder
    for path in folder.rglob("*"):
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(folder)


def test_symlink_loops_and_links_that_cannot_be_followed_are_read_errors_and_the_walk_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text("первый", encoding="utf-8")
    (tmp_path / "loop1.txt").symlink_to("loop2.txt")
    (tmp_path / "loop2.txt").symlink_to("loop1.txt")
    (tmp_path / "through-a-file.txt").symlink_to("a.txt/x.txt")  # ENOTDIR, which root gets too
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "back").symlink_to("..")  # a folder linked back into its parent
    (tmp_path / "sub" / "self").symlink_to(".")
    (tmp_path / "sub" / "z.txt").write_text("последний", encoding="utf-8")
    found = inputs(tmp_path)
    assert [(i.id, i.error and i.error.type) for i in found] == [
        ("a", None), ("loop1", "ReadError"), ("loop2", "ReadError"), ("z", None), ("through-a-file", "ReadError")]
    assert "symbolic links" in found[1].error.message and found[1].path == str(tmp_path / "loop1.txt")
    # A loop named on the command line is a record too.
    [item] = inputs(tmp_path / "loop1.txt")
    assert item.error.type == "ReadError"


def test_a_link_into_a_folder_that_cannot_be_entered_is_a_read_error(open_folder):
    (open_folder / "closed").mkdir()
    (open_folder / "closed" / "secret.txt").write_text("тайна", encoding="utf-8")
    (open_folder / "closed").chmod(0o700)
    (open_folder / "a.txt").write_text("первый", encoding="utf-8")
    (open_folder / "link.txt").symlink_to(open_folder / "closed" / "secret.txt")
    (open_folder / "z.txt").write_text("последний", encoding="utf-8")
    with as_nobody():
        found = inputs(open_folder)
    assert [(i.id, i.error and i.error.type) for i in found] == [
        ("a", None), ("closed", "ReadError"), ("link", "ReadError"), ("z", None)]
    assert "Permission denied" in found[2].error.message


def test_jsonl_published_must_be_an_iso_date_and_empty_is_not_given(tmp_path):
    path = tmp_path / "corpus.jsonl"
    rows = [{"id": "a", "text": "Т.", "published": ""}, {"id": "b", "text": "Т.", "published": "garbage"},
            {"id": "c", "text": "Т.", "published": "2024-02-30"}, {"id": "d", "text": "Т.", "published": "2024-05-02"}]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    a, b, c, d = inputs(path)
    assert a.error is None and a.published is None
    assert b.error.type == c.error.type == "InputError" and "YYYY-MM-DD" in b.error.message
    assert d.error is None and d.published == "2024-05-02"


@contextlib.contextmanager
def unblocking(*fifos):
    """Should a reader block on one of ``fifos``, writers come by and go while it waits, so that a
    test fails rather than hangs."""
    import threading

    stop = threading.Event()

    def unblock():
        while not stop.wait(2):
            for fifo in fifos:
                with contextlib.suppress(OSError):
                    os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))

    thread = threading.Thread(target=unblock, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def test_only_regular_files_are_read_anything_else_is_a_record_saying_what_it_is(tmp_path):
    (tmp_path / "a.txt").write_text("первый", encoding="utf-8")
    os.mkfifo(tmp_path / "fifo.txt")
    os.mkfifo(tmp_path / "fifo.jsonl")
    (tmp_path / "link-to-fifo.txt").symlink_to("fifo.txt")
    (tmp_path / "link-to-folder.txt").mkdir()  # a folder by a text file's name is walked
    (tmp_path / "link-to-folder.txt" / "inner.txt").write_text("внутри", encoding="utf-8")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")

    with unblocking(tmp_path / "fifo.txt", tmp_path / "fifo.jsonl"):
        found = inputs(tmp_path)
        alone = inputs(tmp_path / "fifo.txt", tmp_path / "link-to-fifo.txt", tmp_path / "fifo.jsonl")
    assert [(i.id, i.error and i.error.type) for i in found] == [
        ("a", None), ("fifo", "ReadError"), ("link-to-fifo", "ReadError"), ("inner", None), ("zero", "ReadError")]
    assert "a FIFO" in found[1].error.message and "a FIFO" in found[2].error.message
    assert "a character device" in found[4].error.message
    assert [(i.id, i.error and i.error.type) for i in alone] == [
        ("fifo", "ReadError"), ("link-to-fifo", "ReadError"), ("fifo", "ReadError")]


def test_counting_inputs_does_not_open_a_fifo(tmp_path):
    from pressparse.files import count_inputs

    os.mkfifo(tmp_path / "fifo.jsonl")
    (tmp_path / "a.jsonl").write_text('{"text": "a"}\n{"text": "b"}\n', encoding="utf-8")
    with unblocking(tmp_path / "fifo.jsonl"):
        assert count_inputs([str(tmp_path)], "jsonl") == 3
        assert count_inputs([str(tmp_path / "fifo.jsonl")]) == 1


OTHER_TEXT = (SAMPLES / "003_9c0d123f5dd01e10.txt").read_text(encoding="utf-8")


def test_mixed_encodings_decode_by_the_majority_and_say_so(tmp_path, caplog):
    # 2500 characters of UTF-8, then 500 of cp1251: UTF-8 is the majority, the rest is replaced.
    (tmp_path / "mostly-utf8.txt").write_bytes(SEED_TEXT[:2500].encode("utf-8") + OTHER_TEXT[:500].encode("cp1251"))
    # 500 of UTF-8, then 2500 of cp1251: cp1251 is the majority, the UTF-8 part is still UTF-8.
    (tmp_path / "mostly-cp1251.txt").write_bytes(SEED_TEXT[:500].encode("utf-8") + OTHER_TEXT[:2500].encode("cp1251"))
    with caplog.at_level("WARNING", logger="pressparse"):
        utf8, cp1251 = inputs(tmp_path / "mostly-utf8.txt", tmp_path / "mostly-cp1251.txt")
    head = SEED_TEXT[:2500]
    assert utf8.error is None and utf8.text.startswith(head) and "\ufffd" in utf8.text[len(head):]
    assert cp1251.error is None and cp1251.text == SEED_TEXT[:500] + OTHER_TEXT[:2500]
    warned = caplog.text
    assert "mostly-utf8.txt" in warned and "UTF-8" in warned and "U+FFFD" in warned
    assert "mostly-cp1251.txt" in warned and "cp1251" in warned


@pytest.mark.parametrize("text", ["Привет", "Министр провел встречу.", "Встреча министров", "МИД России"])
@pytest.mark.parametrize("encoding", ["koi8-r", "cp1251", "cp866", "iso8859-5"])
def test_short_legacy_texts_prefer_cyrillic_decodings(tmp_path, text, encoding):
    from pressparse.files import input_from_bytes

    item = input_from_bytes(text.encode(encoding), "short")
    assert item.error is None and item.text == text
