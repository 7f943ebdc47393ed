"""The Matching page on a real SQLite database with a small hand-made world: ranking
families for a child, explaining why a family is not on the list, proposing, declining
with a reason (an empty one is refused), accepting, placing and ending a placement, the
waiting children for a family, the placement plan and the weights."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import (
    AuditAction,
    CareForm,
    ChildStatus,
    HouseholdRoute,
    PipelineStage,
    PlacementStatus,
    ProposalStatus,
    Role,
    ScreeningKind,
    WeekendPattern,
)
from utregs_plekkie.core.matching import COMPONENTS, Limit, MatchWeights
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.core.schedule import Schedule
from utregs_plekkie.gui import i18n, workers
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.main_window import MainWindow
from utregs_plekkie.gui.matching.proposals import DeclineDialog, EndPlacementDialog, PlaceDialog
from utregs_plekkie.gui.pages.matching import TAB_CHILD, TAB_FAMILY, MatchingPage
from utregs_plekkie.gui.settings import UiState
from utregs_plekkie.storage import matching as sm
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.capacity import offer_usage
from utregs_plekkie.storage.database import Database, open_database

WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def _dutch_quiet_and_fixed_clock(qapp: QApplication) -> Iterator[None]:
    handlers = list(logging.getLogger().handlers)
    i18n.uninstall_translators(qapp)
    clock.set_clock(lambda: datetime(2026, 3, 2, 10, 0, tzinfo=clock.LOCAL_TZ))
    yield
    workers.wait_for_background()
    QApplication.processEvents()
    clock.set_clock(None)
    i18n.uninstall_translators(qapp)
    for handler in logging.getLogger().handlers:
        if handler not in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()


@dataclass
class World:
    db: Database
    near: int
    second: int
    expired: int
    smoker: int
    near_offer: int


def _family(
    s: object,
    name: str,
    pc4: str,
    wijk: str,
    *,
    issued: date = date(2025, 6, 1),
    smoking: bool = False,
    capacity: int = 1,
) -> m.Household:
    household = m.Household(
        name=name,
        route=HouseholdRoute.PLEEGOUDER,
        pc4=pc4,
        postcode=f"{pc4} AB",
        wijk_code=wijk,
        stage=PipelineStage.BESCHIKBAAR,
        languages=["nl"],
        smoking=smoking,
        available_since=date(2025, 9, 1),
    )
    adult = m.Adult(first_name="Sam", last_name=name.split()[-1])
    adult.checks = [m.ScreeningCheck(kind=ScreeningKind.VGB, requested_on=issued, issued_on=issued)]
    household.adults = [adult]
    household.offers = [
        m.AvailabilityOffer(
            care_form=CareForm.VOLTIJD_LANG,
            schedule=Schedule.full(),
            weekend_pattern=WeekendPattern.ELK,
            holidays=True,
            capacity=capacity,
            age_min=0,
            age_max=18,
        )
    ]
    s.add(household)  # type: ignore[attr-defined]
    return household


def _child(code: str, home: str, school: str, **extra: object) -> m.Child:
    values: dict[str, object] = {
        "code": code,
        "birth_month": date(2017, 5, 1),
        "home_pc4": home,
        "school_pc4": school,
        "care_form": CareForm.VOLTIJD_LANG,
        "schedule_needed": Schedule.full(),
        "languages": ["nl"],
        "smoke_free": True,
        "status": ChildStatus.WACHT,
        "waiting_since": date(2026, 1, 5),
    }
    values.update(extra)
    return m.Child(**values)


@pytest.fixture
def world(tmp_path: Path, migrated_sqlite: Callable[[Path], str]) -> Iterator[World]:
    db = open_database(migrated_sqlite(tmp_path / "matching.sqlite"))
    with db.transaction() as s:
        near = _family(s, "Familie Dichtbij", "3512", "WK034406")
        second = _family(s, "Familie Tweede", "3581", "WK034405", capacity=2)
        expired = _family(s, "Familie Verlopen", "3511", "WK034406", issued=date(2023, 1, 1))
        smoker = _family(s, "Familie Rookhuis", "3513", "WK034406", smoking=True)
        s.add(_child("K26-0001", "3512", "3513"))
        s.add(_child("K26-0002", "3581", "3582", smoke_free=False))
        s.flush()
        ids = (near.id, second.id, expired.id, smoker.id, near.offers[0].id)
    yield World(db, *ids)
    workers.wait_for_background()
    db.dispose()


def open_window(qtbot, db: Database, actor: Actor | None = None) -> MainWindow:
    window = MainWindow(AppContext(db, actor or Actor.admin("tests"), UiState.for_app()))
    qtbot.addWidget(window)
    window.show()
    return window


def wait_idle(qtbot, page: MatchingPage) -> None:
    qtbot.waitUntil(lambda: not page.is_loading() and workers.pending_count() == 0, timeout=WAIT_MS)


def ranked_page(qtbot, world: World, code: str = "K26-0001") -> MatchingPage:
    window = open_window(qtbot, world.db)
    window.show_page("matching")
    page = window.current_page()
    assert isinstance(page, MatchingPage)
    wait_idle(qtbot, page)
    page.show_child(code)
    wait_idle(qtbot, page)
    return page


def closed(dialog: QWidget) -> bool:
    """Whether a dialog that deletes itself on closing is gone or hidden."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def proposal_rows(db: Database) -> list[m.MatchProposal]:
    with db.session() as s:
        rows = list(s.scalars(select(m.MatchProposal).order_by(m.MatchProposal.id)))
        for row in rows:
            s.expunge(row)
        return rows


