"""The stages of the pipeline, in data-flow order, each a function of the document.

``STAGES`` is the one list of them: ``Pipeline`` runs it, ``benchmarks/stages.py`` times it and the
README's Development section lists it (a test checks that the three agree). Each ``Stage`` says
what of the ``Doc`` it reads (``needs``) and what it fills (``gives``): its fields, or what it
adds to its spans (``names``, ``refs``: each span's entity) and persons (``posts``); the list is
checked when this module is imported, so that no stage reads what no earlier stage gave.

A stage is ``run(doc)``, or for a ``batch`` stage ``run(docs, model)``: the NER network tags the
sentences of many documents together, with a model the ``Pipeline`` loads once (``model``). A
batch stage's ``ahead(docs, model)`` is the numpy part of its work, which lets other threads run:
``Pipeline.pipe`` runs it for the next batch in a second thread while this batch goes through the
later stages, and hands its result to ``run(docs, model, ahead=...)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional

from . import dates, entities, events, ner, normalise, posts, read, segment, tag_morph


@dataclass(frozen=True)
class Stage:
    """One stage: its name, its function, the ``Doc`` fields it reads and those it fills."""

    name: str
    run: Callable[..., None]
    needs: tuple[str, ...]
    gives: tuple[str, ...]
    batch: bool = False
    model: Optional[Callable[[], Any]] = None  # loads the model a batch stage runs with
    # a batch stage's numpy part, ahead(docs, model), which frees the interpreter lock: the pipeline
    # may run it for the next batch in a second thread and pass what it gives to run as ``ahead``
    ahead: Optional[Callable[..., Any]] = None


#: What a ``Doc`` holds before any stage has run: the input's text and what the caller knows.
GIVEN = ("text", "input")

STAGES: tuple[Stage, ...] = (
    Stage("read", read.run, needs=("text",), gives=("masked", "title", "url")),
    Stage("segment", segment.run, needs=("masked",), gives=("sentences",)),
    Stage("ner", ner.run, needs=("sentences",), gives=("tags", "post_heads"), batch=True, model=ner.Tagger,
          ahead=ner.score),
    Stage("ner_rules", ner.run_rules, needs=("sentences", "tags"), gives=("spans",)),
    Stage("tag_morph", tag_morph.run, needs=("spans",), gives=("cases",), batch=True, model=tag_morph.Tagger),
    Stage("normalise", normalise.run, needs=("spans", "cases"), gives=("names",)),
    Stage("entities", entities.run, needs=("sentences", "spans", "names", "url"),
          gives=("persons", "organizations", "locations", "home", "refs")),
    # posts: each person's positions and country, the bodies the posts derive, groups, loose posts
    Stage("posts", posts.run, needs=("sentences", "post_heads", "refs", "persons", "organizations", "locations", "home"),
          gives=("posts", "groups")),
    Stage("dates", dates.run, needs=("masked", "url", "sentences", "input"),
          gives=("published", "published_from", "dates")),
    # events: the events, and the bodies that are venues among the places
    Stage("events", events.run,
          needs=("sentences", "refs", "persons", "organizations", "locations", "posts", "groups", "dates",
                 "published"), gives=("events", "locations")),
)


def _check(stages: tuple[Stage, ...]) -> None:
    """Every field a stage needs is given before it; no stage name twice."""
    given = set(GIVEN)
    for stage in stages:
        missing = [need for need in stage.needs if need not in given]
        if missing:
            raise ImportError(f"stage {stage.name!r} needs {missing}, which no stage before it gives")
        if stage.batch != (stage.model is not None):
            raise ImportError(f"stage {stage.name!r}: a batch stage, and only one, runs with a model")
        if stage.ahead is not None and not stage.batch:
            raise ImportError(f"stage {stage.name!r}: only a batch stage has a part to run ahead")
        given.update(stage.gives)
    names = [stage.name for stage in stages]
    if len(set(names)) != len(names):
        raise ImportError(f"a stage name is listed twice: {names}")


_check(STAGES)
