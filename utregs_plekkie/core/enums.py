"""The domain's fixed vocabularies.

Values are stable ASCII identifiers stored in the database; labels are the Dutch
words a user sees (translated through ``core.i18n``). Adding a member needs no
schema migration: the columns store plain strings.
"""

from __future__ import annotations

from enum import StrEnum

from utregs_plekkie.core.i18n import _


class Provider(StrEnum):
    KOOS = "koos"
    SPOOR030 = "spoor030"


class Interest(StrEnum):
    """What a lead says they are interested in (several may apply)."""

    VOLTIJD = "voltijd"
    DEELTIJD = "deeltijd"
    CRISIS = "crisis"
    STEUNOUDER = "steunouder"
    NETWERK = "netwerkpleegzorg"
    WEET_NIET = "weet_nog_niet"


class Source(StrEnum):
    """The channel through which a request came in."""

    WEBSITE = "website"
    POPUP = "popup"
    PODCAST = "podcast"
    SOCIAL = "social_media"
    BEKENDEN = "via_bekenden"
    INFOAVOND = "informatieavond"
    ANDERS = "anders"


class RequestStatus(StrEnum):
    NIEUW = "nieuw"
    PAKKET_VERSTUURD = "pakket_verstuurd"
    GEBELD = "gebeld"
    INFORMATIEAVOND = "informatieavond"
    AANGEMELD = "aangemeld"
    AFGEHAAKT = "afgehaakt"
    NIET_NU = "niet_nu"


class CareForm(StrEnum):
    """A kind of care a family offers and a child needs."""

    VOLTIJD_CRISIS = "voltijd_crisis"
    VOLTIJD_KORT = "voltijd_kort"
    VOLTIJD_LANG = "voltijd_lang"
    DEELTIJD_WEEKEND = "deeltijd_weekend"
    DEELTIJD_VAKANTIE = "deeltijd_vakantie"
    DEELTIJD_DAGDELEN = "deeltijd_dagdelen"
    STEUNOUDER = "steunouder"

    @property
    def family(self) -> CareFamily:
        if self.value.startswith("voltijd"):
            return CareFamily.VOLTIJD
        if self.value.startswith("deeltijd"):
            return CareFamily.DEELTIJD
        return CareFamily.STEUNOUDER


class CareFamily(StrEnum):
    """The three ways to help that the campaign names."""

    VOLTIJD = "voltijd"
    DEELTIJD = "deeltijd"
    STEUNOUDER = "steunouder"


class WeekendPattern(StrEnum):
    GEEN = "geen"
    ELK = "elk"
    OM_DE_WEEK = "om_de_week"
    EENS_PER_MAAND = "eens_per_maand"


class HouseholdRoute(StrEnum):
    """Foster parents follow the full route; support parents a shorter one."""

    PLEEGOUDER = "pleegouder"
    STEUNOUDER = "steunouder"


class PipelineStage(StrEnum):
    INFORMATIEBIJEENKOMST = "informatiebijeenkomst"
    KENNISMAKING = "kennismakingsgesprek"
    AANMELDING = "aanmelding"
    SCREENING = "vgb_vog"
    TRAINING = "voorbereidingstraining"
    GEZINSONDERZOEK = "gezinsonderzoek"
    GESCHIKTHEID = "geschiktheid"
    OVEREENKOMST = "samenwerkingsovereenkomst"
    BESCHIKBAAR = "beschikbaar"
    GEPAUZEERD = "gepauzeerd"
    GESTOPT = "gestopt"


class ScreeningKind(StrEnum):
    VGB = "vgb"
    VOG = "vog"


class ChildStatus(StrEnum):
    WACHT = "wacht"
    VOORGESTELD = "voorgesteld"
    GEPLAATST = "geplaatst"
    GESLOTEN = "gesloten"


class Gender(StrEnum):
    JONGEN = "jongen"
    MEISJE = "meisje"
    ANDERS = "anders"
    ONBEKEND = "onbekend"


class Urgency(StrEnum):
    NORMAAL = "normaal"
    HOOG = "hoog"
    CRISIS = "crisis"


class ProposalStatus(StrEnum):
    VOORGESTELD = "voorgesteld"
    KENNISMAKING = "kennismaking"
    GEACCEPTEERD = "geaccepteerd"
    AFGEWEZEN = "afgewezen"
    GEPLAATST = "geplaatst"
    BEEINDIGD = "beeindigd"


class PlacementStatus(StrEnum):
    ACTIEF = "actief"
    BEEINDIGD = "beeindigd"


