"""Train the post-head network the NER pass runs (``pressparse.stages.ner``), from NEREL.

    pip install -e '.[training]'
    python training/post_heads.py [--data ../shared/data] [--out src/pressparse/data/post_heads.npz]

What it learns: whether a token heads a post. Each PROFESSION span of NEREL train
(``nerel-train.jsonl``; NEREL v1.1, Loukachevitch et al., LRE 2023) has one head, its first
noun ("главным тренером" -> "тренером", "заместитель министра" -> "заместитель"); every other
token is no head. A token is read as pressparse reads it: the same segmentation, the NER
network's last hidden layer and the word's navec embedding (``Tagger.features``). The network
is one hidden layer of 64 ReLU units (scikit-learn's MLPClassifier, seeded, early stopping on a
tenth of train); its weights and the decision threshold go to one ``.npz`` of about 100 KB.

It prints the head F1 on NEREL dev of the network, of the lexicon alone (``posts``' head
words) and of both, and the threshold chosen there (the best F1 of the network alone).
The run is reproducible: the same data and seed give the same weights.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from pressparse import morph  # noqa: E402
from pressparse.doc import Doc, Input  # noqa: E402
from pressparse.stages import posts, read, segment  # noqa: E402
from pressparse.stages.ner import MAX_TOKENS, POST_HEADS, Tagger  # noqa: E402

SEED = 0
HIDDEN_UNITS = 64


def examples(path: Path, tagger: Tagger) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Each token's features, whether it heads a PROFESSION span, and its text."""
    features, heads, words = [], [], []
    for line in path.open(encoding="utf-8"):
        item = json.loads(line)
        doc = Doc(Input(item["text"]))
        read.run(doc)
        segment.run(doc)
        sentences = [s for s in doc.sentences if s.words]
        starts = set()
        for entity in item["entities"]:
            if entity["type"] == "PROFESSION":
                inside = [t for s in sentences for t in s.tokens
                          if t.start >= entity["start"] and t.stop <= entity["stop"]]
                head = next((t for t in inside if morph.parses(t.text.lower())[0].tag.POS == "NOUN"), None)
                if head is not None:
                    starts.add(head.start)
        for sentence, matrix in zip(sentences, tagger.features([s.words[:MAX_TOKENS] for s in sentences])):
            tokens = sentence.tokens[:MAX_TOKENS]
            features.append(matrix)
            heads.append(np.array([t.start in starts for t in tokens]))
            words += [t.text for t in tokens]
    return np.vstack(features).astype(np.float32), np.concatenate(heads), words


def f1(predicted: np.ndarray, gold: np.ndarray) -> str:
    found = int((predicted & gold).sum())
    p, r = found / max(int(predicted.sum()), 1), found / max(int(gold.sum()), 1)
    return f"P {p:.3f}  R {r:.3f}  F1 {2 * p * r / (p + r) if p + r else 0:.3f}"


def main() -> int:
    from sklearn.neural_network import MLPClassifier

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=Path(POST_HEADS))
    args = parser.parse_args()
    tagger = Tagger(post_heads=None)
    train_x, train_y, _ = examples(args.data / "nerel-train.jsonl", tagger)
    dev_x, dev_y, dev_words = examples(args.data / "nerel-dev.jsonl", tagger)
    print(f"train: {len(train_y)} tokens, {int(train_y.sum())} heads; dev: {len(dev_y)} tokens, {int(dev_y.sum())} heads")
    model = MLPClassifier(hidden_layer_sizes=(HIDDEN_UNITS,), alpha=1e-3, max_iter=60, early_stopping=True,
                          random_state=SEED)
    model.fit(train_x, train_y)
    scores = model.predict_proba(dev_x)[:, 1]
    threshold = max((0.3, 0.4, 0.5, 0.6), key=lambda t: float(f1(scores > t, dev_y).split()[-1]))
    lexicon = np.array([posts.head_kind(w) == "" for w in dev_words])
    print(f"NEREL dev post heads, lexicon alone: {f1(lexicon, dev_y)}")
    print(f"NEREL dev post heads, network alone: {f1(scores > threshold, dev_y)} (threshold {threshold})")
    print(f"NEREL dev post heads, either:        {f1((scores > threshold) | lexicon, dev_y)}")
    (w1, w2), (b1, b2) = model.coefs_, model.intercepts_
    np.savez_compressed(args.out, w1=w1.astype(np.float32), b1=b1.astype(np.float32), w2=w2.astype(np.float32),
                        b2=b2.astype(np.float32), threshold=np.array(threshold))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
