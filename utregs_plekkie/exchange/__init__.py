"""Lists in and out: the one reader for CSV/XLSX/ODS, the imports of requests, families
and children with a report per row, and safe CSV/XLSX exports."""
