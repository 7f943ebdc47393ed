"""The rules of an information request (lead), as pure functions.

- the **status flow** a recruiter works through (nieuw -> pakket verstuurd -> gebeld ->
  informatieavond -> aangemeld, or afgehaakt / niet nu), which moves are allowed and
  the Dutch sentence when one is not;
- the **response norm**: how many working days a request may wait for its next step
  (default: a new request is answered within one working day), on the program's one
  calendar of working days (:mod:`core.workdays`: weekends and Dutch public holidays,
  Easter-based ones and King's Day included, skipped);
- **follow-up**: whether a request is due today, overdue or later (the "vandaag" view);
- **duplicates**: how alike two requests are (same e-mail or phone: certain; a similar
  name at the same postcode: likely), with the reasons in Dutch;
- **parsing** what people and spreadsheets write for names, interests, sources,
  consent and dates.

Nothing here touches the database or Qt; storage and the GUI call these functions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any, ClassVar

from rapidfuzz import fuzz, process

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import Interest, RequestStatus, Source, label
from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.validation import format_phone, search_key
from utregs_plekkie.core.workdays import (
    DEFAULT_RULES,
    HolidayRules,
    add_working_days,
    next_working_day,
    working_days_between,
)

__all__ = [
    "CLOSED_STATUSES",
    "MAIN_LINE",
    "NAME_SIMILARITY_THRESHOLD",
    "NIET_NU_MAX_DAYS",
    "OPEN_STATUSES",
    "DropoutReason",
    "DuplicateLevel",
    "DuplicateScore",
    "FollowUpState",
    "PersonKey",
    "ResponseNorm",
    "SearchKind",
    "SearchTerm",
    "allowed_moves",
    "check_move",
    "classify_search",
    "describe_follow_up",
    "dropout_reason_label",
    "effective_due_date",
    "follow_up_after_move",
    "follow_up_state",
    "move_problem",
    "name_similarity",
    "parse_consent",
    "parse_interests",
    "parse_received_at",
    "parse_source",
    "score_duplicate",
    "similar_names",
    "split_full_name",
    "split_last_name",
    "split_street_and_number",
    "working_days_late",
]

# --------------------------------------------------------------------------- status flow

#: The main line, in order. A request may skip steps forward, never go back.
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


# --------------------------------------------------------------------------- norm


@dataclass(frozen=True)
class ResponseNorm:
    """Within how many working days a request in each open status gets its next step.

    The default answers a new request within one working day (common practice in
    Dutch foster-care recruitment); after the pack a phone call within five, after the
    call an information evening within ten, after the evening a decision within five.
    """

    nieuw: int = 1
    pakket_verstuurd: int = 5
    gebeld: int = 10
    informatieavond: int = 5
    calendar: HolidayRules = field(default=DEFAULT_RULES)

    MAX_DAYS: ClassVar[int] = 60

    def days_for(self, status: RequestStatus) -> int | None:
        """Working days allowed in ``status``; ``None`` where the norm sets no date."""
        return {
            RequestStatus.NIEUW: self.nieuw,
            RequestStatus.PAKKET_VERSTUURD: self.pakket_verstuurd,
            RequestStatus.GEBELD: self.gebeld,
            RequestStatus.INFORMATIEAVOND: self.informatieavond,
        }.get(status)

    def due_date(self, status: RequestStatus, since: date) -> date | None:
        """When a request that entered ``status`` on ``since`` should have its next step."""
        days = self.days_for(status)
        return None if days is None else add_working_days(since, days, self.calendar)

    def problems(self) -> list[ValidationError]:
        """What is wrong with the numbers, in Dutch (for the settings dialog)."""
        result: list[ValidationError] = []
        for key in ("nieuw", "pakket_verstuurd", "gebeld", "informatieavond"):
            value = getattr(self, key)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                result.append(
                    ValidationError(
                        _("Vul bij '{status}' een aantal werkdagen in van 0 of meer.").format(
                            status=label(RequestStatus(key))
                        ),
                        field=key,
                    )
                )
            elif value > self.MAX_DAYS:
                result.append(
                    ValidationError(
                        _(
                            "'{status}': {days} werkdagen is te lang voor een reactietermijn. "
                            "Gebruik hoogstens {maximum}."
                        ).format(
                            status=label(RequestStatus(key)), days=value, maximum=self.MAX_DAYS
                        ),
                        field=key,
                    )
                )
        return result

    def to_json(self) -> dict[str, Any]:
        return {
            "nieuw": self.nieuw,
            "pakket_verstuurd": self.pakket_verstuurd,
            "gebeld": self.gebeld,
            "informatieavond": self.informatieavond,
            "bevrijdingsdag_elk_jaar": self.calendar.liberation_day_every_year,
            "goede_vrijdag": self.calendar.good_friday,
            "sluitingsdagen": [[day.isoformat(), name] for day, name in self.calendar.extra_days],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> ResponseNorm:
        """A norm from stored settings; missing or unreadable parts take the default."""
        default = cls()
        if not isinstance(data, Mapping):
            return default

        def days(key: str) -> int:
            value = data.get(key)
            if (
                isinstance(value, int)
                and not isinstance(value, bool)
                and 0 <= value <= cls.MAX_DAYS
            ):
                return value
            return int(getattr(default, key))

        extra: list[tuple[date, str]] = []
        for item in data.get("sluitingsdagen") or ():
            try:
                extra.append((date.fromisoformat(str(item[0])), str(item[1])[:80]))
            except (TypeError, ValueError, IndexError, KeyError):
                continue
        return cls(
            nieuw=days("nieuw"),
            pakket_verstuurd=days("pakket_verstuurd"),
            gebeld=days("gebeld"),
            informatieavond=days("informatieavond"),
            calendar=HolidayRules(
                good_friday=data.get("goede_vrijdag") is True,
                liberation_day_every_year=data.get("bevrijdingsdag_elk_jaar") is not False,
            ).with_extra_days(extra),
        )


def follow_up_after_move(
    target: RequestStatus,
    *,
    moved_on: date,
    norm: ResponseNorm,
    next_contact_on: date | None = None,
) -> date | None:
    """The follow-up date a request gets when it moves to ``target`` on ``moved_on``:
    the niet-nu date, the norm's date for the other open statuses, none once closed."""
    if target == RequestStatus.NIET_NU:
        return next_contact_on
    return norm.due_date(target, moved_on)


