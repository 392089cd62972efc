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
# razdel keeps "Салехарда–Лабытнанги" whole; a long dash between words joins two names, not one.
_DASH = re.compile(r"(?<=\w)[–—](?=\w)")


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
            tokens = [piece for t in tokenize(sent.text) for piece in _split_dashes(start + t.start, t.text)]
            if tokens:
                sentences.append(Sentence(start, base + sent.stop, tokens))
    return sentences


def _split_dashes(start: int, text: str) -> list[Token]:
    if ("–" not in text and "—" not in text) or not _DASH.search(text):
        return [Token(start, start + len(text), text)]
    tokens, last = [], 0
    for m in _DASH.finditer(text):
        tokens.append(Token(start + last, start + m.start(), text[last:m.start()]))
        tokens.append(Token(start + m.start(), start + m.end(), m.group(0)))
        last = m.end()
    tokens.append(Token(start + last, start + len(text), text[last:]))
    return tokens
