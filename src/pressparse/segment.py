"""Stage 2, segment: sentences and tokens of the masked text, with original offsets.

Lines are split first, since releases put headings, datelines and paragraphs on
lines of their own without final punctuation; razdel then splits each line
into sentences and tokens.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from razdel import sentenize, tokenize

_LINE = re.compile(r"[^\n]+")


class Token(NamedTuple):
    """A token: offsets into the original text and its text."""

    start: int
    stop: int
    text: str


class Sentence(NamedTuple):
    """A sentence: offsets into the original text and its tokens."""

    start: int
    stop: int
    tokens: list[Token]


def segment(masked: str) -> list[Sentence]:
    """Split masked text into sentences of tokens; blank lines give none."""
    sentences = []
    for line in _LINE.finditer(masked):
        if not line.group(0).strip():
            continue
        base = line.start()
        for sent in sentenize(line.group(0)):
            start = base + sent.start
            tokens = [Token(start + t.start, start + t.stop, t.text) for t in tokenize(sent.text)]
            if tokens:
                sentences.append(Sentence(start, base + sent.stop, tokens))
    return sentences