# --------------------------------------------------------------------------- follow-up


class FollowUpState(StrEnum):
    GEEN = "geen"  # closed, or no date
    LATER = "later"
    VANDAAG = "vandaag"
    TE_LAAT = "te_laat"


def effective_due_date(follow_up_on: date, calendar: HolidayRules = DEFAULT_RULES) -> date:
    """A follow-up date on a weekend or holiday is due on the next working day."""
    return next_working_day(follow_up_on, calendar)


def follow_up_state(
    status: RequestStatus,
    follow_up_on: date | None,
    today: date,
    calendar: HolidayRules = DEFAULT_RULES,
) -> FollowUpState:
    """Where a request stands for the "vandaag" view (overdue ones are highlighted)."""
    if follow_up_on is None or status not in OPEN_STATUSES:
        return FollowUpState.GEEN
    due = effective_due_date(follow_up_on, calendar)
    if today < due:
        return FollowUpState.LATER
    if today == due:
        return FollowUpState.VANDAAG
    return FollowUpState.TE_LAAT


def working_days_late(
    follow_up_on: date | None, today: date, calendar: HolidayRules = DEFAULT_RULES
) -> int:
    """How many working days past its (effective) due date a follow-up is; 0 if not late."""
    if follow_up_on is None:
        return 0
    due = effective_due_date(follow_up_on, calendar)
    return working_days_between(due, today, calendar) if today > due else 0


def describe_follow_up(
    status: RequestStatus,
    follow_up_on: date | None,
    today: date,
    calendar: HolidayRules = DEFAULT_RULES,
) -> str:
    """E.g. "vandaag opvolgen", "2 werkdagen te laat", "opvolgen op 03-03-2026"."""
    state = follow_up_state(status, follow_up_on, today, calendar)
    if state == FollowUpState.GEEN or follow_up_on is None:
        return ""
    if state == FollowUpState.VANDAAG:
        return _("vandaag opvolgen")
    if state == FollowUpState.LATER:
        return _("opvolgen op {date}").format(date=_dutch_date(follow_up_on))
    late = working_days_late(follow_up_on, today, calendar)
    if late <= 1:
        return _("1 werkdag te laat (opvolgen op {date})").format(date=_dutch_date(follow_up_on))
    return _("{n} werkdagen te laat (opvolgen op {date})").format(
        n=late, date=_dutch_date(follow_up_on)
    )


