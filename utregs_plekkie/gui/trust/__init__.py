"""Trust in the window: logging in, roles, the idle lock, and the Beheer menu (users,
kiosk PIN, idle lock, audit trail, retention, access and erasure requests, backups).

The rules live in ``core.permissions`` and the work in ``storage.users``, ``audit``,
``privacy`` and ``backups``; this package only shows them. ``session.AppSession`` ties
it together and is what ``gui.app.run_gui`` starts.
"""
