"""Scale: one worker against two, and a long stream in flat memory.

    python benchmarks/scale.py [--docs N] [--stream N] [--batch-size N]

1. Throughput of ``Pipeline(threads=1).pipe(texts)`` (one process on one thread, as
   each worker runs, models loaded) against ``Pipeline().pipe(texts, workers=2)`` over
   the same ``--docs`` releases, in documents/s, and their ratio (with the default
   ``Pipeline().pipe(texts)``, whose NER network runs ahead in a second thread, beside),
   the best of ``--rounds`` interleaved rounds, each
   pass in a fresh interpreter so that none profits from another's warm caches. The
   two-worker figure is the steady rate, timed from the first record out (the
   workers' start, about a second, is shown apart). A second ratio is end to end,
   from building the Pipeline to the last record, the models' loading included on
   both sides. The load average is printed: on a shared machine other processes
   take cores from the workers.
2. A stream of ``--stream`` releases (default 10 000) from a generator through two
   workers, never held in memory: the resident memory of the parent and of the
   workers, sampled every tenth of the stream, must stay flat.

Releases are the texts of ../shared/data (releases, factru, nerel), cycled with
fresh ids; the bundled samples when that is absent.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

from speed import REPO, SHARED_DATA, proc_status

CORPUS_FILES = ("releases-dev.jsonl", "factru-dev.jsonl", "nerel-dev.jsonl", "nerel-train.jsonl")


def load_texts() -> tuple[list[str], str]:
    texts, names = [], []
    for name in CORPUS_FILES:
        path = SHARED_DATA / name
        if path.exists():
            with path.open(encoding="utf-8") as lines:
                texts += [json.loads(line)["text"] for line in lines if line.strip()]
            names.append(name)
    if not texts:
        texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "samples").glob("*.txt"))]
        names = ["samples/"]
    return texts, ", ".join(names)


def stream(texts: list[str], count: int) -> Iterator[tuple[str, str]]:
    """``count`` (id, text) pairs, the texts cycled: generated one at a time."""
    for i, text in zip(range(count), itertools.cycle(texts)):
        yield f"r{i:06d}", text


def workers_rss() -> list[int]:
    return [proc_status("VmRSS", p.pid) for p in multiprocessing.active_children() if p.name == "pressparse-worker"]


# the passes compared: one process on one thread (as each worker runs), one process as pressparse runs
# by default (its NER network a batch ahead in a second thread), and two worker processes
PASSES = {"1": "1 worker (one thread)", "1+": "1 process (two threads)", "2": "2 workers, steady"}


def throughput(texts: list[str], docs: int, batch_size: int, rounds: int) -> None:
    """One worker against two, each pass in a fresh interpreter: no pass profits from another's caches."""
    corpus = list(stream(texts, docs))
    chars = sum(len(t) for _, t in corpus)
    best = {name: (0.0, 0.0) for name in PASSES}
    whole = {name: 0.0 for name in PASSES}
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "corpus.json"
        path.write_text(json.dumps(corpus, ensure_ascii=False), encoding="utf-8")
        for _ in range(rounds):  # interleaved, so that all see the same machine load; the best counts
            for name in PASSES:
                done = subprocess.run([sys.executable, __file__, "--measure", name, str(path),
                                       "--batch-size", str(batch_size)], capture_output=True, text=True)
                if done.returncode != 0:
                    raise RuntimeError(f"the pass {PASSES[name]!r} failed:\n{done.stderr}")
                rate, start, end_to_end = map(float, done.stdout.split())
                best[name] = max(best[name], (rate, -start))
                whole[name] = max(whole[name], end_to_end)
    (one, _), (default, _), (two, start) = best["1"], best["1+"], best["2"]
    print(f"corpus: {docs} documents, {chars:,} characters; batch size {batch_size}; best of {rounds} rounds, "
          f"each pass in a fresh interpreter")
    print(f"{'':<26}{'docs/s':>10}{'chars/s':>12}")
    for name, label in PASSES.items():
        print(f"{label:<26}{best[name][0]:>10.1f}{best[name][0] * chars / docs:>12,.0f}")
    print(f"ratio 2 workers / 1 worker: {two / one:.2f} "
          f"(the workers' start, {-start:.1f} s to the first record, aside)")
    print(f"ratio 2 workers / 1 process on two threads: {two / default:.2f}")
    print(f"end to end, the models' loading included: {whole['1']:.1f} against {whole['2']:.1f} docs/s, "
          f"ratio {whole['2'] / whole['1']:.2f}")


