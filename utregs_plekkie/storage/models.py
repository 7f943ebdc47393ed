"""The database schema: SQLAlchemy 2 typed models for the whole mission.

One module so the schema can be read in one go. Conventions:
- every table has an integer ``id``; every record a user edits carries ``version``,
  used by SQLAlchemy as ``version_id_col``: an UPDATE based on a stale copy matches no
  row and is refused (see ``storage.unit_of_work``);
- enum columns store the enum's plain value (``StrEnumType``);
- times are stored as UTC (``UtcDateTime``), dates as dates;
- children are recorded with the minimum needed for matching: a pseudonymous code,
  birth month and four-digit postcodes, never a name or a BSN.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    declared_attr,
    mapped_column,
    relationship,
)

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    CareForm,
    ChildStatus,
    EventKind,
    Gender,
    HouseholdRoute,
    Interest,
    PipelineStage,
    PlacementStatus,
    ProposalStatus,
    Provider,
    RequestStatus,
    Role,
    ScreeningKind,
    Source,
    Urgency,
    WeekendPattern,
)
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.storage.types import ScheduleType, StrEnumType, UtcDateTime, json_list

# Stable constraint names, so Alembic can alter tables on SQLite (batch mode) too.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UtcDateTime(),
    }


def _now() -> datetime:
    return clock.now()


class Versioned:
    """A record users edit: optimistic concurrency through a version number."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(default=_now)
    updated_at: Mapped[datetime] = mapped_column(default=_now, onupdate=_now)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- people


class User(Versioned, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(StrEnumType(Role))
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    last_login_at: Mapped[datetime | None]


class AuditEntry(Base):
    """Who did what to which record, and when. Written, never edited."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=_now, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    username: Mapped[str] = mapped_column(String(80))
    action: Mapped[AuditAction] = mapped_column(StrEnumType(AuditAction))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)


class Setting(Versioned, Base):
    """Team-wide settings (norms, weights, organisation details), one JSON value per key."""

    __tablename__ = "settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[Any] = mapped_column(json_list())


class ConsentText(Base):
    """The exact privacy text a person was shown when they gave consent."""

    __tablename__ = "consent_texts"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[str] = mapped_column(String(40), unique=True)
    text: Mapped[str] = mapped_column(Text)
    valid_from: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(default=_now)


# --------------------------------------------------------------------------- events


class Event(Versioned, Base):
    """An information evening, a training session or a pop-up event."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[EventKind] = mapped_column(StrEnumType(EventKind), index=True)
    name: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime | None]
    location: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[int | None] = mapped_column(Integer)
    provider: Mapped[Provider | None] = mapped_column(StrEnumType(Provider))
    notes: Mapped[str] = mapped_column(Text, default="")

    registrations: Mapped[list[EventRegistration]] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )


class EventRegistration(Versioned, Base):
    """One invitation or registration for an event, of a request or a household."""

    __tablename__ = "event_registrations"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("info_requests.id", ondelete="CASCADE"), index=True
    )
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), index=True
    )
    invited_at: Mapped[datetime | None]
    registered_at: Mapped[datetime | None]
    attended: Mapped[bool | None] = mapped_column(Boolean)

    event: Mapped[Event] = relationship(back_populates="registrations")


# --------------------------------------------------------------------------- requests


