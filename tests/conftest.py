"""Shared fixtures: one Pipeline per test session, the bundled sample releases, the dev data."""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def nlp():
    """The pipeline, its models loaded once for the whole session."""
    import pressparse

    return pressparse.Pipeline()


@pytest.fixture(scope="session")
def tagger(nlp):
    """The NER network, as the session's pipeline loaded it."""
    from pressparse.stages import STAGES

    return nlp.model(next(stage for stage in STAGES if stage.name == "ner"))


@pytest.fixture(scope="session")
def seeds():
    """The two seed releases bundled as samples: {id: text}."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))}


@pytest.fixture
def shared_model(monkeypatch, nlp):
    """``cli.main`` runs reuse the session's loaded NER model instead of loading their own."""
    from pressparse import Pipeline, cli

    class SharedModelPipeline(Pipeline):
        def model(self, stage):
            return nlp.model(stage)

    monkeypatch.setattr(cli, "Pipeline", SharedModelPipeline)


def dev_documents(name):
    """The documents of a development file in ../shared/data, or a skip when it is absent."""
    path = SHARED_DATA / name
    if not path.exists():
        pytest.skip(f"{path} is absent: the development data lives beside the repo in ../shared/data")
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def assert_offsets(doc):
    """Every span the record emits slices the original text to its own text."""
    for mention in doc.mentions():
        assert doc.text[mention.start:mention.stop] == mention.text, (doc.id, mention)
    for event in doc.events:
        assert 0 <= event.evidence.start <= event.evidence.stop <= len(doc.text)


