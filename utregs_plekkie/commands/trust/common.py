"""What the trust commands share: asking to confirm, and sizes and moments printed the
Dutch way."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from utregs_plekkie.core import clock
from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.i18n import _

# --------------------------------------------------------------------------- helpers


def confirm(args: argparse.Namespace, question: str) -> None:
    if getattr(args, "yes", False):
        return
    if not sys.stdin.isatty():
        raise UserError(
            _("{question} Bevestig met --yes; zonder terminal kan er niet worden gevraagd.").format(
                question=question
            )
        )
    answer = input(_("{question} Typ 'ja' om door te gaan: ").format(question=question))
    if answer.strip().lower() != "ja":
        raise UserError(_("Niet bevestigd; er is niets veranderd."))


def size_text(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB".replace(".", ",")
    return f"{max(n, 1) // 1024 or 1} kB"


def when_text(value: datetime) -> str:
    return value.astimezone(clock.LOCAL_TZ).strftime("%d-%m-%Y %H:%M")
