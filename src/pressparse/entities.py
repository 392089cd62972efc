"""Stage 5, entities: mentions normalised and merged into persons, organisations and places.

Each mention gets its nominative name (``normalise``); mentions of one thing
are then merged: a person by surname with agreeing first names or initials
(`Алексеев` → `Антон Алексеев`), a place by its canonical country or lemmas
(`КНР`, `Китайской Народной Республики`, `Китай` → `Китай`), an organisation by
its lemmas with country names folded, or by an abbreviation made of its initials
(`ШОС` → `Шанхайская организация сотрудничества`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from . import lexicon, morph, normalise
from .ner import Tag
from .records import Location, Mention, Organization, Person
from .segment import Sentence


@dataclass(frozen=True)
class Entities:
    """The persons, organisations and locations of one release."""

    persons: tuple[Person, ...]
    organizations: tuple[Organization, ...]
    locations: tuple[Location, ...]


@dataclass
class _Cluster:
    name: str
    key: tuple
    mentions: list[Mention] = field(default_factory=list)
    country: Optional[str] = None
    first: Optional[str] = None  # persons: the first name or initial, lower-case


_INITIAL = re.compile(r"^[А-ЯЁA-Z]\.?$")
_SMALL_WORDS = {"и", "в", "на", "по", "при", "с", "о", "об", "для", "имени", "им", "де", "да", "фон", "ибн"}


def extract(text: str, sentences: Sequence[Sentence], sentence_tags: Sequence[list[Tag]]) -> Entities:
    """Normalise and merge the tagged mentions of one release into entities."""
    found: dict[str, list[tuple[Mention, list[str], list[str], list[str]]]] = {"PER": [], "ORG": [], "LOC": []}
    for sentence, tags in zip(sentences, sentence_tags):
        tokens = sentence.tokens
        for tag in tags:
            span = tokens[tag.start:tag.stop]
            mention = Mention(span[0].start, span[-1].stop, text[span[0].start:span[-1].stop])
            words = [t.text for t in span]
            spaces = [text[a.stop:b.start] for a, b in zip(span, span[1:])] + [""]
            context = [t.text for t in tokens[max(0, tag.start - 3):tag.start]]
            found[tag.type].append((mention, words, spaces, context))
    return Entities(
        persons=_persons(found["PER"]),
        organizations=_organizations(found["ORG"]),
        locations=_locations(found["LOC"]),
    )


# ---------------------------------------------------------------- persons


def _name_key(word: str) -> str:
    return word.lower().replace("ё", "е")


def _same_word(a: str, b: str) -> bool:
    """Two normalised forms of one name word (foreign names may normalise a letter apart)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 1 or (
        len(short) >= 4 and len(short) == len(long_) and short[:-1] == long_[:-1])


def _persons(found) -> tuple[Person, ...]:
    parsed = []
    for mention, words, _, context in found:
        name = normalise.person_name(words, context)
        parts = name.replace(".", ". ").split()
        full = [p for p in parts if not _INITIAL.match(p)]
        if not full:
            continue
        initials = [p[0].lower() for p in parts if _INITIAL.match(p)]
        first = _name_key(full[0])[0] if len(full) > 1 else (initials[0] if initials else None)
        parsed.append((mention, name, [_name_key(w) for w in full], first, len(full) + 0.5 * bool(initials)))
    clusters: list[_Cluster] = []
    # The fullest mentions first, so that a bare surname joins the person it abbreviates.
    for mention, name, full, first, weight in sorted(parsed, key=lambda x: (-x[4], x[0].start)):
        surname = full[-1]
        home = None
        for cluster in clusters:
            if _same_word(cluster.key[-1], surname) and (first is None or cluster.first in (None, first)):
                home = cluster
                break
        if home is None and len(full) == 1 and first is None:
            # a lone word may be the first name of someone already named in full ("Кирилл")
            home = next((c for c in clusters if len(c.key) == 1 and _same_word(c.key[0], surname)), None)
        if home is None:
            clusters.append(_Cluster(name=name, key=tuple(full), mentions=[mention], first=first))
        else:
            home.mentions.append(mention)
    return tuple(
        Person(id=f"p{i}", name=c.name, mentions=tuple(sorted(c.mentions, key=lambda m: m.start)))
        for i, c in enumerate(_in_order(clusters), 1)
    )


def _in_order(clusters: list[_Cluster]) -> list[_Cluster]:
    return sorted(clusters, key=lambda c: min(m.start for m in c.mentions))


# ---------------------------------------------------------------- places


def _locations(found) -> tuple[Location, ...]:
    clusters: dict[tuple, _Cluster] = {}
    for mention, words, spaces, _ in found:
        country = lexicon.country(mention.text)
        if country:
            key, name = ("country", country), country
        else:
            name = normalise.phrase_name(words, spaces)
            key = ("place",) + _lemmas(name)
        cluster = clusters.setdefault(key, _Cluster(name=name, key=key, country=country))
        cluster.mentions.append(mention)
    return tuple(
        Location(id=f"l{i}", name=c.name, kind=c.key[0], mentions=tuple(sorted(c.mentions, key=lambda m: m.start)))
        for i, c in enumerate(_in_order(list(clusters.values())), 1)
    )


def _lemmas(name: str) -> tuple:
    return tuple(morph.lemma(w) for w in re.findall(r"\w+", name.lower()))


# ---------------------------------------------------------------- organisations


def _org_key(name: str) -> tuple:
    """Lemmas of an organisation's name with any country name folded to its canonical form."""
    words = re.findall(r"\w+", name)
    key, i = [], 0
    while i < len(words):
        found = lexicon.country_prefix(words[i:])
        if found:
            key.append(found[0])
            i += found[1]
        else:
            key.append(morph.lemma(words[i]))
            i += 1
    return tuple(key)


def _acronym(name: str) -> str:
    """The initials of a name's significant words: "Шанхайская организация сотрудничества" → "ШОС"."""
    words = re.findall(r"[^\W\d_]+", name)
    return "".join(w[0] for w in words if w.lower() not in _SMALL_WORDS).upper()


def _organizations(found) -> tuple[Organization, ...]:
    clusters: list[_Cluster] = []
    by_key: dict[tuple, _Cluster] = {}
    abbreviations = []
    for mention, words, spaces, _ in found:
        if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
            abbreviations.append(mention)
            continue
        name = normalise.phrase_name(words, spaces)
        key = _org_key(name)
        cluster = by_key.get(key)
        if cluster is None:
            cluster = by_key[key] = _Cluster(name=name, key=key, country=_country_in(name))
            clusters.append(cluster)
        cluster.mentions.append(mention)
    for mention in abbreviations:
        home = next((c for c in clusters if _acronym(c.name) == mention.text.upper()), None)
        if home is None:
            home = by_key.get((mention.text,))
            if home is None:
                home = by_key[(mention.text,)] = _Cluster(name=mention.text, key=(mention.text,))
                clusters.append(home)
        home.mentions.append(mention)
    return tuple(
        Organization(id=f"o{i}", name=c.name, country=c.country,
                     mentions=tuple(sorted(c.mentions, key=lambda m: m.start)))
        for i, c in enumerate(_in_order(clusters), 1)
    )


def _country_in(name: str) -> Optional[str]:
    words = re.findall(r"\w+", name)
    for i in range(len(words)):
        found = lexicon.country_prefix(words[i:])
        if found:
            return found[0]
    return None