class InfoRequest(Versioned, Base):
    """An information request (lead) from the website, an event or elsewhere."""

    __tablename__ = "info_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100), default="")
    name_prefix: Mapped[str] = mapped_column(String(30), default="")  # tussenvoegsel
    last_name: Mapped[str] = mapped_column(String(100), default="")
    # Lower-case, accent-folded "first prefix last" for indexed search as you type.
    name_key: Mapped[str] = mapped_column(String(240), default="", index=True)
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(20), index=True)  # E.164
    street: Mapped[str] = mapped_column(String(120), default="")
    house_number: Mapped[int | None] = mapped_column(Integer)
    house_number_suffix: Mapped[str] = mapped_column(String(10), default="")
    postcode: Mapped[str | None] = mapped_column(String(7), index=True)  # "3511 AB"
    city: Mapped[str] = mapped_column(String(80), default="")
    pc4: Mapped[str | None] = mapped_column(String(4), index=True)
    wijk_code: Mapped[str | None] = mapped_column(String(10), index=True)
    provider: Mapped[Provider | None] = mapped_column(StrEnumType(Provider), index=True)
    provider_set_by_hand: Mapped[bool] = mapped_column(Boolean, default=False)

    source: Mapped[Source] = mapped_column(StrEnumType(Source), index=True)
    source_detail: Mapped[str] = mapped_column(String(200), default="")
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), index=True
    )
    received_at: Mapped[datetime] = mapped_column(default=_now, index=True)

    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_store: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_at: Mapped[datetime | None]
    consent_text_version: Mapped[str | None] = mapped_column(String(40))
    consent_withdrawn_at: Mapped[datetime | None]

    status: Mapped[RequestStatus] = mapped_column(
        StrEnumType(RequestStatus), default=RequestStatus.NIEUW, index=True
    )
    status_since: Mapped[datetime] = mapped_column(default=_now)
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    dropout_reason: Mapped[str | None] = mapped_column(String(60))
    pack_sent_at: Mapped[datetime | None]
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("households.id", ondelete="SET NULL"), index=True
    )
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("info_requests.id", ondelete="SET NULL"), index=True
    )
    anonymised_at: Mapped[datetime | None]
    notes: Mapped[str] = mapped_column(Text, default="")

    interests: Mapped[list[RequestInterest]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )
    status_changes: Mapped[list[RequestStatusChange]] = relationship(
        cascade="all, delete-orphan", order_by="RequestStatusChange.at"
    )

    __table_args__ = (
        Index("ix_info_requests_status_follow_up", "status", "follow_up_on"),
        # The overview reads a period's requests from this index alone (migration
        # overview_0001, which also holds the measurements).
        Index(
            "ix_info_requests_overview",
            "merged_into_id",
            "received_at",
            "provider",
            "wijk_code",
            "source",
            "event_id",
            "status",
            "pack_sent_at",
            "household_id",
        ),
    )

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.name_prefix, self.last_name) if p)

    @property
    def interest_set(self) -> set[Interest]:
        return {i.interest for i in self.interests}


class RequestInterest(Base):
    __tablename__ = "request_interests"

    request_id: Mapped[int] = mapped_column(
        ForeignKey("info_requests.id", ondelete="CASCADE"), primary_key=True
    )
    interest: Mapped[Interest] = mapped_column(StrEnumType(Interest), primary_key=True)

    __table_args__ = (
        Index("ix_request_interests_interest", "interest"),
        # Filtering requests by interest reads the request ids from this index alone.
        Index("ix_request_interests_interest_request", "interest", "request_id"),
    )


class RequestStatusChange(Base):
    """One dated step of a request's status history."""

    __tablename__ = "request_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("info_requests.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[RequestStatus | None] = mapped_column(StrEnumType(RequestStatus))
    to_status: Mapped[RequestStatus] = mapped_column(StrEnumType(RequestStatus))
    at: Mapped[datetime] = mapped_column(default=_now)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reason: Mapped[str | None] = mapped_column(String(60))
    note: Mapped[str] = mapped_column(Text, default="")
    next_contact_on: Mapped[date | None] = mapped_column(Date)

    # A request's first change to a status, found with one seek (migration overview_0001).
    __table_args__ = (Index("ix_request_status_changes_overview", "request_id", "to_status", "at"),)


# --------------------------------------------------------------------------- households


