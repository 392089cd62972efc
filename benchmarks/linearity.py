"""Time per character as hostile documents grow: it must stay flat (linear algorithms throughout).

    python benchmarks/linearity.py [--sizes 10000,80000,320000]

For each kind of document (thousands of names and meetings, of bodies with bracketed
abbreviations, of heads of state, of dates; lists of posts; a line of no spaces, one long sentence (of names, of surnames), one huge
token, a run of a million dots) prints the parsing
time per character at each size and the ratio of the largest size's to the smallest's. A
ratio near 1 is linear; one that grows with the sizes is not.
"""

import argparse
import time

import pressparse

FIRST = ["Иван", "Пётр", "Сергей", "Анна", "Мария", "Олег", "Кирилл", "Ольга", "Дмитрий", "Елена"]
LAST = ["Петров", "Иванов", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Волков", "Зайцев", "Лебедев"]
MONTHS = ["января", "марта", "мая", "июля", "сентября", "ноября"]

KINDS = {
    "names and meetings": lambda n: " ".join(
        f"{FIRST[i % 10]} {LAST[i * 7 % 9]}-{i} провел встречу с {FIRST[i * 3 % 10]} {LAST[i % 9]}."
        for i in range(n // 45)),
    "bodies and aliases": lambda n: " ".join(
        f"Директор Всемирного агентства {i} (ВА{i}) {FIRST[i % 10]} {LAST[i % 9]}-{i} выступил в Минске."
        for i in range(n // 80)),
    "heads of state": lambda n: " ".join(
        f"Президент России {FIRST[i % 10]} {LAST[i % 9]}-{i} прибыл. Главы государств провели переговоры."
        for i in range(n // 85)),
    "dates": lambda n: " ".join(f"{i % 28 + 1} {MONTHS[i % 6]} {1990 + i % 35} года состоялось заседание."
                                for i in range(n // 40)),
    "a list of posts after a dash": lambda n: "Иван Петров — " + ", ".join(
        ("скульптор", "драматург", "режиссёр", "министр финансов")[i % 4] for i in range(n // 13)) + ".",
    "a predicate's list of posts": lambda n: "Иван Петров был " + ", ".join(
        ("губернатором области", "начальником дороги", "министром")[i % 3] for i in range(n // 19)) + ".",
    "no spaces": lambda n: "Москва" * (n // 6),
    "one long sentence": lambda n: "Иван Петров, " * (n // 13),
    "a sentence of surnames": lambda n: "Петров, " * (n // 8),
    "one token": lambda n: "x" * n,
    "a run of dots": lambda n: "Итоги" + "." * n,
}


def per_char(nlp: pressparse.Pipeline, text: str) -> float:
    nlp.parse(text[:1000])
    started = time.perf_counter()
    doc = nlp.parse(text)
    took = time.perf_counter() - started
    if doc.error is not None:
        raise RuntimeError(f"{doc.error.type}: {doc.error.message}")
    return took / max(1, len(text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,80000,320000", help="document sizes in characters (default: %(default)s)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    nlp = pressparse.Pipeline()
    print(f"{'document':<22}" + "".join(f"{f'{n:,} ch, µs/ch':>20}" for n in sizes) + f"{'ratio':>8}")
    for name, make in KINDS.items():
        figures = [per_char(nlp, make(n)) * 1e6 for n in sizes]
        print(f"{name:<22}" + "".join(f"{f:>20.2f}" for f in figures) + f"{figures[-1] / figures[0]:>8.2f}")


if __name__ == "__main__":
    main()
