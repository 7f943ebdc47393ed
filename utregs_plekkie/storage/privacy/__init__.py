"""The AVG (GDPR): consent, retention, the right of access and the right to erasure, one
module each; every change goes through the unit of work in a named actor's name.

- **Consent** of a lead is stored with its moment and the version of the text that was
  shown (``consent_texts``); withdrawing it is one action.
- **Retention**: leads that went nowhere are anonymised after ``lead_months``; stopped
  households after ``household_years``, or, when a child was ever placed with them,
  after ``placed_household_years`` (a child's Jeugdwet file is kept at least 20
  years). A dry run lists exactly what a run would touch.
- **Access**: everything about one person (``person_export``), as JSON here and as a
  PDF by ``packs.access_report``.
- **Erasure** (``erase_person``): the person's requests (merged ones included) and
  household are anonymised, the adults and own children of the household deleted,
  and free text about them wherever it sits (notes, proposals, placements) cleared.

Anonymising keeps what the statistics need (status and its dates, source, event,
four-digit postcode, wijk, provider, interests, stage history without notes) and
blanks everything that points at a person. The audit trail gets one line per record
("anonymised", "erased") without personal data; the earlier lines about the person
hold only ids and field names (see ``storage.audit``), so nothing is left to find.
"""

from __future__ import annotations

from utregs_plekkie.storage.privacy.anonymise import BATCH, ERASED_MARK
from utregs_plekkie.storage.privacy.consent import (
    ConsentTextInfo,
    add_consent_text,
    consent_text,
    consent_values,
    current_consent_text,
    record_consent,
    withdraw_consent,
)
from utregs_plekkie.storage.privacy.erasure import ErasureResult, erase_person
from utregs_plekkie.storage.privacy.person import (
    PersonIds,
    person_export,
    person_ids,
    write_person_json,
)
from utregs_plekkie.storage.privacy.retention import (
    RETENTION_KEY,
    RetentionItem,
    RetentionPlan,
    RetentionResult,
    RetentionRules,
    apply_retention,
    months_before,
    retention_dry_run,
    retention_rules,
    save_retention_rules,
)

__all__ = [
    "BATCH",
    "ERASED_MARK",
    "RETENTION_KEY",
    "ConsentTextInfo",
    "ErasureResult",
    "PersonIds",
    "RetentionItem",
    "RetentionPlan",
    "RetentionResult",
    "RetentionRules",
    "add_consent_text",
    "apply_retention",
    "consent_text",
    "consent_values",
    "current_consent_text",
    "erase_person",
    "months_before",
    "person_export",
    "person_ids",
    "record_consent",
    "retention_dry_run",
    "retention_rules",
    "save_retention_rules",
    "withdraw_consent",
    "write_person_json",
]
