"""The detail panel beside the Aanvragen list: one request to view and edit (panel), its
status steps and merges (actions), its consent and history boxes (sections), and what it
shows, read in one go (reading)."""

from utregs_plekkie.gui.requests.detail.panel import RequestDetailPanel
from utregs_plekkie.gui.requests.detail.reading import RequestDetail, read_detail

__all__ = ["RequestDetail", "RequestDetailPanel", "read_detail"]
