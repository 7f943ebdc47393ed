"""Children in the database: record, correct, view and close one child, the list of
the Kinderen page, and what the Matching page reads beside the ranking.

Privacy comes first (AVG, Jeugdwet): a child is recorded with the minimum needed for
matching, a pseudonymous code, the birth month and four-digit postcodes. A full
postcode typed in a form is cut to its four digits (and the user is told); a code that
looks like a BSN is refused; the case worker is recorded by initials only. Every view
of one child's record (:func:`load_child_record`) and every change writes an audit
line, and the functions that touch one child check the actor's role
(``core.permissions``: the same table that hides the Kinderen page).

**Rules shared with the import.** The checks of one value (code, birth month, postcode,
distance, initials, culture wish, sibling group) live here and are used by both the
form (:func:`validate_child`) and the list import (``exchange.child_import``). Each
raises :class:`ValidationError` whose message is a lower-case fragment such as
``'35' is geen postcode (vier cijfers, bv. 3511)``: the import puts ``kolom
postcode_thuis:`` in front of it, the form shows it as a sentence (:func:`as_sentence`)
next to the field.

**What the Matching page reads** besides ``storage.matching``: the pool of households
(:func:`matching_pool`, loaded once and passed back with ``pool=``), the names of
households (a ranking only knows their ids), the codes of the children for the search
box, proposals with their status history, and the placement plan with the names of its
families (:func:`placement_plan`: looking at it is logged, as on the command line).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    CareForm,
    ChildStatus,
    Gender,
    Need,
    Pet,
    ProposalStatus,
    Provider,
    Urgency,
    WeekendPattern,
)
from utregs_plekkie.core.errors import NotFoundError, StaleRecordError, UserError, ValidationError
from utregs_plekkie.core.geo import GeoIndex, pc4_of
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.matching import CandidatePool
from utregs_plekkie.core.permissions import Actor, Permission, require
from utregs_plekkie.core.plan import PlacementPlan, Progress
from utregs_plekkie.core.schedule import WEEKEND_MASK, Schedule
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.matching import (
    OPEN_PROPOSAL_STATUSES,
    SHORTLIST_PREFIX,
    ProposalInfo,
    load_pool,
    proposals_for_child,
)
from utregs_plekkie.storage.matching import plan as plan_for_all
from utregs_plekkie.storage.repository import audit, stale_message

__all__ = [
    "CODE_PATTERN",
    "KNOWN_LANGUAGES",
    "MAX_AGE_YEARS",
    "MAX_DISTANCE_KM",
    "ChildData",
    "ChildQuery",
    "ChildRecord",
    "ChildRow",
    "ChildSaved",
    "ChildValidationError",
    "PlanView",
    "ProposalStep",
    "ProposalView",
    "SiblingInfo",
    "ValidChild",
    "as_sentence",
    "check_birth_month",
    "check_child_code",
    "check_culture_wish",
    "check_group_code",
    "check_km",
    "child_codes",
    "close_child",
    "count_children",
    "create_child",
    "default_schedule",
    "fetch_children",
    "find_child_id",
    "household_names",
    "load_child_record",
    "looks_like_bsn",
    "matching_pool",
    "normalise_initials",
    "parse_pc4",
    "placement_plan",
    "proposal_view",
    "proposal_views_for_child",
    "update_child",
    "validate_child",
]

#: A child's code (and a sibling group's): letters and digits, then also . _ -.
CODE_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._\-]{0,39}")
#: Foster children may stay until 21; older than this is a typing error.
MAX_AGE_YEARS = 23
MAX_DISTANCE_KM = 500.0
CULTURE_MAX = 200
#: Initials only: a name does not fit in six letters without spaces.
INITIALS_PATTERN = re.compile(r"[A-Za-zÀ-ÿ]{1,6}")
#: Languages the forms and the import know by name (``core.matching.language_name``).
KNOWN_LANGUAGES: tuple[str, ...] = (
    "nl",
    "en",
    "ar",
    "tr",
    "ber",
    "pap",
    "srn",
    "pl",
    "ti",
    "so",
    "fr",
    "de",
    "es",
    "pt",
    "fa",
    "uk",
    "ru",
    "zh",
    "hi",
    "ku",
    "prs",
    "fy",
)
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
_CHUNK = 900


def _kind_child() -> str:
    return _("kind")


# --------------------------------------------------------------------------- shared rules


def as_sentence(fragment: str) -> str:
    """A rule's fragment as a sentence: capital first letter, full stop at the end."""
    text = fragment.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def looks_like_bsn(text: str) -> bool:
    """Whether ``text`` is eight or nine digits that pass the elfproef (a BSN)."""
    digits = re.sub(r"[\s.\-]", "", text)
    if not re.fullmatch(r"\d{8,9}", digits):
        return False
    digits = digits.zfill(9)
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    total -= int(digits[8])
    return total % 11 == 0


