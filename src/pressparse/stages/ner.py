"""Stages ner and ner_rules: natasha's slovnet news NER over many sentences at once, then fixes.

The navec embeddings and the slovnet model are read straight from the files the
``natasha`` package ships, without importing ``natasha`` itself: its import pulls
in pymorphy2, yargy and grammars we do not use. Sentences of many documents are
tagged together, sorted by length so that a batch pads little.

The same pass finds the words that head a post ("тренером", "дирижёр", "вице-губернатор"):
a small network trained on NEREL's PROFESSION spans (``training/post_heads.py``; its weights
are ``data/post_heads.npz``) reads each word's embedding and the NER network's last hidden
layer, so it costs two small matrix products per batch. The posts stage takes the words it
marks beside those of its lexicon.

The tagger's known errors are then mended by small rules kept in ``RULES``, each
a class with one ``apply`` method over the tags of one sentence, razdel-style, then by those
of ``DOCUMENT_RULES``, which read every sentence's tags at once; the mended tags become the
sentences' ``spans``.
"""

from __future__ import annotations

import gzip
import importlib.util
import os
import re
import tarfile
import threading
from functools import lru_cache
from typing import Callable, Iterator, NamedTuple, Optional, Sequence

import numpy as np
from slovnet.const import SHAPE, TAG
from slovnet.exec.model import NER as NERModel
from slovnet.exec.pack import Pack
from slovnet.shape import word_shape

from .. import lexicon, morph, names
from ..doc import Doc, Span
from .segment import opens, wordlike

# Longer sentences are cut into windows: the CNN sees a few tokens around each
# word, so a cut costs little, and a huge "sentence" cannot blow up a batch.
MAX_TOKENS = 200


class Tag(NamedTuple):
    """An entity found by the tagger: token indices [start, stop) in its sentence and a type
    (a named tuple: the fix rules make some hundred thousand a pass, which a frozen dataclass
    builds several times slower).

    ``name_stop`` extends the words that make the entity's name past the mention, when the
    name goes on through another mention: the organisation mentioned as "[Министерством
    связи и информатизации]" is named with the place after it, "... Республики Беларусь".
    """

    start: int
    stop: int
    type: str
    name_stop: Optional[int] = None


class Scored(NamedTuple):
    """The network's scores for some sentences, before the CRF decodes them (``Tagger.score``)."""

    sentences: int  # how many sentences
    windows: list[tuple[int, int, Sequence[str]]]  # (sentence, offset of the window in it, its words)
    batches: list[tuple[list[int], np.ndarray, np.ndarray]]  # (windows, their emissions, post-head marks)


class Tagged(NamedTuple):
    """What the network says of a sentence: its entities, and the tokens that head a post."""

    tags: list[Tag]
    post_heads: frozenset[int]


POST_HEADS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "post_heads.npz")


def natasha_data(*parts: str) -> str:
    """The path of a file of natasha's package data (its models and embeddings)."""
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("pressparse needs the 'natasha' package for its NER model files")
    path = os.path.join(spec.submodule_search_locations[0], "data", *parts)
    if not os.path.exists(path):
        raise FileNotFoundError(f"natasha's model file is missing: {path}")
    return path


class Embeddings:
    """navec's news embeddings, as natasha's NER and morphology networks read them: each word's id
    and the table of its quantised vector's codes.

    navec's own loader reads the 24 MB table into memory and keeps its 250 000 words in a list, a
    dict and a list of counts, which with the copies made while reading comes to about 100 MB.
    Here the table is mapped from natasha's file, so that only the pages of the words a run meets
    are read, and worker processes share them; the words stay as one string, found by their
    hashes in a sorted array (about 10 MB in all).
    """

    def __init__(self, path: str):
        with tarfile.open(path, "r:") as tar:
            vocab = gzip.decompress(tar.extractfile("vocab.bin").read())
            table = tar.getmember("pq.bin").offset_data
        count = int(np.frombuffer(vocab, np.uint32, 1)[0])
        self._text = vocab[4 + 4 * count:].decode("utf8")
        words = self._text.split("\n")
        if len(words) != count:
            raise ValueError(f"{path}: {count} words announced, {len(words)} found")
        self._starts = np.cumsum([0] + [len(word) + 1 for word in words]).tolist()
        hashes = np.fromiter(map(hash, words), np.int64, count)
        self._order = np.argsort(hashes).astype(np.int32)
        self._hashes = hashes[self._order]
        self.unknown = words.index("<unk>", count - 2)
        vectors, dim, qdim, centroids = (int(n) for n in np.fromfile(path, np.uint32, 4, offset=table))
        self.indexes = np.memmap(path, np.uint8, "r", offset=table + 16, shape=(vectors, qdim))
        self.codes = np.fromfile(path, np.float32, centroids * dim, offset=table + 16 + vectors * qdim).reshape(qdim, centroids, -1)

    def ids(self, words: Sequence[str]) -> list[int]:
        """The id of each word (navec's words are lower-case), ``unknown`` for one it lacks."""
        hashes = np.fromiter(map(hash, words), np.int64, len(words))
        at = np.minimum(np.searchsorted(self._hashes, hashes), len(self._hashes) - 1)
        ids = np.where(self._hashes[at] == hashes, self._order[at], -1).tolist()
        text, starts = self._text, self._starts
        # a hash that matches is checked against the word itself: two words may share one
        return [i if i >= 0 and text[starts[i]:starts[i + 1] - 1] == word else self.unknown
                for word, i in zip(words, ids)]


def load_model(name: str, kind: type) -> tuple:
    """natasha's slovnet model ``name`` (a file of its model folder) of ``kind`` (slovnet's
    ``exec.model.NER`` or ``Morph``), its vocabulary of word shapes and its tags' names.

    Read as slovnet's own loaders read it, but for the model's vocabulary of 250 000 words, which
    is navec's (the networks look words up in ``embeddings``): building it took longer than the
    rest of the load, and 40 MB more at the peak.
    """
    with Pack(natasha_data("model", name)) as pack:
        pack.load_meta().check_protocol()
        model = pack.load_model(kind)
        arrays = dict(pack.load_arrays(model.weights))
        shapes, tags = pack.load_vocab(SHAPE), pack.load_vocab(TAG)
    return model.inject_arrays(arrays), shapes, tags.items


@lru_cache(maxsize=None)
def embeddings() -> Embeddings:
    """natasha's news embeddings, which its NER and morphology networks share: loaded once."""
    return Embeddings(natasha_data("emb", "navec_news_v1_1B_250K_300d_100q.tar"))


class _Workspace(threading.local):
    """Arrays a thread's network evaluations write into, kept from batch to batch: a batch's layers
    are megabytes, and allocating and freeing them anew for each made the memory map churn, which
    stalls the other thread (the kernel maps and unmaps pages under one lock)."""

    def __init__(self) -> None:
        self.buffers: dict[str, np.ndarray] = {}

    def array(self, name: str, rows: int, columns: int) -> np.ndarray:
        """A float32 array of that shape, its contents undefined, sharing memory with the last one of
        that name."""
        size = rows * columns
        buffer = self.buffers.get(name)
        if buffer is None or buffer.size < size:
            buffer = self.buffers[name] = np.empty(size, dtype=np.float32)
        return buffer[:size].reshape(rows, columns)


_WORKSPACE = _Workspace()


