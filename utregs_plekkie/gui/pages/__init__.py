"""The pages of the main window, in the order of the navigation (Ctrl+1 … Ctrl+6)."""

from __future__ import annotations

from utregs_plekkie.gui.pages.base import ListPage, Page
from utregs_plekkie.gui.pages.children import ChildrenPage
from utregs_plekkie.gui.pages.events import EventsPage
from utregs_plekkie.gui.pages.households import HouseholdsPage
from utregs_plekkie.gui.pages.matching import MatchingPage
from utregs_plekkie.gui.pages.overview import OverviewPage
from utregs_plekkie.gui.pages.requests import RequestsPage

PAGE_CLASSES: tuple[type[Page], ...] = (
    RequestsPage,
    HouseholdsPage,
    ChildrenPage,
    MatchingPage,
    EventsPage,
    OverviewPage,
)

__all__ = [
    "PAGE_CLASSES",
    "ChildrenPage",
    "EventsPage",
    "HouseholdsPage",
    "ListPage",
    "MatchingPage",
    "OverviewPage",
    "Page",
    "RequestsPage",
]
