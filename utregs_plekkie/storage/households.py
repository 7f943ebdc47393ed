"""Foster and support families in the database: the write side and the read side.

Write side: turn a request into a family in one action, create and edit families
(version-checked), their adults and screening checks, their own children, move them
through the pipeline (with the rules of ``core.pipeline``: a refused move raises
``MoveRefused`` with a Dutch sentence), and edit their availability offers and pauses.
Every write is one transaction with an audit line.

Read side, for the Gezinnen page: :class:`HouseholdQuery` with
:func:`count_households` / :func:`fetch_households` (search as you type, filters),
:func:`board` (one column per stage), :func:`household_detail`,
:func:`offer_overview` (what is left of places and schedule) and :func:`today_list`
(the "vandaag" list across all families). All are plain indexed queries that stay
fast on 25,000 families (``utregs-plekkie bench households``).

The pipeline settings live in the ``settings`` table under ``core.pipeline.SETTINGS_KEY``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Connection,
    Integer,
    and_,
    any_,
    bindparam,
    exists,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from utregs_plekkie.core import clock
from utregs_plekkie.core.capacity import OfferUse
from utregs_plekkie.core.enums import (
    AuditAction,
    CareFamily,
    CareForm,
    HouseholdRoute,
    Need,
    PipelineStage,
    PlacementStatus,
    Provider,
    RequestStatus,
    ScreeningKind,
    WeekendPattern,
    label,
)
from utregs_plekkie.core.errors import NotFoundError, StaleRecordError, UserError, ValidationError
from utregs_plekkie.core.geo import GeoIndex
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.pipeline import (
    DEFAULT_CONFIG,
    OFF_ROUTE_STAGES,
    SETTINGS_KEY,
    AdultRecord,
    AdultScreeningStatus,
    CheckRecord,
    HouseholdScreening,
    MoveRefused,
    NextAction,
    PipelineConfig,
    StageMove,
    StageSpan,
    StageStep,
    TodayItem,
    action_today_item,
    allowed_moves,
    blockers_for_available,
    board_stages,
    check_dropout_reason,
    check_move,
    default_next_action,
    is_after_screening,
    latest_entry_exceeding_norm,
    norm_due_on,
    norm_exceeded,
    norm_today_item,
    required_check,
    resume_stage,
    route_for_interests,
    screening_status,
    screening_today_items,
    stage_spans,
    time_in_stages,
)
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.core.validation import (
    normalise_email,
    normalise_name,
    normalise_phone,
    normalise_postcode,
    parse_house_number,
    search_key,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.capacity import offer_usage
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.repository import SYSTEM_USER, audit, stale_message

log = logging.getLogger(__name__)

__all__ = [
    "AdultData",
    "BoardCard",
    "BoardColumn",
    "CheckData",
    "HouseholdData",
    "HouseholdDetail",
    "HouseholdOrder",
    "HouseholdQuery",
    "HouseholdRow",
    "MoveResult",
    "OfferData",
    "OfferOverview",
    "OwnChild",
    "PauseInfo",
    "SaveResult",
    "add_adult",
    "add_check",
    "add_offer",
    "add_offer_pause",
    "apply_stage_move",
    "board",
    "count_households",
    "create_household",
    "fetch_households",
    "household_data",
    "household_detail",
    "insert_household",
    "load_pipeline_config",
    "load_pipeline_settings",
    "move_stage",
    "moves_for",
    "offer_overview",
    "remove_adult",
    "remove_check",
    "remove_offer",
    "remove_offer_pause",
    "request_to_household",
    "save_pipeline_config",
    "screening_snapshot",
    "set_own_children",
    "today_list",
    "update_adult",
    "update_check",
    "update_household",
    "update_offer",
    "validate_offer",
]

T = TypeVar("T", bound=m.Base)

NAME_MAX = 160
TEXT_MAX = 200
AGE_MAX = 21  # foster children may stay until 21
ADULT_MIN_AGE = 18
#: Words a family name may start with that are not part of the name itself.
_NAME_LEAD = re.compile(r"^(familie|fam\.?|gezin|de familie|het gezin)\s+", re.IGNORECASE)
_IN_CHUNK = 5_000


# --------------------------------------------------------------------------- helpers


def _kind_household() -> str:
    return _("gezin")


def _kind_adult() -> str:
    return _("volwassene")


def _kind_check() -> str:
    return _("VGB/VOG")


def _kind_offer() -> str:
    return _("beschikbaarheid")


@contextmanager
def _writing(db: Database, kind: str) -> Iterator[Session]:
    """One transaction; a concurrent change caught by the version column becomes a
    :class:`StaleRecordError` with the usual sentence."""
    try:
        with db.transaction() as session:
            yield session
    except StaleDataError as exc:
        raise StaleRecordError(stale_message(kind)) from exc


def _get(
    session: Session,
    model: type[T],
    record_id: int,
    kind: str,
    expected_version: int | None = None,
) -> T:
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError(
            _("Deze {kind} bestaat niet (meer). Vernieuw de lijst en probeer het opnieuw.").format(
                kind=kind
            )
        )
    if expected_version is not None and getattr(record, "version", None) != expected_version:
        raise StaleRecordError(stale_message(kind))
    return record


def _touch(record: Any) -> None:
    """Mark a versioned record changed, so its version goes up with its children."""
    record.updated_at = clock.now()


def _local_date(value: datetime) -> date:
    return value.astimezone(clock.LOCAL_TZ).date()


def _start_of_local_day(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=clock.LOCAL_TZ)


def _fmt(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day is not None else ""


def _clean_text(value: str, field: str, maximum: int = TEXT_MAX) -> str:
    text = " ".join((value or "").split())
    if any(ord(ch) < 32 for ch in value or "" if ch not in "\n\r\t"):
        raise ValidationError(
            _("Het veld {field} bevat een onzichtbaar stuurteken. Typ de tekst opnieuw.").format(
                field=field
            ),
            field=field,
        )
    if len(text) > maximum:
        raise ValidationError(
            _("Het veld {field} is te lang ({n} tekens); gebruik hoogstens {max} tekens.").format(
                field=field, n=len(text), max=maximum
            ),
            field=field,
        )
    return text


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _IN_CHUNK):
        yield ids[start : start + _IN_CHUNK]


# --------------------------------------------------------------------------- settings


def load_pipeline_settings(db: Database) -> tuple[PipelineConfig, int | None]:
    """The team's pipeline settings and the stored version (``None``: defaults, never
    saved). Settings that cannot be read are logged and replaced by the defaults, so a
    damaged setting never locks the program."""
    with db.session() as session:
        row = session.scalar(select(m.Setting).where(m.Setting.key == SETTINGS_KEY))
        if row is None:
            return DEFAULT_CONFIG, None
        try:
            return PipelineConfig.from_json(row.value), row.version
        except ValidationError as exc:
            log.warning("Pipeline settings unreadable, using defaults: %s", exc)
            return DEFAULT_CONFIG, row.version


def load_pipeline_config(db: Database) -> PipelineConfig:
    return load_pipeline_settings(db)[0]


def save_pipeline_config(
    db: Database,
    config: PipelineConfig,
    expected_version: int | None,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> int:
    """Store the settings (a beheerder's change); returns the new version.

    ``expected_version`` is the version read with :func:`load_pipeline_settings`
    (``None`` when none was stored): someone else's change in between is refused.
    """
    config.validate()
    kind = _("instelling")
    with _writing(db, kind) as session:
        row = session.scalar(select(m.Setting).where(m.Setting.key == SETTINGS_KEY))
        if row is None:
            if expected_version is not None:
                raise StaleRecordError(stale_message(kind))
            row = m.Setting(key=SETTINGS_KEY, value=config.to_json())
            session.add(row)
            action = AuditAction.CREATE
        else:
            if row.version != expected_version:
                raise StaleRecordError(stale_message(kind))
            row.value = config.to_json()
            action = AuditAction.UPDATE
        session.flush()
        audit(session, action, "settings", row.id, SETTINGS_KEY, username=username, user_id=user_id)
        session.flush()
        return row.version


# --------------------------------------------------------------------------- households


@dataclass
class HouseholdData:
    """What a user types for a family (as typed: validation normalises it)."""

    name: str
    route: HouseholdRoute = HouseholdRoute.PLEEGOUDER
    email: str = ""
    phone: str = ""
    street: str = ""
    house_number: str = ""
    postcode: str = ""
    city: str = ""
    #: ``None``: the provider of the postcode's wijk (Utrecht); set to override.
    provider: Provider | None = None
    languages: list[str] = field(default_factory=list)
    culture_religion: str = ""
    pets: list[str] = field(default_factory=list)
    smoking: bool = False
    accessibility: str = ""
    bedrooms: int | None = None
    spare_bedrooms: int | None = None
    experience: list[str] = field(default_factory=list)
    skills: str = ""
    documents_received: list[str] = field(default_factory=list)
    notes: str = ""
    #: Empty on creation: the default action of the first stage is used.
    next_action: str = ""
    next_action_on: date | None = None


def household_data(household: m.Household) -> HouseholdData:
    """The form values of a stored family (to edit and save back)."""
    number = (
        f"{household.house_number}{household.house_number_suffix}"
        if household.house_number is not None
        else ""
    )
    return HouseholdData(
        name=household.name,
        route=household.route,
        email=household.email or "",
        phone=household.phone or "",
        street=household.street,
        house_number=number,
        postcode=household.postcode or "",
        city=household.city,
        provider=household.provider,
        languages=list(household.languages or []),
        culture_religion=household.culture_religion,
        pets=list(household.pets or []),
        smoking=household.smoking,
        accessibility=household.accessibility,
        bedrooms=household.bedrooms,
        spare_bedrooms=household.spare_bedrooms,
        experience=list(household.experience or []),
        skills=household.skills,
        documents_received=list(household.documents_received or []),
        notes=household.notes,
        next_action=household.next_action,
        next_action_on=household.next_action_on,
    )


def _core_name(name: str) -> str:
    return _NAME_LEAD.sub("", name.strip())


def _name_key(name: str, first_names: Iterable[str] = ()) -> str:
    """Family name first (so the list sorts by it), then the adults' first names."""
    return search_key(" ".join([_core_name(name), *first_names]))[:NAME_MAX]


def _household_columns(data: HouseholdData, geo: GeoIndex | None = None) -> dict[str, Any]:
    """Validated column values; :class:`ValidationError` names the field at fault."""
    name = " ".join((data.name or "").split())
    if not name:
        raise ValidationError(
            _("Vul de naam van het gezin in (bijvoorbeeld Familie De Vries)."), field="name"
        )
    if len(name) > NAME_MAX or any(ord(ch) < 32 for ch in data.name):
        raise ValidationError(
            _(
                "De naam van het gezin is te lang of bevat een stuurteken; gebruik hoogstens "
                "{max} gewone tekens."
            ).format(max=NAME_MAX),
            field="name",
        )
    values: dict[str, Any] = {"name": name, "route": HouseholdRoute(data.route)}
    values["email"] = normalise_email(data.email) if data.email.strip() else None
    values["phone"] = normalise_phone(data.phone) if data.phone.strip() else None
    values["street"] = _clean_text(data.street, "straat", 120)
    if data.house_number.strip():
        values["house_number"], values["house_number_suffix"] = parse_house_number(
            data.house_number
        )
    else:
        values["house_number"], values["house_number_suffix"] = None, ""
    values["city"] = _clean_text(data.city, "plaats", 80)
    provider = Provider(data.provider) if data.provider is not None else None
    if data.postcode.strip():
        postcode = normalise_postcode(data.postcode)
        place = (geo or GeoIndex.default()).lookup(postcode)
        values["postcode"] = postcode
        values["pc4"] = postcode[:4]
        values["wijk_code"] = place.wijk_code if place else None
        if provider is None and place is not None:
            provider = place.provider
        if not values["city"] and place is not None:
            values["city"] = place.plaats
    else:
        values["postcode"] = values["pc4"] = values["wijk_code"] = None
    values["provider"] = provider
    values["languages"] = _clean_list(data.languages, "talen")
    values["culture_religion"] = _clean_text(data.culture_religion, "cultuur/religie")
    values["pets"] = _clean_list(data.pets, "huisdieren")
    values["smoking"] = bool(data.smoking)
    values["accessibility"] = _clean_text(data.accessibility, "toegankelijkheid")
    for key, text in (("bedrooms", "slaapkamers"), ("spare_bedrooms", "vrije slaapkamers")):
        number = getattr(data, key)
        if number is not None and not 0 <= number <= 30:
            raise ValidationError(
                _("Het aantal {field} moet tussen 0 en 30 liggen.").format(field=text), field=key
            )
        values[key] = number
    if (
        data.bedrooms is not None
        and data.spare_bedrooms is not None
        and data.spare_bedrooms > data.bedrooms
    ):
        raise ValidationError(
            _(
                "Er zijn meer vrije slaapkamers ({spare}) dan slaapkamers ({total}); pas een van "
                "beide aan."
            ).format(spare=data.spare_bedrooms, total=data.bedrooms),
            field="spare_bedrooms",
        )
    values["experience"] = _clean_list(data.experience, "ervaring")
    values["skills"] = (data.skills or "").strip()
    values["documents_received"] = _clean_list(data.documents_received, "documenten")
    values["notes"] = (data.notes or "").strip()
    values["next_action"] = _clean_text(data.next_action, "volgende actie")
    values["next_action_on"] = data.next_action_on
    return values


def _clean_list(items: Iterable[str], field: str) -> list[str]:
    cleaned: list[str] = []
    for item in items or []:
        text = _clean_text(str(item), field, 80)
        if text and text not in cleaned:
            cleaned.append(text)
    return cleaned


@dataclass
class CheckData:
    """A VGB or VOG as typed. ``kind`` ``None``: the one the family's route needs;
    ``provider`` ``None``: the family's provider when the check is added."""

    kind: ScreeningKind | None = None
    requested_on: date | None = None
    issued_on: date | None = None
    expires_on: date | None = None
    provider: Provider | None = None
    note: str = ""


@dataclass
class AdultData:
    first_name: str
    last_name: str
    name_prefix: str = ""
    birth_date: date | None = None
    email: str = ""
    phone: str = ""
    moved_in_on: date | None = None
    #: Only used when the adult is created (with the family, or by :func:`add_adult`).
    checks: tuple[CheckData, ...] = ()


@dataclass(frozen=True)
class OwnChild:
    """A child of the family itself: the birth year only."""

    birth_year: int
    living_at_home: bool = True


def _adult_columns(data: AdultData, on: date) -> dict[str, Any]:
    values: dict[str, Any] = {
        "first_name": normalise_name(data.first_name, "first_name"),
        "last_name": normalise_name(data.last_name, "last_name"),
        "name_prefix": " ".join((data.name_prefix or "").split()).lower()[:30],
        "email": normalise_email(data.email) if data.email.strip() else None,
        "phone": normalise_phone(data.phone) if data.phone.strip() else None,
        "birth_date": data.birth_date,
        "moved_in_on": data.moved_in_on,
    }
    if data.birth_date is not None:
        if data.birth_date > on:
            raise ValidationError(
                _("De geboortedatum {date} ligt in de toekomst. Controleer de datum.").format(
                    date=_fmt(data.birth_date)
                ),
                field="birth_date",
            )
        age = (
            on.year
            - data.birth_date.year
            - ((on.month, on.day) < (data.birth_date.month, data.birth_date.day))
        )
        if age < ADULT_MIN_AGE:
            raise ValidationError(
                _(
                    "Een volwassene is minstens {min} jaar; met geboortedatum {date} is dit "
                    "iemand van {age}. Vul een kind in bij 'eigen kinderen'."
                ).format(min=ADULT_MIN_AGE, date=_fmt(data.birth_date), age=age),
                field="birth_date",
            )
    return values


def _check_columns(
    data: CheckData, kind: ScreeningKind, provider: Provider | None, on: date
) -> dict[str, Any]:
    if data.requested_on is None and data.issued_on is None:
        raise ValidationError(
            _("Vul in wanneer de {kind} is aangevraagd of afgegeven.").format(kind=label(kind)),
            field="requested_on",
        )
    for key, value, text in (
        ("requested_on", data.requested_on, _("aanvraagdatum")),
        ("issued_on", data.issued_on, _("afgiftedatum")),
    ):
        if value is not None and value > on:
            raise ValidationError(
                _("De {field} {date} ligt in de toekomst. Controleer de datum.").format(
                    field=text, date=_fmt(value)
                ),
                field=key,
            )
    if data.requested_on and data.issued_on and data.issued_on < data.requested_on:
        raise ValidationError(
            _(
                "De afgiftedatum ({issued}) ligt vóór de aanvraagdatum ({requested}). Controleer "
                "beide datums."
            ).format(issued=_fmt(data.issued_on), requested=_fmt(data.requested_on)),
            field="issued_on",
        )
    if data.expires_on is not None:
        if data.issued_on is None:
            raise ValidationError(
                _(
                    "Een vervaldatum hoort bij een afgegeven {kind}: vul eerst de afgiftedatum in."
                ).format(kind=label(kind)),
                field="expires_on",
            )
        if data.expires_on <= data.issued_on:
            raise ValidationError(
                _("De vervaldatum ({expires}) moet na de afgiftedatum ({issued}) liggen.").format(
                    expires=_fmt(data.expires_on), issued=_fmt(data.issued_on)
                ),
                field="expires_on",
            )
    return {
        "kind": kind,
        "requested_on": data.requested_on,
        "issued_on": data.issued_on,
        "expires_on": data.expires_on,
        "provider": data.provider or provider,
        "note": (data.note or "").strip(),
    }


def _own_children_rows(children: Sequence[OwnChild], on: date) -> list[m.HouseholdChild]:
    rows = []
    for child in children:
        if not on.year - 80 <= child.birth_year <= on.year:
            raise ValidationError(
                _(
                    "Geboortejaar {year} van een eigen kind kan niet kloppen; vul een jaar tussen "
                    "{first} en {last} in."
                ).format(year=child.birth_year, first=on.year - 80, last=on.year),
                field="own_children",
            )
        rows.append(
            m.HouseholdChild(birth_year=child.birth_year, living_at_home=child.living_at_home)
        )
    return rows


@dataclass(frozen=True)
class SaveResult:
    """What a save did: the record's new version (to keep editing) and warnings."""

    record_id: int
    version: int
    warnings: tuple[str, ...] = ()


def _refresh_name_key(session: Session, household: m.Household) -> None:
    # The key is derived (name plus the adults' first names); written without touching
    # the version, so adding an adult does not make an open family form stale.
    session.flush()
    first_names = session.scalars(
        select(m.Adult.first_name).where(m.Adult.household_id == household.id).order_by(m.Adult.id)
    ).all()
    key = _name_key(household.name, first_names)
    session.execute(
        update(m.Household)
        .where(m.Household.id == household.id)
        .values(name_key=key)
        .execution_options(synchronize_session=False)
    )
    session.expire(household, ["name_key"])


def create_household(
    db: Database,
    data: HouseholdData,
    *,
    adults: Sequence[AdultData] = (),
    own_children: Sequence[OwnChild] = (),
    stage: PipelineStage = PipelineStage.INFORMATIEBIJEENKOMST,
    reason: str | None = None,
    note: str = "",
    username: str = SYSTEM_USER,
    user_id: int | None = None,
    config: PipelineConfig | None = None,
) -> int:
    """Create a family directly (without a request); returns its id.

    A family normally starts at the first stage. An existing family taken over from
    another list may start further on (``stage``): "beschikbaar" then needs every
    adult's check, and "gestopt" a reason, as for a move.
    """
    with _writing(db, _kind_household()) as session:
        household = insert_household(
            session,
            data,
            adults=adults,
            own_children=own_children,
            stage=stage,
            reason=reason,
            note=note,
            config=config or load_pipeline_config(db),
            username=username,
            user_id=user_id,
        )
        return household.id


def insert_household(
    session: Session,
    data: HouseholdData,
    *,
    adults: Sequence[AdultData],
    own_children: Sequence[OwnChild],
    stage: PipelineStage,
    reason: str | None,
    note: str,
    config: PipelineConfig,
    username: str,
    user_id: int | None,
    history: Sequence[tuple[PipelineStage | None, PipelineStage, datetime]] = (),
    audit_detail: str = "",
) -> m.Household:
    """Add a family inside the caller's transaction (creation, requests, imports).

    ``history`` gives the dated moves to record (default: one move into ``stage``
    now); the last one's date becomes ``stage_since``. Validation and the rules of
    a move apply as in :func:`create_household`.
    """
    today = clock.today()
    now = clock.now()
    values = _household_columns(data)
    route: HouseholdRoute = values["route"]
    steps = config.route(route)
    if stage not in steps and stage not in OFF_ROUTE_STAGES:
        raise MoveRefused(
            _(
                "De route voor {route}s kent geen fase {stage}. Kies een fase van die route: "
                "{stages}."
            ).format(
                route=label(route), stage=label(stage), stages=", ".join(label(s) for s in steps)
            )
        )
    household = m.Household(**values, stage=stage, stage_since=now)
    household.name_key = _name_key(values["name"], [])
    for adult_data in adults:
        adult = m.Adult(**_adult_columns(adult_data, today))
        for check_data in adult_data.checks:
            kind = check_data.kind or required_check(route)
            adult.checks.append(
                m.ScreeningCheck(**_check_columns(check_data, kind, values["provider"], today))
            )
        household.adults.append(adult)
    household.own_children = _own_children_rows(own_children, today)
    if stage == PipelineStage.GESTOPT:
        check_dropout_reason(reason, note)
        household.dropout_reason = reason
        household.dropout_note = note.strip()
    if stage == PipelineStage.BESCHIKBAAR:
        blockers = blockers_for_available(_snapshot_of(household, False, None), today, config)
        if blockers:
            raise MoveRefused(
                _("Dit gezin kan nog niet op {stage}: {blockers}").format(
                    stage=label(stage), blockers=" ".join(blockers)
                )
            )
        household.available_since = today
    if not values["next_action"]:
        action = default_next_action(config, route, stage, today)
        household.next_action = action.text
        household.next_action_on = action.due_on
    steps_done = list(history) or [(None, stage, now)]
    for from_stage, to_stage, at in steps_done:
        household.stage_changes.append(
            m.HouseholdStageChange(
                from_stage=from_stage,
                to_stage=to_stage,
                at=at,
                user_id=user_id,
                reason=reason if to_stage == PipelineStage.GESTOPT else None,
                note=note.strip() if to_stage == stage else "",
            )
        )
    household.stage_since = steps_done[-1][2]
    session.add(household)
    session.flush()
    _refresh_name_key(session, household)
    audit(
        session,
        AuditAction.CREATE,
        "households",
        household.id,
        audit_detail or _("fase {stage}").format(stage=label(stage)),
        username=username,
        user_id=user_id,
    )
    return household


def update_household(
    db: Database,
    household_id: int,
    expected_version: int,
    data: HouseholdData,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> SaveResult:
    """Save the edited family if nobody changed it since ``expected_version``.

    A route change is refused while the family is in a stage the new route lacks, or
    offers care the new route cannot give. Changing provider means the VGBs must be
    renewed: that is returned as a warning (and shows in the screening).
    """
    config = load_pipeline_config(db)
    values = _household_columns(data)
    with _writing(db, _kind_household()) as session:
        household = _get(session, m.Household, household_id, _kind_household(), expected_version)
        warnings: list[str] = []
        new_route: HouseholdRoute = values["route"]
        if new_route != household.route:
            _check_route_change(session, household, new_route, config)
        if (
            values["provider"] is not None
            and household.provider is not None
            and values["provider"] != household.provider
            and new_route == HouseholdRoute.PLEEGOUDER
        ):
            warnings.append(
                _(
                    "Het gezin valt nu onder {new} in plaats van {old}: de VGB's van de "
                    "volwassenen moeten opnieuw worden aangevraagd."
                ).format(new=label(values["provider"]), old=label(household.provider))
            )
        changed = sorted(k for k, v in values.items() if getattr(household, k) != v)
        for key in changed:
            setattr(household, key, values[key])
        if changed:
            audit(
                session,
                AuditAction.UPDATE,
                "households",
                household.id,
                ", ".join(changed),
                username=username,
                user_id=user_id,
            )
        session.flush()
        if "name" in changed:
            _refresh_name_key(session, household)
        return SaveResult(household.id, household.version, tuple(warnings))


def _check_route_change(
    session: Session, household: m.Household, route: HouseholdRoute, config: PipelineConfig
) -> None:
    steps = config.route(route)
    if household.stage not in steps and household.stage not in OFF_ROUTE_STAGES:
        raise MoveRefused(
            _(
                "Dit gezin staat in de fase {stage}, die de route voor {route}s niet kent. "
                "Verplaats het gezin eerst naar een fase van die route."
            ).format(stage=label(household.stage), route=label(route))
        )
    if route == HouseholdRoute.STEUNOUDER:
        other = [o for o in household.offers if o.care_form != CareForm.STEUNOUDER]
        if other:
            raise ValidationError(
                _(
                    "Een steunoudergezin kan alleen '{care}' aanbieden; pas eerst het aanbod "
                    "'{other}' aan of verwijder het."
                ).format(care=label(CareForm.STEUNOUDER), other=label(other[0].care_form)),
                field="route",
            )
    if household.stage == PipelineStage.BESCHIKBAAR:
        snapshot = _snapshot_of(household, *_placement_state(session, household.id, clock.today()))
        changed = HouseholdScreening(
            route=route,
            provider=snapshot.provider,
            adults=snapshot.adults,
            has_active_placement=snapshot.has_active_placement,
            last_placement_ended_on=snapshot.last_placement_ended_on,
        )
        blockers = blockers_for_available(changed, clock.today(), config)
        if blockers:
            raise MoveRefused(
                _("Als {route} kan dit gezin niet beschikbaar blijven: {blockers}").format(
                    route=label(route), blockers=" ".join(blockers)
                )
            )


def set_own_children(
    db: Database,
    household_id: int,
    expected_version: int,
    children: Sequence[OwnChild],
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> SaveResult:
    """Replace the family's own children (birth years) with ``children``."""
    rows = _own_children_rows(children, clock.today())
    with _writing(db, _kind_household()) as session:
        household = _get(session, m.Household, household_id, _kind_household(), expected_version)
        household.own_children = rows
        _touch(household)
        audit(
            session,
            AuditAction.UPDATE,
            "households",
            household.id,
            _("eigen kinderen: {n}").format(n=len(rows)),
            username=username,
            user_id=user_id,
        )
        session.flush()
        return SaveResult(household.id, household.version)


# --------------------------------------------------------------------------- from a request


def _family_name(first: str, prefix: str, last: str) -> str:
    if last:
        lead = prefix[:1].upper() + prefix[1:] if prefix else ""
        return " ".join(p for p in (_("Familie"), lead, last) if p)
    return " ".join(p for p in (_("Familie"), first) if p)


def request_to_household(
    db: Database,
    request_id: int,
    *,
    expected_version: int | None = None,
    route: HouseholdRoute | None = None,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> int:
    """Turn a request into a family in one action; returns the family's id.

    Carried over: the name (as "Familie <achternaam>" and as the first adult), e-mail,
    phone, address, and the interests (which decide the route unless ``route`` is
    given). The request becomes "aangemeld", with a dated history row, and is linked
    through ``InfoRequest.household_id``. A request that already attended an
    information evening starts its family at the "kennismakingsgesprek".
    """
    config = load_pipeline_config(db)
    kind = _("aanvraag")
    with _writing(db, kind) as session:
        request = _get(session, m.InfoRequest, request_id, kind, expected_version)
        if request.household_id is not None:
            existing = session.get(m.Household, request.household_id)
            raise UserError(
                _("Deze aanvraag is al een gezin geworden ({name}). Open dat gezin.").format(
                    name=existing.name if existing else request.household_id
                )
            )
        if request.merged_into_id is not None:
            raise UserError(
                _(
                    "Deze aanvraag is samengevoegd met een andere aanvraag; maak van die "
                    "aanvraag een gezin."
                )
            )
        if request.anonymised_at is not None:
            raise UserError(
                _(
                    "Deze aanvraag is geanonimiseerd en kan geen gezin meer worden. Maak het "
                    "gezin met de hand aan."
                )
            )
        if not (request.first_name or request.last_name):
            raise ValidationError(
                _(
                    "Deze aanvraag heeft nog geen naam. Vul eerst de naam in en probeer het "
                    "opnieuw."
                ),
                field="last_name",
            )
        now = clock.now()
        chosen_route = route or route_for_interests(request.interest_set)
        data = HouseholdData(
            name=_family_name(request.first_name, request.name_prefix, request.last_name),
            route=chosen_route,
            email=request.email or "",
            phone=request.phone or "",
            street=request.street,
            house_number=(
                f"{request.house_number}{request.house_number_suffix}"
                if request.house_number is not None
                else ""
            ),
            postcode=request.postcode or "",
            city=request.city,
            provider=request.provider,
            notes=_("Aangemaakt uit aanvraag {id} ({received}).").format(
                id=request.id, received=_fmt(_local_date(request.received_at))
            ),
        )
        adult = AdultData(
            first_name=request.first_name or request.last_name,
            last_name=request.last_name or request.first_name,
            name_prefix=request.name_prefix,
            email=request.email or "",
            phone=request.phone or "",
        )
        history: list[tuple[PipelineStage | None, PipelineStage, datetime]] = []
        stage = PipelineStage.INFORMATIEBIJEENKOMST
        if request.status == RequestStatus.INFORMATIEAVOND:
            attended_at = min(request.status_since, now)
            history = [
                (None, PipelineStage.INFORMATIEBIJEENKOMST, attended_at),
                (PipelineStage.INFORMATIEBIJEENKOMST, PipelineStage.KENNISMAKING, now),
            ]
            stage = PipelineStage.KENNISMAKING
        household = insert_household(
            session,
            data,
            adults=[adult],
            own_children=(),
            stage=stage,
            reason=None,
            note="",
            config=config,
            username=username,
            user_id=user_id,
            history=history,
            audit_detail=_("uit aanvraag {id}").format(id=request.id),
        )
        previous = request.status
        request.household_id = household.id
        if previous != RequestStatus.AANGEMELD:
            request.status = RequestStatus.AANGEMELD
            request.status_since = now
            request.follow_up_on = None
            request.status_changes.append(
                m.RequestStatusChange(
                    from_status=previous,
                    to_status=RequestStatus.AANGEMELD,
                    at=now,
                    user_id=user_id,
                    note=_("Gezin aangemaakt: {name}").format(name=household.name),
                )
            )
        audit(
            session,
            AuditAction.UPDATE,
            "info_requests",
            request.id,
            _("aangemeld, gezin {id}").format(id=household.id),
            username=username,
            user_id=user_id,
        )
        session.flush()
        return household.id


# --------------------------------------------------------------------------- adults, checks


def add_adult(
    db: Database,
    household_id: int,
    data: AdultData,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> int:
    """Add an adult (with any checks in ``data.checks``); returns the adult's id.

    Someone who moves in later gets ``moved_in_on``: the VGBs issued before that date
    must then be renewed (the screening says so).
    """
    today = clock.today()
    values = _adult_columns(data, today)
    with _writing(db, _kind_household()) as session:
        household = _get(session, m.Household, household_id, _kind_household())
        adult = m.Adult(**values)
        for check_data in data.checks:
            kind = check_data.kind or required_check(household.route)
            adult.checks.append(
                m.ScreeningCheck(**_check_columns(check_data, kind, household.provider, today))
            )
        household.adults.append(adult)
        session.flush()
        _refresh_name_key(session, household)
        audit(
            session,
            AuditAction.CREATE,
            "household_adults",
            adult.id,
            _("gezin {id}").format(id=household.id),
            username=username,
            user_id=user_id,
        )
        return adult.id


def update_adult(
    db: Database,
    adult_id: int,
    expected_version: int,
    data: AdultData,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> SaveResult:
    values = _adult_columns(data, clock.today())
    with _writing(db, _kind_adult()) as session:
        adult = _get(session, m.Adult, adult_id, _kind_adult(), expected_version)
        changed = sorted(k for k, v in values.items() if getattr(adult, k) != v)
        for key in changed:
            setattr(adult, key, values[key])
        if changed:
            audit(
                session,
                AuditAction.UPDATE,
                "household_adults",
                adult.id,
                ", ".join(changed),
                username=username,
                user_id=user_id,
            )
        session.flush()
        if "first_name" in changed:
            _refresh_name_key(session, adult.household)
        return SaveResult(adult.id, adult.version)


def remove_adult(
    db: Database,
    adult_id: int,
    expected_version: int,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> None:
    with _writing(db, _kind_adult()) as session:
        adult = _get(session, m.Adult, adult_id, _kind_adult(), expected_version)
        household = adult.household
        session.delete(adult)
        session.flush()
        _refresh_name_key(session, household)
        audit(
            session,
            AuditAction.DELETE,
            "household_adults",
            adult_id,
            _("gezin {id}").format(id=household.id),
            username=username,
            user_id=user_id,
        )


def add_check(
    db: Database,
    adult_id: int,
    data: CheckData,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> int:
    """Record a VGB or VOG (requested, or issued) for an adult; returns its id."""
    with _writing(db, _kind_adult()) as session:
        adult = _get(session, m.Adult, adult_id, _kind_adult())
        household = adult.household
        kind = data.kind or required_check(household.route)
        check = m.ScreeningCheck(**_check_columns(data, kind, household.provider, clock.today()))
        adult.checks.append(check)
        session.flush()
        audit(
            session,
            AuditAction.CREATE,
            "screening_checks",
            check.id,
            _("{kind} voor volwassene {id}").format(kind=label(kind), id=adult.id),
            username=username,
            user_id=user_id,
        )
        return check.id


def update_check(
    db: Database,
    check_id: int,
    expected_version: int,
    data: CheckData,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> SaveResult:
    """Save an edited check (e.g. the issue date once the VGB came in)."""
    with _writing(db, _kind_check()) as session:
        check = _get(session, m.ScreeningCheck, check_id, _kind_check(), expected_version)
        kind = data.kind or check.kind
        values = _check_columns(data, kind, check.provider, clock.today())
        if data.provider is None:
            values["provider"] = check.provider
        changed = sorted(k for k, v in values.items() if getattr(check, k) != v)
        for key in changed:
            setattr(check, key, values[key])
        if changed:
            audit(
                session,
                AuditAction.UPDATE,
                "screening_checks",
                check.id,
                ", ".join(changed),
                username=username,
                user_id=user_id,
            )
        session.flush()
        return SaveResult(check.id, check.version)


def remove_check(
    db: Database,
    check_id: int,
    expected_version: int,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> None:
    with _writing(db, _kind_check()) as session:
        check = _get(session, m.ScreeningCheck, check_id, _kind_check(), expected_version)
        session.delete(check)
        audit(
            session,
            AuditAction.DELETE,
            "screening_checks",
            check_id,
            "",
            username=username,
            user_id=user_id,
        )


# --------------------------------------------------------------------------- screening


def _placement_state(session: Session, household_id: int, on: date) -> tuple[bool, date | None]:
    """(has an active placement on ``on``, the last day a placement ended)."""
    rows = session.execute(
        select(m.Placement.status, m.Placement.starts_on, m.Placement.ends_on).where(
            m.Placement.household_id == household_id
        )
    ).all()
    return _placement_facts(rows, on)


def _placement_facts(rows: Iterable[Any], on: date) -> tuple[bool, date | None]:
    active = False
    ended: date | None = None
    for status, starts_on, ends_on in rows:
        if (
            status == PlacementStatus.ACTIEF
            and starts_on <= on
            and (ends_on is None or ends_on >= on)
        ):
            active = True
        elif ends_on is not None and ends_on < on and (ended is None or ends_on > ended):
            ended = ends_on
    return active, ended


def _snapshot_of(
    household: m.Household, has_active_placement: bool, last_ended: date | None
) -> HouseholdScreening:
    ended = household.last_placement_ended_on
    if last_ended is not None and (ended is None or last_ended > ended):
        ended = last_ended
    return HouseholdScreening(
        route=household.route,
        provider=household.provider,
        adults=tuple(
            AdultRecord(
                name=a.full_name,
                moved_in_on=a.moved_in_on,
                adult_id=a.id,
                checks=tuple(
                    CheckRecord(
                        kind=c.kind,
                        requested_on=c.requested_on,
                        issued_on=c.issued_on,
                        expires_on=c.expires_on,
                        provider=c.provider,
                        check_id=c.id,
                    )
                    for c in a.checks
                ),
            )
            for a in household.adults
        ),
        has_active_placement=has_active_placement,
        last_placement_ended_on=ended,
    )


def screening_snapshot(
    session: Session, household: m.Household, on: date | None = None
) -> HouseholdScreening:
    """What the screening rules need of a loaded family (adults, checks, placements)."""
    return _snapshot_of(household, *_placement_state(session, household.id, on or clock.today()))


def _bulk_snapshots(
    conn: Connection, household_ids: Sequence[int], on: date
) -> dict[int, tuple[str, PipelineStage, HouseholdScreening]]:
    """Name, stage and screening snapshot of many families, in four queries per chunk
    of ids (the "vandaag" list)."""
    result: dict[int, tuple[str, PipelineStage, HouseholdScreening]] = {}
    h, a, c, p = m.Household, m.Adult, m.ScreeningCheck, m.Placement
    ids = sorted(set(household_ids))
    postgres = conn.dialect.name == "postgresql"
    # PostgreSQL takes all ids as one array parameter (thousands of separate parameters
    # cost more to send than the query takes); SQLite gets them in chunks.
    for chunk in [ids] if postgres else _chunks(ids):

        def among(column: Any, chunk: Sequence[int] = chunk) -> ColumnElement[bool]:
            condition: ColumnElement[bool] = (
                column == any_(bindparam("ids", list(chunk), type_=ARRAY(Integer)))
                if postgres
                else column.in_(chunk)
            )
            return condition

        heads = conn.execute(
            select(h.id, h.name, h.stage, h.route, h.provider, h.last_placement_ended_on).where(
                among(h.id)
            )
        ).all()
        adults: dict[int, list[Any]] = {}
        for row in conn.execute(
            select(a.id, a.household_id, a.first_name, a.name_prefix, a.last_name, a.moved_in_on)
            .where(among(a.household_id))
            .order_by(a.id)
        ):
            adults.setdefault(row.household_id, []).append(row)
        checks: dict[int, list[CheckRecord]] = {}
        for crow in conn.execute(
            select(c.id, c.adult_id, c.kind, c.requested_on, c.issued_on, c.expires_on, c.provider)
            .join(a, a.id == c.adult_id)
            .where(among(a.household_id))
            .order_by(c.id)
        ):
            checks.setdefault(crow.adult_id, []).append(
                CheckRecord(
                    kind=crow.kind,
                    requested_on=crow.requested_on,
                    issued_on=crow.issued_on,
                    expires_on=crow.expires_on,
                    provider=crow.provider,
                    check_id=crow.id,
                )
            )
        placements: dict[int, list[Any]] = {}
        for prow in conn.execute(
            select(p.household_id, p.status, p.starts_on, p.ends_on).where(among(p.household_id))
        ):
            placements.setdefault(prow.household_id, []).append(
                (prow.status, prow.starts_on, prow.ends_on)
            )
        for hid, name, stage, route, provider, last_ended in heads:
            active, ended = _placement_facts(placements.get(hid, []), on)
            if last_ended is not None and (ended is None or last_ended > ended):
                ended = last_ended
            result[hid] = (
                name,
                stage,
                HouseholdScreening(
                    route=route,
                    provider=provider,
                    adults=tuple(
                        AdultRecord(
                            name=" ".join(
                                x for x in (r.first_name, r.name_prefix, r.last_name) if x
                            ),
                            moved_in_on=r.moved_in_on,
                            adult_id=r.id,
                            checks=tuple(checks.get(r.id, [])),
                        )
                        for r in adults.get(hid, [])
                    ),
                    has_active_placement=active,
                    last_placement_ended_on=ended,
                ),
            )
    return result


# --------------------------------------------------------------------------- moves


@dataclass(frozen=True)
class MoveResult:
    household_id: int
    move: StageMove
    version: int
    next_action: NextAction


def _history_of(household: m.Household) -> list[StageStep]:
    return [
        StageStep(c.from_stage, c.to_stage, c.at, c.reason, c.note)
        for c in sorted(household.stage_changes, key=lambda c: (c.at, c.id or 0))
    ]


def apply_stage_move(
    session: Session,
    household: m.Household,
    to_stage: PipelineStage,
    *,
    config: PipelineConfig,
    reason: str | None = None,
    note: str = "",
    next_action: NextAction | None = None,
    at: datetime | None = None,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> MoveResult:
    """Move a loaded family inside the caller's transaction (used by
    :func:`move_stage` and by recording attendance at an event)."""
    when = at or clock.now()
    on = _local_date(when)
    history = _history_of(household)
    blockers: list[str] = []
    if to_stage == PipelineStage.BESCHIKBAAR:
        blockers = blockers_for_available(screening_snapshot(session, household, on), on, config)
    move = check_move(
        config,
        household.route,
        household.stage,
        to_stage,
        resume_to=resume_stage(history),
        reason=reason,
        note=note,
        blockers=blockers,
    )
    from_stage = household.stage
    household.stage = to_stage
    household.stage_since = when
    if to_stage == PipelineStage.GESTOPT:
        household.dropout_reason = reason
        household.dropout_note = note.strip()
    elif from_stage == PipelineStage.GESTOPT:
        household.dropout_reason = None
        household.dropout_note = ""
    if to_stage == PipelineStage.BESCHIKBAAR:
        household.available_since = on
    elif from_stage == PipelineStage.BESCHIKBAAR:
        household.available_since = None
    action = next_action or default_next_action(config, household.route, to_stage, on)
    household.next_action = action.text
    household.next_action_on = action.due_on
    household.stage_changes.append(
        m.HouseholdStageChange(
            from_stage=from_stage,
            to_stage=to_stage,
            at=when,
            user_id=user_id,
            reason=reason if to_stage in OFF_ROUTE_STAGES else None,
            note=note.strip(),
        )
    )
    audit(
        session,
        AuditAction.UPDATE,
        "households",
        household.id,
        _("fase: {old} -> {new}").format(old=label(from_stage), new=label(to_stage)),
        username=username,
        user_id=user_id,
    )
    session.flush()
    return MoveResult(household.id, move, household.version, action)


def move_stage(
    db: Database,
    household_id: int,
    to_stage: PipelineStage,
    reason: str | None = None,
    note: str = "",
    *,
    expected_version: int | None = None,
    next_action: NextAction | None = None,
    at: datetime | None = None,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> MoveResult:
    """Move a family to ``to_stage`` (next, back one, pause, resume, stop), dated.

    Refused with :class:`~utregs_plekkie.core.pipeline.MoveRefused` (a Dutch sentence)
    when the rules do not allow it, e.g. "beschikbaar" while a VGB is expired.
    ``reason`` is a drop-out reason code (needed to stop); ``note`` free text. The next
    action becomes ``next_action`` or the new stage's default with its norm date.
    """
    config = load_pipeline_config(db)
    with _writing(db, _kind_household()) as session:
        household = _get(session, m.Household, household_id, _kind_household(), expected_version)
        return apply_stage_move(
            session,
            household,
            PipelineStage(to_stage),
            config=config,
            reason=reason,
            note=note,
            next_action=next_action,
            at=at,
            username=username,
            user_id=user_id,
        )


def moves_for(db: Database, household_id: int) -> list[StageMove]:
    """The moves the family can make now (menu items, keyboard, drop targets)."""
    config = load_pipeline_config(db)
    with db.session() as session:
        household = _get(session, m.Household, household_id, _kind_household())
        return allowed_moves(
            config, household.route, household.stage, resume_stage(_history_of(household))
        )


# --------------------------------------------------------------------------- offers


@dataclass
class OfferData:
    care_form: CareForm
    schedule: Schedule = field(default_factory=Schedule.empty)
    weekend_pattern: WeekendPattern = WeekendPattern.GEEN
    holidays: bool = False
    capacity: int = 1
    age_min: int = 0
    age_max: int = 18
    siblings_accepted: bool = False
    needs_ok: list[str] = field(default_factory=list)
    max_distance_km: float | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    paused: bool = False
    notes: str = ""


def validate_offer(data: OfferData, route: HouseholdRoute) -> dict[str, Any]:
    """Column values of a valid offer, or :class:`ValidationError` naming the field."""
    try:
        care = CareForm(data.care_form)
    except ValueError:
        raise ValidationError(_("Kies een zorgvorm uit de lijst."), field="care_form") from None
    if route == HouseholdRoute.STEUNOUDER and care != CareForm.STEUNOUDER:
        raise ValidationError(
            _(
                "Een steunoudergezin (met een VOG, zonder gezinsonderzoek) kan alleen '{care}' "
                "aanbieden. Kies die zorgvorm, of zet het gezin op de route voor pleegouders."
            ).format(care=label(CareForm.STEUNOUDER)),
            field="care_form",
        )
    if isinstance(data.capacity, bool) or not isinstance(data.capacity, int) or data.capacity < 1:
        raise ValidationError(
            _("Vul bij capaciteit in hoeveel kinderen er tegelijk kunnen komen: minstens 1."),
            field="capacity",
        )
    if data.capacity > 12:
        raise ValidationError(
            _(
                "Een capaciteit van {n} kinderen tegelijk is niet realistisch; vul hoogstens 12 in."
            ).format(n=data.capacity),
            field="capacity",
        )
    for key, value in (("age_min", data.age_min), ("age_max", data.age_max)):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= AGE_MAX:
            raise ValidationError(
                _(
                    "Een leeftijd ligt tussen 0 en {max} jaar (pleegkinderen kunnen tot hun "
                    "{max}e blijven)."
                ).format(max=AGE_MAX),
                field=key,
            )
    if data.age_min > data.age_max:
        raise ValidationError(
            _("De leeftijd 'van' ({low}) is hoger dan 'tot en met' ({high}); draai ze om.").format(
                low=data.age_min, high=data.age_max
            ),
            field="age_min",
        )
    if data.max_distance_km is not None and not 0 < data.max_distance_km <= 500:
        raise ValidationError(
            _(
                "De maximale afstand moet groter dan 0 km zijn (en hoogstens 500 km); laat het "
                "veld leeg als afstand niet uitmaakt."
            ),
            field="max_distance_km",
        )
    if data.valid_from and data.valid_to and data.valid_to < data.valid_from:
        raise ValidationError(
            _(
                "'Geldig tot' ({to}) ligt vóór 'geldig vanaf' ({start}). Pas een van beide aan."
            ).format(to=_fmt(data.valid_to), start=_fmt(data.valid_from)),
            field="valid_to",
        )
    pattern = WeekendPattern(data.weekend_pattern)
    if care == CareForm.DEELTIJD_WEEKEND and pattern == WeekendPattern.GEEN:
        raise ValidationError(
            _(
                "Kies bij weekendpleegzorg hoe vaak het gezin een weekend kan (elk weekend, om "
                "het weekend of eens per maand)."
            ),
            field="weekend_pattern",
        )
    if care in (CareForm.DEELTIJD_DAGDELEN, CareForm.STEUNOUDER) and data.schedule.is_empty:
        raise ValidationError(
            _(
                "Kruis in het weekrooster aan op welke dagdelen het gezin kan; voor '{care}' is "
                "dat nodig."
            ).format(care=label(care)),
            field="schedule",
        )
    known_needs = {n.value for n in Need}
    unknown = [n for n in data.needs_ok if n not in known_needs]
    if unknown:
        raise ValidationError(
            _("'{need}' staat niet in de lijst van hulpvragen; kies uit de lijst.").format(
                need=unknown[0]
            ),
            field="needs_ok",
        )
    return {
        "care_form": care,
        "schedule": data.schedule,
        "weekend_pattern": pattern,
        "holidays": bool(data.holidays),
        "capacity": data.capacity,
        "age_min": data.age_min,
        "age_max": data.age_max,
        "siblings_accepted": bool(data.siblings_accepted),
        "needs_ok": list(dict.fromkeys(data.needs_ok)),
        "max_distance_km": data.max_distance_km,
        "valid_from": data.valid_from,
        "valid_to": data.valid_to,
        "paused": bool(data.paused),
        "notes": (data.notes or "").strip(),
    }


def add_offer(
    db: Database,
    household_id: int,
    data: OfferData,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> int:
    """Add an availability offer to a family; returns its id."""
    with _writing(db, _kind_household()) as session:
        household = _get(session, m.Household, household_id, _kind_household())
        offer = m.AvailabilityOffer(**validate_offer(data, household.route))
        household.offers.append(offer)
        session.flush()
        audit(
            session,
            AuditAction.CREATE,
            "availability_offers",
            offer.id,
            _("gezin {id}: {care}").format(id=household.id, care=label(offer.care_form)),
            username=username,
            user_id=user_id,
        )
        return offer.id


def _active_placements(session: Session, offer_id: int, on: date) -> int:
    return offer_usage(session, [offer_id], on)[offer_id].used_places


def update_offer(
    db: Database,
    offer_id: int,
    expected_version: int,
    data: OfferData,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> SaveResult:
    """Save an edited offer; capacity cannot drop below the children placed on it."""
    with _writing(db, _kind_offer()) as session:
        offer = _get(session, m.AvailabilityOffer, offer_id, _kind_offer(), expected_version)
        values = validate_offer(data, offer.household.route)
        used = _active_placements(session, offer.id, clock.today())
        if values["capacity"] < used:
            raise ValidationError(
                _(
                    "Er zijn nu {n} kinderen geplaatst via dit aanbod; de capaciteit kan niet "
                    "lager dan {n}."
                ).format(n=used),
                field="capacity",
            )
        changed = sorted(k for k, v in values.items() if getattr(offer, k) != v)
        for key in changed:
            setattr(offer, key, values[key])
        if changed:
            audit(
                session,
                AuditAction.UPDATE,
                "availability_offers",
                offer.id,
                ", ".join(changed),
                username=username,
                user_id=user_id,
            )
        session.flush()
        return SaveResult(offer.id, offer.version)


def remove_offer(
    db: Database,
    offer_id: int,
    expected_version: int,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> None:
    """Remove an offer that no child is placed on now (otherwise: pause it)."""
    with _writing(db, _kind_offer()) as session:
        offer = _get(session, m.AvailabilityOffer, offer_id, _kind_offer(), expected_version)
        used = _active_placements(session, offer.id, clock.today())
        if used:
            raise UserError(
                _(
                    "Via dit aanbod zijn nu {n} kinderen geplaatst. Zet het aanbod op pauze in "
                    "plaats van het te verwijderen."
                ).format(n=used)
            )
        household_id = offer.household_id
        session.delete(offer)
        audit(
            session,
            AuditAction.DELETE,
            "availability_offers",
            offer_id,
            _("gezin {id}").format(id=household_id),
            username=username,
            user_id=user_id,
        )


def add_offer_pause(
    db: Database,
    offer_id: int,
    starts_on: date,
    ends_on: date,
    reason: str = "",
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> int:
    """A period the offer is not available (e.g. "niet in de zomer van 2027")."""
    if ends_on < starts_on:
        raise ValidationError(
            _("De pauze eindigt ({end}) vóór ze begint ({start}). Pas de datums aan.").format(
                end=_fmt(ends_on), start=_fmt(starts_on)
            ),
            field="ends_on",
        )
    text = _clean_text(reason, "reden")
    with _writing(db, _kind_offer()) as session:
        offer = _get(session, m.AvailabilityOffer, offer_id, _kind_offer())
        for pause in offer.pauses:
            if pause.starts_on <= ends_on and starts_on <= pause.ends_on:
                raise ValidationError(
                    _(
                        "Deze pauze overlapt met de pauze van {start} tot en met {end}; pas die "
                        "aan of kies andere datums."
                    ).format(start=_fmt(pause.starts_on), end=_fmt(pause.ends_on)),
                    field="starts_on",
                )
        pause = m.OfferPause(starts_on=starts_on, ends_on=ends_on, reason=text)
        offer.pauses.append(pause)
        session.flush()
        audit(
            session,
            AuditAction.UPDATE,
            "availability_offers",
            offer.id,
            _("pauze {start} t/m {end}").format(start=_fmt(starts_on), end=_fmt(ends_on)),
            username=username,
            user_id=user_id,
        )
        return pause.id


def remove_offer_pause(
    db: Database, pause_id: int, *, username: str = SYSTEM_USER, user_id: int | None = None
) -> None:
    with _writing(db, _kind_offer()) as session:
        pause = session.get(m.OfferPause, pause_id)
        if pause is None:
            raise NotFoundError(_("Deze pauze bestaat niet (meer). Vernieuw het scherm."))
        offer_id = pause.offer_id
        session.delete(pause)
        audit(
            session,
            AuditAction.UPDATE,
            "availability_offers",
            offer_id,
            _("pauze verwijderd"),
            username=username,
            user_id=user_id,
        )


@dataclass(frozen=True)
class PauseInfo:
    pause_id: int
    starts_on: date
    ends_on: date
    reason: str


@dataclass(frozen=True)
class OfferOverview:
    """One offer with what its active placements leave of it, on one day."""

    offer_id: int
    version: int
    care_form: CareForm
    schedule: Schedule
    weekend_pattern: WeekendPattern
    holidays: bool
    capacity: int
    age_min: int
    age_max: int
    siblings_accepted: bool
    needs_ok: tuple[str, ...]
    max_distance_km: float | None
    valid_from: date | None
    valid_to: date | None
    paused: bool
    notes: str
    pauses: tuple[PauseInfo, ...]
    used_places: int
    free_places: int
    used_schedule: Schedule
    free_schedule: Schedule
    #: Not paused, inside its validity, not in a pause period (on the day asked).
    available: bool
    #: One Dutch line for the detail view.
    summary: str

    @property
    def data(self) -> OfferData:
        """The form values, to edit and save with :func:`update_offer`."""
        return OfferData(
            care_form=self.care_form,
            schedule=self.schedule,
            weekend_pattern=self.weekend_pattern,
            holidays=self.holidays,
            capacity=self.capacity,
            age_min=self.age_min,
            age_max=self.age_max,
            siblings_accepted=self.siblings_accepted,
            needs_ok=list(self.needs_ok),
            max_distance_km=self.max_distance_km,
            valid_from=self.valid_from,
            valid_to=self.valid_to,
            paused=self.paused,
            notes=self.notes,
        )


def _offer_summary(
    offer: m.AvailabilityOffer, use: OfferUse, pauses: Sequence[PauseInfo], on: date
) -> tuple[bool, str]:
    current = next((p for p in pauses if p.starts_on <= on <= p.ends_on), None)
    if offer.paused:
        return False, _("Gepauzeerd.")
    if current is not None:
        why = f" ({current.reason})" if current.reason else ""
        return False, _("Gepauzeerd tot en met {end}{why}.").format(
            end=_fmt(current.ends_on), why=why
        )
    if offer.valid_from is not None and on < offer.valid_from:
        return False, _("Beschikbaar vanaf {start}.").format(start=_fmt(offer.valid_from))
    if offer.valid_to is not None and on > offer.valid_to:
        return False, _("Niet meer beschikbaar sinds {end}.").format(
            end=_fmt(offer.valid_to + timedelta(days=1))
        )
    places = _("{free} van {total} plaatsen vrij").format(free=use.free_places, total=use.capacity)
    if offer.care_form.family == CareFamily.VOLTIJD or use.schedule.is_empty:
        return use.free_places > 0, places + "."
    return use.free_places > 0, _("{places}; vrij in het rooster: {free}.").format(
        places=places, free=use.free_schedule.describe()
    )


def offer_overview(db: Database, household_id: int, on: date | None = None) -> list[OfferOverview]:
    """The family's offers with what is left of places and schedule on ``on``."""
    day = on or clock.today()
    with db.session() as session:
        offers = session.scalars(
            select(m.AvailabilityOffer)
            .where(m.AvailabilityOffer.household_id == household_id)
            .options(selectinload(m.AvailabilityOffer.pauses))
            .order_by(m.AvailabilityOffer.id)
        ).all()
        usage = offer_usage(session, [o.id for o in offers], day)
        return [_overview(o, usage[o.id], day) for o in offers]


def _overview(offer: m.AvailabilityOffer, use: OfferUse, day: date) -> OfferOverview:
    pauses = tuple(PauseInfo(p.id, p.starts_on, p.ends_on, p.reason) for p in offer.pauses)
    available, summary = _offer_summary(offer, use, pauses, day)
    return OfferOverview(
        offer_id=offer.id,
        version=offer.version,
        care_form=offer.care_form,
        schedule=offer.schedule,
        weekend_pattern=offer.weekend_pattern,
        holidays=offer.holidays,
        capacity=offer.capacity,
        age_min=offer.age_min,
        age_max=offer.age_max,
        siblings_accepted=offer.siblings_accepted,
        needs_ok=tuple(offer.needs_ok or ()),
        max_distance_km=offer.max_distance_km,
        valid_from=offer.valid_from,
        valid_to=offer.valid_to,
        paused=offer.paused,
        notes=offer.notes,
        pauses=pauses,
        used_places=use.used_places,
        free_places=use.free_places,
        used_schedule=use.used_schedule,
        free_schedule=use.free_schedule,
        available=available,
        summary=summary,
    )


# --------------------------------------------------------------------------- detail


@dataclass(frozen=True)
class HouseholdDetail:
    """Everything the detail view shows of one family, judged on one day.

    ``household`` is detached with its adults (and checks), own children, offers (and
    pauses) and stage history loaded; edit it through :func:`household_data` and
    :func:`update_household`.
    """

    household: m.Household
    screening: tuple[AdultScreeningStatus, ...]
    blockers: tuple[str, ...]
    history: tuple[StageStep, ...]
    spans: tuple[StageSpan, ...]
    days_per_stage: Mapping[PipelineStage, int]
    norm_due_on: date | None
    norm_exceeded: bool
    moves: tuple[StageMove, ...]
    offers: tuple[OfferOverview, ...]
    #: (id, name) of the requests this family came from.
    requests: tuple[tuple[int, str], ...]


def household_detail(
    db: Database,
    household_id: int,
    *,
    on: date | None = None,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
    log_view: bool = True,
) -> HouseholdDetail:
    """One family for the detail view; the view is written to the audit log."""
    config = load_pipeline_config(db)
    day = on or clock.today()
    with db.transaction() as session:
        household = session.scalar(
            select(m.Household)
            .where(m.Household.id == household_id)
            .options(
                selectinload(m.Household.adults).selectinload(m.Adult.checks),
                selectinload(m.Household.own_children),
                selectinload(m.Household.offers).selectinload(m.AvailabilityOffer.pauses),
                selectinload(m.Household.stage_changes),
            )
        )
        if household is None:
            raise NotFoundError(
                _("Dit gezin bestaat niet (meer). Vernieuw de lijst en probeer het opnieuw.")
            )
        snapshot = screening_snapshot(session, household, day)
        usage = offer_usage(session, [o.id for o in household.offers], day)
        requests = session.execute(
            select(
                m.InfoRequest.id,
                m.InfoRequest.first_name,
                m.InfoRequest.name_prefix,
                m.InfoRequest.last_name,
            )
            .where(m.InfoRequest.household_id == household.id)
            .order_by(m.InfoRequest.id)
        ).all()
        if log_view:
            audit(
                session,
                AuditAction.VIEW,
                "households",
                household.id,
                "",
                username=username,
                user_id=user_id,
            )
        session.flush()
        session.expunge(household)
    history = _history_of(household)
    now = clock.now() if on is None else _start_of_local_day(day + timedelta(days=1))
    entered = _local_date(household.stage_since)
    return HouseholdDetail(
        household=household,
        screening=tuple(screening_status(snapshot, day, config)),
        blockers=tuple(blockers_for_available(snapshot, day, config)),
        history=tuple(history),
        spans=tuple(stage_spans(history, now, config)),
        days_per_stage=time_in_stages(history, now, config),
        norm_due_on=norm_due_on(config, household.stage, entered),
        norm_exceeded=norm_exceeded(config, household.stage, entered, day),
        moves=tuple(allowed_moves(config, household.route, household.stage, resume_stage(history))),
        offers=tuple(_overview(o, usage[o.id], day) for o in household.offers),
        requests=tuple(
            (rid, " ".join(x for x in (first, prefix, last) if x))
            for rid, first, prefix, last in requests
        ),
    )


# --------------------------------------------------------------------------- list


class HouseholdOrder(StrEnum):
    NAME = "naam"
    STAGE_SINCE = "fase_sinds"
    NEXT_ACTION = "volgende_actie"


@dataclass(frozen=True)
class HouseholdQuery:
    """Search and filters of the Gezinnen page. Empty fields filter nothing.

    ``text`` matches the name (each word as the start of a word of the family name or
    an adult's first name), the e-mail address, the phone number, or the postcode.
    ``overdue`` keeps families whose next action is past its date or whose time in
    the stage exceeds the norm.
    """

    text: str = ""
    stages: frozenset[PipelineStage] = frozenset()
    care_forms: frozenset[CareForm] = frozenset()
    wijk_codes: frozenset[str] = frozenset()
    providers: frozenset[Provider] = frozenset()
    routes: frozenset[HouseholdRoute] = frozenset()
    overdue: bool = False
    order: HouseholdOrder = HouseholdOrder.NAME


@dataclass(frozen=True)
class HouseholdRow:
    """One family in the list, with raw values (the GUI formats them)."""

    id: int
    version: int
    name: str
    route: HouseholdRoute
    stage: PipelineStage
    stage_since: datetime
    city: str
    postcode: str
    wijk_code: str | None
    provider: Provider | None
    email: str
    phone: str
    next_action: str
    next_action_on: date | None
    action_overdue: bool
    norm_exceeded: bool


# Up to four digits (the first not 0), and after four digits up to two letters.
_POSTCODE_QUERY = re.compile(r"^([1-9][0-9]{0,3})(?:(?<=[0-9]{4})\s*([A-Za-z]{1,2}))?$")
_PHONE_QUERY = re.compile(r"^[0-9+\-\s().]+$")


def _phone_condition(typed: str, digits: str) -> ColumnElement[bool]:
    """Phone numbers are stored as E.164 (+31612345678): what is typed nationally
    ("06 1234", "030-12") or internationally ("+31 6", "0031 6") becomes the start of
    that form, so each keystroke narrows the list; other digits match anywhere."""
    h = m.Household
    if typed.startswith("+"):
        return h.phone.startswith("+" + digits, autoescape=True)
    if digits.startswith("00"):
        return h.phone.startswith("+" + digits[2:], autoescape=True)
    if digits.startswith("0"):
        return h.phone.startswith("+31" + digits[1:], autoescape=True)
    return h.phone.contains(digits, autoescape=True)


def _text_condition(text: str) -> ColumnElement[bool] | None:
    h = m.Household
    stripped = " ".join(text.split())
    if not stripped:
        return None
    if "@" in stripped:
        return func.lower(h.email).contains(stripped.lower(), autoescape=True)
    digits = re.sub(r"\D", "", stripped)
    if _PHONE_QUERY.match(stripped) and (stripped.startswith(("0", "+")) or len(digits) > 4):
        return _phone_condition(stripped, digits)
    postcode = _POSTCODE_QUERY.match(stripped)
    if postcode is not None:
        # A postcode as it is typed: "3", "35", "3511", "3511 A", "3511AB".
        pc4, letters = postcode.group(1), (postcode.group(2) or "").upper()
        if len(pc4) < 4:
            return h.pc4.startswith(pc4, autoescape=True)
        if letters:
            return and_(h.pc4 == pc4, h.postcode.startswith(f"{pc4} {letters}", autoescape=True))
        return h.pc4 == pc4
    words = search_key(stripped).split()
    name_conditions = [
        or_(
            h.name_key.startswith(word, autoescape=True),
            h.name_key.contains(" " + word, autoescape=True),
        )
        for word in words
    ]
    if not name_conditions:
        return None
    return or_(
        and_(*name_conditions), func.lower(h.email).startswith(stripped.lower(), autoescape=True)
    )


def _overdue_condition(config: PipelineConfig, on: date) -> ColumnElement[bool]:
    h = m.Household
    conditions: list[ColumnElement[bool]] = [
        and_(h.next_action_on < on, h.stage != PipelineStage.GESTOPT)
    ]
    for stage in PipelineStage:
        cutoff = latest_entry_exceeding_norm(config, stage, on)
        if cutoff is not None:
            conditions.append(
                and_(
                    h.stage == stage,
                    h.stage_since < _start_of_local_day(cutoff + timedelta(days=1)),
                )
            )
    return or_(*conditions)


def _conditions(q: HouseholdQuery, config: PipelineConfig, on: date) -> list[ColumnElement[bool]]:
    h = m.Household
    conditions: list[ColumnElement[bool]] = []
    text = _text_condition(q.text)
    if text is not None:
        conditions.append(text)
    if q.stages:
        conditions.append(h.stage.in_(sorted(q.stages)))
    if q.routes:
        conditions.append(h.route.in_(sorted(q.routes)))
    if q.wijk_codes:
        conditions.append(h.wijk_code.in_(sorted(q.wijk_codes)))
    if q.providers:
        conditions.append(h.provider.in_(sorted(q.providers)))
    if q.care_forms:
        o = m.AvailabilityOffer
        conditions.append(
            exists().where(o.household_id == h.id, o.care_form.in_(sorted(q.care_forms)))
        )
    if q.overdue:
        conditions.append(_overdue_condition(config, on))
    return conditions


def _order_by(q: HouseholdQuery) -> list[Any]:
    h = m.Household
    if q.order == HouseholdOrder.STAGE_SINCE:
        return [h.stage_since.asc(), h.id.asc()]
    if q.order == HouseholdOrder.NEXT_ACTION:
        # Families without a next action last, on both databases.
        return [(h.next_action_on.is_(None)).asc(), h.next_action_on.asc(), h.id.asc()]
    return [h.name_key.asc(), h.id.asc()]


def count_households(
    db: Database, q: HouseholdQuery = HouseholdQuery(), *, on: date | None = None
) -> int:
    """How many families match ``q``."""
    config = load_pipeline_config(db) if q.overdue else DEFAULT_CONFIG
    stmt = select(func.count(m.Household.id)).where(*_conditions(q, config, on or clock.today()))
    with db.engine.connect() as conn:
        return int(conn.execute(stmt).scalar_one())


_ROW_COLUMNS = (
    m.Household.id,
    m.Household.version,
    m.Household.name,
    m.Household.route,
    m.Household.stage,
    m.Household.stage_since,
    m.Household.city,
    m.Household.postcode,
    m.Household.wijk_code,
    m.Household.provider,
    m.Household.email,
    m.Household.phone,
    m.Household.next_action,
    m.Household.next_action_on,
)


def _row(row: Any, config: PipelineConfig, on: date) -> HouseholdRow:
    return HouseholdRow(
        id=row.id,
        version=row.version,
        name=row.name,
        route=row.route,
        stage=row.stage,
        stage_since=row.stage_since,
        city=row.city or "",
        postcode=row.postcode or "",
        wijk_code=row.wijk_code,
        provider=row.provider,
        email=row.email or "",
        phone=row.phone or "",
        next_action=row.next_action or "",
        next_action_on=row.next_action_on,
        action_overdue=row.next_action_on is not None
        and row.next_action_on < on
        and row.stage != PipelineStage.GESTOPT,
        norm_exceeded=norm_exceeded(config, row.stage, _local_date(row.stage_since), on),
    )


def fetch_households(
    db: Database,
    q: HouseholdQuery = HouseholdQuery(),
    offset: int = 0,
    limit: int = 100,
    *,
    on: date | None = None,
) -> list[HouseholdRow]:
    """``limit`` families matching ``q`` from position ``offset``, in ``q.order``."""
    config = load_pipeline_config(db)
    day = on or clock.today()
    stmt = (
        select(*_ROW_COLUMNS)
        .where(*_conditions(q, config, day))
        .order_by(*_order_by(q))
        .offset(max(0, offset))
        .limit(max(0, limit))
    )
    with db.engine.connect() as conn:
        return [_row(r, config, day) for r in conn.execute(stmt)]


# --------------------------------------------------------------------------- board


@dataclass(frozen=True)
class BoardCard:
    id: int
    version: int
    name: str
    city: str
    route: HouseholdRoute
    stage: PipelineStage
    stage_since: datetime
    days_in_stage: int
    next_action: str
    next_action_on: date | None
    action_overdue: bool
    norm_exceeded: bool


@dataclass(frozen=True)
class BoardColumn:
    stage: PipelineStage
    #: All families in this stage that match the query (the cards are the first ones).
    count: int
    cards: tuple[BoardCard, ...]
    norm_working_days: int | None

    @property
    def title(self) -> str:
        return f"{label(self.stage)} ({self.count})"


def board(
    db: Database,
    q: HouseholdQuery = HouseholdQuery(),
    *,
    per_column: int = 50,
    on: date | None = None,
) -> dict[PipelineStage, BoardColumn]:
    """The board view: one column per stage (in route order, then paused and
    stopped), each with its count and the ``per_column`` families longest in the
    stage first. ``q`` filters as in the list."""
    config = load_pipeline_config(db)
    day = on or clock.today()
    conditions = _conditions(q, config, day)
    h = m.Household
    columns: dict[PipelineStage, BoardColumn] = {}
    with db.engine.connect() as conn:
        counts = {
            stage: int(n)
            for stage, n in conn.execute(
                select(h.stage, func.count(h.id)).where(*conditions).group_by(h.stage)
            )
        }
        for stage in board_stages(config):
            cards: list[BoardCard] = []
            if counts.get(stage):
                rows = conn.execute(
                    select(*_ROW_COLUMNS)
                    .where(h.stage == stage, *conditions)
                    .order_by(h.stage_since.asc(), h.id.asc())
                    .limit(per_column)
                )
                for r in rows:
                    row = _row(r, config, day)
                    cards.append(
                        BoardCard(
                            id=row.id,
                            version=row.version,
                            name=row.name,
                            city=row.city,
                            route=row.route,
                            stage=row.stage,
                            stage_since=row.stage_since,
                            days_in_stage=max(0, (day - _local_date(row.stage_since)).days),
                            next_action=row.next_action,
                            next_action_on=row.next_action_on,
                            action_overdue=row.action_overdue,
                            norm_exceeded=row.norm_exceeded,
                        )
                    )
            columns[stage] = BoardColumn(
                stage=stage,
                count=counts.get(stage, 0),
                cards=tuple(cards),
                norm_working_days=config.norm(stage),
            )
    return columns


# --------------------------------------------------------------------------- vandaag


def _screening_candidates(conn: Connection, config: PipelineConfig, on: date) -> list[int]:
    """The ids of families that may have a screening line today: a superset, decided
    in Python by the rules of ``core.pipeline`` (so the rules live in one place)."""
    h, a, c = m.Household, m.Adult, m.ScreeningCheck
    horizon = on + timedelta(days=max(config.reminder_days))
    shortest_validity = min(config.validity_days.values(), default=730)
    live = h.stage != PipelineStage.GESTOPT
    a2 = m.Adult.__table__.alias("a2")

    def with_check(*where: ColumnElement[bool]) -> Any:
        # Stopped families come along here and are dropped by the rules (they get no
        # lines), which spares the join with households.
        return (
            select(a.household_id)
            .join(c, c.adult_id == a.id)
            .where(c.issued_on.is_not(None), *where)
        )

    # One simple query per rule (each can use its index) rather than one query with an
    # OR of them all, which the databases can only answer by reading every check.
    queries = [
        # expires within the reminder horizon, or has expired (index on expires_on)
        with_check(c.expires_on <= horizon),
        # no expiry date: the default validity runs out
        with_check(
            c.expires_on.is_(None), c.issued_on <= horizon - timedelta(days=shortest_validity)
        ),
        # a VGB two years old: renewal without a placement
        with_check(
            c.kind == ScreeningKind.VGB,
            c.issued_on <= horizon - timedelta(days=config.renewal_days_without_placement),
        ),
        # issued for another provider than the family's
        select(h.id)
        .join(a, a.household_id == h.id)
        .join(c, c.adult_id == a.id)
        .where(live, c.provider.is_not(None), h.provider.is_not(None), c.provider != h.provider),
        # someone moved in after the check was issued (few adults have a moving-in date)
        select(h.id)
        .join(a2, a2.c.household_id == h.id)
        .join(a, a.household_id == h.id)
        .join(c, c.adult_id == a.id)
        .where(live, a2.c.moved_in_on.is_not(None), a2.c.moved_in_on > c.issued_on),
    ]
    past_screening: list[ColumnElement[bool]] = []
    for route in HouseholdRoute:
        stages = [s for s in config.route(route) if is_after_screening(config, route, s)]
        if stages:
            past_screening.append(and_(h.route == route, h.stage.in_(stages)))
    missing = (
        select(h.id)
        .join(a, a.household_id == h.id)
        .where(
            or_(*past_screening),
            ~exists().where(c.adult_id == a.id, c.issued_on.is_not(None)),
        )
    )
    no_adults = select(h.id).where(or_(*past_screening), ~exists().where(a.household_id == h.id))
    ids: set[int] = set()
    for query in [*queries, missing, no_adults]:
        ids.update(conn.execute(query).scalars())
    return sorted(ids)


def today_list(
    db: Database,
    on: date | None = None,
    *,
    limit: int | None = None,
    kinds: Iterable[str] | None = None,
) -> list[TodayItem]:
    """What is due or overdue today across all families, most overdue first.

    Three kinds of line: next actions due today or earlier; stages whose norm is
    exceeded; screening (reminders 60 and 30 days before a check stops counting,
    expired checks, renewals, missing checks of a family past the VGB/VOG stage).
    Stopped families are left out. ``kinds`` limits the kinds (``TodayKind`` values).
    """
    config = load_pipeline_config(db)
    day = on or clock.today()
    wanted = {str(k) for k in kinds} if kinds is not None else {"actie", "norm", "screening"}
    h = m.Household
    items: list[TodayItem] = []
    with db.engine.connect() as conn:
        if "actie" in wanted:
            for r in conn.execute(
                select(h.id, h.name, h.stage, h.next_action, h.next_action_on).where(
                    h.next_action_on <= day, h.stage != PipelineStage.GESTOPT
                )
            ):
                items.append(
                    action_today_item(r.id, r.name, r.stage, r.next_action, r.next_action_on, day)
                )
        if "norm" in wanted:
            for stage in PipelineStage:
                cutoff = latest_entry_exceeding_norm(config, stage, day)
                if cutoff is None:
                    continue
                for nrow in conn.execute(
                    select(h.id, h.name, h.stage_since).where(
                        h.stage == stage,
                        h.stage_since < _start_of_local_day(cutoff + timedelta(days=1)),
                    )
                ):
                    item = norm_today_item(
                        config, nrow.id, nrow.name, stage, _local_date(nrow.stage_since), day
                    )
                    if item is not None:
                        items.append(item)
        if "screening" in wanted:
            candidates = _screening_candidates(conn, config, day)
            for hid, (name, stage, snapshot) in _bulk_snapshots(conn, candidates, day).items():
                items.extend(screening_today_items(snapshot, hid, name, stage, day, config))
    items.sort(key=lambda item: item.sort_key)
    return items[:limit] if limit is not None else items
