"""First-pass speed and memory of pressparse next to natasha's own Doc pipeline (and pullenti).

    python benchmarks/speed.py [--rounds N] [--batch-size N] [--limit N] [--no-cli] [--pullenti]

Why first pass: a user parses each release once. pressparse keeps many caches
(the first NER layer per word, normalisation, morphology) that a second pass
over the same texts finds full, while natasha keeps none; timing repeated
passes over a few hundred texts therefore flatters pressparse. So every figure
below except the one labelled "warm" is of texts that the measuring process has
never seen.

The corpus is the texts of ../shared/data: releases-dev, ministries-dev,
factru-dev, bsnlp-dev and nerel-train (about 1060 texts, 1.7 million
characters), in that order, without the seed and without a text that opens with
the same 200 characters as an earlier one (bsnlp has one article twice, one
letter apart). ``--limit N`` takes the first N of them, for a quick check. The
script exits with status 2 when the data is absent.

What is measured:

1. First-pass throughput (docs/s, chars/s). Each system runs in a fresh child
   process (this script with ``--child``, under ``sys.executable``), which loads
   the models, warms them on one unrelated text (the seed,
   samples/000_b51bf4fae41c79d9.txt), then times one pass over the corpus, read
   from a temporary JSON Lines file. The systems:

   - pressparse: ``Pipeline(batch_size=...).pipe(texts)``, consumed fully; by default
     it runs the NER network over the next batch in a second thread while the
     rules finish this one, so it uses two cores where natasha's BLAS does;
   - pressparse on one thread, ``Pipeline(threads=1)``, as each worker process of
     ``--workers`` runs, for reference;
   - natasha, its NER alone, as its README shows: ``Doc(text)``,
     ``doc.segment(Segmenter())``, ``doc.tag_ner(NewsNERTagger(NewsEmbedding()))``
     per text; this is the baseline of the ratio;
   - natasha with its morphology as well, a second reference: the above plus
     ``doc.tag_morph(NewsMorphTagger(emb))`` and ``span.normalize(MorphVocab())``
     for every span, which natasha needs to normalise names as pressparse does;
   - with ``--pullenti`` (when the package is installed): pullenti's processor,
     about a hundred times slower, over the first 50 texts only.

   Children alternate (pressparse, natasha, natasha + morphology, pressparse, ...),
   ``--rounds`` fresh processes per system; the best counts. All children get
   the same environment: the user's, untouched (so numpy's BLAS threads as it
   would for a user). Each round's line shows the load average: run it on a
   quiet machine. With one core taken by another process, natasha, whose many
   small products OpenBLAS spreads over both cores, falls to a quarter of its
   speed and pressparse far less, so a busy machine flatters pressparse.
2. Warm: in the same child, a second pass over the same texts, caches full:
   reported apart, as what a repeated pass costs, not as throughput.
3. The whole command line: the corpus written as .txt files to a temporary
   folder, then the wall time of whole processes, from start to exit, model
   loading included: ``python -m pressparse extract FOLDER --no-progress``
   (records to /dev/null) against a script written beside the folder that
   walks it in name order and runs natasha's Doc pipeline (segment + NER) over
   each file. Best of ``--rounds``, alternating. ``--no-cli`` skips it.
4. Cold start: wall time of a fresh interpreter that imports the library and
   parses the seed, models loaded from scratch (best of ``--rounds``).
5. Peak RSS: VmHWM of the first-pass child at the end of its first pass (the
   largest of the rounds).

A summary block that can be pasted into the README ends the output.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Iterator

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
CORPUS_FILES = ("releases-dev.jsonl", "ministries-dev.jsonl", "factru-dev.jsonl", "bsnlp-dev.jsonl",
                "nerel-train.jsonl")
SEED = REPO / "samples" / "000_b51bf4fae41c79d9.txt"
OPENING = 200  # a text opening with the same characters as an earlier one is a duplicate
PULLENTI_TEXTS = 50
MORPH = "natasha+morph"
ONE = "pressparse-1"
LABELS = {
    "pressparse": "pressparse (the NER network a batch ahead in a second thread, the default)",
    ONE: "pressparse on one thread (threads=1, as each worker process runs; reference)",
    "natasha": "natasha (NER alone: segment + tag_ner; the baseline)",
    MORPH: "natasha + morphology (segment + tag_ner + tag_morph + normalize; reference)",
    "pullenti": f"pullenti (all analyzers; first {PULLENTI_TEXTS} texts only)",
}

# What a user of natasha would run over a folder, for the command-line comparison.
NATASHA_SCRIPT = """\
import sys
from pathlib import Path

