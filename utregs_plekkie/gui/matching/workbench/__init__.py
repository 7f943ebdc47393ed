"""What a matcher works with on the Matching page: the families for one child (ranked,
excluded with reasons, shortlist, proposals) and the children one family could help."""

from utregs_plekkie.gui.matching.workbench.child_view import ChildMatchView
from utregs_plekkie.gui.matching.workbench.family_view import FamilyMatchView
from utregs_plekkie.gui.matching.workbench.tables import fit_columns, make_table, select_row
from utregs_plekkie.gui.matching.workbench.tabs import ChildMatch

__all__ = [
    "ChildMatch",
    "ChildMatchView",
    "FamilyMatchView",
    "fit_columns",
    "make_table",
    "select_row",
]