class EventKind(StrEnum):
    INFORMATIEAVOND = "informatieavond"
    TRAINING = "training"
    POPUP = "popup"


class Role(StrEnum):
    BEHEERDER = "beheerder"
    WERVER = "werver"
    MATCHER = "matcher"
    EVENEMENT = "evenement"


class AuditAction(StrEnum):
    VIEW = "bekeken"
    CREATE = "aangemaakt"
    UPDATE = "gewijzigd"
    DELETE = "verwijderd"
    MERGE = "samengevoegd"
    EXPORT = "geexporteerd"
    PRINT = "afgedrukt"
    IMPORT = "geimporteerd"
    LOGIN = "aangemeld"
    ANONYMISE = "geanonimiseerd"


class Need(StrEnum):
    """Needs of a child that a family may or may not be able to handle."""

    GEDRAGSPROBLEMEN = "gedragsproblemen"
    LVB = "lvb"
    TRAUMA = "trauma"
    MEDISCHE_ZORG = "medische_zorg"
    ADHD_AUTISME = "adhd_autisme"
    HECHTING = "hechting"
    BABY = "baby"


class Pet(StrEnum):
    HOND = "hond"
    KAT = "kat"
    KONIJN = "konijn"
    VOGEL = "vogel"
    PAARD = "paard"
    ANDERS = "ander_huisdier"


class DayPart(StrEnum):
    OCHTEND = "ochtend"
    MIDDAG = "middag"
    AVOND = "avond"
    NACHT = "nacht"


def label(value: StrEnum) -> str:
    """The Dutch (or translated) word a user sees for an enum member."""
    # Keyed by type too: StrEnum members of different enums with the same value
    # compare (and hash) equal, e.g. CareForm.STEUNOUDER and Interest.STEUNOUDER.
    return _LABELS.get((type(value), value.value), value.value)


_LABELS: dict[tuple[type, str], str] = {}