from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

segmenter = Segmenter()
tagger = NewsNERTagger(NewsEmbedding())
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    doc = Doc(path.read_text(encoding="utf-8"))
    doc.segment(segmenter)
    doc.tag_ner(tagger)
"""

Runner = Callable[[list], int]


# ---- the systems, as a child process runs them --------------------------------------------------

def pressparse_runner(batch_size: int, threads: int = 2) -> Runner:
    """A function that parses texts with one pressparse Pipeline and returns how many records had errors."""
    import pressparse

    pipeline = pressparse.Pipeline(batch_size=batch_size, threads=threads)
    return lambda texts: sum(doc.error is not None for doc in pipeline.pipe(texts))


def natasha_runner(batch_size: int) -> Runner:
    """A function that runs natasha's Doc pipeline (segment + NER) over texts, as its README shows."""
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter = Segmenter()
    tagger = NewsNERTagger(NewsEmbedding())

    def run(texts: list) -> int:
        for text in texts:
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_ner(tagger)
        return 0

    return run


def natasha_morph_runner(batch_size: int) -> Runner:
    """natasha's Doc pipeline with its morphology: segment, NER, morphology tags, every span normalised."""
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    segmenter = Segmenter()
    embedding = NewsEmbedding()
    tagger = NewsNERTagger(embedding)
    morph = NewsMorphTagger(embedding)
    vocab = MorphVocab()

    def run(texts: list) -> int:
        for text in texts:
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_ner(tagger)
            doc.tag_morph(morph)
            for span in doc.spans:
                span.normalize(vocab)
        return 0

    return run


def pullenti_runner(batch_size: int) -> Runner:
    """A function that runs pullenti's processor (all its analyzers) over texts, one at a time."""
    from pullenti.ner.ProcessorService import ProcessorService
    from pullenti.ner.SourceOfAnalysis import SourceOfAnalysis
    from pullenti.Sdk import Sdk

    Sdk.initialize_all()
    processor = ProcessorService.create_processor()

    def run(texts: list) -> int:
        failed = 0
        for text in texts:
            try:
                processor.process(SourceOfAnalysis(text))
            except Exception:  # pullenti 4.1 overflows on some dates: count it, as pressparse's error records
                failed += 1
        return failed

    return run


RUNNERS = {"pressparse": pressparse_runner, ONE: lambda batch_size: pressparse_runner(batch_size, threads=1),
           "natasha": natasha_runner, MORPH: natasha_morph_runner,
           "pullenti": pullenti_runner}


def child(system: str, corpus: "str | None", batch_size: int) -> None:
    """Child mode. Without a corpus: load ``system`` and parse the seed (the cold start). With one:
    load, warm up on the seed, time a first and then a second pass over the corpus, and print one
    JSON line: their seconds, the corpus's size, errors of the first pass and VmHWM after it."""
    seed = SEED.read_text(encoding="utf-8")
    run = RUNNERS[system](batch_size)
    run([seed])
    if corpus is None:
        return
    with open(corpus, encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines]
    started = time.perf_counter()
    errors = run(texts)
    first = time.perf_counter() - started
    peak = proc_status("VmHWM")
    started = time.perf_counter()
    run(texts)
    warm = time.perf_counter() - started
    print(json.dumps({"first": first, "warm": warm, "docs": len(texts), "chars": sum(map(len, texts)),
                      "errors": errors, "peak": peak}))


