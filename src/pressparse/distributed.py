"""pressparse on Dask: a ``dask.bag`` of releases in, a bag of plain records out.

Needs the ``dask`` extra (``pip install 'pressparse[dask]'``)::

    import dask.bag as db
    from dask.distributed import Client
    from pressparse.distributed import parse_bag, read_files

    client = Client(n_workers=4, threads_per_worker=1)      # or Client("scheduler:8786")
    records = parse_bag(read_files("s3://bucket/releases/**/*.txt"))
    records.map(json.dumps, ensure_ascii=False).to_textfiles("out/*.jsonl")

Records link into corpus entities as a reduction over the bag's partitions (``link_bag``)::

    entities = link_bag(records)                # a bag of corpus entities, as pressparse.link gives
    entities.map(json.dumps, ensure_ascii=False).to_textfiles("corpus/*.jsonl")

Each worker process builds one ``Pipeline`` the first time it parses a partition
and keeps it for every later partition: the models are loaded once per process,
and no pipeline is ever pickled into the task graph (the tasks only name the
functions of this module). Records are ``Document.to_dict()`` dicts, one per
item, in the bag's order.
"""

from __future__ import annotations

import functools
import os
import threading
from typing import Any, Iterable, Optional

try:
    import dask.bag as db
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("pressparse.distributed needs Dask: pip install 'pressparse[dask]'") from exc

from . import linking
from .doc import Input, as_input
from .files import DEFAULT_MAX_BYTES, read_file, unreadable
from .pipeline import Item, Pipeline

_BUILD = threading.Lock()
_PARSE = threading.Lock()
_PIPELINES: dict[int, Pipeline] = {}
#: How many pipelines this process has built (one per batch size used): the tests check it stays 1.
loads = 0


def pipeline(batch_size: int = 32) -> Pipeline:
    """This process's pipeline for ``batch_size``, built and loaded on first use, then kept."""
    global loads
    with _BUILD:
        nlp = _PIPELINES.get(batch_size)
        if nlp is None:
            # one thread: Dask runs partitions side by side in its own threads and processes
            nlp = Pipeline(batch_size=batch_size, threads=1)
            nlp.load()  # the models, now, once
            _PIPELINES[batch_size] = nlp
            loads += 1
    return nlp


def parse_bag(bag: db.Bag, *, batch_size: int = 32, timeout: Optional[float] = None) -> db.Bag:
    """A bag of records (plain dicts), one per item of ``bag``, in order.

    Items are what ``Pipeline.pipe`` takes: texts, ``(id, text)`` pairs, mappings
    with ``text`` and optional ``id``, ``published`` and ``path``, or ``Input``
    objects (``read_files`` makes those). A text without an id gets
    ``"PARTITION:INDEX"``, unique over the bag. A document that cannot be parsed
    gives a record with an ``error``. ``timeout`` is a per-document time budget,
    enforced only where tasks run on a process's main thread (Dask's worker
    threads cannot be interrupted; pressparse's algorithms are linear in the text).
    """
    numbers = db.from_sequence(range(bag.npartitions), npartitions=bag.npartitions)
    return bag.map_partitions(_parse_partition, numbers, batch_size=batch_size, timeout=timeout)


def _parse_partition(items: Iterable[Item], numbers: Iterable[int], batch_size: int,
                     timeout: Optional[float]) -> list[dict[str, Any]]:
    [number] = list(numbers)
    inputs = [as_input(item, f"{number}:{index}") for index, item in enumerate(items)]  # type: ignore[arg-type]
    nlp = pipeline(batch_size)
    with _PARSE:  # a pipeline serves one thread at a time; run workers with threads_per_worker=1
        return [document.to_dict() for document in nlp.pipe(inputs, timeout=timeout)]


def link_bag(records: db.Bag, *, split_every: int = 8) -> db.Bag:
    """A bag of the corpus entities of a bag of records (``Document.to_dict()`` dicts, as
    ``parse_bag`` gives them), the same as ``pressparse.link`` gives for the records in one list.

    A reduction: each partition's records become their name groups (``linking.summarise``), which
    are merged ``split_every`` at a time up a tree (``linking.merge``); the merged groups are joined
    by the linking rules in one last task (``linking.corpus``), whose work grows with the number of
    distinct names, not of records.
    """
    summary = records.reduction(linking.summarise, _merge_all, split_every=split_every)
    return db.from_delayed([summary.apply(linking.corpus).to_delayed()])


def _merge_all(summaries: Iterable[linking.Summary]) -> linking.Summary:
    return functools.reduce(linking.merge, summaries, {kind: {} for kind in linking.KINDS})


def read_files(urlpath: Any, *, npartitions: Optional[int] = None, max_bytes: int = DEFAULT_MAX_BYTES,
               **storage_options: Any) -> db.Bag:
    """A bag of one ``Input`` per file matched by ``urlpath``, read on the workers.

    ``urlpath`` is anything ``fsspec.open_files`` takes: a glob over a folder
    (``releases/**/*.txt``), a list of paths, or object storage
    (``s3://bucket/releases/*.txt``, with ``storage_options`` for credentials).
    Files are decoded, size-limited and HTML-extracted as ``pressparse extract``
    does it; a file that cannot be read becomes an ``Input`` with an error, so it
    still gives a record. A record's id is its file's name without the extension.
    """
    import fsspec

    files = fsspec.open_files(urlpath, mode="rb", **storage_options)
    if npartitions is None:
        npartitions = max(1, min(len(files), 8 * (os.cpu_count() or 1)))
    return db.from_sequence(files, npartitions=npartitions).map(_read_open_file, max_bytes=max_bytes)


def _read_open_file(file: Any, max_bytes: int) -> Input:
    protocols = file.fs.protocol if isinstance(file.fs.protocol, tuple) else (file.fs.protocol,)
    name = file.path if "file" in protocols else file.full_name
    stem = os.path.splitext(os.path.basename(file.path.rstrip("/")))[0] or file.path
    try:
        with file as stream:
            return read_file(stream, stem, name, max_bytes)
    except OSError as exc:
        return unreadable(stem, name, exc)
