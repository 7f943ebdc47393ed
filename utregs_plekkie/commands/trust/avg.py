"""The AVG on the command line: ``retention`` (dry run unless --apply), ``person
export|erase`` and ``consent withdraw``."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from utregs_plekkie.commands._base import format_int
from utregs_plekkie.commands._identity import (
    actor_for,
)
from utregs_plekkie.commands.trust.common import confirm
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Permission
from utregs_plekkie.packs.access_report import write_access_report
from utregs_plekkie.storage import privacy
from utregs_plekkie.storage.database import open_database

# --------------------------------------------------------------------------- AVG


def cmd_retention(args: argparse.Namespace, out: TextIO) -> int:
    db = open_database(args.db_url)
    try:
        actor = actor_for(args, db, Permission.RETENTION)
        rules = privacy.retention_rules(db)
        if args.lead_months is not None:
            rules = replace(rules, lead_months=args.lead_months)
        if args.household_years is not None:
            rules = replace(rules, household_years=args.household_years)
        rules.validate()
        if args.save:
            privacy.save_retention_rules(db, rules, actor=actor)
            print(_("Bewaartermijnen opgeslagen."), file=out)
        plan = privacy.retention_dry_run(db, rules=rules)
        print(
            _(
                "Bewaartermijnen: aanvragen zonder voortgang {lead} maanden (van vóór {lead_cut}), "
                "gestopte gezinnen {hh} jaar (van vóór {hh_cut}), gezinnen met een plaatsing "
                "{placed} jaar."
            ).format(
                lead=rules.lead_months,
                lead_cut=plan.lead_cutoff.strftime("%d-%m-%Y"),
                hh=rules.household_years,
                hh_cut=plan.household_cutoff.strftime("%d-%m-%Y"),
                placed=rules.placed_household_years,
            ),
            file=out,
        )
        for item in plan.requests + plan.households:
            kind = _("aanvraag") if item.entity == "info_requests" else _("gezin")
            print(
                f"  {kind:<8} {item.id:>8}  {item.name or '—':<32} "
                f"{item.since:%d-%m-%Y}  {item.reason}",
                file=out,
            )
        if not args.apply:
            print(
                _(
                    "Proefdraaien: {requests} aanvragen en {households} gezinnen zouden worden "
                    "geanonimiseerd. Er is niets veranderd; voeg --apply toe om het uit te voeren."
                ).format(
                    requests=format_int(len(plan.requests)),
                    households=format_int(len(plan.households)),
                ),
                file=out,
            )
            return 0
        result = privacy.apply_retention(db, plan, actor=actor)
    finally:
        db.dispose()
    print(
        _(
            "Geanonimiseerd: {requests} aanvragen en {households} gezinnen ({skipped} "
            "overgeslagen omdat ze intussen veranderd zijn)."
        ).format(
            requests=format_int(result.requests),
            households=format_int(result.households),
            skipped=format_int(result.skipped),
        ),
        file=out,
    )
    return 0


def cmd_person(args: argparse.Namespace, out: TextIO) -> int:
    db = open_database(args.db_url)
    try:
        actor = actor_for(args, db, Permission.PRIVACY)
        if args.person_action == "export":
            target: Path = args.out
            suffix = target.suffix.lower()
            if suffix not in (".json", ".pdf"):
                raise UserError(
                    _("Kies een bestand dat eindigt op .json of .pdf, niet '{name}'.").format(
                        name=target.name
                    )
                )
            data = privacy.person_export(
                db, request_id=args.request, household_id=args.household, actor=actor
            )
            if suffix == ".json":
                privacy.write_person_json(data, target)
            else:
                write_access_report(data, target)
            print(
                _(
                    "Inzage geschreven naar {path}: {requests} aanvraag/aanvragen, "
                    "{households} gezin(nen)."
                ).format(
                    path=target,
                    requests=len(data["aanvragen"]),
                    households=len(data["gezinnen"]),
                ),
                file=out,
            )
            return 0
        subject = (
            _("aanvraag {id}").format(id=args.request)
            if args.request is not None
            else _("gezin {id}").format(id=args.household)
        )
        confirm(
            args,
            _(
                "Alle persoonsgegevens van {subject} (met gekoppelde aanvragen en gezin) worden "
                "gewist. Dit kan niet ongedaan worden gemaakt."
            ).format(subject=subject),
        )
        result = privacy.erase_person(
            db, request_id=args.request, household_id=args.household, actor=actor
        )
    finally:
        db.dispose()
    print(
        _(
            "Gewist: {requests} aanvraag/aanvragen en {households} gezin(nen) geanonimiseerd, "
            "{adults} volwassene(n) verwijderd. Het logboek vermeldt alleen dat het gebeurd is. "
            "Let op: oudere backups bevatten de gegevens nog tot ze na 4 weken worden opgeruimd."
        ).format(requests=result.requests, households=result.households, adults=result.adults),
        file=out,
    )
    return 0


def cmd_consent(args: argparse.Namespace, out: TextIO) -> int:
    db = open_database(args.db_url)
    try:
        actor = actor_for(args, db, Permission.EDIT_REQUESTS)
        privacy.withdraw_consent(db, args.request, actor=actor)
    finally:
        db.dispose()
    print(
        _("Toestemming van aanvraag {id} ingetrokken: geen contact en geen opvolging meer.").format(
            id=args.request
        ),
        file=out,
    )
    return 0