def check_child_code(code: str) -> str:
    """The child's code, trimmed; refused when it looks like a BSN or has other
    characters than letters, digits, ``.``, ``_`` and ``-`` (callers check for empty)."""
    value = code.strip()
    if looks_like_bsn(value):
        raise ValidationError(
            _(
                "dit lijkt een BSN; een BSN wordt niet bewaard. Gebruik een eigen code "
                "(bv. K24-0007)"
            ),
            field="code",
        )
    if not CODE_PATTERN.fullmatch(value):
        raise ValidationError(
            _(
                "'{code}' mag alleen letters, cijfers, punt, streepje en liggend streepje "
                "bevatten (hoogstens 40 tekens)"
            ).format(code=value[:50]),
            field="code",
        )
    return value


def check_birth_month(first: date, on: date, shown: str | None = None) -> date:
    """The first of the birth month; refused in the future or longer than
    :data:`MAX_AGE_YEARS` ago. ``shown`` is how the user wrote it (for the message)."""
    month = first.replace(day=1)
    text = shown if shown is not None else f"{month.year:04d}-{month.month:02d}"
    if month > on:
        raise ValidationError(
            _("{waarde} ligt in de toekomst").format(waarde=text), field="birth_month"
        )
    if on.year - month.year > MAX_AGE_YEARS:
        raise ValidationError(
            _("{waarde} is te lang geleden voor een pleegkind").format(waarde=text),
            field="birth_month",
        )
    return month


def parse_pc4(text: str, geo: GeoIndex, field: str = "postcode") -> tuple[str | None, list[str]]:
    """(the four digits of a postcode or None when empty, remarks as fragments).

    Remarks: a full postcode was cut to its four digits; the PC4 is not in the
    postcode table (distances will be unknown, never 0 km)."""
    value = text.strip()
    if not value:
        return None, []
    pc4 = pc4_of(value)
    if pc4 is None:
        raise ValidationError(
            _("'{waarde}' is geen postcode (vier cijfers, bv. 3511)").format(waarde=value),
            field=field,
        )
    notes: list[str] = []
    if re.sub(r"\s", "", value) != pc4:
        notes.append(_("alleen de vier cijfers {pc4} bewaard").format(pc4=pc4))
    if pc4 not in geo:
        notes.append(
            _(
                "postcode {pc4} staat niet in de postcodetabel; de afstand is bij matching onbekend"
            ).format(pc4=pc4)
        )
    return pc4, notes


def check_km(km: float, shown: str | None = None) -> float:
    """A maximum distance in km: more than 0 and at most :data:`MAX_DISTANCE_KM`."""
    text = shown if shown is not None else f"{km:g}".replace(".", ",")
    if not math.isfinite(km) or not 0 < km <= MAX_DISTANCE_KM:
        raise ValidationError(
            _("{waarde} moet tussen 0 en 500 km liggen").format(waarde=text),
            field="max_distance_km",
        )
    return float(km)


def normalise_initials(text: str) -> str:
    """A case worker's initials, upper case without dots or spaces; never a name."""
    value = re.sub(r"[\s.]", "", text)
    if value and not INITIALS_PATTERN.fullmatch(value):
        raise ValidationError(
            _("alleen initialen (letters, hoogstens 6), geen naam"),
            field="case_worker_initials",
        )
    return value.upper()


def check_culture_wish(text: str) -> str:
    value = " ".join(text.split())
    if len(value) > CULTURE_MAX:
        raise ValidationError(_("houd het korter dan 200 tekens"), field="culture_wish")
    return value


def check_group_code(text: str) -> str | None:
    """A sibling group's code (None when empty)."""
    value = text.strip()
    if not value:
        return None
    if not CODE_PATTERN.fullmatch(value):
        raise ValidationError(
            _("'{code}' mag alleen letters, cijfers, punt en streepjes bevatten").format(
                code=value[:50]
            ),
            field="sibling_group",
        )
    return value


def default_schedule(care: CareForm) -> Schedule:
    """What a child of this care form needs when nothing else is said: the whole week
    for full-time care and holidays, the weekend for weekend care, otherwise nothing
    (parts of days and support care need their own parts of the week)."""
    if care.family.value == "voltijd" or care == CareForm.DEELTIJD_VAKANTIE:
        return Schedule.full()
    if care == CareForm.DEELTIJD_WEEKEND:
        return Schedule(WEEKEND_MASK)
    return Schedule.empty()


def needs_own_schedule(care: CareForm) -> bool:
    """Whether the care form has no sensible default schedule (parts of days)."""
    return default_schedule(care).is_empty


# --------------------------------------------------------------------------- the form


@dataclass
class ChildData:
    """What a user fills in for a child. Postcodes as typed (stored as PC4 only)."""

    code: str = ""
    birth_month: date | None = None
    gender: Gender = Gender.ONBEKEND
    home_postcode: str = ""
    school_postcode: str = ""
    club_postcode: str = ""
    care_form: CareForm | None = None
    schedule_needed: Schedule = field(default_factory=Schedule.empty)
    weekend_pattern: WeekendPattern = WeekendPattern.GEEN
    holidays_needed: bool = False
    wanted_start: date | None = None
    urgency: Urgency = Urgency.NORMAAL
    #: The code of the sibling group: an existing one is joined, a new one created.
    sibling_group: str = ""
    needs: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    culture_wish: str = ""
    allergies: list[str] = field(default_factory=list)
    smoke_free: bool = False
    max_distance_km: float | None = None
    placing_provider: Provider | None = None
    case_worker_initials: str = ""


