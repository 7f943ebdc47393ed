"""The files around a family import: the row report (which can be corrected and
imported again) and the template with its explanation."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import CareForm, Need, PipelineStage, label
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.pipeline import dropout_reasons
from utregs_plekkie.exchange.export import write_table
from utregs_plekkie.exchange.household_import.columns import COLUMNS
from utregs_plekkie.exchange.household_import.results import ImportResult, label_status

__all__ = ["REPORT_HEADERS", "template_notes", "write_import_report", "write_template"]


REPORT_HEADERS = ("importregel", "importstatus", "gezinsnummer", "importreden")


def write_import_report(result: ImportResult, path: Path | str) -> Path:
    """The row report: outcome per row, then the row as it was in the file (.csv or
    .xlsx by the suffix). Correct a refused row in it and import the report itself."""
    headers = [*REPORT_HEADERS, *result.headers]
    rows = [
        [
            r.row,
            label_status(r.status),
            "" if r.household_id is None or r.household_id < 0 else r.household_id,
            r.reason,
            *r.values,
        ]
        for r in result.rows
    ]
    write_table(path, headers, rows)
    return Path(path)


def template_notes() -> list[str]:
    return [
        _("Sjabloon voor het inlezen van gezinnen: één regel per gezin."),
        _("Alleen 'gezinsnaam' (of de achternaam van volwassene 1) is verplicht."),
        _("route: pleegouder of steunouder (leeg: pleegouder, of steunouder als de "
          "zorgvorm alleen 'steunouder' is)."),
        _("fase: {stages}.").format(stages=", ".join(label(s) for s in PipelineStage)),
        _("reden gestopt (bij fase 'gestopt'): {reasons}.").format(
            reasons=", ".join(text for _code, text in dropout_reasons())
        ),
        _("Datums als 31-12-2026. Ja/nee-velden: ja of nee."),
        _("Bij fase 'beschikbaar' is voor elke volwassene een geldige VGB nodig (steunouders: "
          "een VOG)."),
        _("zorgvormen: {forms}; meerdere gescheiden door komma's.").format(
            forms=", ".join(label(c) for c in CareForm)
        ),
        _("weekrooster (deeltijd en steunouders): dagen en dagdelen, bijvoorbeeld "
          "'za ochtend, za middag, ma-vr avond'."),
        _("weekenden: elk weekend, om het weekend, eens per maand."),
        _("kan omgaan met / ervaring: {needs}.").format(needs=", ".join(label(n) for n in Need)),
        _("Een gezin dat er al is (zelfde e-mailadres, of zelfde naam en adres) wordt "
          "overgeslagen; hetzelfde bestand twee keer inlezen voegt dus niets toe."),
    ]  # fmt: skip


def write_template(path: Path | str) -> Path:
    """The template with the expected columns and one example row (.xlsx or .csv).
    An .xlsx also gets a sheet "Uitleg" with what each column accepts."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise UserError(
            _("Kies voor het sjabloon een bestandsnaam op .xlsx of .csv (niet '{name}').").format(
                name=target.name
            )
        )
    headers = [c.header for c in COLUMNS]
    write_table(
        target,
        headers,
        [_example_row(clock.today())],
        sheet_title=_("Gezinnen"),
        notes=template_notes(),
    )
    return target


def _example_row(today: date) -> list[str]:
    """The example family, with dates around ``today`` so it imports as it stands: in
    "beschikbaar" for a month, with VGBs issued two months ago and valid for two years."""

    def day(value: date) -> str:
        return value.strftime("%d-%m-%Y")

    requested = today - timedelta(days=120)
    issued = today - timedelta(days=60)
    valid_until = issued + timedelta(days=729)
    dates = {
        "stage_since": day(today - timedelta(days=30)),
        "a1_requested": day(requested),
        "a2_requested": day(requested),
        "a1_issued": day(issued),
        "a2_issued": day(issued + timedelta(days=4)),
        "a1_expires": day(valid_until),
        "a2_expires": day(valid_until + timedelta(days=4)),
    }
    return [dates.get(c.key, c.example) for c in COLUMNS]
