"""Demo information requests: who asked, through which channel, how far they got in the
funnel, and who registered for which event.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from utregs_plekkie.core.enums import (
    EventKind,
    Interest,
    RequestStatus,
    Source,
)
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.demo.names import (
    CONSENT_VERSION,
    DROPOUT_REASONS_REQUEST,
    STREETS,
    search_key,
)
from utregs_plekkie.storage.demo.people import DemoBase
from utregs_plekkie.storage.demo.rows import table_of


class RequestsPart(DemoBase):
    def _requests(self, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        n = self.size.requests
        table = table_of(m.InfoRequest)
        ids = self.ids.take(table, n)
        popups = [e for e in events if e["kind"] == EventKind.POPUP and e["starts_at"] < self.now]
        infoavonden = [
            e
            for e in events
            if e["kind"] == EventKind.INFORMATIEAVOND and e["starts_at"] < self.now
        ]
        sources = (
            [Source.WEBSITE] * 50
            + [Source.POPUP] * 12
            + [Source.PODCAST] * 6
            + [Source.SOCIAL] * 14
            + [Source.BEKENDEN] * 10
            + [Source.INFOAVOND] * 4
            + [Source.ANDERS] * 4
        )
        interests_pool = (
            [Interest.VOLTIJD] * 20
            + [Interest.DEELTIJD] * 25
            + [Interest.STEUNOUDER] * 30
            + [Interest.CRISIS] * 6
            + [Interest.NETWERK] * 5
            + [Interest.WEET_NIET] * 14
        )
        requests: list[dict[str, Any]] = []
        interest_rows: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        rng = self.rng
        for rid in ids:
            first, prefix, last = self._name()
            place = self._place()
            received = self._when(3 * 365)
            source = rng.choice(sources)
            event_id = None
            if source == Source.POPUP and popups:
                event = rng.choice(popups)
                event_id = event["id"]
                received = event["starts_at"] + timedelta(minutes=rng.randrange(600))
            age_days = (self.now - received).days
            status, steps = self._request_path(age_days)
            has_email = rng.random() < 0.93
            has_phone = rng.random() < 0.7 or not has_email
            at = received
            previous: RequestStatus | None = None
            for step in steps:
                if previous is not None:
                    at = min(
                        at + timedelta(days=rng.randrange(1, 30), hours=rng.randrange(8)), self.now
                    )
                reason = (
                    rng.choice(DROPOUT_REASONS_REQUEST) if step == RequestStatus.AFGEHAAKT else None
                )
                history.append(
                    {
                        "request_id": rid,
                        "from_status": previous,
                        "to_status": step,
                        "at": at,
                        "reason": reason,
                        "note": "",
                        "next_contact_on": (at.date() + timedelta(days=rng.randrange(30, 240)))
                        if step == RequestStatus.NIET_NU
                        else None,
                    }
                )
                previous = step
            follow_up: date | None = None
            if status == RequestStatus.NIEUW:
                follow_up = received.date() + timedelta(days=1)
            elif status in (
                RequestStatus.PAKKET_VERSTUURD,
                RequestStatus.GEBELD,
                RequestStatus.INFORMATIEAVOND,
            ):
                follow_up = self.today + timedelta(days=rng.randrange(-10, 21))
            elif status == RequestStatus.NIET_NU:
                follow_up = history[-1]["next_contact_on"]
            for interest in {rng.choice(interests_pool) for _n in range(rng.choice((1, 1, 2, 3)))}:
                interest_rows.append({"request_id": rid, "interest": interest})
            pack_sent = None
            if status not in (RequestStatus.NIEUW,):
                pack_sent = min(received + timedelta(days=rng.randrange(1, 6)), self.now)
            requests.append(
                {
                    "id": rid,
                    "version": 1,
                    "created_at": received,
                    "updated_at": at,
                    "first_name": first,
                    "name_prefix": prefix,
                    "last_name": last,
                    "name_key": search_key(" ".join(p for p in (first, prefix, last) if p)),
                    "email": self._email(first, last, rid) if has_email else None,
                    "phone": self._phone() if has_phone else None,
                    "street": rng.choice(STREETS),
                    "house_number": rng.randrange(1, 250),
                    "house_number_suffix": rng.choice(("", "", "", "", "", "A", "B", "bis")),
                    "postcode": self._postcode(place.pc4),
                    "city": place.plaats,
                    "pc4": place.pc4,
                    "wijk_code": place.wijk_code,
                    "provider": place.provider,
                    "provider_set_by_hand": False,
                    "source": source,
                    "source_detail": "",
                    "event_id": event_id,
                    "received_at": received,
                    "consent_contact": True,
                    "consent_store": rng.random() < 0.96,
                    "consent_at": received,
                    "consent_text_version": CONSENT_VERSION,
                    "consent_withdrawn_at": None,
                    "status": status,
                    "status_since": at,
                    "follow_up_on": follow_up,
                    "dropout_reason": history[-1]["reason"],
                    "pack_sent_at": pack_sent,
                    "household_id": None,
                    "merged_into_id": None,
                    "anonymised_at": None,
                    "notes": "",
                    "_infoavond": rng.choice(infoavonden)["id"]
                    if infoavonden
                    and status in (RequestStatus.INFORMATIEAVOND, RequestStatus.AANGEMELD)
                    else None,
                    "_interests": None,
                }
            )
        self._write(
            table, [{k: v for k, v in r.items() if not k.startswith("_")} for r in requests]
        )
        self._write(table_of(m.RequestInterest), interest_rows)
        hist_ids = self.ids.take(table_of(m.RequestStatusChange), len(history))
        for row, hid in zip(history, hist_ids, strict=True):
            row["id"] = hid
        self._write(table_of(m.RequestStatusChange), history)
        registrations = [
            {
                "event_id": r["_infoavond"],
                "request_id": r["id"],
                "household_id": None,
                "registered_at": r["received_at"],
                "invited_at": r["received_at"],
                "attended": True,
            }
            for r in requests
            if r["_infoavond"] is not None
        ]
        self._write_registrations(registrations)
        return requests

    def _write_registrations(self, rows: list[dict[str, Any]]) -> None:
        table = table_of(m.EventRegistration)
        for row, rid in zip(rows, self.ids.take(table, len(rows)), strict=True):
            row.update(id=rid, version=1, created_at=self.now, updated_at=self.now)
        self._write(table, rows)

    def _request_path(self, age_days: int) -> tuple[RequestStatus, list[RequestStatus]]:
        """A plausible status path for a request of this age (older ones got further)."""
        rng = self.rng
        path = [RequestStatus.NIEUW]
        if age_days < 2 and rng.random() < 0.8:
            return RequestStatus.NIEUW, path
        if rng.random() < 0.04:
            return RequestStatus.NIEUW, path
        path.append(RequestStatus.PAKKET_VERSTUURD)
        if age_days < 14 or rng.random() < 0.30:
            return path[-1], path
        if rng.random() < 0.12:
            path.append(RequestStatus.AFGEHAAKT)
            return path[-1], path
        path.append(RequestStatus.GEBELD)
        if rng.random() < 0.18:
            path.append(rng.choice((RequestStatus.AFGEHAAKT, RequestStatus.NIET_NU)))
            return path[-1], path
        if age_days < 30 or rng.random() < 0.35:
            return path[-1], path
        path.append(RequestStatus.INFORMATIEAVOND)
        if rng.random() < 0.45:
            if rng.random() < 0.5:
                path.append(RequestStatus.AFGEHAAKT)
            return path[-1], path
        path.append(RequestStatus.AANGEMELD)
        return path[-1], path
