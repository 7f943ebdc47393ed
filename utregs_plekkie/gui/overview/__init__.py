"""The widgets of the Overzicht page, which ``gui/pages/overview.py`` arranges: filters,
the computation off the GUI thread, figure tables, charts, the city map, tabs, exports.

- :mod:`.filters`: the period (presets and two dates), provider and wijk to look at;
- :mod:`.compute`: the figures computed off the GUI thread, outdated results dropped;
- :mod:`.tables`: a :class:`~utregs_plekkie.core.overview.FigureTable` in a table view;
- :mod:`.charts`: QtCharts charts, each with its figures one click away;
- :mod:`.citymap`: the offline map of the city coloured by shortage;
- :mod:`.sections`: the page's tabs (Trechter, Kanalen, Vraag en aanbod, Opvolging,
  In de tijd);
- :mod:`.export`: the report as PDF and the figures as XLSX/CSV, written in the
  background.

Every figure shown comes from :func:`utregs_plekkie.core.overview.overview_tables`, the
same tables the report and the exports use, so children's figures below 5 read "<5"
here as they do on paper.
"""
