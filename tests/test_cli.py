"""The ``pressparse`` command on the bundled seed releases, run in-process (one model load)."""

import codecs
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

import pressparse
from pressparse import cli

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SEED = SAMPLES / "000_b51bf4fae41c79d9.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
OTHER = SAMPLES / "003_9c0d123f5dd01e10.txt"


pytestmark = pytest.mark.usefixtures("shared_model")  # every cli.main run reuses the session's model


def run(capsys, *argv):
    """``cli.main(argv)`` → (exit status, records parsed from stdout, stderr)."""
    status = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, [json.loads(line) for line in out.splitlines()], err


def spans(value):
    """Every object with offsets in a record."""
    if isinstance(value, dict):
        if "start" in value and "stop" in value:
            yield value
        for item in value.values():
            yield from spans(item)
    elif isinstance(value, list):
        for item in value:
            yield from spans(item)


def assert_offsets_fit(record, text):
    found = list(spans(record))
    assert found, "the record points at no text"
    for span in found:
        assert 0 <= span["start"] <= span["stop"] <= len(text)
        if "text" in span:
            assert text[span["start"]:span["stop"]] == span["text"]


def person_names(record):
    return [person["name"] for person in record["persons"]]


def assert_seed_record(record):
    assert record["error"] is None
    assert any("Залесский" in name for name in person_names(record))
    assert_offsets_fit(record, SEED_TEXT)


def without_source(record):
    return {key: value for key, value in record.items() if key not in ("id", "source")}


def test_folder_gives_a_record_per_file_in_order(capsys, tmp_path):
    for path in (SEED, OTHER):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    status, records, err = run(capsys, "extract", tmp_path)
    assert status == 0
    assert [r["id"] for r in records] == [SEED.stem, OTHER.stem]
    assert records[0]["source"]["path"] == str(tmp_path / SEED.name)
    assert_seed_record(records[0])
    assert_offsets_fit(records[1], OTHER.read_text(encoding="utf-8"))
    schema = pressparse.record_schema()
    for record in records:
        jsonschema.validate(record, schema)
    # No progress bar when stderr is not a terminal; the summary line is always there.
    [summary] = err.strip().splitlines()
    assert summary.startswith("2 documents, 0 errors, ")