class Household(Versioned, Base):
    """A foster or support family, from registration to available and beyond."""

    __tablename__ = "households"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160))  # "Familie De Vries"
    name_key: Mapped[str] = mapped_column(String(160), default="", index=True)
    route: Mapped[HouseholdRoute] = mapped_column(
        StrEnumType(HouseholdRoute), default=HouseholdRoute.PLEEGOUDER
    )
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))
    street: Mapped[str] = mapped_column(String(120), default="")
    house_number: Mapped[int | None] = mapped_column(Integer)
    house_number_suffix: Mapped[str] = mapped_column(String(10), default="")
    postcode: Mapped[str | None] = mapped_column(String(7))
    city: Mapped[str] = mapped_column(String(80), default="")
    pc4: Mapped[str | None] = mapped_column(String(4), index=True)
    wijk_code: Mapped[str | None] = mapped_column(String(10), index=True)
    provider: Mapped[Provider | None] = mapped_column(StrEnumType(Provider), index=True)

    languages: Mapped[list[str]] = mapped_column(json_list(), default=list)
    culture_religion: Mapped[str] = mapped_column(String(200), default="")
    pets: Mapped[list[str]] = mapped_column(json_list(), default=list)
    smoking: Mapped[bool] = mapped_column(Boolean, default=False)
    accessibility: Mapped[str] = mapped_column(String(200), default="")
    bedrooms: Mapped[int | None] = mapped_column(Integer)
    spare_bedrooms: Mapped[int | None] = mapped_column(Integer)
    experience: Mapped[list[str]] = mapped_column(json_list(), default=list)  # needs handled before
    skills: Mapped[str] = mapped_column(Text, default="")
    documents_received: Mapped[list[str]] = mapped_column(json_list(), default=list)

    stage: Mapped[PipelineStage] = mapped_column(
        StrEnumType(PipelineStage), default=PipelineStage.INFORMATIEBIJEENKOMST, index=True
    )
    stage_since: Mapped[datetime] = mapped_column(default=_now)
    dropout_reason: Mapped[str | None] = mapped_column(String(60))
    dropout_note: Mapped[str] = mapped_column(Text, default="")
    next_action: Mapped[str] = mapped_column(String(200), default="")
    next_action_on: Mapped[date | None] = mapped_column(Date, index=True)
    available_since: Mapped[date | None] = mapped_column(Date)
    last_placement_ended_on: Mapped[date | None] = mapped_column(Date)
    # The request a household came from is linked from the request's side
    # (InfoRequest.household_id), which keeps the foreign keys free of cycles.
    anonymised_at: Mapped[datetime | None]
    notes: Mapped[str] = mapped_column(Text, default="")

    adults: Mapped[list[Adult]] = relationship(
        back_populates="household", cascade="all, delete-orphan", order_by="Adult.id"
    )
    own_children: Mapped[list[HouseholdChild]] = relationship(
        cascade="all, delete-orphan", order_by="HouseholdChild.birth_year"
    )
    offers: Mapped[list[AvailabilityOffer]] = relationship(
        back_populates="household", cascade="all, delete-orphan", order_by="AvailabilityOffer.id"
    )
    stage_changes: Mapped[list[HouseholdStageChange]] = relationship(
        cascade="all, delete-orphan", order_by="HouseholdStageChange.at"
    )


class Adult(Versioned, Base):
    __tablename__ = "household_adults"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), index=True
    )
    first_name: Mapped[str] = mapped_column(String(100))
    name_prefix: Mapped[str] = mapped_column(String(30), default="")
    last_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date | None] = mapped_column(Date)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))
    moved_in_on: Mapped[date | None] = mapped_column(Date)

    household: Mapped[Household] = relationship(back_populates="adults")
    checks: Mapped[list[ScreeningCheck]] = relationship(
        back_populates="adult", cascade="all, delete-orphan", order_by="ScreeningCheck.id"
    )

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.name_prefix, self.last_name) if p)


class HouseholdChild(Base):
    """A child of the family itself: only the birth year, for household composition."""

    __tablename__ = "household_children"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), index=True
    )
    birth_year: Mapped[int] = mapped_column(Integer)
    living_at_home: Mapped[bool] = mapped_column(Boolean, default=True)


