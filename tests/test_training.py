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
