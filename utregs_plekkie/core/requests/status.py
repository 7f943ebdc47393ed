"""The status flow a recruiter works through (nieuw -> pakket verstuurd -> gebeld ->
informatieavond -> aangemeld, or afgehaakt / niet nu): which moves are allowed, the
drop-out reasons, and the Dutch sentence when a move is not allowed."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from utregs_plekkie.core.enums import RequestStatus, label
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.i18n import _

MAIN_LINE: tuple[RequestStatus, ...] = (
    RequestStatus.NIEUW,
    RequestStatus.PAKKET_VERSTUURD,
    RequestStatus.GEBELD,
    RequestStatus.INFORMATIEAVOND,
    RequestStatus.AANGEMELD,
)
#: Statuses a recruiter still has to act on (they carry a follow-up date).
OPEN_STATUSES: frozenset[RequestStatus] = frozenset(
    {
        RequestStatus.NIEUW,
        RequestStatus.PAKKET_VERSTUURD,
        RequestStatus.GEBELD,
        RequestStatus.INFORMATIEAVOND,
        RequestStatus.NIET_NU,
    }
)
CLOSED_STATUSES: frozenset[RequestStatus] = frozenset(
    {RequestStatus.AANGEMELD, RequestStatus.AFGEHAAKT}
)
#: How far ahead a "niet nu" date may lie (a typo such as 2062 is caught).
NIET_NU_MAX_DAYS = 3 * 366

_REOPEN_TARGETS = (
    RequestStatus.PAKKET_VERSTUURD,
    RequestStatus.GEBELD,
    RequestStatus.INFORMATIEAVOND,
)


def _allowed_table() -> dict[RequestStatus, tuple[RequestStatus, ...]]:
    table: dict[RequestStatus, tuple[RequestStatus, ...]] = {}
    for index, status in enumerate(MAIN_LINE[:-1]):
        forward = MAIN_LINE[index + 1 :]
        table[status] = (*forward, RequestStatus.AFGEHAAKT, RequestStatus.NIET_NU)
    # "Niet nu": the person comes back (any step after nieuw), drops out, or asks to be
    # called again later still (a new date).
    table[RequestStatus.NIET_NU] = (
        *MAIN_LINE[1:],
        RequestStatus.AFGEHAAKT,
        RequestStatus.NIET_NU,
    )
    # Someone who dropped out can come back; the request is then picked up again.
    table[RequestStatus.AFGEHAAKT] = _REOPEN_TARGETS
    # Aangemeld: the request became a household; its further steps live there.
    table[RequestStatus.AANGEMELD] = ()
    return table


_ALLOWED = _allowed_table()


def allowed_moves(current: RequestStatus) -> tuple[RequestStatus, ...]:
    """The statuses a request in ``current`` may move to, in the order to offer them."""
    return _ALLOWED[current]


def move_problem(current: RequestStatus, target: RequestStatus) -> str | None:
    """``None`` if the move is allowed, else a Dutch sentence that says why not and
    what to do instead."""
    if target in _ALLOWED[current]:
        return None
    now_label, target_label = label(current), label(target)
    if current == RequestStatus.AANGEMELD:
        return _(
            "Deze aanvraag is aangemeld en is daarmee een gezin geworden. Volg de verdere "
            "stappen op de pagina Gezinnen."
        )
    if target == current:
        return _("De aanvraag staat al op '{status}'. Kies een andere status.").format(
            status=now_label
        )
    if target == RequestStatus.NIEUW:
        return _(
            "Een aanvraag kan niet terug naar 'nieuw'. Kies de stap waar de aanvraag nu is, "
            "of zet haar op 'niet nu' met een datum om opnieuw contact op te nemen."
        )
    if current == RequestStatus.AFGEHAAKT:
        return _(
            "Deze aanvraag is afgehaakt. Komt de persoon terug, kies dan 'pakket verstuurd', "
            "'gebeld' of 'informatieavond'; '{status}' kan niet direct."
        ).format(status=target_label)
    return _(
        "Een aanvraag gaat niet terug van '{current}' naar '{target}'. Kies een latere stap, "
        "'afgehaakt' of 'niet nu'."
    ).format(current=now_label, target=target_label)


class DropoutReason(StrEnum):
    """Why a lead stopped (stored in ``dropout_reason``); free text goes in the note."""

    GEEN_TIJD = "geen_tijd"
    PERSOONLIJK = "persoonlijke_omstandigheden"
    ANDERE_ORGANISATIE = "andere_organisatie"
    GEEN_REACTIE = "geen_reactie"
    VERWACHTINGEN = "verwachtingen"
    WOONRUIMTE = "woonruimte"
    GEZIN_NIET_ACHTER = "gezin_niet_achter"
    ANDERS = "anders"


def _dropout_labels() -> dict[str, str]:
    return {
        DropoutReason.GEEN_TIJD: _("geen tijd of ruimte op dit moment"),
        DropoutReason.PERSOONLIJK: _("persoonlijke omstandigheden"),
        DropoutReason.ANDERE_ORGANISATIE: _("kiest voor een andere organisatie"),
        DropoutReason.GEEN_REACTIE: _("niet meer bereikbaar, geen reactie"),
        DropoutReason.VERWACHTINGEN: _("pleegzorg past niet bij de verwachtingen"),
        DropoutReason.WOONRUIMTE: _("te weinig woonruimte"),
        DropoutReason.GEZIN_NIET_ACHTER: _("partner of gezin staat er niet achter"),
        DropoutReason.ANDERS: _("andere reden (licht toe)"),
    }


def dropout_reason_label(code: str | None) -> str:
    """The Dutch words for a dropout reason code; an unknown (older) code is shown as is."""
    if not code:
        return ""
    return _dropout_labels().get(code, code)


def check_move(
    current: RequestStatus,
    target: RequestStatus,
    *,
    today: date,
    reason: str | None = None,
    note: str = "",
    next_contact_on: date | None = None,
) -> list[ValidationError]:
    """Everything wrong with a status change, as field-tagged Dutch sentences.

    Afgehaakt needs a reason from :class:`DropoutReason` (and a note for "anders");
    niet nu needs a date after today to get back in touch, at most three years ahead.
    """
    problems: list[ValidationError] = []
    problem = move_problem(current, target)
    if problem is not None:
        problems.append(ValidationError(problem, field="status"))
    if target == RequestStatus.AFGEHAAKT:
        if not reason:
            problems.append(
                ValidationError(
                    _("Kies waarom de persoon afhaakt (een reden uit de lijst)."), field="reason"
                )
            )
        elif reason not in {r.value for r in DropoutReason}:
            problems.append(
                ValidationError(
                    _(
                        "Reden '{reason}' staat niet in de lijst. Kies een reden uit de lijst."
                    ).format(reason=reason),
                    field="reason",
                )
            )
        elif reason == DropoutReason.ANDERS and not note.strip():
            problems.append(
                ValidationError(
                    _("Bij 'andere reden' hoort een toelichting: schrijf kort waarom."),
                    field="note",
                )
            )
    elif reason:
        problems.append(
            ValidationError(
                _("Een reden hoort alleen bij 'afgehaakt'. Laat de reden leeg."), field="reason"
            )
        )
    if target == RequestStatus.NIET_NU:
        if next_contact_on is None:
            problems.append(
                ValidationError(
                    _("Vul bij 'niet nu' een datum in waarop we opnieuw contact opnemen."),
                    field="next_contact_on",
                )
            )
        elif next_contact_on <= today:
            problems.append(
                ValidationError(
                    _(
                        "De datum om opnieuw contact op te nemen ({date}) ligt niet in de "
                        "toekomst. Kies een datum na vandaag."
                    ).format(date=_dutch_date(next_contact_on)),
                    field="next_contact_on",
                )
            )
        elif next_contact_on > today + timedelta(days=NIET_NU_MAX_DAYS):
            problems.append(
                ValidationError(
                    _(
                        "De datum om opnieuw contact op te nemen ({date}) ligt meer dan drie "
                        "jaar vooruit. Controleer het jaartal."
                    ).format(date=_dutch_date(next_contact_on)),
                    field="next_contact_on",
                )
            )
    return problems


def _dutch_date(value: date) -> str:
    return value.strftime("%d-%m-%Y")
