"""Importing existing lists of foster and support families (CSV, XLSX or ODS).

The template (``utregs-plekkie template households FILE``) has one row per family:
the family, its address and details, up to two adults with their VGB or VOG, the
own children's birth years, and what it offers. Lists from elsewhere work too:
headers are matched loosely ("E-mail", "emailadres", "Telefoonnummer", "Voornaam",
"Achternaam"), and a family name is made from the first adult's surname when the
list has none.

Every row is judged on its own: it is added, skipped (the family is already in the
database, or earlier in the file: same e-mail address, or same name and address),
or refused with the reason in Dutch. Importing the same file twice adds nothing the
second time. The row report (``--report``) repeats the file's columns after the
outcome, so a refused row can be corrected in the report and the report imported.

Rows are written in batches; ``progress(done, total)`` is called after each batch and
returning ``False`` stops after it (what was added stays, and a re-import goes on
where it stopped).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from pathlib import Path
from typing import Any

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, PipelineStage
from utregs_plekkie.core.errors import UserError, ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.core.pipeline import PipelineConfig
from utregs_plekkie.exchange.household_import.columns import BY_KEY, map_headers
from utregs_plekkie.exchange.household_import.duplicates import (
    address_key,
    email_key,
    existing_keys,
)
from utregs_plekkie.exchange.household_import.results import ImportResult, RowResult, RowStatus
from utregs_plekkie.exchange.household_import.rows import ParsedRow, RowError, fail, parse_row
from utregs_plekkie.exchange.reading import SheetRow, read_sheet
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.households import insert_household, load_pipeline_config, validate_offer
from utregs_plekkie.storage.unit_of_work import add_audit_line

__all__ = ["BATCH", "import_households"]

Progress = Callable[[int, int], bool]
BATCH = 200


def import_households(
    db: Database,
    path: Path | str,
    *,
    actor: Actor,
    progress: Progress | None = None,
) -> ImportResult:
    """Import the families in a CSV, XLSX or ODS file in ``actor``'s name (see the
    module text)."""
    require(actor, Permission.IMPORT)
    source = Path(path)
    table = read_sheet(source)
    mapping, unknown = map_headers(table)
    config = load_pipeline_config(db)
    emails, addresses = existing_keys(db)
    results: list[RowResult] = []
    pending: list[tuple[SheetRow, list[str], ParsedRow, str]] = []

    for row in table.rows:
        texts = table.texts(row)
        values = {key: texts[position] for position, key in mapping.items()}
        display = values.get("name") or " ".join(
            p for p in (values.get("a1_first", ""), values.get("a1_last", "")) if p
        )
        try:
            parsed = parse_row(values, config)
        except RowError as exc:
            results.append(
                RowResult(row.number, RowStatus.GEWEIGERD, display, None, exc.message, tuple(texts))
            )
            continue
        first = parsed.adults[0].first_name if parsed.adults else ""
        email = email_key(parsed.data.email)
        address = address_key(
            parsed.data.name, parsed.data.postcode, parsed.data.house_number, first
        )
        existing = (emails.get(email) if email else None) or addresses.get(address)
        if existing is not None:
            results.append(
                RowResult(
                    row.number,
                    RowStatus.OVERGESLAGEN,
                    parsed.data.name,
                    existing,
                    _("staat al in het programma (gezin {id})").format(id=existing)
                    if existing > 0
                    else _("staat eerder in dit bestand (regel {row})").format(row=-existing),
                    tuple(texts),
                ),
            )
            continue
        # Later rows of the same family in this file are skipped as well.
        if email:
            emails[email] = -row.number
        addresses[address] = -row.number
        pending.append((row, texts, parsed, parsed.data.name))

    total = len(pending)
    done = 0
    cancelled = False
    for start in range(0, total, BATCH):
        batch = pending[start : start + BATCH]
        with db.transaction() as session:
            for row, texts, parsed, name in batch:
                try:
                    with session.begin_nested():
                        household = _insert(session, parsed, config, actor, source)
                    results.append(
                        RowResult(row.number, RowStatus.TOEGEVOEGD, name, household.id, "",
                                  tuple(texts))
                    )  # fmt: skip
                except (UserError, RowError) as exc:
                    message = _with_column(exc)
                    results.append(
                        RowResult(row.number, RowStatus.GEWEIGERD, name, None, message,
                                  tuple(texts))
                    )  # fmt: skip
        done += len(batch)
        if progress is not None and not progress(done, total) and done < total:
            cancelled = True
            break

    results.sort(key=lambda r: r.row)
    result = ImportResult(
        file=source.name,
        description=table.description,
        headers=tuple(table.headers),
        rows=tuple(results),
        unknown_columns=tuple(unknown),
        cancelled=cancelled,
    )
    with db.transaction() as session:
        add_audit_line(
            session,
            actor,
            AuditAction.IMPORT,
            "households",
            None,
            _("{file}: {added} toegevoegd, {skipped} overgeslagen, {refused} geweigerd").format(
                file=source.name,
                added=result.added,
                skipped=result.skipped,
                refused=result.refused,
            ),
        )
    return result


#: Fields named by validation errors -> the column the value came from.
_FIELD_COLUMNS = {
    "name": "name",
    "email": "email",
    "phone": "phone",
    "postcode": "postcode",
    "house_number": "house_number",
    "street": "street",
    "bedrooms": "bedrooms",
    "spare_bedrooms": "spare_bedrooms",
    "care_form": "care_forms",
    "schedule": "schedule",
    "weekend_pattern": "weekends",
    "capacity": "capacity",
    "age_min": "age_min",
    "age_max": "age_max",
    "max_distance_km": "max_distance",
    "needs_ok": "needs_ok",
    "own_children": "own_children",
}


def _with_column(exc: UserError | RowError) -> str:
    """The reason, led by the column it concerns when a validation error names one."""
    if isinstance(exc, ValidationError) and exc.field in _FIELD_COLUMNS:
        return f"{BY_KEY[_FIELD_COLUMNS[exc.field]].header}: {exc.message}"
    return exc.message


def _insert(
    session: Any,
    parsed: ParsedRow,
    config: PipelineConfig,
    actor: Actor,
    source: Path,
) -> m.Household:
    route = parsed.data.route
    offers = [validate_offer(offer, route) for offer in parsed.offers]
    history: list[tuple[PipelineStage | None, PipelineStage, datetime]] = []
    if parsed.since is not None:
        if parsed.since > clock.today():
            raise fail("stage_since", _("de datum ligt in de toekomst."))
        at = datetime.combine(parsed.since, time(12, 0), tzinfo=clock.LOCAL_TZ)
        history = [(None, parsed.stage, at)]
    household = insert_household(
        session,
        parsed.data,
        adults=parsed.adults,
        own_children=parsed.own_children,
        stage=parsed.stage,
        reason=parsed.reason,
        note=parsed.note,
        config=config,
        actor=actor,
        history=history,
        audit_detail=_("geïmporteerd uit {file}").format(file=source.name),
    )
    for values in offers:
        household.offers.append(m.AvailabilityOffer(**values))
    session.flush()
    return household
