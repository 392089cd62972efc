"""Stage read: the raw text with its decorations masked out, its title and its source URL.

Releases arrive as plain text carrying Markdown decorations (``##`` headings,
``**bold**``, ``*italic*``, ``---`` rules, ``<url>``), a site's breadcrumbs on the first line
when copied from a page (``Главная / Пресс-центр / Новости``) and a trailing
``Source URL:`` line. Rather than strip them, which would shift every offset, we
replace them with spaces: the masked text has the same length as the original,
so every span found in it is a span of the original text too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..doc import Doc

_HEADING = re.compile(r"^[ \t]*(#{1,6})[ \t]+", re.M)
_RULE = re.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.M)
# Emphasis markers: runs of * or _ that touch a word on one side only. The leading lookahead
# changes no match; it lets the regex engine skip to the next * or _ instead of trying both
# lookbehinds at every character.
_EMPHASIS = re.compile(r"(?=[*_])(?:(?<![\w*])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\w*]))")
_ANGLE_URL = re.compile(r"<((?:https?|ftp)://[^\s<>]+)>")
_SOURCE_LABEL = re.compile(r"(?im)^[ \t#*]*Source URL:[ \t*]*")
_URL = re.compile(r"(?:https?|ftp)://[^\s<>\"')\]]+")


@dataclass(frozen=True)
class Release:
    """A release ready for segmentation: original text, its masked twin and metadata."""

    text: str
    masked: str
    title: Optional[str]
    url: Optional[str]


_NOT_NEWLINE = re.compile(r"[^\n]")


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every character of the spans but line breaks made a space (spans may overlap);
    built from slices, as most of a text is kept as it is."""
    out, at = [], 0
    for start, stop in sorted(spans):
        start = max(start, at)
        if start < stop:
            out += [text[at:start], _NOT_NEWLINE.sub(" ", text[start:stop])]
            at = stop
    out.append(text[at:])
    return "".join(out)


def read(text: str) -> Release:
    """Mask the decorations of ``text`` and find its title and source URL."""
    blanks: list[tuple[int, int]] = []
    url = None
    label = None
    for label in _SOURCE_LABEL.finditer(text):
        pass
    if label is not None:
        found = _source_url(text, label.end())
        if found:
            url = found.group(0)
            # The label and the URL are metadata, not prose: mask them through the URL's line.
            line_end = text.find("\n", found.end())
            blanks.append((label.start(), len(text) if line_end < 0 else line_end))
        else:  # an empty label: itself alone, never the prose after it
            blanks.append(label.span())
    crumbs = _breadcrumbs(text)
    if crumbs is not None:
        blanks.append(crumbs)
    headings = list(_HEADING.finditer(text))
    blanks += [m.span() for m in headings + list(_RULE.finditer(text))]
    for m in _ANGLE_URL.finditer(text):
        blanks += [(m.start(), m.start() + 1), (m.end() - 1, m.end())]
    blanks += [m.span() for m in _EMPHASIS.finditer(text)]
    masked = _masked(text, blanks)
    return Release(text=text, masked=masked, title=_title(masked, headings[0].start() if headings else 0), url=url)


_CRUMB_SEPARATOR = re.compile(r"[ \t]+[/>›»→|][ \t]+")
_CRUMB = re.compile(r"[^\W\d_][\w\- .«»\"]*")


def _breadcrumbs(text: str) -> Optional[tuple[int, int]]:
    """Where the first line is a page's breadcrumbs: three links or more of a few words each,
    parted by "/", ">", "›", "»", "→" or "|" (``Главная / Пресс-центр / Новости ведомства``), which no
    release says in prose and which would be taken for its headline. Two parts are no
    breadcrumbs: a headline may have one slash ("Россия / Китай: переговоры")."""
    start = len(text) - len(text.lstrip())
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    parts = _CRUMB_SEPARATOR.split(text[start:stop].strip())
    if len(parts) >= 3 and all(_CRUMB.fullmatch(p) and len(p.split()) <= 4 for p in parts):
        return start, stop
    return None


# After the label, the URL is on its line, else it starts the next line that is not blank.
_NEXT_LINE_URL = re.compile(r"[ \t]*\n\s*<?")


def _source_url(text: str, start: int) -> Optional[re.Match]:
    """The URL a ``Source URL:`` label ending at ``start`` gives: on the label's line, or starting
    the next line that is not blank (``**Source URL:**``, a blank line, ``<https://...>``)."""
    line_end = text.find("\n", start)
    found = _URL.search(text, start, len(text) if line_end < 0 else line_end)
    if found is None and line_end >= 0:
        # the next line only when nothing but blanks follows the label on its own
        blank = _NEXT_LINE_URL.match(text, start)
        found = _URL.match(text, blank.end()) if blank else None
    return found


def _title(masked: str, start: int) -> Optional[str]:
    """The first non-empty line from ``start`` (the first heading's, else the text's)."""
    for line in masked[start:].split("\n"):
        if line.strip():
            return " ".join(line.split())
    return None


def run(doc: Doc) -> None:
    """Gives ``masked``, ``title`` and ``url``."""
    release = read(doc.text)
    doc.masked, doc.title, doc.url = release.masked, release.title, release.url