def test_stdin(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    status, [record], _ = run(capsys, "extract", "-", "--no-progress")
    assert status == 0
    assert record["id"] == "<stdin>"
    assert_seed_record(record)


@pytest.mark.parametrize("options", [["--input", "jsonl"], []])  # a *.jsonl file is JSON Lines unless told otherwise
def test_jsonl_input(capsys, tmp_path, options):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "seed", "text": SEED_TEXT, "published": "2025-08-01"}, ensure_ascii=False) + "\n"
        + "{this is not json}\n"
        + json.dumps({"text": "Короткий текст без имён."}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    status, records, err = run(capsys, "extract", *options, corpus)
    assert status == 1
    assert [r["id"] for r in records] == ["seed", f"{corpus}:2", f"{corpus}:3"]
    assert_seed_record(records[0])
    assert records[0]["published"] == "2025-08-01"
    assert records[1]["error"]["type"] == "InputError"
    assert records[2]["error"] is None
    assert "3 documents, 1 error, " in err


def test_a_jsonl_file_read_as_text_is_one_document(capsys, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "seed", "text": SEED_TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    status, records, _ = run(capsys, "extract", "--input", "text", corpus)
    assert status == 0 and [r["id"] for r in records] == ["corpus"]


def test_bad_file_gives_an_error_record_and_the_run_goes_on(capsys, tmp_path):
    (tmp_path / "001_binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (tmp_path / SEED.name).write_bytes(SEED.read_bytes())
    (tmp_path / "vanished.txt").symlink_to(tmp_path / "nowhere.txt")  # there when listed, gone when read
    status, records, err = run(capsys, "extract", tmp_path, tmp_path / "vanished.txt")
    assert status == 1
    assert [r["id"] for r in records] == [SEED.stem, "001_binary", "vanished", "vanished"]
    assert_seed_record(records[0])
    assert records[1]["error"]["type"] == "BinaryInput"
    assert records[1]["persons"] == []
    assert records[3]["error"]["type"] == "ReadError"
    assert records[3]["source"]["path"] == str(tmp_path / "vanished.txt")
    assert "4 documents, 3 errors, " in err


def test_empty_file_gives_an_empty_record(capsys, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    status, [record], _ = run(capsys, "extract", tmp_path / "empty.txt")
    assert status == 0
    assert record["error"] is None and record["persons"] == [] and record["events"] == []


def test_legacy_and_utf16_encodings_give_the_same_record(capsys, tmp_path):
    (tmp_path / "cp1251.txt").write_bytes(SEED_TEXT.encode("cp1251"))
    (tmp_path / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + SEED_TEXT.encode("utf-16-le"))
    status, records, _ = run(capsys, "extract", SEED, tmp_path / "cp1251.txt", tmp_path / "utf16.txt")
    assert status == 0
    original, cp1251, utf16 = records
    assert_seed_record(original)
    assert without_source(cp1251) == without_source(original)
    assert without_source(utf16) == without_source(original)


def test_json_format_is_one_pretty_array(capsys):
    status = cli.main(["extract", "--format", "json", str(SEED), str(OTHER)])
    out, _ = capsys.readouterr()
    assert status == 0
    records = json.loads(out)
    assert [r["id"] for r in records] == [SEED.stem, OTHER.stem]
    assert_seed_record(records[0])
    assert out == json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def test_json_format_with_no_input_is_an_empty_array(capsys, tmp_path):
    assert cli.main(["extract", "--format", "json", str(tmp_path)]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_output_file(capsys, tmp_path):
    out_path = tmp_path / "out.jsonl"
    status = cli.main(["extract", str(SEED), "-o", str(out_path), "--batch-size", "1"])
    assert status == 0
    assert capsys.readouterr().out == ""
    lines = out_path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert "Залесский" in lines[0]  # UTF-8, not \u escapes
    assert_seed_record(json.loads(lines[0]))


def test_usage_errors_exit_2(capsys, tmp_path):
    for argv in (["extract", str(SEED), "--batch-size", "0"], ["extract"], ["extract", "--format", "xml", "-"],
                 ["extract", str(SEED), "--workers", "0"], ["extract", str(SEED), "--timeout", "-1"],
                 ["extract", str(SEED), "--timeout", "soon"], ["extract", str(SEED), "--threads", "3"]):
        with pytest.raises(SystemExit) as stop:
            cli.main(argv)
        assert stop.value.code == 2
    assert cli.main(["extract", str(SEED), "-o", str(tmp_path / "no" / "such" / "dir.jsonl")]) == 2
    assert "cannot write" in capsys.readouterr().err
    assert cli.main([]) == 2
    assert "extract" in capsys.readouterr().err
    assert cli.main(["extract", str(SEED), "--resume"]) == 2
    assert cli.main(["extract", str(SEED), "--resume", "--format", "json", "-o", str(tmp_path / "o.json")]) == 2
    assert "--resume needs -o" in capsys.readouterr().err


def test_python_m_pressparse():
    # The package may be installed or only on the source path: hand the child the same one.
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        filter(None, [str(Path(pressparse.__file__).parents[1]), os.environ.get("PYTHONPATH")])))
    help_run = subprocess.run([sys.executable, "-m", "pressparse", "extract", "--help"],
                              capture_output=True, text=True, env=env, timeout=120)
    assert help_run.returncode == 0
    for option in ("--output", "--format", "--input", "--batch-size", "--max-bytes", "--no-progress",
                   "--workers", "--timeout", "--resume", "examples:"):
        assert option in help_run.stdout
    version_run = subprocess.run([sys.executable, "-m", "pressparse", "--version"],
                                 capture_output=True, text=True, env=env, timeout=120)
    assert version_run.returncode == 0
    assert version_run.stdout.strip().startswith(f"pressparse {pressparse.__version__}")


def test_the_command_exits_at_once_with_its_output_whole_and_its_status():
    """``run`` leaves the process without tearing the interpreter down: what was printed is all
    there (the schema, written in one piece at the end) and the status is ``main``'s."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        filter(None, [str(Path(pressparse.__file__).parents[1]), os.environ.get("PYTHONPATH")])))
    schema = subprocess.run([sys.executable, "-m", "pressparse", "schema"], capture_output=True, text=True,
                            env=env, timeout=120)
    assert schema.returncode == 0 and json.loads(schema.stdout) == pressparse.record_schema()
    missing = subprocess.run([sys.executable, "-m", "pressparse", "extract", "no-such-folder"], capture_output=True,
                             text=True, env=env, timeout=120)
    assert missing.returncode == cli.EXIT_USAGE and "no such file or folder" in missing.stderr


def test_schema_command_prints_the_shipped_schema(capsys):
    from importlib import resources

    assert cli.main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    shipped = json.loads(resources.files("pressparse").joinpath("data/record.schema.json").read_text("utf-8"))
    assert printed == shipped and printed["properties"]["persons"]["type"] == "array"


def copies(folder, n):
    """``n`` release files in ``folder``, the two seeds in turn; their ids in order."""
    folder.mkdir(exist_ok=True)
    for i in range(n):
        source = (SEED, OTHER)[i % 2]
        (folder / f"{i:04d}.txt").write_bytes(source.read_bytes())
    return [f"{i:04d}" for i in range(n)]


def test_workers_and_threads_give_the_same_records(capsys, tmp_path):
    ids = copies(tmp_path / "in", 6)
    one = run(capsys, "extract", tmp_path / "in")
    two = run(capsys, "extract", tmp_path / "in", "--workers", "2", "--batch-size", "2")
    single = run(capsys, "extract", tmp_path / "in", "--threads", "1", "--batch-size", "2")
    assert one[0] == two[0] == single[0] == 0
    assert [r["id"] for r in two[1]] == ids
    assert two[1] == one[1] == single[1]
    assert two[2].startswith("6 documents, 0 errors, ")


def test_progress_bar_shows_rate_and_eta_on_a_terminal(capsys, monkeypatch, tmp_path):
    copies(tmp_path / "in", 3)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    status, records, err = run(capsys, "extract", tmp_path / "in", "-o", tmp_path / "out.jsonl")
    assert status == 0
    assert "3/3" in err and "doc/s" in err and "100%" in err
    assert err.strip().splitlines()[-1].startswith("3 documents, 0 errors, ")


def test_resume_skips_what_is_written_and_drops_a_cut_line(capsys, tmp_path):
    ids = copies(tmp_path / "in", 5)
    out = tmp_path / "out.jsonl"
    assert cli.main(["extract", str(tmp_path / "in"), "-o", str(out)]) == 0
    full = out.read_text(encoding="utf-8").splitlines()
    # A run killed after two records and half of the third.
    out.write_text("\n".join(full[:2]) + "\n" + full[2][:50], encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["extract", str(tmp_path / "in"), "-o", str(out), "--resume"]) == 0
    assert "3 documents, 0 errors" in capsys.readouterr().err
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines == full
    # Resuming a finished run parses nothing.
    assert cli.main(["extract", str(tmp_path / "in"), "-o", str(out), "--resume"]) == 0
    assert "0 documents, 0 errors, " in capsys.readouterr().err
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ids


def test_a_terminated_run_leaves_whole_records_and_resume_completes_it(capsys, tmp_path):
    ids = copies(tmp_path / "in", 150)
    out = tmp_path / "out.jsonl"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        filter(None, [str(Path(pressparse.__file__).parents[1]), os.environ.get("PYTHONPATH")])))
    child = subprocess.Popen([sys.executable, "-m", "pressparse", "extract", str(tmp_path / "in"), "-o", str(out),
                              "--batch-size", "4"], stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 8):
        time.sleep(0.05)
    child.terminate()
    _, err = child.communicate(timeout=60)
    assert child.returncode == 143
    assert "interrupted: " in err
    written = out.read_text(encoding="utf-8")
    assert written.endswith("\n")
    records = [json.loads(line) for line in written.splitlines()]
    assert 8 <= len(records) < 150 and [r["id"] for r in records] == ids[:len(records)]
    capsys.readouterr()
    assert cli.main(["extract", str(tmp_path / "in"), "-o", str(out), "--resume", "--batch-size", "16"]) == 0
    assert "skipped" in capsys.readouterr().err
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ids


def test_lone_surrogates_in_names_and_texts_are_written_as_valid_utf8_json(capsys, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    # A file name that is not UTF-8 (Python gives it as a lone surrogate, \udcff) and JSON Lines
    # whose text holds a lone surrogate, escaped as JSON allows.
    (folder / os.fsdecode(b"n\xff.txt")).write_bytes(SEED.read_bytes())
    (folder / "lines.jsonl").write_text(
        json.dumps({"id": "s\ud800", "text": "\ud800 " + SEED_TEXT}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert cli.main(["extract", str(folder), str(folder / "lines.jsonl"), "-o", str(out)]) == 0
    lines = out.read_bytes().decode("utf-8").splitlines()  # strict: valid UTF-8
    first, second = [json.loads(line) for line in lines]
    assert first["id"] == "n\udcff" and first["source"]["path"] == str(folder / "n\udcff.txt")  # lossless
    assert "\\udcff" in lines[0]
    assert second["id"] == "s\ud800" and second["error"] is None
    assert_offsets_fit(second, "\ud800 " + SEED_TEXT)
    assert "Кирилл Залесский" in person_names(second)
    # The same on stdout, with --format json too.
    for options in ([], ["--format", "json"]):
        cli.main(["extract", str(folder), *options])
        assert "\\udcff" in capsys.readouterr().out
    assert cli.main(["show", str(folder), "-o", str(tmp_path / "page.html")]) == 0
    assert "n\\udcff" in (tmp_path / "page.html").read_bytes().decode("utf-8")


def test_an_output_that_is_an_input_or_would_be_read_as_one_is_refused_before_anything_is_written(capsys, tmp_path):
    victim = tmp_path / "victim.jsonl"
    victim.write_text(json.dumps({"id": "a", "text": SEED_TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    before = victim.read_bytes()
    folder = tmp_path / "in"
    copies(folder, 2)
    for argv in (["extract", victim, "-o", victim], ["extract", victim, "-o", tmp_path / "." / "victim.jsonl"],
                 ["extract", victim, "-o", victim, "--resume"], ["extract", folder, "-o", folder / "out.txt"],
                 ["extract", folder, "--input", "jsonl", "-o", folder / "sub" / "out.jsonl"],
                 ["show", victim, "-o", victim]):
        status = cli.main([str(a) for a in argv])
        assert status == 2, argv
        assert "pressparse: " in capsys.readouterr().err
        assert victim.read_bytes() == before, argv
    assert not (folder / "out.txt").exists()
    # An output in an input folder that the walk does not read (another suffix) is fine.
    status, _, _ = run(capsys, "extract", folder, "-o", folder / "out.jsonl")
    assert status == 0 and len((folder / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_the_output_is_never_read_as_an_input_even_through_a_link(capsys, tmp_path):
    folder = tmp_path / "in"
    ids = copies(folder, 2)
    out = tmp_path / "out.txt"
    (folder / "link-to-out.txt").symlink_to(out)
    out.write_text("", encoding="utf-8")
    status, _, err = run(capsys, "extract", folder, "-o", out)
    assert status == 0
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ids
    assert "link-to-out.txt" in err  # said, not read


def cut_after(out, n):
    """``out`` as a run killed after its first ``n`` records left it."""
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:n]), encoding="utf-8")


def test_resume_keys_on_the_resolved_path_not_the_path_as_typed(capsys, tmp_path, monkeypatch):
    ids = copies(tmp_path / "in", 5)
    out = tmp_path / "out.jsonl"
    monkeypatch.chdir(tmp_path)
    assert cli.main(["extract", "in", "-o", str(out)]) == 0
    cut_after(out, 2)
    capsys.readouterr()
    assert cli.main(["extract", "./in/", "-o", str(out), "--resume"]) == 0
    assert "3 documents, 0 errors" in capsys.readouterr().err
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ids


def test_resume_counts_jsonl_documents_that_share_an_id(capsys, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    texts = ["Министр Иван Петров провел встречу.", "Анна Смирнова прибыла в Москву.", SEED_TEXT,
             "Олег Волков подписал соглашение.", "Елена Попова открыла форум."]
    corpus.write_text("".join(json.dumps({"id": "same", "text": t}, ensure_ascii=False) + "\n" for t in texts),
                      encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert cli.main(["extract", str(corpus), "-o", str(out)]) == 0
    full = out.read_text(encoding="utf-8")
    cut_after(out, 2)
    capsys.readouterr()
    assert cli.main(["extract", str(corpus), "-o", str(out), "--resume"]) == 0
    assert "3 documents, 0 errors" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == full


def test_resume_warns_when_the_output_matches_none_of_the_inputs(capsys, tmp_path):
    copies(tmp_path / "a", 2)
    copies(tmp_path / "b", 2)
    out = tmp_path / "out.jsonl"
    assert cli.main(["extract", str(tmp_path / "a"), "-o", str(out)]) == 0
    capsys.readouterr()
    assert cli.main(["extract", str(tmp_path / "b"), "-o", str(out), "--resume"]) == 0
    assert "none of the 2 records already in" in capsys.readouterr().err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4


def test_an_output_another_run_is_writing_is_refused(capsys, tmp_path):
    import fcntl

    copies(tmp_path / "in", 1)
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "kept"}\n', encoding="utf-8")
    with open(out, "a") as other:  # another run holds it
        fcntl.flock(other.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        for options in ([], ["--resume"]):
            assert cli.main(["extract", str(tmp_path / "in"), "-o", str(out), *options]) == cli.EXIT_FAILED
            assert "is being written by another pressparse run" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == '{"id": "kept"}\n'  # untouched
    assert cli.main(["extract", str(tmp_path / "in"), "-o", str(out)]) == 0  # once it is free


def test_exit_status_tells_usage_input_errors_and_a_failed_run_apart(capsys, tmp_path, monkeypatch):
    # A mistyped path is a usage error, before anything is parsed or written.
    assert cli.main(["extract", str(SEED), str(tmp_path / "no-such-file.txt"), "-o", str(tmp_path / "o.jsonl")]) == 2
    assert "no such file or folder: " in capsys.readouterr().err and not (tmp_path / "o.jsonl").exists()
    # A folder with nothing to read: the run is fine, and says nothing was read.
    (tmp_path / "empty").mkdir()
    assert cli.main(["extract", str(tmp_path / "empty")]) == 0
    assert "no documents were read" in capsys.readouterr().err
    # A full disk fails the run itself: its own status, a message, no traceback.
    if os.path.exists("/dev/full"):
        assert cli.main(["extract", str(SEED), "-o", "/dev/full"]) == cli.EXIT_FAILED == 3
        err = capsys.readouterr().err
        assert "No space left on device" in err and "Traceback" not in err
    # A crash (a bug) fails the run too, with its traceback to report.
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")
    monkeypatch.setattr(cli.Pipeline, "pipe", broken)
    assert cli.main(["extract", str(SEED)]) == cli.EXIT_FAILED
    err = capsys.readouterr().err
    assert "RuntimeError: a bug" in err and "Traceback" in err
    for status in ("0 when", "1 when", "2 on a usage error", "3 when the run itself failed"):
        assert status in cli._EPILOG, status


def test_a_full_stdout_fails_the_run_without_a_traceback(tmp_path):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        filter(None, [str(Path(pressparse.__file__).parents[1]), os.environ.get("PYTHONPATH")])))
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "pressparse", "extract", str(SEED)], stdout=full,
                              stderr=subprocess.PIPE, text=True, env=env, timeout=300)
    assert done.returncode == 3
    assert "No space left on device" in done.stderr and "Traceback" not in done.stderr


def test_json_format_cut_short_is_still_a_valid_array(capsys, tmp_path, monkeypatch):
    real = cli.Pipeline.pipe

    def interrupted(self, items, **options):
        for n, document in enumerate(real(self, items, **options)):
            if n == 2:
                raise KeyboardInterrupt
            yield document

    monkeypatch.setattr(cli.Pipeline, "pipe", interrupted)
    copies(tmp_path / "in", 4)
    out = tmp_path / "out.json"
    assert cli.main(["extract", str(tmp_path / "in"), "--format", "json", "-o", str(out)]) == 130
    assert [r["id"] for r in json.loads(out.read_text(encoding="utf-8"))] == ["0000", "0001"]
    assert "interrupted: 2 documents" in capsys.readouterr().err


def test_more_workers_than_cores_are_capped_with_a_warning(capsys, tmp_path):
    copies(tmp_path / "in", 2)
    many = (os.cpu_count() or 1) + 7
    status, records, err = run(capsys, "extract", tmp_path / "in", "--workers", many)
    assert status == 0 and [r["id"] for r in records] == ["0000", "0001"]
    assert f"--workers {many} is more than the {os.cpu_count()} cores" in err


def test_link_writes_one_corpus_entity_a_line_and_reports_bad_lines(capsys, tmp_path):
    status, records, _ = run(capsys, "extract", SEED, OTHER)
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join([*lines, "garbage", lines[0]]) + "\n", encoding="utf-8")
    out = tmp_path / "corpus.jsonl"
    out.write_text("the last run's corpus\n", encoding="utf-8")
    status, _, err = run(capsys, "link", path, "-o", out)
    assert status == 1
    assert f"{path}:3: not a JSON record" in err and f"{path}:4: record" in err and "read once" in err
    assert "3 records" not in err and "2 records, 1 lines that are no record, skipped, 1 copies read once" in err
    entities = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert entities == pressparse.link(records)
    zalessky = next(e for e in entities if e["name"] == "Кирилл Залесский")
    assert list(zalessky)[:4] == ["id", "kind", "name", "documents"]
    assert not (tmp_path / "corpus.jsonl.partial").exists()
    status, entities, err = run(capsys, "link", path)  # to stdout
    assert [e["id"] for e in entities] == [json.loads(line)["id"] for line in out.read_text().splitlines()]


def test_link_and_db_usage_errors_exit_2(capsys, tmp_path):
    assert run(capsys, "link", tmp_path / "missing.jsonl")[0] == 2
    records = tmp_path / "r.jsonl"
    records.write_text("", encoding="utf-8")
    assert run(capsys, "link", records, "-o", records)[0] == 2
    assert run(capsys, "db", records, "-o", records)[0] == 2
    with pytest.raises(SystemExit):
        cli.main(["db", str(records)])  # -o is required


def test_show_link_and_db_take_a_tie_with_no_post(shared_model, capsys, tmp_path):
    (tmp_path / "tie.txt").write_text("Иван Петров работает в банке «Заря».", encoding="utf-8")
    status, records, _ = run(capsys, "extract", tmp_path / "tie.txt")
    assert status == 0 and records[0]["persons"][0]["positions"][0]["title"] is None
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(records[0], ensure_ascii=False) + "\n", encoding="utf-8")
    status, entities, _ = run(capsys, "link", path)
    assert status == 0 and any(p["title"] is None for e in entities for p in e.get("posts", ()))
    assert cli.main(["db", str(path), "-o", str(tmp_path / "tie.sqlite")]) == 0
    assert cli.main(["show", str(tmp_path / "tie.txt"), "-o", str(tmp_path / "page.html")]) == 0
    assert "no post named" in (tmp_path / "page.html").read_text(encoding="utf-8")
