"""natasha (with its morphology) and pullenti over a development set, as records pressparse's scorers read.

    python benchmarks/peers.py [--set bsnlp] [--systems natasha,pullenti] [--out DIR] [--limit N]

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
  A referent's occurrences are its mentions (they may take in a post before the name).
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time

SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")
SETS = {
    "bsnlp": ("bsnlp-dev.jsonl", "bsnlp"),
    "releases": ("releases-dev.jsonl", "releases-dev-gold.jsonl"),
    "ministries": ("ministries-dev.jsonl", "ministries-dev-gold.jsonl"),
}
KINDS = {"PER": "persons", "ORG": "organizations", "LOC": "locations"}


def _record(doc_id: str, found: dict) -> dict:
    """A record of the entities found: ``found`` maps (type, name) to a list of (start, stop, text)."""
    record = {"id": doc_id, "persons": [], "organizations": [], "locations": []}
    for (kind, name), mentions in found.items():
        mentions = sorted(set(mentions))
        record[KINDS[kind]].append({"name": name, "mentions": [{"start": a, "stop": b, "text": t}
                                                               for a, b, t in mentions]})
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


def pullenti_records(items: list) -> list:
    """pullenti's records: persons, organisations and places (GEO) with their occurrences."""
    from pullenti.ner.ProcessorService import ProcessorService
    from pullenti.ner.SourceOfAnalysis import SourceOfAnalysis
    from pullenti.Sdk import Sdk

    Sdk.initialize_all()
    processor = ProcessorService.create_processor()
    kinds = {"PERSON": "PER", "ORGANIZATION": "ORG", "GEO": "LOC"}
    out = []
    for item in items:
        text = item["text"]
        found: dict = {}
        try:
            result = processor.process(SourceOfAnalysis(text))
        except Exception:  # pullenti 4.1 overflows on some dates: the document gets no entities
            out.append(_record(item["id"], found))
            continue
        for referent in result.entities:
            kind = kinds.get(referent.type_name)
            if kind is None:
                continue
            name = _pullenti_name(referent, text)
            for occurrence in referent.occurrence:
                a, b = occurrence.begin_char, occurrence.end_char + 1
                found.setdefault((kind, name), []).append((a, b, text[a:b]))
        out.append(_record(item["id"], found))
    return out


SYSTEMS = {"natasha": natasha_records, "pullenti": pullenti_records}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", default="bsnlp", choices=list(SETS))
    ap.add_argument("--systems", default="natasha,pullenti")
    ap.add_argument("--out", default=".")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    a = ap.parse_args()
    texts_file, gold_file = SETS[a.set]
    data = os.path.join(SHARED, "data")
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
        else:
            command = [sys.executable, os.path.join(SHARED, "eval", "score.py"), os.path.join(data, gold_file),
                       pred, "--texts", os.path.join(data, texts_file)]
        lines = subprocess.run(command, check=True, capture_output=True, text=True).stdout.splitlines()
        print(lines[-1] if lines else "(no score)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
