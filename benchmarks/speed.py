"""Speed and memory of pressparse next to natasha's own Doc pipeline (and pullenti), over one corpus in one run.

    python benchmarks/speed.py [--docs N] [--rounds N] [--batch-size N] [--systems pressparse,natasha,pullenti]

Figures, for pressparse (``Pipeline().pipe``), natasha (``Doc(text)``,
``segment``, ``tag_ner`` per text) and, when the ``pullenti`` package is
installed (``pip install pullenti``), pullenti's full processor (``process`` per
text: persons, organisations, places, dates and more), and their ratios:

- throughput in docs/s and chars/s, models loaded and warmed up beforehand,
  the best of ``--rounds`` passes;
- cold start: wall time of a fresh interpreter that imports the library and
  parses the first seed release, models loaded from scratch;
- peak RSS of a fresh process that runs the library over the whole corpus.

The corpus is the texts of ../shared/data (releases-dev, factru-dev, nerel-dev)
when it is there, else the bundled samples; either is cycled to ``--docs``.
Run it from a checkout (the package is taken from src/ unless it is installed).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
CORPUS_FILES = ("releases-dev.jsonl", "factru-dev.jsonl", "nerel-dev.jsonl")
SEED = REPO / "samples" / "000_b51bf4fae41c79d9.txt"
SYSTEMS = ("pressparse", "natasha", "pullenti")

Runner = Callable[[list], int]


def pressparse_runner(batch_size: int) -> Runner:
    """A function that parses texts with one pressparse Pipeline and returns how many records had errors."""
    import pressparse

    pipeline = pressparse.Pipeline(batch_size=batch_size)
    return lambda texts: sum(doc.error is not None for doc in pipeline.pipe(texts))


def natasha_runner(batch_size: int) -> Runner:
    """A function that runs natasha's Doc pipeline (segment + NER) over texts, as its README shows."""
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter = Segmenter()
    tagger = NewsNERTagger(NewsEmbedding())

    def run(texts: list) -> int:
        for text in texts:
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_ner(tagger)
        return 0

    return run


def pullenti_runner(batch_size: int) -> Runner:
    """A function that runs pullenti's processor (all its analyzers) over texts, one at a time."""
    from pullenti.ner.ProcessorService import ProcessorService
    from pullenti.ner.SourceOfAnalysis import SourceOfAnalysis
    from pullenti.Sdk import Sdk

    Sdk.initialize_all()
    processor = ProcessorService.create_processor()

    def run(texts: list) -> int:
        failed = 0
        for text in texts:
            try:
                processor.process(SourceOfAnalysis(text))
            except Exception:  # pullenti 4.1 overflows on some dates: count it, as pressparse's error records
                failed += 1
        return failed

    return run


RUNNERS = {"pressparse": pressparse_runner, "natasha": natasha_runner, "pullenti": pullenti_runner}


def available(system: str) -> bool:
    """Whether the library a system needs is installed (pullenti is optional)."""
    import importlib.util

    return system != "pullenti" or importlib.util.find_spec("pullenti") is not None


def load_corpus(docs: int) -> tuple[list[str], str]:
    """``docs`` texts and a line saying where they come from."""
    texts, origins = [], []
    for name in CORPUS_FILES:
        path = SHARED_DATA / name
        if path.exists():
            with path.open(encoding="utf-8") as lines:
                for line in lines:
                    if line.strip():
                        texts.append(json.loads(line)["text"])
                        origins.append(name)
    if not texts:
        samples = sorted((REPO / "samples").glob("*.txt"))
        texts = [p.read_text(encoding="utf-8") for p in samples]
        origins = [p.name for p in samples]
    chosen = list(itertools.islice(itertools.cycle(zip(texts, origins)), docs))
    counts = Counter(origin for _, origin in chosen)
    described = ", ".join(f"{name} {n}" for name, n in counts.items())
    repeated = " (cycled)" if docs > len(texts) else ""
    return [text for text, _ in chosen], f"{described}{repeated}"


def best_time(runners: dict[str, Runner], texts: list[str], rounds: int) -> dict[str, float]:
    """The best of ``rounds`` timed passes over ``texts`` per system, rounds interleaved so
    that both systems see the same machine load; each runner is warmed up on the seed first."""
    seed = SEED.read_text(encoding="utf-8")
    for runner in runners.values():
        runner([seed])
    best = {system: float("inf") for system in runners}
    for _ in range(rounds):
        for system, runner in runners.items():
            started = time.perf_counter()
            errors = runner(texts)
            best[system] = min(best[system], time.perf_counter() - started)
            if errors:
                print(f"{system}: {errors} of {len(texts)} records have an error", file=sys.stderr)
    return best


