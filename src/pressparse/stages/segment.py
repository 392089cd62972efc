"""Stage segment: sentences and tokens of the masked text, with offsets into the original.

Lines are split first, since releases put headings, datelines and paragraphs on
lines of their own without final punctuation; razdel's sentence rules then split
each line into sentences, and its tokenizer's rules, ported here, into tokens.
The output is razdel's exactly, but both skip the work where razdel's rules
cannot fire: a mark followed by no space ends no sentence, and most tokens are a
word, number or mark that no join rule binds to its neighbours, which one regex
finds whole. Past razdel, a long dash between words and a seam where a lost line break glued
two words ("ООНГрушко", "запретилЭксперт") split a token.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional, Sequence

from razdel import sentenize
from razdel.segmenters.punct import DASHES, ENDINGS, SMILES
from razdel.segmenters.sentenize import SentSplit
from razdel.segmenters.tokenize import ATOM, PUNCTS

from .. import lexicon
from ..doc import Doc, Sentence, Token

_LINE = re.compile(r"[^\n]+")
# razdel keeps "Салехарда–Лабытнанги" whole; a long dash between words joins two names, not one.
# The dash comes first so that the regex skips from dash to dash: it is searched in every sentence.
_DASH = re.compile(r"[–—](?<=\w[–—])(?=\w)")


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
            for start, stop, text in _sentences(piece):
                tokens = _tokens(text, base + start)
                if _DASH.search(text):
                    tokens = [part for token in tokens for part in _split_dashes(token)]
                if _GLUED.search(text):
                    tokens = [part for token in tokens for part in _split_glued(token)]
                if tokens:
                    sentence = Sentence(base + start, base + stop, tokens)
                    if _MIXED.search(text):
                        _join_lookalikes(sentence)
                    sentences.append(sentence)
    return sentences


# razdel's sentenize, its splitting ported as it is and its rules called as they are. razdel
# builds a SentSplit and runs its rules at every mark that may end a sentence; a mark followed by
# no space is joined by its first two rules whatever else is there (empty_side, no_space_prefix),
# and most marks are such ("В.В.", a line's last full stop), so only the others are built.
_SENTENCE_END = sentenize.split.re
_WINDOW = sentenize.split.window


def _sentences(text: str) -> Iterator[tuple[int, int, str]]:
    """razdel's sentences of ``text`` as (start, stop, text), exactly those of ``razdel.sentenize``."""
    chunks, begin = [], 0
    for match in _SENTENCE_END.finditer(text):
        start, stop = match.span()
        if stop == len(text) or not text[stop].isspace():
            continue  # str.isspace is razdel's \s
        split = SentSplit(text[max(0, start - _WINDOW):start], match.group(1), text[stop:stop + _WINDOW])
        split.buffer = text[begin:start]
        if not sentenize.join(split):
            chunks.append(text[begin:stop])
            begin = stop
    chunks.append(text[begin:])
    offset = 0
    for chunk in chunks:
        chunk = chunk.strip()
        start = text.find(chunk, offset)
        offset = start + len(chunk)
        yield start, offset, chunk


# razdel's tokenizer, its rules ported as they are: razdel builds an object per atom and per
# boundary between atoms and holds every atom of a sentence while it tokenizes it (a sentence of
# megabytes took gigabytes). Here the atoms, razdel's own regex, stream three at a time: each
# boundary sees the atom before the one on its left and the one after the one on its right, as
# razdel's rules do, and the tokens are razdel's, offset for offset (tests/test_segment.py checks
# this against razdel itself, on every development text and with hypothesis).
#
# Most tokens are an atom that no rule joins to its neighbours, and _FAST finds those whole,
# without building atoms: a word, a number or a mark whose boundary with the next atom the rules
# split whatever they see there (its lookahead checks what they look at: the next atom and, for a
# dash, "_" or a number mark, the atom after that, which may lie past a space), so the next match
# starts a token too; a match starts where one ends or after a space. Where none fits, as before
# a dash or a letter of another script ("ΔP"), the rest of the run of non-spaces goes atom by atom
# through razdel's rules (_atom_tokens), the atom before it their context. _FAST has ATOM's flags,
# so that its words are ATOM's RU and LAT (IGNORECASE folds no other character into PUNCTS).
_SMILE = re.compile(f"^{SMILES}$")
_RU, _LAT, _INT, _PUNCT, _OTHER = "RU", "LAT", "INT", "PUNCT", "OTHER"
_LETTERS = (_OTHER, _RU, _LAT)