def _register_labels() -> None:
    pairs: list[tuple[StrEnum, str]] = [
        (Provider.KOOS, _("KOOS Utrecht")),
        (Provider.SPOOR030, _("Spoor030")),
        (Interest.VOLTIJD, _("voltijd")),
        (Interest.DEELTIJD, _("deeltijd (weekend/vakantie)")),
        (Interest.CRISIS, _("crisis")),
        (Interest.STEUNOUDER, _("steunouder (een paar uur)")),
        (Interest.NETWERK, _("netwerkpleegzorg")),
        (Interest.WEET_NIET, _("weet nog niet")),
        (Source.WEBSITE, _("website")),
        (Source.POPUP, _("pop-up evenement")),
        (Source.PODCAST, _("podcast")),
        (Source.SOCIAL, _("social media")),
        (Source.BEKENDEN, _("via bekenden")),
        (Source.INFOAVOND, _("informatieavond")),
        (Source.ANDERS, _("anders")),
        (RequestStatus.NIEUW, _("nieuw")),
        (RequestStatus.PAKKET_VERSTUURD, _("pakket verstuurd")),
        (RequestStatus.GEBELD, _("gebeld")),
        (RequestStatus.INFORMATIEAVOND, _("informatieavond")),
        (RequestStatus.AANGEMELD, _("aangemeld")),
        (RequestStatus.AFGEHAAKT, _("afgehaakt")),
        (RequestStatus.NIET_NU, _("niet nu")),
        (CareForm.VOLTIJD_CRISIS, _("voltijd: crisis")),
        (CareForm.VOLTIJD_KORT, _("voltijd: kortdurend")),
        (CareForm.VOLTIJD_LANG, _("voltijd: langdurend")),
        (CareForm.DEELTIJD_WEEKEND, _("deeltijd: weekenden")),
        (CareForm.DEELTIJD_VAKANTIE, _("deeltijd: vakanties")),
        (CareForm.DEELTIJD_DAGDELEN, _("deeltijd: dagdelen")),
        (CareForm.STEUNOUDER, _("steunouder: een paar uur")),
        (CareFamily.VOLTIJD, _("voltijd")),
        (CareFamily.DEELTIJD, _("deeltijd")),
        (CareFamily.STEUNOUDER, _("steunouder")),
        (WeekendPattern.GEEN, _("geen weekenden")),
        (WeekendPattern.ELK, _("elk weekend")),
        (WeekendPattern.OM_DE_WEEK, _("om het weekend")),
        (WeekendPattern.EENS_PER_MAAND, _("eens per maand")),
        (HouseholdRoute.PLEEGOUDER, _("pleegouder")),
        (HouseholdRoute.STEUNOUDER, _("steunouder")),
        (PipelineStage.INFORMATIEBIJEENKOMST, _("informatiebijeenkomst")),
        (PipelineStage.KENNISMAKING, _("kennismakingsgesprek")),
        (PipelineStage.AANMELDING, _("aanmelding")),
        (PipelineStage.SCREENING, _("VGB/VOG")),
        (PipelineStage.TRAINING, _("voorbereidingstraining")),
        (PipelineStage.GEZINSONDERZOEK, _("gezinsonderzoek")),
        (PipelineStage.GESCHIKTHEID, _("geschiktheid")),
        (PipelineStage.OVEREENKOMST, _("samenwerkingsovereenkomst")),
        (PipelineStage.BESCHIKBAAR, _("beschikbaar")),
        (PipelineStage.GEPAUZEERD, _("gepauzeerd")),
        (PipelineStage.GESTOPT, _("gestopt")),
        (ScreeningKind.VGB, _("VGB")),
        (ScreeningKind.VOG, _("VOG")),
        (ChildStatus.WACHT, _("wacht")),
        (ChildStatus.VOORGESTELD, _("voorgesteld")),
        (ChildStatus.GEPLAATST, _("geplaatst")),
        (ChildStatus.GESLOTEN, _("gesloten")),
        (Gender.JONGEN, _("jongen")),
        (Gender.MEISJE, _("meisje")),
        (Gender.ANDERS, _("anders")),
        (Gender.ONBEKEND, _("onbekend")),
        (Urgency.NORMAAL, _("normaal")),
        (Urgency.HOOG, _("hoog")),
        (Urgency.CRISIS, _("crisis")),
        (ProposalStatus.VOORGESTELD, _("voorgesteld")),
        (ProposalStatus.KENNISMAKING, _("kennismaking")),
        (ProposalStatus.GEACCEPTEERD, _("geaccepteerd")),
        (ProposalStatus.AFGEWEZEN, _("afgewezen")),
        (ProposalStatus.GEPLAATST, _("geplaatst")),
        (ProposalStatus.BEEINDIGD, _("beëindigd")),
        (PlacementStatus.ACTIEF, _("actief")),
        (PlacementStatus.BEEINDIGD, _("beëindigd")),
        (EventKind.INFORMATIEAVOND, _("informatieavond")),
        (EventKind.TRAINING, _("training")),
        (EventKind.POPUP, _("pop-up evenement")),
        (Role.BEHEERDER, _("beheerder")),
        (Role.WERVER, _("werver")),
        (Role.MATCHER, _("matcher")),
        (Role.EVENEMENT, _("evenement")),
        (AuditAction.VIEW, _("bekeken")),
        (AuditAction.CREATE, _("aangemaakt")),
        (AuditAction.UPDATE, _("gewijzigd")),
        (AuditAction.DELETE, _("verwijderd")),
        (AuditAction.MERGE, _("samengevoegd")),
        (AuditAction.EXPORT, _("geëxporteerd")),
        (AuditAction.PRINT, _("afgedrukt")),
        (AuditAction.IMPORT, _("geïmporteerd")),
        (AuditAction.LOGIN, _("aangemeld")),
        (AuditAction.ANONYMISE, _("geanonimiseerd")),
        (Need.GEDRAGSPROBLEMEN, _("gedragsproblemen")),
        (Need.LVB, _("licht verstandelijke beperking")),
        (Need.TRAUMA, _("trauma")),
        (Need.MEDISCHE_ZORG, _("medische zorg")),
        (Need.ADHD_AUTISME, _("ADHD/autisme")),
        (Need.HECHTING, _("hechtingsproblemen")),
        (Need.BABY, _("baby (0-1 jaar)")),
        (Pet.HOND, _("hond")),
        (Pet.KAT, _("kat")),
        (Pet.KONIJN, _("konijn")),
        (Pet.VOGEL, _("vogel")),
        (Pet.PAARD, _("paard")),
        (Pet.ANDERS, _("ander huisdier")),
        (DayPart.OCHTEND, _("ochtend")),
        (DayPart.MIDDAG, _("middag")),
        (DayPart.AVOND, _("avond")),
        (DayPart.NACHT, _("nacht")),
    ]
    _LABELS.clear()
    _LABELS.update(((type(member), member.value), text) for member, text in pairs)


def refresh_labels() -> None:
    """Re-read the labels after the translator changed (language switch)."""
    _register_labels()


_register_labels()