class ChildValidationError(ValidationError):
    """One or more fields are not right; ``errors`` maps each field to its sentence."""

    def __init__(self, errors: dict[str, str]) -> None:
        first = next(iter(errors))
        super().__init__(" ".join(errors.values()), field=first)
        self.errors = dict(errors)


@dataclass(frozen=True)
class ValidChild:
    """The columns to store, the sibling group's code, and remarks for the user."""

    values: dict[str, Any]
    sibling_group: str | None
    notes: tuple[str, ...]


def _postcode_field_label(key: str) -> str:
    labels = {
        "home_postcode": _("postcode thuis"),
        "school_postcode": _("postcode school"),
        "club_postcode": _("postcode club"),
    }
    return labels[key]


def validate_child(
    data: ChildData, *, on: date | None = None, geo: GeoIndex | None = None
) -> ValidChild:
    """Check every field; :class:`ChildValidationError` names each one that is wrong,
    with a Dutch sentence that says what to do. Nothing is stored."""
    day = on or clock.today()
    geo = geo or GeoIndex.default()
    errors: dict[str, str] = {}
    notes: list[str] = []
    values: dict[str, Any] = {}

    def fail(key: str, message: str) -> None:
        errors.setdefault(key, as_sentence(message))

    code = data.code.strip()
    if not code:
        fail("code", _("vul een eigen code voor het kind in, bv. K24-0007 (geen naam, geen BSN)"))
    else:
        try:
            values["code"] = check_child_code(code)
        except ValidationError as exc:
            fail("code", exc.message)

    if data.birth_month is None:
        fail("birth_month", _("kies de maand en het jaar waarin het kind geboren is"))
    else:
        try:
            values["birth_month"] = check_birth_month(
                data.birth_month,
                day,
                f"{data.birth_month.month:02d}-{data.birth_month.year:04d}",
            )
        except ValidationError as exc:
            fail("birth_month", exc.message)

    values["gender"] = Gender(data.gender)

    for key, column in (
        ("home_postcode", "home_pc4"),
        ("school_postcode", "school_pc4"),
        ("club_postcode", "club_pc4"),
    ):
        try:
            pc4, remarks = parse_pc4(_text_of(data, key), geo, key)
        except ValidationError as exc:
            fail(key, exc.message)
            continue
        values[column] = pc4
        notes += [
            as_sentence(
                _("{veld}: {melding}").format(veld=_postcode_field_label(key), melding=remark)
            )
            for remark in remarks
        ]
    postcodes_fine = "home_postcode" not in errors and "school_postcode" not in errors
    if postcodes_fine and values.get("home_pc4") is None and values.get("school_pc4") is None:
        notes.append(
            _(
                "Zonder postcode van thuis en van school kan matching geen afstand "
                "berekenen; gezinnen met een maximale afstand vallen dan af."
            )
        )

    care: CareForm | None = None
    if data.care_form is None:
        fail("care_form", _("kies de zorgvorm die het kind nodig heeft"))
    else:
        care = CareForm(data.care_form)
        values["care_form"] = care

    schedule = data.schedule_needed or Schedule.empty()
    if care is not None and schedule.is_empty:
        if needs_own_schedule(care):
            fail(
                "schedule_needed",
                _(
                    "kies in het weekrooster op welke dagdelen het kind opvang nodig heeft "
                    "(bv. woensdagmiddag)"
                ),
            )
        else:
            schedule = default_schedule(care)
    values["schedule_needed"] = schedule
    values["weekend_pattern"] = WeekendPattern(data.weekend_pattern)
    values["holidays_needed"] = bool(data.holidays_needed)
    values["wanted_start"] = data.wanted_start
    values["urgency"] = Urgency(data.urgency)

    group: str | None = None
    try:
        group = check_group_code(data.sibling_group)
    except ValidationError as exc:
        fail("sibling_group", exc.message)
    if group is not None and group == values.get("code"):
        fail(
            "sibling_group",
            _("geef de groep een eigen code, niet die van het kind (bv. G-{code})").format(
                code=group
            ),
        )

    needs = sorted(set(data.needs))
    unknown_needs = [n for n in needs if n not in {v.value for v in Need}]
    if unknown_needs:
        fail(
            "needs",
            _("onbekende zorgbehoefte: {waarden}; kies uit de lijst").format(
                waarden=", ".join(unknown_needs)
            ),
        )
    values["needs"] = needs

    languages = sorted({lang.strip().lower() for lang in data.languages if lang.strip()})
    wrong = [lang for lang in languages if not _LANGUAGE_CODE.fullmatch(lang)]
    if wrong:
        fail(
            "languages",
            _("'{waarde}' is geen taalcode; kies de talen uit de lijst").format(waarde=wrong[0]),
        )
    values["languages"] = languages

    try:
        values["culture_wish"] = check_culture_wish(data.culture_wish)
    except ValidationError as exc:
        fail("culture_wish", exc.message)

    allergies = sorted(set(data.allergies))
    unknown_pets = [p for p in allergies if p not in {v.value for v in Pet}]
    if unknown_pets:
        fail(
            "allergies",
            _("onbekend dier: {waarden}; kies uit de lijst").format(
                waarden=", ".join(unknown_pets)
            ),
        )
    values["allergies"] = allergies
    values["smoke_free"] = bool(data.smoke_free)

    km = data.max_distance_km
    if km is None or km == 0:
        values["max_distance_km"] = None
    else:
        try:
            values["max_distance_km"] = check_km(float(km))
        except ValidationError as exc:
            fail("max_distance_km", exc.message)

    try:
        values["case_worker_initials"] = normalise_initials(data.case_worker_initials)
    except ValidationError as exc:
        fail("case_worker_initials", exc.message)

    if errors:
        raise ChildValidationError(errors)

    home = geo.lookup(values["home_pc4"]) if values.get("home_pc4") else None
    values["wijk_code"] = home.wijk_code if home is not None else None
    provider = Provider(data.placing_provider) if data.placing_provider is not None else None
    if provider is None and home is not None:
        provider = home.provider
    values["placing_provider"] = provider
    return ValidChild(values=values, sibling_group=group, notes=tuple(notes))


