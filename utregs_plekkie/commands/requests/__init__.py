"""Information requests on the command line.

- ``utregs-plekkie import requests FILE [--report REPORT.csv] [--merge-duplicates]``
- ``utregs-plekkie export requests FILE.csv|FILE.xlsx [--event NAME] [--status S] ...``
- ``utregs-plekkie bench requests``: the Aanvragen page and the import at full scale.

The event laptop -> desk flow: on the laptop ``export requests --event "NAAM" F.csv``;
on the desk ``import requests F.csv``: every visitor who is already known (same e-mail
or phone, or a similar name at the same postcode) is recognised and listed as a
duplicate, so nothing arrives twice. ``--merge-duplicates`` folds what the laptop
knew extra into the existing request instead.

Import and export work with personal data: they need ``--user NAAM`` or ``--admin``.
The import exits with 1 when rows were rejected (the added rows stay), so a script
notices; duplicates are normal and exit with 0.
"""

from __future__ import annotations

from utregs_plekkie.commands._base import CommandSet
from utregs_plekkie.commands._exchange_kinds import install, register_kind
from utregs_plekkie.commands.requests.bench import bench_requests
from utregs_plekkie.commands.requests.exchange import (
    _export_options,
    _import_options,
    cmd_export_requests,
    cmd_import_requests,
)
from utregs_plekkie.core.i18n import _

KIND = "requests"


def register(cli: CommandSet) -> None:
    register_kind(
        "import",
        KIND,
        cmd_import_requests,
        _("aanvragen (van de website of een evenement-laptop)"),
        options=_import_options,
    )
    register_kind(
        "export",
        KIND,
        cmd_export_requests,
        _("aanvragen, met dezelfde filters als de pagina Aanvragen"),
        options=_export_options,
    )
    install(cli)
    bench = cli.bench(
        "requests",
        bench_requests,
        help=_(
            "meet de pagina Aanvragen (eerste rijen, zoeken, filteren) en het inlezen van "
            "100.000 aanvragen"
        ),
    )
    bench.add_argument(
        "--requests",
        type=int,
        default=200_000,
        metavar="N",
        help=_("zoveel aanvragen moet de database hebben (anders: tijdelijke demodatabase)"),
    )
    bench.add_argument(
        "--import-rows",
        type=int,
        default=100_000,
        metavar="N",
        help=_("aantal rijen van het testbestand voor het inlezen"),
    )
