"""What a new rule costs: a new post word, a new date word and a new event type are one line each
of the package's data (the event type a spec beside its line: see test_eventtypes). Shown on a copy
of the installed package with the lines added, parsed in a process of its own."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pressparse

TEXTS = {
    "post": "Дегустатор Иван Петров оценил урожай.",
    "date": "Нынче прошла встреча министров.",
    "event": "Министр Иван Петров провел семинар для журналистов.",
}
ADDED = {  # data file: the one line each needs
    "posts.txt": "дегустатор",
    "dates_words.tsv": "day\t0\tнынче",
    "triggers.tsv": "conference\tсеминар\tnoun",
}


def parse_with_lines_added(tmp_path: Path) -> dict[str, dict]:
    package = tmp_path / "pressparse"
    shutil.copytree(Path(pressparse.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    for name, line in ADDED.items():
        with open(package / "data" / name, "a", encoding="utf-8") as data:
            data.write(line + "\n")
    code = ("import json, sys, pressparse\n"
            "texts = json.loads(sys.stdin.read())\n"
            "print(json.dumps({k: pressparse.parse(t, published='2025-07-31').to_dict() for k, t in texts.items()}))\n")
    out = subprocess.run([sys.executable, "-c", code], input=json.dumps(TEXTS), capture_output=True, text=True,
                         cwd=tmp_path, env={"PYTHONPATH": str(tmp_path), "PATH": ""}, check=True)
    return json.loads(out.stdout)


def test_a_post_word_a_date_word_and_a_trigger_are_one_line_each(nlp, tmp_path):
    before = {k: nlp.parse(t, published="2025-07-31").to_dict() for k, t in TEXTS.items()}
    after = parse_with_lines_added(tmp_path)
    assert not before["post"]["persons"][0]["positions"]
    assert [p["title"] for p in after["post"]["persons"][0]["positions"]] == ["дегустатор"]
    assert not before["date"]["dates"]
    assert [(d["text"], d["value"]) for d in after["date"]["dates"]] == [("Нынче", "2025-07-31")]
    assert not before["event"]["events"]
    assert [(e["type"], e["trigger"]["text"]) for e in after["event"]["events"]] == [("conference", "провел семинар")]