# --------------------------------------------------------------------------- duplicates

#: Names at least this alike (0-100) at the same postcode make a likely duplicate.
NAME_SIMILARITY_THRESHOLD = 88.0


class DuplicateLevel(StrEnum):
    ZEKER = "zeker"
    WAARSCHIJNLIJK = "waarschijnlijk"


@dataclass(frozen=True)
class PersonKey:
    """What duplicate detection compares: normalised contact details and name."""

    name: str  # for display in the reasons
    email: str | None = None
    phone: str | None = None  # E.164
    postcode: str | None = None  # "3511 AB"
    #: The folded name (``search_key``); computed from ``name`` when not given. Imports
    #: pass the stored ``name_key`` so millions of comparisons fold nothing again.
    folded_name: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.folded_name is None:
            object.__setattr__(self, "folded_name", search_key(self.name))

    @property
    def name_key(self) -> str:
        return self.folded_name or ""

    @property
    def email_key(self) -> str | None:
        return self.email.casefold() if self.email else None


def _key_similarity(key_a: str, key_b: str) -> float:
    if not key_a or not key_b:
        return 0.0
    return float(max(fuzz.ratio(key_a, key_b), fuzz.token_sort_ratio(key_a, key_b)))


def name_similarity(a: str, b: str) -> float:
    """0-100: how alike two names are, ignoring case, accents and word order."""
    return _key_similarity(search_key(a), search_key(b))


_FEW_NAMES = 8


def similar_names(name_key: str, keys: Sequence[str]) -> list[int]:
    """The positions in ``keys`` (folded names, see ``search_key``) at least
    :data:`NAME_SIMILARITY_THRESHOLD` alike ``name_key``: one C++ pass per scorer, for
    comparing a row with everyone at its postcode."""
    if not name_key or not keys:
        return []
    if len(keys) <= _FEW_NAMES:
        # A handful (the usual postcode): direct calls cost less than setting up a pass.
        cutoff = NAME_SIMILARITY_THRESHOLD
        return [
            index
            for index, key in enumerate(keys)
            if fuzz.ratio(name_key, key, score_cutoff=cutoff)
            or fuzz.token_sort_ratio(name_key, key, score_cutoff=cutoff)
        ]
    found: set[int] = set()
    for scorer in (fuzz.ratio, fuzz.token_sort_ratio):
        for _choice, _score, index in process.extract(
            name_key, keys, scorer=scorer, score_cutoff=NAME_SIMILARITY_THRESHOLD, limit=None
        ):
            found.add(int(index))
    return sorted(found)


@dataclass(frozen=True)
class DuplicateScore:
    level: DuplicateLevel
    score: float  # 100 for certain, the name similarity for likely
    reasons: tuple[str, ...]


def score_duplicate(new: PersonKey, existing: PersonKey) -> DuplicateScore | None:
    """Whether ``new`` looks like ``existing``, how sure that is, and why (in Dutch).

    Same e-mail address or same phone number: certain. A name at least
    :data:`NAME_SIMILARITY_THRESHOLD` alike at the same postcode: likely.
    """
    reasons: list[str] = []
    if new.email_key and new.email_key == existing.email_key:
        reasons.append(_("zelfde e-mailadres ({email})").format(email=existing.email))
    if new.phone and new.phone == existing.phone:
        reasons.append(_("zelfde telefoonnummer ({phone})").format(phone=format_phone(new.phone)))
    similarity = _key_similarity(new.name_key, existing.name_key)
    same_postcode = bool(new.postcode) and new.postcode == existing.postcode
    if reasons:
        if similarity < NAME_SIMILARITY_THRESHOLD and existing.name.strip():
            reasons.append(
                _("let op: de naam verschilt ('{new}' en '{existing}')").format(
                    new=new.name, existing=existing.name
                )
            )
        elif same_postcode:
            reasons.append(_("zelfde postcode {postcode}").format(postcode=existing.postcode))
        return DuplicateScore(DuplicateLevel.ZEKER, 100.0, tuple(reasons))
    if same_postcode and similarity >= NAME_SIMILARITY_THRESHOLD:
        return DuplicateScore(
            DuplicateLevel.WAARSCHIJNLIJK,
            float(similarity),
            (
                _(
                    "naam lijkt op '{existing}' ({percent}% gelijk) en zelfde postcode {postcode}"
                ).format(
                    existing=existing.name, percent=round(similarity), postcode=existing.postcode
                ),
            ),
        )
    return None