def _text_of(data: ChildData, key: str) -> str:
    value = getattr(data, key)
    return value if isinstance(value, str) else ""


# --------------------------------------------------------------------------- writing


@dataclass(frozen=True)
class ChildSaved:
    id: int
    code: str
    version: int
    #: Remarks for the user (a postcode cut to four digits, an unknown postcode, the
    #: siblings the child now belongs with).
    notes: tuple[str, ...] = ()


@contextmanager
def _writing(db: Database) -> Iterator[Session]:
    try:
        with db.transaction() as session:
            yield session
    except StaleDataError as exc:
        raise StaleRecordError(stale_message(_kind_child())) from exc


def _code_taken(code: str) -> ChildValidationError:
    return ChildValidationError(
        {
            "code": as_sentence(
                _("er is al een kind met code {code}; kies een andere code").format(code=code)
            )
        }
    )


def _group_for(
    session: Session, code: str | None, child_id: int | None
) -> tuple[m.SiblingGroup | None, list[str]]:
    """The sibling group with ``code`` (created when new) and the codes of the other
    children already in it."""
    if code is None:
        return None, []
    group = session.scalar(select(m.SiblingGroup).where(m.SiblingGroup.code == code))
    if group is None:
        group = m.SiblingGroup(code=code)
        session.add(group)
        session.flush()
        return group, []
    others = list(
        session.scalars(
            select(m.Child.code)
            .where(m.Child.sibling_group_id == group.id, m.Child.id != (child_id or -1))
            .order_by(m.Child.code)
        )
    )
    return group, others


def _group_note(group: str, others: Sequence[str]) -> str:
    if not others:
        return _("Broer/zus-groep {groep} is nieuw aangemaakt.").format(groep=group)
    return _(
        "Het kind hoort nu bij broer/zus-groep {groep}, samen met {kinderen}; zij worden "
        "samen geplaatst."
    ).format(groep=group, kinderen=", ".join(others))


def _drop_empty_group(session: Session, group_id: int | None) -> None:
    if group_id is None:
        return
    session.flush()
    left = session.scalar(select(m.Child.id).where(m.Child.sibling_group_id == group_id).limit(1))
    if left is None:
        group = session.get(m.SiblingGroup, group_id)
        if group is not None:
            session.delete(group)


def create_child(
    db: Database,
    data: ChildData,
    actor: Actor,
    *,
    on: date | None = None,
    geo: GeoIndex | None = None,
) -> ChildSaved:
    """Record a new child (status *wacht*, waiting from ``on``). One transaction with
    its audit line; the sibling group is joined or created by its code."""
    require(actor, Permission.EDIT_CHILDREN)
    day = on or clock.today()
    valid = validate_child(data, on=day, geo=geo)
    code = str(valid.values["code"])
    notes = list(valid.notes)
    try:
        with _writing(db) as session:
            if session.scalar(select(m.Child.id).where(m.Child.code == code)) is not None:
                raise _code_taken(code)
            group, others = _group_for(session, valid.sibling_group, None)
            if valid.sibling_group is not None:
                notes.append(_group_note(valid.sibling_group, others))
            child = m.Child(
                **valid.values,
                sibling_group=group,
                status=ChildStatus.WACHT,
                waiting_since=day,
            )
            session.add(child)
            session.flush()
            audit(
                session,
                AuditAction.CREATE,
                "children",
                child.id,
                _("kind {code} vastgelegd").format(code=code),
                username=actor.username,
                user_id=actor.user_id,
            )
            return ChildSaved(child.id, code, child.version, tuple(notes))
    except IntegrityError as exc:
        # Someone else saved the same code a moment ago.
        raise _code_taken(code) from exc


