"""The parts of the Kinderen and Matching pages.

Kinderen (``gui/pages/children.py``): the list's query source and filters
(:mod:`.children_list`), the form to record or correct a child (:mod:`.child_form`) and
the detail panel (:mod:`.child_detail`).

Matching (``gui/pages/matching.py``): the ranked families for one child with the
excluded ones and why (:mod:`.workbench`), the waiting children one family could help,
the proposal steps with their dialogs (:mod:`.proposals`), the placement plan
(:mod:`.plan_dialog`) and the weights (:mod:`.weights`). Shared helpers and table
models are in :mod:`.common` and :mod:`.models`.

Everything here calls ``storage.children`` and ``storage.matching`` off the GUI
thread; nothing builds SQL.
"""
