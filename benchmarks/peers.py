"""natasha (with its morphology) and pullenti over a development set, as records pressparse's scorers read.

    python benchmarks/peers.py [--set bsnlp|releases|ministries|factru|nerel] [--systems natasha,pullenti]
                               [--out DIR] [--limit N]
    python benchmarks/peers.py --texts TEXTS.jsonl --gold GOLD.jsonl [--name NAME] ...

``--texts``/``--gold`` run a set of one's own (releases with release gold, or texts with
factRuEval-shaped gold, where the gold file holds the texts too) instead of a development set.

Each system's records are written in pressparse's record shape (``persons``, ``organizations``,
``locations``, each with a ``name`` and its ``mentions``), one JSON object a document, to
DIR/SYSTEM-SET.jsonl, and scored as ``benchmarks/accuracy.py`` scores pressparse's
(``../shared/eval/bsnlp.py score`` for BSNLP, ``score.py`` for the others):

- natasha 1.6: ``Doc`` with ``segment``, ``tag_morph`` (NewsMorphTagger), ``tag_ner``, then every
  span's ``normalize(MorphVocab())``; natasha has no coreference, so a document's entity is a
  distinct normalised name of a type. Needs pymorphy2 and pkg_resources (MorphVocab builds
  pymorphy2's analyzer).
- pullenti 4.1: its processor with every analyzer; a person is named by its referent's text
  (first name, surname, in the nominative), a place or body by its first ``NAME``; pullenti gives
  upper case, so a name is spelt as the text spells it where the text has it, else capitalised.
  A referent's occurrences are its mentions (they may take in a post before the name); a person's
  posts are its ``PERSONPROPERTY`` attributes with the body or place they refer to (factRuEval's
  occupations). Where pullenti raises on a text (4.1 overflows on some dates and lists), its
  paragraphs are read one by one.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time
from typing import Optional

SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")
SETS = {
    "bsnlp": ("bsnlp-dev.jsonl", "bsnlp"),
    "releases": ("releases-dev.jsonl", "releases-dev-gold.jsonl"),
    "ministries": ("ministries-dev.jsonl", "ministries-dev-gold.jsonl"),
    "factru": ("factru-dev.jsonl", "factru-dev.jsonl"),
    "nerel": ("nerel-dev.jsonl", "nerel-dev.jsonl"),
}
KINDS = {"PER": "persons", "ORG": "organizations", "LOC": "locations"}


def _record(doc_id: str, found: dict, posts: Optional[dict] = None) -> dict:
    """A record of the entities found: ``found`` maps (type, name) to a list of (start, stop, text),
    ``posts`` a person's name to their posts (``{"title", "org"}``, the org by its name)."""
    record = {"id": doc_id, "persons": [], "organizations": [], "locations": []}
    for (kind, name), mentions in found.items():
        mentions = sorted(set(mentions))
        entity = {"name": name, "mentions": [{"start": a, "stop": b, "text": t} for a, b, t in mentions]}
        if kind == "PER" and posts and posts.get(name):
            entity["positions"] = posts[name]
        record[KINDS[kind]].append(entity)
    return record


def natasha_records(items: list) -> list:
    """natasha's records: segment, morphology, NER, every span normalised."""
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    segmenter, embedding = Segmenter(), NewsEmbedding()
    morph, ner, vocab = NewsMorphTagger(embedding), NewsNERTagger(embedding), MorphVocab()
    out = []
    for item in items:
        doc = Doc(item["text"])
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.tag_ner(ner)
        found: dict = {}
        for span in doc.spans:
            span.normalize(vocab)
            found.setdefault((span.type, span.normal or span.text), []).append((span.start, span.stop, span.text))
        out.append(_record(item["id"], found))
    return out


def _spelt(value: str, text: str, capitalise_all: bool) -> str:
    """pullenti's upper-case ``value`` as the text spells it, else capitalised."""
    found = re.search(re.escape(value), text, flags=re.IGNORECASE)
    if found:
        return found.group(0)
    if capitalise_all:
        return " ".join(w[:1].upper() + w[1:].lower() for w in value.split())
    return value[:1].upper() + value[1:].lower()


def _pullenti_name(referent, text: str) -> str:
    if referent.type_name == "PERSON":
        return str(referent).split(",")[0].split("(")[0].strip()
    names = [s.value for s in referent.slots if s.type_name == "NAME" and isinstance(s.value, str)]
    if not names:
        return str(referent)
    return _spelt(names[0], text, referent.type_name == "GEO")