_STORED_FIELDS = (
    "code",
    "birth_month",
    "gender",
    "home_pc4",
    "school_pc4",
    "club_pc4",
    "wijk_code",
    "care_form",
    "schedule_needed",
    "weekend_pattern",
    "holidays_needed",
    "wanted_start",
    "urgency",
    "needs",
    "languages",
    "culture_wish",
    "allergies",
    "smoke_free",
    "max_distance_km",
    "placing_provider",
    "case_worker_initials",
)


def update_child(
    db: Database,
    child_id: int,
    expected_version: int,
    data: ChildData,
    actor: Actor,
    *,
    on: date | None = None,
    geo: GeoIndex | None = None,
) -> ChildSaved:
    """Correct a child's data, if nobody changed it since ``expected_version``
    (otherwise :class:`StaleRecordError`, and nothing is written). The audit line names
    the fields that changed, never their values."""
    require(actor, Permission.EDIT_CHILDREN)
    day = on or clock.today()
    valid = validate_child(data, on=day, geo=geo)
    code = str(valid.values["code"])
    notes = list(valid.notes)
    try:
        with _writing(db) as session:
            child = session.get(m.Child, child_id)
            if child is None:
                raise NotFoundError(_("Dit kind bestaat niet (meer). Vernieuw de lijst."))
            if child.version != expected_version:
                raise StaleRecordError(stale_message(_kind_child()))
            old_code = child.code
            if code != old_code:
                taken = session.scalar(
                    select(m.Child.id).where(m.Child.code == code, m.Child.id != child.id)
                )
                if taken is not None:
                    raise _code_taken(code)
            old_group_id = child.sibling_group_id
            old_group = child.sibling_group.code if child.sibling_group is not None else None
            changed = [k for k in _STORED_FIELDS if getattr(child, k) != valid.values[k]]
            if valid.sibling_group != old_group:
                if child.status in (ChildStatus.VOORGESTELD, ChildStatus.GEPLAATST):
                    raise ChildValidationError(
                        {
                            "sibling_group": as_sentence(
                                _(
                                    "de broer/zus-groep kan niet veranderen zolang het kind "
                                    "{status} is; rond eerst het voorstel of de plaatsing af"
                                ).format(status=_status_word(child.status))
                            )
                        }
                    )
                group, others = _group_for(session, valid.sibling_group, child.id)
                child.sibling_group = group
                changed.append("sibling_group")
                if valid.sibling_group is not None:
                    notes.append(_group_note(valid.sibling_group, others))
            for key in changed:
                if key != "sibling_group":
                    setattr(child, key, valid.values[key])
            if "sibling_group" in changed:
                _drop_empty_group(session, old_group_id)
            if code != old_code:
                _move_shortlist(session, old_code, code)
            if changed:
                audit(
                    session,
                    AuditAction.UPDATE,
                    "children",
                    child.id,
                    ", ".join(sorted(changed)),
                    username=actor.username,
                    user_id=actor.user_id,
                )
            session.flush()
            return ChildSaved(child.id, child.code, child.version, tuple(notes))
    except IntegrityError as exc:
        raise _code_taken(code) from exc


def _status_word(status: ChildStatus) -> str:
    words = {
        ChildStatus.VOORGESTELD: _("voorgesteld"),
        ChildStatus.GEPLAATST: _("geplaatst"),
    }
    return words.get(ChildStatus(status), str(status))


def _move_shortlist(session: Session, old_code: str, new_code: str) -> None:
    row = session.scalar(select(m.Setting).where(m.Setting.key == SHORTLIST_PREFIX + old_code))
    if row is not None:
        row.key = SHORTLIST_PREFIX + new_code


