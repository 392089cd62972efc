"""Derive the nouns for a place's people (``data/demonyms.txt``) from the places pressparse knows.

    python training/demonyms.py [--out src/pressparse/data/demonyms.txt]

Russian makes such nouns from a place's name or adjective with a few productive suffixes:
"Сингапур" -> "сингапурец", "британский" -> "британец", "британка", "Москва" -> "москвич",
"Россия" -> "россиянин", "россиянка", "Англия" -> "англичанин", "немецкий" -> "немец", "немка",
"греческий" -> "грек", "гречанка", "Чеченская Республика" -> "чеченец". The stems are the one-word
names and forms of ``countries.tsv``, ``capitals.tsv`` and ``regions.tsv`` without their last vowel
(and "и" before it), and the adjectives of ``countries.tsv`` and the adjectives within the names
of several words ("Чеченская Республика") without each adjective ending they have ("ский",
"ецкий", "ческий", ...); each stem takes each suffix, and a candidate is kept when pymorphy3
knows it as an animate noun whose lemma it is. The list is sorted, so the same data give the
same file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from pressparse import lexicon, morph  # noqa: E402

SUFFIXES = ("ец", "ка", "анин", "янин", "анка", "янка", "ич", "ичка", "ийка", "ианин", "ианка", "ичанин", "ичанка", "к")
# an adjective's endings, the longer first; a stem is taken off each it has: "греческий" gives
# "гре" (грек) and "греч" (гречанка), "немецкий" gives "нем" (немец, немка)
ADJECTIVE_ENDINGS = ("ийский", "ческий", "еский", "ецкий", "ский", "цкий")
HEADER = """\
# Nouns for the people of a country, a capital or a region ("сингапурец", "британка", "москвич",
# "россиянин"), one lemma a line: no post, though the post-head network may take them for one.
# Derived by training/demonyms.py from the names and adjectives of countries.tsv, capitals.tsv and
# regions.tsv with the productive suffixes {suffixes}, kept where pymorphy3 knows the
# word as an animate noun and its own lemma. Regenerate with that script; do not edit by hand.
"""


def _stems() -> set[str]:
    names: list[str] = []
    stems: set[str] = set()
    adjectives: list[str] = []
    for name, forms, _abbr, adjective_column in (row + [""] * (4 - len(row)) for row in lexicon.table("countries.tsv")):
        # countries.tsv separates a cell's values with "|" (lexicon.entries splits on commas)
        names += [name, *filter(None, forms.split("|"))]
        adjectives += filter(None, adjective_column.split("|"))
    names += [row[0] for row in lexicon.table("capitals.tsv")]
    names += [row[0] for row in lexicon.table("regions.tsv")]
    # the adjectives within names of several words, in the masculine: "Чеченская Республика" -> "чеченский"
    adjectives += [word[:-2] + "ий" for name in names if " " in name
                   for word in name.lower().split(" ") if word.endswith(("ская", "цкая"))]
    for adjective in adjectives:
        stems.update(adjective[: -len(ending)].lower() for ending in ADJECTIVE_ENDINGS if adjective.endswith(ending))
    for name in names:
        if " " in name or "-" in name:
            continue
        word = name.lower()
        stems.add(word)
        for ending in ("ия", "а", "я", "ь", "й", "о", "е"):
            if word.endswith(ending):
                stems.add(word[: -len(ending)])
                break
    return {stem for stem in stems if len(stem) >= 3}


def _demonym(word: str) -> bool:
    """Whether pymorphy3 knows the word as an animate common noun it is the lemma of, not only as a
    person's name ("иванович" from "Ивановская" is only a patronymic)."""
    return any(p.tag.POS == "NOUN" and "anim" in p.tag and p.normal_form == word and p.is_known
               and not {"Name", "Surn", "Patr"} & p.tag.grammemes for p in morph.analyzer().parse(word))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "src/pressparse/data/demonyms.txt")
    args = parser.parse_args()
    found = sorted({stem + suffix for stem in _stems() for suffix in SUFFIXES if _demonym(stem + suffix)})
    args.out.write_text(HEADER.format(suffixes=", ".join("-" + s for s in SUFFIXES)) + "\n".join(found) + "\n",
                        encoding="utf-8")
    print(f"{len(found)} nouns to {args.out}")


if __name__ == "__main__":
    main()