def child_status(db: Database, code: str) -> ChildStatus:
    with db.session() as s:
        status = s.scalar(select(m.Child.status).where(m.Child.code == code))
        assert status is not None
        return ChildStatus(status)


def propose_first(qtbot, page: MatchingPage, note: str = "") -> None:
    view = page.child_view
    view.tabs.setCurrentIndex(0)
    dialog = view.propose_current()
    assert dialog is not None and dialog.isVisible()
    dialog.note.setText(note)
    dialog.submit()
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT_MS)
    wait_idle(qtbot, page)


# --------------------------------------------------------------------------- ranking


def test_the_families_for_a_child_are_ranked_and_explained(qtbot, world: World) -> None:
    page = ranked_page(qtbot, world)
    view = page.child_view
    assert page.tabs.currentIndex() == TAB_CHILD
    model = view.candidate_model
    assert model.rowCount() == 2
    names = [model.data(model.index(r, 1)) for r in range(2)]
    assert names == ["Familie Dichtbij", "Familie Tweede"]
    first = model.candidate(0)
    assert first is not None and first.household_id == world.near
    assert model.data(model.index(0, 2)) == f"{first.score:.2f}".replace(".", ",")
    assert model.data(model.index(0, 3)).endswith(" km")  # distance to school
    assert model.data(model.index(0, 5)) == "1"  # free places
    assert view.tabs.tabText(0) == "Passende gezinnen (2)"
    assert view.tabs.tabText(1) == "Niet op de lijst (2)"
    # The chosen family's score, built from its components, with the Dutch explanation.
    assert view.candidate_heading.text() == f"1. Familie Dichtbij (gezin {world.near})"
    components = view.component_model
    shown = [components.cells(r)[0] for r in range(components.rowCount())]
    assert shown[0] == "afstand tot school" and shown[-1] == "score"
    assert components.cells(components.rowCount() - 1)[3] == f"{first.score:.2f}".replace(".", ",")
    assert "km van school" in view.explanation.text()
    assert "minuten fietsen" in view.explanation.text()
    assert "K26-0001 · 8 jaar · voltijd: langdurend" in view.summary.text()
    # Looking at a child's matches is a view of the child: logged once.
    with world.db.session() as s:
        views = s.scalars(
            select(m.AuditEntry.detail).where(m.AuditEntry.action == AuditAction.VIEW)
        ).all()
    assert list(views) == ["matching bekeken"]


