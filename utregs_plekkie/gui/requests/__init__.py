"""The Aanvragen page's parts: the list model over ``storage.requests``, the search and
filter bar, the detail panel, the dialogs (new request, status change, duplicates),
the import and export, and the window's menu entries for them. The kiosk lives in
``gui.kiosk``; the page itself in ``gui.pages.requests``.
"""