def proc_status(field: str, pid: "int | str" = "self") -> int:
    """A memory figure (``VmRSS``, ``VmHWM``) of a process in bytes, from Linux's /proc; 0 where absent."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


# ---- the parent: corpus, children, report --------------------------------------------------------

def load_corpus(limit: "int | None" = None) -> tuple[list[str], str]:
    """The benchmark's texts (the first ``limit`` of them) and a line saying where they come from.

    Prints a message and exits with status 2 when a file of ../shared/data is missing.
    """
    missing = [name for name in CORPUS_FILES if not (SHARED_DATA / name).is_file()]
    if missing:
        print(f"speed.py needs the development data in {SHARED_DATA}; missing: {', '.join(missing)}",
              file=sys.stderr)
        sys.exit(2)
    openings = {SEED.read_text(encoding="utf-8")[:OPENING]}
    texts, counts, dropped = [], {}, 0
    for name, text in _documents():
        if limit is not None and len(texts) >= limit:
            break
        if text[:OPENING] in openings:
            dropped += 1
            continue
        openings.add(text[:OPENING])
        texts.append(text)
        counts[name] = counts.get(name, 0) + 1
    described = ", ".join(f"{name} {n}" for name, n in counts.items())
    return texts, f"{described}; {dropped} left out (the seed, duplicates)"


def _documents() -> Iterator[tuple[str, str]]:
    """(file name, text) of every document of the corpus files, in order."""
    for name in CORPUS_FILES:
        with (SHARED_DATA / name).open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    yield name, json.loads(line)["text"]


def write_jsonl(path: Path, texts: list[str]) -> Path:
    """``texts`` as JSON Lines, one ``{"text": ...}`` a line, for a child to read."""
    path.write_text("".join(json.dumps({"text": text}, ensure_ascii=False) + "\n" for text in texts), encoding="utf-8")
    return path


def child_env() -> dict[str, str]:
    """The one environment of every child: the user's, plus src/ on the path when pressparse is not installed."""
    env = dict(os.environ)
    if importlib.util.find_spec("pressparse") is None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), env.get("PYTHONPATH")]))
    return env


def timed(command: list[str], env: dict[str, str], stdout: int = subprocess.DEVNULL) -> tuple[float, str]:
    """Run a process to its end: (wall seconds from start to exit, its stdout when ``stdout`` is PIPE)."""
    started = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=stdout, stderr=subprocess.PIPE, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {done.returncode}:\n{done.stderr}")
    return elapsed, done.stdout


def child_command(system: str, batch_size: int, corpus: "Path | None" = None) -> list[str]:
    return [sys.executable, __file__, "--child", system, "--batch-size", str(batch_size)] + (
        ["--corpus", str(corpus)] if corpus else [])


def first_passes(systems: dict[str, Path], rounds: int, batch_size: int, env: dict[str, str]) -> dict[str, list]:
    """Every system's child results over its corpus, ``rounds`` each, the systems alternating."""
    results: dict[str, list] = {system: [] for system in systems}
    for round_ in range(1, rounds + 1):
        for system, corpus in systems.items():
            _, out = timed(child_command(system, batch_size, corpus), env, subprocess.PIPE)
            result = json.loads(out.strip().splitlines()[-1])
            results[system].append(result)
            print(f"  round {round_} {system:<14} first pass {result['docs'] / result['first']:7.1f} docs/s"
                  f"   warm {result['docs'] / result['warm']:7.1f} docs/s   peak RSS {result['peak'] / 2**20:6.0f} MB"
                  + (f"   {result['errors']} errors" if result["errors"] else "") + _load(), flush=True)
    return results


def best_of(commands: dict[str, list[str]], rounds: int, env: dict[str, str], what: str) -> dict[str, float]:
    """The shortest wall time of ``rounds`` runs of each command, the commands alternating."""
    best = {name: float("inf") for name in commands}
    for round_ in range(1, rounds + 1):
        for name, command in commands.items():
            seconds, _ = timed(command, env)
            best[name] = min(best[name], seconds)
            print(f"  round {round_} {what} {name:<14} {seconds:6.2f} s" + _load(), flush=True)
    return best


