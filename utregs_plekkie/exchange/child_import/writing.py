"""Children from a list (CSV or XLSX), with a report per row, and the template for it.

Privacy comes first: a child is recorded with a pseudonymous code, the birth month and
four-digit postcodes, never a name or a BSN. So:

* columns that hold identifying data (name, BSN, full birth date, address, phone,
  e-mail, parents, school name) are *refused*: they are not read at all, nothing of
  them is stored or echoed in the report, and the report says which were refused;
* a full postcode (``3511 AB``) is cut to its four digits, a full birth date to its
  month, and the report says so;
* a code that looks like a BSN (nine digits that pass the elfproef) is refused.

The file is read like every import's (``exchange.reading``): UTF-8 with or without
BOM, UTF-16, Windows-1252, ``;``, ``,`` or tab, XLSX, ODS; headers are matched loosely (``Postcode
school``, ``postcode_school``, ``PC school``); every row gets a line in the report
with what happened (new, skipped because the code exists, or the errors, in Dutch,
naming the column). Valid rows are written in one transaction with one audit line;
a row with an error is not written, and the rest is. A file with nothing usable
writes nothing. ``dry_run`` checks everything and writes nothing (a preview).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import select

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, ChildStatus
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.exchange.child_import.columns import (
    COLUMNS,
    EXAMPLE_CODE,
    FORBIDDEN,
    map_headers,
)
from utregs_plekkie.exchange.child_import.results import ChildImportResult, RowReport, write_report
from utregs_plekkie.exchange.child_import.rows import ParsedChild, RowErrors, parse_row
from utregs_plekkie.exchange.reading import header_key, read_sheet
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.children import looks_like_bsn
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.unit_of_work import add_audit_line

__all__ = ["import_children"]

Progress = Callable[[int, int], bool]


def import_children(
    db: Database,
    path: Path | str,
    *,
    report_path: Path | str | None = None,
    dry_run: bool = False,
    on: date | None = None,
    geo: GeoIndex | None = None,
    progress: Progress | None = None,
    actor: Actor,
) -> ChildImportResult:
    """Read children from ``path`` in ``actor``'s name (see the module text); returns
    what happened per row and writes the row report to ``report_path`` when given."""
    require(actor, Permission.IMPORT)
    day = on or clock.today()
    geo = geo or GeoIndex.default()
    source = Path(path)
    sheet = read_sheet(source)
    index, refused, ignored, duplicates = map_headers(sheet.file_headers)
    result = ChildImportResult(
        file=source.name,
        description=sheet.description,
        refused_columns=refused,
        ignored_columns=ignored,
        dry_run=dry_run,
    )
    if refused:
        result.rows.append(
            RowReport(
                0,
                "",
                "opmerking",
                (
                    _(
                        "Kolommen geweigerd en niet gelezen: {kolommen}. Kinderen worden alleen "
                        "met een code, geboortemaand en vier cijfers van postcodes vastgelegd; "
                        "haal deze kolommen uit het bestand."
                    ).format(kolommen=", ".join(refused)),
                ),
            )
        )
    if ignored:
        result.rows.append(
            RowReport(
                0,
                "",
                "opmerking",
                (
                    _("Onbekende kolommen, niet gelezen: {kolommen}.").format(
                        kolommen=", ".join(ignored)
                    ),
                ),
            )
        )
    if duplicates:
        result.rows.append(
            RowReport(
                0,
                "",
                "opmerking",
                (
                    _("Dubbele kolommen, alleen de eerste gelezen: {kolommen}.").format(
                        kolommen=", ".join(duplicates)
                    ),
                ),
            )
        )
    missing = [c.header for c in COLUMNS if c.required and c.key not in index]
    if missing:
        message = _(
            "In {bestand} ontbreken de kolommen {kolommen}. Gebruik het sjabloon "
            "(utregs-plekkie template children BESTAND) of geef de kolommen deze namen."
        ).format(bestand=source.name, kolommen=", ".join(missing))
        if "geboortemaand" in missing and any(
            FORBIDDEN[header_key(h)] == "geboortedatum" for h in refused
        ):
            message += " " + _(
                "Een volledige geboortedatum wordt niet gelezen of bewaard: zet alleen maand "
                "en jaar in een kolom geboortemaand (bv. 2016-03)."
            )
        raise UserError(message)

    parsed: list[tuple[int, ParsedChild]] = []
    seen: dict[str, int] = {}
    total = len(sheet.rows)
    for done, row in enumerate(sheet.rows):
        if progress is not None and done % 200 == 0 and not progress(done, total):
            raise UserError(_("Inlezen afgebroken; er is niets opgeslagen."))

        # Whitespace as a person sees it: non-breaking spaces and runs are one space.
        texts = [" ".join(t.replace("\u00a0", " ").split()) for t in sheet.texts(row)]

        def get(key: str, row_values: Sequence[str] = texts) -> str:
            i = index.get(key)
            return row_values[i] if i is not None and i < len(row_values) else ""

        raw_code = get("code").strip()
        shown_code = "" if looks_like_bsn(raw_code) else raw_code[:40]
        if raw_code.upper() == EXAMPLE_CODE:
            result.skipped += 1
            result.rows.append(
                RowReport(row.number, shown_code, "overgeslagen", (_("voorbeeldregel"),))
            )
            continue
        try:
            item = parse_row(get, day, geo)
        except RowErrors as exc:
            result.failed += 1
            result.rows.append(RowReport(row.number, shown_code, "fout", tuple(exc.messages)))
            continue
        code = item.values["code"]
        if code in seen:
            result.failed += 1
            result.rows.append(
                RowReport(
                    row.number,
                    code,
                    "fout",
                    (
                        _("code {code} staat al op regel {regel} van dit bestand").format(
                            code=code, regel=seen[code]
                        ),
                    ),
                )
            )
            continue
        seen[code] = row.number
        parsed.append((row.number, item))

    # A proof run reads in a plain session and writes nothing.
    with db.session() if dry_run else db.transaction() as session:
        existing: set[str] = set()
        codes = [item.values["code"] for _n, item in parsed]
        for start in range(0, len(codes), 900):
            existing.update(
                session.scalars(
                    select(m.Child.code).where(m.Child.code.in_(codes[start : start + 900]))
                )
            )
        groups: dict[str, m.SiblingGroup] = {}
        group_codes = sorted({item.sibling_group for _n, item in parsed if item.sibling_group})
        for start in range(0, len(group_codes), 900):
            for found in session.scalars(
                select(m.SiblingGroup).where(
                    m.SiblingGroup.code.in_(group_codes[start : start + 900])
                )
            ):
                groups[found.code] = found
        for number, item in parsed:
            code = item.values["code"]
            if code in existing:
                result.skipped += 1
                result.rows.append(
                    RowReport(
                        number,
                        code,
                        "overgeslagen",
                        (_("er is al een kind met deze code; niets gewijzigd"), *item.notes),
                    )
                )
                continue
            result.created += 1
            result.rows.append(RowReport(number, code, "nieuw", tuple(item.notes)))
            if dry_run:
                continue
            group: m.SiblingGroup | None = None
            if item.sibling_group:
                group = groups.get(item.sibling_group)
                if group is None:
                    group = groups[item.sibling_group] = m.SiblingGroup(code=item.sibling_group)
                    session.add(group)
            session.add(
                m.Child(
                    **item.values,
                    sibling_group=group,
                    status=ChildStatus.WACHT,
                )
            )
        if not dry_run:
            session.flush()
            detail = _("{bestand}: {nieuw} nieuw, {over} overgeslagen, {fout} fouten").format(
                bestand=source.name,
                nieuw=result.created,
                over=result.skipped,
                fout=result.failed,
            )
            if refused:
                detail += _("; geweigerde kolommen: {kolommen}").format(kolommen=", ".join(refused))
            add_audit_line(session, actor, AuditAction.IMPORT, "children", None, detail)
    result.rows.sort(key=lambda r: r.row)
    if progress is not None:
        progress(total, total)
    if report_path is not None:
        write_report(result, report_path)
    return result
