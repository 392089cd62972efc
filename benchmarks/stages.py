"""The cost of each pipeline stage, as a share of the whole, in one process.

    python benchmarks/stages.py [--docs N] [--rounds N] [--batch-size N]

Each stage function (read, segment, the NER network, the NER fix rules, dates,
entities, positions, events) is wrapped with a timer and ``Pipeline().pipe`` is run
over the corpus; the pass with the shortest total of ``--rounds`` counts (caches warm
from the first). "other" is what no stage accounts for: batching, records, the
garbage collector. The corpus is speed.py's.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time

from speed import REPO, load_corpus

try:
    import pressparse
except ImportError:  # a checkout without the package installed
    sys.path.insert(0, str(REPO / "src"))
    import pressparse

from pressparse import dates, entities, events, ner, pipeline, positions

# (label, namespace, attribute): the names the pipeline calls them by
STAGES = [
    ("read", pipeline, "read"),
    ("segment", pipeline, "segment"),
    ("NER network", ner.Tagger, "__call__"),
    ("NER fix rules", ner, "fix"),
    ("dates", dates, "dates_of"),
    ("entities", entities, "extract"),
    ("positions", positions, "attach"),
    ("events", events, "find"),
]


def timed(seconds: dict[str, float], label: str, function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[label] += time.perf_counter() - started
    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=200, help="documents in the corpus (default: %(default)s)")
    parser.add_argument("--rounds", type=int, default=5, help="passes, the shortest counts (default: %(default)s)")
    parser.add_argument("--batch-size", type=int, default=32, help="the pipeline's batch size (default: %(default)s)")
    args = parser.parse_args()
    texts, origin = load_corpus(args.docs)
    seconds = {label: 0.0 for label, *_ in STAGES}
    for label, namespace, name in STAGES:
        setattr(namespace, name, timed(seconds, label, getattr(namespace, name)))
    nlp = pressparse.Pipeline(batch_size=args.batch_size)
    nlp.parse(texts[0][:200])  # the models load outside the timing
    best = None
    for _ in range(args.rounds):
        seconds.update({label: 0.0 for label in seconds})
        started = time.perf_counter()
        for _document in nlp.pipe(texts):
            pass
        total = time.perf_counter() - started
        if best is None or total < best[0]:
            best = (total, dict(seconds))
    total, shares = best
    shares["other"] = total - sum(shares.values())
    print(f"corpus: {len(texts)} documents ({origin}); the shortest of {args.rounds} passes: {total:.2f} s, "
          f"{len(texts) / total:.1f} docs/s\n")
    print(f"{'stage':<16}{'s':>8}{'share':>8}")
    for label, value in shares.items():
        print(f"{label:<16}{value:>8.2f}{value / total:>8.1%}")


if __name__ == "__main__":
    main()