def test_an_unknown_code_is_said_in_dutch(qtbot, world: World) -> None:
    page = ranked_page(qtbot, world, "K26-9999")
    view = page.child_view
    assert view.bar.text() == "Er is geen kind met code 'K26-9999'. Controleer de code."
    assert view.code_edit.text() == "K26-9999"  # kept, to correct it
    assert view.candidate_model.rowCount() == 0 and not view.tabs.isEnabled()
    view.code_edit.clear()
    qtbot.keyClicks(view.code_edit, "K26-0001")
    qtbot.keyClick(view.code_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, page)
    assert view.candidate_model.rowCount() == 2 and view.tabs.isEnabled()
    assert view.bar.text() == ""


def test_why_a_family_is_not_on_the_list(qtbot, world: World) -> None:
    page = ranked_page(qtbot, world)
    view = page.child_view
    view.tabs.setCurrentIndex(1)
    assert view.excluded_model.rowCount() == 2
    qtbot.keyClicks(view.excluded_search, "verlopen")
    view.apply_excluded_filter()
    model = view.excluded_model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 1)) == "Familie Verlopen"
    assert model.data(model.index(0, 2)) == "3511 Binnenstad"  # where the family lives
    assert "de VGB is verlopen" in model.data(model.index(0, 3))
    assert view.excluded_heading.text() == f"Familie Verlopen (gezin {world.expired})"
    assert view.excluded_reasons.text().startswith("Valt af voor dit kind:\n• Sam Verlopen")
    # A family that is on the list says where.
    view.excluded_search.setText(str(world.near))
    view.apply_excluded_filter()
    assert "staat op de lijst als nummer 1" in model.data(model.index(0, 3))
    assert view.excluded_reasons.text().startswith("Past wel")
    # Only the families that fall away for smoking.
    view.excluded_search.clear()
    index = view.reason_filter.findData(int(Limit.SMOKING))
    assert index > 0 and view.reason_filter.itemText(index) == "er wordt gerookt (1)"
    view.reason_filter.setCurrentIndex(index)
    view.reason_filter.activated.emit(index)
    wait_idle(qtbot, page)
    assert model.rowCount() == 1 and model.data(model.index(0, 1)) == "Familie Rookhuis"
    assert "rookvrij" in model.data(model.index(0, 3))
    view.excluded_search.setText("niemand")
    view.apply_excluded_filter()
    assert model.rowCount() == 0
    assert view.excluded_heading.text() == "Geen gezin gevonden met 'niemand'"


# --------------------------------------------------------------------------- proposals