def in_fresh_process(*args: str) -> tuple[float, str]:
    """Run this script's worker mode in a new interpreter: (wall seconds, its stdout)."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--worker", *args], env=_child_env(),
                          capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"worker {args} failed:\n{done.stderr}")
    return elapsed, done.stdout.strip()


def _child_env() -> dict[str, str]:
    """The environment for workers: they must import the very pressparse this process imports."""
    import pressparse

    source = str(Path(pressparse.__file__).resolve().parents[1])
    return dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [source, os.environ.get("PYTHONPATH")])))


def worker(task: str, system: str, path: str, batch_size: int) -> None:
    """Worker mode: ``cold`` parses the seed; ``speed`` times one pass over a corpus and prints the
    seconds; ``memory`` runs over a corpus and prints peak RSS in bytes."""
    if task == "cold":
        RUNNERS[system](batch_size)([Path(path).read_text(encoding="utf-8")])
        return
    if task == "speed":
        runner = RUNNERS[system](batch_size)
        runner([SEED.read_text(encoding="utf-8")])
        texts = json.loads(Path(path).read_text(encoding="utf-8"))
        started = time.perf_counter()
        runner(texts)
        print(time.perf_counter() - started)
        return
    texts = json.loads(Path(path).read_text(encoding="utf-8"))
    RUNNERS[system](batch_size)(texts)
    print(peak_rss())


def proc_status(field: str, pid: "int | str" = "self") -> int:
    """A memory figure (``VmRSS``, ``VmHWM``) of a process in bytes, from Linux's /proc; 0 where absent."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def peak_rss() -> int:
    """This process's peak resident set size in bytes.

    Linux's VmHWM, as ``ru_maxrss`` also counts the parent's memory that a
    forked child held before it ran this interpreter.
    """
    peak = proc_status("VmHWM")
    if peak:
        return peak
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # kilobytes elsewhere


def main() -> None:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=200, help="documents in the corpus (default: %(default)s)")
    parser.add_argument("--batch-size", type=int, default=32, help="pressparse's batch size (default: %(default)s)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="timed passes over the corpus per system, the best counts (default: %(default)s)")
    parser.add_argument("--systems", default=",".join(SYSTEMS),
                        help="systems to measure, comma-separated; pullenti is skipped when it is not installed "
                             "(default: %(default)s)")
    parser.add_argument("--worker", nargs=3, metavar=("TASK", "SYSTEM", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(*args.worker, batch_size=args.batch_size)
        return

    try:
        import pressparse  # noqa: F401  (workers get its location through PYTHONPATH)
    except ImportError:
        sys.path.insert(0, str(REPO / "src"))
    texts, origin = load_corpus(args.docs)
    chars = sum(len(t) for t in texts)
    print(f"corpus: {len(texts)} documents, {chars:,} characters ({origin})", flush=True)
    systems = [s for s in args.systems.split(",") if s in RUNNERS and available(s)]
    if "pressparse" not in systems:
        systems.insert(0, "pressparse")
    if "pullenti" in args.systems and "pullenti" not in systems:
        print("pullenti is not installed (pip install pullenti): measuring without it", flush=True)

    # pullenti keeps a heap of millions of objects alive, which makes every garbage collection of
    # the others slower: it is timed in a process of its own, over one pass
    seconds = best_time({system: RUNNERS[system](args.batch_size) for system in systems if system != "pullenti"},
                        texts, args.rounds)
    figures: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        corpus_path = Path(scratch) / "corpus.json"
        corpus_path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        if "pullenti" in systems:
            seconds["pullenti"] = float(in_fresh_process("speed", "pullenti", str(corpus_path))[1])
        for system in systems:
            cold, _ = in_fresh_process("cold", system, str(SEED))
            _, peak = in_fresh_process("memory", system, str(corpus_path))
            figures[system] = {
                "docs/s": len(texts) / seconds[system],
                "chars/s": chars / seconds[system],
                "cold start, s": cold,
                "peak RSS, MB": int(peak) / 2**20,
            }

    others = [system for system in systems if system != "pressparse"]
    print()
    print(f"{'':<16}" + "".join(f"{system:>12}" for system in systems)
          + "".join(f"{'/ ' + system:>12}" for system in others))
    for name in figures["pressparse"]:
        values = [figures[system][name] for system in systems]
        digits = 0 if values[0] >= 1000 else 1 if values[0] >= 10 else 2
        ratios = [figures["pressparse"][name] / figures[system][name] for system in others]
        print(f"{name:<16}" + "".join(f"{v:>12,.{digits}f}" for v in values) + "".join(f"{r:>12.2f}" for r in ratios))
    print(f"\n/ system = pressparse's figure over that system's; throughput = best of {args.rounds} passes"
          + (" (pullenti: one pass, in a process of its own)" if "pullenti" in systems else "") + ";")
    print("cold start = fresh interpreter, import + parse of the seed;")
    print("peak RSS = fresh process over the whole corpus.")


if __name__ == "__main__":
    main()
