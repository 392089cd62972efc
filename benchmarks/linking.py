"""How linking grows with the corpus: time and peak memory of ``pressparse.link`` on 1 000 to 100 000 records.

    python benchmarks/linking.py                      # 1000, 10000, 30000, 100000 records
    python benchmarks/linking.py --sizes 10000 100000 --records /tmp/l18/bsnlp.jsonl

The records are made from the BSNLP dev records (parsed here from ../shared/data/bsnlp-dev.jsonl,
or read from --records): repeated with new ids, and with their names perturbed as corpora vary
them, so that the corpus grows in people and bodies and not only in mentions of the same ones.
Copy k of a record belongs to "world" k // 10: each world renames every surname and every
organisation with a suffix of its own (new people and bodies, ten copies each), and within a world
a person's name is written in full, with the given name as an initial, as the surname alone or with
е for ё, at random (seeded). Each size is written to a JSON Lines file and linked by a fresh process
reading it line by line, as ``pressparse link`` does; the time is that of linking (reading the file
included, making it not) and the peak is the process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "data" / "bsnlp-dev.jsonl"
SYLLABLES = ["ко", "ан", "ер", "ов", "ин", "ус", "ал", "ек", "ор", "ис", "ам", "ель"]


def base_records(path: str | None) -> list[dict]:
    if path:
        with open(path, encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]
    import pressparse

    with open(DEV, encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    nlp = pressparse.Pipeline()
    return [d.to_dict() for d in nlp.pipe({"id": i["id"], "text": i["text"], "published": i.get("published")}
                                          for i in items)]


def suffix(world: int) -> str:
    """A pronounceable suffix of its own for each world: 0 → "", 1 → "ко", 13 → "коан", ..."""
    out, n = "", world
    while n:
        n, r = divmod(n - 1, len(SYLLABLES))
        out = SYLLABLES[r] + out
    return out


def perturb(name: str, world: int, rng: random.Random) -> str:
    words = name.split()
    if not words:
        return name
    words[-1] = words[-1] + suffix(world)
    roll = rng.random()
    if len(words) >= 2 and roll < 0.15:
        words[0] = words[0][0] + "."
    elif len(words) >= 2 and roll < 0.25:
        words = words[-1:]
    elif roll < 0.3:
        words = [w.replace("ё", "е") for w in words]
    return " ".join(words)


def copy(record: dict, k: int, rng: random.Random) -> dict:
    world = k // 10
    out = dict(record, id=f"{record['id']}~{k}")
    out["persons"] = [dict(p, name=perturb(p["name"], world, rng)) for p in record.get("persons") or ()]
    out["organizations"] = [dict(o, name=o["name"] + suffix(world)) for o in record.get("organizations") or ()]
    return out


def make(base: list[dict], size: int, path: str) -> None:
    rng = random.Random(size)
    with open(path, "w", encoding="utf-8") as f:
        for n in range(size):
            k, i = divmod(n, len(base))
            f.write(json.dumps(copy(base[i], k, rng), ensure_ascii=False) + "\n")


def measure(path: str) -> None:
    """In a process of its own: link the records of ``path``; print seconds, peak MB, entities."""
    import pressparse

    started = time.perf_counter()
    with open(path, encoding="utf-8") as f:
        entities = pressparse.link(json.loads(line) for line in f)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": elapsed, "peak_mb": peak, "entities": len(entities)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 30_000, 100_000])
    parser.add_argument("--records", help="records to repeat (default: parse ../shared/data/bsnlp-dev.jsonl)")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure)
        return
    base = base_records(args.records)
    print(f"{len(base)} base records; linking in a fresh process per size")
    print(f"{'records':>8} {'seconds':>8} {'µs/record':>10} {'peak MB':>8} {'entities':>9}")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            path = os.path.join(folder, f"{size}.jsonl")
            make(base, size, path)
            result = subprocess.run([sys.executable, __file__, "--measure", path], env=env, check=True,
                                    capture_output=True, text=True)
            found = json.loads(result.stdout.strip().splitlines()[-1])
            print(f"{size:8d} {found['seconds']:8.1f} {found['seconds'] / size * 1e6:10.0f} "
                  f"{found['peak_mb']:8.0f} {found['entities']:9d}", flush=True)
            os.remove(path)


if __name__ == "__main__":
    main()
