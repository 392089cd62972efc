"""Peak memory of one hostile document under the default --max-bytes (issue 17, item 8).

    python benchmarks/memory.py [--size BYTES]

Each case is written to a file just under the size limit and parsed by ``pressparse extract`` in a
child process of its own; the child's peak resident set (``ru_maxrss``) and wall time are printed,
with the memory per byte of input. A baseline: the same command over an empty file.
"""

import argparse
import os
import subprocess
import sys
import tempfile

PROSE = ("Министр иностранных дел Российской Федерации Сергей Лавров провел переговоры с "
         "Министром иностранных дел Китайской Народной Республики Ван И в Москве 12 мая 2025 года, "
         "стороны обсудили вопросы двустороннего сотрудничества ")


def cases(size):
    yield "empty", b""
    yield "hashes", ("###### " * (size // 7)).encode()
    yield "prose-one-line", (PROSE * (size // len(PROSE.encode()))).encode()[:size].decode("utf-8", "ignore").encode()
    yield "prose-lines", ((PROSE.rstrip() + ".\n") * (size // len(PROSE.encode()))).encode()[:size]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=4_900_000, help="bytes per case (default: %(default)s)")
    ap.add_argument("--only", nargs="*", help="cases to run")
    a = ap.parse_args()
    folder = tempfile.mkdtemp(prefix="pressparse-memory-")
    print(f"{'case':16} {'bytes':>9} {'peak RSS':>10} {'per byte':>9} {'time':>8}  exit, error")
    for name, data in cases(a.size):
        if a.only and name not in a.only:
            continue
        path = os.path.join(folder, name + ".txt")
        with open(path, "wb") as f:
            f.write(data)
        code = ("import resource, subprocess, sys, time\n"
                "t = time.perf_counter()\n"
                "p = subprocess.run([sys.executable, '-m', 'pressparse', 'extract', sys.argv[1], '--timeout', '0',"
                " '--no-progress'], capture_output=True, text=True)\n"
                "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter() - t)\n"
                "print(p.returncode, (p.stdout.rsplit('\"error\": ', 1)[-1][:80] or p.stderr[-300:]).strip())\n")
        out = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True, check=True).stdout
        first, error = out.split("\n", 1)
        kib, took = first.split()
        mb = int(kib) / 1024
        print(f"{name:16} {len(data):9d} {mb:8.0f} MB {int(kib) * 1024 / max(len(data), 1):8.0f}B "
              f"{float(took):7.1f}s  {error.strip()}", flush=True)
        os.remove(path)
    os.rmdir(folder)


if __name__ == "__main__":
    main()