# --------------------------------------------------------------------------- parsing

#: Tussenvoegsels: words between first and last name that sort with neither.
_NAME_PREFIX_WORDS = frozenset(
    """van de der den het 't te ter ten op in onder over aan bij uit voor
    la le les du des da di del della dos das d' l' el al von zu vom zum""".split()
)


def split_full_name(text: str) -> tuple[str, str, str]:
    """``"Jan de Vries"`` -> ``("Jan", "de", "Vries")``; ``"Anna Maria van der Berg"`` ->
    ``("Anna Maria", "van der", "Berg")``; ``"Jansen"`` -> ``("Jansen", "", "")``.

    One word is taken as the first name (people at a stand often give only that). The
    tussenvoegsel starts at the first known prefix word after the first name.
    """
    words = " ".join(text.split()).split(" ") if text.strip() else []
    if not words:
        return "", "", ""
    if len(words) == 1:
        return words[0], "", ""
    start = next(
        (i for i in range(1, len(words) - 1) if words[i].casefold() in _NAME_PREFIX_WORDS), None
    )
    if start is None:
        return " ".join(words[:-1]), "", words[-1]
    end = start
    while end < len(words) - 1 and words[end].casefold() in _NAME_PREFIX_WORDS:
        end += 1
    return " ".join(words[:start]), " ".join(words[start:end]), " ".join(words[end:])


def split_last_name(text: str) -> tuple[str, str]:
    """``"de Boer"`` -> ``("de", "Boer")``; ``"van der Berg"`` -> ``("van der", "Berg")``:
    a tussenvoegsel written in the last-name column (English forms have no column for
    it). ``"Berg"`` -> ``("", "Berg")``; the last word always stays the last name."""
    words = text.split()
    end = 0
    while end < len(words) - 1 and words[end].casefold() in _NAME_PREFIX_WORDS:
        end += 1
    return " ".join(words[:end]), " ".join(words[end:])


_STREET_NUMBER_RE = re.compile(r"^(.*\D)\s+(\d+(?:\s*[-/]?\s*[A-Za-z0-9]{1,6})?)$")


def split_street_and_number(text: str) -> tuple[str, str]:
    """``"Oudegracht 12a"`` -> ``("Oudegracht", "12a")``; no number -> ``(text, "")``.

    Street names may contain digits ("1e Daalsedijk"); only a trailing number counts.
    """
    cleaned = " ".join(text.split())
    match = _STREET_NUMBER_RE.match(cleaned)
    if match is None:
        return cleaned, ""
    return match.group(1).strip(), match.group(2).strip()