def test_propose_then_decline_with_a_reason(qtbot, world: World) -> None:
    page = ranked_page(qtbot, world)
    view = page.child_view
    propose_first(qtbot, page, note="past goed bij school")
    [proposal] = proposal_rows(world.db)
    assert (proposal.household_id, proposal.status) == (world.near, ProposalStatus.VOORGESTELD)
    assert proposal.components and proposal.explanation  # frozen at this moment
    assert child_status(world.db, "K26-0001") == ChildStatus.VOORGESTELD
    assert view.tabs.currentIndex() == 3 and view.tabs.tabText(3) == "Voorstellen (1)"
    assert "is voorgesteld aan Familie Dichtbij" in view.bar.text()
    panel = view.proposal_panel
    qtbot.waitUntil(lambda: panel.view is not None, timeout=WAIT_MS)
    assert panel.heading.text() == "Kind K26-0001 bij Familie Dichtbij"
    assert "past goed bij school" in panel.history.text()
    assert not view.propose_button.isEnabled()  # one open proposal at a time
    # The all-proposals list follows.
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=WAIT_MS)

    dialog = panel.open_decline()
    assert isinstance(dialog, DeclineDialog)
    dialog.submit()  # no reason
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        "Geef een reden op waarom het voorstel wordt afgewezen; die wordt bewaard."
    )
    dialog.reason.setPlainText("   ")
    dialog.submit()
    assert dialog.isVisible() and proposal_rows(world.db)[0].status == ProposalStatus.VOORGESTELD
    qtbot.keyClicks(dialog.reason, "Gezin wil liever een jonger kind")
    assert not dialog.error.isVisible()
    dialog.submit()
    qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT_MS)
    wait_idle(qtbot, page)
    [proposal] = proposal_rows(world.db)
    assert proposal.status == ProposalStatus.AFGEWEZEN
    assert proposal.decline_reason == "Gezin wil liever een jonger kind"
    assert child_status(world.db, "K26-0001") == ChildStatus.WACHT
    # Ranked again: the declined family is no longer a candidate, and says why.
    assert view.candidate_model.rowCount() == 1
    assert view.candidate_model.data(view.candidate_model.index(0, 1)) == "Familie Tweede"
    fit = view.match.ranking.why(world.near) if view.match else None
    assert fit is not None and any("Gezin wil liever een jonger kind" in r for r in fit.reasons)
    qtbot.waitUntil(
        lambda: panel.view is not None and panel.view.status == ProposalStatus.AFGEWEZEN
    )
    assert "Reden van afwijzen: Gezin wil liever een jonger kind" in panel.facts.text()


def test_accept_place_and_end_a_placement(qtbot, world: World) -> None:
    page = ranked_page(qtbot, world)
    view = page.child_view
    free_before = _free_places(world)
    assert free_before == 1
    propose_first(qtbot, page)
    panel = view.proposal_panel
    qtbot.waitUntil(lambda: panel.meeting_button.isVisible(), timeout=WAIT_MS)
    panel.meeting_button.click()
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: panel.accept_button.isVisible(), timeout=WAIT_MS)
    assert proposal_rows(world.db)[0].status == ProposalStatus.KENNISMAKING
    panel.accept_button.click()
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: panel.place_button.isVisible(), timeout=WAIT_MS)
    assert proposal_rows(world.db)[0].status == ProposalStatus.GEACCEPTEERD

    dialog = panel.open_place()
    assert isinstance(dialog, PlaceDialog) and not dialog.part_time
    dialog.starts_on.setText("31-02-2026")  # not a date: said next to the field, kept
    dialog.submit()
    assert dialog.start_error.isVisible() and "is geen datum" in dialog.start_error.text()
    assert dialog.starts_on.text() == "31-02-2026"
    dialog.starts_on.setText("01-03-2026")
    dialog.submit()
    qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT_MS)
    wait_idle(qtbot, page)
    assert child_status(world.db, "K26-0001") == ChildStatus.GEPLAATST
    assert proposal_rows(world.db)[0].status == ProposalStatus.GEPLAATST
    assert _free_places(world) == free_before - 1 == 0
    with world.db.session() as s:
        placement = s.scalar(select(m.Placement))
        assert placement is not None
        assert (placement.offer_id, placement.starts_on) == (world.near_offer, date(2026, 3, 1))
    qtbot.waitUntil(lambda: panel.end_button.isVisible(), timeout=WAIT_MS)
    assert "Geplaatst vanaf 01-03-2026" in panel.facts.text()
    # The family's place is taken now: the other child cannot go there.
    page.show_child("K26-0002")
    wait_idle(qtbot, page)
    fit = view.match.ranking.why(world.near) if view.match else None
    assert fit is not None and any("vrije plek" in r for r in fit.reasons)

    page.show_child("K26-0001")
    wait_idle(qtbot, page)
    view.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: panel.end_button.isVisible(), timeout=WAIT_MS)
    ending = panel.open_end()
    assert isinstance(ending, EndPlacementDialog)
    ending.submit()
    assert ending.reason_error.isVisible() and ending.isVisible()
    ending.ends_on.setText("28-02-2026")
    ending.reason.setPlainText("Terug naar huis")
    ending.submit()  # before the start: refused next to the date
    qtbot.waitUntil(lambda: ending.date_error.isVisible(), timeout=WAIT_MS)
    assert "vóór de startdatum" in ending.date_error.text()
    ending.ends_on.setText("01-03-2026")
    ending.reason.setPlainText("Terug naar huis")
    ending.submit()
    qtbot.waitUntil(lambda: closed(ending), timeout=WAIT_MS)
    wait_idle(qtbot, page)
    assert proposal_rows(world.db)[0].status == ProposalStatus.BEEINDIGD
    assert child_status(world.db, "K26-0001") == ChildStatus.GESLOTEN
    with world.db.session() as s:
        placement = s.scalar(select(m.Placement))
        assert placement is not None and placement.status == PlacementStatus.BEEINDIGD
    assert _free_places(world) == 1


