"""The pack texts and senders in force, and saving the staff's changes to them.

The shipped defaults (``packs.content``) with the staff's changes from the
``settings`` table laid over them. A save is checked first (no lone accolades, a
website that starts with https://, a logo that exists) and refused when someone else
saved in the meantime.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from utregs_plekkie.core.errors import ValidationError
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.core.validation import normalise_email, normalise_phone, normalise_postcode
from utregs_plekkie.packs.content import (
    SETTINGS_KEY_ORGANISATIONS,
    SETTINGS_KEY_TEXTS,
    Organisation,
    PackSettings,
    merge_pack_settings,
    organisation_overrides,
    text_overrides,
)
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.packs_data import read_settings, save_settings

__all__ = ["load_pack_settings", "save_pack_settings"]


def load_pack_settings(db: Database) -> PackSettings:
    """The texts and senders in force: shipped defaults with the staff's changes."""
    rows = read_settings(db, [SETTINGS_KEY_TEXTS, SETTINGS_KEY_ORGANISATIONS])
    texts = rows.get(SETTINGS_KEY_TEXTS)
    organisations = rows.get(SETTINGS_KEY_ORGANISATIONS)
    return merge_pack_settings(
        texts.value if texts is not None and isinstance(texts.value, dict) else None,
        organisations.value
        if organisations is not None and isinstance(organisations.value, dict)
        else None,
        texts_version=texts.version if texts is not None else None,
        organisations_version=organisations.version if organisations is not None else None,
    )


def _check_texts(texts: Mapping[str, str]) -> None:
    for key, value in texts.items():
        if not isinstance(value, str):
            raise ValidationError(
                _("De tekst '{key}' is geen tekst. Vul gewone tekst in.").format(key=key),
                field=key,
            )
        try:
            list(string.Formatter().parse(value))
        except ValueError:
            raise ValidationError(
                _(
                    "In de tekst '{key}' staat een losse accolade ({{ of }}). Gebruik accolades "
                    "alleen rond een veld, zoals {{voornaam}}."
                ).format(key=key),
                field=key,
            ) from None


def _check_organisation(org: Organisation) -> None:
    where = org.name or org.key

    def field(name: str) -> str:
        return f"{org.key}.{name}"

    if org.website and not org.website.startswith(("https://", "http://")):
        raise ValidationError(
            _(
                "Het webadres van {org} moet beginnen met https:// (bijvoorbeeld "
                "https://www.koosutrecht.nl/pleegzorg)."
            ).format(org=where),
            field=field("website"),
        )
    try:
        if org.email:
            normalise_email(org.email)
        if org.phone:
            normalise_phone(org.phone)
        if org.postcode:
            normalise_postcode(org.postcode)
    except ValidationError as exc:
        raise ValidationError(
            _("{org}: {problem}").format(org=where, problem=exc.message),
            field=field(exc.field or "organisatie"),
        ) from None
    if org.logo and not Path(org.logo).is_file():
        raise ValidationError(
            _(
                "Het logo van {org} ({path}) is niet gevonden. Kies een PNG- of JPG-bestand "
                "dat bestaat, of laat het veld leeg."
            ).format(org=where, path=org.logo),
            field=field("logo"),
        )


def save_pack_settings(
    db: Database,
    based_on: PackSettings,
    *,
    actor: Actor,
    texts: Mapping[str, str] | None = None,
    organisations: Mapping[str, Organisation] | None = None,
) -> PackSettings:
    """Store changed texts and/or senders, if nobody changed them since ``based_on``.

    Only what is given is saved. Texts are stored as far as they differ from the
    shipped ones; senders are stored complete (they are example values until staff
    saved them once). Returns the settings as they now are.
    """
    work: list[tuple[str, Any, int | None]] = []
    if texts is not None:
        _check_texts(texts)
        work.append((SETTINGS_KEY_TEXTS, text_overrides(texts), based_on.texts_version))
    if organisations is not None:
        for org in organisations.values():
            _check_organisation(org)
        work.append(
            (
                SETTINGS_KEY_ORGANISATIONS,
                organisation_overrides(organisations),
                based_on.organisations_version,
            )
        )
    save_settings(db, work, actor=actor, kind=_("instelling van de pakketten"))
    return load_pack_settings(db)
