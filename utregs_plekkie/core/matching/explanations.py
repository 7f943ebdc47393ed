"""The one-line Dutch explanation of each soft-fit component, for one candidate."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date

from utregs_plekkie.core.geo import describe_distance
from utregs_plekkie.core.i18n import _
from utregs_plekkie.core.matching.inputs import (
    CandidateOffer,
    _join,
    _need_label,
    _wijk_name,
    language_name,
)
from utregs_plekkie.core.matching.pool import CandidatePool, _Child, _norm_set
from utregs_plekkie.core.matching.weights import COMPONENTS
from utregs_plekkie.core.validation import search_key


def _explain(
    pool: CandidatePool,
    c: _Child,
    row: int,
    values: Mapping[str, float],
    home_km: float,
    school_km: float,
    club_km: float,
    day: date,
) -> tuple[str, ...]:
    """One Dutch line per component that applies, for one row."""
    offer = pool.offers[row]
    lines: list[str] = []
    for name in COMPONENTS:
        if name not in values:
            continue
        if name == "afstand_school":
            lines.append(describe_distance(_km(school_km), _("school")))
        elif name == "afstand_thuis":
            lines.append(describe_distance(_km(home_km), _("huis")))
        elif name == "afstand_club":
            lines.append(describe_distance(_km(club_km), _("de club")))
        elif name == "zelfde_wijk":
            if offer.wijk_code and offer.wijk_code == _child_wijk(c):
                lines.append(
                    _("woont in dezelfde wijk ({wijk})").format(wijk=_wijk_name(offer.wijk_code))
                )
            elif offer.wijk_code:
                lines.append(
                    _("woont in een andere wijk ({wijk})").format(wijk=_wijk_name(offer.wijk_code))
                )
            else:
                lines.append(_("woont buiten de stad Utrecht"))
        elif name == "taal_cultuur":
            lines.append(_explain_language(c, offer))
        elif name == "ervaring":
            lines.append(_explain_experience(c, offer))
        elif name == "samenstelling":
            lines.append(_explain_composition(c, offer))
        elif name == "wachttijd":
            lines.append(_explain_waiting(offer, day))
    return tuple(lines)


def _km(value: float) -> float | None:
    return None if math.isnan(value) else value


def _child_wijk(c: _Child) -> str | None:
    if c.need.wijk_code:
        return c.need.wijk_code
    return c.home.wijk_code if c.home is not None else None


def _explain_language(c: _Child, offer: CandidateOffer) -> str:
    pieces: list[str] = []
    if c.languages:
        spoken = _norm_set(offer.languages)
        have = [language_name(x) for x in c.languages if x in spoken]
        lack = [language_name(x) for x in c.languages if x not in spoken]
        if have and not lack:
            pieces.append(_("spreekt {talen}").format(talen=_join(have)))
        elif have:
            pieces.append(
                _("spreekt {talen}, geen {andere}").format(talen=_join(have), andere=_join(lack))
            )
        else:
            pieces.append(_("spreekt geen {talen}").format(talen=_join(lack)))
    if c.culture:
        own = search_key(offer.culture)
        if own and (c.culture in own or own in c.culture):
            pieces.append(_("cultuur/geloof sluit aan ({cultuur})").format(cultuur=offer.culture))
        elif own:
            pieces.append(
                _("cultuur/geloof anders ({cultuur}; gewenst: {wens})").format(
                    cultuur=offer.culture, wens=c.need.culture_wish
                )
            )
        else:
            pieces.append(
                _("cultuur/geloof van het gezin niet bekend (gewenst: {wens})").format(
                    wens=c.need.culture_wish
                )
            )
    return "; ".join(pieces)


def _explain_experience(c: _Child, offer: CandidateOffer) -> str:
    experience = _norm_set(offer.experience)
    have = [_need_label(x) for x in sorted(c.needs) if x in experience]
    lack = [_need_label(x) for x in sorted(c.needs) if x not in experience]
    if have and not lack:
        return _("ervaring met {behoeften}").format(behoeften=_join(have))
    if have:
        return _("ervaring met {behoeften}, nog niet met {andere}").format(
            behoeften=_join(have), andere=_join(lack)
        )
    return _("nog geen ervaring met {behoeften}").format(behoeften=_join(lack))


def _explain_composition(c: _Child, offer: CandidateOffer) -> str:
    years = offer.own_children_birth_years
    if not years:
        return _("geen eigen kinderen thuis")
    gap = min(abs(y - c.year) for y in years)
    if gap == 0:
        return _("een eigen kind is even oud (geboren in {jaar})").format(jaar=c.year)
    if gap == 1:
        return _("een eigen kind scheelt maar 1 jaar met het kind")
    return _("eigen kinderen schelen minstens {n} jaar met het kind").format(n=gap)


def _explain_waiting(offer: CandidateOffer, day: date) -> str:
    if offer.waiting_since is None:
        return _("niet bekend sinds wanneer het gezin op een plaatsing wacht")
    days = (day - offer.waiting_since).days
    if days < 31:
        return _("wacht sinds kort op een plaatsing")
    months = days // 30
    if months < 24:
        return _("wacht al {n} maanden op een plaatsing").format(n=months)
    return _("wacht al {n} jaar op een plaatsing").format(n=days // 365)
