"""The overview as a PDF report: styles, figure tables, charts, the city map, the pages,
and writing the file.
"""

from utregs_plekkie.packs.overview_report.style import ReportProgress
from utregs_plekkie.packs.overview_report.write import report_file_name, write_overview_report

__all__ = [
    "ReportProgress",
    "report_file_name",
    "write_overview_report",
]