def _free_places(world: World) -> int:
    with world.db.session() as s:
        return offer_usage(s, [world.near_offer])[world.near_offer].free_places


def test_a_refused_step_says_why_and_offers_to_reload(qtbot, world: World) -> None:
    page = ranked_page(qtbot, world)
    propose_first(qtbot, page)
    panel = page.child_view.proposal_panel
    qtbot.waitUntil(lambda: panel.view is not None, timeout=WAIT_MS)
    info = panel.view.info if panel.view else None
    assert info is not None
    sm.start_kennismaking(world.db, info.id, info.version, actor=Actor.system())  # someone else
    panel.meeting_button.click()
    wait_idle(qtbot, page)
    assert "intussen door iemand anders gewijzigd" in panel.bar.text()
    assert panel.bar.action_captions() == ["Vernieuwen"]
    panel.bar.trigger("Vernieuwen")
    qtbot.waitUntil(
        lambda: panel.view is not None and panel.view.status == ProposalStatus.KENNISMAKING,
        timeout=WAIT_MS,
    )
    assert panel.accept_button.isVisible()


# --------------------------------------------------------------------------- family, plan


def test_the_waiting_children_a_family_could_help(qtbot, world: World) -> None:
    window = open_window(qtbot, world.db)
    window.show_page("matching")
    page = window.current_page()
    assert isinstance(page, MatchingPage)
    page.show_household(world.second)
    wait_idle(qtbot, page)
    family = page.family_view
    assert page.tabs.currentIndex() == TAB_FAMILY
    assert family.fit_model.rowCount() == 2
    assert {family.fit_model.cells(r)[0] for r in range(2)} == {"K26-0001", "K26-0002"}
    assert family.household_edit.text() == f"Familie Tweede · {world.second}"
    assert "Aanbod voltijd: langdurend: 2 vrije plek(ken)" in family.offers_label.text()
    assert "Kind K26-" in family.fit_heading.text()
    page.show_household(world.expired)
    wait_idle(qtbot, page)
    assert family.fit_model.rowCount() == 0
    assert "nu past geen wachtend kind" in family.summary.text()
    assert "de VGB is verlopen" in family.offers_label.text()
    # Typing part of a name finds the family.
    family.household_edit.setText("tweede")
    family.find_button.click()
    wait_idle(qtbot, page)
    assert family.household_id == world.second and family.fit_model.rowCount() == 2


