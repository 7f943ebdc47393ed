"""What the packs need from the database, and what printing them changes.

Everything a batch needs is read in a fixed number of queries, whatever its size:
the requests with their interests (in chunks of ids), the coming events once, and
the "nearby need" (children waiting per wijk and kind of care) once, grouped in SQL.
The result is the plain dataclasses of ``packs``, which render without a database
(and can be sent to worker processes).

Marking packs as sent is a separate, explicit step (``mark_packs_sent``) that the GUI
and the command line take only after a batch finished and was confirmed; a cancelled
batch therefore marks nothing. Every print leaves audit lines.

Pack texts and senders: ``load_pack_settings`` / ``save_pack_settings`` keep the
staff's changes in the ``settings`` table (keys ``packs.texts`` and
``packs.organisations``), version-checked like every edited record.
"""

from __future__ import annotations

import string
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    CareFamily,
    CareForm,
    ChildStatus,
    EventKind,
    Interest,
    Provider,
    RequestStatus,
)
from utregs_plekkie.core.errors import NotFoundError, StaleRecordError, UserError, ValidationError
from utregs_plekkie.core.geo import WIJKEN
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.validation import normalise_email, normalise_phone, normalise_postcode
from utregs_plekkie.packs.content import (
    CAMPAIGN,
    SETTINGS_KEY_ORGANISATIONS,
    SETTINGS_KEY_TEXTS,
    Address,
    EventInfo,
    Organisation,
    PackSettings,
    merge_pack_settings,
    organisation_for,
    organisation_overrides,
    text_overrides,
)
from utregs_plekkie.packs.info_pack import InfoPackData, NearbyNeed
from utregs_plekkie.packs.intake_pack import (
    AdultInfo,
    IntakePackData,
    OfferInfo,
    ScreeningInfo,
)
from utregs_plekkie.packs.labels import Label
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.repository import SYSTEM_USER, audit, stale_message

__all__ = [
    "MarkResult",
    "NearbyCounts",
    "info_pack_data",
    "intake_pack_data",
    "labels_for_requests",
    "load_pack_settings",
    "mark_packs_sent",
    "nearby_need_counts",
    "pending_requests",
    "record_printed",
    "save_pack_settings",
    "upcoming_events",
]

#: Ids per IN (...) list: well under SQLite's and PostgreSQL's parameter limits.
_CHUNK = 900
#: Children not yet placed: waiting, or proposed to a family but not placed yet.
_WAITING = (ChildStatus.WACHT, ChildStatus.VOORGESTELD)
_WIJK_NAMES: dict[str, str] = {code: name for code, name, _provider in WIJKEN}

ENTITY_REQUEST = "info_requests"
ENTITY_HOUSEHOLD = "households"


