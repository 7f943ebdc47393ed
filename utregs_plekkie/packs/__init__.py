"""Printed matter as PDFs (ReportLab, no Qt): information and intake packs, address labels,
attendance lists, the overview report and the access report; and what the packs need.
"""