def test_the_plan_suggests_and_proposes_only_what_is_confirmed(qtbot, world: World) -> None:
    window = open_window(qtbot, world.db)
    window.show_page("matching")
    page = window.current_page()
    assert isinstance(page, MatchingPage)
    wait_idle(qtbot, page)
    dialog = page.open_plan()
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.plan_view is not None, timeout=WAIT_MS)
    suggestions = dialog.suggestions
    assert suggestions.rowCount() == 2
    rows = {suggestions.cells(r)[0]: suggestions.cells(r)[1] for r in range(2)}
    assert rows == {"K26-0001": "Familie Dichtbij", "K26-0002": "Familie Tweede"}
    assert "2 kinderen krijgen een gezin, 0 (nog) niet" in dialog.summary.text()
    assert not proposal_rows(world.db)  # nothing is proposed by computing
    assert not dialog.confirm_button.isEnabled()
    row = next(r for r in range(2) if suggestions.cells(r)[0] == "K26-0002")
    dialog.tick(row)
    assert dialog.confirm_button.text() == "Aangevinkte voorstellen doen (1)"
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)
    [proposal] = proposal_rows(world.db)
    assert proposal.household_id == world.second and proposal.status == ProposalStatus.VOORGESTELD
    assert suggestions.cells(row)[4] == "voorgesteld"
    assert "1 voorstel(len) gedaan." in dialog.bar.text()
    # A proposed suggestion cannot be ticked again.
    dialog.tick(row)
    assert not suggestions.is_checked(row) and not dialog.confirm_button.isEnabled()
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=WAIT_MS)
    with world.db.session() as s:
        details = s.scalars(
            select(m.AuditEntry.detail).where(m.AuditEntry.action == AuditAction.VIEW)
        ).all()
    assert "plaatsingsplan bekeken" in details
    dialog.reject()


def test_the_plan_can_be_stopped(qtbot, world: World) -> None:
    window = open_window(qtbot, world.db)
    window.show_page("matching")
    page = window.current_page()
    assert isinstance(page, MatchingPage)
    dialog = page.open_plan()
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT_MS)
    assert dialog.plan_view is None
    assert dialog.bar.text() == "Het plan is afgebroken; er is niets voorgesteld."
    assert dialog.again_button.isEnabled()
    assert not proposal_rows(world.db)
    dialog.reject()


# --------------------------------------------------------------------------- weights


def test_a_beheerder_edits_the_weights_version_checked(qtbot, world: World) -> None:
    page = ranked_page(qtbot, world)
    assert page.weights_button.isVisible()
    dialog = page.open_weights()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=WAIT_MS)
    assert [dialog.boxes[name].value() for name in COMPONENTS[:2]] == [30, 20]
    assert dialog.shares["afstand_school"].text() == "30%"
    dialog.boxes["afstand_school"].setValue(60)
    assert dialog.sliders["afstand_school"].value() == 60
    assert dialog.shares["afstand_school"].text() == "46%"
    dialog.submit()
    qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT_MS)
    weights, version = sm.load_weights(world.db)
    assert weights.afstand_school == 0.6 and version == 1
    assert "De gewichten zijn opgeslagen" in page.page_bar.text()
    # A second editor that loaded before a colleague saved is refused.
    first = page.open_weights()
    assert first is not None
    qtbot.waitUntil(lambda: first.save_button.isEnabled(), timeout=WAIT_MS)
    sm.save_weights(world.db, MatchWeights(), 1, actor=Actor.system())
    first.submit()
    qtbot.waitUntil(lambda: first.bar.text() != "", timeout=WAIT_MS)
    assert "intussen door iemand anders gewijzigd" in first.bar.text()
    assert first.isVisible()
    first.reject()
    with world.db.session() as s:
        assert s.scalar(select(func.count()).select_from(m.Setting)) >= 1


def test_a_matcher_does_not_see_the_weights(qtbot, world: World) -> None:
    matcher = Actor(user_id=None, username="m.jansen", role=Role.MATCHER)
    window = open_window(qtbot, world.db, matcher)
    window.show_page("matching")
    page = window.current_page()
    assert isinstance(page, MatchingPage)
    wait_idle(qtbot, page)
    assert not page.weights_button.isVisible()
    assert page.open_weights() is None
    assert "Alleen een beheerder" in page.page_bar.text()
    # What a matcher does is written in their name.
    page.show_child("K26-0001")
    wait_idle(qtbot, page)
    propose_first(qtbot, page)
    with world.db.session() as s:
        names = s.scalars(
            select(m.AuditEntry.username).where(m.AuditEntry.entity == "match_proposals")
        ).all()
    assert list(names) == ["m.jansen"]
