"""Trust on the command line: backups, users, the audit trail and the AVG; the commands
are grouped in modules by subject, their arguments in ``parser``.

utregs-plekkie backup [--to DIR]               a verified copy now
utregs-plekkie backups [--dir DIR]             the copies there are
utregs-plekkie restore BACKUP [--yes]          put a copy back (the current one is kept)
utregs-plekkie users add|list|passwd|disable|enable|role
utregs-plekkie audit [--since DATE] [--until DATE] [--who NAME] [--export FILE]
utregs-plekkie retention [--apply]             dry run unless --apply
utregs-plekkie person export|erase --request ID | --household ID
utregs-plekkie consent withdraw --request ID

Every one of them needs --user NAME or --admin (commands/_identity.py), except
``users add`` for the very first beheerder.
"""

from __future__ import annotations

from utregs_plekkie.commands.trust.parser import register

__all__ = ["register"]
