"""training/post_heads.py: what the post-head network is taught (no scikit-learn needed to check it)."""

import importlib.util
import json
from pathlib import Path

import numpy as np

SCRIPT = Path(__file__).resolve().parents[1] / "training" / "post_heads.py"


def load_script():
    spec = importlib.util.spec_from_file_location("post_heads", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_profession_span_teaches_its_first_noun_as_the_head(tmp_path, tagger):
    text = "Главный тренер сборной Олег Петров и заместитель министра Иван Сидоров прибыли в Казань."
    spans = [("Главный тренер сборной", "PROFESSION"), ("заместитель министра", "PROFESSION"),
             ("Олег Петров", "PERSON")]
    entities = [{"type": kind, "start": text.index(phrase), "stop": text.index(phrase) + len(phrase)}
                for phrase, kind in spans]
    path = tmp_path / "nerel.jsonl"
    path.write_text(json.dumps({"id": "1", "text": text, "entities": entities}, ensure_ascii=False) + "\n")
    features, heads, words = load_script().examples(path, tagger)
    assert [w for w, head in zip(words, heads) if head] == ["тренер", "заместитель"]
    assert features.shape[0] == len(words) and features.dtype == np.float32


LEXICON_SCRIPT = SCRIPT.parent / "post_lexicon.py"


def load_lexicon_script():
    spec = importlib.util.spec_from_file_location("post_lexicon", LEXICON_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_harvest_keeps_the_animate_heads_of_enough_of_their_occurrences(tmp_path):
    text = ("Известный программист Иван Петров и бывшая поп-певица Анна Смирнова встретились. "
            "Программист уехал, певица осталась на Урале.")
    spans = ["Известный программист", "бывшая поп-певица", "Урале"]
    entities = [{"type": "PROFESSION" if phrase != "Урале" else "LOCATION", "start": text.index(phrase),
                 "stop": text.index(phrase) + len(phrase)} for phrase in spans]
    path = tmp_path / "nerel.jsonl"
    path.write_text(json.dumps({"id": "1", "text": text, "entities": entities}, ensure_ascii=False) + "\n")
    script = load_lexicon_script()
    documents = script.tokens(path)
    # "программист" heads one of its two occurrences, the compound by its parts one of one
    assert [(word, lemma) for word, lemma, head in documents[0] if head] == \
        [("программист", "программист"), ("поп-певица", "поп-певица")]
    assert script.harvest(documents, 1, 0.5) == {"программист", "поп-певица"}
    assert script.harvest(documents, 1, 0.6) == {"поп-певица"}
    assert script.harvest(documents, 2, 0.1) == frozenset()
