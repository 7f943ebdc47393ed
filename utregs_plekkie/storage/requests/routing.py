"""Where a request goes: postcode -> PC4 -> wijk -> provider, and wijk names."""

from __future__ import annotations

from dataclasses import dataclass

from utregs_plekkie.core.enums import Provider, label
from utregs_plekkie.core.geo import WIJKEN, GeoIndex
from utregs_plekkie.core.i18n import _

#: Code for "outside the city (or postcode unknown)" in the wijk filter.
WIJK_OUTSIDE = "buiten"


@dataclass(frozen=True)
class Routing:
    """Where a postcode lies and which provider it goes to."""

    pc4: str | None = None
    wijk_code: str | None = None
    wijk: str | None = None
    provider: Provider | None = None
    place: str = ""
    known: bool = False  # the postcode is in the table
    in_city: bool = False

    @property
    def outside_city(self) -> bool:
        """Marked in the list: the provider is then chosen by hand."""
        return not self.in_city

    def describe(self) -> str:
        if self.pc4 is None:
            return _("Geen postcode: kies de aanbieder met de hand.")
        if self.in_city and self.wijk and self.provider:
            return _("Wijk {wijk}, aanbieder {provider}.").format(
                wijk=self.wijk, provider=label(self.provider)
            )
        if self.known:
            return _("Buiten de stad Utrecht ({place}): kies de aanbieder met de hand.").format(
                place=self.place or self.pc4
            )
        return _("Postcode {pc4} is onbekend: kies de aanbieder met de hand.").format(pc4=self.pc4)


def route_postcode(postcode: str | None, geo: GeoIndex | None = None) -> Routing:
    """Postcode -> PC4 -> wijk -> provider (KOOS or Spoor030) for the city of Utrecht."""
    if not postcode:
        return Routing()
    place = (geo or GeoIndex.default()).lookup(postcode)
    pc4 = postcode[:4]
    if place is None:
        return Routing(pc4=pc4)
    return Routing(
        pc4=place.pc4,
        wijk_code=place.wijk_code,
        wijk=place.wijk,
        provider=place.provider if place.in_city else None,
        place=place.plaats or place.gemeente,
        known=True,
        in_city=place.in_city and place.provider is not None,
    )


_WIJK_NAMES = {code: name for code, name, _provider in WIJKEN}


def wijk_name(code: str | None) -> str:
    """The wijk's name for its CBS code (``"WK034405"`` -> ``"Oost"``); ``""`` for none."""
    if not code:
        return ""
    return _WIJK_NAMES.get(code, code)
