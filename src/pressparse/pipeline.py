"""The pipeline: runs the stages in data-flow order over one release or a stream of them.

read → segment → NER (batched across documents) → normalise and merge entities
→ positions → dates → events → serialise. Models load once per ``Pipeline``, on first use.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Iterable, Iterator, Mapping, Optional, Sequence, Tuple, Union

from . import dates, entities, events, ner, positions
from .read import read
from .records import Document, Error, Source
from .segment import segment


@dataclass(frozen=True)
class Input:
    """One release to parse: its text and what the caller knows about it.

    ``published`` (ISO date) overrides the date found in the text; ``error``
    marks an input that could not be read, which passes through as an error record.
    """

    text: str
    id: Optional[str] = None
    published: Optional[str] = None
    path: Optional[str] = None
    error: Optional[Error] = None


Item = Union[str, Tuple[str, str], Mapping[str, str], Input]


def _as_input(item: Item, index: int) -> Input:
    if isinstance(item, Input):
        return item
    if isinstance(item, str):
        return Input(text=item, id=str(index))
    if isinstance(item, Mapping):
        if not isinstance(item.get("text"), str):
            return Input(text="", id=_str_or_none(item.get("id")) or str(index),
                         error=Error("InputError", "the item has no string field 'text'"))
        return Input(text=item["text"], id=_str_or_none(item.get("id")) or str(index),
                     published=item.get("published"), path=item.get("path"))
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], str):
        return Input(text=item[1], id=_str_or_none(item[0]))
    return Input(text="", id=str(index),
                 error=Error("InputError", f"expected a text, an (id, text) pair or a mapping, got {type(item).__name__}"))


def _chunks(items: Iterable[Item], batch_size: int) -> Iterator[list[Input]]:
    """The stream as lists of ``batch_size`` Inputs, ids numbered by position from 0."""
    counter = itertools.count()
    iterator = iter(items)
    while True:
        chunk = [_as_input(item, next(counter)) for item in itertools.islice(iterator, batch_size)]
        if not chunk:
            return
        yield chunk


def _str_or_none(value: object) -> Optional[str]:
    return None if value is None else str(value)


class Pipeline:
    """pressparse's extraction pipeline; models are loaded once, lazily, and reused.

    >>> nlp = Pipeline()
    >>> doc = nlp.parse("31 июля 2025 г. Министр ... Кирилл Залесский провел переговоры ...")
    >>> for doc in nlp.pipe(texts): ...
    """

    def __init__(self, batch_size: int = 32):
        """``batch_size``: how many documents are tagged together by the NER model."""
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.batch_size = batch_size
        self._tagger: Optional[ner.Tagger] = None

    @property
    def tagger(self) -> ner.Tagger:
        """The NER model, loaded on first use."""
        if self._tagger is None:
            self._tagger = ner.Tagger()
        return self._tagger

    def parse(self, text: str, *, id: Optional[str] = None, published: Optional[str] = None) -> Document:
        """Parse one release. ``published`` (an ISO date) overrides the date found in the text."""
        if not isinstance(text, str):
            raise TypeError(f"parse() takes a str, got {type(text).__name__}")
        return next(self.pipe([Input(text=text, id=id, published=published)]))

    def pipe(self, items: Iterable[Item], workers: int = 1, timeout: Optional[float] = None) -> Iterator[Document]:
        """Parse a stream of releases, yielding one Document per item, in order.

        Items are texts (their id is their position, from 0), ``(id, text)`` pairs,
        mappings with ``text`` and optional ``id``, ``published`` and ``path``, or
        ``Input`` objects. The stream is consumed ``batch_size`` items at a time.
        A release that cannot be parsed gives a Document whose ``error`` says why.

        ``workers`` > 1 parses in that many worker processes, each loading the models
        once, with a bounded number of batches in the air (see ``pressparse.parallel``).
        ``timeout`` is each document's time budget in seconds: a document that takes
        longer gives a ``Timeout`` error record and the stream goes on (in this
        process it needs the main thread; worker processes are killed and replaced).
        """
        if workers != 1 or timeout is not None:
            from . import parallel

            return parallel.pipe(items, workers=workers, timeout=timeout, pipeline=self)
        return self._pipe(items)

    def _pipe(self, items: Iterable[Item]) -> Iterator[Document]:
        for chunk in _chunks(items, self.batch_size):
            yield from self._parse_batch(chunk)

    def _parse_batch(self, inputs: Sequence[Input]) -> list[Document]:
        prepared: list[Union[Document, tuple]] = []
        for item in inputs:
            if item.error is not None:
                prepared.append(_failed(item, item.error))
                continue
            try:
                release = read(item.text)
                prepared.append((item, release, segment(release.masked)))
            except Exception as exc:  # one bad document must not stop the others
                prepared.append(_failed(item, Error(type(exc).__name__, str(exc))))
        work = [p for p in prepared if isinstance(p, tuple)]
        tagger = self.tagger  # a model that cannot load is the caller's error, not a document's
        try:
            tagged: list = self._tag(tagger, [sentences for _, _, sentences in work])
        except Exception:  # some document broke the batch: tag them one by one, so that only it fails
            tagged = []
            for _, _, sentences in work:
                try:
                    tagged += self._tag(tagger, [sentences])
                except Exception as exc:
                    tagged.append(exc)
        results = iter(tagged)
        documents = []
        for p in prepared:
            if isinstance(p, Document):
                documents.append(p)
                continue
            item, release, sentences = p
            sentence_tags = next(results)
            try:
                if isinstance(sentence_tags, Exception):
                    raise sentence_tags
                documents.append(_build(item, release, sentences, sentence_tags))
            except Exception as exc:
                documents.append(_failed(item, Error(type(exc).__name__, str(exc))))
        return documents

    @staticmethod
    def _tag(tagger: ner.Tagger, documents: list) -> list[list[list[ner.Tag]]]:
        """The fixed NER tags of every sentence of every document, tagged as one batch."""
        words = [[t.text for t in s.tokens] for sentences in documents for s in sentences]
        tags = iter([ner.fix(w, t) for w, t in zip(words, tagger(words))])
        return [[next(tags) for _ in sentences] for sentences in documents]


def _failed(item: Input, error: Error) -> Document:
    return Document(id=item.id, text=item.text, source=Source(path=item.path), error=error)


def _build(item: Input, release, sentences, sentence_tags) -> Document:
    published, published_from, found_dates = dates.dates_of(release, sentences, item.published)
    found = entities.extract(release.text, release.url, sentences, sentence_tags)
    found, groups, loose_positions = positions.attach(release.text, sentences, sentence_tags, found)
    found_events = events.find(release.text, sentences, sentence_tags, found, groups, found_dates, published)
    return Document(
        id=item.id,
        text=item.text,
        source=Source(path=item.path, url=release.url),
        title=release.title,
        published=published,
        published_from=published_from,
        persons=found.persons,
        organizations=found.organizations,
        locations=found.locations,
        groups=groups,
        positions=loose_positions,
        dates=tuple(found_dates),
        events=found_events,
    )


_DEFAULT: Optional[Pipeline] = None


def parse(text: str, *, id: Optional[str] = None, published: Optional[str] = None) -> Document:
    """Parse one release with a shared default Pipeline (models load on the first call)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT.parse(text, id=id, published=published)
