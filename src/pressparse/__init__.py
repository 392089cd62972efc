"""pressparse: structured data from Russian-language press releases.

>>> import pressparse
>>> doc = pressparse.parse(text)
>>> doc.persons[0].name, doc.to_json()
>>> pressparse.link([doc, other])    # the persons, bodies and places of many records, linked
"""

from .doc import Input
from .linking import link
from .pipeline import Pipeline, parse
from .records import (
    SCHEMA_VERSION,
    Appointment,
    Ceremony,
    Conference,
    DateMention,
    Document,
    Error,
    Event,
    Group,
    Location,
    Meeting,
    Mention,
    Note,
    Organization,
    Participant,
    Person,
    Position,
    Signing,
    Source,
    Span,
    Visit,
)
from .schema import record_schema

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Appointment",
    "Ceremony",
    "Conference",
    "DateMention",
    "Document",
    "Error",
    "Event",
    "Group",
    "Input",
    "Location",
    "Meeting",
    "Mention",
    "Note",
    "Organization",
    "Participant",
    "Person",
    "Pipeline",
    "Position",
    "Signing",
    "Source",
    "Span",
    "Visit",
    "link",
    "parse",
    "record_schema",
]