def _chunks(ids: Sequence[int], size: int = _CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _unique(ids: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(int(i) for i in ids))


# --------------------------------------------------------------------------- settings


def load_pack_settings(db: Database) -> PackSettings:
    """The texts and senders in force: shipped defaults with the staff's changes."""
    with db.session() as session:
        rows = {
            row.key: row
            for row in session.scalars(
                select(m.Setting).where(
                    m.Setting.key.in_([SETTINGS_KEY_TEXTS, SETTINGS_KEY_ORGANISATIONS])
                )
            )
        }
    texts = rows.get(SETTINGS_KEY_TEXTS)
    organisations = rows.get(SETTINGS_KEY_ORGANISATIONS)
    return merge_pack_settings(
        texts.value if texts is not None and isinstance(texts.value, dict) else None,
        organisations.value
        if organisations is not None and isinstance(organisations.value, dict)
        else None,
        texts_version=texts.version if texts is not None else None,
        organisations_version=organisations.version if organisations is not None else None,
    )


def _check_texts(texts: Mapping[str, str]) -> None:
    for key, value in texts.items():
        if not isinstance(value, str):
            raise ValidationError(
                _("De tekst '{key}' is geen tekst. Vul gewone tekst in.").format(key=key),
                field=key,
            )
        try:
            list(string.Formatter().parse(value))
        except ValueError:
            raise ValidationError(
                _(
                    "In de tekst '{key}' staat een losse accolade ({{ of }}). Gebruik accolades "
                    "alleen rond een veld, zoals {{voornaam}}."
                ).format(key=key),
                field=key,
            ) from None


def _check_organisation(org: Organisation) -> None:
    where = org.name or org.key

    def field(name: str) -> str:
        return f"{org.key}.{name}"

    if org.website and not org.website.startswith(("https://", "http://")):
        raise ValidationError(
            _(
                "Het webadres van {org} moet beginnen met https:// (bijvoorbeeld "
                "https://www.koosutrecht.nl/pleegzorg)."
            ).format(org=where),
            field=field("website"),
        )
    try:
        if org.email:
            normalise_email(org.email)
        if org.phone:
            normalise_phone(org.phone)
        if org.postcode:
            normalise_postcode(org.postcode)
    except ValidationError as exc:
        raise ValidationError(
            _("{org}: {problem}").format(org=where, problem=exc.message),
            field=field(exc.field or "organisatie"),
        ) from None
    if org.logo and not Path(org.logo).is_file():
        raise ValidationError(
            _(
                "Het logo van {org} ({path}) is niet gevonden. Kies een PNG- of JPG-bestand "
                "dat bestaat, of laat het veld leeg."
            ).format(org=where, path=org.logo),
            field=field("logo"),
        )


def save_pack_settings(
    db: Database,
    based_on: PackSettings,
    *,
    texts: Mapping[str, str] | None = None,
    organisations: Mapping[str, Organisation] | None = None,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> PackSettings:
    """Store changed texts and/or senders, if nobody changed them since ``based_on``.

    Only what is given is saved. Texts are stored as far as they differ from the
    shipped ones; senders are stored complete (they are example values until staff
    saved them once). Returns the settings as they now are.
    """
    work: list[tuple[str, Any, int | None]] = []
    if texts is not None:
        _check_texts(texts)
        work.append((SETTINGS_KEY_TEXTS, text_overrides(texts), based_on.texts_version))
    if organisations is not None:
        for org in organisations.values():
            _check_organisation(org)
        work.append(
            (
                SETTINGS_KEY_ORGANISATIONS,
                organisation_overrides(organisations),
                based_on.organisations_version,
            )
        )
    kind = _("instelling van de pakketten")
    try:
        with db.transaction() as session:
            for key, value, expected in work:
                row = session.scalar(select(m.Setting).where(m.Setting.key == key))
                if (row is None) != (expected is None) or (
                    row is not None and row.version != expected
                ):
                    raise StaleRecordError(stale_message(kind))
                if row is None:
                    row = m.Setting(key=key, value=value)
                    session.add(row)
                    session.flush()
                    action = AuditAction.CREATE
                else:
                    row.value = value
                    action = AuditAction.UPDATE
                    session.flush()
                audit(session, action, "settings", row.id, key, username=username, user_id=user_id)
    except (StaleDataError, IntegrityError) as exc:
        raise StaleRecordError(stale_message(kind)) from exc
    return load_pack_settings(db)


# --------------------------------------------------------------------------- shared reads


NearbyCounts = dict[tuple[str, CareFamily], int]


def nearby_need_counts(session: Session) -> NearbyCounts:
    """Children waiting for a place, per (wijk code, kind of care); ``""`` is the city.

    One grouped query for the whole batch. The counts are exact here; packs print
    counts below 5 as "minder dan 5" (``packs.content.format_count``).
    """
    child = m.Child
    rows = session.execute(
        select(child.wijk_code, child.care_form, func.count(child.id))
        .where(child.status.in_(_WAITING), child.wijk_code.is_not(None))
        .group_by(child.wijk_code, child.care_form)
    )
    counts: NearbyCounts = defaultdict(int)
    for wijk_code, care_form, count in rows:
        family = CareForm(care_form).family
        counts[(str(wijk_code), family)] += int(count)
        if wijk_code in _WIJK_NAMES:
            counts[("", family)] += int(count)
    return dict(counts)


def upcoming_events(
    session: Session, kind: EventKind, *, since: datetime
) -> list[tuple[Provider | None, EventInfo]]:
    """Coming events of ``kind`` that still have room, soonest first."""
    event = m.Event
    registration = m.EventRegistration
    registered = (
        select(registration.event_id, func.count(registration.id).label("n"))
        .where(registration.registered_at.is_not(None))
        .group_by(registration.event_id)
        .subquery()
    )
    rows = session.execute(
        select(
            event.provider,
            event.starts_at,
            event.ends_at,
            event.name,
            event.location,
            event.capacity,
            func.coalesce(registered.c.n, 0),
        )
        .outerjoin(registered, registered.c.event_id == event.id)
        .where(event.kind == kind, event.starts_at >= since)
        .order_by(event.starts_at, event.id)
        .limit(500)
    )
    found: list[tuple[Provider | None, EventInfo]] = []
    for provider, starts_at, ends_at, name, location, capacity, taken in rows:
        if capacity is not None and int(taken) >= int(capacity):
            continue  # full: do not invite people to it
        found.append(
            (
                Provider(provider) if provider is not None else None,
                EventInfo(starts_at=starts_at, ends_at=ends_at, name=name, location=location),
            )
        )
    return found


def _events_for(
    events: Sequence[tuple[Provider | None, EventInfo]], organisation: str, limit: int
) -> tuple[EventInfo, ...]:
    """The sender's own events and the shared ones (no provider); all for the campaign."""
    chosen = [
        info
        for provider, info in events
        if organisation == CAMPAIGN or provider is None or provider.value == organisation
    ]
    return tuple(chosen[:limit])


# --------------------------------------------------------------------------- requests


def pending_requests(db: Database) -> list[int]:
    """All new requests without a pack, oldest first.

    Status "nieuw", no pack sent, not merged into another request, not anonymised,
    and consent to be contacted not withdrawn.
    """
    request = m.InfoRequest
    with db.session() as session:
        return list(
            session.scalars(
                select(request.id)
                .where(
                    request.status == RequestStatus.NIEUW,
                    request.pack_sent_at.is_(None),
                    request.merged_into_id.is_(None),
                    request.anonymised_at.is_(None),
                    request.consent_withdrawn_at.is_(None),
                )
                .order_by(request.received_at, request.id)
            )
        )


def _load_requests(session: Session, ids: Sequence[int]) -> dict[int, Any]:
    request = m.InfoRequest
    columns = (
        request.id,
        request.first_name,
        request.name_prefix,
        request.last_name,
        request.street,
        request.house_number,
        request.house_number_suffix,
        request.postcode,
        request.city,
        request.wijk_code,
        request.provider,
        request.merged_into_id,
        request.anonymised_at,
        request.consent_withdrawn_at,
    )
    found: dict[int, Any] = {}
    for chunk in _chunks(ids):
        for row in session.execute(select(*columns).where(request.id.in_(chunk))):
            found[int(row.id)] = row
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFoundError(
            _(
                "Aanvraag {ids} bestaat niet (meer). Controleer het nummer, of vernieuw de "
                "lijst en kies opnieuw."
            ).format(ids=", ".join(str(i) for i in missing[:10]))
        )
    for request_id in ids:
        row = found[request_id]
        if row.merged_into_id is not None:
            raise UserError(
                _(
                    "Aanvraag {id} is samengevoegd met aanvraag {other}; maak het pakket "
                    "voor aanvraag {other}."
                ).format(id=request_id, other=row.merged_into_id)
            )
        if row.anonymised_at is not None:
            raise UserError(
                _(
                    "Aanvraag {id} is geanonimiseerd: er is geen naam en adres meer om een "
                    "pakket naar te sturen."
                ).format(id=request_id)
            )
        if row.consent_withdrawn_at is not None:
            raise UserError(
                _(
                    "Aanvraag {id} heeft de toestemming voor contact ingetrokken; stuur geen "
                    "pakket. Haal de aanvraag uit de selectie."
                ).format(id=request_id)
            )
    return found


def _load_interests(session: Session, ids: Sequence[int]) -> dict[int, tuple[Interest, ...]]:
    order = {interest: n for n, interest in enumerate(Interest)}
    by_request: dict[int, list[Interest]] = defaultdict(list)
    table = m.RequestInterest
    for chunk in _chunks(ids):
        for request_id, interest in session.execute(
            select(table.request_id, table.interest).where(table.request_id.in_(chunk))
        ):
            by_request[int(request_id)].append(Interest(interest))
    return {k: tuple(sorted(v, key=order.__getitem__)) for k, v in by_request.items()}


def info_pack_data(
    db: Database,
    request_ids: Sequence[int],
    *,
    on: date | None = None,
    max_events: int = 3,
) -> list[InfoPackData]:
    """What the information packs of ``request_ids`` need, in the order given.

    Raises a :class:`UserError` naming the request when one does not exist, was merged
    into another, was anonymised, or withdrew consent to be contacted.
    """
    ids = _unique(request_ids)
    letter_date = on or clock.today()
    with db.session() as session:
        rows = _load_requests(session, ids)
        interests = _load_interests(session, ids)
        nearby = nearby_need_counts(session)
        events = upcoming_events(session, EventKind.INFORMATIEAVOND, since=clock.now())
    packs: list[InfoPackData] = []
    for request_id in ids:
        row = rows[request_id]
        wijk_code = row.wijk_code if row.wijk_code in _WIJK_NAMES else None
        area = wijk_code or ""
        organisation = organisation_for(row.provider)
        packs.append(
            InfoPackData(
                request_id=request_id,
                first_name=row.first_name or "",
                name_prefix=row.name_prefix or "",
                last_name=row.last_name or "",
                address=Address(
                    name="",
                    street=row.street or "",
                    house_number=row.house_number,
                    house_number_suffix=row.house_number_suffix or "",
                    postcode=row.postcode,
                    city=row.city or "",
                ),
                wijk=_WIJK_NAMES.get(wijk_code) if wijk_code else None,
                interests=interests.get(request_id, ()),
                organisation=organisation,
                events=_events_for(events, organisation, max_events),
                nearby=tuple(
                    NearbyNeed(family, nearby.get((area, family), 0)) for family in CareFamily
                ),
                letter_date=letter_date,
            )
        )
    return packs


def labels_for_requests(db: Database, request_ids: Sequence[int]) -> list[Label]:
    """Address labels for the requests, in the order given (same checks as the packs)."""
    ids = _unique(request_ids)
    with db.session() as session:
        rows = _load_requests(session, ids)
    labels: list[Label] = []
    for request_id in ids:
        row = rows[request_id]
        name = " ".join(p for p in (row.first_name, row.name_prefix, row.last_name) if p)
        labels.append(
            Label(
                subject=_("Aanvraag {id} ({name})").format(
                    id=request_id, name=name or _("zonder naam")
                ),
                address=Address(
                    name=name,
                    street=row.street or "",
                    house_number=row.house_number,
                    house_number_suffix=row.house_number_suffix or "",
                    postcode=row.postcode,
                    city=row.city or "",
                ),
            )
        )
    return labels


# --------------------------------------------------------------------------- households


def intake_pack_data(
    db: Database, household_id: int, *, on: date | None = None, max_trainings: int = 3
) -> IntakePackData:
    """What the intake pack of one household needs."""
    with db.session() as session:
        household = session.scalar(
            select(m.Household)
            .where(m.Household.id == household_id)
            .options(
                selectinload(m.Household.adults).selectinload(m.Adult.checks),
                selectinload(m.Household.own_children),
                selectinload(m.Household.offers),
            )
        )
        if household is None:
            raise NotFoundError(
                _("Gezin {id} bestaat niet (meer). Controleer het nummer.").format(id=household_id)
            )
        if household.anonymised_at is not None:
            raise UserError(
                _(
                    "Gezin {id} is geanonimiseerd: er zijn geen gegevens meer om een "
                    "intakepakket mee te maken."
                ).format(id=household_id)
            )
        table = m.RequestInterest
        interest_rows = session.execute(
            select(table.interest)
            .join(m.InfoRequest, m.InfoRequest.id == table.request_id)
            .where(m.InfoRequest.household_id == household_id)
        )
        order = {interest: n for n, interest in enumerate(Interest)}
        interests = sorted({Interest(i) for (i,) in interest_rows}, key=order.__getitem__)
        organisation = organisation_for(household.provider)
        trainings = upcoming_events(session, EventKind.TRAINING, since=clock.now())
        adults = tuple(
            AdultInfo(
                first_name=adult.first_name,
                name_prefix=adult.name_prefix,
                last_name=adult.last_name,
                birth_date=adult.birth_date,
                email=adult.email,
                phone=adult.phone,
                screenings=tuple(
                    ScreeningInfo(check.kind, check.requested_on, check.issued_on)
                    for check in adult.checks
                ),
            )
            for adult in household.adults
        )
        offers = tuple(
            OfferInfo(
                care_form=offer.care_form,
                schedule=offer.schedule,
                weekend_pattern=offer.weekend_pattern,
                holidays=offer.holidays,
                capacity=offer.capacity,
                age_min=offer.age_min,
                age_max=offer.age_max,
                paused=offer.paused,
            )
            for offer in household.offers
        )
        return IntakePackData(
            household_id=household.id,
            household_name=household.name,
            route=household.route,
            stage=household.stage,
            address=Address(
                name=household.name,
                street=household.street,
                house_number=household.house_number,
                house_number_suffix=household.house_number_suffix,
                postcode=household.postcode,
                city=household.city,
            ),
            email=household.email,
            phone=household.phone,
            adults=adults,
            children=tuple((c.birth_year, c.living_at_home) for c in household.own_children),
            interests=tuple(interests),
            offers=offers,
            documents_received=tuple(household.documents_received or ()),
            organisation=organisation,
            trainings=_events_for(trainings, organisation, max_trainings),
            letter_date=on or clock.today(),
        )


# --------------------------------------------------------------------------- after printing


@dataclass(frozen=True)
class MarkResult:
    """What ``mark_packs_sent`` did."""

    marked: int  # requests whose pack is now recorded as sent
    status_changed: int  # of those, how many moved from "nieuw" to "pakket verstuurd"
    skipped: tuple[int, ...]  # ids not marked: gone, merged or anonymised meanwhile


def mark_packs_sent(
    db: Database,
    request_ids: Sequence[int],
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> MarkResult:
    """Record that the packs of ``request_ids`` were sent, all in one transaction.

    Each request gets ``pack_sent_at`` and an audit line 'afgedrukt'; a request that
    was still "nieuw" moves to "pakket verstuurd" with a dated history row. Requests
    further along keep their status (a pack sent again does not undo a phone call).
    Every changed request gets a new version, so an edit based on an older copy is
    refused; if someone saves one of them at the same moment, nothing is marked and
    the caller can simply try again.
    """
    ids = _unique(request_ids)
    moment = clock.now()
    marked = changed = 0
    skipped: list[int] = []
    try:
        with db.transaction() as session:
            seen: set[int] = set()
            for chunk in _chunks(ids):
                for request in session.scalars(
                    select(m.InfoRequest).where(m.InfoRequest.id.in_(chunk))
                ):
                    seen.add(request.id)
                    if request.merged_into_id is not None or request.anonymised_at is not None:
                        skipped.append(request.id)
                        continue
                    request.pack_sent_at = moment
                    if request.status == RequestStatus.NIEUW:
                        session.add(
                            m.RequestStatusChange(
                                request_id=request.id,
                                from_status=RequestStatus.NIEUW,
                                to_status=RequestStatus.PAKKET_VERSTUURD,
                                at=moment,
                                user_id=user_id,
                                note="informatiepakket verstuurd",
                            )
                        )
                        request.status = RequestStatus.PAKKET_VERSTUURD
                        request.status_since = moment
                        changed += 1
                    marked += 1
                    audit(
                        session,
                        AuditAction.PRINT,
                        ENTITY_REQUEST,
                        request.id,
                        "informatiepakket verstuurd",
                        username=username,
                        user_id=user_id,
                    )
                session.flush()
            skipped.extend(i for i in ids if i not in seen)
    except StaleDataError as exc:
        raise StaleRecordError(
            _(
                "Een of meer aanvragen zijn net door iemand anders gewijzigd. Er is niets als "
                "verstuurd gemarkeerd; probeer het opnieuw."
            )
        ) from exc
    return MarkResult(marked=marked, status_changed=changed, skipped=tuple(sorted(skipped)))


def record_printed(
    db: Database,
    entity: str,
    ids: Sequence[int],
    detail: str,
    *,
    username: str = SYSTEM_USER,
    user_id: int | None = None,
) -> None:
    """Audit lines 'afgedrukt' for a print that changes nothing else (labels, intake
    packs, packs not marked as sent)."""
    with db.transaction() as session:
        for record_id in _unique(ids):
            audit(
                session,
                AuditAction.PRINT,
                entity,
                record_id,
                detail,
                username=username,
                user_id=user_id,
            )
