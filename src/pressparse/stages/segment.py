"""Stage segment: sentences and tokens of the masked text, with offsets into the original.

Lines are split first, since releases put headings, datelines and paragraphs on
lines of their own without final punctuation; razdel then splits each line
into sentences, and its tokenizer's rules, ported here, into tokens.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from razdel import sentenize
from razdel.segmenters.punct import DASHES, ENDINGS, SMILES
from razdel.segmenters.tokenize import ATOM

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


# razdel's tokenizer, its rules ported as they are: razdel builds an object per atom and per
# boundary between atoms and holds every atom of a sentence while it tokenizes it (a sentence of
# megabytes took gigabytes). Here the atoms, razdel's own regex, stream three at a time: each
# boundary sees the atom before the one on its left and the one after the one on its right, as
# razdel's rules do, and the tokens are razdel's, offset for offset (tests/test_segment.py checks
# this against razdel itself, on every development text and with hypothesis).
_SMILE = re.compile(f"^{SMILES}$")
_RU, _LAT, _INT, _PUNCT, _OTHER = "RU", "LAT", "INT", "PUNCT", "OTHER"
_LETTERS = (_OTHER, _RU, _LAT)

Atom = tuple  # (start, stop, type, text), as razdel's ATOM regex finds them


def _tokens(text: str) -> Iterator[tuple[int, str]]:
    """razdel's tokens of ``text`` as (offset, text), exactly those of ``razdel.tokenize``."""
    atoms = ((m.start(), m.end(), m.lastgroup, m.group()) for m in ATOM.finditer(text))
    previous = next(atoms, None)
    if previous is None:
        return
    before = None
    start, buffer = previous[0], previous[3]
    current = next(atoms, None)
    while current is not None:
        after = next(atoms, None)
        if previous[1] == current[0] and _joined(before, previous, current, after, buffer):
            buffer += current[3]
        else:
            yield start, buffer
            start, buffer = current[0], current[3]
        before, previous, current = previous, current, after
    yield start, buffer


def _joined(left_2: Optional[Atom], left_1: Atom, right_1: Atom, right_2: Optional[Atom], buffer: str) -> bool:
    """Whether razdel's rules join two atoms with nothing between them, ``buffer`` being the token so far."""
    left, right = left_1[3], right_1[3]
    for delimiter, joins in ((_dash, _words), (_underscore, _words), (_float, _numbers), (_fraction, _numbers)):
        # "cho-|to" is judged by "cho" and "to", "cho|-to" likewise
        pair = (left_2, right_1) if delimiter(left) else (left_1, right_2) if delimiter(right) else None
        if pair is not None and pair[0] is not None and pair[1] is not None and joins(*pair):
            return True
    if left_1[2] == _PUNCT and right_1[2] == _PUNCT and (
            _SMILE.match(buffer + right) or left in ENDINGS and right in ENDINGS or left + right in ("--", "**")):
        return True  # ":-)", "?!", "--"
    if left_1[2] == _OTHER and right_1[2] in _LETTERS or left_1[2] in _LETTERS and right_1[2] == _OTHER:
        return True  # "ΔP", "mβж"
    return left_1[3].lower() == "yahoo" and right == "!"


def _dash(text: str) -> bool:
    return text in DASHES


def _underscore(text: str) -> bool:
    return text == "_"


def _float(text: str) -> bool:
    return text in ".,"


def _fraction(text: str) -> bool:
    return text in "/\\"


def _words(left: Atom, right: Atom) -> bool:
    return left[2] != _PUNCT and right[2] != _PUNCT


def _numbers(left: Atom, right: Atom) -> bool:
    return left[2] == _INT and right[2] == _INT


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