def measure(name: str, path: str, batch_size: int) -> None:
    """Worker mode: one pass (``PASSES[name]``) over a corpus; prints the steady documents/s, the
    seconds to the first record, and the end-to-end documents/s (the models' loading included)."""
    import pressparse

    corpus = [tuple(pair) for pair in json.loads(Path(path).read_text(encoding="utf-8"))]
    workers = 2 if name == "2" else 1
    began = time.perf_counter()
    nlp = pressparse.Pipeline(batch_size=batch_size, threads=2 if name == "1+" else 1)
    if workers == 1:
        nlp.parse(corpus[0][1][:200])  # the models load before the steady clock starts
    started = time.perf_counter()
    documents = nlp.pipe(corpus, workers=workers)
    next(documents)
    first = time.perf_counter()
    if workers == 1:  # in one process the first record costs its whole batch: count from the start
        first, skipped = started, 0
    else:
        skipped = batch_size
    for _document in documents:
        pass
    ended = time.perf_counter()
    print((len(corpus) - skipped) / (ended - first), first - started, len(corpus) / (ended - began))


def flat_memory(pressparse, texts: list[str], count: int, batch_size: int) -> None:
    nlp = pressparse.Pipeline(batch_size=batch_size)
    print(f"\nstream: {count:,} releases through 2 workers (generator in, records counted and dropped)")
    print(f"{'records':>9}{'parent MB':>11}{'workers MB':>12}{'docs/s':>9}")
    started = time.perf_counter()
    errors = 0
    step = max(1, count // 10)
    samples = []
    for n, document in enumerate(nlp.pipe(stream(texts, count), workers=2), 1):
        errors += document.error is not None
        if n % step == 0 or n == count:
            parent, children = proc_status("VmRSS") / 2**20, sum(workers_rss()) / 2**20
            samples.append((parent, children))
            print(f"{n:>9,}{parent:>11.0f}{children:>12.0f}{n / (time.perf_counter() - started):>9.1f}", flush=True)
    (p0, c0), (p1, c1) = samples[0], samples[-1]
    print(f"memory from the first to the last sample: parent {p1 - p0:+.0f} MB, workers {c1 - c0:+.0f} MB; "
          f"{errors} error records; {time.perf_counter() - started:.0f} s; load average {os.getloadavg()[0]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000,
                        help="documents for the throughput test, 0 to skip it (default: %(default)s)")
    parser.add_argument("--stream", type=int, default=10_000,
                        help="releases in the long stream, 0 to skip it (default: %(default)s)")
    parser.add_argument("--batch-size", type=int, default=32, help="documents per batch (default: %(default)s)")
    parser.add_argument("--rounds", type=int, default=3, help="throughput rounds, the best counts (default: %(default)s)")
    parser.add_argument("--measure", nargs=2, metavar=("PASS", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    try:
        import pressparse
    except ImportError:  # a checkout without the package installed: children find it through PYTHONPATH too
        sys.path.insert(0, str(REPO / "src"))
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")]))
        import pressparse
    if args.measure:
        measure(args.measure[0], args.measure[1], args.batch_size)
        return
    texts, origin = load_texts()
    print(f"releases: {len(texts)} distinct texts from {origin}; {os.cpu_count()} cores; "
          f"load average {os.getloadavg()[0]:.2f}\n")
    if args.docs:
        throughput(texts, args.docs, args.batch_size, args.rounds)
    if args.stream:
        flat_memory(pressparse, texts, args.stream, args.batch_size)


if __name__ == "__main__":
    main()