class ScreeningCheck(Versioned, Base):
    """A VGB (foster care) or VOG (support parents) for one adult."""

    __tablename__ = "screening_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    adult_id: Mapped[int] = mapped_column(
        ForeignKey("household_adults.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ScreeningKind] = mapped_column(StrEnumType(ScreeningKind))
    requested_on: Mapped[date | None] = mapped_column(Date)
    issued_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, index=True)
    provider: Mapped[Provider | None] = mapped_column(StrEnumType(Provider))
    note: Mapped[str] = mapped_column(Text, default="")

    adult: Mapped[Adult] = relationship(back_populates="checks")


class HouseholdStageChange(Base):
    """One dated move of a household through the pipeline."""

    __tablename__ = "household_stage_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), index=True
    )
    from_stage: Mapped[PipelineStage | None] = mapped_column(StrEnumType(PipelineStage))
    to_stage: Mapped[PipelineStage] = mapped_column(StrEnumType(PipelineStage), index=True)
    at: Mapped[datetime] = mapped_column(default=_now)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reason: Mapped[str | None] = mapped_column(String(60))
    note: Mapped[str] = mapped_column(Text, default="")


class AvailabilityOffer(Versioned, Base):
    """What one household can offer: a kind of care, when, for whom, how far."""

    __tablename__ = "availability_offers"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), index=True
    )
    care_form: Mapped[CareForm] = mapped_column(StrEnumType(CareForm), index=True)
    schedule: Mapped[Schedule] = mapped_column(ScheduleType(), default=Schedule.empty)
    weekend_pattern: Mapped[WeekendPattern] = mapped_column(
        StrEnumType(WeekendPattern), default=WeekendPattern.GEEN
    )
    holidays: Mapped[bool] = mapped_column(Boolean, default=False)
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    age_min: Mapped[int] = mapped_column(Integer, default=0)
    age_max: Mapped[int] = mapped_column(Integer, default=18)
    siblings_accepted: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_ok: Mapped[list[str]] = mapped_column(json_list(), default=list)
    max_distance_km: Mapped[float | None] = mapped_column(Float)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    household: Mapped[Household] = relationship(back_populates="offers")
    pauses: Mapped[list[OfferPause]] = relationship(
        cascade="all, delete-orphan", order_by="OfferPause.starts_on"
    )


class OfferPause(Base):
    """A period in which an offer is not available (e.g. 'not in the summer of 2027')."""

    __tablename__ = "offer_pauses"

    id: Mapped[int] = mapped_column(primary_key=True)
    offer_id: Mapped[int] = mapped_column(
        ForeignKey("availability_offers.id", ondelete="CASCADE"), index=True
    )
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200), default="")


# --------------------------------------------------------------------------- children


class SiblingGroup(Base):
    """Children placed together; a group uses as many places as it has children."""

    __tablename__ = "sibling_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)

    children: Mapped[list[Child]] = relationship(back_populates="sibling_group")