def _load() -> str:
    """The 1-minute load average, printed beside each round: other processes take cores from the children."""
    return f"   (load {os.getloadavg()[0]:.2f})"


def main() -> None:
    """Measure, print each round as it ends, then the tables and the summary."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3,
                        help="fresh processes per system and measure, the best counts (default: %(default)s)")
    parser.add_argument("--batch-size", type=int, default=32, help="pressparse's batch size (default: %(default)s)")
    parser.add_argument("--limit", type=int, metavar="N",
                        help="only the first N texts, for a quick check (default: all, about 1060)")
    parser.add_argument("--no-cli", action="store_true", help="skip the whole-command-line comparison")
    parser.add_argument("--pullenti", action="store_true",
                        help=f"also pullenti, over the first {PULLENTI_TEXTS} texts (needs the pullenti package)")
    parser.add_argument("--child", choices=RUNNERS, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.corpus, args.batch_size)
        return

    texts, origin = load_corpus(args.limit)
    chars = sum(map(len, texts))
    print(f"corpus: {len(texts)} texts, {chars:,} characters ({origin})")
    if len(texts) < 1000:
        print("  fewer than 1000 texts: a quick check, not the benchmark's figure")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores", flush=True)
    pullenti = args.pullenti and importlib.util.find_spec("pullenti") is not None
    if args.pullenti and not pullenti:
        print("pullenti is not installed (pip install pullenti): measuring without it")
    env = child_env()

    with tempfile.TemporaryDirectory(prefix="pressparse-speed-") as scratch:
        scratch = Path(scratch)
        corpus = write_jsonl(scratch / "corpus.jsonl", texts)
        corpora = {"pressparse": corpus, ONE: corpus, "natasha": corpus, MORPH: corpus}
        if pullenti:
            corpora["pullenti"] = write_jsonl(scratch / "pullenti.jsonl", texts[:PULLENTI_TEXTS])
        print(f"\nfirst pass, each child fresh (best of {args.rounds}):", flush=True)
        passes = first_passes(corpora, args.rounds, args.batch_size, env)

        cli = {}
        if not args.no_cli:
            folder = scratch / "texts"
            folder.mkdir()
            for i, text in enumerate(texts):
                (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
            script = scratch / "natasha_extract.py"
            script.write_text(NATASHA_SCRIPT, encoding="utf-8")
            print(f"\nwhole command line over {len(texts)} .txt files (best of {args.rounds}):", flush=True)
            cli = best_of({"pressparse": [sys.executable, "-m", "pressparse", "extract", str(folder), "--no-progress"],
                           "natasha": [sys.executable, str(script), str(folder)]}, args.rounds, env, "CLI")

        print(f"\ncold start: fresh interpreter, import + parse of the seed (best of {args.rounds}):", flush=True)
        cold = best_of({system: child_command(system, args.batch_size) for system in corpora},
                       args.rounds, env, "cold")

    report(passes, cli, cold, args.rounds)


def report(passes: dict[str, list], cli: dict[str, float], cold: dict[str, float], rounds: int) -> None:
    """The tables: first pass, warm, command line, cold start and memory, then the summary block."""
    first = {system: min(results, key=lambda r: r["first"]) for system, results in passes.items()}
    warm = {system: min(results, key=lambda r: r["warm"]) for system, results in passes.items()}
    peak = {system: max(r["peak"] for r in results) / 2**20 for system, results in passes.items()}

    def rate(result: dict, key: str) -> tuple[float, float]:
        return result["docs"] / result[key], result["chars"] / result[key]

    def spread(system: str, key: str) -> str:
        rates = sorted(r["docs"] / r[key] for r in passes[system])
        return f"{rates[0]:.1f}-{rates[-1]:.1f}"

    print(f"\nFIRST PASS: one pass over texts never seen by the process, models loaded and warmed on the seed;"
          f" best of {rounds} fresh processes")
    for system, result in first.items():
        docs, chars = rate(result, "first")
        print(f"  {LABELS[system]}\n      {docs:7.1f} docs/s  {chars:9,.0f} chars/s"
              f"  (rounds: {spread(system, 'first')} docs/s; {result['docs']} texts)")
    ratio = rate(first["pressparse"], "first")[0] / rate(first["natasha"], "first")[0]
    print(f"  pressparse / natasha (NER alone): {ratio:.2f}")
    morph_ratio = rate(first["pressparse"], "first")[0] / rate(first[MORPH], "first")[0]
    print(f"  pressparse / natasha + morphology: {morph_ratio:.2f}")
    if "pullenti" in first:
        print(f"  pressparse / pullenti, in chars/s (not the same texts): "
              f"{rate(first['pressparse'], 'first')[1] / rate(first['pullenti'], 'first')[1]:.0f}")

    print(f"\nWARM (second pass over the same texts, caches full), in the same processes; best of {rounds}")
    for system, result in warm.items():
        docs, chars = rate(result, "warm")
        print(f"  {system:<14} {docs:7.1f} docs/s  {chars:9,.0f} chars/s  (rounds: {spread(system, 'warm')} docs/s)")
    warm_ratio = rate(warm["pressparse"], "warm")[0] / rate(warm["natasha"], "warm")[0]
    print(f"  pressparse / natasha (NER alone), warm: {warm_ratio:.2f}")

    docs = first["pressparse"]["docs"]
    if cli:
        print(f"\nWHOLE COMMAND LINE over {docs} .txt files, wall time from process start to exit, models included;"
              f" best of {rounds}")
        for system, seconds in cli.items():
            print(f"  {system:<14} {seconds:7.2f} s  {docs / seconds:7.1f} docs/s")
        print(f"  pressparse / natasha, docs/s: {cli['natasha'] / cli['pressparse']:.2f}")

    print(f"\nCOLD START (fresh interpreter, import + parse of the seed; best of {rounds})"
          " and PEAK RSS (VmHWM after the first pass; the largest of the rounds)")
    for system in first:
        print(f"  {system:<14} {cold[system]:6.2f} s   {peak[system]:6.0f} MB"
              + (f" (over {first[system]['docs']} texts)" if system == "pullenti" else ""))

    columns = list(first)
    names = {"pressparse": "pressparse", ONE: "pressparse, one thread", "natasha": "natasha (NER)", MORPH: "natasha (NER + morph)",
             "pullenti": f"pullenti ({PULLENTI_TEXTS} texts)"}

    def row(label: str, cells: dict[str, str]) -> str:
        return f"| {label} | " + " | ".join(cells.get(system, "—") for system in columns) + " |"

    print(f"\nSUMMARY ({docs} unseen texts, {first['pressparse']['chars']:,} characters; best of {rounds} fresh processes)\n")
    print("| | " + " | ".join(names[system] for system in columns) + " |")
    print("|---|" + "---:|" * len(columns))
    print(row("first pass, docs/s", {s: f"{rate(r, 'first')[0]:.1f}" for s, r in first.items()}))
    print(row("first pass, chars/s", {s: f"{rate(r, 'first')[1]:,.0f}" for s, r in first.items()}))
    print(row("pressparse / this, first pass",
              {s: f"{rate(first['pressparse'], 'first')[0] / rate(r, 'first')[0]:.2f}"
               for s, r in first.items() if s not in ("pressparse", ONE, "pullenti")}))
    print(row("warm second pass (caches full), docs/s", {s: f"{rate(r, 'warm')[0]:.1f}" for s, r in warm.items()}))
    if cli:
        print(row(f"whole CLI over {docs} files, s", {s: f"{t:.1f}" for s, t in cli.items()}))
        print(row("pressparse / this, whole CLI", {"natasha": f"{cli['natasha'] / cli['pressparse']:.2f}"}))
    print(row("cold start (import + seed), s", {s: f"{t:.2f}" for s, t in cold.items()}))
    print(row("peak RSS, MB", {s: f"{m:.0f}" for s, m in peak.items()}))


if __name__ == "__main__":
    main()
