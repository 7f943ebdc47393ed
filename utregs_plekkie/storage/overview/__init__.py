"""Every figure of the Overzicht page from the database, in a handful of SQL queries:
the shared SQL helpers, one module per group of statements, and the computation.
"""

from utregs_plekkie.storage.overview.compute import compute_overview, record_output
from utregs_plekkie.storage.overview.sql import COHORT_INDEX, HISTORY_INDEX, Progress

__all__ = [
    "COHORT_INDEX",
    "HISTORY_INDEX",
    "Progress",
    "compute_overview",
    "record_output",
]