def close_child(
    db: Database,
    child_id: int,
    expected_version: int,
    actor: Actor,
    reason: str = "",
) -> ChildSaved:
    """Close the child's file (status *gesloten*): it no longer waits for a family.
    Refused while a proposal is open or a placement is active: those end first."""
    require(actor, Permission.EDIT_CHILDREN)
    why = " ".join(reason.split())
    if len(why) > 1000:
        raise ValidationError(_("Houd de reden korter dan 1000 tekens."), field="reason")
    with _writing(db) as session:
        child = session.get(m.Child, child_id)
        if child is None:
            raise NotFoundError(_("Dit kind bestaat niet (meer). Vernieuw de lijst."))
        if child.version != expected_version:
            raise StaleRecordError(stale_message(_kind_child()))
        if child.status == ChildStatus.GESLOTEN:
            raise UserError(
                _("Het dossier van kind {code} is al gesloten.").format(code=child.code)
            )
        open_proposal = session.scalar(
            select(m.MatchProposal.id).where(
                m.MatchProposal.child_id == child.id,
                m.MatchProposal.status.in_(OPEN_PROPOSAL_STATUSES),
            )
        )
        if open_proposal is not None:
            raise UserError(
                _(
                    "Kind {code} heeft een lopend voorstel. Wijs dat voorstel eerst af (met een "
                    "reden) op de pagina Matching, en sluit dan het dossier."
                ).format(code=child.code)
            )
        if child.status == ChildStatus.GEPLAATST:
            raise UserError(
                _(
                    "Kind {code} is geplaatst. Beëindig eerst de plaatsing op de pagina "
                    "Matching; daarna wordt het dossier vanzelf gesloten."
                ).format(code=child.code)
            )
        child.status = ChildStatus.GESLOTEN
        shortlist = session.scalar(
            select(m.Setting).where(m.Setting.key == SHORTLIST_PREFIX + child.code)
        )
        if shortlist is not None:
            session.delete(shortlist)
        session.flush()
        audit(
            session,
            AuditAction.UPDATE,
            "children",
            child.id,
            _("dossier gesloten") + (f": {why}" if why else ""),
            username=actor.username,
            user_id=actor.user_id,
        )
        return ChildSaved(child.id, child.code, child.version)


# --------------------------------------------------------------------------- one child


@dataclass(frozen=True)
class SiblingInfo:
    code: str
    status: ChildStatus


@dataclass(frozen=True)
class ChildRecord:
    """One child as stored, for the detail panel and the form (``data``)."""

    id: int
    version: int
    data: ChildData
    wijk_code: str | None
    status: ChildStatus
    waiting_since: date | None
    siblings: tuple[SiblingInfo, ...]
    created_at: datetime
    updated_at: datetime

    @property
    def code(self) -> str:
        return self.data.code


def _record(session: Session, child: m.Child) -> ChildRecord:
    group = child.sibling_group
    siblings: tuple[SiblingInfo, ...] = ()
    if group is not None:
        siblings = tuple(
            SiblingInfo(code, ChildStatus(status))
            for code, status in session.execute(
                select(m.Child.code, m.Child.status)
                .where(m.Child.sibling_group_id == group.id, m.Child.id != child.id)
                .order_by(m.Child.code)
            )
        )
    data = ChildData(
        code=child.code,
        birth_month=child.birth_month,
        gender=Gender(child.gender),
        home_postcode=child.home_pc4 or "",
        school_postcode=child.school_pc4 or "",
        club_postcode=child.club_pc4 or "",
        care_form=CareForm(child.care_form),
        schedule_needed=child.schedule_needed or Schedule.empty(),
        weekend_pattern=WeekendPattern(child.weekend_pattern),
        holidays_needed=bool(child.holidays_needed),
        wanted_start=child.wanted_start,
        urgency=Urgency(child.urgency),
        sibling_group=group.code if group is not None else "",
        needs=list(child.needs or []),
        languages=list(child.languages or []),
        culture_wish=child.culture_wish or "",
        allergies=list(child.allergies or []),
        smoke_free=bool(child.smoke_free),
        max_distance_km=child.max_distance_km,
        placing_provider=Provider(child.placing_provider) if child.placing_provider else None,
        case_worker_initials=child.case_worker_initials or "",
    )
    return ChildRecord(
        id=child.id,
        version=child.version,
        data=data,
        wijk_code=child.wijk_code,
        status=ChildStatus(child.status),
        waiting_since=child.waiting_since,
        siblings=siblings,
        created_at=child.created_at,
        updated_at=child.updated_at,
    )


def load_child_record(
    db: Database, child_id: int, actor: Actor, *, record_view: bool = True
) -> ChildRecord:
    """One child's record. Looking at it is a view of a person's data: an audit line
    ("bekeken") is written unless ``record_view`` is False (reloading after a save)."""
    require(actor, Permission.VIEW_CHILDREN)
    if record_view:
        with db.transaction() as session:
            child = session.get(m.Child, child_id)
            if child is None:
                raise NotFoundError(_("Dit kind bestaat niet (meer). Vernieuw de lijst."))
            record = _record(session, child)
            audit(
                session,
                AuditAction.VIEW,
                "children",
                child.id,
                _("gegevens bekeken"),
                username=actor.username,
                user_id=actor.user_id,
            )
            return record
    with db.session() as session:
        child = session.get(m.Child, child_id)
        if child is None:
            raise NotFoundError(_("Dit kind bestaat niet (meer). Vernieuw de lijst."))
        return _record(session, child)


def find_child_id(db: Database, code: str) -> int | None:
    """The id of the child with this code (exactly, after trimming), or None."""
    with db.engine.connect() as conn:
        found = conn.execute(select(m.Child.id).where(m.Child.code == code.strip())).scalar()
        return int(found) if found is not None else None


# --------------------------------------------------------------------------- the list


