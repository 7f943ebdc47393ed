"""Why a family stopped: the reason codes that are stored and the labels that are shown."""

from __future__ import annotations

from enum import StrEnum

from utregs_plekkie.core.i18n import _

# --------------------------------------------------------------------------- drop-out


class DropoutReason(StrEnum):
    """Why a family stopped (the codes are stored; labels are shown)."""

    GEEN_TIJD = "geen_tijd"
    PERSOONLIJK = "persoonlijke_omstandigheden"
    ZWAARDER = "zwaarder_dan_verwacht"
    GEZINSUITBREIDING = "gezinsuitbreiding"
    VERHUISD = "verhuisd"
    WOONRUIMTE = "woonruimte"
    NIET_GESCHIKT = "niet_geschikt"
    VGB_GEWEIGERD = "vgb_geweigerd"
    ANDERE_ORGANISATIE = "andere_organisatie"
    GEEN_REACTIE = "geen_reactie"
    ANDERS = "anders"


def _dropout_labels() -> dict[str, str]:
    return {
        DropoutReason.GEEN_TIJD: _("geen tijd (meer)"),
        DropoutReason.PERSOONLIJK: _("persoonlijke omstandigheden"),
        DropoutReason.ZWAARDER: _("zwaarder dan verwacht"),
        DropoutReason.GEZINSUITBREIDING: _("gezinsuitbreiding"),
        DropoutReason.VERHUISD: _("verhuisd"),
        DropoutReason.WOONRUIMTE: _("te weinig woonruimte"),
        DropoutReason.NIET_GESCHIKT: _("niet geschikt bevonden"),
        DropoutReason.VGB_GEWEIGERD: _("VGB of VOG geweigerd"),
        DropoutReason.ANDERE_ORGANISATIE: _("naar een andere organisatie"),
        DropoutReason.GEEN_REACTIE: _("geen reactie meer"),
        DropoutReason.ANDERS: _("anders (zie toelichting)"),
    }


def dropout_label(code: str | None) -> str:
    """The Dutch label of a drop-out reason code (an unknown code is shown as stored)."""
    if not code:
        return ""
    return _dropout_labels().get(code, code.replace("_", " "))


def dropout_reasons() -> list[tuple[DropoutReason, str]]:
    """(code, label) for the reason list, in the order shown."""
    labels = _dropout_labels()
    return [(reason, labels[reason]) for reason in DropoutReason]
