"""Stage 3, NER: natasha's slovnet news NER over many sentences at once, then fixes.

The navec embeddings and the slovnet model are read straight from the files the
``natasha`` package ships, without importing ``natasha`` itself: its import pulls
in pymorphy2, yargy and grammars we do not use. Sentences of many documents are
tagged together, sorted by length so that a batch pads little.

The tagger's known errors are then mended by small rules kept in ``RULES``, each
a class with one ``apply`` method over the tags of one sentence, razdel-style.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from typing import Sequence

from navec import Navec
from slovnet import NER as SlovnetNER

from . import lexicon, morph

# Longer sentences are cut into windows: the CNN sees a few tokens around each
# word, so a cut costs little, and a huge "sentence" cannot blow up a batch.
MAX_TOKENS = 200


@dataclass(frozen=True)
class Tag:
    """An entity found by the tagger: token indices [start, stop) in its sentence and a type."""

    start: int
    stop: int
    type: str


def _natasha_data(*parts: str) -> str:
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("pressparse needs the 'natasha' package for its NER model files")
    path = os.path.join(spec.submodule_search_locations[0], "data", *parts)
    if not os.path.exists(path):
        raise FileNotFoundError(f"natasha's model file is missing: {path}")
    return path


class Tagger:
    """The slovnet NER model with its embeddings, loaded once."""

    def __init__(self, batch_size: int = 64):
        navec = Navec.load(_natasha_data("emb", "navec_news_v1_1B_250K_300d_100q.tar"))
        ner = SlovnetNER.load(_natasha_data("model", "slovnet_ner_news_v1.tar"), batch_size=batch_size)
        ner.navec(navec)
        self._infer = ner.infer
        self.batch_size = batch_size

    def __call__(self, sentences: Sequence[Sequence[str]]) -> list[list[Tag]]:
        """Tag each sentence, given as its token texts; returns the entities of each."""
        windows = []  # (sentence index, offset of the window, tokens)
        for i, words in enumerate(sentences):
            for offset in range(0, len(words), MAX_TOKENS):
                windows.append((i, offset, words[offset:offset + MAX_TOKENS]))
        order = sorted(range(len(windows)), key=lambda k: len(windows[k][2]))
        result: list[list[Tag]] = [[] for _ in sentences]
        infer = self._infer
        for chunk_start in range(0, len(order), self.batch_size):
            chunk = [windows[k] for k in order[chunk_start:chunk_start + self.batch_size]]
            inputs = next(iter(infer.encoder([words for _, _, words in chunk])))
            preds = infer.model(inputs.word_id, inputs.shape_id, inputs.pad_mask)
            paths = infer.model.head.crf.decode(preds, ~inputs.pad_mask)
            for (i, offset, words), path in zip(chunk, paths):
                tags = [infer.decoder.tags_vocab.decode(t) for t in path[:len(words)]]
                result[i].extend(_spans(tags, offset))
        return result


def _spans(tags: list[str], offset: int) -> list[Tag]:
    """Entity spans from BIO tags (an I- after O or another type starts a span too)."""
    spans = []
    start, kind = None, None
    for k, tag in enumerate(tags + ["O"]):
        part, _, typ = tag.partition("-")
        if kind is not None and (part != "I" or typ != kind):
            spans.append(Tag(offset + start, offset + k, kind))
            kind = None
        if part in ("B", "I") and kind is None:
            start, kind = k, typ
    return spans


# ---------------------------------------------------------------- fixes


class Rule:
    """A fix of the tagger's output for one sentence."""

    def apply(self, words: list[str], tags: list[Tag]) -> list[Tag]:
        raise NotImplementedError


class SplitCountryFromName(Rule):
    """A country swallowing the name that follows it: "[Китайской Народной Республики Синь Гобинем]"."""

    def apply(self, words, tags):
        out = []
        for tag in tags:
            span = words[tag.start:tag.stop]
            found = lexicon.country_prefix(span) if tag.type in ("LOC", "ORG") else None
            rest = span[found[1]:] if found else []
            if rest and all(_is_title(w) for w in rest) and lexicon.country_prefix(rest) is None:
                out.append(Tag(tag.start, tag.start + found[1], "LOC"))
                out.append(Tag(tag.start + found[1], tag.stop, "PER"))
            else:
                out.append(tag)
        return out


class DropNonNamePerson(Rule):
    """A person made of common words, such as a sentence-initial adverb: "[Справочно]."."""

    def apply(self, words, tags):
        return [t for t in tags if not (t.type == "PER" and _common_words(words[t.start:t.stop], t.start == 0))]


def _is_title(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


_NAME_GRAMMEMES = {"Name", "Surn", "Patr", "Init"}


def _common_words(span: list[str], initial: bool) -> bool:
    """Every word is a known dictionary word that cannot be a name (nouns only at sentence start)."""
    for word in span:
        parses = morph.parses(word)
        if not word.isalpha() or any(not p.is_known or _NAME_GRAMMEMES & p.tag.grammemes for p in parses):
            return False
        if not initial and any(p.tag.POS == "NOUN" for p in parses):
            return False
    return True


RULES: list[Rule] = [SplitCountryFromName(), DropNonNamePerson()]


def fix(words: list[str], tags: list[Tag]) -> list[Tag]:
    """The tags of one sentence with every rule of ``RULES`` applied in turn."""
    for rule in RULES:
        tags = rule.apply(words, tags)
    return tags
