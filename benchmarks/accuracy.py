"""Run pressparse over the development sets in ../shared/data and score it with ../shared/eval/score.py.

    python benchmarks/accuracy.py [releases|factru|nerel ...] [--out DIR] [--show N]

Writes each set's records to DIR (default: a temporary folder) and prints the scorer's figures.
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
SETS = {
    "releases": ("releases-dev.jsonl", "releases-dev-gold.jsonl"),
    "factru": ("factru-dev.jsonl", "factru-dev.jsonl"),
    "nerel": ("nerel-dev.jsonl", "nerel-dev.jsonl"),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", default=list(SETS))
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
    for name in a.sets:
        texts, gold = (os.path.join(data, f) for f in SETS[name])
        with open(texts, encoding="utf-8") as f:
            items = [{"id": d["id"], "text": d["text"]} for d in map(json.loads, f)]
        pred = os.path.join(out, f"{name}.jsonl")
        started = time.perf_counter()
        with open(pred, "w", encoding="utf-8") as f:
            for doc in nlp.pipe(items):
                f.write(doc.to_json() + "\n")
        took = time.perf_counter() - started
        print(f"== {name}: {len(items)} documents in {took:.1f} s -> {pred}", flush=True)
        command = [sys.executable, os.path.join(SHARED, "eval", "score.py"), gold, pred]
        if name == "releases":
            command += ["--texts", texts, "--show", str(a.show)]
        subprocess.run(command, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
