"""Information evenings, training sessions and pop-up events in the database: events,
invitations and registrations, attendance that moves people on, and the lists read from them."""

from __future__ import annotations

from utregs_plekkie.storage.events.attendance import (
    AttendanceOutcome,
    MoveSuggestion,
    TrainingProgress,
    record_attendance,
    training_progress,
)
from utregs_plekkie.storage.events.invitations import (
    InvitationRow,
    invitation_rows,
    write_invitations_csv,
)
from utregs_plekkie.storage.events.queries import (
    EventDetail,
    RegistrationRow,
    event_detail,
)
from utregs_plekkie.storage.events.registrations import (
    InviteResult,
    cancel_registration,
    invite,
    register,
)
from utregs_plekkie.storage.events.save import (
    EventData,
    create_event,
    event_data,
    remove_event,
    update_event,
)

__all__ = [
    "AttendanceOutcome",
    "EventData",
    "EventDetail",
    "InvitationRow",
    "InviteResult",
    "MoveSuggestion",
    "RegistrationRow",
    "TrainingProgress",
    "cancel_registration",
    "create_event",
    "event_data",
    "event_detail",
    "invitation_rows",
    "invite",
    "record_attendance",
    "register",
    "remove_event",
    "training_progress",
    "update_event",
    "write_invitations_csv",
]
