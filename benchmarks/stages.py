"""The cost of each pipeline stage on a first pass, as a share of the whole, in one fresh process.

    python benchmarks/stages.py [--limit N] [--batch-size N] [--warm]

Each stage of ``pressparse.stages.STAGES`` (the list the pipeline runs) is wrapped with a timer;
the models are loaded and warmed on the seed release, then ``Pipeline(threads=1).pipe`` (on one
thread, so that the NER network's time is its stage's, not another thread's) makes one pass over
speed.py's corpus, texts this process has never seen, as users parse releases. "other" is what no
stage accounts for: batching, records, the garbage collector. ``--warm`` adds a second pass over
the same texts, labelled as such: caches full, not what a user's first pass costs.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import sys
import time

from speed import REPO, SEED, load_corpus

try:
    import pressparse
except ImportError:  # a checkout without the package installed
    sys.path.insert(0, str(REPO / "src"))
    import pressparse

from pressparse import pipeline


def timed(seconds: dict[str, float], label: str, function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[label] += time.perf_counter() - started
    return wrapper


def one_pass(nlp, texts: list[str], seconds: dict[str, float]) -> float:
    seconds.update({label: 0.0 for label in seconds})
    started = time.perf_counter()
    for _document in nlp.pipe(texts):
        pass
    return time.perf_counter() - started


def report(title: str, texts: list[str], total: float, seconds: dict[str, float]) -> None:
    shares = dict(seconds, other=total - sum(seconds.values()))
    characters = sum(map(len, texts))
    print(f"{title}: {total:.2f} s, {len(texts) / total:.1f} docs/s, {characters / total / 1000:.0f}k chars/s")
    print(f"{'stage':<16}{'s':>8}{'share':>8}")
    for label, value in shares.items():
        print(f"{label:<16}{value:>8.2f}{value / total:>8.1%}")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="take the first N texts of the corpus")
    parser.add_argument("--batch-size", type=int, default=32, help="the pipeline's batch size (default: %(default)s)")
    parser.add_argument("--warm", action="store_true", help="also a second pass over the same texts")
    args = parser.parse_args()
    texts, origin = load_corpus(args.limit)
    seconds = {stage.name: 0.0 for stage in pipeline.STAGES}
    pipeline.STAGES = tuple(dataclasses.replace(stage, run=timed(seconds, stage.name, stage.run))
                            for stage in pipeline.STAGES)
    nlp = pressparse.Pipeline(batch_size=args.batch_size, threads=1)  # each stage's whole time, in this thread
    nlp.parse(SEED.read_text(encoding="utf-8"))  # models loaded and warmed outside the timing
    print(f"corpus: {len(texts)} documents ({origin})\n")
    report("first pass (texts this process has never seen)", texts, one_pass(nlp, texts, seconds), seconds)
    if args.warm:
        report("warm: a second pass over the same texts, caches full", texts, one_pass(nlp, texts, seconds), seconds)


if __name__ == "__main__":
    main()