# Keywords per interest, matched against the folded words of a cell. Longer phrases
# are tried first so "weet nog niet" is not read as something else.
_INTEREST_WORDS: tuple[tuple[str, Interest], ...] = (
    ("weet nog niet", Interest.WEET_NIET),
    ("nog niet bekend", Interest.WEET_NIET),
    ("weet niet", Interest.WEET_NIET),
    ("weet ik niet", Interest.WEET_NIET),
    ("onbekend", Interest.WEET_NIET),
    ("geen idee", Interest.WEET_NIET),
    ("twijfel", Interest.WEET_NIET),
    ("don't know", Interest.WEET_NIET),
    ("not sure", Interest.WEET_NIET),
    ("unsure", Interest.WEET_NIET),
    ("weet_nog_niet", Interest.WEET_NIET),
    ("?", Interest.WEET_NIET),
    ("een paar uur", Interest.STEUNOUDER),
    ("paar uur", Interest.STEUNOUDER),
    ("steunouder", Interest.STEUNOUDER),
    ("steungezin", Interest.STEUNOUDER),
    ("steunouderschap", Interest.STEUNOUDER),
    ("support parent", Interest.STEUNOUDER),
    ("netwerkpleegzorg", Interest.NETWERK),
    ("netwerk", Interest.NETWERK),
    ("network", Interest.NETWERK),
    ("crisisopvang", Interest.CRISIS),
    ("crisispleegzorg", Interest.CRISIS),
    ("crisis", Interest.CRISIS),
    ("spoed", Interest.CRISIS),
    ("emergency", Interest.CRISIS),
    ("deeltijdpleegzorg", Interest.DEELTIJD),
    ("deeltijd", Interest.DEELTIJD),
    ("weekendpleegzorg", Interest.DEELTIJD),
    ("weekenden", Interest.DEELTIJD),
    ("weekend", Interest.DEELTIJD),
    ("vakantiepleegzorg", Interest.DEELTIJD),
    ("vakanties", Interest.DEELTIJD),
    ("vakantie", Interest.DEELTIJD),
    ("part-time", Interest.DEELTIJD),
    ("parttime", Interest.DEELTIJD),
    ("part time", Interest.DEELTIJD),
    ("respite", Interest.DEELTIJD),
    ("voltijdpleegzorg", Interest.VOLTIJD),
    ("voltijd", Interest.VOLTIJD),
    ("fulltime", Interest.VOLTIJD),
    ("full-time", Interest.VOLTIJD),
    ("full time", Interest.VOLTIJD),
    ("langdurig", Interest.VOLTIJD),
    ("kortdurend", Interest.VOLTIJD),
)
_INTEREST_SPLIT_RE = re.compile(r"[,;/|+\n\r\t&]+|\s+(?:en|and|of|or)\s+")
_BRACKETS_RE = re.compile(r"[()\[\]{}\"]")


def parse_interests(text: str) -> tuple[frozenset[Interest], tuple[str, ...]]:
    """Several interests from one cell: ``"voltijd, weekend en steunouder"``.

    Returns the recognised interests and the pieces that were not recognised (so the
    caller can keep them, never drop them silently).
    """
    # Cached per text and language (one label stands for the language): an import
    # repeats the same few cells many times.
    return _parse_interests(text, label(Interest.DEELTIJD))


@lru_cache(maxsize=4096)
def _parse_interests(text: str, _language: str) -> tuple[frozenset[Interest], tuple[str, ...]]:
    found: set[Interest] = set()
    unknown: list[str] = []
    for piece in _INTEREST_SPLIT_RE.split(_BRACKETS_RE.sub(" ", text)):
        words = " ".join(piece.split())
        if not words:
            continue
        key = search_key(words)
        matched = next((interest for kw, interest in _INTEREST_WORDS if kw in key), None)
        if matched is None:
            # Stored values such as "weet_nog_niet" and the labels themselves.
            matched = _interest_by_label().get(key)
        if matched is None:
            unknown.append(words)
        else:
            found.add(matched)
    return frozenset(found), tuple(unknown)


def _interest_by_label() -> dict[str, Interest]:
    return _folded_table(Interest, tuple(label(i) for i in Interest))


@lru_cache(maxsize=16)
def _folded_table(enum: type[StrEnum], labels: tuple[str, ...]) -> dict[str, Any]:
    """Folded value and label -> member; cached per language (the labels are the key)."""
    table: dict[str, Any] = {}
    for member, text in zip(enum, labels, strict=True):
        table[search_key(member.value)] = member
        table[search_key(text)] = member
    return table


_SOURCE_WORDS: tuple[tuple[str, Source], ...] = (
    ("website", Source.WEBSITE),
    ("webformulier", Source.WEBSITE),
    ("internet", Source.WEBSITE),
    ("site", Source.WEBSITE),
    ("web", Source.WEBSITE),
    ("formulier", Source.WEBSITE),
    ("pop-up", Source.POPUP),
    ("popup", Source.POPUP),
    ("pop up", Source.POPUP),
    ("stand", Source.POPUP),
    ("evenement", Source.POPUP),
    ("event", Source.POPUP),
    ("huiskamer", Source.POPUP),
    ("podcast", Source.PODCAST),
    ("social", Source.SOCIAL),
    ("facebook", Source.SOCIAL),
    ("instagram", Source.SOCIAL),
    ("linkedin", Source.SOCIAL),
    ("tiktok", Source.SOCIAL),
    ("twitter", Source.SOCIAL),
    ("bekende", Source.BEKENDEN),
    ("vrienden", Source.BEKENDEN),
    ("familie", Source.BEKENDEN),
    ("mond-tot-mond", Source.BEKENDEN),
    ("mond tot mond", Source.BEKENDEN),
    ("word of mouth", Source.BEKENDEN),
    ("informatieavond", Source.INFOAVOND),
    ("informatiebijeenkomst", Source.INFOAVOND),
    ("info-avond", Source.INFOAVOND),
    ("infoavond", Source.INFOAVOND),
)


