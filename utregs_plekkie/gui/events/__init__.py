"""The Evenementen page's parts: the detail panel of an event (who is invited, who
registered, who came, with attendance to tick), the dialog to create or edit an event,
and the dialog to invite requests or families. The page itself is
``gui/pages/events.py``.
"""
