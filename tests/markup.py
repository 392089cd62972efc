"""Stage cases without the NER model: a text whose names are marked, as the network would tag them.

``[Кирилл Залесский]PER провел переговоры с [Синь Гобинем]PER.`` is the text without the
brackets, its names given to the stages after the network (``ner_rules`` onwards) as if the
network had tagged them PER, ORG or LOC. ``parse`` runs the stages up to the one named; the
document keeps the stages' notes, so that a case can say which rule did it.
"""

import re

from pressparse.doc import Doc, Input
from pressparse.stages import STAGES
from pressparse.stages.ner import Tag

_MARK = re.compile(r"\[([^\[\]]+)\](PER|ORG|LOC)")


def unmark(source: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The text and its marked names as (start, stop, type)."""
    text, names, last = "", [], 0
    for m in _MARK.finditer(source):
        text += source[last:m.start()]
        names.append((len(text), len(text) + len(m.group(1)), m.group(2)))
        text += m.group(1)
        last = m.end()
    return text + source[last:], names


def parse(source: str, published: str = None, until: str = "events") -> Doc:
    """The Doc of a marked text after the stages up to ``until``, the marks standing for the network."""
    text, names = unmark(source)
    doc = Doc(Input(text, published=published), explain=True)
    for stage in STAGES:
        if stage.name == "ner":
            _tag(doc, names)
        elif stage.batch:
            continue  # another network: without it its evidence is missing, as the stages allow
        else:
            stage.run(doc)
        if stage.name == until:
            break
    return doc


def _tag(doc: Doc, names: list[tuple[int, int, str]]) -> None:
    for sentence in doc.sentences:
        sentence.tags = []
        starts = {t.start: k for k, t in enumerate(sentence.tokens)}
        stops = {t.stop: k + 1 for k, t in enumerate(sentence.tokens)}
        for start, stop, kind in names:
            if sentence.start <= start < sentence.stop:
                if start not in starts or stop not in stops:
                    raise ValueError(f"a mark does not fall on token boundaries: {doc.text[start:stop]!r}")
                sentence.tags.append(Tag(starts[start], stops[stop], kind))


def notes(doc: Doc, stage: str) -> list[tuple[str, str, str]]:
    """The notes a stage left: (rule, the text it saw, what it made of it)."""
    return [(note.rule, note.subject, note.detail) for note in doc.notes if note.stage == stage]
