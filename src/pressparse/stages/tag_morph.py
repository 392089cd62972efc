"""Stage tag_morph: natasha's slovnet news morphology tagger, over the sentences that name a person.

The tagger reads each word in its sentence, so it gives a person's name the case its context
makes likeliest ("с Джейкобом Зумой", "заявил Джейкоб Зума"), which pymorphy3, reading the word
alone, cannot; the normalise stage weighs it with the name's own analyses. The network is
``ner.Network``, evaluated in numpy as the NER's is. Only the last word of a person's name is
tagged, as no other word's case is used (the last that is no initial: "Смирнова" of "Смирнова
О.П."), and only where its case could change the name (``normalise.case_open``: "Джейкоб Зума",
not "Владимира Путина"), and only with the words the network sees around it (its convolutions'
reach): the tag is the one the whole sentence would give, at a fraction of the cost. A name a
preposition governs is read in its cases (``normalise.governed_cases``), which mostly settle it.
Of the tags only the case is kept: the gender did not pay.
"""

from __future__ import annotations

from typing import Optional, Sequence

from slovnet.exec.model import Morph as MorphModel

from ..doc import Doc
from .ner import Network, load_model
from .normalise import case_open, governed_cases, person_words, tagged_word

# Universal Dependencies' cases as pymorphy3 names them (the partitive is a genitive, the
# vocative, rare in news, a nominative)
_CASES = {"Nom": "nomn", "Gen": "gent", "Par": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct",
          "Voc": "nomn"}


def _case(tag: str) -> Optional[str]:
    feats = dict(feat.split("=", 1) for feat in tag.split("|")[1:] if "=" in feat)
    return _CASES.get(feats.get("Case", ""))


class Tagger(Network):
    """natasha's news morphology network: the likeliest tag of a word in its context."""

    def __init__(self, batch_tokens: int = 4096):
        model, shapes, tags = load_model("slovnet_morph_news_v1.tar", MorphModel)
        super().__init__(model, shapes, tags, batch_tokens)
        self._cases = [_case(tag) for tag in self.tags]

    def __call__(self, words: Sequence[Sequence[str]], at: Sequence[int]) -> list[Optional[str]]:
        """The case of word ``at[i]`` of each ``words[i]`` (the token texts of a sentence, or of as
        many words around that word as the network sees), in pymorphy3's names; None for a word
        the tagger gives none."""
        return [self._cases[tag] for tag in self.tags_at(words, at)]


def run(docs: Sequence[Doc], tagger: Tagger) -> None:
    """Gives every sentence with a person's name whose case is open the ``cases`` of the last words
    of such names, tagged as one batch."""
    reach = tagger.reach
    found = []  # (sentence, index of the word, the words the network sees around it, its index in them)
    for doc in docs:
        for sentence in doc.sentences:
            for span in sentence.spans:
                if span.type == "PER" and case_open(*person_words(sentence, span),
                                                    governed_cases(sentence.words, span.start)):
                    last = tagged_word(sentence, span)
                    start = max(0, last - reach)
                    found.append((sentence, last, sentence.words[start:last + reach + 1], last - start))
    for (sentence, last, _, _), case in zip(found, tagger([w for _, _, w, _ in found], [k for *_, k in found])):
        if sentence.cases is None:
            sentence.cases = {}
        sentence.cases[last] = case
