"""Beheer → Inzageverzoek… and Vergeetverzoek…: the AVG's requests about one person, each
a dialog that starts by picking the person (``picker``).

Both start by picking the person: a request (lead) or a family, found by name,
e-mail, phone, postcode or number. The access request saves everything about them
as a readable PDF and/or JSON (``storage.privacy.person_export`` and
``packs.access_report``). The erasure request first shows what will be erased, then
asks for the typed word WISSEN before ``storage.privacy.erase_person`` runs; the
audit trail keeps only a line that it happened.
"""

from __future__ import annotations

from utregs_plekkie.gui.trust.person.access import AccessRequestDialog
from utregs_plekkie.gui.trust.person.erasure import (
    CONFIRM_WORD,
    ErasureDialog,
    ErasurePreview,
    erasure_preview,
)
from utregs_plekkie.gui.trust.person.picker import (
    HOUSEHOLD,
    REQUEST,
    PeopleModel,
    PersonPicker,
    PersonRef,
)

__all__ = [
    "CONFIRM_WORD",
    "HOUSEHOLD",
    "REQUEST",
    "AccessRequestDialog",
    "ErasureDialog",
    "ErasurePreview",
    "PeopleModel",
    "PersonPicker",
    "PersonRef",
    "erasure_preview",
]
