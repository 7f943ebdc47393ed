"""Information requests in the database, on SQLite and PostgreSQL: validation and
routing, the status history, merging with all history kept, duplicates, consent, the
norm, and the list queries of the Aanvragen page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    EventKind,
    Interest,
    Provider,
    RequestStatus,
    Role,
    Source,
)
from utregs_plekkie.core.errors import StaleRecordError, ValidationError
from utregs_plekkie.core.permissions import Actor, PermissionDenied
from utregs_plekkie.core.requests import DropoutReason, DuplicateLevel, FollowUpState, ResponseNorm
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.requests import (
    WIJK_OUTSIDE,
    InvalidRequestError,
    RequestInput,
    RequestQuery,
    RequestSort,
    SortColumn,
    add_consent_text,
    capture_request,
    change_status,
    check_field,
    count_requests,
    create_request,
    current_consent_text,
    fetch_requests,
    find_duplicates,
    load_request,
    load_response_norm,
    merge_requests,
    record_consent,
    request_history,
    route_postcode,
    save_response_norm,
    today_view,
    update_request,
    validate_request_input,
)

S = RequestStatus
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=clock.LOCAL_TZ)  # a Monday
ACTOR = Actor.system()
WERVER = Actor(user_id=None, username="werver1", role=Role.WERVER)


@pytest.fixture(autouse=True)
def fixed_clock() -> Iterator[None]:
    clock.set_clock(lambda: NOW)
    yield
    clock.set_clock(None)


def _audit(db: Database, entity_id: int) -> list[tuple[AuditAction, str]]:
    with db.session() as session:
        rows = session.execute(
            select(m.AuditEntry.action, m.AuditEntry.detail)
            .where(m.AuditEntry.entity == "info_requests", m.AuditEntry.entity_id == entity_id)
            .order_by(m.AuditEntry.id)
        )
        return [(action, detail) for action, detail in rows]


def _jan(**overrides: object) -> RequestInput:
    values: dict[str, object] = dict(
        name="Jan de Vries",
        email="Jan@Voorbeeld.NL",
        phone="06-12345678",
        postcode="3511ab",
        street="Oudegracht 12a",
        interests="voltijd, weekend",
        consent_contact="ja",
    )
    values.update(overrides)
    return RequestInput(**values)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- create


def test_a_new_request_is_normalised_routed_dated_and_audited(db: Database) -> None:
    record = create_request(db, _jan(), actor=WERVER)
    stored = load_request(db, record.id)
    assert (stored.first_name, stored.name_prefix, stored.last_name) == ("Jan", "de", "Vries")
    assert stored.name_key == "jan de vries"
    assert (stored.email, stored.phone) == ("jan@voorbeeld.nl", "+31612345678")
    assert (stored.street, stored.house_number, stored.house_number_suffix) == (
        "Oudegracht",
        12,
        "A",
    )
    assert (stored.postcode, stored.pc4, stored.city) == ("3511 AB", "3511", "Utrecht")
    assert (stored.wijk_code, stored.provider) == ("WK034406", Provider.SPOOR030)
    assert stored.interest_set == {Interest.VOLTIJD, Interest.DEELTIJD}
    assert (stored.source, stored.status) == (Source.WEBSITE, S.NIEUW)
    assert stored.received_at == NOW
    assert stored.follow_up_on == date(2026, 3, 3)  # the norm: one working day
    assert stored.consent_contact and stored.consent_at == NOW
    assert [(c.from_status, c.to_status, c.at) for c in stored.status_changes] == [
        (None, S.NIEUW, NOW)
    ]
    assert _audit(db, record.id) == [(AuditAction.CREATE, "bron: website")]


def test_every_problem_comes_back_with_its_field_and_the_input_is_kept(db: Database) -> None:
    data = RequestInput(
        first_name="Jan3",
        email="jan@",
        phone="12345",
        postcode="1234",
        house_number="twaalf",
        received_at="05-03-2026",
        consent_contact="nee",
    )
    before = repr(data)
    result = validate_request_input(data)
    assert isinstance(result, list)
    assert [e.field for e in result] == [
        "first_name",
        "email",
        "phone",
        "postcode",
        "house_number",
        "received_at",
        "consent_contact",
    ]
    by_field = {e.field: e.message for e in result}
    assert by_field["postcode"].startswith("Postcode '1234' is geen geldige postcode")
    assert "ligt in de toekomst" in by_field["received_at"]
    assert "geen toestemming om contact op te nemen" in by_field["consent_contact"]
    assert repr(data) == before
    with pytest.raises(InvalidRequestError) as err:
        create_request(db, data, actor=ACTOR)
    assert len(err.value.errors) == 7
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(m.InfoRequest)) == 0


def test_a_name_and_a_way_to_reach_someone_are_needed() -> None:
    result = validate_request_input(RequestInput())
    assert isinstance(result, list)
    assert [(e.field, e.message) for e in result] == [
        ("name", "Vul een naam in (voornaam en/of achternaam)."),
        (
            "contact",
            "Vul een e-mailadres of een telefoonnummer in, zodat we contact kunnen opnemen.",
        ),
    ]
    only_phone = validate_request_input(RequestInput(first_name="Fatima", phone="0612345678"))
    assert not isinstance(only_phone, list) and only_phone.email is None


def test_fields_are_checked_as_you_type() -> None:
    assert check_field("postcode", "3511 A") is not None
    assert check_field("postcode", "3511 AB") is None
    assert check_field("postcode", "") is None
    error = check_field("email", "jan@voorbeeld")
    assert isinstance(error, ValidationError) and error.field == "email"
    assert check_field("phone", "06 12345678") is None
    assert check_field("name_prefix", "van der") is None
    assert check_field("first_name", "J4n") is not None


def test_outside_the_city_the_request_is_marked_and_a_provider_chosen_by_hand(
    db: Database,
) -> None:
    zeist = route_postcode("3701 AB")
    assert zeist.known and not zeist.in_city and zeist.outside_city
    assert zeist.describe() == "Buiten de stad Utrecht (Zeist): kies de aanbieder met de hand."
    assert route_postcode("1011 AB").describe() == (
        "Postcode 1011 is onbekend: kies de aanbieder met de hand."
    )
    assert route_postcode("3544 AA").describe() == "Wijk Leidsche Rijn, aanbieder KOOS Utrecht."
    unassigned = create_request(
        db, _jan(postcode="3701 AB", email="a@voorbeeld.nl", phone=""), actor=ACTOR
    )
    assert (unassigned.wijk_code, unassigned.provider) == (None, None)
    assert unassigned.city == "Zeist"
    by_hand = create_request(
        db, _jan(postcode="3701 AB", email="b@voorbeeld.nl", phone="", provider="KOOS"), actor=ACTOR
    )
    assert (by_hand.provider, by_hand.provider_set_by_hand) == (Provider.KOOS, True)
    rows = {r.id: r for r in fetch_requests(db, RequestQuery())}
    assert rows[unassigned.id].outside_city and rows[by_hand.id].outside_city
    wrong = validate_request_input(_jan(provider="koos"))  # 3511 is Spoor030's
    assert isinstance(wrong, list) and [e.field for e in wrong] == ["provider"]
    assert "In de stad bepaalt de wijk de aanbieder" in wrong[0].message


# --------------------------------------------------------------------------- status


def test_status_changes_are_dated_kept_and_set_the_next_follow_up(db: Database) -> None:
    record = create_request(db, _jan(), actor=ACTOR)
    record = change_status(db, record.id, record.version, S.PAKKET_VERSTUURD, actor=ACTOR)
    assert record.follow_up_on == date(2026, 3, 9)  # five working days
    assert record.pack_sent_at == NOW
    clock.set_clock(lambda: NOW + timedelta(days=2))
    record = change_status(db, record.id, record.version, S.GEBELD, note="belt terug", actor=ACTOR)
    assert record.follow_up_on == date(2026, 3, 18)  # ten working days from Wednesday
    record = change_status(
        db, record.id, record.version, S.NIET_NU, next_contact_on=date(2026, 9, 1), actor=ACTOR
    )
    assert (record.status, record.follow_up_on) == (S.NIET_NU, date(2026, 9, 1))
    with pytest.raises(InvalidRequestError) as err:
        change_status(db, record.id, record.version, S.AFGEHAAKT, actor=ACTOR)
    assert err.value.errors[0].message == "Kies waarom de persoon afhaakt (een reden uit de lijst)."
    record = change_status(
        db, record.id, record.version, S.AFGEHAAKT, reason=DropoutReason.GEEN_TIJD, actor=ACTOR
    )
    assert (record.follow_up_on, record.dropout_reason) == (None, "geen_tijd")
    history = request_history(db, record.id)
    assert [(h.from_status, h.to_status) for h in history] == [
        (None, S.NIEUW),
        (S.NIEUW, S.PAKKET_VERSTUURD),
        (S.PAKKET_VERSTUURD, S.GEBELD),
        (S.GEBELD, S.NIET_NU),
        (S.NIET_NU, S.AFGEHAAKT),
    ]
    assert history[2].note == "belt terug" and history[2].at == NOW + timedelta(days=2)
    assert history[3].next_contact_on == date(2026, 9, 1)
    assert history[4].reason_label == "geen tijd of ruimte op dit moment"
    assert [d for a, d in _audit(db, record.id) if a == AuditAction.UPDATE] == [
        "status: nieuw -> pakket_verstuurd",
        "status: pakket_verstuurd -> gebeld",
        "status: gebeld -> niet_nu",
        "status: niet_nu -> afgehaakt",
    ]


def test_a_move_the_flow_does_not_allow_is_refused_in_dutch(db: Database) -> None:
    record = create_request(db, _jan(), actor=ACTOR)
    record = change_status(db, record.id, record.version, S.GEBELD, actor=ACTOR)
    with pytest.raises(InvalidRequestError) as err:
        change_status(db, record.id, record.version, S.NIEUW, actor=ACTOR)
    assert err.value.field == "status"
    assert "kan niet terug naar 'nieuw'" in err.value.message
    assert load_request(db, record.id).status == S.GEBELD


def test_a_stale_copy_is_refused_and_changes_nothing(db: Database) -> None:
    record = create_request(db, _jan(), actor=ACTOR)
    fresh = update_request(
        db, record.id, record.version, _jan(first_name="Johannes", name=""), actor=ACTOR
    )
    assert fresh.version == record.version + 1
    with pytest.raises(StaleRecordError) as err:
        update_request(db, record.id, record.version, _jan(first_name="Hans", name=""), actor=ACTOR)
    assert "door iemand anders gewijzigd" in err.value.message
    with pytest.raises(StaleRecordError):
        change_status(db, record.id, record.version, S.GEBELD, actor=ACTOR)
    stored = load_request(db, record.id)
    assert (stored.first_name, stored.status) == ("Johannes", S.NIEUW)
    # A change of interests alone also moves the version on.
    changed = update_request(
        db,
        record.id,
        stored.version,
        _jan(first_name="Johannes", name="", interests="crisis"),
        actor=ACTOR,
    )
    assert changed.version == stored.version + 1
    assert load_request(db, record.id).interest_set == {Interest.CRISIS}
    updates = [d for a, d in _audit(db, record.id) if a == AuditAction.UPDATE]
    assert updates == ["first_name, name_prefix, last_name, name_key", "interests"]


# --------------------------------------------------------------------------- duplicates


def test_duplicates_are_found_by_mail_phone_or_name_at_the_postcode(db: Database) -> None:
    jan = create_request(db, _jan(), actor=ACTOR)
    other = create_request(
        db,
        RequestInput(name="Fatima Amrani", email="f@voorbeeld.nl", postcode="3581 AA"),
        actor=ACTOR,
    )
    by_mail = find_duplicates(db, RequestInput(name="J. Vries", email="JAN@voorbeeld.nl"))
    assert [(c.request_id, c.level) for c in by_mail] == [(jan.id, DuplicateLevel.ZEKER)]
    assert by_mail[0].reasons[0] == "zelfde e-mailadres (jan@voorbeeld.nl)"
    by_phone = find_duplicates(db, RequestInput(name="Jan", phone="+31 6 1234 5678"))
    assert [c.request_id for c in by_phone] == [jan.id]
    by_name = find_duplicates(db, RequestInput(name="Fatma Amrani", postcode="3581aa"))
    assert [(c.request_id, c.level) for c in by_name] == [(other.id, DuplicateLevel.WAARSCHIJNLIJK)]
    assert "naam lijkt op 'Fatima Amrani'" in by_name[0].describe()
    # A half-typed form still finds what it can.
    half = find_duplicates(db, RequestInput(name="Ja", email="jan@", phone="0612345678"))
    assert [c.request_id for c in half] == [jan.id]
    assert find_duplicates(db, _jan(), exclude_id=jan.id) == []
    assert find_duplicates(db, RequestInput(name="Piet")) == []


# --------------------------------------------------------------------------- merge


def test_a_merge_keeps_every_piece_of_history_of_both(db: Database) -> None:
    keep = create_request(db, _jan(phone="", interests="voltijd", notes="Belde zelf."), actor=ACTOR)
    keep = change_status(db, keep.id, keep.version, S.PAKKET_VERSTUURD, actor=ACTOR)
    clock.set_clock(lambda: NOW + timedelta(hours=1))
    other = create_request(
        db,
        RequestInput(
            name="Jan de Vries",
            phone="0612345678",
            postcode="3511 AB",
            interests="steunouder",
            source="podcast",
            notes="Wil eerst een kennismaking.",
        ),
        actor=ACTOR,
    )
    other = change_status(db, other.id, other.version, S.GEBELD, note="gesproken", actor=ACTOR)
    earlier = create_request(db, RequestInput(name="J. de Vries", phone="0687654321"), actor=ACTOR)
    earlier_merge = merge_requests(db, other.id, earlier.id, actor=ACTOR)
    with db.transaction() as session:
        event = m.Event(kind=EventKind.INFORMATIEAVOND, name="Infoavond", starts_at=NOW)
        session.add(event)
        session.flush()
        session.add(m.EventRegistration(event_id=event.id, request_id=other.id, attended=True))
    before = count_requests(db, RequestQuery())
    result = merge_requests(db, keep.id, other.id, keep_version=keep.version, actor=ACTOR)
    assert earlier_merge.merged_id == earlier.id
    assert result.filled == ("telefoonnummer",)
    assert result.interests_added == (Interest.STEUNOUDER,)
    assert result.registrations_moved == 1
    kept = load_request(db, keep.id)
    assert kept.phone == "+31612345678"
    assert kept.interest_set == {Interest.VOLTIJD, Interest.STEUNOUDER}
    assert kept.status == S.PAKKET_VERSTUURD  # its own status stays
    assert kept.notes.startswith("Belde zelf.\n— Samengevoegd met aanvraag")
    # The merged one's notes come along, with the line of its own earlier merge.
    assert "bron podcast) —\nWil eerst een kennismaking.\n— Samengevoegd met aanvraag" in kept.notes
    assert kept.notes.endswith("(J. de Vries, ontvangen 02-03-2026, bron website) —")
    merged = load_request(db, other.id)
    assert merged.merged_into_id == keep.id
    assert merged.interest_set == {Interest.STEUNOUDER}  # nothing taken away
    changes = sorted(merged.status_changes, key=lambda c: c.id)  # the clock stands still
    assert [c.to_status for c in changes] == [S.NIEUW, S.GEBELD]
    assert load_request(db, earlier.id).merged_into_id == keep.id  # followed along
    history = request_history(db, keep.id)
    assert [(h.to_status, h.from_merged_request) for h in history] == [
        (S.NIEUW, False),
        (S.PAKKET_VERSTUURD, False),
        (S.NIEUW, True),
        (S.GEBELD, True),
        (S.NIEUW, True),
    ]
    assert history[3].note == "gesproken"
    with db.session() as session:
        owners = session.scalars(select(m.EventRegistration.request_id)).all()
    assert owners == [keep.id]
    assert count_requests(db, RequestQuery()) == before - 1
    assert other.id not in {r.id for r in fetch_requests(db, RequestQuery())}
    assert [
        c.request_id for c in find_duplicates(db, RequestInput(name="x", phone="0612345678"))
    ] == [keep.id]
    assert (AuditAction.MERGE, f"samengevoegd in aanvraag {keep.id}") in _audit(db, other.id)
    assert any(
        a == AuditAction.MERGE
        and "aangevuld: telefoonnummer, interesse steunouder (een paar uur)" in d
        for a, d in _audit(db, keep.id)
    )
    with pytest.raises(ValidationError) as err:
        merge_requests(db, keep.id, other.id, actor=ACTOR)
    assert "is al samengevoegd met aanvraag" in err.value.message
    with pytest.raises(ValidationError):
        merge_requests(db, keep.id, keep.id, actor=ACTOR)
    with pytest.raises(StaleRecordError):
        merge_requests(
            db, keep.id, create_request(db, _jan(), actor=ACTOR).id, keep_version=1, actor=ACTOR
        )


# --------------------------------------------------------------------------- consent and norm


def test_consent_is_recorded_with_the_text_version_and_its_date(db: Database) -> None:
    add_consent_text(db, "2025-1", "Oude tekst.", date(2025, 1, 1), actor=ACTOR)
    add_consent_text(
        db, "2026-1", "Nieuwe tekst over contact en bewaren.", date(2026, 2, 1), actor=ACTOR
    )
    assert current_consent_text(db).version == "2026-1"  # type: ignore[union-attr]
    assert current_consent_text(db, date(2025, 6, 1)).version == "2025-1"  # type: ignore[union-attr]
    with pytest.raises(InvalidRequestError):
        add_consent_text(db, "2026-1", "Een andere tekst.", date(2026, 3, 1), actor=ACTOR)
    record = create_request(db, _jan(consent_store="ja"), actor=ACTOR)
    assert (record.consent_text_version, record.consent_store) == ("2026-1", True)
    old = create_request(
        db,
        _jan(email="oud@voorbeeld.nl", phone="", received_at="10-06-2025", consent_contact="ja"),
        actor=ACTOR,
    )
    assert old.consent_text_version == "2025-1"
    with pytest.raises(InvalidRequestError) as err:
        create_request(db, _jan(email="x@voorbeeld.nl", consent_text_version="1999"), actor=ACTOR)
    assert err.value.field == "consent_text_version"
    record = record_consent(
        db, record.id, record.version, contact=True, store=False, text_version="2025-1", actor=ACTOR
    )
    assert (record.consent_store, record.consent_text_version) == (False, "2025-1")
    record = record_consent(db, record.id, record.version, contact=False, store=False, actor=ACTOR)
    assert record.consent_withdrawn_at == NOW and record.follow_up_on is None
    assert record.consent_text_version == "2025-1"  # what was given stays on record
    assert count_requests(db, today_view()) == 1  # only the old one is still due


def test_the_team_norm_is_stored_and_used(db: Database) -> None:
    assert load_response_norm(db) == ResponseNorm()
    save_response_norm(db, ResponseNorm(nieuw=3), actor=ACTOR)
    assert load_response_norm(db).nieuw == 3
    record = create_request(db, _jan(), actor=ACTOR)
    assert record.follow_up_on == date(2026, 3, 5)
    with pytest.raises(InvalidRequestError):
        save_response_norm(db, ResponseNorm(nieuw=-2), actor=ACTOR)


def test_viewing_a_request_is_logged(db: Database) -> None:
    record = create_request(db, _jan(), actor=ACTOR)
    load_request(db, record.id, viewer=WERVER)
    assert _audit(db, record.id)[-1] == (AuditAction.VIEW, "")


def test_an_event_named_in_the_input_is_found_or_made(db: Database) -> None:
    first = create_request(db, _jan(event_name="Pop-up Utrecht Centraal"), actor=ACTOR)
    second = create_request(
        db, _jan(email="b@voorbeeld.nl", event_name="pop-up utrecht centraal"), actor=ACTOR
    )
    assert first.event_id == second.event_id and first.source == Source.POPUP
    with db.session() as session:
        event = session.get(m.Event, first.event_id)
        assert event is not None and (event.kind, event.name) == (
            EventKind.POPUP,
            "Pop-up Utrecht Centraal",
        )


# --------------------------------------------------------------------------- list queries


@pytest.fixture
def listed(db: Database) -> dict[str, int]:
    """A dozen requests with every kind of filter value, and their ids by nickname."""
    ids: dict[str, int] = {}

    def add(key: str, when: datetime, **fields: object) -> None:
        clock.set_clock(lambda: when)
        ids[key] = create_request(db, RequestInput(**fields), actor=ACTOR).id  # type: ignore[arg-type]

    add(
        "jan",
        NOW - timedelta(days=40),
        name="Jan de Vries",
        email="jan@voorbeeld.nl",
        postcode="3511 AB",
        interests="voltijd",
    )
    add(
        "anne",
        NOW - timedelta(days=30),
        name="Anne-Marie Jansen",
        phone="0612340000",
        postcode="3511 CD",
        interests="steunouder",
        source="podcast",
    )
    add(
        "fatima",
        NOW - timedelta(days=20),
        name="Fatima Amrani",
        email="fatima@voorbeeld.nl",
        postcode="3544 AA",
        interests="crisis, voltijd",
        source="facebook",
    )
    add(
        "zeist",
        NOW - timedelta(days=10),
        name="Piet Zeister",
        email="piet@voorbeeld.nl",
        postcode="3701 AB",
        provider="Spoor030",
    )
    add(
        "geen",
        NOW - timedelta(days=5),
        name="Noëlle IJzerman",
        email="noelle@voorbeeld.nl",
        interests="weet nog niet",
        event_name="Pop-up Centraal",
    )
    add(
        "oost",
        NOW - timedelta(days=1),
        name="Kees van Oost",
        phone="0687654321",
        postcode="3581 AA",
        interests="deeltijd",
    )
    clock.set_clock(lambda: NOW)
    with db.session() as session:
        records = {key: session.get(m.InfoRequest, rid) for key, rid in ids.items()}
        versions = {key: r.version for key, r in records.items() if r is not None}
    change_status(db, ids["jan"], versions["jan"], S.GEBELD, actor=ACTOR)
    change_status(
        db, ids["oost"], versions["oost"], S.NIET_NU, next_contact_on=date(2026, 6, 1), actor=ACTOR
    )
    change_status(
        db,
        ids["anne"],
        versions["anne"],
        S.AFGEHAAKT,
        reason=DropoutReason.VERWACHTINGEN,
        actor=ACTOR,
    )
    return ids


def _ids(db: Database, q: RequestQuery, sort: RequestSort | None = None) -> list[int]:
    rows = fetch_requests(db, q) if sort is None else fetch_requests(db, q, sort=sort)
    assert count_requests(db, q) == len(rows)
    return [r.id for r in rows]


def test_filters_of_the_list(db: Database, listed: dict[str, int]) -> None:
    i = listed
    everyone = _ids(db, RequestQuery())
    assert everyone == [i["oost"], i["geen"], i["zeist"], i["fatima"], i["anne"], i["jan"]]
    assert _ids(db, RequestQuery(statuses=frozenset({S.NIEUW}))) == [
        i["geen"],
        i["zeist"],
        i["fatima"],
    ]
    assert _ids(db, RequestQuery(statuses=frozenset({S.GEBELD, S.NIET_NU}))) == [
        i["oost"],
        i["jan"],
    ]
    assert _ids(db, RequestQuery(interests=frozenset({Interest.VOLTIJD}))) == [
        i["fatima"],
        i["jan"],
    ]
    assert _ids(db, RequestQuery(interests=frozenset({Interest.CRISIS, Interest.DEELTIJD}))) == [
        i["oost"],
        i["fatima"],
    ]
    assert _ids(db, RequestQuery(sources=frozenset({Source.SOCIAL}))) == [i["fatima"]]
    assert _ids(db, RequestQuery(sources=frozenset({Source.POPUP}))) == [i["geen"]]
    with db.session() as session:
        event_id = session.scalar(select(m.Event.id))
    assert _ids(db, RequestQuery(event_ids=frozenset({event_id}))) == [i["geen"]]  # type: ignore[arg-type]
    assert _ids(db, RequestQuery(wijk_codes=frozenset({"WK034406"}))) == [i["anne"], i["jan"]]
    assert _ids(db, RequestQuery(wijk_codes=frozenset({WIJK_OUTSIDE}))) == [i["geen"], i["zeist"]]
    assert _ids(db, RequestQuery(providers=frozenset({Provider.KOOS}))) == [i["fatima"]]
    assert _ids(db, RequestQuery(providers=frozenset({None}))) == [i["geen"]]
    assert _ids(db, RequestQuery(providers=frozenset({Provider.SPOOR030}))) == [
        i["oost"],
        i["zeist"],
        i["anne"],
        i["jan"],
    ]
    assert _ids(
        db, RequestQuery(received_from=date(2026, 1, 22), received_until=date(2026, 2, 20))
    ) == [
        i["zeist"],
        i["fatima"],
        i["anne"],
    ]
    # Due today or earlier: new ones past the norm, not the called (later) or niet nu.
    assert _ids(db, today_view()) == [i["geen"], i["zeist"], i["fatima"]]
    assert _ids(
        db,
        RequestQuery(statuses=frozenset({S.NIEUW}), providers=frozenset({Provider.KOOS})),
    ) == [i["fatima"]]


def test_search_by_name_mail_phone_or_postcode(db: Database, listed: dict[str, int]) -> None:
    i = listed

    def search(text: str) -> list[int]:
        return _ids(db, RequestQuery(text=text))

    assert search("vries") == [i["jan"]]  # a last name, not only the first
    assert search("Jan") == [i["anne"], i["jan"]]  # word starts: Jan, Jansen
    assert search("marie") == [i["anne"]]  # after a hyphen
    assert search("noelle ij") == [i["geen"]]  # accents folded, two words
    assert search("amr fat") == [i["fatima"]]  # any order
    assert search("xyz") == []
    assert search("fatima@") == [i["fatima"]]
    assert search("06 1234") == [i["anne"]]
    assert search("+3168765") == [i["oost"]]
    assert search("3511") == [i["anne"], i["jan"]]
    assert search("3511 c") == [i["anne"]]
    assert search("35") == [i["oost"], i["fatima"], i["anne"], i["jan"]]
    assert search("100%_") == []  # LIKE wildcards are plain text


def test_sorting_and_paging(db: Database, listed: dict[str, int]) -> None:
    i = listed
    by_name = _ids(db, RequestQuery(), RequestSort(SortColumn.NAME, descending=False))
    assert by_name == [i["anne"], i["fatima"], i["jan"], i["oost"], i["geen"], i["zeist"]]
    by_follow_up = _ids(db, RequestQuery(), RequestSort(SortColumn.FOLLOW_UP, descending=False))
    assert by_follow_up[-1] == i["anne"]  # afgehaakt: no follow-up date, last
    assert by_follow_up[:3] == [i["fatima"], i["zeist"], i["geen"]]
    page = fetch_requests(db, RequestQuery(), 2, 2)
    assert [r.id for r in page] == [i["zeist"], i["fatima"]]
    assert fetch_requests(db, RequestQuery(), 10, 5) == []


def test_both_query_plans_give_the_same_rows(db: Database, listed: dict[str, int]) -> None:
    # ``total`` steers the plan on SQLite: few matches -> through the filter's index,
    # many -> along the sort index. The rows must be the same either way.
    queries = [
        RequestQuery(),
        RequestQuery(text="jan"),
        RequestQuery(statuses=frozenset({S.NIEUW}), interests=frozenset({Interest.VOLTIJD})),
        today_view(),
    ]
    for q in queries:
        for sort in (
            RequestSort(),
            RequestSort(SortColumn.NAME, False),
            RequestSort(SortColumn.FOLLOW_UP, False),
        ):
            few = [r.id for r in fetch_requests(db, q, sort=sort, total=1)]
            many = [r.id for r in fetch_requests(db, q, sort=sort, total=10**9)]
            assert few == many, (q, sort)


def test_rows_carry_what_the_page_shows_and_highlights(
    db: Database, listed: dict[str, int]
) -> None:
    rows = {r.id: r for r in fetch_requests(db, RequestQuery())}
    fatima = rows[listed["fatima"]]
    assert (fatima.name, fatima.wijk, fatima.provider) == (
        "Fatima Amrani",
        "Leidsche Rijn",
        Provider.KOOS,
    )
    assert fatima.follow_up == FollowUpState.TE_LAAT
    assert fatima.follow_up_text.startswith("13 werkdagen te laat")
    oost = rows[listed["oost"]]
    assert (oost.follow_up, oost.follow_up_text) == (FollowUpState.LATER, "opvolgen op 01-06-2026")
    assert rows[listed["anne"]].follow_up == FollowUpState.GEEN


# --------------------------------------------------------------------------- rights


def test_every_write_checks_the_actors_role_before_touching_the_database(db: Database) -> None:
    stand = Actor(user_id=None, username="stand", role=Role.EVENEMENT)
    with pytest.raises(PermissionDenied):
        create_request(db, _jan(), actor=stand)
    captured = capture_request(db, _jan(), actor=stand)
    assert _audit(db, captured.id) == [(AuditAction.CREATE, "bron: website")]
    with pytest.raises(PermissionDenied):
        change_status(db, captured.id, captured.version, S.GEBELD, actor=stand)
    with pytest.raises(PermissionDenied):
        load_request(db, captured.id, viewer=stand)
    with pytest.raises(PermissionDenied):
        save_response_norm(db, ResponseNorm(nieuw=3), actor=WERVER)
    with pytest.raises(TypeError):
        create_request(db, _jan(), actor="werver1")  # type: ignore[arg-type]
    assert load_request(db, captured.id).status == S.NIEUW