def parse_source(text: str) -> tuple[Source | None, str]:
    """The channel named in ``text`` and the detail to keep with it.

    ``""`` -> ``(None, "")`` (the caller's default applies); a known word or label ->
    that source; anything else -> ``Source.ANDERS`` with the text as detail, so what
    was written is kept.
    """
    return _parse_source(text, label(Source.POPUP))


@lru_cache(maxsize=4096)
def _parse_source(text: str, _language: str) -> tuple[Source | None, str]:
    cleaned = " ".join(text.split())
    if not cleaned:
        return None, ""
    key = search_key(cleaned)
    known: Source | None = _folded_table(Source, tuple(label(s) for s in Source)).get(key)
    if known is not None:
        return known, ""
    for word, source in _SOURCE_WORDS:
        if word in key:
            return source, "" if key == word else cleaned[:200]
    return Source.ANDERS, cleaned[:200]


_YES = frozenset(
    "ja j yes y 1 true waar x v ok akkoord gegeven toestemming ✓ ✔ agreed accepted".split()
)
_NO = frozenset("nee n no 0 false onwaar geen niet geweigerd ingetrokken declined".split())
#: Written for "not filled in".
_UNKNOWN = frozenset({"-", "--", "?", "n.v.t.", "nvt", "onbekend"})


def parse_consent(
    value: str | bool | date | datetime | None,
) -> tuple[bool | None, datetime | None]:
    """``"ja"`` -> ``(True, None)``; ``"nee"`` -> ``(False, None)``; a date -> ``(True, that
    moment)``; empty -> ``(None, None)`` (unknown). Anything else raises ValidationError."""
    if value is None:
        return None, None
    if isinstance(value, bool):
        return value, None
    if isinstance(value, datetime | date):
        return True, _as_local_datetime(value)
    cleaned = " ".join(value.split())
    if not cleaned:
        return None, None
    plain = cleaned.casefold()
    if plain in _YES:  # the common case, without folding accents
        return True, None
    if plain in _NO:
        return False, None
    key = search_key(cleaned)
    if key in _UNKNOWN:
        return None, None
    if key in _YES:
        return True, None
    if key in _NO:
        return False, None
    try:
        return True, parse_received_at(cleaned)
    except ValidationError:
        pass
    raise ValidationError(
        _(
            "Toestemming '{value}' is niet duidelijk. Gebruik 'ja' of 'nee' (of de datum "
            "waarop toestemming is gegeven)."
        ).format(value=cleaned[:40]),
        field="consent",
    )


_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # dd-mm-jjjj, d/m/jjjj, dd.mm.jjjj, optionally with a time
    (
        re.compile(
            r"(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})"
            r"(?:[ T]+(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:[:.](?P<S>\d{2})(?:\.\d+)?)?)?"
        ),
        "dmy",
    ),
    # jjjj-mm-dd (ISO), optionally with a time and offset
    (
        re.compile(
            r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
            r"(?:[ T]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
            r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
        ),
        "ymd",
    ),
)
_EARLIEST_RECEIVED = date(2000, 1, 1)


def _as_local_datetime(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=clock.LOCAL_TZ)
        return value.astimezone(clock.LOCAL_TZ)
    return datetime.combine(value, time(0, 0), tzinfo=clock.LOCAL_TZ)


