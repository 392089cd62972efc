"""pressparse on Dask, tested on a real LocalCluster of two worker processes."""

import codecs
import logging

import pytest

pytest.importorskip("dask.bag", reason="the dask extra is not installed: pip install 'pressparse[dask]'")
pytest.importorskip("distributed", reason="the dask extra is not installed: pip install 'pressparse[dask]'")

import dask.bag as db  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

import pressparse  # noqa: E402
import pressparse.distributed as pd  # noqa: E402
from conftest import SAMPLES  # noqa: E402

SEED = (SAMPLES / "000_b51bf4fae41c79d9.txt").read_text(encoding="utf-8")
OTHER = (SAMPLES / "003_9c0d123f5dd01e10.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def client():
    cluster = LocalCluster(processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None,
                           silence_logs=logging.ERROR)
    with cluster, Client(cluster) as client:
        yield client


def test_a_bag_of_texts_and_pairs_becomes_a_bag_of_records(client, nlp):
    items = [SEED, ("b", OTHER)] * 6 + [{"id": "d", "text": SEED, "published": "2020-01-01"}, 42]
    records = pd.parse_bag(db.from_sequence(items, npartitions=7), batch_size=2).compute()
    assert len(records) == len(items)
    expected = [d.to_dict() for d in nlp.pipe(items)]
    for got, want in zip(records, expected):
        assert {**got, "id": None} == {**want, "id": None}
    assert [r["id"] for r in records[:4]] == ["0:0", "b", "1:0", "b"]
    assert records[12]["published"] == "2020-01-01" and records[13]["error"]["type"] == "InputError"
    # Seven partitions, two processes: each loaded the models once, none in this process.
    loads = client.run(lambda: __import__("pressparse.distributed").distributed.loads)
    assert sorted(loads.values()) in ([1, 1], [0, 1])
    assert pd.loads == 0


def test_read_files_reads_on_the_workers_as_the_cli_does(client, tmp_path):
    (tmp_path / "a.txt").write_bytes(SEED.encode("cp1251"))
    (tmp_path / "b.txt").write_bytes(codecs.BOM_UTF16_LE + OTHER.encode("utf-16-le"))
    (tmp_path / "c.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8)
    (tmp_path / "d.txt").write_bytes(b"")
    records = pd.parse_bag(pd.read_files(str(tmp_path / "*.txt"))).compute()
    assert [r["id"] for r in records] == ["a", "b", "c", "d"]
    assert records[0]["source"]["path"] == str(tmp_path / "a.txt")
    assert "Кирилл Залесский" in [p["name"] for p in records[0]["persons"]]
    assert records[1]["error"] is None and records[1]["persons"]
    assert records[2]["error"]["type"] == "BinaryInput"
    assert records[3]["error"] is None and records[3]["persons"] == []


def test_link_bag_reduces_over_partitions_to_what_link_gives(client, nlp):
    texts = [SEED, OTHER, SEED.replace("Кирилл Залесский", "К. Залесский"), OTHER]
    records = [d.to_dict() for d in nlp.pipe([(f"r{i}", t) for i, t in enumerate(texts)])]
    entities = pd.link_bag(db.from_sequence(records, npartitions=3), split_every=2).compute()
    assert entities == pressparse.link(records)
    zalessky = next(e for e in entities if e["name"] == "Кирилл Залесский")
    assert {d["doc"] for d in zalessky["documents"]} >= {"r0", "r2"}
