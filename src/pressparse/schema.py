"""The JSON Schema of the records, as ``pressparse schema`` prints it and the package ships it.

Derived from the record types (``records``), with the registered event types and the roles of
their participants (``eventtypes``) as enumerations, so that the published schema can drift from
neither.
"""

from __future__ import annotations

from typing import Any

from . import eventtypes
from .records import derive_schema


def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``Document.to_dict()``."""
    return derive_schema({"Event.type": [spec.name for spec in eventtypes.types()],
                          "Participant.role": eventtypes.roles()})
