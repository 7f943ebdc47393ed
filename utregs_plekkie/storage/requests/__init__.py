"""Information requests in the database: input and validation, routing, saving, the status
flow and norm, consent, duplicates and merging, history, list queries and export rows."""

from utregs_plekkie.storage.requests.conditions import RequestQuery, today_view
from utregs_plekkie.storage.requests.consent import (
    add_consent_text,
    current_consent_text,
    record_consent,
)
from utregs_plekkie.storage.requests.duplicates import (
    DuplicateCandidate,
    DuplicateFinder,
    find_duplicates,
)
from utregs_plekkie.storage.requests.export import RequestExportRow, iter_export_rows
from utregs_plekkie.storage.requests.fields import check_field
from utregs_plekkie.storage.requests.history import HistoryEntry, load_request, request_history
from utregs_plekkie.storage.requests.merge import MergeResult, merge_requests, merge_values_into
from utregs_plekkie.storage.requests.norm import (
    NORM_SETTING_KEY,
    load_response_norm,
    save_response_norm,
)
from utregs_plekkie.storage.requests.query import (
    DEFAULT_SORT,
    TODAY_SORT,
    RequestRow,
    RequestSort,
    SortColumn,
    count_requests,
    fetch_requests,
)
from utregs_plekkie.storage.requests.references import RequestReferences
from utregs_plekkie.storage.requests.routing import WIJK_OUTSIDE, Routing, route_postcode, wijk_name
from utregs_plekkie.storage.requests.save import (
    capture_request,
    create_request,
    insert_request_batch,
    update_request,
)
from utregs_plekkie.storage.requests.status import change_status
from utregs_plekkie.storage.requests.validate import validate_request_input
from utregs_plekkie.storage.requests.values import InvalidRequestError, RequestInput, RequestValues

__all__ = [
    "DEFAULT_SORT",
    "NORM_SETTING_KEY",
    "TODAY_SORT",
    "WIJK_OUTSIDE",
    "DuplicateCandidate",
    "DuplicateFinder",
    "HistoryEntry",
    "InvalidRequestError",
    "MergeResult",
    "RequestExportRow",
    "RequestInput",
    "RequestQuery",
    "RequestReferences",
    "RequestRow",
    "RequestSort",
    "RequestValues",
    "Routing",
    "SortColumn",
    "add_consent_text",
    "capture_request",
    "change_status",
    "check_field",
    "count_requests",
    "create_request",
    "current_consent_text",
    "fetch_requests",
    "find_duplicates",
    "insert_request_batch",
    "iter_export_rows",
    "load_request",
    "load_response_norm",
    "merge_requests",
    "merge_values_into",
    "record_consent",
    "request_history",
    "route_postcode",
    "save_response_norm",
    "today_view",
    "update_request",
    "validate_request_input",
    "wijk_name",
]