@dataclass(frozen=True)
class ChildQuery:
    """Search and filters of the Kinderen page; empty fields filter nothing.

    ``text`` matches anywhere in the code, without regard to case.
    """

    text: str = ""
    statuses: frozenset[ChildStatus] = frozenset()
    care_forms: frozenset[CareForm] = frozenset()
    wijk_codes: frozenset[str] = frozenset()
    urgencies: frozenset[Urgency] = frozenset()

    @property
    def filtered(self) -> bool:
        return bool(
            self.text.strip()
            or self.statuses
            or self.care_forms
            or self.wijk_codes
            or self.urgencies
        )


@dataclass(frozen=True)
class ChildRow:
    """One child in the list, with raw values (the GUI formats them)."""

    id: int
    version: int
    code: str
    birth_month: date
    care_form: CareForm
    wijk_code: str | None
    urgency: Urgency
    status: ChildStatus
    waiting_since: date | None
    sibling_group: str | None


def _list_conditions(q: ChildQuery) -> list[Any]:
    c = m.Child
    conditions: list[Any] = []
    text = q.text.strip()
    if text:
        conditions.append(func.lower(c.code).contains(text.lower(), autoescape=True))
    if q.statuses:
        conditions.append(c.status.in_(sorted(q.statuses)))
    if q.care_forms:
        conditions.append(c.care_form.in_(sorted(q.care_forms)))
    if q.wijk_codes:
        conditions.append(c.wijk_code.in_(sorted(q.wijk_codes)))
    if q.urgencies:
        conditions.append(c.urgency.in_(sorted(q.urgencies)))
    return conditions


def count_children(db: Database, q: ChildQuery = ChildQuery()) -> int:
    """How many children match ``q``."""
    stmt = select(func.count(m.Child.id)).where(*_list_conditions(q))
    with db.engine.connect() as conn:
        return int(conn.execute(stmt).scalar_one())


def fetch_children(
    db: Database,
    q: ChildQuery = ChildQuery(),
    limit: int = 200,
    *,
    after: tuple[str, int] | None = None,
    offset: int = 0,
) -> list[ChildRow]:
    """``limit`` children matching ``q`` by code, after the (code, id) ``after`` (the
    last row of the page before: keyset paging) or from position ``offset``."""
    c = m.Child
    stmt = (
        select(
            c.id,
            c.version,
            c.code,
            c.birth_month,
            c.care_form,
            c.wijk_code,
            c.urgency,
            c.status,
            c.waiting_since,
            m.SiblingGroup.code.label("group_code"),
        )
        .outerjoin(m.SiblingGroup, m.SiblingGroup.id == c.sibling_group_id)
        .where(*_list_conditions(q))
        .order_by(c.code, c.id)
        .limit(max(0, limit))
    )
    if after is not None:
        code, last_id = after
        stmt = stmt.where(c.code >= code, or_(c.code > code, c.id > last_id))
    elif offset:
        stmt = stmt.offset(offset)
    with db.engine.connect() as conn:
        return [
            ChildRow(
                id=r.id,
                version=r.version,
                code=r.code,
                birth_month=r.birth_month,
                care_form=CareForm(r.care_form),
                wijk_code=r.wijk_code,
                urgency=Urgency(r.urgency),
                status=ChildStatus(r.status),
                waiting_since=r.waiting_since,
                sibling_group=r.group_code,
            )
            for r in conn.execute(stmt)
        ]


def child_codes(
    db: Database,
    statuses: Iterable[ChildStatus] = (
        ChildStatus.WACHT,
        ChildStatus.VOORGESTELD,
        ChildStatus.GEPLAATST,
    ),
) -> list[str]:
    """The codes of the children with these statuses, sorted (for a search box)."""
    stmt = (
        select(m.Child.code).where(m.Child.status.in_(sorted(set(statuses)))).order_by(m.Child.code)
    )
    with db.engine.connect() as conn:
        return [str(code) for code in conn.execute(stmt).scalars()]


# --------------------------------------------------------------------------- matching reads


def matching_pool(
    db: Database, on: date | None = None, household_ids: Sequence[int] | None = None
) -> CandidatePool:
    """Every household (or those in ``household_ids``) with its offers as a matching
    pool (about 2 s at 25,000 households: load it once, off the GUI thread, and pass it
    back in with ``pool=``)."""
    with db.session() as session:
        return load_pool(session, on=on, household_ids=household_ids)


def household_names(db: Database, ids: Iterable[int] | None = None) -> dict[int, str]:
    """Household id -> name ("Familie De Vries"), of all households or of ``ids``."""
    h = m.Household
    names: dict[int, str] = {}
    with db.engine.connect() as conn:
        if ids is None:
            names.update((int(i), str(n)) for i, n in conn.execute(select(h.id, h.name)))
            return names
        wanted = sorted(set(ids))
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            names.update(
                (int(i), str(n))
                for i, n in conn.execute(select(h.id, h.name).where(h.id.in_(chunk)))
            )
    return names


@dataclass(frozen=True)
class ProposalStep:
    """One dated step of a proposal's history."""

    at: datetime
    from_status: ProposalStatus | None
    to_status: ProposalStatus
    reason: str
    username: str | None


