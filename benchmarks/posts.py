"""Post spans against NEREL's PROFESSION entities: how well pressparse finds posts in the text.

    python benchmarks/posts.py [nerel-dev.jsonl ...] [--show N]

``../shared/eval/score.py`` scores NEREL's PER, ORG, LOC and DATE spans and WORKS_AS pairs, not
the post spans themselves. This prints, for each file, strict and partial span F1 of every post
mention pressparse emits (persons' positions and the posts with no holder) against the gold
PROFESSION spans. NEREL's spans are nested ("главным тренером футбольного клуба" holds "главным
тренером"): a predicted span counts as found when it equals any gold span (strict) or overlaps
one (partial), and a gold span as recalled likewise. ``--show`` prints missed and spurious spans.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pressparse

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def post_spans(doc: pressparse.Document) -> set[tuple[int, int]]:
    """Every post mention of a record, as (start, stop)."""
    positions = [pos for person in doc.persons for pos in person.positions] + list(doc.positions)
    return {(m.start, m.stop) for pos in positions for m in pos.mentions}


def f1(found: int, predicted: int, recalled: int, gold: int) -> tuple[float, float, float]:
    p = found / predicted if predicted else 0.0
    r = recalled / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", default=["nerel-dev.jsonl"])
    parser.add_argument("--show", type=int, default=0, help="missed and spurious spans to print")
    args = parser.parse_args()
    nlp = pressparse.Pipeline()
    for name in args.files:
        path = DATA / name
        if not path.exists():
            print(f"no {path}", file=sys.stderr)
            return 2
        docs = [json.loads(line) for line in path.open(encoding="utf-8")]
        counts = dict.fromkeys(("pred", "gold", "strict_p", "strict_r", "partial_p", "partial_r"), 0)
        shown = 0
        for d, doc in zip(docs, nlp.pipe({"id": d["id"], "text": d["text"]} for d in docs)):
            gold = {(e["start"], e["stop"]) for e in d["entities"] if e["type"] == "PROFESSION"}
            pred = post_spans(doc)
            counts["pred"] += len(pred)
            counts["gold"] += len(gold)
            counts["strict_p"] += len(pred & gold)
            counts["strict_r"] += len(gold & pred)
            counts["partial_p"] += sum(any(a < y and x < b for x, y in gold) for a, b in pred)
            counts["partial_r"] += sum(any(a < y and x < b for x, y in pred) for a, b in gold)
            for kind, spans in (("missed", gold - pred), ("spurious", pred - gold)):
                for a, b in sorted(spans):
                    if shown < args.show:
                        print(f"  {kind:8} {d['id']}: {d['text'][a:b]!r}")
                        shown += 1
        strict = f1(counts["strict_p"], counts["pred"], counts["strict_r"], counts["gold"])
        partial = f1(counts["partial_p"], counts["pred"], counts["partial_r"], counts["gold"])
        print(f"{name}: {counts['gold']} gold PROFESSION spans, {counts['pred']} post spans; "
              f"strict P/R/F1 {strict[0]:.3f}/{strict[1]:.3f}/{strict[2]:.3f}; "
              f"partial P/R/F1 {partial[0]:.3f}/{partial[1]:.3f}/{partial[2]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
