"""pressparse: structured data from Russian-language press releases.

>>> import pressparse
>>> doc = pressparse.parse(text)
>>> doc.persons[0].name, doc.to_json()
"""

from .pipeline import Input, Pipeline, parse
from .records import (
    SCHEMA_VERSION,
    DateMention,
    Document,
    Error,
    Event,
    Group,
    Location,
    Mention,
    Organization,
    Participant,
    Person,
    Position,
    Source,
    Span,
    record_schema,
)

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "DateMention",
    "Document",
    "Error",
    "Event",
    "Group",
    "Input",
    "Location",
    "Mention",
    "Organization",
    "Participant",
    "Person",
    "Pipeline",
    "Position",
    "Source",
    "Span",
    "parse",
    "record_schema",
]
