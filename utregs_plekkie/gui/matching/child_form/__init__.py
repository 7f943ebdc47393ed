"""The form to record a child, or to correct one (version-checked): the dialog and the
input widgets it is made of."""

from utregs_plekkie.gui.matching.child_form.dialog import ChildDialog
from utregs_plekkie.gui.matching.child_form.fields import BirthMonthPicker, MultiSelect

__all__ = ["BirthMonthPicker", "ChildDialog", "MultiSelect"]
