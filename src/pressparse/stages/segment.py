"""Stage segment: sentences and tokens of the masked text, with offsets into the original.

Lines are split first, since releases put headings, datelines and paragraphs on
lines of their own without final punctuation; razdel then splits each line
into sentences and tokens.
"""

from __future__ import annotations

import re

from razdel import sentenize, tokenize

from ..doc import Doc, Sentence, Token

_LINE = re.compile(r"[^\n]+")
# razdel keeps "Салехарда–Лабытнанги" whole; a long dash between words joins two names, not one.
_DASH = re.compile(r"(?<=\w)[–—](?=\w)")


def run(doc: Doc) -> None:
    """Gives ``sentences``, their tokens and words."""
    doc.sentences = segment(doc.masked)


def segment(masked: str) -> list[Sentence]:
    """Split masked text into sentences of tokens; blank lines give none."""
    sentences = []
    for line in _LINE.finditer(masked):
        if not line.group(0).strip():
            continue
        for base, piece, run in _pieces(line.start(), line.group(0)):
            if run:
                sentences.append(Sentence(base, base + len(piece), [Token(base, base + len(piece), piece)]))
                continue
            for sent in sentenize(piece):
                start = base + sent.start
                tokens = []
                for offset, text in _tokens(sent.text):
                    if "–" in text or "—" in text:
                        tokens += _split_dashes(start + offset, text)
                    else:
                        at = start + offset
                        tokens.append(Token(at, at + len(text), text))
                if tokens:
                    sentences.append(Sentence(start, base + sent.stop, tokens))
    return sentences


# razdel holds a sentence's atoms, a few hundred bytes each, while it tokenizes it: a sentence of
# megabytes ("###### " repeated, a line of prose without a full stop) took gigabytes. Longer
# sentences are tokenized a window at a time, cut at a space (razdel never joins across one).
_WINDOW = 20_000
_BOUNDARY = re.compile(r"\s|(?<=\w)(?=\W)|(?<=\W)(?=\w)")


def _tokens(text: str):
    """razdel's tokens of a sentence as (offset, text), the same as ``tokenize(text)`` gives but
    in memory bounded by ``_WINDOW`` rather than by the sentence's length."""
    if len(text) <= _WINDOW:
        for t in tokenize(text):
            yield t.start, t.text  # razdel's fields are descriptors: each read costs a call
        return
    start = 0
    while start < len(text):
        stop = start + _WINDOW
        if stop >= len(text):
            stop = len(text)
        else:
            space = max(text.rfind(" ", start + _WINDOW // 2, stop), text.rfind("\t", start + _WINDOW // 2, stop))
            if space > start:
                stop = space
            else:  # no space: cut where a word meets punctuation, else (a mess of symbols) anywhere
                m = _BOUNDARY.search(text, stop, stop + _WINDOW)
                stop = m.start() if m else stop
        for t in tokenize(text[start:stop]):
            yield start + t.start, t.text
        start = stop


# razdel takes quadratic time over long runs of one punctuation mark ("........"): such a run is
# a sentence and a token of its own, and razdel sees only the text around it.
_RUN = re.compile(r"([^\w\s])\1{15,}")


def _pieces(base: int, line: str) -> list[tuple[int, str, bool]]:
    """The line's runs of one mark and the text between them: (offset, text, is a run)."""
    pieces, last = [], 0
    for m in _RUN.finditer(line):
        if line[last:m.start()].strip():
            pieces.append((base + last, line[last:m.start()], False))
        pieces.append((base + m.start(), m.group(0), True))
        last = m.end()
    if line[last:].strip():
        pieces.append((base + last, line[last:], False))
    return pieces


def _split_dashes(start: int, text: str) -> list[Token]:
    if not _DASH.search(text):
        return [Token(start, start + len(text), text)]
    tokens, last = [], 0
    for m in _DASH.finditer(text):
        tokens.append(Token(start + last, start + m.start(), text[last:m.start()]))
        tokens.append(Token(start + m.start(), start + m.end(), m.group(0)))
        last = m.end()
    tokens.append(Token(start + last, start + len(text), text[last:]))
    return tokens


def wordlike(word: str) -> bool:
    """Whether a token is a word or a number rather than punctuation."""
    return any(c.isalnum() for c in word)
