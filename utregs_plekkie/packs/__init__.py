"""Printed matter as PDFs (ReportLab, no Qt): information and intake packs, address labels,
attendance lists, the overview report and the access report; and what the packs need.

The modules are imported one by one (``packs.data``, ``packs.batch``, ...), so a caller
that only checks pack data does not load ReportLab.
"""
