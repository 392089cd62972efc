"""Harvest the head nouns of posts (``data/posts_harvested.txt``) from NEREL train's PROFESSION spans.

    python training/post_lexicon.py [--data ../shared/data] [--out src/pressparse/data/posts_harvested.txt]

Each PROFESSION span of NEREL train (``nerel-train.jsonl``; NEREL v1.1, Loukachevitch et al., LRE
2023) has one head, its first noun ("главным тренером" -> "тренер", "заместитель министра" ->
"заместитель"), as ``training/post_heads.py`` reads it; a compound by its parts ("поп-певцов" ->
"поп-певец"), which ``lexicon.is_harvested_post`` matches whole. A noun is read by its animate reading where
it has one: a post is held by someone ("премьера" is a premier's before it is a première). A lemma
is kept when it heads at least ``heads`` spans and at least ``share`` of its occurrences as a noun
in the same texts head one, and pymorphy3 knows it as an animate noun ("КВН" and "высочество",
heading spans as part of one, are not).

The two thresholds are chosen by cross-validation on NEREL train alone: its documents are split
in two halves (seeded), a list is harvested from one half and the head F1 of the hand lexicon
with it (``posts.head_kind``) is measured against the other half's heads, both ways; the pair
with the best mean F1 is kept (ties: the shorter list). Only NEREL train is read, so factRuEval
and NEREL dev stay fit to check the list on. The list is sorted, so the same data give the same
file; the script prints each pair's F1 and the list's size.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from pressparse import lexicon, morph  # noqa: E402
from pressparse.doc import Doc, Input  # noqa: E402
from pressparse.stages import posts, read, segment  # noqa: E402

SEED = 0
PREFIXES = lexicon.words("post_prefix")
HEADS = (1, 2, 3, 4, 5)  # the least number of spans a kept lemma heads, tried
SHARES = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)  # the least share of its occurrences it heads, tried
HEADER = """\
# Head nouns of posts, professions and roles, one lemma a line, harvested from data rather than
# written by hand: the first noun of each PROFESSION span of NEREL v1.1 train (Loukachevitch et al.,
# LRE 2023; nerel-train.jsonl only, so NEREL dev and factRuEval stay fit to check on), read by its
# animate reading where it has one, kept where it heads at least {heads} spans and at least
# {share:.0%} of its occurrences as a noun in those texts head one, and pymorphy3 knows it as an
# animate noun (the thresholds chosen by cross-validation on the halves of NEREL train). A word
# the hand lists (posts.txt, professions.txt) lack heads a post from this list only with what a
# post needs: what it governs, a name after it, a predicate (posts._posts). Regenerate with
# python training/post_lexicon.py; do not edit by hand.
"""


@lru_cache(maxsize=None)
def noun_lemma(word: str) -> str | None:
    """The lemma of a word read as a noun, by its animate reading where it has one; None for a
    word whose first reading is no noun."""
    parses = morph.parses(word.lower())
    if parses[0].tag.POS != "NOUN":
        return None
    if "-" in word.strip("-"):  # a compound by its parts: "поп-певцов" -> "поп-певец", "автору-исполнитель"
        return "-".join(part_lemma(part) for part in word.lower().split("-"))
    return animate_lemma(parses)


def part_lemma(part: str) -> str:
    """A compound's part, as the lemma of its noun reading (the animate one first), or as written:
    a prefix ("вице", not the noun "вица") or a word first read as no noun."""
    parses = morph.parses(part)
    if part in PREFIXES or parses[0].tag.POS != "NOUN":
        return part
    return animate_lemma(parses)


def animate_lemma(parses) -> str:
    """The lemma of the first animate noun reading of a word first read as a noun, else of the first."""
    return next((p.normal_form for p in parses if p.tag.POS == "NOUN" and "anim" in p.tag), parses[0].normal_form)


@lru_cache(maxsize=None)
def animate(lemma: str) -> bool:
    """Whether pymorphy3 reads a lemma as an animate noun: someone who may hold a post."""
    return any(p.tag.POS == "NOUN" and "anim" in p.tag for p in morph.parses(lemma))


@lru_cache(maxsize=None)
def hand(word: str) -> bool:
    """Whether the hand lexicon takes a word for a post's head."""
    return posts.head_kind(word) == ""


def tokens(path: Path) -> list[list[tuple[str, str | None, bool]]]:
    """Each document's tokens: the word, its noun lemma (or None) and whether it heads a PROFESSION span."""
    documents = []
    for line in path.open(encoding="utf-8"):
        item = json.loads(line)
        doc = Doc(Input(item["text"]))
        read.run(doc)
        segment.run(doc)
        found = [t for s in doc.sentences for t in s.tokens]
        starts = set()
        for entity in item["entities"]:
            if entity["type"] == "PROFESSION":
                inside = [t for t in found if entity["start"] <= t.start and t.stop <= entity["stop"]]
                head = next((t for t in inside if noun_lemma(t.text) is not None), None)
                if head is not None:
                    starts.add(head.start)
        documents.append([(t.text, noun_lemma(t.text), t.start in starts) for t in found])
    return documents


def harvest(documents, heads: int, share: float) -> frozenset[str]:
    """The lemmas that head at least ``heads`` spans and ``share`` of their occurrences as nouns."""
    headed: Counter = Counter()
    nouns: Counter = Counter()
    for document in documents:
        for _, lemma, head in document:
            if lemma is not None:
                nouns[lemma] += 1
                headed[lemma] += head
    return frozenset(lemma for lemma, n in headed.items()
                     if n >= heads and n / nouns[lemma] >= share and animate(lemma))


def f1(documents, harvested: frozenset[str]) -> float:
    """The head F1 of the hand lexicon with a harvested list on some documents."""
    found = predicted = gold = 0
    for document in documents:
        for word, lemma, head in document:
            said = hand(word) or lemma in harvested
            found += said and head
            predicted += said
            gold += head
    return 2 * found / (predicted + gold) if predicted + gold else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=REPO / "src" / "pressparse" / "data" / "posts_harvested.txt")
    args = parser.parse_args()
    documents = tokens(args.data / "nerel-train.jsonl")
    order = list(range(len(documents)))
    random.Random(SEED).shuffle(order)
    halves = [documents[i] for i in order[::2]], [documents[i] for i in order[1::2]]
    print(f"hand lexicon alone: head F1 {(f1(halves[0], frozenset()) + f1(halves[1], frozenset())) / 2:.3f}")
    scores = {}
    for heads in HEADS:
        for share in SHARES:
            lists = [harvest(half, heads, share) for half in halves]
            scores[heads, share] = (f1(halves[1], lists[0]) + f1(halves[0], lists[1])) / 2
            print(f"heads >= {heads}, share >= {share:.1f}: held-out head F1 {scores[heads, share]:.3f}"
                  f" ({len(lists[0])}, {len(lists[1])} lemmas)")
    heads, share = max(scores, key=lambda pair: (round(scores[pair], 3), pair))
    kept = sorted(harvest(documents, heads, share))
    args.out.write_text(HEADER.format(heads=heads, share=share) + "".join(f"{w}\n" for w in kept), encoding="utf-8")
    print(f"kept heads >= {heads}, share >= {share:.1f}: {len(kept)} lemmas -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