class Network:
    """A slovnet network of natasha's (embeddings, convolutions, a linear layer), loaded once.

    The network is evaluated here rather than by slovnet's own code: sentences are laid end
    to end with a zero row between them, which is exactly the convolutions' zero padding, so
    a batch of any lengths costs one matrix product per layer and pads nothing. ``model`` is
    slovnet's model (its word embeddings are not read: words are looked up in navec's vocabulary
    and table, ``embeddings``, which the networks' own word vocabularies repeat), ``shapes`` its
    vocabulary of word shapes and ``tags`` its tags' names.
    """

    def __init__(self, model, shapes, tags: list[str], batch_tokens: int = 4096):
        self._embeddings = embeddings()
        self.batch_tokens = batch_tokens
        self._shapes = shapes
        # each word's navec id and shape id, kept from batch to batch (a batch's distinct words are
        # mostly words earlier batches had) and forgotten all at once past morph.ANALYSES words
        self._known: dict[str, tuple[int, int]] = {}
        self.tags = tags
        self._indexes, self._codes = self._embeddings.indexes, self._embeddings.codes
        self._shape_vectors = model.emb.shape.weight.array
        self._layers = []
        for layer in model.encoder.layers:
            if layer.conv.padding * 2 + 1 != layer.conv.weight.array.shape[2]:
                raise ValueError("the network's convolutions are expected to keep the sequence length")
            norm = layer.norm
            scale = norm.weight.array / norm.std.array
            self._layers.append((
                layer.conv.weight.array.transpose(2, 1, 0).copy(),  # kernel x in x out
                layer.conv.bias.array,
                scale,
                norm.bias.array - norm.mean.array * scale,
            ))
        first = self._layers[0][0]  # kernel x (word + shape dims) x out
        dims = self._codes.shape[0] * self._codes.shape[2]
        # the first layer's taps, one (in x out) matrix per kernel position, for the word part
        # and for each shape
        self._first_words = [np.ascontiguousarray(tap[:dims]) for tap in first]
        self._first_shapes = [self._shape_vectors @ tap[dims:] for tap in first]
        # a word's quantised vector is one row per subspace of the codes laid end to end
        self._flat_codes = self._codes.reshape(-1, self._codes.shape[2])
        self._subspaces = np.arange(self._codes.shape[0]) * self._codes.shape[1]
        self._proj = (model.head.proj.weight.array, model.head.proj.bias.array)
        #: how many words on each side a word's tags depend on: each convolution sees one more
        self.reach = sum(kernel.shape[0] // 2 for kernel, *_ in self._layers)

    def _encode(self, words: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The navec ids and shape ids of the distinct words, and which of them each word is."""
        index: dict[str, int] = {}
        inverse = np.fromiter((index.setdefault(word, len(index)) for word in words), np.int64, len(words))
        known = self._known
        if len(known) > morph.ANALYSES:
            known.clear()
        # read once, as another thread may clear the cache between two looks at it
        found = [known.get(word) for word in index]
        new = [word for word, codes in zip(index, found) if codes is None]
        ids = self._embeddings.ids([word.lower() for word in new])
        made = dict(zip(new, zip(ids, (self._shapes.encode(word_shape(word)) for word in new))))
        known.update(made)
        encoded = np.array([codes or made[word] for word, codes in zip(index, found)],
                           dtype=np.int64).reshape(-1, 2)
        return encoded[:, 0], encoded[:, 1], inverse

    def tags_at(self, windows: Sequence[Sequence[str]], at: Sequence[int]) -> list[int]:
        """The tag (an index into ``tags``) of word ``at[i]`` of each window of words, the linear
        layer computed for that word alone; the windows are evaluated together, about
        ``batch_tokens`` words at a time."""
        result = [0] * len(windows)
        weight, bias = self._proj
        for chunk in self._batches([len(w) for w in windows]):
            hidden, _, _ = self._hidden([windows[k] for k in chunk])
            firsts = np.cumsum([0] + [len(windows[k]) for k in chunk[:-1]])
            best = (hidden[firsts + np.array([at[k] for k in chunk])] @ weight + bias).argmax(1)
            for k, tag in zip(chunk, best):
                result[k] = int(tag)
        return result

    def _batches(self, lengths: Sequence[int]) -> Iterator[list[int]]:
        """The windows of these lengths, shortest first, in batches of about ``batch_tokens`` words
        (each window with the gap after it), so that a batch pads little; by their indices."""
        batch: list[int] = []
        size = 0
        for k in sorted(range(len(lengths)), key=lengths.__getitem__):
            if batch and size + lengths[k] > self.batch_tokens:
                yield batch
                batch, size = [], 0
            batch.append(k)
            size += lengths[k] + 1
        if batch:
            yield batch

    def _hidden(self, windows: list[Sequence[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The network's last hidden layer for the tokens of the windows laid end to end; the word
        embeddings of the distinct words of the batch, and which of them each token is."""
        lengths = np.fromiter(map(len, windows), np.int64, len(windows))
        count = int(lengths.sum())
        total = count + len(windows) + 1
        ids, shapes, inverse = self._encode([word for words in windows for word in words])
        rows = np.arange(count) + np.repeat(np.arange(1, len(windows) + 1), lengths)
        gaps = np.cumsum(np.concatenate([[0], lengths + 1]))
        space = _WORKSPACE
        vectors = np.take(self._flat_codes, self._indexes[ids] + self._subspaces, axis=0).reshape(len(ids), -1)
        x = None
        for number, (kernel, bias, scale, shift) in enumerate(self._layers):
            half = kernel.shape[0] // 2
            width = kernel.shape[2]
            out = space.array(f"out{number % 2}", total, width)  # the layer before's is x
            out[:] = bias
            if number == 0:
                # The first layer is linear in each token's embedding, so each tap is computed once
                # per distinct word of the batch, then gathered (the last row, zero, for the gaps):
                # releases repeat their words.
                tap = space.array("tap", len(ids) + 1, width)
                tap[-1] = 0
                shaped = space.array("shape", len(ids), width)
                at = np.full(total, len(ids))
                at[rows] = inverse
            for j in range(kernel.shape[0]):
                lag = j - half  # position t reads the input at t + lag; beyond the ends it is zero
                into, source = slice(max(0, -lag), total - max(0, lag)), slice(max(0, lag), total - max(0, -lag))
                term = space.array("term", into.stop - into.start, width)
                if number == 0:
                    np.matmul(vectors, self._first_words[j], out=tap[:-1])
                    tap[:-1] += np.take(self._first_shapes[j], shapes, axis=0, out=shaped)
                    out[into] += np.take(tap, at[source], axis=0, out=term)
                else:
                    out[into] += np.matmul(x[source], kernel[j], out=term)
            x = np.maximum(out, 0, out=out)
            x *= scale
            x += shift
            x[gaps] = 0
        return np.take(x, rows, axis=0), vectors, inverse


class Tagger(Network):
    """natasha's news NER network, whose linear layer feeds a CRF, and the post-head network that
    reads its last hidden layer."""

    def __init__(self, batch_tokens: int = 4096, post_heads: Optional[str] = POST_HEADS):
        model, shapes, tags = load_model("slovnet_ner_news_v1.tar", NERModel)
        super().__init__(model, shapes, tags, batch_tokens)
        self._outside = self.tags.index("O")
        self._transitions = model.head.crf.transitions.array
        self._post_heads = post_heads is not None
        if post_heads is not None:
            heads = np.load(post_heads)
            hidden = self._proj[0].shape[0]
            # the post-head network's first layer, split into the part reading the hidden layer
            # and the part reading the word embedding (computed once per distinct word)
            self._heads_hidden, self._heads_words = heads["w1"][:hidden], heads["w1"][hidden:]
            self._heads_bias, self._heads_out = heads["b1"], heads["w2"][:, 0]
            self._heads_out_bias = float(heads["b2"][0])
            self._heads_logit = float(np.log(heads["threshold"] / (1 - heads["threshold"])))

    def __call__(self, sentences: Sequence[Sequence[str]]) -> list[Tagged]:
        """Tag each sentence, given as its token texts: its entities and its post heads."""
        return self.decode(self.score(sentences))

    def score(self, sentences: Sequence[Sequence[str]]) -> Scored:
        """The network's scores for each sentence, not yet decoded: numpy's work, most of it with the
        interpreter lock released, so that another thread may do this while this one decodes."""
        windows = []  # (sentence index, offset of the window, tokens)
        for i, words in enumerate(sentences):
            for offset in range(0, len(words), MAX_TOKENS):
                windows.append((i, offset, words[offset:offset + MAX_TOKENS]))
        batches = []
        for batch in self._batches([len(w) for _, _, w in windows]):
            emissions, marks = self._emissions([windows[k][2] for k in batch])
            batches.append((batch, emissions, marks))
        return Scored(len(sentences), windows, batches)

    def decode(self, scored: Scored) -> list[Tagged]:
        """Each sentence's entities (the CRF's best tag sequence) and post heads, from its scores."""
        result: list[list[Tag]] = [[] for _ in range(scored.sentences)]
        heads: list[list[int]] = [[] for _ in range(scored.sentences)]
        for batch, emissions, marks in scored.batches:
            chunk = [scored.windows[k] for k in batch]
            lengths = [len(w) for _, _, w in chunk]
            paths = _viterbi(emissions, np.array(lengths), self._transitions)
            for (i, offset, _), path, marked in zip(chunk, paths, np.split(marks, np.cumsum(lengths)[:-1])):
                if (path != self._outside).any():
                    result[i].extend(_spans([self.tags[t] for t in path], offset))
                heads[i].extend(int(t) + offset for t in np.flatnonzero(marked))
        return [Tagged(tags, frozenset(marked)) for tags, marked in zip(result, heads)]

    def _emissions(self, windows: list[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        """The CRF's emission scores of the windows' tokens laid end to end (all windows of similar
        length), and which tokens head a post."""
        hidden, vectors, inverse = self._hidden(windows)
        weight, bias = self._proj
        if self._post_heads:
            layer = hidden @ self._heads_hidden + (vectors @ self._heads_words)[inverse] + self._heads_bias
            marks = np.maximum(layer, 0, out=layer) @ self._heads_out + self._heads_out_bias > self._heads_logit
        else:
            marks = np.zeros(len(hidden), dtype=bool)
        return hidden @ weight + bias, marks

    def features(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """What the post-head network reads of each token of each sentence (at most ``MAX_TOKENS``
        long): the NER network's last hidden layer, then the word's embedding. For training it."""
        out = []
        for words in sentences:
            hidden, vectors, inverse = self._hidden([words])
            out.append(np.hstack([hidden, vectors[inverse]]))
        return out

def _viterbi(emissions: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> list[np.ndarray]:
    """The CRF's best tag sequences: ``emissions`` are the sequences' rows laid end to end.

    Vectorised over the sequences (slovnet's decoder walks back one sequence at a time), longest
    first, so that at each step the sequences still going on are the first ones.
    """
    count, longest, tags = len(lengths), int(lengths.max()), emissions.shape[1]
    steps = np.arange(longest)
    inside = steps[None, :] < lengths[:, None]
    batch = np.zeros((count, longest, tags), dtype=emissions.dtype)
    batch[inside] = emissions
    order = np.argsort(-lengths, kind="stable")
    batch, lengths = batch[order], lengths[order]
    going = (lengths[None, :] > steps[:, None]).sum(1).tolist()  # at each step, how many go on
    score = batch[:, 0].copy()
    history = np.zeros((longest, count, tags), dtype=np.int64)
    for t in range(1, longest):
        n = going[t]
        candidates = score[:n, :, None] + transitions + batch[:n, t, None, :]
        history[t, :n] = candidates.argmax(1)
        score[:n] = candidates.max(1)
    best = score.argmax(1)
    paths = np.zeros((count, longest), dtype=np.int64)
    paths[np.arange(count), lengths - 1] = best
    for t in range(longest - 1, 0, -1):
        n = going[t]
        best[:n] = history[t, np.arange(n), best[:n]]
        paths[:n, t - 1] = best[:n]
    result: list[np.ndarray] = [paths[0]] * count
    for k, at in enumerate(order.tolist()):
        result[at] = paths[k, :lengths[k]]
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
    """A fix of the tagger's output for one sentence.

    Three guards let ``fix`` pass over sentences where a rule cannot change anything, each
    checked once per sentence rather than at every word or tag: a rule that only mends the
    tags it is given (``finds`` false) has nothing to do in a sentence without any; one that
    mends only tags of some ``types`` (or needs one of them to mend any) has nothing to do in a
    sentence with none of those; and a rule with a ``trigger`` regex runs only where the regex
    is found in the sentence's words joined by spaces, with a space before the first and after
    the last (tokens hold no spaces: " word " is a whole word wherever it stands, a pattern
    beginning with a space is searched fast), so a trigger must match every sentence the rule
    would change. Where a guard passes a sentence over, the rule must give back its tags as they
    are, in their order.
    """

    finds = False  # whether it may find names in a sentence with no tags
    types: frozenset[str] = frozenset()  # the tag types of which it needs one in the sentence (none: any)
    trigger: Optional[re.Pattern] = None

    def apply(self, words: list[str], tags: list[Tag]) -> list[Tag]:
        raise NotImplementedError


def _stems(lemmas: frozenset[str], pos: Optional[frozenset[str]] = None) -> list[str]:
    """The beginning all forms of each lemma share (of a part of speech among ``pos`` if given; lower
    case, ё as е), escaped for a regex: a trigger of a few stems is searched faster than one of
    every form."""
    return sorted({re.escape(os.path.commonprefix(sorted(lexicon.forms_of(frozenset({lemma}), pos)) or [lemma]))
                   for lemma in lemmas})


class TrimPunctuation(Rule):
    """Spans never start or end on punctuation ("Олег Валентинович [Белозёров]" keeps its words),
    but a quotation opened inside a span closes in it: "[Национальный центр «Россия»]", and an
    exclamation mark the tagger took into a name stays when the sentence goes on past it or a
    quotation around the name closes right after it: "дуэта [Wham!], было продано", "группы
    «[Экозащита!]»" (one that ends the sentence is the sentence's: "Вперёд, [Россия]!")."""

    def apply(self, words, tags):
        out = []
        for tag in tags:
            start, stop = tag.start, tag.stop
            while start < stop and not wordlike(words[start]):
                start += 1
            while stop > start and not wordlike(words[stop - 1]) and not _closes(words, start, stop) \
                    and not _exclaimed(words, start, stop):
                stop -= 1
            if stop < len(words) and start < stop and _closes(words, start, stop + 1):
                stop += 1
            if start < stop:
                out.append(_trimmed(tag, start, stop))
        return out


class SplitParenthesised(Rule):
    """A name and its alias in brackets after it are two names: "[Форума стран-экспортеров газа
    (ФСЭГ)]" is "Форума стран-экспортеров газа" and "ФСЭГ", "[Вирджинии (США)]" two places
    (a country or a town in brackets is a place whatever it follows, but an abbreviation after a
    body is the body's, though the dictionary guesses a place for it: "[Организация по запрещению
    химического оружия (ОЗХО)]"; abbreviations after a place that do not abbreviate it name the
    body before it: "Верховный суд [России (ВС)]", "Министерство внутренних дел [Республики
    Казахстан (МВД РК)]"). Brackets inside a name stay: "[Кировоградской (Кропивницкой)
    области]". ``entities`` merges a person's or an organisation's alias with its name."""

    trigger = re.compile(r"\(")

    def apply(self, words, tags):
        out = []
        for tag in tags:
            opening = next((k for k in range(tag.stop - 1, tag.start, -1) if words[k] == "("), None)
            inner = tag.stop - (words[tag.stop - 1] == ")")
            if opening is None or ")" in words[opening:inner] or not any(map(wordlike, words[opening:inner])):
                out.append(tag)
            else:
                alias = Tag(opening + 1, inner, self._kind(words, tag, opening, inner))
                out += [Tag(tag.start, opening, tag.type), alias]
        return out

    @staticmethod
    def _kind(words: list[str], tag: Tag, opening: int, inner: int) -> str:
        """A country in brackets is a place, and so is a town but for a body's abbreviation after
        the body; an abbreviation after a place that it does not abbreviate names the body before
        the place: "Верховный суд [России (ВС)]"."""
        alias = words[opening + 1:inner]
        if lexicon.whole_country(alias) or len(alias) == 1 and _geographical(alias[0]) \
                and not (tag.type == "ORG" and _abbreviation(alias[0])):
            return "LOC"
        if tag.type == "LOC" and all(w.isupper() for w in alias) and len(alias[0]) > 1:
            initials = "".join(part[0] for w in words[tag.start:opening] for part in w.split("-") if part)
            if "".join(alias).lower() != initials.lower():
                return "ORG"
        return tag.type


def _abbreviation(word: str) -> bool:
    """A word of capitals, maybe with small letters between them: "ОЗХО", "МИСиС"."""
    return word[:1].isupper() and sum(c.isupper() for c in word) >= 2


class CutAtVerb(Rule):
    """A name never runs on through a verb: "Представители [Комитета обсудили вопросы]" is the
    Committee. A lower-case word that can only be a verb, unquoted, ends a place or a body there;
    inside quotes it is the name's own ("[«Молодёжь решает»]"). One opening the sentence is
    capitalised by the sentence, not by the name after it: the name begins past it ("[Основал
    Благотворительный фонд]" is the foundation, "[Окончил философский факультет] МГУ" the faculty,
    whose name goes on into the next), and there is none when no word after it, nor the word
    after the tag, is capitalised ("[Обучался музыке] в Вене")."""

    types = frozenset({"ORG", "LOC"})

    def apply(self, words, tags):
        out = []
        for tag in tags:
            if tag.type in ("ORG", "LOC") and tag.stop - tag.start > 1 and _opening_verb(words, tag.start):
                if not any(w[:1].isupper() for w in words[tag.start + 1:tag.stop + 1]):
                    continue
                tag = Tag(tag.start + 1, tag.stop, tag.type, tag.name_stop)
            stop = tag.stop
            if tag.type in ("ORG", "LOC") and stop - tag.start > 1:
                quoted = False
                for k in range(tag.start, tag.stop):
                    quoted = quoted != (words[k] in _QUOTE_MARKS)
                    if k > tag.start and not quoted and words[k].islower() and _verb(words[k]):
                        stop = k
                        break
            out.append(Tag(tag.start, stop, tag.type, tag.name_stop) if stop != tag.stop else tag)
        return out


_OPENING_QUOTES = frozenset({"«", '"', "„", "“"})
_CLOSING_QUOTES = frozenset({"»", '"', "“", "”"})
_QUOTE_MARKS = _OPENING_QUOTES | _CLOSING_QUOTES
_VERBS = frozenset({"VERB", "INFN", "GRND"})


def _verb(word: str) -> bool:
    """A word the dictionary knows only as a verb's form (not a participle, which may name)."""
    return morph.known(word) and all(p.tag.POS in _VERBS for p in morph.parses(word))


def _opening_verb(words: list[str], k: int) -> bool:
    """Token ``k`` opens its sentence, unquoted, and is a verb's form capitalised by it; not a
    quoted name's first word («Говорит Москва»), nor an abbreviation written in capitals."""
    if k and (wordlike(words[k - 1]) or words[k - 1] in _QUOTE_MARKS):
        return False  # most tags, told at once
    word = words[k]
    return word[:1].isupper() and word[1:].islower() and opens(words, k) and _verb(word)


class SplitCountryFromName(Rule):
    """A country swallowing the name next to it: "[Китайской Народной Республики Синь Гобинем]".
    A monarch's number is the name's: "король [Иордании] [Абдалла II]". A country that is also a first
    name, before a surname and after no post, is the first name: "картина [Сальвадора Дали]", but
    "премьер [Израиля] [Нетаньяху]"."""

    def apply(self, words, tags):
        out = []
        for tag in tags:
            span = words[tag.start:tag.stop]
            found = lexicon.country_prefix(span) if len(span) > 1 else None  # one word leaves no rest
            rest = span[found[1]:] if found else []
            if rest and _title_words(rest) and lexicon.country_prefix(rest) is None \
                    and (tag.type == "PER" or _name_like(rest)) \
                    and not (tag.type == "PER" and self._first_name(words, tag, found[1])):
                out.append(Tag(tag.start, tag.start + found[1], "LOC"))
                out.append(Tag(tag.start + found[1], tag.stop, "PER"))
            else:
                out.append(tag)
        return out

    @staticmethod
    def _first_name(words: list[str], tag: Tag, taken: int) -> bool:
        return taken == 1 and tag.stop - tag.start == 2 and _is_first_name(words[tag.start]) \
            and not (tag.start and (lexicon.is_post(words[tag.start - 1]) or words[tag.start - 1].isupper()))


def _title_words(words: list[str]) -> bool:
    """Capitalised words, a monarch's number among them: "Абдалла II" of "[Иордании Абдалла II]"."""
    return all(_is_title(w) or k and names.is_regnal(w, words[k - 1]) for k, w in enumerate(words) if wordlike(w))


class SplitSpeakerLabel(Rule):
    """Paragraphs run together put a speaker label after a name: "[Кириллом В.Путин]:". Only a label,
    which a colon ends: an initial between two names is otherwise a middle name's ("Дэвид О. Расселл",
    "George F. Kennan")."""

    trigger = re.compile(":")

    def apply(self, words, tags):
        out = []
        for tag in tags:
            labelled = tag.type == "PER" and tag.stop < len(words) and words[tag.stop] == ":"
            cut = next((k for k in range(tag.start + 1, tag.stop - 2)
                        if labelled and _is_full(words[k - 1]) and _is_initial(words[k], words[k + 1])
                        and _is_full(words[k + 2])), None)
            if cut is None:
                out.append(tag)
            else:
                out += [Tag(tag.start, cut, "PER"), Tag(cut, tag.stop, "PER")]
        return out


class DatelinePlaces(Rule):
    """A release's dateline says where it was written: the names after its date and time ("12 марта
    2025 года 14:00 [Ново-Огарёво]", "… 10:10 [Москва], [Кремль]") or before its date ("[Ново-Огарёво],
    12 марта.") are places, though the tagger takes a town's name alone for a person's; not a
    person's name with a given name in it, a caption's ("Иван Петров, 12 марта.")."""

    trigger = re.compile(r" \d{1,2} : \d\d [А-ЯЁ]| , \d{1,2} [а-яё]+ (?:\d{4} (?:года|г) )?(?:\. )?$")

    def apply(self, words, tags):
        span = _dateline_names(words)
        if span is None:
            return tags
        start, stop = span
        covered = {k for t in tags if start <= t.start and t.stop <= stop for k in range(t.start, t.stop)}
        if not covered or any(k not in covered and words[k] not in (",", ".") for k in range(start, stop)):
            return tags
        if any(t.type == "PER" and any(map(_is_first_name, words[t.start:t.stop])) for t in tags
               if start <= t.start and t.stop <= stop):
            return tags  # a person's name and a date: a caption ("Иван Петров, 12 марта.")
        return [Tag(t.start, t.stop, "LOC") if start <= t.start and t.stop <= stop and t.type != "LOC" else t
                for t in tags]


def _dateline_names(words: list[str]) -> Optional[tuple[int, int]]:
    """Where the names of a dateline stand, [start, stop): after a date and a time opening the
    sentence, or before a comma and a date closing it; None in any other sentence."""
    date = _day_of_month(words, 0)
    if date is not None and date + 3 <= len(words) and words[date].isdigit() and words[date + 1] == ":" \
            and words[date + 2].isdigit():
        return date + 3, len(words)
    end = len(words) - (words[-1] == ".")
    comma = next((k for k in range(max(0, end - 6), end) if words[k] == "," and words[k + 1:k + 2] != [","]
                  and _day_of_month(words, k + 1) == end), None)
    return (0, comma) if comma else None


def _day_of_month(words: list[str], k: int) -> Optional[int]:
    """Past a day of a month at token ``k`` ("12 марта", "12 марта 2025 года"); None when there is none."""
    if k + 1 >= len(words) or not words[k].isdigit() or len(words[k]) > 2 or words[k + 1].lower() not in _MONTHS:
        return None
    k += 2
    if k + 1 < len(words) and len(words[k]) == 4 and words[k].isdigit() and words[k + 1].lower() in ("года", "г"):
        k += 2
    return k


_MONTHS = frozenset(lexicon.date_words()["month"])


class SplitAfterRegnalNumber(Rule):
    """A monarch's number with a full stop ends the sentence, which razdel took for an initial's:
    "сын [Бодуэна I. Альберт] женат" is "Бодуэна I" and "Альберт". What follows stays a name only
    when its first word is likeliest one: "[Харальд V. Абелевская] премия" is "Харальд V" alone."""

    trigger = re.compile(r"[IVX] \. \S")  # a Roman number, a full stop and a word after it

    def apply(self, words, tags):
        out = []
        for tag in tags:
            cut = next((k for k in range(tag.start + 1, tag.stop - 2) if tag.type == "PER" and words[k + 1] == "."
                        and names.is_regnal(words[k], words[k - 1]) and _is_title(words[k + 2])), None)
            if cut is None:
                out.append(tag)
            else:
                out.append(Tag(tag.start, cut + 1, "PER"))
                if _NAME_GRAMMEMES & morph.parses(words[cut + 2])[0].tag.grammemes:
                    out.append(Tag(cut + 2, tag.stop, "PER"))
        return out


class RegnalNames(Rule):
    """A given name with a monarch's or a pope's number after it names a person, where the tagger
    found none: "Указ [Петра I]", "Кодекс [Наполеона I]", "[Хуана Карлоса I]" (given names the
    dictionary knows, capitalised, and nothing else tagged there: not "Эпизод IV"); not in quotes,
    which name a thing: ракета «Арес I»."""

    finds = True
    trigger = re.compile(r"[а-яё] [IVX]+ ")

    def apply(self, words, tags):
        tagged = {k for tag in tags for k in range(tag.start, tag.stop)}
        found = []
        for k in range(1, len(words)):
            if k in tagged or k - 1 in tagged or not names.is_regnal(words[k], words[k - 1]):
                continue
            start = k
            while start > max(0, k - 2) and start - 1 not in tagged and _given_name(words[start - 1]):
                start -= 1
            if start < k and not (start and words[start - 1] in _OPENING_QUOTES):
                found.append(Tag(start, k + 1, "PER"))
        return sorted(tags + found) if found else tags


def _given_name(word: str) -> bool:
    """A capitalised word the dictionary knows as a given name (or files as a surname: "Карлоса")."""
    return word[:1].isupper() and morph.known(word) and any("Name" in p.tag or "Surn" in p.tag
                                                            for p in morph.parses(word))


DASHES = {"-", "–", "—", "−"}


class SplitPlacesOnDash(Rule):
    """Two places joined by a dash are two places: "Салехарда–Лабытнанги"."""

    trigger = re.compile(rf" [{re.escape(''.join(sorted(DASHES)))}] ")  # a dash, a token of its own

    def apply(self, words, tags):
        out = []
        for tag in tags:
            start = tag.start
            if tag.type == "LOC":
                for k in range(tag.start, tag.stop):
                    if words[k] in DASHES:
                        if k > start:
                            out.append(Tag(start, k, "LOC"))
                        start = k + 1
            if start < tag.stop:
                out.append(Tag(start, tag.stop, tag.type))
        return out


_SEPARATORS = frozenset("•·;|")


class SplitAtSeparators(Rule):
    """A name never runs across a mark that separates the items of a list: a bullet, a middle dot,
    a semicolon or a bar ("[Мальта • Монако • Намибия]" are three places, "[Чили; Перу]" two).
    Each part is a name of the span's type."""

    # a separator, a token of its own
    trigger = re.compile(rf" [{re.escape(''.join(sorted(_SEPARATORS)))}] ")

    def apply(self, words, tags):
        out = []
        for tag in tags:
            start = tag.start
            for k in range(tag.start, tag.stop):
                if words[k] in _SEPARATORS:
                    if k > start:
                        out.append(Tag(start, k, tag.type))
                    start = k + 1
            if start == tag.start:
                out.append(tag)
            elif start < tag.stop:
                out.append(Tag(start, tag.stop, tag.type))
        return out


class TrimPosts(Rule):
    """Posts and forms of address are not part of the name beside them: "[Председатель
    Правительства]" is the Government, "[Уважаемый Эмомали Шарипович]", "[Г-н Петров]" and
    "[Его Высочество Шейх Мухаммед]" are persons. A style alone is nobody's name: "[Первосвятитель]
    прибыл", "[Её Величество]"; nor is what a post governs through a preposition ("[Уполномоченный
    по правам человека]"), nor a minister's domain ("[Министром транспорта] Республики Узбекистан")."""

    def apply(self, words, tags):
        out = []
        for tag in tags:
            start, stop = tag.start, tag.stop
            while start < stop and (lexicon.is_office(words[start]) or tag.type == "PER" and (
                    _address(words[start]) or words[start].lower().rstrip(".") in _HONORIFICS
                    or _styled(words, start, stop))):
                start += 1
            # a minister's domain is no name either: "[Министром транспорта Республики Узбекистан]"
            # leaves the place the ministry serves, which the post stage takes out of the title
            kind = tag.type
            if start > tag.start and words[start][:1].islower() and morph.lemma(words[start - 1].lower()) in _MINISTERS:
                while start < stop and words[start][:1].islower():
                    start += 1
                kind = "LOC"
            # a genitive post completes a name ("Администрации Президента"), as does one after
            # "при" ("Совета при Президенте"); another case ends it
            # (the word at ``start`` is no office, or the loop above would have passed it)
            while stop > start + 1 and lexicon.is_office(words[stop - 1]) and not _genitive(words[stop - 1]) \
                    and words[stop - 2].lower() != "при":
                stop -= 1
            # what a post governs through a preposition is no name: "[Уполномоченным по правам человека]"
            if start < stop and not (start > tag.start and words[start].lower() in _PREPOSITIONS):
                out.append(_trimmed(tag, start, stop) if kind == tag.type else Tag(start, stop, kind))
        return out


_MINISTERS = lexicon.words("minister")


def _trimmed(tag: Tag, start: int, stop: int) -> Tag:
    """The tag over tokens ``[start, stop)``, of its type and with no ``name_stop``: the tag itself
    when that is what it is, which saves making one."""
    if start == tag.start and stop == tag.stop and tag.name_stop is None:
        return tag
    return Tag(start, stop, tag.type)


class TrimDescriptions(Rule):
    """A word describing a person is no part of the name after it, though the sentence's start or a
    title's habit capitalises it: a post or profession ("[Космонавта Волкова]"), a rank, degree,
    kin or relation (words.tsv, describing: "[Кронпринц Нарухито]", "[Сэр Алекс Фергюсон]",
    "[Доктор Сергеев]", "[Вдова Солженицына]", "[Преемником фон Беттихера]", before a surname's
    particle), an age ("[68-летний Э.Уитакер]"), an infinitive ("[Отрешить Соловьева
    Александра Васильевича]") or an adverb ("[Вдобавок С.Антуфьев]"). Not a word that is a name
    too ("Лев", "Роза"), nor a surname before a given name and patronymic, nor the first syllable
    of a Korean name ("Пан Ги Мун"), nor a title with its adjective ("Папа Римский"), nor a surname's
    particle capitalised within a sentence, where only a name's word is ("На счету [Де Ниро]", "вышла
    [Ле Пен]"; opening one, "Да" may be a reply)."""

    types = frozenset({"PER"})

    def apply(self, words, tags):
        out = []
        for tag in tags:
            start = tag.start
            if tag.type == "PER" and tag.stop - start >= 2 and not words[start][:1].islower() \
                    and _name_starts(words, start + 1, tag.stop) and _description(words[start]) \
                    and not (_capitalised_within(words[start]) and not opens(words, start)) \
                    and not (start + 2 < tag.stop and _given_and_patronymic(words[start + 1], words[start + 2])) \
                    and not _syllabic(words[start:tag.stop]) and not _title_adjective(words, start + 1, tag.stop):
                start += 1
            out.append(Tag(start, tag.stop, tag.type) if start != tag.start else tag)
        return out


_DESCRIBING = lexicon.words("describing")
_SURNAME_PARTICLES = lexicon.words("surname_particle")


def _capitalised_within(word: str) -> bool:
    """A surname's particle or a preposition, conjunction or particle, which a capital within a
    sentence makes a name's word ("[Де Ниро]", Vietnamese "[Во Тхи Ань Суан]"), as only the sentence's
    start capitalises them else (an infinitive or adverb may open a numbered line: "1. Отрешить")."""
    return word.lower() in _SURNAME_PARTICLES or morph.known(word) and all(
        p.tag.POS in _SYLLABLE_WORDS for p in morph.parses(word))


_SYLLABLE_WORDS = frozenset({"PREP", "CONJ", "PRCL", "INTJ"})  # short words a foreign name's syllable may be


class OpeningPreposition(Rule):
    """A preposition opening a sentence, capitalised by it, is no part of the name the tagger took
    it in with when the name's last word is in a case the preposition governs and in no nominative:
    "[О Тигране Саргсяне] рассказали" is "О [Тигране Саргсяне]"; a Korean surname of the same letter
    stays ("О Се Хун заявил": «Хун» reads in no case), and so does an initial ("[К.Фухимори]")."""

    types = frozenset({"PER"})
    trigger = re.compile(r"^(?: [^\w\s]+)* (?:" + "|".join(sorted(
        word.capitalize() for word, preposition in lexicon.prepositions().items() if preposition.cases)) + ") ")

    def apply(self, words, tags):
        out = []
        for tag in tags:
            governed = tag.type == "PER" and tag.stop - tag.start >= 2 and opens(words, tag.start) \
                and words[tag.start + 1][:1].isupper() and _governed_by(words[tag.start], words[tag.stop - 1])
            out.append(Tag(tag.start + 1, tag.stop, "PER") if governed else tag)
        return out


def _governed_by(preposition: str, last: str) -> bool:
    """Whether ``last`` reads in a case ``preposition`` governs and in no nominative."""
    found = lexicon.prepositions().get(preposition.lower())
    if found is None or not found.cases:
        return False
    cases = {morph.SECOND_CASES.get(p.tag.case, p.tag.case) for p in morph.parses(last) if p.tag.POS == "NOUN"}
    return "nomn" not in cases and not cases.isdisjoint(found.cases)


def _name_starts(words: list[str], k: int, stop: int) -> bool:
    """A name starts at word ``k``: a capitalised word, or a surname's particle before one ("фон
    Беттихера")."""
    return words[k][:1].isupper() or words[k] in _SURNAME_PARTICLES and k + 1 < stop and words[k + 1][:1].isupper()


@lru_cache(maxsize=morph.CACHE)
def _description(word: str) -> bool:
    """A word that describes a person rather than names one, none of its readings a name's or a
    place's: a post or profession (the harvested lexicon's too: "[Актрисе Севиль Шахин]"), a rank,
    kin or relation, an adjective of age ("68-летний", "Шестидесятилетняя"), an infinitive, an
    adverb."""
    parses = morph.parses(word)
    if any(_PLACE_OR_NAME & p.tag.grammemes for p in parses):
        return False
    if all(p.tag.POS == "ADJF" and p.normal_form.endswith("летний") for p in parses):
        return True
    if morph.known(word) and all(p.tag.POS in _FUNCTION_WORDS for p in parses):
        return True
    nouns = [p for p in parses if p.tag.POS == "NOUN" and "anim" in p.tag.grammemes]
    return bool(nouns) and (lexicon.is_post(word) or lexicon.is_harvested_post(word)
                            or any(p.normal_form in _DESCRIBING for p in nouns))


def _title_adjective(words: list[str], start: int, stop: int) -> bool:
    """One adjective after a title, which it completes rather than names anyone ("Папа Римский",
    "Принц Кембриджский")."""
    return stop - start == 1 and morph.PLACE_ADJECTIVE.search(words[start].lower()) is not None


def _syllabic(words: list[str]) -> bool:
    """Three words or more of one syllable each: a Korean or Chinese name, whose syllables may be
    Russian words too ("Пан Ги Мун")."""
    return len(words) >= 3 and all(sum(c in _VOWELS for c in w.lower()) == 1 for w in words)


_VOWELS = frozenset("аеёиоуыэюяaeiouy")
# Parts of speech no name shares; not a verb's forms, which foreign given names may look like
# ("Робел", "Серена").
_FUNCTION_WORDS = frozenset({"ADVB", "PRCL", "CONJ", "INTJ", "PREP", "INFN"})


class DropCommonWords(Rule):
    """Common words tagged as names: a post ("[Президента]"), a lone adverb, participle or
    particle ("[Справочно].", "И.Гехт: [Да]."), or a lone verb or adverb taken for a place, not
    after a preposition of place ("[Родилась] Любовь Полежай"), an adjective agreeing with a title before it
    ("Патриархом [Московским]"), an abbreviation of a common noun ("представители [СМИ]"), a
    rank, kin or relation alone ("напомнил [Папа]": see TrimDescriptions), a body described by an
    adjective and a generic noun alone (words.tsv generic_body) before a verb or a stop, no name
    ("[Мусульманская организация] предлагает награду"). Other common nouns stay: surnames are often common nouns
    too ("Кузнец", "[Адвокат]" of "Дик Адвокат")."""

    def apply(self, words, tags):
        return [t for t in tags if not _common_words(words, t)]


class DropOpeningCommonWord(Rule):
    """A common noun for a person alone at a sentence's start is capitalised by the sentence, not
    by a name: "[Рокер] живёт за городом", "[Испанец] выиграл", "[Японка] стала второй". The word,
    or each part of a hyphenated one ("[Писатель-сатирик]"), is one the dictionary knows only as
    an animate noun, with no reading of a name or a place; an inanimate one may be a nickname or
    a surname ("Моторола", "Шнуров", "Рено"). Not within a sentence, where only a name is
    capitalised ("Сменивший Хиддинка [Адвокат]": see DropCommonWords), nor before another
    capitalised word, which may be the rest of the name."""

    types = frozenset({"PER"})

    def apply(self, words, tags):
        return [t for t in tags if not (t.type == "PER" and t.stop - t.start == 1 and opens(words, t.start)
                                        and not (t.stop < len(words) and words[t.stop][:1].isupper())
                                        and _common_person_noun(words[t.start]))]


class TrimOpeningCommonNoun(Rule):
    """A common noun opening a sentence is capitalised by the sentence, not by the name after it:
    "[Полёт Хейворта] продлится десять суток", "[Карьера Бельмондо]", "[Пресс-агент Дженкинса]". The
    word, each part of a hyphenated one, is one the dictionary knows only as a common noun, with
    no reading of a name or a place, and may be a nominative. Not before a given name and patronymic, nor before a given
    name alone, after which it may be a surname: "Мороз Иван Петрович", "Кузнец Андрей". Nor when the word may
    name a thing and the one name after it ends in a consonant, no genitive it could govern, so that the two are a
    given name and a surname: "Франк Веркотерен", "Си Цзиньпин" (a thing stands in no apposition to a person)."""

    types = frozenset({"PER"})

    def apply(self, words, tags):
        out = []
        for tag in tags:
            start = tag.start
            if tag.type == "PER" and tag.stop - start >= 2 and opens(words, start) \
                    and _is_title(words[start + 1]) and _common_noun(words[start]) \
                    and not (start + 2 < tag.stop and _given_and_patronymic(words[start + 1], words[start + 2])) \
                    and not (tag.stop - start == 2 and morph.known(words[start + 1])
                             and _is_first_name(words[start + 1])) \
                    and not (tag.stop - start == 2 and _NO_GENITIVE.search(words[start + 1]) and _may_be_thing(words[start])):
                start += 1
            out.append(Tag(start, tag.stop, tag.type) if start != tag.start else tag)
        return out


_NO_GENITIVE = re.compile(r"[бвгджзйклмнпрстфхцчшщ]$")  # a name's last letter no genitive ends in


def _may_be_thing(word: str) -> bool:
    """A capitalised noun the dictionary reads as inanimate, in one reading at least."""
    return any("inan" in p.tag for p in morph.parses(word))


@lru_cache(maxsize=morph.CACHE)
def _common_noun(word: str) -> bool:
    """A capitalised word the dictionary knows only as a common noun, each part of it if
    hyphenated, and as a nominative among others: the subject its sentence opens with. An
    oblique form alone may be a foreign name ("Тору", "Мару")."""
    return _only_common_noun(word, frozenset()) \
        and any(p.tag.case == "nomn" for p in morph.parses(word.split("-")[-1]))


def _common_person_noun(word: str) -> bool:
    """A capitalised word the dictionary knows only as an animate common noun, each part of it if
    hyphenated."""
    return _only_common_noun(word, frozenset({"anim"}))


def _only_common_noun(word: str, grammemes: frozenset[str]) -> bool:
    """A capitalised word every part of which (split at hyphens) the dictionary knows, and only as a
    common noun with these grammemes, no name's or place's."""
    return _is_title(word) and all(part and morph.known(part) and all(
        p.tag.POS == "NOUN" and grammemes <= p.tag.grammemes and not _PLACE_OR_NAME & p.tag.grammemes
        for p in morph.parses(part)) for part in word.split("-"))


class SplitBodyFromName(Rule):
    """A capitalised noun of a thing in the genitive opening a person's span of a given name and a
    surname names the body whose post the person holds, not the person: "депутат [Мажилиса]ORG
    [Асхат Рахимжанов]PER", "спикер [Хурала]ORG ...". The word is one the dictionary knows only as an
    inanimate common noun, with a genitive singular and no nominative reading (a subject opening a
    sentence is ``TrimOpeningCommonNoun``'s), of five letters or more, before words of three or more;
    not a short word before a Korean name's syllables, a surname spelt like a thing ("певца Пака Чэ
    Сана": "пак" is ice), nor before a given name and patronymic, after which it may be a surname in a
    decree ("назначить Мороза Ивана Петровича")."""

    types = frozenset({"PER"})

    def apply(self, words, tags):
        out = []
        for tag in tags:
            start = tag.start
            if tag.type == "PER" and tag.stop - start >= 3 and len(words[start]) >= 5 \
                    and all(_is_title(w) and len(w) >= 3 for w in words[start + 1:start + 3]) \
                    and _body_genitive(words[start]) \
                    and not _given_and_patronymic(words[start + 1], words[start + 2]):
                out.extend((Tag(start, start + 1, "ORG"), Tag(start + 1, tag.stop, "PER")))
            else:
                out.append(tag)
        return out


@lru_cache(maxsize=morph.CACHE)
def _body_genitive(word: str) -> bool:
    """A capitalised word the dictionary knows only as an inanimate common noun, in the genitive
    singular among its readings and never in the nominative."""
    parses = morph.parses(word)
    return _only_common_noun(word, frozenset({"inan"})) and "-" not in word \
        and any(p.tag.case == "gent" and p.tag.number == "sing" for p in parses) \
        and not any(p.tag.case == "nomn" for p in parses)


class NamedWorks(Rule):
    """A quoted name right after a lower-case noun of a work, a programme, an award or a vessel
    (words.tsv work) names that thing, no body or place, though the tagger takes it for one:
    "сериала «Доктор Кто»", "премии «Эмми»", "эсминцем «Опытный»", "фильм «Москва»"; so does one
    after such a noun opening its sentence, capitalised by it ("Шаттл «Дискавери» завершил"), and
    each quoted name listed after one so named, past a bracket ("шаттлы «Индевор» (в апреле) и
    «[Атлантис]»", "в фильмах «Хорошая девочка», «[Разрыв]»"). A noun of a body before the
    quotation names a body ("компании «Роснефть»")."""

    types = frozenset({"ORG", "LOC"})

    def apply(self, words, tags):
        return [t for t in tags if not (t.type in ("ORG", "LOC") and _work_title(words, t.start))]


_WORKS = lexicon.words("work")


def _work_title(words: list[str], k: int) -> bool:
    """Token ``k`` opens a quotation after a noun of a work, in lower case or opening its sentence,
    or listed after such a quotation; a name in apposition, whose first word is a nominative or
    no noun at all («Сегодня», «60 минут»), not a genitive, which names whose the thing is
    ("самолёт «Аэрофлота»", "программа «Единой России»")."""
    if k >= len(words):
        return False
    first = words[k]
    for _ in range(_LISTED_TITLES):
        if k < 2 or words[k - 1] not in _OPENING_QUOTES:
            break
        if _work_noun(words, k - 2):
            cases = {p.tag.case for p in morph.parses(first)}
            return "nomn" in cases or not cases - {None}
        k = _listed_quotation(words, k - 2)
    return False


# the most quoted names a list of works is read back through, for each of them: far more than a list
# of films or ships holds, and a bound, so that a sentence of thousands of quotations stays linear
_LISTED_TITLES = 32


_LISTING = frozenset({",", "и", "или"})


def _listed_quotation(words: list[str], k: int) -> int:
    """Where the quotation listed before token ``k``, a comma or a conjunction, begins: the token
    after its opening quote, past a bracket after it; 0 when there is none."""
    if words[k] not in _LISTING:
        return 0
    j = k - 1
    if j > 0 and words[j] == ")":
        j = next((i for i in range(j - 1, max(0, j - _BRACKETED_WORDS), -1) if words[i] == "("), 0) - 1
    if j < 1 or words[j] not in _CLOSING_QUOTES:
        return 0
    return next((i + 1 for i in range(j - 1, max(0, j - _QUOTED_WORDS), -1) if words[i] in _OPENING_QUOTES), 0)


_BRACKETED_WORDS = 12  # a remark in brackets between two listed names: "(в конце апреля 2011 г.)"


def _work_noun(words: list[str], k: int) -> bool:
    """Token ``k`` is a noun of a work (words.tsv work), in lower case or, opening its sentence,
    capitalised by it."""
    word = words[k]
    if not (word.islower() or k == 0 and word[:1].isupper() and word[1:].islower()):
        return False
    return any(p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") in _WORKS for p in morph.parses(word.lower()))


class TheInternet(Rule):
    """The Internet called by a common noun (words.tsv network), capitalised as a body's name would
    be, is a medium, no body: "анонимность в [Сети]", "во [Всемирной паутине]". Its own name,
    "Интернет", stays as the tagger has it."""

    types = frozenset({"ORG"})

    def apply(self, words, tags):
        return [t for t in tags if not (t.type == "ORG" and _network(words[t.start:t.stop]))]


_NETWORK = lexicon.words("network")


def _network(span: list[str]) -> bool:
    return all(morph.lemma(w) in _NETWORK for w in span if wordlike(w))


class PublishedIn(Rule):
    """A platform's name after "в", "на" or "через" that follow a verb of saying (words.tsv speech) or
    a page or account (words.tsv online), maybe past "свой", is the medium words appeared in, no
    body acting, though the tagger takes it for its company: "сообщила в [Instagram]", "на своей
    странице в [Facebook]", "написал в своём [Твиттере]". A platform's name is written in Latin
    letters, or in Cyrillic in the locative after "написать" or a page; after other verbs such a
    name is the body where it was said ("заявили в [Госдепартаменте]"), as is an abbreviation
    ("сообщили в [СБУ]"). The company acts elsewhere: "[Facebook] объявил", "акции [Facebook]"."""

    types = frozenset({"ORG"})

    def apply(self, words, tags):
        return [t for t in tags if not (t.type == "ORG" and t.stop - t.start <= _PLATFORM_WORDS
                                        and _published_in(words, t))]


_PLATFORM_WORDS = 2  # a platform's name is short: "Twitter", "Живой журнал"
_PUBLISHED_IN = frozenset({"в", "во", "на", "через"})
_LATIN_LETTERS = re.compile(r"[A-Za-z]")
_OWN = lexicon.forms_of(frozenset({"свой"}))  # "в своём Твиттере"


def _published_in(words: list[str], tag: Tag) -> bool:
    """The name follows a preposition of a medium after a verb of saying or a page, maybe past "свой",
    and is written as a platform's."""
    k = tag.start - 1
    if k > 0 and words[k].replace("ё", "е") in _OWN:
        k -= 1
    if k < 1 or words[k].lower() not in _PUBLISHED_IN or not words[k - 1].islower():
        return False  # most names, told apart without the dictionary
    name = words[tag.start:tag.stop]
    if any(w.isupper() for w in name):
        return False
    lemma = morph.lemma(words[k - 1])
    if _LATIN_LETTERS.match(name[0]):
        return lemma in _SPEECH or lemma in _ONLINE
    return (lemma == "написать" or lemma in _ONLINE) and any(p.tag.case == "loct" for p in morph.parses(name[-1]))


_ONLINE = lexicon.words("online")


class KnownBodies(Rule):
    """A body the organisations lexicon knows, by its abbreviation, short form or full name, is a
    body whatever the network took it for: "[ЕС]", "[НАТО]", "[Евросоюза]", "[Европейского союза]"
    tagged as places are the European Union and the alliance."""

    types = frozenset({"PER", "LOC"})

    def apply(self, words, tags):
        return [Tag(t.start, t.stop, "ORG", t.name_stop)
                if t.type != "ORG" and lexicon.is_known_body(words[t.start:t.stop]) else t for t in tags]


class RegionAbbreviations(Rule):
    """A region's abbreviation (data/region_abbreviations.tsv) is a place whatever the network
    took it for, and a place when it tagged nothing: "Департамент по чрезвычайным ситуациям [ВКО]",
    "в [ХМАО]" are the regions, not bodies."""

    finds = True
    trigger = re.compile(r" (?:%s) " % "|".join(sorted(map(re.escape, lexicon.region_abbreviations()))))

    def apply(self, words, tags):
        found = [k for k, word in enumerate(words) if lexicon.region_abbreviation(word)]
        if not found:
            return tags
        taken = {k for t in tags for k in range(t.start, t.stop)}
        out = [Tag(t.start, t.stop, "LOC", t.name_stop) if t.start in found and t.stop == t.start + 1 else t
               for t in tags]
        out += [Tag(k, k + 1, "LOC") for k in found if k not in taken]
        return sorted(out, key=lambda t: t.start) if out != tags else tags


class ActingSeats(Rule):
    """A building whose name stands for the government seated in it (words.tsv seat) is that
    government where it acts, whatever the network took it for: the subject of a verb ("[Кремль]
    объявил", "[Белый дом] не подтвердил", "сообщил [Белый дом]" after a verb of saying), the
    agent in the instrumental ("опубликовано [Белым домом]") or the genitive after what a body
    speaks through (words.tsv voice: "пресс-служба [Кремля]", "на сайте [Кремля]"). After a
    preposition it is the place: "в [Кремле] прошли переговоры", "перед [Белым домом]"."""

    types = frozenset({"PER", "LOC"})
    # the stem every form of a seat's last word shares ("кремл", "дом"), a word of its own's start
    trigger = re.compile(r" (?:%s)" % "|".join(_stems(frozenset(seat.split()[-1] for seat in lexicon.words("seat")))),
                         re.I)

    def apply(self, words, tags):
        return [Tag(t.start, t.stop, "ORG", t.name_stop) if t.type != "ORG" and _seat(words[t.start:t.stop])
                and _acting(words, t.start, t.stop) else t for t in tags]


_SEATS = lexicon.words("seat")
_VOICES = lexicon.words("voice")
_SPEECH = lexicon.words("speech")
_BEFORE_VERB = 2  # particles ("не"), adverbs between a subject and its verb: "[Кремль] последовательно заявляет"


def _seat(span: list[str]) -> bool:
    return " ".join(morph.lemma(w) for w in span if wordlike(w)) in _SEATS


def _acting(words: list[str], start: int, stop: int) -> bool:
    cases = {p.tag.case for p in morph.parses(words[stop - 1])}
    before = words[start - 1] if start else ""
    if before and morph.parses(before)[0].tag.POS == "PREP":
        return False
    if "gent" in cases and before.islower() and morph.lemma(before) in _VOICES:
        return True
    if "ablt" in cases:
        return True
    if "nomn" not in cases:
        return False
    if before.islower() and morph.lemma(before) in _SPEECH:
        return True
    for k in range(stop, min(stop + _BEFORE_VERB + 1, len(words))):
        if words[k].islower() and any(p.tag.POS in ("ADVB", "PRCL") for p in morph.parses(words[k])):
            continue
        return words[k].islower() and morph.parses(words[k])[0].tag.POS == "VERB"
    return False


class BodiesAndCountriesAsPersons(Rule):
    """A lone word that names a country (countries.tsv), with no reading of a person's name, is the
    country whatever the network took it for: "граница с [Мозамбиком]", "время и [Свазиленду]
    вернуться", but in the plural of a country's name in the singular, which is a surname ("Ливанов
    предложил"); one the dictionary knows only as a body's name is the body ("кандидатом
    [Гоминьдана]", "артист [Ленкома]"). Not any place's name: a river or a town may be a surname
    ("Маас", "Даллас")."""

    types = frozenset({"PER"})

    def apply(self, words, tags):
        out = []
        for t in tags:
            kind = _body_or_country(words[t.start]) if t.type == "PER" and t.stop - t.start == 1 else None
            out.append(Tag(t.start, t.stop, kind, t.name_stop) if kind else t)
        return out


@lru_cache(maxsize=morph.CACHE)
def _body_or_country(word: str) -> Optional[str]:
    """LOC for a country's name, ORG for a known word every reading of which is a body's, in the
    singular; else None."""
    if not _is_title(word):
        return None
    parses = morph.parses(word)
    if any(_NAME_GRAMMEMES & p.tag.grammemes for p in parses):
        return None
    if lexicon.whole_country([word]):
        # a country's name in the plural is a surname made on it ("Ливанов"), but for a plural name ("Нидерландов")
        return None if all(p.tag.number == "plur" and "Pltm" not in p.tag for p in parses) else "LOC"
    return "ORG" if morph.known(word) and all("Orgn" in p.tag.grammemes and p.tag.number != "plur"
                                              for p in parses) else None


class CompanyNames(Rule):
    """A foreign company's name written in Cyrillic reads as a person's to the tagger, word after
    capitalised word: "[Блю Стрим Пайплайн Компани]", "[Смит Индастриз]". A name with a word
    transliterating an English company word (words.tsv, company_word: "Компани", "Корпорейшн"), or
    ending in a legal form (data/legal_forms.txt: "АГ", "ГмбХ", "LLC") written as an abbreviation, is
    a body; not a capitalised word that spells one, which may be a name ("Нао"), nor initials, which
    may spell one too ("Б.В.")."""

    types = frozenset({"PER"})

    def apply(self, words, tags):
        return [Tag(t.start, t.stop, "ORG", t.name_stop) if t.type == "PER" and _company(words, t) else t
                for t in tags]


def _company(words: list[str], tag: Tag) -> bool:
    last = words[tag.stop - 1]
    if tag.stop - tag.start > 1 and len(last) > 1 and not _is_title(last) and last.lower() in lexicon.legal_forms():
        return True
    return any(words[k].lower() in _COMPANY_WORDS for k in range(tag.start, tag.stop))


_COMPANY_WORDS = lexicon.words("company_word")


class LegalFormAndQuotedName(Rule):
    """A legal form in capitals (data/legal_forms.txt) and the quoted name after it, nested quotes
    and all, name a company the tagger missed: "[РГП «Казгидромет»]", "[ТОО «Кайып Ата»]". Only
    where the tagger tagged none of these words: a name it found keeps its own extent."""

    finds = True
    trigger = re.compile(r" [А-ЯЁA-Z]{2,5} [«\"„“]")  # a capitalised abbreviation and a quote

    def apply(self, words, tags):
        taken = {k for t in tags for k in range(t.start, t.stop)}
        found = []
        for k in range(len(words) - 2):
            if not (lexicon.is_legal_form(words[k]) and words[k + 1] in _OPENING_QUOTES):
                continue
            stop = _quoted_stop(words, k + 1)
            if stop is not None and stop - k > 3 and taken.isdisjoint(range(k, stop)):
                found.append(Tag(k, stop, "ORG"))
                taken.update(range(k, stop))
        return sorted(tags + found, key=lambda t: t.start) if found else tags


class LegalFormApart(Rule):
    """A company's mention is its quoted name, without the legal form in capitals before it
    (data/legal_forms.txt) that the tagger or LegalFormAndQuotedName took in: "ОАО «[Газпром]»",
    "АО «[НК «Горный дом»]»", as factRuEval's, NEREL's and BSNLP's annotators mark such a
    company; normalise still names it with the form, the fullest form the release guideline asks
    for ("ТОО «Рулиха»"). Only a tag that is the form and the whole quotation: one going on past
    the quotes ("ОАО «Газпром» нефть") or named through another mention keeps its extent. Last
    of the rules, so that the others see the company as the tagger did: a body's unit is named
    through the form and all ("департамента развития ЗАО «Роспром»")."""

    types = frozenset({"ORG"})
    trigger = re.compile(r" [А-ЯЁA-Z]{2,5} [«\"„“]")  # a capitalised abbreviation and a quote

    def apply(self, words, tags):
        return [Tag(t.start + 2, t.stop - 1, "ORG") if t.type == "ORG" and _legal_form_quoted(words, t) else t
                for t in tags]


def _legal_form_quoted(words: list[str], tag: Tag) -> bool:
    return tag.name_stop is None and tag.stop - tag.start > 3 and _after_legal_form(words, tag.start + 2) \
        and _quoted_stop(words, tag.start + 1) == tag.stop


def _after_legal_form(words: list[str], k: int) -> bool:
    """Word ``k`` opens a quoted name after a legal form in capitals: "ОАО «[Газпром]»"."""
    return k > 1 and words[k - 1] in _OPENING_QUOTES and lexicon.is_legal_form(words[k - 2])


class OpeningKindApart(Rule):
    """A noun of a kind of body (words.tsv quoted_body_kind) opening a sentence, capitalised by the
    sentence, is no part of the quoted name after it that the tagger took it in with: "[Авиакомпания
    «Аэрофлот»] увеличит" is "Авиакомпания «[Аэрофлот]»", as "авиакомпании «[Аэрофлот]»" is inside a
    sentence, and as NEREL's and BSNLP's annotators mark it; nor is an adjective opening the sentence
    that agrees with the noun after it ("[Дочерняя компания «Победа»]", "[Оппозиционная партия «Пхыа
    Тхаи»]"). Normalise names the body with its kind where a reader says the two together (words.tsv
    body_descriptor: "госкорпорация «Ростех»"). Only a tag that is the kind and the whole quotation,
    and not one named through another mention."""

    types = frozenset({"ORG"})
    # a capitalised word opening the sentence, maybe after its own punctuation, and a quote after it
    # or after the word that follows it
    trigger = re.compile(r"^(?: [^\w\s]+)* [А-ЯЁ][а-яё-]+ (?:[а-яё-]+ )?[«\"„“] ")

    def apply(self, words, tags):
        out = []
        for tag in tags:
            kind = _opening_kind(words, tag) if tag.type == "ORG" else 0
            out.append(Tag(tag.start + kind + 1, tag.stop - 1, "ORG") if kind else tag)
        return out


def _opening_kind(words: list[str], tag: Tag) -> int:
    """How many words the kind of body opening a tag takes before the quotation that is the rest of
    it (0 when it opens none): the noun alone, or an adjective and the noun it agrees with."""
    start = tag.start
    if tag.name_stop is not None or not _is_title(words[start]) or not opens(words, start):
        return 0
    for kind in (1, 2):
        if tag.stop - start > kind + 2 and words[start + kind] in _OPENING_QUOTES \
                and _quoted_stop(words, start + kind) == tag.stop:
            break
    else:
        return 0
    noun = words[start + kind - 1].lower()
    if not _quoted_kind(noun):
        return 0
    if kind == 2 and not (words[start + 1].islower() and any(
            p.tag.POS == "ADJF" and any(morph.agrees(p.tag, n.tag) for n in morph.parses(noun) if n.tag.POS == "NOUN")
            for p in morph.parses(words[start].lower()))):
        return 0
    return kind


class QuotedNameAfterKind(Rule):
    """A lower-case noun of a kind of body (words.tsv quoted_body_kind) and a capitalised name in
    quotes right after it, which the tagger left untagged, name that body: "группы «[Були для
    бабули]»", "фирма «[Спейс адвентчерс]»", "холдинг «[Ostchem]»"; the noun may end a compound
    ("кавер-рок-группа"), or open the sentence ("Газета «[Кориера делла Сера]»"). The quotes are no
    part of the name; one the tagger tagged in part keeps its tags ("партии «Единая [Россия]»")."""

    finds = True
    # an opening quote before a capital: the noun before it is read in apply, where a trigger of its
    # stems, which a compound puts inside a word, took twice as long a pass
    trigger = re.compile(r" [«\"„“] [A-ZА-ЯЁ0-9]")

    def apply(self, words, tags):
        taken = {k for t in tags for k in range(t.start, t.stop)}
        found = []
        for k in range(len(words) - 3):
            if words[k + 1] not in _OPENING_QUOTES or not words[k + 2][:1].isupper() and not words[k + 2][:1].isdigit() \
                    or not (words[k].islower() or _is_title(words[k]) and opens(words, k)) \
                    or not _quoted_kind(words[k].lower()):
                continue
            stop = _quoted_stop(words, k + 1)
            if stop is not None and stop - k > 3 and taken.isdisjoint(range(k + 1, stop)):
                found.append(Tag(k + 2, stop - 1, "ORG"))
                taken.update(range(k + 1, stop))
        return sorted(tags + found, key=lambda t: t.start) if found else tags


_QUOTED_KINDS = lexicon.words("quoted_body_kind")


def _quoted_kind(word: str) -> bool:
    noun = word.rsplit("-", 1)[-1] if morph.lemma(word) not in _QUOTED_KINDS else word  # "кавер-рок-группа"
    return any(p.tag.POS == "NOUN" and p.normal_form in _QUOTED_KINDS for p in morph.parses(noun))


def _quoted_stop(words: list[str], at: int) -> Optional[int]:
    """Past the quotation opening at ``at``, whose quotes may nest ("«НК «KAZAKH INVEST»»"); None
    when it does not close within a name's reach."""
    depth = 0
    for k in range(at, min(len(words), at + _QUOTED_WORDS)):
        if words[k] in _OPENING_QUOTES and not (words[k] in _CLOSING_QUOTES and depth):
            depth += 1
        elif words[k] in _CLOSING_QUOTES:
            depth -= 1
            if depth == 0:
                return k + 1
    return None


_QUOTED_WORDS = 12  # a quoted company name's tokens, quotes included: "«НК «Горный дом»»"


class CompoundBodies(Rule):
    """A word made of a name and, after a hyphen, a body's noun (words.tsv compound_body) is a
    body's name, though the tagger reads the name in it as a person's: "[Тинькофф-банк]",
    "[Гоголь-центра]". A hyphenated surname has no such noun: "Римский-Корсаков"."""

    types = frozenset({"PER"})

    def apply(self, words, tags):
        return [Tag(t.start, t.stop, "ORG", t.name_stop) if t.type == "PER" and _compound_body(words[t.stop - 1])
                else t for t in tags]


_COMPOUND_BODIES = lexicon.words("compound_body")


def _compound_body(word: str) -> bool:
    name, _, noun = word.rpartition("-")
    return bool(name) and _is_title(name) and noun.islower() and morph.lemma(noun) in _COMPOUND_BODIES


class ContractedBodies(Rule):
    """A word the dictionary does not know, made of a body's contracted first word (words.tsv,
    body_prefix) and a common noun's genitive, is a body whatever the network took it for:
    "[Минторговли]" (министерство торговли), "[Минпромышленности]"; not a surname such as "Мингазов",
    whose rest is a plural ("газов"), nor one the dictionary knows ("Министры")."""

    types = frozenset({"PER", "LOC"})

    def apply(self, words, tags):
        return [Tag(t.start, t.stop, "ORG", t.name_stop) if t.type != "ORG" and t.stop - t.start == 1
                and _contracted_body(words[t.start]) else t for t in tags]


_BODY_PREFIXES = lexicon.words("body_prefix")
_CONTRACTED_REST = 4  # letters at least after the prefix: a noun, not an ending ("Минин")


@lru_cache(maxsize=morph.CACHE)
def _contracted_body(word: str) -> bool:
    low = word.lower()
    prefix = next((p for p in _BODY_PREFIXES if low.startswith(p)), None)
    if not _is_title(word) or prefix is None or len(low) - len(prefix) < _CONTRACTED_REST or morph.known(word):
        return False
    rest = low[len(prefix):]
    return morph.known(rest) and any(p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "sing"
                                     and "inan" in p.tag.grammemes for p in morph.parses(rest))


class PlaceAfterDescriptor(Rule):
    """A capitalised word after "г." is a town the tagger may have missed: "в г. [Карамай]"."""

    finds = True
    trigger = re.compile(r" г \. \S")  # "г", "." and a word after them

    def apply(self, words, tags):
        taken = {k for t in tags for k in range(t.start, t.stop)}
        # after a number "г." is "год": "31 июля 2025 г. Министр ..."
        found = [Tag(k + 2, k + 3, "LOC") for k in range(len(words) - 2)
                 if words[k] == "г" and words[k + 1] == "." and _is_title(words[k + 2]) and k + 2 not in taken
                 and not (k and words[k - 1].isdigit()) and not lexicon.is_office(words[k + 2])]
        return sorted(tags + found, key=lambda t: t.start) if found else tags


# not a street's: NEREL, which has no type for streets, marks what names one as something else ("на улице
# Лётчиков": a profession), and a name the tagger missed there would be its false place
_KINDS = lexicon.words("place_kind") | lexicon.words("site_kind")
_KIND_FORMS = lexicon.forms_of(_KINDS, frozenset({"NOUN"}))
_KIND_STEMS = _stems(_KINDS, frozenset({"NOUN"}))


class PlaceAfterKind(Rule):
    """Capitalised words after a kind of natural place or site (words.tsv place_kind, site_kind) in
    the singular are its name, which the tagger may have missed: "от станции [Выходной]", "мыс
    [Доброй Надежды]"; a quoted one in the nominative it took for a body's is the site's too ("из
    терминала «[Лавна]ORG»"), and so is a bare one ("аэропорт [Пулково]ORG"). The normalise stage keeps the kind in the name. Not in a quoted
    title ("фильм «Человек с острова Пасхи»"), nor before a name the tagger found, which the
    name goes on into ("у станции Площадь [Революции]")."""

    finds = True
    trigger = re.compile(r" (?:" + "|".join(_KIND_STEMS) + r")\w* (?:[«\"„“] )?[А-ЯЁ]")

    def apply(self, words, tags):
        taken = {k for t in tags for k in range(t.start, t.stop)}
        found, bodies = [], set()
        quoted = 0  # how many angle quotes the words before k leave open
        for k in range(1, len(words) - 1):
            quoted += (words[k - 1] == "«") - (words[k - 1] == "»")
            if not _a_kind(words[k - 1]) or quoted > 0:
                continue
            if words[k] in _OPENING_QUOTES:
                close = next((j for j in range(k + 2, min(k + 9, len(words))) if words[j] in _CLOSING_QUOTES), None)
                if close is None or not _is_title(words[k + 1]):
                    continue
                inside = [t for t in tags if t.start < close and k < t.stop]
                # in the nominative, the site's own name; in the genitive, whose site it is ("станция «Водоканала»")
                if [(t.start, t.stop, t.type) for t in inside] == [(k + 1, close, "ORG")] and not inside[0].name_stop \
                        and any(p.tag.case == "nomn" for p in morph.parses(words[k + 1].lower())):
                    bodies.add(inside[0])
                continue
            named = next((t for t in tags if t.start == k), None)
            # a bare name in the nominative it took for a body's is the site's ("аэропорт [Пулково]ORG"),
            # not a body's in the genitive ("порт [Роснефти]")
            if named is not None and named.type == "ORG" and not named.name_stop and _is_title(words[k]) \
                    and any(p.tag.case == "nomn" for p in morph.parses(words[k])):
                bodies.add(named)
                continue
            if k in taken or not _is_title(words[k]) or lexicon.is_office(words[k]):
                continue
            stop = k + 1
            while stop < len(words) and stop not in taken and _is_title(words[stop]):
                stop += 1
            if stop not in taken:
                found.append(Tag(k, stop, "LOC"))
                taken.update(range(k, stop))
        if not found and not bodies:
            return tags
        return sorted([Tag(t.start, t.stop, "LOC") if t in bodies else t for t in tags] + found, key=lambda t: t.start)


def _a_kind(word: str) -> bool:
    """A lower-case singular noun of a kind of natural place or site: "станции", "озеро"."""
    return word.islower() and word.replace("ё", "е") in _KIND_FORMS and \
        any(p.tag.number == "sing" and p.normal_form in _KINDS for p in morph.parses(word))


class SitesArePlaces(Rule):
    """A building, a hall or a site the tagger took for a body is a place, as the guideline lists
    named sites, buildings and venues among the locations: "в [Большом Кремлёвском дворце]",
    "посетил [Исаакиевский собор]", "в [Зеркальном зале] Акорды". The noun the name's adjectives
    lead to (words.tsv building_name; the last part of a hyphenated one, "Конгресс-холл") says so.
    Not the subject of a verb, which speaks for the body seated in it ("[Букингемский дворец] заявил"),
    nor one a common noun completes, an institution housed in it ("[Дворец молодёжи]", "[Зал славы]"),
    nor a company's quoted name after its legal form ("ЗАО «[Медиа-Мост]»")."""

    types = frozenset({"ORG"})

    def apply(self, words, tags):
        return [t._replace(type="LOC") if t.type == "ORG" and _a_site(words, t) else t for t in tags]


def _a_site(words: list[str], tag: Tag) -> bool:
    k = tag.start
    if _after_legal_form(words, k):
        return False
    # any adjective reading will do: the dictionary reads some first as surnames ("Успенский собор")
    while k < tag.stop - 1 and any(p.tag.POS == "ADJF" for p in morph.parses(words[k])):
        k += 1
    head = words[k].rsplit("-", 1)[-1].lower().replace("ё", "е")
    parses = morph.parses(head)
    if head not in _BUILDING_FORMS or not any(p.normal_form.replace("ё", "е") in _BUILDINGS for p in parses):
        return False
    if k + 1 < tag.stop and words[k + 1].isalpha() and words[k + 1].islower():
        return False  # what the house is for names an institution: "[Дворец молодёжи]", "[Зал славы]"
    # the subject of a verb: "[Букингемский дворец] заявил", not "в [Конгресс-холле] открылся"
    return not (parses[0].tag.case == "nomn" and tag.stop < len(words)
                and morph.parses(words[tag.stop].lower())[0].tag.POS == "VERB")


_BUILDINGS = lexicon.words("building_name")
_BUILDING_FORMS = lexicon.forms_of(_BUILDINGS)


class NamesWithPatronymic(Rule):
    """A given name and a patronymic the dictionary knows, in one case, with a capitalised word
    before them or after them, name a person the tagger missed or took in part: "назначен
    [Ракитин Константин Павлович]", "[Анна Сергеевна Петрова]" (a decree's or a list's order, or
    the usual one), or whose surname or given name it took for a body or a place ("Указом
    Президента [Ахметов]ORG Серик Нурланулы", "графини [Прасковьи]LOC Дмитриевны Шереметевой"). A word
    before them that the tagger took for a person alone is the surname, whatever the dictionary
    makes of it ("[Ли] Ольге Викторовне": a Korean surname it reads as a particle), or a given name
    in their case, as no one has two given names and a patronymic ("Кима Виктора Николаевича": Ким
    is a Korean surname too)."""

    finds = True
    # two capitalised words, the second with the letters each form of a patronymic the dictionary
    # knows has ("Ивановича", "Ильиничне", "Борисыч", "Саввишной", the plural "Петровен") or a
    # Kazakh patronymic's ending; searched from a word's start and never back into a word (a
    # token of a text without spaces may be as long as the text)
    trigger = re.compile(r" [^\W\d_a-zа-яё]\S*+ [^\W\d_a-zа-яё]\S*?(?i:[иы]ч|[вчш]н|[вчш]ен|[уұ]лы|[кқ]ызы)")

    def apply(self, words, tags):
        capitalised = [k for k, word in enumerate(words) if word[:1].isupper()]
        pairs = [k for k, after in zip(capitalised, capitalised[1:]) if after == k + 1]
        for k in pairs:  # two capitalised words, a small share of all pairs, told apart without the dictionary
            if not _given_and_patronymic(words[k], words[k + 1]):
                continue
            if k > 0 and (_surname_like(words[k - 1]) or Tag(k - 1, k, "PER") in tags
                          or _given_name_in_case_of(words[k - 1], words[k])):
                start, stop = k - 1, k + 2
            elif k + 2 < len(words) and _surname_like(words[k + 2]):
                start, stop = k, k + 3
            else:
                continue
            inside = [t for t in tags if t.start < stop and t.stop > start]
            surname = start if start < k else stop - 1
            # a word of the name alone may be tagged a body or a place: the surname ("[Ахметов]ORG
            # Серик Нурланулы") or the given name ("графини [Прасковьи]LOC Дмитриевны Шереметевой")
            if all((t.type == "PER" or (t.start, t.stop) in ((surname, surname + 1), (k, k + 1)))
                   and start <= t.start and t.stop <= stop for t in inside) and inside != [Tag(start, stop, "PER")]:
                tags = sorted([t for t in tags if t not in inside] + [Tag(start, stop, "PER")], key=lambda t: t.start)
        return tags


class JoinGivenNameAndSurname(Rule):
    """A given name the tagger made a person of its own, right before the person it tagged next,
    whose first word is no given name and may be the name's surname in its case, is that person's
    first name: "ухода [Радия] [Хабирова]", "дочь [Фёдора] [Емельяненко]", "жены [Матильды]
    [Уррутии]" (a word the dictionary does not know may be in any case). Not two given names
    ("отца [Анны] [Сергея Петрова]"), nor a given name in another case ("Кристины Ольга Петровна")."""

    types = frozenset({"PER"})

    def apply(self, words, tags):
        out: list[Tag] = []
        for tag in tags:
            before = out[-1] if out else None
            if before is not None and tag.type == before.type == "PER" and tag.start == before.stop \
                    and before.stop - before.start == 1 and _surname_of(words[before.start], words[tag.start]):
                out[-1] = Tag(before.start, tag.stop, "PER")
            else:
                out.append(tag)
        return out


class JoinPlaceAndWomansSurname(Rule):
    """A one-word place the tagger made of a word that is only a nominative ("Ливия", "Грузия"),
    right before a one-word person whose word is a woman's surname in the nominative, is her first
    name, as a first name agrees with its surname: "[Ливия] [Клаусова] посетила". A man's genitive
    looks alike ("Клаусова" of "Клаусов"), but a place's nominative governs no genitive of a person."""

    types = frozenset({"PER"})

    def apply(self, words, tags):
        return _place_joined_to_person(tags, lambda place, person: _only_nominative(words[place])
                                       and _womans_surname(words[person]))


def _place_joined_to_person(tags: list[Tag], joins: Callable[[int, int], bool]) -> list[Tag]:
    """The tags with each one-word place right before a one-word person made one person with it,
    where ``joins`` (the two words' indices) says the place's word is the person's given name."""
    out: list[Tag] = []
    for tag in tags:
        before = out[-1] if out else None
        if before is not None and before.type == "LOC" and tag.type == "PER" and tag.start == before.stop \
                and before.stop - before.start == 1 and tag.stop - tag.start == 1 and joins(before.start, tag.start):
            out[-1] = Tag(before.start, tag.stop, "PER")
        else:
            out.append(tag)
    return out


class JoinHyphenatedGivenName(Rule):
    """A one-word place the tagger made of two capitalised parts joined by a hyphen, right before a
    one-word person, is the person's double given name when its last part reads as a given name in
    an oblique case the person's word reads in too: "с [Касым-Жомартом]LOC [Токаевым]PER". A place
    before a person's name governs it, or is governed: the two are in no oblique case together
    ("мэра Нью-Йорка Блумберга")."""

    types = frozenset({"PER"})
    trigger = re.compile(r"-[А-ЯЁ]")

    def apply(self, words, tags):
        return _place_joined_to_person(tags, lambda place, person: _double_given_name_of(words[place], words[person]))


class SplitTwoPersons(Rule):
    """Two persons named one after the other with no mark between them (a photo's caption, a
    clause whose subject follows a genitive name) are two names, since a Russian name has one given
    name and its parts share a case: the tag splits before a given name the dictionary knows that
    follows a whole name, a given name and a surname ("[Эво Моралес Эдвард Сноуден]") or a given
    name, a patronymic and a surname ("[Сергей Анатольевич Лебедев Путин] назначил"), or that is a
    nominative after a name in an oblique case only ("Мать [Кристины Ольга Алексеевна] сообщила").
    Not a given name after another ("Хосе Мария Аснар"), nor a particle of an Arabic or European
    name or a word after one ("Мухаммед Бин Салман Аль Сауд", "Эссам Абд Эль Фатах"), nor the
    syllables of a Korean or Chinese name."""

    types = frozenset({"PER"})

    def apply(self, words, tags):
        out = []
        for tag in tags:
            cut = None
            # two names take three words at least ("Кристины Ольга Алексеевна")
            if tag.type == "PER" and tag.stop - tag.start >= 3 and not _syllabic(words[tag.start:tag.stop]):
                cut = next((k for k in range(tag.start + 1, tag.stop) if _second_person_at(words, tag.start, k, tag.stop)),
                           None)
            if cut is None:
                out.append(tag)
            else:
                out += [Tag(tag.start, cut, "PER"), Tag(cut, tag.stop, "PER")]
        return out if len(out) != len(tags) else tags


def _second_person_at(words: list[str], start: int, k: int, stop: int) -> bool:
    """Whether word ``k`` of a person's tag ``[start, stop)`` starts another person's name."""
    word, before = words[k], words[k - 1]
    if not (_is_full(word) and _is_full(before)) or _particle(word) or _particle(before):
        return False
    if k == start + 1 == stop - 2 and start and _is_full(words[k + 1]) and _whose_noun(words[start - 1]) \
            and _oblique_surname(before) and _may_be_nominative(word) and _may_be_nominative(words[k + 1]):
        # a post or kin noun's genitive surname, then its holder's given name and surname: "Тренер
        # [Липницкой] [Этери Тутберидзе]", "адвокат [Навального] [Вадим Кобзев]"; the given name may be
        # a foreign one the dictionary does not know
        return True
    if k - start >= 3 and names.is_patronymic(words[k - 2]) and _is_full(words[k - 3]) \
            and not names.is_patronymic(word):
        return True  # a given name, a patronymic and a surname are a whole name
    if k + 1 == stop or not _is_full(words[k + 1]) or not (morph.known(word) and _is_first_name(word)) \
            or names.is_patronymic(word):
        return False
    after = words[k + 1]
    if k - start >= 2 and _is_full(words[k - 2]) and not names.is_patronymic(before) \
            and not names.is_patronymic(after) and (not morph.known(before) or _OV_SURNAME.search(before) and any(
                "Surn" in p.tag.grammemes for p in morph.parses(before)) and not _is_first_name(before)):
        # a given name and a surname before it: one the dictionary does not know, or a Russian one
        # it knows; not one it lists as a surname that is a given name too ("Хуан Карлос Мартинес
        # Лопес": two given names and two surnames)
        return True
    # a nominative given name with its patronymic or surname after a name in an oblique case: a
    # woman's surname may not decline ("Людмилы Касьян"), nor a foreign one, and may be a given name
    return morph.known(before) and _oblique_only(before) and all(
        p.tag.case == "nomn" for p in morph.parses(word) if {"Name", "sing"} <= p.tag.grammemes) \
        and (names.is_patronymic(after) or morph.known(after) and any(
            {"Surn", "sing", "nomn"} <= p.tag.grammemes for p in morph.parses(after)))


def _whose_noun(word: str) -> bool:
    """A post or a kin term (data/words.tsv kin), whose holder a genitive name after it is not."""
    return lexicon.is_post(word) or morph.lemma(word.lower()) in _KIN


def _oblique_surname(word: str) -> bool:
    """A surname (or a word the dictionary guesses as a surname's adjective, "Липницкой") none of
    whose readings is a nominative or a given name: the oblique case of one person's surname."""
    parses = morph.parses(word)
    surname = [p for p in parses if "Surn" in p.tag.grammemes or not morph.known(word) and p.tag.POS == "ADJF"]
    return bool(surname) and not any(p.tag.case == "nomn" or {"Name", "Patr", "Geox", "Orgn"} & p.tag.grammemes
                                     for p in parses)


def _may_be_nominative(word: str) -> bool:
    """A word a nominative name may be: one the dictionary does not know, or a name's nominative it
    gives ("Этери", "Кобзев")."""
    return not morph.known(word) or any(p.tag.case == "nomn" and _NAME_GRAMMEMES & p.tag.grammemes
                                        for p in morph.parses(word))


_KIN = lexicon.words("kin")


def _oblique_only(word: str) -> bool:
    """A name's word in the singular, no reading of which is a singular nominative ("Кристины",
    "Ксении"), though it may be a plural one, which no one person's name is; not a surname read only
    as a given name's plural ("Исмаилов": "of Ismails")."""
    parses = morph.parses(word)
    return any(_NAME_GRAMMEMES & p.tag.grammemes and p.tag.number == "sing" for p in parses) and not any(
        p.tag.case == "nomn" and p.tag.number != "plur" for p in parses)


def _particle(word: str) -> bool:
    low = word.lower()
    return low in _NAME_PARTICLES or low in _SURNAME_PARTICLES


_NAME_PARTICLES = lexicon.words("name_particle")


_HIERARCH_STEMS = _stems(lexicon.words("hierarch"), frozenset({"NOUN"}))


class HierarchsSee(Rule):
    """A hierarch is named by his see's adjectives and his monastic name after his title: "Патриарх
    Болгарский [Максим]", "митрополит Русенский [Неофит]", "митрополита Ленинградского и Новгородского
    [Никодима]", "архиепископ Иваново-Вознесенский и Вичугский [Иосиф]", "Патриарх Московский и всея
    Руси [Кирилл]"; a pope by his papal name and number: "Папа Римский [Бенедикт XVI]". The see is no
    place and no part of the name, though the tagger takes it for either ("[Вичугский Иосиф]LOC",
    "[Русенский Неофит]PER"); the monastic name is a person's, though the dictionary may know it as a
    common noun ("Неофит")."""

    finds = True
    # a title's stem, capitalised or not, and a capitalised word after it: any of the stems' first
    # letters then the rest of one of them, searched faster than each stem in two cases
    trigger = re.compile(r" [%s](?:%s)\w* [А-ЯЁ]" % ("".join(sorted({c for stem in _HIERARCH_STEMS for c in (stem[0], stem[0].upper())})),
                                                   "|".join(stem[1:] for stem in _HIERARCH_STEMS)))

    def apply(self, words, tags):
        out = tags
        for k, word in enumerate(words[:-2]):
            if not words[k + 1][:1].isupper() or not names.is_hierarch(word):
                continue
            name = names.see_stop(words, k + 1)
            if name == k + 1 or name == len(words) or not _is_full(words[name]) \
                    or any(p.tag.POS == "ADJF" or "Geox" in p.tag.grammemes for p in morph.parses(words[name])):
                continue
            stop = name + 2 if name + 1 < len(words) and names.is_regnal(words[name + 1], words[name]) else name + 1
            person = Tag(name, stop, "PER")
            if person not in out:
                out = sorted([t for t in out if t.stop <= k + 1 or t.start > name] + [person], key=lambda t: t.start)
        return out


def _double_given_name_of(word: str, surname: str) -> bool:
    first, hyphen, last = word.partition("-")
    if not (hyphen and _is_full(first) and _is_full(last) and _is_full(surname)):
        return False
    cases = {p.tag.case for p in morph.parses(last) if "Name" in p.tag and "sing" in p.tag} - {"nomn"}
    return not cases.isdisjoint(p.tag.case for p in morph.parses(surname))


# A woman's surname as written in the nominative: "Клаусова", "Ковальская".
_WOMANS_SURNAME = re.compile(r"(?<=\w\w)(?:ова|ева|ёва|ина|ына|ская|цкая)$")


def _womans_surname(word: str) -> bool:
    return _is_full(word) and bool(_WOMANS_SURNAME.search(word))


def _only_nominative(word: str) -> bool:
    """A capitalised word every reading of which is a singular nominative."""
    return _is_full(word) and all(p.tag.case == "nomn" and p.tag.number == "sing" for p in morph.parses(word))


def _surname_of(given: str, word: str) -> bool:
    """Whether ``word`` may be the surname after the given name ``given``: ``given`` a given name
    the dictionary knows, ``word`` capitalised and, if the dictionary knows it, no given name and in
    a case of it."""
    if not (_is_full(given) and _is_full(word) and morph.known(given)):
        return False
    cases = {p.tag.case for p in morph.parses(given) if "Name" in p.tag and "sing" in p.tag}
    if not cases:
        return False
    if not morph.known(word):  # the dictionary's guess at its case, or at a given name, is a guess
        return True
    return not _is_first_name(word) and not cases.isdisjoint(p.tag.case for p in morph.parses(word))


def _given_and_patronymic(given: str, patronymic: str) -> bool:
    """Whether two words are a given name and a patronymic the dictionary knows, in a case they
    share, or a capitalised word and a Kazakh patronymic, which does not decline ("Серик Нурланулы")."""
    if not (_is_full(given) and _is_full(patronymic)):
        return False
    if names.is_kazakh_patronymic(patronymic):
        return True
    if not (morph.known(given) and morph.known(patronymic)):
        return False
    cases = {p.tag.case for p in morph.parses(given) if "Name" in p.tag}
    return not cases.isdisjoint(p.tag.case for p in morph.parses(patronymic) if "Patr" in p.tag)


def _given_name_in_case_of(word: str, given: str) -> bool:
    """Whether a capitalised word is a given name the dictionary knows in a case of the given name
    after it (a singular one of the same gender)."""
    if not (_is_full(word) and morph.known(word)):
        return False
    readings = {(p.tag.case, p.tag.gender) for p in morph.parses(word) if "Name" in p.tag and "sing" in p.tag}
    return bool(readings) and not readings.isdisjoint(
        (p.tag.case, p.tag.gender) for p in morph.parses(given) if "Name" in p.tag and "sing" in p.tag)


def _surname_like(word: str) -> bool:
    """A capitalised word that may be a surname: one the dictionary knows as a surname, or does not
    know at all; not a given name or patronymic, nor a common word ("Уважаемый", "Похороны"). A
    given name's plural is no given name: "Петров", "Ахметов" read as "of Peters", "of Ahmets";
    nor is a surname of the -ов/-ев kind the dictionary lists as a given name too ("Юлдашева")."""
    if not _is_full(word):
        return False
    parses = morph.parses(word)
    if any("Patr" in p.tag for p in parses):
        return False
    if any("Surn" in p.tag for p in parses) and _OV_SURNAME.search(word):
        return True
    return not any("Name" in p.tag and "sing" in p.tag for p in parses) \
        and (not morph.known(word) or any("Surn" in p.tag for p in parses))


# A surname of the -ов/-ев kind in any case: "Юлдашева", "Петровым", "Ахметову".
_OV_SURNAME = re.compile(r"(?<=\w\w)(?:ов|ев|ёв)(?:а|у|ым|ой|е)?$")


class NumberedUnits(Rule):
    """A singular ordinal in figures, the adjectives agreeing with it and a unit's noun
    (data/military_units.txt) name a military unit, which the tagger misses or takes in part:
    "командовал [62-й армией]", "[51-го парашютно-десантного полка]", "[1-го Украинского фронта]"
    (tagged "Украинского фронта"). A plural ordinal counts units and names none: "3-х батальонов"."""

    finds = True
    trigger = re.compile(r"-(?<=\d-)")  # an ordinal in figures: "62-й"

    def apply(self, words, tags):
        for k, word in enumerate(words):
            found = lexicon.ordinal(word)
            stop = found and _unit_stop(words, k + 1, found[1])
            if not stop:
                continue
            inside = [t for t in tags if t.start < stop and t.stop > k]
            # a name reaching before the ordinal, or a place or person going on past the unit's
            # noun, is another reading of these words: the tagger's stays
            if any(t.start < k or t.stop > stop and t.type != "ORG" for t in inside):
                continue
            unit = Tag(k, max([stop] + [t.stop for t in inside]), "ORG")
            if inside != [unit]:
                tags = sorted([t for t in tags if t not in inside] + [unit], key=lambda t: t.start)
        return tags


_UNIT_MODIFIERS = 4  # adjectives between an ordinal and its unit: "2-я гвардейская танковая дивизия"


def _unit_stop(words: list[str], at: int, readings: frozenset[tuple[str, str]]) -> Optional[int]:
    """Where a unit's noun ends when words from ``at`` are adjectives and then that noun, all
    agreeing with an ordinal's (gender, case) ``readings``; None when they are not."""
    for k in range(at, min(len(words), at + _UNIT_MODIFIERS + 1)):
        parses = [p for p in morph.parses(words[k]) if p.tag.number == "sing"]
        if any(p.tag.POS == "NOUN" and lexicon.is_unit(p.normal_form)
               and (p.tag.gender, morph.SECOND_CASES.get(p.tag.case, p.tag.case)) in readings for p in parses):
            return k + 1
        readings = readings & {(p.tag.gender, p.tag.case) for p in parses if p.tag.POS in ("ADJF", "PRTF")}
        if not readings:
            return None
    return None


class LatinNameAfterDescriptor(Rule):
    """Latin-script words after a noun saying what kind of body follows (words.tsv name_descriptor)
    or after an office of one, quoted or not, name that body, which the tagger, trained on Cyrillic
    news, misses: "компания Volkswagen", "газеты «The Washington Post»", "журнала ''Rolling
    Stone''", "главы ''Samsung''", and opening a sentence "Группа ''Linkin Park''". The descriptor
    is no part of the name, and a single letter names nothing ("в группе H")."""

    finds = True
    trigger = re.compile("[A-ZÀ-Þ]")  # a Latin name's capital

    def apply(self, words, tags):
        taken = {k for t in tags for k in range(t.start, t.stop)}
        found = []
        for k, word in enumerate(words[:-1]):
            if k in taken or not (word[:1].islower() or _is_title(word) and opens(words, k)):
                continue  # most words, told apart without the dictionary
            start = k + 1
            while start < len(words) and words[start] in _QUOTES:
                start += 1
            if start >= len(words) or not _LATIN_NAME.match(words[start]) or start in taken:
                continue
            if not _describes(word.lower()):
                continue
            stop = start + 1
            while stop < len(words) and stop not in taken and (_LATIN_WORD.match(words[stop]) or words[stop] == "&"):
                stop += 1
            found.append(Tag(start, stop, "ORG"))
        return sorted(tags + found, key=lambda t: t.start) if found else tags


_NAME_DESCRIPTORS = lexicon.words("name_descriptor")


def _describes(word: str) -> bool:
    """A word (in lower case) that is a noun saying what kind of body follows ("компании"), or the
    office of one whose body it is ("главы", "основателя"), first read as a noun: a preposition
    like "после" is no ambassador's office."""
    parses = morph.parses(word)
    return any(p.tag.POS == "NOUN" and p.normal_form in _NAME_DESCRIPTORS for p in parses) \
        or parses[0].tag.POS == "NOUN" and lexicon.is_office(word)


_QUOTES = _OPENING_QUOTES | {"'"}  # "''Rolling Stone''"
# Latin letters with the accented ones of western European names ("Süddeutsche Zeitung")
_LATIN_NAME = re.compile(r"[A-ZÀ-Þ][A-Za-zÀ-ÿ0-9]+(?:[-.][A-Za-zÀ-ÿ0-9]+)*$")  # one letter is no name: "в группе H"
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9]*(?:[-.][A-Za-zÀ-ÿ0-9]+)*$")


class OriginalInBrackets(Rule):
    """Latin-script words filling the brackets right after an organisation's name, past its
    closing quotes, spell that name in its own language, and so name a body, which the tagger,
    trained on Cyrillic news, misses: "«Сент-Луис Блюз» ([Saint Louis Blues])", "«Хьюстон
    Кроникл» ([Houston Chronicle])". A Latin word among others in the brackets is no such
    spelling: "(в пер. с англ. Sharks)"."""

    trigger = re.compile(r"\( [A-ZÀ-Þ]")  # an opening bracket and a Latin capital

    def apply(self, words, tags):
        taken = {k for t in tags for k in range(t.start, t.stop)}
        found = []
        for tag in tags:
            if tag.type != "ORG":
                continue
            k = tag.stop
            while k < len(words) and words[k] in _CLOSING_QUOTES:
                k += 1
            if k + 2 >= len(words) or words[k] != "(" or not _LATIN_NAME.match(words[k + 1]) or k + 1 in taken:
                continue
            stop = k + 2
            while stop < len(words) and stop not in taken \
                    and (_LATIN_WORD.match(words[stop]) or words[stop] in _JOINING):
                stop += 1
            if stop < len(words) and words[stop] == ")":
                found.append(Tag(k + 1, stop, "ORG"))
        return sorted(tags + found, key=lambda t: t.start) if found else tags


_JOINING = frozenset({"&", "'"})  # "Dolce & Gabbana", "St Mary ' s Hospital" (the tokens of "Mary's")


class PersonAfterDescriptor(Rule):
    """A name the tagger took for a person's, right after a noun saying what kind of body follows
    (words.tsv name_descriptor), quoted or not, names that body when none of its words is one the
    dictionary knows as a given name, patronymic or surname: "компании [Норд Стрим]", "компании
    «[Блю Стрим Пайплайн Компани Б.В.]»", and so the names listed after it ("компании Норд Стрим
    и [Норд Стрим-2]"). A person's name there is whose the body is ("команды
    [Владимира Путина]")."""

    types = frozenset({"PER"})

    def apply(self, words, tags):
        taken = {k for t in tags for k in range(t.start, t.stop)}
        out: list[Tag] = []
        for tag in sorted(tags, key=lambda t: t.start):
            named = tag.type == "PER" and not any(_personal(w) for w in words[tag.start:tag.stop]) and (
                _after_descriptor(words, tag.start, taken) or _listed_after(out, words, tag.start))
            out.append(Tag(tag.start, tag.stop, "ORG", tag.name_stop) if named else tag)
        return out


def _after_descriptor(words: list[str], k: int, taken: set[int]) -> bool:
    """Token ``k`` follows a lower-case singular noun of a kind of body, maybe past an opening
    quote; not one ending another name, whose head the person after it is ("президент Нобелевского
    фонда Карл-Хенрик Хелдин"), nor a plural ("по сведениям изданий Кинчев находится")."""
    while k > 0 and words[k - 1] in _QUOTES:
        k -= 1
    return k > 0 and k - 1 not in taken and words[k - 1].islower() and any(
        p.tag.POS == "NOUN" and p.tag.number == "sing" and p.normal_form in _NAME_DESCRIPTORS
        for p in morph.parses(words[k - 1]))


def _listed_after(out: list[Tag], words: list[str], k: int) -> bool:
    """Token ``k`` follows "и" after a body named so: "компании [Норд Стрим] и [Норд Стрим-2]". Not
    a comma, after which a clause may go on ("в газете The Sun, [Фрай] написал")."""
    last = out[-1] if out else None
    return last is not None and last.type == "ORG" and last.stop == k - 1 and words[k - 1] == "и" \
        and _after_descriptor(words, last.start, set())


def _personal(word: str) -> bool:
    """A word the dictionary knows as a person's name."""
    return morph.known(word) and any(_PERSONAL & p.tag.grammemes for p in morph.parses(word))


_PERSONAL = frozenset({"Name", "Surn", "Patr"})


class JoinCountryParts(Rule):
    """A country's official name cut in two: "[Республики Союз] [Мьянма]", "[Тринидад] и
    [Тобаго]" (the second part may be untagged: "[Боснии] и Герцеговины")."""

    types = frozenset({"LOC"})

    def apply(self, words, tags):
        out = []
        for tag in sorted(tags, key=lambda t: t.start):
            last = out[-1] if out else None
            joined = last and last.type == tag.type == "LOC" and tag.start - last.stop in (0, 1) \
                and (last.stop == tag.start or words[last.stop] == "и") \
                and lexicon.whole_country(words[last.start:tag.stop])
            if joined:
                out[-1] = Tag(last.start, tag.stop, "LOC")
            else:
                out.append(tag)
        taken = {t.start for t in out}
        return [self._completed(words, t) if t.type == "LOC" and t.stop + 1 not in taken else t for t in out]

    @staticmethod
    def _completed(words: list[str], tag: Tag) -> Tag:
        stop = tag.stop + 2
        if stop <= len(words) and words[tag.stop] == "и" and words[tag.stop + 1][:1].isupper():
            if lexicon.whole_country(words[tag.start:stop]):
                return Tag(tag.start, stop, "LOC")
        return tag


class CapitalisedBody(Rule):
    """A capitalised body's noun inside a sentence (words.tsv body_noun, remit_body), untagged,
    with the lower-case genitives or the remit after "по" that complete it, names a body the tagger
    missed: "в [Комиссию по ценным бумагам]", "член [Союза кинематографистов]". Capitals at the
    start of a sentence or a quotation say nothing, and a noun alone may be any such body."""

    finds = True
    # a capitalised word beginning as all forms of one of the nouns do
    trigger = re.compile(" (?:%s)" % "|".join(
        f"{stem[0].upper()}(?i:{stem[1:].replace('е', '[её]')})"
        for stem in _stems(lexicon.words("body_noun") | lexicon.words("remit_body"))))

    def apply(self, words, tags):
        taken = {k for t in tags for k in range(t.start, t.stop)}
        found = []
        capitalised = [k for k, word in enumerate(words[1:-1], 1) if word[:1].isupper()]  # a small share of words
        for k in capitalised:
            word = words[k]
            if k in taken or not _is_title(word) or not wordlike(words[k - 1]) or k + 1 in taken:
                continue
            lemma = morph.lemma(word)
            if lemma not in _BODY_NOUNS and lemma not in _REMIT_BODIES:
                continue
            if words[k + 1] == "по" and lemma in _REMIT_BODIES:
                stop = _remit_stop(words, k + 2, taken)
            else:
                stop = _genitive_stop(words, k + 1, taken)
            if stop is not None:
                found.append(Tag(k, stop, "ORG"))
                taken.update(range(k, stop))
        return sorted(tags + found, key=lambda t: t.start) if found else tags


class AdjectiveLedBody(Rule):
    """A capitalised adjective inside a sentence, the lower-case adjectives agreeing with it and a
    lower-case body's noun agreeing with them all (words.tsv body_noun), untagged, name a body the
    tagger missed, with the lower-case genitives that complete it: "специалисты [Казахского
    научно-исследовательского института лесного хозяйства]". The noun needs a complement or a
    lower-case adjective before it: "Российский союз" alone may be a name the tagger left out on
    purpose. Capitals at the start of a sentence or a quotation say nothing."""

    finds = True
    # a lower-case word beginning as all forms of one of the nouns do: a few stems
    trigger = re.compile(r" (?:%s)\w* " % "|".join(_stems(lexicon.words("body_noun"), frozenset({"NOUN"}))))

    def apply(self, words, tags):
        taken = {k for t in tags for k in range(t.start, t.stop)}
        found = []
        capitalised = [k for k, word in enumerate(words[1:-2], 1) if word[:1].isupper()]  # a small share of words
        for k in capitalised:
            if k in taken or not _is_title(words[k]) or not wordlike(words[k - 1]) or k + 1 in taken \
                    or not words[k + 1].islower():
                continue
            heads = [p.tag for p in morph.parses(words[k]) if p.tag.POS == "ADJF"]
            noun = k + 1
            while heads and noun < len(words) - 1 and noun not in taken and words[noun].islower():
                agreeing = [p.tag for p in morph.parses(words[noun]) if p.tag.POS == "ADJF"
                            and any(morph.agrees(p.tag, h) for h in heads)]
                if not agreeing:
                    break
                heads, noun = agreeing, noun + 1
            if not heads or noun in taken or not words[noun].islower():
                continue
            if not any(p.tag.POS == "NOUN" and p.normal_form in _BODY_NOUNS and any(morph.agrees(h, p.tag) for h in heads)
                       for p in morph.parses(words[noun])):
                continue
            stop = _genitive_stop(words, noun + 1, taken)
            if stop is None and noun == k + 1:
                continue
            found.append(Tag(k, stop or noun + 1, "ORG"))
            taken.update(range(k, stop or noun + 1))
        return sorted(tags + found, key=lambda t: t.start) if found else tags


_STATE_BODIES = lexicon.words("state_body")
_SEATED_BODIES = lexicon.words("seated_body")
_NAMED_BODIES = _STATE_BODIES | _SEATED_BODIES
_FORMS_OF_BODY = {noun: lexicon.forms_of(frozenset({noun}), frozenset({"NOUN"})) for noun in _NAMED_BODIES}
_STATE_BODY_FORMS = frozenset().union(*_FORMS_OF_BODY.values())  # none has an ё


class StateBodyPhrase(Rule):
    """A lower-case noun of a state body that takes its domain as complement (words.tsv
    state_body) names a body the tagger, trained on capitalised names, misses, with the lower-case
    genitives of that domain ("министерства юстиции", "департамента информации и печати") or the
    remit after "по" ("комитета по безопасности"), and so does a court (words.tsv seated_body) with
    the place it sits in ("окружной суд [Амстердама]", "суд округа [Свеа]") or the noun alone of a
    region named before ("акимат области"); as does such a noun
    capitalised by the sentence it opens. Relational adjectives before it are the name's ("думской
    комиссии по этике"), the first of them capitalised too, as a name's first word is ("Национальное
    управление по аэронавтике", "Международное агентство по атомной энергии" opening a sentence;
    not a country's adjective that the sentence capitalises, which says whose the body is:
    "Южнокорейский суд центрального округа Сеула"), and a name after it completes it
    (JoinOrgAndComplement: "министерства обороны [США]"). Alone it is any such body ("в профильном комитете"), a plural is several ("в
    министерствах экономики и финансов"), a post or people after it are whose it is ("администрации
    президента", "комитет акционеров"), and capitalised inside a sentence it is CapitalisedBody's."""

    finds = True
    # a word beginning as all forms of one of the nouns do, in any case of letters: a few stems,
    # where an alternation of their seventy-odd forms took a tenth of the fix rules' time
    trigger = re.compile(r" (?:%s)\w* " % "|".join(_stems(frozenset(_FORMS_OF_BODY), frozenset({"NOUN"}))), re.I)

    def apply(self, words, tags):
        taken = {k for t in tags for k in range(t.start, t.stop)}
        places = {t.start: t for t in tags if t.type == "LOC"}
        found = []
        for k, word in enumerate(words[:-1]):
            # a look-up in the nouns' forms answers most words without the dictionary
            if k in taken or word.lower() not in _STATE_BODY_FORMS \
                    or not (word.islower() or _is_title(word) and opens(words, k)):
                continue
            nouns = [p for p in morph.parses(word) if p.tag.POS == "NOUN" and p.tag.number == "sing"
                     and p.normal_form in _NAMED_BODIES]
            if not nouns:
                continue
            if words[k + 1] == "по" and nouns[0].normal_form in _REMIT_BODIES:
                stop = _remit_stop(words, k + 2, taken)
                stop = stop and _going_on(words, stop, taken)
            elif nouns[0].normal_form in _SEATED_BODIES:
                stop = _genitive_stop(words, k + 1, taken) or k + 1
                seat = places.get(stop)
                # or by the noun alone of a region named before: "акимат области", "суд района"
                regional = stop == k + 2 and lexicon.is_place_descriptor(words[k + 1])
                stop = stop if seat is not None and _completing(words, stop) or regional else None
            else:
                stop = _genitive_stop(words, k + 1, taken)
            if stop is None or _of_people(words, k + 1, stop):
                continue
            start = k
            while start > 0 and start - 1 not in taken and _relational(words[start - 1], nouns[0].tag):
                start -= 1
            if start > 0 and start - 1 not in taken and _is_title(words[start - 1]) \
                    and _relational(words[start - 1].lower(), nouns[0].tag) \
                    and not (opens(words, start - 1) and lexicon.country_adjective(words[start - 1])):
                start -= 1  # the name's first word, capitalised: "Международное агентство по атомной энергии"
            found.append(Tag(start, stop, "ORG"))
            taken.update(range(start, stop))
        return sorted(tags + found, key=lambda t: t.start) if found else tags


def _going_on(words: list[str], stop: int, taken: set[int]) -> Optional[int]:
    """Where a remit ending at ``stop`` ends when it goes on through a preposition and its lower-case
    object ("по борьбе с терроризмом", "по надзору за следствием", "против пыток"), with the
    genitives completing that, listed with commas too ("с незаконным оборотом наркотиков", "за
    оборотом алкоголя, табака и оружия"); None when it goes on in a way not followed, so that where
    it ends is unknown."""
    if stop >= len(words) or words[stop] not in _REMIT_GOES_ON:
        return stop
    end = _genitive_stop(words, stop + 1, taken, _REMIT_GOES_ON[words[stop]])
    if end is None:
        return None
    end = _genitive_stop(words, end, taken) or end  # "с незаконным оборотом [наркотиков]"
    listed = _listed(words, end, taken, "gent")
    return end if listed is None else listed


_REMIT_GOES_ON = {"с": "ablt", "со": "ablt", "за": "ablt", "над": "ablt", "против": "gent"}


def _relational(word: str, noun: morph.Tag) -> bool:
    """A lower-case relational adjective saying whose or what kind a body is, agreeing with its
    noun: "думской" of "думской комиссии", "городского управления"; not a quality, a pronoun, a
    number or a time ("нового", "этого", "первого", "бывшего": words.tsv former)."""
    return word.islower() and any(p.tag.POS == "ADJF" and not _NOT_RELATIONAL & p.tag.grammemes
                                  and p.normal_form not in _FORMER and morph.agrees(p.tag, noun)
                                  for p in morph.parses(word))


_NOT_RELATIONAL = frozenset({"Qual", "Apro", "Anum"})
_FORMER = lexicon.words("former")


def _of_people(words: list[str], start: int, stop: int) -> bool:
    """The first noun of words ``[start, stop)`` is a post or people, whose body it is rather than
    its domain: "администрации президента", "комитета акционеров"."""
    for word in words[start:stop]:
        parse = morph.parses(word)[0]
        if parse.tag.POS == "NOUN":
            return lexicon.is_post(word) or "anim" in parse.tag.grammemes
    return False


class NumberedBodies(Rule):
    """An institution known by its number: a lower-case noun of one (words.tsv numbered_body) with
    its relational adjectives, "№" and a number name a body the tagger misses ("закончил [среднюю
    школу № 1]", "в [исправительной колонии № 5]"), and a body's name with such a noun goes on
    through them ("[Детской спортивной школы олимпийского резерва] № 6"); a place's name after it
    completes it (JoinOrgAndComplement: "школы № 1 [Махачкалы]"), and so does a compound whose first
    part is such a noun ("[школу-лицей № 7]"). After other bodies the number is another thing's:
    "резолюции [Совета Безопасности ООН] № 1747"."""

    finds = True
    trigger = re.compile(r"№ \d")  # the number sign and a number after it

    def apply(self, words, tags):
        ends = {t.stop: t for t in tags if t.type == "ORG"}
        taken = {k for t in tags for k in range(t.start, t.stop)}
        out = list(tags)
        for k in range(1, len(words) - 1):
            if words[k] != "№" or not words[k + 1].isdigit() or k in taken or k + 1 in taken:
                continue
            body = ends.get(k)
            if body is not None:
                if any(_numbered_body(morph.lemma(w)) for w in words[body.start:k]):
                    out[out.index(body)] = Tag(body.start, k + 2, "ORG")
                continue
            nouns = [p for p in morph.parses(words[k - 1]) if p.tag.POS == "NOUN" and _numbered_body(p.normal_form)]
            if not nouns or not words[k - 1].islower() or k - 1 in taken:
                continue
            start = k - 1
            while start > 0 and start - 1 not in taken and _relational(words[start - 1], nouns[0].tag):
                start -= 1
            out.append(Tag(start, k + 2, "ORG"))
        return sorted(out, key=lambda t: t.start) if out != tags else tags


_NUMBERED_BODIES = lexicon.words("numbered_body")


def _numbered_body(lemma: str) -> bool:
    """A noun of an institution known by its number, or a compound led by one ("школа-гимназия")."""
    return lemma in _NUMBERED_BODIES or lemma.partition("-")[0] in _NUMBERED_BODIES


class UnitNumbers(Rule):
    """A military unit named by its number: a unit-number noun (words.tsv unit_number_noun) with
    its relational adjectives and the number after it ("[воинская часть 5516]", "[войсковой части
    3179]"), which the tagger, reading no name in it, misses; a number of three figures or more, so
    that "части 2" of a text's parts is no unit."""

    finds = True
    trigger = re.compile(r" част\S*+ \d{3}")  # the noun "часть" and a number after it

    def apply(self, words, tags):
        taken = {k for t in tags for k in range(t.start, t.stop)}
        found = []
        for k in range(1, len(words) - 1):
            if k in taken or k + 1 in taken or not (words[k + 1].isdigit() and len(words[k + 1]) >= 3):
                continue
            nouns = [p for p in morph.parses(words[k]) if p.tag.POS == "NOUN" and p.tag.number == "sing"
                     and p.normal_form in _UNIT_NUMBER_NOUNS]
            if not nouns or not words[k].islower():
                continue
            start = k
            while start > 0 and start - 1 not in taken and any(_relational(words[start - 1], n.tag) for n in nouns):
                start -= 1
            if start < k:  # "части 5516" alone may be a part of anything; the adjective says a unit's
                found.append(Tag(start, k + 2, "ORG"))
        return sorted(tags + found, key=lambda t: t.start) if found else tags


_UNIT_NUMBER_NOUNS = lexicon.words("unit_number_noun")


class EponymousBodies(Rule):
    """An institution named after a person: "имени" or "им." and the person's name complete a
    body's name the tagger ended before them or on "им" ("[Театра им]. Йозефа Бойса"), and a noun
    of such an institution (words.tsv eponymous_body), lower-case with its relational adjectives or
    capitalised and untagged, makes one with them ("в [театре] им. Галиаскара Камала", "в
    [больнице] имени Кащенко"). The person keeps their own mention, nested in the body's, as a
    place does in a ministry's name (JoinOrgAndComplement). "им" without its dot is a pronoun
    ("им стал вице-президент"), and a venue named so is a place ("на стадионе имени Эдуарда
    Стрельцова")."""

    finds = True
    trigger = re.compile(r" (?:имени|им \.) ")

    def apply(self, words, tags):
        taken = {k for t in tags for k in range(t.start, t.stop)}
        persons = {t.start: t for t in tags if t.type == "PER"}
        out = list(tags)
        for k in range(1, len(words) - 1):
            if words[k] == "имени":
                at = k + 1
            elif words[k] == "им" and words[k + 1] == "." and k + 2 < len(words):
                at = k + 2
            else:
                continue
            stop = _person_stop(words, at, persons, taken)
            if stop is None:
                continue
            body = next((t for t in out if t.type == "ORG" and t.name_stop is None and t.start < k
                         and (t.stop == k or t.stop == k + 1 and words[k] == "им")), None)
            if body is not None:
                out[out.index(body)] = Tag(body.start, k, "ORG", stop)
                continue
            head = _eponymous_head(words, k, taken)
            if head is None:
                continue
            start, noun = head
            while words[start].islower() and start > 0 and start - 1 not in taken \
                    and _relational(words[start - 1], noun):
                start -= 1
            out.append(Tag(start, k, "ORG", stop))
            taken.update(range(start, k))
        return sorted(out, key=lambda t: t.start) if out != tags else tags


_EPONYMOUS_BODIES = lexicon.words("eponymous_body")


def _eponymous_head(words: list[str], k: int, taken: set[int]) -> Optional[tuple[int, morph.Tag]]:
    """The untagged noun of an institution named after a person before "имени" at token ``k``, and
    its grammemes: lower-case or capitalised, right before it or with the lower-case genitives
    completing it ("институт русского языка имени"); None when there is none."""
    for j in range(k - 1, max(0, k - 1 - _COMPLEMENT_WORDS), -1):
        word = words[j]
        if j in taken or not (word.islower() or _is_title(word)):
            return None
        nouns = [p for p in morph.parses(word) if p.tag.POS == "NOUN" and p.normal_form in _EPONYMOUS_BODIES]
        if nouns and (j == k - 1 or _genitive_stop(words[:k], j + 1, taken) == k):
            return j, nouns[0].tag
        if not word.islower():
            return None
    return None


_EPONYM_WORDS = 3  # words of a person's name after "имени" untagged: "Ипполитова-Иванова", "Марии Ермоловой"


def _person_stop(words: list[str], at: int, persons: dict[int, Tag], taken: set[int]) -> Optional[int]:
    """Where the person's name at token ``at`` ends: the person's tag starting there or after the
    initials, or up to a few untagged capitalised words after them and a regnal number ("А. С.
    Пушкина", "Гнесиных", "Эдуарда VII"); None when no name is there."""
    k = at
    while k + 1 < len(words) and k not in persons and len(words[k]) == 1 and words[k].isupper() \
            and words[k + 1] == ".":
        k += 2
    if k in persons:
        return persons[k].stop
    stop = k
    while stop < len(words) and stop - k < _EPONYM_WORDS and stop not in taken and _is_title(words[stop]) \
            and words[stop].replace("-", "").isalpha():
        stop += 1
    if stop == k:
        return None
    return stop + 1 if stop < len(words) and names.is_regnal(words[stop], words[stop - 1]) else stop


class Convocations(Rule):
    """A body's name goes on through the convocation its ordinal numbers name, which the tagger
    leaves out: "[Госдумы] шестого созыва", "[Государственной думы] четвёртого и пятого созывов",
    "[Палаты представителей] 112 созыва". A quality is no number: "[Думы] нового созыва" is the
    body."""

    types = frozenset({"ORG"})
    trigger = re.compile(r" созыв(?:а|ов) ")

    def apply(self, words, tags):
        out = []
        for tag in tags:
            end = tag.name_stop or tag.stop
            stop = _convocation_stop(words, end) if tag.type == "ORG" else None
            out.append(_going_to(tag, stop))
        return out


def _going_to(tag: Tag, stop: Optional[int]) -> Tag:
    """The tag with its name going on to token ``stop``: the mention itself when its name is the
    mention, else the name past it; the tag as it is for None."""
    if stop is None:
        return tag
    return Tag(tag.start, stop, tag.type) if tag.name_stop is None else Tag(tag.start, tag.stop, tag.type, stop)


def _convocation_stop(words: list[str], at: int) -> Optional[int]:
    """Past "созыва" after the ordinal numbers at token ``at``, listed with commas or "и" ("четвёртого,
    пятого и шестого созыва"); None when no such numbers and "созыва" are there."""
    k = at
    while k < len(words) and _ordinal(words[k]):
        k += 1
        if k + 1 < len(words) and words[k] in (",", "и") and _ordinal(words[k + 1]):
            k += 1
    if k == at or k >= len(words) or words[k] not in ("созыва", "созывов"):
        return None
    return k + 1


_ORDINAL_NUMBER = re.compile(r"\d+(?:-?го)?$")  # "112", "7-го"


def _ordinal(word: str) -> bool:
    """An ordinal number in the genitive, in words or figures: "шестого", "7-го", "112"."""
    return _ORDINAL_NUMBER.match(word) is not None or any(
        p.tag.POS == "ADJF" and "Anum" in p.tag.grammemes and p.tag.case == "gent" for p in morph.parses(word))


class LowerCaseComplement(Rule):
    """A body's name ending in a body noun (words.tsv body_noun) goes on through the lower-case
    genitive words completing it, which the tagger leaves out: "[Восточного комитета] германской
    экономики", "[Союз] журналистов и издателей". A quotation after them is another name, and a
    past verb agreeing with the body noun is its predicate, however a genitive noun might read it
    ("[Европейская комиссия] начала расследование")."""

    types = frozenset({"ORG"})

    def apply(self, words, tags):
        taken = {k for t in tags for k in range(t.start, t.stop)}
        out = []
        for tag in tags:
            stop = tag.stop
            if tag.type == "ORG" and stop < len(words) and stop not in taken and words[stop].islower() \
                    and _is_title(words[tag.start]) and morph.lemma(words[stop - 1]) in _BODY_NOUNS \
                    and not _predicate_of(words[stop - 1], words[stop]):
                stop = _genitive_stop(words, stop, taken) or stop
            out.append(Tag(tag.start, stop, tag.type, tag.name_stop) if stop != tag.stop else tag)
        return out


def _predicate_of(subject: str, word: str) -> bool:
    """Whether a word a genitive noun might also read is the past verb of the noun before it as a
    nominative, agreeing with it: "[Европейская комиссия] начала расследование" (not "начала", the
    genitive of "начало"), "[Совет] стали ..."."""
    verbs = [p.tag for p in morph.parses(word) if p.tag.POS == "VERB" and p.tag.tense == "past"]
    if not verbs:
        return False
    nouns = [p.tag for p in morph.parses(subject) if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
    return any(v.number == n.number and (v.number == "plur" or v.gender == n.gender) for v in verbs for n in nouns)


class CoordinatedComplement(Rule):
    """The lower-case genitives completing a body's noun (words.tsv body_noun, state_body,
    seated_body) go on after "и" when the tagger cut them there: "[Союза издателей] и
    распространителей печатной продукции", "[Академия наук] и искусств", "[Министерства
    иностранных дел] и международного сотрудничества", and a building's noun (words.tsv
    building_name: "[Дворец мира] и согласия"). Only lower-case genitives join, and not
    those of another body (words.tsv lone_body and the above): "[Союза журналистов] и
    Министерства", "[Министерства обороны] и полиции" are two."""

    types = frozenset({"ORG"})

    def apply(self, words, tags):
        taken = {k for t in tags for k in range(t.start, t.stop)}
        out = []
        for tag in tags:
            stop = tag.stop
            if tag.type == "ORG" and stop + 1 < len(words) and words[stop] == "и" and stop + 1 not in taken \
                    and _is_title(words[tag.start]) and _completed_body(words, tag):
                joined = _genitive_stop(words, stop + 1, taken)
                if joined is not None and not any(morph.lemma(word) in _NOT_LISTED for word in words[stop + 1:joined]):
                    stop = joined
            out.append(Tag(tag.start, stop, tag.type, tag.name_stop) if stop != tag.stop else tag)
        return out


def _completed_body(words: list[str], tag: Tag) -> bool:
    """The name ends in a body noun's lower-case complement: "Союза издателей", "Министерства
    иностранных дел"; or a building's, which names what is housed in it ("Дворца мира" и согласия)."""
    for k in range(tag.stop - 2, tag.start - 1, -1):
        if not words[k + 1].islower():
            return False
        if morph.lemma(words[k]) in _BODIES or morph.lemma(words[k]) in _BUILDINGS:
            return True
    return False


_BODY_NOUNS = lexicon.words("body_noun")
_BODIES = _BODY_NOUNS | _NAMED_BODIES
_REFERENTS = lexicon.words("whose_referent")
_NOT_LISTED = _BODIES | _REFERENTS | lexicon.words("attached_to") | lexicon.words("the_state") \
    | lexicon.words("lone_body")
_COMPLEMENT_WORDS = 6  # lower-case words completing a name: "германской экономики"


def _genitive_stop(words: list[str], at: int, taken: set[int], case: str = "gent") -> Optional[int]:
    """Past the last genitive noun of lower-case genitive adjectives and nouns from ``at`` (more of
    them after "и", but for a second body: "министерства юстиции и [думской комиссии]"), before a
    noun standing for a state or body told of ("страны"); None when there is none or a quotation
    follows. Another ``case`` reads a phrase in that case the same way."""
    stop = None
    joined = False  # past an "и"
    for k in range(at, min(len(words), at + _COMPLEMENT_WORDS)):
        word = words[k]
        if k in taken or not word.islower() or not word.replace("-", "").isalpha():
            break
        if word == "и" and stop is not None:
            joined = True
            continue
        parses = morph.parses(word)
        if "Apro" in parses[0].tag or parses[0].tag.POS not in ("NOUN", "ADJF", "PRTF"):
            break
        if not any(p.tag.case == case for p in parses if p.tag.POS == parses[0].tag.POS):
            break
        if parses[0].tag.POS == "NOUN":
            if parses[0].normal_form in _REFERENTS or joined and parses[0].normal_form in _BODIES:
                break
            stop = k + 1
    if stop is None or stop < len(words) and words[stop] in _OPENING_QUOTES:
        return None
    return stop


def _listed(words: list[str], at: int, taken: set[int], case: str) -> Optional[int]:
    """Past the list going on at token ``at`` with a comma: lower-case phrases in ``case``
    (read as ``_genitive_stop`` reads them) after commas, the last after "и" ("[алкоголя] ,
    табачных изделий и огнестрельного оружия"); None when no such list goes on there, or when it is
    a list of bodies or of states ("полиции и прокуратуры"), whose names are no one name's words."""
    stop = at
    while stop + 1 < len(words) and words[stop] == ",":
        listed = _genitive_stop(words, stop + 1, taken, case)
        if listed is None or any(morph.lemma(word) in _NOT_LISTED for word in words[stop + 1:listed]):
            return None
        if "и" in words[stop + 1:listed]:
            return listed
        stop = listed
    return None


def _genitives_after(words: list[str], at: int, taken: set[int]) -> int:
    """Past the lower-case genitives completing the phrase that ends at token ``at`` ("использованию
    [газа]"), up to an "и", which after a list begins another thing ("газа и включения в правление")."""
    stop = _genitive_stop(words, at, taken) or at
    return next((k for k in range(at, stop) if words[k] == "и"), stop)


class ModifiersWithoutNoun(Rule):
    """An organisation's name the tagger ended on a lower-case adjective goes on through the
    adjectives listed after it, with commas or "и", to the noun they agree with and the genitives
    completing it, as a reader does: "[Федеральному дорожному] агентству", "[Центра химической],
    биологической, радиологической и ядерной обороны", "[Национальной ассамблеи народной] власти".
    Without such a noun the name stays as it is. A pronoun or a numeral is no such adjective."""

    types = frozenset({"ORG"})

    def apply(self, words, tags):
        return _orgs_going_on(tags, lambda tag, taken: _noun_after_modifiers(words, tag.stop, taken)
                              if words[tag.stop - 1].islower() else None)


def _orgs_going_on(tags: list[Tag], stop_of: Callable[[Tag, set[int]], Optional[int]]) -> list[Tag]:
    """The tags, each organisation's of two words or more with no ``name_stop`` going on to where
    ``stop_of(tag, taken)`` says, when it says (``taken``: the tokens of every tag)."""
    taken = {k for t in tags for k in range(t.start, t.stop)}
    out = []
    for tag in tags:
        stop = stop_of(tag, taken) if tag.type == "ORG" and tag.name_stop is None and tag.stop - tag.start > 1 \
            else None
        out.append(Tag(tag.start, stop, tag.type) if stop is not None else tag)
    return out


def _noun_after_modifiers(words: list[str], at: int, taken: set[int]) -> Optional[int]:
    """Past the noun that the lower-case adjective before token ``at`` and those listed after it
    agree with, and the genitives completing it; None when no such noun follows."""
    cases = _adjective_cases(words[at - 1])
    if not cases:
        return None
    k = at
    while k + 1 < len(words) and words[k] in (",", "и") and k + 1 not in taken \
            and words[k + 1].islower() and cases & _adjective_cases(words[k + 1]):
        k += 2
    for case in cases:
        stop = _genitive_stop(words, k, taken, case)
        if stop is not None:
            return stop if case == "gent" else _genitives_after(words, stop, taken)
    return None


def _adjective_cases(word: str) -> frozenset[str]:
    """The cases of a word's adjective or participle readings, when it is first read as one and not
    as a pronoun or a numeral ("этого", "первого"); else none."""
    parses = morph.parses(word)
    if parses[0].tag.POS not in ("ADJF", "PRTF") or _PRONOUN_OR_NUMERAL & parses[0].tag.grammemes:
        return frozenset()
    return frozenset(p.tag.case for p in parses if p.tag.POS == parses[0].tag.POS)


_PRONOUN_OR_NUMERAL = frozenset({"Apro", "Anum"})


class ListedComplement(Rule):
    """An organisation's name ending in a lower-case genitive completing it goes on through the
    genitives listed after it with commas, the last after "и", which the tagger cut at the first
    comma: "[Бюро по контролю за оборотом алкоголя], табачных изделий и огнестрельного оружия",
    "[Федерацию лесбиянок], геев, бисексуалов и транссексуалов". A list without "и" may go on as
    anything, and a list of bodies or states is the name's neighbours ("[Министерства обороны],
    полиции и прокуратуры")."""

    types = frozenset({"ORG"})
    trigger = re.compile(" , ")

    def apply(self, words, tags):
        def stop_of(tag, taken):
            if tag.stop < len(words) and words[tag.stop] == "," and words[tag.stop - 1].islower() \
                    and any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in morph.parses(words[tag.stop - 1])):
                return _listed(words, tag.stop, taken, "gent")
            return None
        return _orgs_going_on(tags, stop_of)


class JoinOrgAndComplement(Rule):
    """An organisation's name goes on through the names that complete it: a genitive place or
    body ("[Министерством связи и информатизации] [Республики Беларусь]"), a place with its
    descriptor in the genitive ("Ассоциации внешней торговли города [Урумчи]"; not "представляющая в
    [Конгрессе] штат Гавайи", whose place is the verb's object), "по" with a place ("[МВД] по
    [Чеченской Республике]"; not after an international body, which has no branch by place: "посол
    генсека [ООН] по [Украине]"), "при" with a body ("Ассоциации ... при [Торгово-промышленной
    палате]") or with a lower-case body or office and its name ("Следственного комитета при
    прокуратуре [РФ]"; not a person: "SEC при президенте Буше"), and a second genitive place
    after "и" ("Союза [Беларуси] и [России]").
    The name and the mention take the complement; the place or body in it keeps its own mention,
    nested in the organisation's, as a reader sees a country inside a ministry's name."""

    types = frozenset({"ORG"})

    def apply(self, words, tags):
        tags = sorted(tags, key=lambda t: (t.start, -t.stop))
        names = {}
        for t in tags:
            if t.type in ("LOC", "ORG"):
                names.setdefault(t.start, t)
        out = []
        for tag in tags:
            stop = tag.stop
            while tag.type == "ORG":
                nxt = _complement(words, names, stop, joined=stop != tag.stop, body=words[tag.start:tag.stop])
                if nxt is None:
                    break
                stop = nxt
            out.append(Tag(tag.start, tag.stop, "ORG", name_stop=stop) if stop != tag.stop else tag)
        return out


def _complement(words: list[str], names: dict[int, Tag], at: int, joined: bool, body: list[str]) -> Optional[int]:
    """Where the name completing an organisation's name (``body``'s words) at token ``at`` ends, if
    one does."""
    name = names.get(at)
    if name is not None:
        return name.stop if _completing(words, at) else None
    if at >= len(words):
        return None
    word, skip = words[at].lower(), at + 1
    if word == "г" and skip < len(words) and words[skip] == ".":
        skip += 1
    if word == "при" and skip not in names and skip + 1 < len(words) and _attached_to(words[skip]):
        # "при прокуратуре РФ": the body or office it is attached to, named by the name after it
        name = names.get(skip + 1)
        return name.stop if name is not None and _genitive(words[skip + 1]) else None
    name = names.get(skip)
    if name is None:
        return None
    if word == "по" and name.type == "LOC" and not _international(body) or word == "при":
        return name.stop
    if lexicon.is_place_descriptor(word) and name.type == "LOC" and (word == "г" or _genitive(words[at])):
        return name.stop
    if joined and word == "и" and name.type == "LOC" and _genitive(words[skip]):
        return name.stop
    return None


_ATTACHED_TO = lexicon.words("attached_to")


def _attached_to(word: str) -> bool:
    """A lower-case locative of a body or an office another body is attached to (words.tsv
    attached_to): "прокуратуре", "президенте"."""
    return word.islower() and any(p.tag.case == "loct" and p.normal_form in _ATTACHED_TO for p in morph.parses(word))


def _international(body: list[str]) -> bool:
    """A body the organisations lexicon knows by this one word as no country's: "ООН", "ОБСЕ"."""
    known = lexicon.organization(body[0]) if len(body) == 1 else None
    return known is not None and known[1] is None


class RemitComplement(Rule):
    """A body's name headed by a noun of a body with a remit (words.tsv remit_body) goes on through
    "по" and the lower-case dative phrase of its remit, with the genitives completing it, which the
    tagger cuts or leaves out: "[Комиссия по вопросам] гражданства", "[Общественный совет] по
    увековечению памяти", "[Комитет Сената США] по вопросам семьи, женщин и детей", and through
    the preposition's object the remit goes on with ("[Управления по контролю за оборотом]
    алкогольных напитков", as StateBodyPhrase reads it), a remit cut being read again from its
    start. Not after any other name ("[ФСБ] по получению ключей" is what the body did), nor after a
    body's noun before the name, whose remit it is: "комитета [Совета Федерации] по экономической
    политике"."""

    types = frozenset({"ORG"})

    def apply(self, words, tags):
        taken = {k for t in tags for k in range(t.start, t.stop)}
        out = []
        for tag in tags:
            end = tag.name_stop or tag.stop
            stop = None
            if tag.type == "ORG" and _remit_head(words, tag.start, end) and not _of_body(words, tag.start):
                cut = _remit_cut(words, tag.start, end)
                if cut is not None:
                    # the remit cut, read again from its start: "[Комиссия по вопросам] гражданства"
                    own = taken - set(range(tag.start, end))
                    stop = _remit_stop(words, cut, own)
                    stop = stop and _going_on(words, stop, own)
                    stop = stop if stop is not None and stop > end else None
                elif end + 1 < len(words) and words[end] == "по" and end + 1 not in taken:
                    stop = _remit_stop(words, end + 1, taken)
                    stop = stop and _going_on(words, stop, taken)
            out.append(_going_to(tag, stop))
        return out


_REMIT_BODIES = lexicon.words("remit_body")


class UnitWithRemit(Rule):
    """A lower-case noun of a body with a remit (words.tsv remit_body), with its relational
    adjectives, before a body's name in the genitive and "по" with the remit, names a unit of that
    body, which the tagger leaves out: "[комиссию] [Государственного Совета] по направлению
    «Здравоохранение»", "[комитета] [Совета Федерации] по экономической политике" (RemitComplement
    gives the remit to no name after such a noun). The unit's name goes on through the body's, which
    keeps its own mention inside it, and through a quoted name the remit ends with."""

    types = frozenset({"ORG"})
    trigger = re.compile(" по ")

    def apply(self, words, tags):
        taken = {k for t in tags for k in range(t.start, t.stop)}
        found = []
        for tag in tags:
            end = tag.name_stop or tag.stop
            k = tag.start - 1
            if tag.type != "ORG" or k < 0 or k in taken or end + 1 >= len(words) or words[end] != "по" \
                    or not words[k].islower() or not any(p.tag.case == "gent" for p in morph.parses(words[tag.start])):
                continue
            nouns = [p for p in morph.parses(words[k]) if p.tag.POS == "NOUN" and p.normal_form in _REMIT_BODIES]
            stop = _remit_stop(words, end + 1, taken) if nouns else None
            if stop is None:
                continue
            if stop < len(words) and words[stop] in _OPENING_QUOTES:  # "по направлению «Здравоохранение»"
                close = next((j for j in range(stop + 1, min(len(words), stop + _COMPLEMENT_WORDS))
                              if words[j] in _CLOSING_QUOTES), None)
                stop = close + 1 if close is not None else stop
            start = k
            while start > 0 and start - 1 not in taken and any(_relational(words[start - 1], n.tag) for n in nouns):
                start -= 1
            found.append(Tag(start, k + 1, "ORG", name_stop=stop))
            taken.update(range(start, k + 1))
        return sorted(tags + found, key=lambda t: t.start) if found else tags


def _remit_cut(words: list[str], start: int, stop: int) -> Optional[int]:
    """Where the remit begins when the name ``[start, stop)`` ends inside it, after "по" and its
    lower-case words ("[Комиссия по вопросам]", "[Управления по контролю за оборотом]"); else None."""
    k = stop - 1
    while k > start and words[k] != "по" and (words[k].islower() or words[k] == ","):
        k -= 1
    return k + 1 if start < k < stop - 1 and words[k] == "по" else None


def _remit_head(words: list[str], start: int, stop: int) -> bool:
    """The first noun of a name's words is a body with a remit."""
    for word in words[start:stop]:
        if morph.parses(word)[0].tag.POS == "NOUN":
            return morph.lemma(word) in _REMIT_BODIES
    return False


def _of_body(words: list[str], k: int) -> bool:
    """The word before token ``k`` is a lower-case body's noun, which the name after it completes."""
    if k == 0 or not words[k - 1].islower():
        return False
    lemma = morph.lemma(words[k - 1])
    return lemma in _REMIT_BODIES or lemma in _BODY_NOUNS


def _remit_stop(words: list[str], at: int, taken: set[int]) -> Optional[int]:
    """Past a remit's lower-case dative phrase from ``at`` ("международным отношениям", "вопросам
    семьи", its adjectives joined by "и" too: "внешним и межрегиональным связям") and the genitives
    completing it, listed with commas too ("вопросам семьи, женщин и детей"), and more such phrases
    listed with commas up to one after "и" ("транспортировке, подземному хранению и использованию
    газа") or after "и" alone ("безопасности и противодействию коррупции"); None when there is
    none."""
    for k in range(at, min(len(words), at + _COMPLEMENT_WORDS)):
        word = words[k]
        if k in taken or not word.islower() or not word.replace("-", "").isalpha():
            return None
        if word == "и":  # pymorphy3 reads it as a letter's name, a noun, too
            if k == at:
                return None
            continue
        parses = [p for p in morph.parses(word) if p.tag.case == "datv"]
        if any(p.tag.POS == "NOUN" for p in parses):
            stop = _genitive_stop(words, k + 1, taken) or k + 1
            while stop + 1 < len(words) and words[stop] == "," and stop > k + 1:
                listed = _genitive_stop(words, stop + 1, taken)
                if listed is None:
                    break
                stop = listed
            listed = _listed(words, stop, taken, "datv")
            if listed is not None:
                return _genitives_after(words, listed, taken)
            more = _remit_stop(words, stop + 1, taken) if stop + 1 < len(words) and words[stop] == "и" else None
            return more or stop
        if not any(p.tag.POS in ("ADJF", "PRTF") for p in parses):
            return None
    return None


_NAME_GRAMMEMES = {"Name", "Surn", "Patr", "Init"}


def _closes(words: list[str], start: int, stop: int) -> bool:
    """The last token ends an initial ("Ю.В.") or a quotation opened inside the span."""
    last = words[stop - 1]
    if last == ".":
        return stop - start >= 2 and len(words[stop - 2]) == 1 and words[stop - 2].isupper() \
            and not (stop - start >= 3 and names.is_regnal(words[stop - 2], words[stop - 3]))
    return last in _CLOSING_QUOTES and any(w in _OPENING_QUOTES for w in words[start:stop - 1])


def _exclaimed(words: list[str], start: int, stop: int) -> bool:
    """The span's last token is an exclamation mark after a word of it, with a comma or a bracket
    after it, or the closing quote of a quotation opened right before the span: the name's own."""
    if words[stop - 1] != "!" or stop - start < 2 or not wordlike(words[stop - 2]) or stop == len(words):
        return False
    after = words[stop]
    return after in (",", ")") or after in _CLOSING_QUOTES and start > 0 and words[start - 1] in _OPENING_QUOTES


def _is_title(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _is_full(word: str) -> bool:
    return len(word) > 1 and word[:1].isupper() and word.replace("-", "").isalpha()


def _is_initial(word: str, after: str) -> bool:
    return len(word) == 1 and word.isupper() and after == "."


_HONORIFICS = lexicon.words("honorific")
_STYLES = lexicon.words("style")


def _styled(words: list[str], k: int, stop: int) -> bool:
    """Word ``k`` is a style ("Высочество", "Святейший") or the possessive pronoun of one later in
    the span, maybe past its adjective ("Его Королевское Высочество")."""
    word = words[k].lower()
    return word in _STYLES or word in _STYLE_PRONOUNS and any(w.lower() in _STYLES for w in words[k + 1:stop])


_STYLE_PRONOUNS = frozenset({"его", "её", "ее", "их", "ваше", "вашего", "вашему", "вашим", "вашем"})


def _address(word: str) -> bool:
    """An adjective of address such as "Уважаемый", which no name shares."""
    parses = morph.parses(word)
    return morph.known(word) and all(p.tag.POS in ("ADJF", "PRTF") and not _NAME_GRAMMEMES & p.tag.grammemes
                                     for p in parses)


def _geographical(word: str) -> bool:
    """A place's name that is nobody's: "Москва", "Аризона", not "Вирджиния"."""
    parses = morph.parses(word)
    return any("Geox" in p.tag.grammemes for p in parses) and not any(_NAME_GRAMMEMES & p.tag.grammemes
                                                                       for p in parses)


def _is_first_name(word: str) -> bool:
    return any("Name" in p.tag.grammemes for p in morph.parses(word))


def _name_like(words: list[str]) -> bool:
    """Words that read as a person's name rather than as more of a place's name."""
    return not any(any({"Geox", "Orgn"} & p.tag.grammemes for p in morph.parses(w)) for w in words if wordlike(w))


def _genitive(word: str) -> bool:
    """A word that can start a genitive complement: a genitive form or an abbreviation."""
    return word.isupper() or any(p.tag.case == "gent" for p in morph.parses(word))


def _completing(words: list[str], at: int) -> bool:
    """The name at token ``at`` can complete a body's name: it starts a genitive, or it follows a
    lower-case place descriptor, whose name stands in apposition in any case ("суд штата
    [Массачусетс]", "администрации города [Иваново]")."""
    return _genitive(words[at]) or at > 0 and words[at - 1].islower() and lexicon.is_place_descriptor(words[at - 1])


_PLACE_OR_NAME = {"Geox", "Name", "Surn", "Patr", "Orgn", "Abbr"}
_NOT_NAMES = {"ADVB", "ADJS", "PRTS", "PRCL", "CONJ", "INTJ", "PRED", "VERB", "INFN", "GRND", "PREP", "COMP", "NPRO"}
# a village's name may read as a short adjective or participle ("Вишнево", "Морено")
_NOT_PLACES = _NOT_NAMES - {"ADJS", "PRTS"}


def _common_words(words: list[str], tag: Tag) -> bool:
    span = [w for w in words[tag.start:tag.stop] if wordlike(w)]
    if not span:
        return True
    if tag.type != "ORG" and all(lexicon.is_office(w) for w in span):
        return True
    if tag.type == "ORG" and len(span) == 2 and _described_body(span) and _ends_name(words, tag.stop):
        return True
    if len(span) != 1:
        return False
    if lexicon.is_common_abbreviation(span[0]):
        return True
    parses = morph.parses(span[0])
    if tag.type == "PER":
        return morph.known(span[0]) and all(p.tag.POS in _NOT_NAMES and not _NAME_GRAMMEMES & p.tag.grammemes
                                            for p in parses) or all(p.normal_form in _DESCRIBING for p in parses)
    if tag.type == "LOC" and morph.known(span[0]) and not _after_place_word(words, tag.start) \
            and all(p.tag.POS in _NOT_PLACES and not _PLACE_OR_NAME & p.tag.grammemes for p in parses):
        return True  # a verb or an adverb: "[Родилась] Любовь Полежай в Енакиево", "[Читайте] также"
    if tag.type == "LOC" and morph.known(span[0]) and not _after_place_word(words, tag.start) and all(
            p.tag.POS == "NOUN" and "anim" in p.tag.grammemes and not _PLACE_OR_NAME & p.tag.grammemes for p in parses):
        return True  # people, not a place: "[Американцы] возвращаются", "[Палестинцы]"
    if tag.type == "LOC" and parses[0].tag.POS in ("ADJF", "PRTF") and not any("Geox" in p.tag.grammemes
                                                                                for p in parses):
        return tag.start > 0 and _is_title(words[tag.start - 1]) \
            or _before_common_noun(words, tag.stop) and lexicon.shared_place_kind(words, tag.stop) is None
    if tag.type == "ORG" and parses[0].tag.POS in ("ADJF", "PRTF") and _is_title(span[0]):
        return _before_common_noun(words, tag.stop)  # "[Ненецкого] автономного округа"
    return False


_GENERIC_BODIES = lexicon.words("generic_body")


def _described_body(span: list[str]) -> bool:
    """A capitalised adjective and a lower-case generic noun of a body: "Международная организация"."""
    return span[1].islower() and morph.lemma(span[1]) in _GENERIC_BODIES and _is_title(span[0]) \
        and all(p.tag.POS == "ADJF" for p in morph.parses(span[0]))


def _ends_name(words: list[str], k: int) -> bool:
    """Nothing that could go on with a name stands at ``k``: the sentence's end, punctuation or a
    verb ("организация [предлагает]"), not a complement the rules after may join to it ("Исламской
    организацией [по] продовольственной безопасности")."""
    return k == len(words) or not wordlike(words[k]) or _verb(words[k])


def _after_place_word(words: list[str], k: int) -> bool:
    """Word ``k`` follows a preposition of place or a place's descriptor: "в [Канне]", "городе [Феникс]"."""
    if not k:
        return False
    return words[k - 1].lower() in _PLACE_PREPOSITIONS or lexicon.is_place_descriptor(words[k - 1])


_PLACE_PREPOSITIONS = frozenset(p.word for p in lexicon.prepositions().values() if p.place)
_PREPOSITIONS = lexicon.prepositions()


def _before_common_noun(words: list[str], k: int) -> bool:
    """An adjective at ``k - 1`` qualifies a common noun after it, maybe past other adjectives:
    "[Мурманской], Кировско-Апатитской и Мончегорской агломераций"; the noun may be numbered
    ("[Северный] поток-2")."""
    while k < len(words) and (words[k] in (",", "и") or morph.parses(words[k])[0].tag.POS in ("ADJF", "PRTF")):
        k += 1
    if k == len(words) or not words[k].islower():
        return False
    noun = _NUMBERED.sub("", words[k])
    return bool(noun) and morph.parses(noun)[0].tag.POS == "NOUN"


_NUMBERED = re.compile(r"-\d+$")  # a number a noun takes: "поток-2"


def _country_trigger() -> re.Pattern:
    """A word capitalised as the first word of a country's name or form begins (ё as е or ё), the
    stems grouped by their first letter, which keeps the search short. Abbreviations are left to
    the tagger: "РУз" is no form of a word of a name."""
    firsts = frozenset(_place_lemma(name.split()[0].lower()) for country in lexicon.read_countries()
                       for name in (country.name,) + country.forms)
    by_letter: dict[str, set[str]] = {}
    for lemma in firsts:
        stem = os.path.commonprefix(sorted(lexicon.forms_of(frozenset({lemma})))) or lemma.replace("ё", "е")
        by_letter.setdefault(stem[0], set()).add(re.escape(stem[1:]).replace("е", "[её]"))
    return re.compile(" (?:%s)" % "|".join(f"{letter.upper()}(?:{'|'.join(sorted(rests))})"
                                            for letter, rests in sorted(by_letter.items())))


def _place_lemma(word: str) -> str:
    """The lemma of a word read as a place's name where it has such a reading: "того" is Togo's,
    not the pronoun's, whose forms share one letter and would make the trigger fire at every "Т"."""
    parses = morph.parses(word)
    return next((p.normal_form for p in parses if "Geox" in p.tag.grammemes), parses[0].normal_form)


class UntaggedCountries(Rule):
    """A country's name (countries.tsv) every other rule left untagged is the country: "трибунал
    по бывшей [Югославии]", "• [Маврикий] •", the tagger missing it beside no other name. Not inside
    quotes, a title naming a thing after the country ("полёта «Колумбии»", "выставку «Путешествие по
    России»"), nor after an untagged capitalised word, the rest of a name of an award or a title
    ("Героя Советского Союза", "Ордена Канады"), which the release gold lists no country for; nor one
    word with a reading of a person's name."""

    finds = True
    trigger = _country_trigger()

    def apply(self, words, tags):
        taken = {k for t in tags for k in range(t.start, t.stop)}
        found, end, quoted = [], 0, None
        for k, word in enumerate(words):
            if k < end or k in taken or not _is_title(word) or not lexicon.country_word(word):
                continue
            if quoted is None:
                quoted = _quoted(words)
            size = _untagged_country(words, k, taken, quoted)
            if size:
                found.append(Tag(k, k + size, "LOC"))
                end = k + size
        return sorted(tags + found, key=lambda t: t.start) if found else tags


def _untagged_country(words: list[str], k: int, taken: set[int], quoted: list[bool]) -> int:
    """How many words from ``k``, an untagged word of a country's name, on, none of them tagged, name
    a country as a whole; 0 if none do. ``quoted``: whether each word stands inside quotes."""
    found = lexicon.country_prefix(words[k:k + 6])
    if found is None or any(j in taken for j in range(k, k + found[1])):
        return 0
    if k and (_is_title(words[k - 1]) and k - 1 not in taken or quoted[k]):
        return 0
    if found[1] == 1 and any(_NAME_GRAMMEMES & p.tag.grammemes for p in morph.parses(words[k])):
        return 0
    return found[1]


def _quoted(words: list[str]) -> list[bool]:
    """Whether each word stands inside quotes opened before it (the counts of each kind of quote so
    far, read once a sentence)."""
    out, angled, straight, low = [], 0, 0, 0
    for word in words:
        out.append(angled > 0 or straight % 2 == 1 or low > 0)
        if word == "«":
            angled += 1
        elif word == "»":
            angled -= 1
        elif word == '"':
            straight += 1
        elif word == "„":
            low += 1
        elif word == "“":
            low -= 1
    return out


RULES: list[Rule] = [
    SplitParenthesised(),
    TrimPunctuation(),
    CutAtVerb(),
    SplitCountryFromName(),
    SplitSpeakerLabel(),
    DatelinePlaces(),
    SplitAfterRegnalNumber(),
    RegnalNames(),
    SplitPlacesOnDash(),
    SplitAtSeparators(),
    TrimPosts(),
    TrimDescriptions(),
    OpeningPreposition(),
    TrimOpeningCommonNoun(),
    SplitBodyFromName(),
    DropCommonWords(),
    DropOpeningCommonWord(),
    NamedWorks(),
    TheInternet(),
    KnownBodies(),
    RegionAbbreviations(),
    PublishedIn(),
    ActingSeats(),
    BodiesAndCountriesAsPersons(),
    CompanyNames(),
    LegalFormAndQuotedName(),
    QuotedNameAfterKind(),
    CompoundBodies(),
    ContractedBodies(),
    PlaceAfterDescriptor(),
    PlaceAfterKind(),
    NamesWithPatronymic(),
    JoinGivenNameAndSurname(),
    JoinPlaceAndWomansSurname(),
    JoinHyphenatedGivenName(),
    SplitTwoPersons(),
    HierarchsSee(),
    NumberedUnits(),
    LatinNameAfterDescriptor(),
    OriginalInBrackets(),
    PersonAfterDescriptor(),
    JoinCountryParts(),
    CapitalisedBody(),
    AdjectiveLedBody(),
    StateBodyPhrase(),
    NumberedBodies(),
    UnitNumbers(),
    EponymousBodies(),
    Convocations(),
    LowerCaseComplement(),
    CoordinatedComplement(),
    ModifiersWithoutNoun(),
    ListedComplement(),
    JoinOrgAndComplement(),
    RemitComplement(),
    UnitWithRemit(),
    SitesArePlaces(),
    OpeningKindApart(),
    LegalFormApart(),
    UntaggedCountries(),
]


class RepeatedNames:
    """A person named in full somewhere in the document and, elsewhere, by a word of that name
    alone, which the tagger missed: "[Иржи Руснок]PER ... Правительство Руснока", "[Серена
    Уильямс]PER ... Серена до встречи считалась фаворитом". A capitalised untagged word is a
    person's mention when it is a form of a word of a person's tagged name (the same word, or one
    with a lemma in common); words so found next to each other make one mention, with the words
    next to them written as in the person's name, even common ones ("Дневник Анны Франк"). Not a
    word the dictionary knows with no reading of a name ("Папа Римский", "Принц Уильям"), nor a
    place's name ("Владимир"), nor the first word of a quoted title («Клан Сопрано»), nor a word
    after "имени" or after a noun of a street, a site or an institution, which names that place
    or body after the person ("бульвару Шевченко", "Башню Елизаветы"). A one-word place or body
    the tagger made of such a word is the person's mention too ("[Милош Земан]PER ... Действия
    [Земана]LOC обещают кризис": ``_person_as_place``). It reads the whole document, so it runs
    after ``RULES``, over every sentence's mended tags."""

    def apply(self, sentences: list[list[str]], tags: list[list[Tag]]) -> list[list[Tag]]:
        """The tags of each sentence of a document, with the mentions found added."""
        named = {word for words, found in zip(sentences, tags) for tag in found if tag.type == "PER"
                 for word in words[tag.start:tag.stop] if len(word) > 2 and _is_full(word)}
        if not named:
            return tags
        forms = {morph.plain(word) for word in named}
        starts = {word[:3] for word in named}  # their first letters as written: most words begin otherwise
        lemmas: set[str] = set()  # read only when a word may be one of them
        counted: dict[str, bool] = {}  # _more_a_name's answer per word: each reads the whole document
        out = []
        for words, found in zip(sentences, tags):
            near = {k for k, word in enumerate(words) if word[:3] in starts}
            if not near:
                out.append(found)
                continue
            taken = {k for t in found for k in range(t.start, t.stop)}
            hits = [k for k in sorted(near) if k not in taken and len(words[k]) > 2 and _is_full(words[k])
                    and not words[k].isupper() and _repeats(words[k], forms, lemmas, named)
                    and not _names_a_place(words, k)]
            if any(t.type != "PER" and t.start in near for t in found):
                found = [Tag(t.start, t.stop, "PER") if t.type != "PER" and t.start in near
                         and _person_as_place(words, t, forms, lemmas, named)
                         and self._more_a_name(words[t.start], sentences, tags, counted) else t for t in found]
            if any(t.type == "ORG" and t.stop - 1 in near for t in found):
                found = [Tag(t.start, t.stop, "PER") if t.type == "ORG" and t.stop - 1 in near
                         and _person_after_descriptor(words, t, forms, lemmas, named)
                         and self._more_a_name(words[t.stop - 1], sentences, tags, counted) else t for t in found]
            if not hits:
                out.append(found)
                continue
            made: list[Tag] = []
            for k in hits:
                start, stop = k, k + 1
                if made and made[-1].stop >= k:
                    start = made.pop().start
                while start > 0 and start - 1 not in taken and morph.plain(words[start - 1]) in forms \
                        and _is_full(words[start - 1]):
                    start -= 1
                while stop < len(words) and stop not in taken and morph.plain(words[stop]) in forms \
                        and _is_full(words[stop]):
                    stop += 1
                made.append(Tag(start, stop, "PER"))
            out.append(sorted(found + made, key=lambda t: t.start))
        return out

    @staticmethod
    def _more_a_name(word: str, sentences: list[list[str]], tags: list[list[Tag]], counted: dict[str, bool]) -> bool:
        """Whether the document tags the word, in any of its forms, at least as often within a
        person's name as alone as a place or a body ("в окрестностях Уэйко" is the town its three
        other mentions name, whose name a false person "Уэйко Рено" took in); answered once per
        word a document (``counted``)."""
        key = morph.plain(word)
        if key in counted:
            return counted[key]
        own = {p.normal_form for p in morph.parses(word)}

        def same(other: str) -> bool:
            return morph.plain(other) == key or not own.isdisjoint(p.normal_form for p in morph.parses(other))

        votes = 0
        for words, found in zip(sentences, tags):
            for t in found:
                if t.type == "PER":
                    votes += sum(same(w) for w in words[t.start:t.stop] if w[:3] == word[:3])
                elif t.stop == t.start + 1 and words[t.start][:3] == word[:3]:
                    votes -= same(words[t.start])
        counted[key] = votes >= 0
        return counted[key]


def _person_as_place(words: list[str], tag: Tag, forms: set[str], lemmas: set[str], named: set[str]) -> bool:
    """A one-word place or body that is a form of a word of a person's name (``_repeats``), which
    the dictionary reads as no place's or body's name, outside quotes and not after a preposition
    of place or a place's descriptor ("в Шарлотте", "города Каламазу"): the person's mention."""
    k = tag.start
    return tag.type in ("LOC", "ORG") and tag.stop == k + 1 and tag.name_stop is None \
        and words[k][:1].isupper() and not _after_place_word(words, k) and not _names_a_place(words, k) \
        and not (tag.stop < len(words) and words[tag.stop] in _CLOSING_QUOTES) \
        and _repeats(words[k], forms, lemmas, named) \
        and not any({"Geox", "Orgn"} & p.tag.grammemes for p in morph.parses(words[k]))


def _person_after_descriptor(words: list[str], tag: Tag, forms: set[str], lemmas: set[str], named: set[str]) -> bool:
    """A body of two or three capitalised words after a noun of a kind of body, unquoted, whose
    last word is a form of a word of a person's name the document gives elsewhere (``_form_of``,
    though a common word it may be too: "Гросс"): the tagger's person, which
    ``PersonAfterDescriptor`` took for the body's name as none of its words is a name in the
    dictionary, is whose the body is ("главный тренер команды [Рикко Гросс] ... [Гросс]PER
    объяснил")."""
    span = words[tag.start:tag.stop]
    return tag.type == "ORG" and 2 <= len(span) <= 3 and tag.name_stop is None \
        and all(_CYRILLIC_NAME.fullmatch(word) for word in span) \
        and _after_descriptor(words, tag.start, set()) and words[tag.start - 1] not in _QUOTES \
        and not (tag.stop < len(words) and words[tag.stop] in _CLOSING_QUOTES) \
        and _form_of(span[-1], forms, lemmas, named)


def _repeats(word: str, forms: set[str], lemmas: set[str], named: set[str]) -> bool:
    """Whether a word is a form of a word of a person's name (``named``, their ``forms`` in lower
    case, and their ``lemmas``, filled here at the first word that needs them), and no common
    word or place's name the dictionary knows (a verb's form it may be: "Лью", "Серена"). Only a
    Cyrillic word: a Latin one next to a name is as often a title's ("Gangnam Style"). Not an
    adjective alone ("Папа Римский"), which a name it stands in takes along ("Иоанн Грозный").
    Not a surname in the plural, which names a family ("Защиту Ковалевых представлял"), not one
    of its members."""
    if not _CYRILLIC_NAME.fullmatch(word):
        return False
    parses = morph.parses(word)
    if morph.known(word) and (any(p.tag.POS == "ADJF" for p in parses) or _geographical(word) or not any(
            _PERSONAL & p.tag.grammemes for p in parses) and any(p.tag.POS not in _VERBAL for p in parses)):
        return False
    nouns = [p.tag.number for p in parses if p.tag.POS == "NOUN"]
    if nouns and "sing" not in nouns:
        return False
    return _form_of(word, forms, lemmas, named)


def _form_of(word: str, forms: set[str], lemmas: set[str], named: set[str]) -> bool:
    """Whether a word is a form of a word of a person's name (``named``, their ``forms`` in lower
    case, and their ``lemmas``, filled here at the first word that needs them)."""
    if morph.plain(word) in forms:
        return True
    if not lemmas:
        lemmas.update(p.normal_form for name in named for p in morph.parses(name))
    return any(p.normal_form in lemmas for p in morph.parses(word))


# a verb's form a name may share ("Лью", "Серена"): few verbs begin a word in capitals but a sentence
_VERBAL = frozenset({"VERB", "INFN", "PRTS", "PRTF", "GRND"})


_CYRILLIC_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*")


def _names_a_place(words: list[str], k: int) -> bool:
    """Token ``k`` opens a quoted title, or follows "имени", "им." or a lower-case noun of a
    street, a building, a site, a natural place or an eponymous institution, whose name it is
    part of."""
    before = words[k - 1] if k else ""
    if before in _OPENING_QUOTES or before in ("имени", "им"):
        return True
    if before == "." and k > 1 and words[k - 2] == "им":
        return True
    return bool(before) and before.islower() and any(p.normal_form in _NAMED_PLACES for p in morph.parses(before))


_NAMED_PLACES = (lexicon.words("street") | lexicon.words("building_name") | lexicon.words("site_kind")
                 | lexicon.words("eponymous_body") | lexicon.words("place_kind"))

class RepeatedWorks:
    """A quoted name the document gives elsewhere after a noun of a work, a programme, an award or
    a vessel (``NamedWorks``) names that thing in every quotation, no body or place, though the
    tagger takes it for one where no such noun stands before it: "шаттлы «Индевор» ... после
    «[Индевор]ORG»", "сериала «Доктор Кто» ... будущее «[Доктора Кто]ORG»". The words of the two
    quotations have the same lemmas. Not a quotation after a noun of a body, which names a body
    of that name ("альбом «Кино» ... группа «[Кино]»")."""

    def apply(self, sentences: list[list[str]], tags: list[list[Tag]]) -> list[list[Tag]]:
        """The tags of each sentence of a document, without the works' names tagged as bodies or places."""
        works = set()
        for words in sentences:
            if _OPENING_QUOTES.isdisjoint(words):  # most sentences, passed over without a word-by-word loop
                continue
            for k in range(1, len(words) - 2):
                if words[k] in _OPENING_QUOTES and _work_title(words, k + 1):
                    stop = _quoted_stop(words, k)
                    if stop is not None:
                        works.add(_lemmas(words[k + 1:stop - 1]))
        if not works:
            return tags
        return [[t for t in found if not _repeated_work(words, t, works)] if found else found
                for words, found in zip(sentences, tags)]


def _repeated_work(words: list[str], tag: Tag, works: set[tuple[str, ...]]) -> bool:
    """The tag, of a body or a place, is all of a quotation naming one of the document's works."""
    k = tag.start
    if tag.type not in ("ORG", "LOC") or k < 1 or words[k - 1] not in _OPENING_QUOTES \
            or tag.stop >= len(words) or words[tag.stop] not in _CLOSING_QUOTES:
        return False
    return not (k > 1 and _quoted_kind(words[k - 2])) and _lemmas(words[k:tag.stop]) in works


def _lemmas(words: list[str]) -> tuple[str, ...]:
    return tuple(morph.lemma(w) for w in words)


#: The rules over a whole document's tags, after ``RULES`` mended each sentence's.
DOCUMENT_RULES = [RepeatedNames(), RepeatedWorks()]


def fix(words: list[str], tags: list[Tag], trace: Optional[Callable[[str, list[Tag], list[Tag]], None]] = None
        ) -> list[Tag]:
    """The tags of one sentence with every rule of ``RULES`` applied in turn.

    ``trace``, if given, is told of each rule that changed the tags: its name, the tags it
    took away and those it made.
    """
    text = joined(words)
    present = {t.type for t in tags}  # the types of the tags, read again when a rule changes them
    for rule, finds, types, search in _guards(tuple(RULES)):
        if not (tags or finds) or types and types.isdisjoint(present) or search is not None and search(text) is None:
            continue
        fixed = rule.apply(words, tags)
        if fixed is not tags and fixed != tags:
            present = {t.type for t in fixed}
            if trace is not None:
                trace(type(rule).__name__, [t for t in tags if t not in fixed], [t for t in fixed if t not in tags])
        tags = fixed
    return tags


def joined(words: Sequence[str]) -> str:
    """The text a rule's ``trigger`` is searched in: the words joined by spaces, with a space
    before the first and after the last."""
    return f" {' '.join(words)} "


@lru_cache(maxsize=4)
def _guards(rules: tuple[Rule, ...]
            ) -> tuple[tuple[Rule, bool, frozenset[str], Optional[Callable[[str], Optional[re.Match]]]], ...]:
    """Each rule with its guards (``Rule``) read once rather than for every sentence."""
    return tuple((rule, rule.finds, rule.types, rule.trigger.search if rule.trigger is not None else None)
                 for rule in rules)


def score(docs: Sequence[Doc], tagger: Tagger) -> Scored:
    """The network's scores for every sentence of the documents: ``run``'s numpy part, which the
    pipeline may run for the next batch in a second thread."""
    return tagger.score([s.words for doc in docs for s in doc.sentences])


def run(docs: Sequence[Doc], tagger: Tagger, ahead: Optional[Scored] = None) -> None:
    """Gives every sentence of the documents its ``tags``, the network's own, and its ``post_heads``,
    tagged as one batch; ``ahead`` is what ``score`` gave for these documents, if it ran."""
    sentences = [s for doc in docs for s in doc.sentences]
    scored = ahead if ahead is not None else tagger.score([s.words for s in sentences])
    for sentence, tagged in zip(sentences, tagger.decode(scored)):
        sentence.tags, sentence.post_heads = tagged


def run_rules(doc: Doc) -> None:
    """Gives every sentence its ``spans``: its tags mended by ``RULES``, then by ``DOCUMENT_RULES``."""
    traces = []
    for sentence in doc.sentences:
        trace = None
        if doc.notes is not None:
            def trace(rule: str, gone: list[Tag], made: list[Tag], sentence=sentence) -> None:
                renamed = {(t.start, t.stop, t.type) for t in gone} & {(t.start, t.stop, t.type) for t in made}
                for tag, what in [(t, "took away") for t in gone] + [(t, "made") for t in made]:
                    mention = sentence.mention(doc.text, tag.start, tag.stop)
                    if (tag.start, tag.stop, tag.type) not in renamed:
                        doc.note("ner_rules", rule, mention.start, mention.stop, mention.text, f"{what} {tag.type}")
                    elif what == "made":
                        name = sentence.mention(doc.text, tag.start, tag.name_stop or tag.stop).text
                        doc.note("ner_rules", rule, mention.start, mention.stop, mention.text, f"named through «{name}»")
        traces.append(trace)
        sentence.tags = fix(sentence.words, sentence.tags, trace)
    sentences = [s.words for s in doc.sentences]
    for rule in DOCUMENT_RULES:
        tags = [s.tags for s in doc.sentences]
        fixed = rule.apply(sentences, tags)
        for sentence, before, after, trace in zip(doc.sentences, tags, fixed, traces):
            if after is not before and trace is not None:
                trace(type(rule).__name__, [t for t in before if t not in after], [t for t in after if t not in before])
            sentence.tags = after
    for sentence in doc.sentences:
        sentence.spans = [Span(t.start, t.stop, t.type, t.name_stop,
                               sentence.mention(doc.text, t.start, t.name_stop or t.stop)) for t in sentence.tags]
        sentence.tags = None
