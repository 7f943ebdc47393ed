"""Word lists the demo data draws from: Dutch names, Utrecht streets, reasons to stop,
languages and cultures, the consent text and the pipeline routes families follow.
"""

from __future__ import annotations

from functools import lru_cache

from utregs_plekkie.core.enums import (
    PipelineStage,
)
from utregs_plekkie.core.validation import search_key as _search_key


@lru_cache(maxsize=4096)
def _fold(part: str) -> str:
    return _search_key(part)


def search_key(text: str) -> str:
    """search_key() part by part, cached: demo names repeat a lot."""
    return " ".join(f for f in (_fold(p) for p in text.split(" ")) if f)


FIRST_NAMES = """
    Anna Emma Sophie Julia Tess Sara Noor Fenna Lotte Eva Liv Mila Nina Fleur Iris Lisa
    Sanne Femke Marieke Inge Anouk Maaike Esther Ilse Karin Mirjam Ingrid Petra Linda
    Yasmina Fatima Nadia Samira Aïcha Zeynep Elif Ayşe Priya Chloë Noëlle Daniëlle Noah
    Sem Liam Lucas Daan Finn Levi Luuk Milan Jesse Bram Thijs Ruben Tim Sven Joris
    Pieter Jeroen Bas Martijn Erik Mark Rob Hans Wouter Maarten Jan Kees Gerrit Henk
    Mohammed Youssef Ahmed Omar Mehmet Emre Mustafa Rachid Anand Raj Kofi René Rogier
    Gijs Stijn Joëlle Zoë Ruud Frits Co Wim Ton Dirk Ids IJsbrand Ijsbrand
""".split()
PREFIXES = ("", "", "", "", "", "", "van", "de", "van der", "van den", "van de", "ter", "el")
LAST_NAMES = """
    Jansen Vries Bakker Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer
    Dijkstra Vermeulen Kok Jacobs Willems Hoekstra Koster Prins Huisman Post Kuipers
    Veenstra Kramer Schouten Vink Verhoeven Wouters Timmermans Groen Boer Smits Berg
    Heuvel Wijk Linden Meer Leeuwen Broek Beek Velde Dam Bosch Laan Ven Hoek Yılmaz Kaya
    Demir Şahin Çelik Öztürk Amrani Idrissi Bouzid Haddou Tahiri Benali Ramdin Soekhoe
    Sewnarain Pinas Kromodimedjo Mensah Asante Nguyen Tran Kowalski Müller Schäfer
    Brontë IJzerman Ruël Citroën
""".split()
STREETS = (
    "Oudegracht",
    "Nieuwegracht",
    "Biltstraat",
    "Amsterdamsestraatweg",
    "Kanaalstraat",
    "Vleutenseweg",
    "Croeselaan",
    "Rijnlaan",
    "Hooft Graaflandstraat",
    "Burgemeester Reigerstraat",
    "Merelstraat",
    "Adelaarstraat",
    "Marnixlaan",
    "Prins Hendriklaan",
    "Weerdsingel",
    "Lauwerecht",
    "Zamenhofdreef",
    "Gagelboslaan",
    "Columbuslaan",
    "Europalaan",
    "Rubenslaan",
    "Verlengde Hoogravenseweg",
    "Kardinaal de Jongweg",
    "Vleuterweide",
    "Parkzichtlaan",
    "Terwijdelaan",
    "Leidsche Rijn Centrumplein",
    "Dorpsstraat",
    "Meerndijk",
    "Mereveldseweg",
    "Maartensdijkseweg",
    "Steenweg",
    "Twijnstraat",
    "Lange Nieuwstraat",
    "Jutfaseweg",
    "Smaragdplein",
    "Händelstraat",
    "Cremerstraat",
    "Kruisstraat",
    "Gruttersdijk",
    "Kroonstraat",
    "Wittevrouwenkade",
)
DROPOUT_REASONS_REQUEST = (
    "geen_tijd",
    "persoonlijke_omstandigheden",
    "andere_organisatie",
    "geen_reactie",
    "verwachtingen",
    "woonruimte",
)
DROPOUT_REASONS_HOUSEHOLD = (
    "geen_tijd",
    "persoonlijke_omstandigheden",
    "niet_geschikt",
    "vgb_geweigerd",
    "verhuisd",
    "gezinsuitbreiding",
    "zwaarder_dan_verwacht",
)
LANGUAGES = ("nl", "nl", "nl", "nl", "en", "ar", "tr", "ber", "pap", "srn", "pl", "ti", "so")
CULTURES = (
    "",
    "",
    "",
    "",
    "christelijk",
    "islamitisch",
    "humanistisch",
    "hindoestaans",
    "joods",
    "Marokkaans-Nederlands",
    "Turks-Nederlands",
    "Surinaams-Nederlands",
)
CONSENT_VERSION = "2024-1"
CONSENT_TEXT = (
    "Ik geef KOOS Utrecht en Spoor030 toestemming om contact met mij op te nemen over "
    "pleegzorg en steunouderschap en om mijn gegevens daarvoor te bewaren. Mijn gegevens "
    "worden niet gedeeld met anderen. Ik kan deze toestemming altijd intrekken."
)

# The order in which a household moves through the pipeline (foster route).
FOSTER_ROUTE = (
    PipelineStage.INFORMATIEBIJEENKOMST,
    PipelineStage.KENNISMAKING,
    PipelineStage.AANMELDING,
    PipelineStage.SCREENING,
    PipelineStage.TRAINING,
    PipelineStage.GEZINSONDERZOEK,
    PipelineStage.GESCHIKTHEID,
    PipelineStage.OVEREENKOMST,
    PipelineStage.BESCHIKBAAR,
)
SUPPORT_ROUTE = (
    PipelineStage.INFORMATIEBIJEENKOMST,
    PipelineStage.KENNISMAKING,
    PipelineStage.AANMELDING,
    PipelineStage.SCREENING,
    PipelineStage.TRAINING,
    PipelineStage.OVEREENKOMST,
    PipelineStage.BESCHIKBAAR,
)