@dataclass(frozen=True)
class ProposalView:
    """A proposal as the Matching page shows it: the frozen facts, the family's name,
    the offer's care form, the placement (if any) and the history of its status."""

    info: ProposalInfo
    household_name: str
    offer_care_form: CareForm | None
    history: tuple[ProposalStep, ...]
    placement_starts_on: date | None = None
    placement_ends_on: date | None = None
    child_schedule: Schedule = field(default_factory=Schedule.empty)

    @property
    def id(self) -> int:
        return self.info.id

    @property
    def status(self) -> ProposalStatus:
        return self.info.status


def _views(db: Database, infos: Sequence[ProposalInfo]) -> list[ProposalView]:
    if not infos:
        return []
    ids = [i.id for i in infos]
    ch = m.ProposalStatusChange
    history: dict[int, list[ProposalStep]] = {}
    with db.engine.connect() as conn:
        for row in conn.execute(
            select(ch.proposal_id, ch.at, ch.from_status, ch.to_status, ch.reason, m.User.username)
            .outerjoin(m.User, m.User.id == ch.user_id)
            .where(ch.proposal_id.in_(ids))
            .order_by(ch.at, ch.id)
        ):
            history.setdefault(row.proposal_id, []).append(
                ProposalStep(
                    at=row.at,
                    from_status=ProposalStatus(row.from_status) if row.from_status else None,
                    to_status=ProposalStatus(row.to_status),
                    reason=row.reason or "",
                    username=row.username,
                )
            )
        names = {
            int(i): str(n)
            for i, n in conn.execute(
                select(m.Household.id, m.Household.name).where(
                    m.Household.id.in_({i.household_id for i in infos})
                )
            )
        }
        offer_ids = {i.offer_id for i in infos if i.offer_id is not None}
        cares = {
            int(i): CareForm(c)
            for i, c in conn.execute(
                select(m.AvailabilityOffer.id, m.AvailabilityOffer.care_form).where(
                    m.AvailabilityOffer.id.in_(offer_ids)
                )
            )
        }
        placements = {
            int(i): (s, e)
            for i, s, e in conn.execute(
                select(m.Placement.id, m.Placement.starts_on, m.Placement.ends_on).where(
                    m.Placement.id.in_({i.placement_id for i in infos if i.placement_id})
                )
            )
        }
        schedules = {
            int(i): s
            for i, s in conn.execute(
                select(m.Child.id, m.Child.schedule_needed).where(
                    m.Child.id.in_({i.child_id for i in infos})
                )
            )
        }
    views: list[ProposalView] = []
    for info in infos:
        starts, ends = placements.get(info.placement_id or -1, (None, None))
        views.append(
            ProposalView(
                info=info,
                household_name=names.get(info.household_id, ""),
                offer_care_form=cares.get(info.offer_id) if info.offer_id is not None else None,
                history=tuple(history.get(info.id, [])),
                placement_starts_on=starts,
                placement_ends_on=ends,
                child_schedule=schedules.get(info.child_id) or Schedule.empty(),
            )
        )
    return views


def proposal_views_for_child(db: Database, code: str) -> list[ProposalView]:
    """Every proposal of the child, newest first, each with its status history."""
    return _views(db, proposals_for_child(db, code))


def proposal_view(db: Database, proposal_id: int) -> ProposalView:
    """One proposal with its history (for the list of all proposals)."""
    with db.engine.connect() as conn:
        code = conn.execute(
            select(m.Child.code)
            .join(m.MatchProposal, m.MatchProposal.child_id == m.Child.id)
            .where(m.MatchProposal.id == proposal_id)
        ).scalar()
    if code is None:
        raise NotFoundError(_("Dit voorstel bestaat niet (meer). Vernieuw de lijst."))
    for view in proposal_views_for_child(db, str(code)):
        if view.id == proposal_id:
            return view
    raise NotFoundError(_("Dit voorstel bestaat niet (meer). Vernieuw de lijst."))


# --------------------------------------------------------------------------- the plan


@dataclass(frozen=True)
class PlanView:
    """A placement plan with the names of the families in it."""

    plan: PlacementPlan
    names: dict[int, str]


def placement_plan(
    db: Database,
    actor: Actor,
    *,
    on: date | None = None,
    progress: Progress | None = None,
) -> PlanView:
    """The placement plan for all waiting children (nothing is proposed; a person
    confirms each suggestion). The plan shows every waiting child: looking at it writes
    one audit line. ``progress(done, total)`` returning False cancels it
    (:class:`core.plan.PlanCancelled`)."""
    require(actor, Permission.MATCHING)
    result = plan_for_all(db, on=on, progress=progress)
    names = household_names(db, {a.household_id for a in result.assignments})
    with db.transaction() as session:
        audit(
            session,
            AuditAction.VIEW,
            "children",
            None,
            _("plaatsingsplan bekeken"),
            username=actor.username,
            user_id=actor.user_id,
        )
    return PlanView(result, names)