def _marks(marks: str, leaving: str = "") -> str:
    """A character class of the marks, less those of ``leaving``."""
    return "[" + re.escape("".join(c for c in marks if c not in leaving)) + "]"


_JOINERS = DASHES + "_"  # join the atoms either side unless one is punctuation ("кое-как", "snake_case")
_NUMBER_MARKS = ".,/\\"  # join two integers ("1,5", "1/2")
_FAST = re.compile(rf"""
      # a word or a number before no joiner (an integer before no number mark and integer)
      [а-яё]+ (?= [\sa-z\d] | {_marks(PUNCTS, _JOINERS)} | \Z)
    | [a-z]+ (?= [\sа-яё\d] | {_marks(PUNCTS, _JOINERS + "!")} | \Z)  # "!" joins "yahoo"
    | \d+ (?= [\sа-яёa-z] | {_marks(PUNCTS, _JOINERS + _NUMBER_MARKS)} | {_marks(_NUMBER_MARKS)}(?!\s*\d) | \Z)
      # a mark no mark after it joins: smiles start with "=:;", "?!" and "..." are endings, "**"
    | {_marks(PUNCTS, _JOINERS + _NUMBER_MARKS + "=:;" + ENDINGS + "*")}
    | [=:;](?![()]) | {_marks(ENDINGS, ".")}(?!{_marks(ENDINGS)}) | \*(?!\*)
      # a number mark right after no integer joins nothing after it (after a space, who knows)
    | (?<![\s\d]) (?: [,/\\] | \.(?!{_marks(ENDINGS)}) )
    | {_marks(_JOINERS)}(?!\S)  # a joiner before a space
    | (?P<run>\S+)
""", re.IGNORECASE | re.VERBOSE)

Atom = tuple  # (start, stop, type, text), as razdel's ATOM regex finds them
# Token's own constructor is a Python function wrapping this one: a first pass makes some 280 000 tokens
_token = tuple.__new__


def _tokens(text: str, base: int = 0) -> list[Token]:
    """razdel's tokens of ``text``, exactly those of ``razdel.tokenize``, their offsets moved by ``base``."""
    tokens = []
    stop = 0
    for match in _FAST.finditer(text):
        start, end = match.span()
        if match.lastgroup is None:
            tokens.append(_token(Token, (base + start, base + end, match.group())))
        else:
            # the atom before the run, to which razdel's rules may look back, ends where the last match does
            before = _atom(ATOM.match(text, stop - 1)) if stop else None
            for at, token in _atom_tokens(text, start, end, before):
                tokens.append(Token(base + at, base + at + len(token), token))
        stop = end
    return tokens


def _atom(match: re.Match) -> Atom:
    return match.start(), match.end(), match.lastgroup, match.group()


def _atom_tokens(text: str, start: int, stop: int, before: Optional[Atom]) -> Iterator[tuple[int, str]]:
    """razdel's tokens of ``text[start:stop]``, a run of non-spaces that starts a token, atom by atom."""
    atoms = map(_atom, ATOM.finditer(text, start))
    previous = next(atoms)
    buffer = previous[3]
    current = next(atoms, None)
    while current is not None and current[0] < stop:
        after = next(atoms, None)
        if _joined(before, previous, current, after, buffer):
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


def _split_dashes(token: Token) -> list[Token]:
    start, _, text = token
    if not _DASH.search(text):
        return [token]
    tokens, last = [], 0
    for m in _DASH.finditer(text):
        tokens.append(Token(start + last, start + m.start(), text[last:m.start()]))
        tokens.append(Token(start + m.start(), start + m.end(), m.group(0)))
        last = m.end()
    tokens.append(Token(start + last, start + len(text), text[last:]))
    return tokens