class Child(Versioned, Base):
    """A child who needs a place or respite: no name, no BSN, no full postcode."""

    __tablename__ = "children"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    birth_month: Mapped[date] = mapped_column(Date)  # always the 1st of the month
    gender: Mapped[Gender] = mapped_column(StrEnumType(Gender), default=Gender.ONBEKEND)
    home_pc4: Mapped[str | None] = mapped_column(String(4), index=True)
    school_pc4: Mapped[str | None] = mapped_column(String(4))
    club_pc4: Mapped[str | None] = mapped_column(String(4))
    wijk_code: Mapped[str | None] = mapped_column(String(10), index=True)
    care_form: Mapped[CareForm] = mapped_column(StrEnumType(CareForm), index=True)
    schedule_needed: Mapped[Schedule] = mapped_column(ScheduleType(), default=Schedule.empty)
    weekend_pattern: Mapped[WeekendPattern] = mapped_column(
        StrEnumType(WeekendPattern), default=WeekendPattern.GEEN
    )
    holidays_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    wanted_start: Mapped[date | None] = mapped_column(Date)
    urgency: Mapped[Urgency] = mapped_column(StrEnumType(Urgency), default=Urgency.NORMAAL)
    sibling_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("sibling_groups.id", ondelete="SET NULL"), index=True
    )
    needs: Mapped[list[str]] = mapped_column(json_list(), default=list)
    languages: Mapped[list[str]] = mapped_column(json_list(), default=list)
    culture_wish: Mapped[str] = mapped_column(String(200), default="")
    allergies: Mapped[list[str]] = mapped_column(json_list(), default=list)  # Pet values
    smoke_free: Mapped[bool] = mapped_column(Boolean, default=False)
    max_distance_km: Mapped[float | None] = mapped_column(Float)
    placing_provider: Mapped[Provider | None] = mapped_column(StrEnumType(Provider))
    case_worker_initials: Mapped[str] = mapped_column(String(10), default="")
    status: Mapped[ChildStatus] = mapped_column(
        StrEnumType(ChildStatus), default=ChildStatus.WACHT, index=True
    )
    waiting_since: Mapped[date | None] = mapped_column(Date)

    sibling_group: Mapped[SiblingGroup | None] = relationship(back_populates="children")


# --------------------------------------------------------------------------- matching


class MatchProposal(Versioned, Base):
    """A proposed pairing of a child and a household, frozen at the moment of proposing."""

    __tablename__ = "match_proposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"), index=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), index=True
    )
    offer_id: Mapped[int | None] = mapped_column(
        ForeignKey("availability_offers.id", ondelete="SET NULL"), index=True
    )
    score: Mapped[float] = mapped_column(Float)
    components: Mapped[dict[str, Any]] = mapped_column(json_list(), default=dict)
    explanation: Mapped[list[str]] = mapped_column(json_list(), default=list)
    status: Mapped[ProposalStatus] = mapped_column(
        StrEnumType(ProposalStatus), default=ProposalStatus.VOORGESTELD, index=True
    )
    proposed_at: Mapped[datetime] = mapped_column(default=_now, index=True)
    proposed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    decline_reason: Mapped[str | None] = mapped_column(Text)
    planned_start: Mapped[date | None] = mapped_column(Date)
    schedule: Mapped[Schedule | None] = mapped_column(ScheduleType())

    status_changes: Mapped[list[ProposalStatusChange]] = relationship(
        cascade="all, delete-orphan", order_by="ProposalStatusChange.at"
    )


class ProposalStatusChange(Base):
    __tablename__ = "proposal_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("match_proposals.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[ProposalStatus | None] = mapped_column(StrEnumType(ProposalStatus))
    to_status: Mapped[ProposalStatus] = mapped_column(StrEnumType(ProposalStatus))
    at: Mapped[datetime] = mapped_column(default=_now)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(Text, default="")


class Placement(Versioned, Base):
    """A child living with (or visiting) a household; uses the offer's capacity."""

    __tablename__ = "placements"

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int | None] = mapped_column(
        ForeignKey("match_proposals.id", ondelete="SET NULL"), index=True
    )
    child_id: Mapped[int] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"), index=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), index=True
    )
    offer_id: Mapped[int | None] = mapped_column(
        ForeignKey("availability_offers.id", ondelete="SET NULL"), index=True
    )
    care_form: Mapped[CareForm] = mapped_column(StrEnumType(CareForm))
    schedule: Mapped[Schedule] = mapped_column(ScheduleType(), default=Schedule.empty)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[PlacementStatus] = mapped_column(
        StrEnumType(PlacementStatus), default=PlacementStatus.ACTIEF, index=True
    )
    end_reason: Mapped[str] = mapped_column(Text, default="")
