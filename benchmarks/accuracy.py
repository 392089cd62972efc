"""Run pressparse over the development sets in ../shared/data and score them with ../shared/eval.

    python benchmarks/accuracy.py [releases|ministries|factru|nerel|bsnlp|nerel-train|WRITTEN ...] [--out DIR] [--show N]

Writes each set's records to DIR (default: a temporary folder) and prints each scorer's figures:
``score.py`` for the releases of both publishers, factRuEval and NEREL, ``bsnlp.py score`` for BSNLP.
The records kept in DIR are what a change is diffed against ("output byte-identical").
By default every dev set is run; ``nerel-train`` (746 documents, a check never tuned on) only when named.
The sets written for this project (``benchmarks/written/NAME/``, see its README) run when named,
or all of them with ``written``; they need ``../shared/eval`` for their scorer all the same.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import pressparse

SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")
# set: (texts, gold, scorer); release golds are scored with their texts
SETS = {
    "releases": ("releases-dev.jsonl", "releases-dev-gold.jsonl", "score"),
    "ministries": ("ministries-dev.jsonl", "ministries-dev-gold.jsonl", "score"),
    "factru": ("factru-dev.jsonl", "factru-dev.jsonl", "score"),
    "nerel": ("nerel-dev.jsonl", "nerel-dev.jsonl", "score"),
    "bsnlp": ("bsnlp-dev.jsonl", "bsnlp-dev.jsonl", "bsnlp"),
    "nerel-train": ("nerel-train.jsonl", "nerel-train.jsonl", "score"),
}
DEFAULT_SETS = [name for name in SETS if name != "nerel-train"]
WRITTEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "written")


def _written_sets() -> dict[str, tuple[str, str, str]]:
    """The sets under ``benchmarks/written``: a folder NAME holds NAME.jsonl, the texts (with their
    factRuEval-shaped gold), and for releases NAME-gold.jsonl, their gold."""
    sets = {}
    for name in sorted(os.listdir(WRITTEN)) if os.path.isdir(WRITTEN) else ():
        texts = os.path.join(WRITTEN, name, f"{name}.jsonl")
        gold = os.path.join(WRITTEN, name, f"{name}-gold.jsonl")
        if os.path.isfile(texts):
            sets[name] = (texts, gold if os.path.isfile(gold) else texts, "score")
    return sets


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    written = _written_sets()
    ap.add_argument("sets", nargs="*", default=DEFAULT_SETS, choices=[*SETS, *written, "written"], metavar="SET")
    ap.add_argument("--out", help="folder for the records (kept)")
    ap.add_argument("--show", type=int, default=0, help="missed events to print (releases)")
    a = ap.parse_args()
    data = os.path.join(SHARED, "data")
    if not os.path.isdir(data):
        print(f"no development data at {data}", file=sys.stderr)
        return 2
    out = a.out or tempfile.mkdtemp(prefix="pressparse-dev-")
    os.makedirs(out, exist_ok=True)
    nlp = pressparse.Pipeline()
    names = [n for name in a.sets for n in (written if name == "written" else [name])]
    for name in names:
        texts_file, gold_file, scorer = SETS[name] if name in SETS else written[name]
        texts, gold = os.path.join(data, texts_file), os.path.join(data, gold_file)
        with open(texts, encoding="utf-8") as f:
            items = [{"id": d["id"], "text": d["text"], "published": d.get("published")} if name == "bsnlp"
                     else {"id": d["id"], "text": d["text"]} for d in map(json.loads, f)]
        pred = os.path.join(out, f"{name}.jsonl")
        started = time.perf_counter()
        with open(pred, "w", encoding="utf-8") as f:
            for doc in nlp.pipe(items):
                f.write(doc.to_json() + "\n")
        took = time.perf_counter() - started
        print(f"== {name}: {len(items)} documents in {took:.1f} s -> {pred}", flush=True)
        if scorer == "bsnlp":
            command = [sys.executable, os.path.join(SHARED, "eval", "bsnlp.py"), "score", gold, pred]
        else:
            command = [sys.executable, os.path.join(SHARED, "eval", "score.py"), gold, pred]
            if gold_file.endswith("-gold.jsonl"):
                command += ["--texts", texts, "--show", str(a.show)]
        subprocess.run(command, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