def parse_received_at(
    value: str | date | datetime, *, now: datetime | None = None, field_name: str = "received_at"
) -> datetime:
    """When a request came in: ``"12-03-2026"``, ``"12-03-2026 14:05"``, ISO
    ``"2026-03-12T14:05:00+01:00"``, or a date/datetime (a spreadsheet cell).

    Times without a zone are Dutch local time. A date after today, or before 2000,
    raises :class:`ValidationError` (a swapped day and month, or a wrong year).
    """
    moment = now or clock.now()
    if isinstance(value, datetime | date):
        result = _as_local_datetime(value)
        shown = result.strftime("%d-%m-%Y")
    else:
        shown = " ".join(value.split())[:40]
        result_or_none = _parse_date_text(shown)
        if result_or_none is None:
            raise ValidationError(
                _(
                    "Datum '{value}' is geen geldige datum. Gebruik dag-maand-jaar, "
                    "bijvoorbeeld 12-03-2026 of 12-03-2026 14:30."
                ).format(value=shown),
                field=field_name,
            )
        result = result_or_none
    if result.date() > moment.astimezone(clock.LOCAL_TZ).date():
        raise ValidationError(
            _("Datum '{value}' ligt in de toekomst. Controleer de datum (dag-maand-jaar).").format(
                value=shown
            ),
            field=field_name,
        )
    if result.date() < _EARLIEST_RECEIVED:
        raise ValidationError(
            _("Datum '{value}' ligt vóór het jaar 2000. Controleer het jaartal.").format(
                value=shown
            ),
            field=field_name,
        )
    return result


def _parse_date_text(text: str) -> datetime | None:
    for pattern, _order in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        parts = match.groupdict()
        try:
            day = date(int(parts["y"]), int(parts["m"]), int(parts["d"]))
            hour = int(parts["H"] or 0)
            minute = int(parts["M"] or 0)
            second = int(parts["S"] or 0)
            moment = datetime.combine(day, time(hour, minute, second))
        except ValueError:
            return None
        zone = parts.get("tz")
        if zone:
            try:
                aware = datetime.fromisoformat(moment.isoformat() + zone.replace("Z", "+00:00"))
            except ValueError:
                return None
            return aware.astimezone(clock.LOCAL_TZ)
        return moment.replace(tzinfo=clock.LOCAL_TZ)
    return None


# --------------------------------------------------------------------------- search


class SearchKind(StrEnum):
    NAAM = "naam"
    EMAIL = "email"
    TELEFOON = "telefoon"
    POSTCODE = "postcode"


@dataclass(frozen=True)
class SearchTerm:
    """What a search box's text means: a name (folded words), an e-mail prefix, a phone
    prefix in E.164 form, or a postcode prefix (``pc4`` digits, optional ``letters``)."""

    kind: SearchKind
    words: tuple[str, ...] = ()
    prefix: str = ""
    letters: str = ""


_POSTCODE_PREFIX_RE = re.compile(r"([1-9][0-9]{0,3})\s*([A-Za-z]{0,2})")
_PHONE_CHARS_RE = re.compile(r"[+0-9][0-9\s\-().]*")


def classify_search(text: str) -> SearchTerm | None:
    """Read a search box: ``"de vr"`` (name words), ``"jan@"`` (e-mail), ``"06 123"`` or
    ``"+316"`` (phone), ``"3511 a"`` (postcode). ``None`` for nothing to search on."""
    cleaned = " ".join(unicodedata.normalize("NFC", text).split())
    if not cleaned:
        return None
    if "@" in cleaned:
        return SearchTerm(SearchKind.EMAIL, prefix=cleaned.replace(" ", "").casefold())
    postcode = _POSTCODE_PREFIX_RE.fullmatch(cleaned)
    if postcode is not None:
        digits, letters = postcode.group(1), postcode.group(2).upper()
        # Letters only follow a complete four-digit part ("3511 A"), never "35 A".
        if len(digits) == 4 or not letters:
            return SearchTerm(SearchKind.POSTCODE, prefix=digits, letters=letters)
    if _PHONE_CHARS_RE.fullmatch(cleaned) and sum(ch.isdigit() for ch in cleaned) >= 2:
        digits = "".join(ch for ch in cleaned if ch.isdigit())
        if cleaned.startswith("+"):
            prefix = "+" + digits
        elif digits.startswith("00"):
            prefix = "+" + digits[2:]
        elif digits.startswith("0"):
            prefix = "+31" + digits[1:]
        else:
            prefix = "+31" + digits
        return SearchTerm(SearchKind.TELEFOON, prefix=prefix)
    words = tuple(w for w in search_key(cleaned).split(" ") if w)
    if not words:
        return None
    return SearchTerm(SearchKind.NAAM, words=words)