def _pullenti_posts(person, text: str) -> list:
    """A pullenti person's posts: each ``PERSONPROPERTY`` attribute's name, and the organisation or
    place its ``REF`` names, or failing that the ``REF`` of the post it is under (``HIGHER``:
    "заместитель" under "министр иностранных дел; Грузия")."""
    posts = []
    for slot in person.slots:
        post = slot.value
        if slot.type_name != "ATTRIBUTE" or getattr(post, "type_name", "") != "PERSONPROPERTY":
            continue
        org, under = None, post
        while under is not None and org is None:
            org = next((_pullenti_name(s.value, text) for s in under.slots
                        if s.type_name == "REF" and hasattr(s.value, "type_name")), None)
            under = under.get_slot_value("HIGHER")
        posts.append({"title": post.get_string_value("NAME"), "org": org})
    return posts


def _pullenti_parts(processor, text: str) -> list:
    """pullenti's referents of a text, with the offset to add to their occurrences: of the whole
    text, or, where pullenti 4.1 fails on it (it overflows on some dates and lists), of each of its
    paragraphs it does not fail on."""
    from pullenti.ner.SourceOfAnalysis import SourceOfAnalysis

    try:
        return [(0, processor.process(SourceOfAnalysis(text)).entities)]
    except Exception:
        parts, at = [], 0
        for paragraph in text.split("\n"):
            try:
                parts.append((at, processor.process(SourceOfAnalysis(paragraph)).entities))
            except Exception:
                pass
            at += len(paragraph) + 1
        return parts


def pullenti_records(items: list) -> list:
    """pullenti's records: persons with their posts, organisations and places (GEO) with their occurrences."""
    from pullenti.ner.ProcessorService import ProcessorService
    from pullenti.Sdk import Sdk

    Sdk.initialize_all()
    processor = ProcessorService.create_processor()
    kinds = {"PERSON": "PER", "ORGANIZATION": "ORG", "GEO": "LOC"}
    out = []
    for item in items:
        text = item["text"]
        found: dict = {}
        posts: dict = {}
        for shift, referents in _pullenti_parts(processor, text):
            for referent in referents:
                kind = kinds.get(referent.type_name)
                if kind is None:
                    continue
                name = _pullenti_name(referent, text)
                for occurrence in referent.occurrence:
                    a, b = shift + occurrence.begin_char, shift + occurrence.end_char + 1
                    found.setdefault((kind, name), []).append((a, b, text[a:b]))
                if kind == "PER":
                    posts.setdefault(name, []).extend(_pullenti_posts(referent, text))
        out.append(_record(item["id"], found, posts))
    return out


SYSTEMS = {"natasha": natasha_records, "pullenti": pullenti_records}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", default="bsnlp", choices=list(SETS))
    ap.add_argument("--systems", default="natasha,pullenti")
    ap.add_argument("--out", default=".")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ap.add_argument("--texts", help="a texts file of one's own, instead of --set's")
    ap.add_argument("--gold", help="its gold, in a development set's shape")
    ap.add_argument("--name", help="the name of one's own set in the output files (default: the texts file's)")
    a = ap.parse_args()
    if bool(a.texts) != bool(a.gold):
        ap.error("--texts and --gold go together")
    data = os.path.join(SHARED, "data")
    if a.texts:
        texts_file, gold_file = os.path.abspath(a.texts), os.path.abspath(a.gold)
        a.set = a.name or os.path.splitext(os.path.basename(a.texts))[0]
    else:
        texts_file, gold_file = SETS[a.set]
    with open(os.path.join(data, texts_file), encoding="utf-8") as f:
        items = [json.loads(line) for line in f]
    items = items[:a.limit] if a.limit else items
    os.makedirs(a.out, exist_ok=True)
    for system in a.systems.split(","):
        started = time.perf_counter()
        records = SYSTEMS[system](items)
        pred = os.path.join(a.out, f"{system}-{a.set}.jsonl")
        with open(pred, "w", encoding="utf-8") as f:
            for record in records:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"== {system} on {a.set}: {len(items)} documents in {time.perf_counter() - started:.1f} s -> {pred}",
              flush=True)
        if gold_file == "bsnlp":
            command = [sys.executable, os.path.join(SHARED, "eval", "bsnlp.py"), "score",
                       os.path.join(data, texts_file), pred]
        elif gold_file == texts_file:  # factRuEval's and NEREL's shape: the gold holds the texts
            command = [sys.executable, os.path.join(SHARED, "eval", "score.py"), os.path.join(data, gold_file), pred]
        else:
            command = [sys.executable, os.path.join(SHARED, "eval", "score.py"), os.path.join(data, gold_file),
                       pred, "--texts", os.path.join(data, texts_file)]
        lines = subprocess.run(command, check=True, capture_output=True, text=True).stdout.splitlines()
        print(lines[-1] if lines else "(no score)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
