"""The Gezinnen page's parts: the list's query source, the filter bar, the detail
panel with its form and dialogs, the board, the availability editor with its weekly
grid, and the "vandaag" list. The page itself (``gui/pages/households.py``) arranges
them; everything here talks to ``storage.households`` off the GUI thread.
"""