# A word typed with a letter of the other script that looks the same ("Cмирнов" with a Latin "C",
# "YоuТubе" with Cyrillic "о", "Т", "е"): razdel cuts it where the script changes, and neither the
# network nor the dictionary knows the pieces. Such a word is one token again, its word spelt in
# the script of most of its letters when every letter of the other is a look-alike; its offsets,
# and so its mention, stay the text's. Words that mix scripts otherwise ("Fruktы") keep razdel's cut.
_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES = "AaBCcEeHKMOoPpTXxy", "АаВСсЕеНКМОоРрТХху"
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
# A page whose line breaks were lost glues a heading's last word to the next paragraph's first:
# "в ООНГрушко подчеркнул", "суд запретилЭксперт считает". A known abbreviation
# (lexicon.is_abbreviation) or a word of three lower-case letters or more, followed by a capital
# and lower-case letters, is two words; "ВУЗах", "НАТОвский", "АвиаСервис" are one.
# the cheap guard: a sentence with a capital after a letter and before two lower-case ones (the
# capital searched first, the letter before it looked at only then)
_GLUED = re.compile(r"[А-ЯЁ][а-яё]{2}(?<=[а-яёА-ЯЁ]{2}[а-яё]{2})")
_GLUED_WORD = re.compile(r"([А-ЯЁ]{2,}|[а-яё]{3,})([А-ЯЁ][а-яё]{2,})")


def _split_glued(token: Token) -> list[Token]:
    start, stop, text = token
    glued = _GLUED_WORD.fullmatch(text)
    if glued is None or glued.group(1).isupper() and not lexicon.is_abbreviation(glued.group(1)):
        return [token]
    cut = start + glued.end(1)
    return [Token(start, cut, glued.group(1)), Token(cut, stop, glued.group(2))]


_MIXED = re.compile(r"[а-яё][a-z]|[a-z][а-яё]", re.IGNORECASE)  # the cheap guard: a sentence with such a seam
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)


def _join_lookalikes(sentence: Sentence) -> None:
    """Joins the tokens of each word of the sentence that mixes scripts through look-alike letters
    into one, its word respelt in one script."""
    tokens, words = [], []
    k, n = 0, len(sentence.tokens)
    while k < n:
        j = k + 1
        while j < n and sentence.tokens[j].start == sentence.tokens[j - 1].stop \
                and sentence.tokens[j - 1].text.isalpha() and sentence.tokens[j].text.isalpha():
            j += 1
        run = sentence.tokens[k:j]
        word = _respelt("".join(t.text for t in run)) if j - k > 1 else None
        if word is None:
            tokens += run
            words += [t.text for t in run]
        else:
            tokens.append(Token(run[0].start, run[-1].stop, "".join(t.text for t in run)))
            words.append(word)
        k = j
    sentence.tokens, sentence.words = tokens, words


def _respelt(word: str) -> Optional[str]:
    """The word in the script of most of its letters, if every letter of the other script is a
    look-alike of one of these; else None."""
    cyrillic, latin = _CYRILLIC.findall(word), _LATIN.findall(word)
    if not cyrillic or not latin:
        return None
    if len(latin) <= len(cyrillic) and all(c in _LATIN_LOOKALIKES for c in latin):
        return word.translate(_TO_CYRILLIC)
    if len(cyrillic) < len(latin) and all(c in _CYRILLIC_LOOKALIKES for c in cyrillic):
        return word.translate(_TO_LATIN)
    return None


def opens(words: Sequence[str], k: int) -> bool:
    """Word ``k`` starts its sentence, maybe after a quotation mark, a dash or a bullet."""
    return not any(wordlike(words[i]) for i in range(k))  # no copy: it stops at the first word


def wordlike(word: str) -> bool:
    """Whether a token is a word or a number rather than punctuation."""
    # a letter or a digit somewhere in it: most tokens are made of them alone, and
    # str.isalnum tells those at once
    return word.isalnum() or _ALNUM.search(word) is not None


_ALNUM = re.compile(r"[^\W_]")  # re's \w is str.isalnum or "_", character by character
