"""Aanvragen → "Toestemming intrekken": a lead withdrew consent, in one action.

``storage.privacy.withdraw_consent`` stops contact and follow-up and notes it in the
audit trail; the data goes at the next retention run or on erasure.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.core.permissions import Permission
from utregs_plekkie.gui.errors import report_failure
from utregs_plekkie.gui.pages.base import ListPage
from utregs_plekkie.gui.trust import common
from utregs_plekkie.gui.trust.permissions import permitted
from utregs_plekkie.gui.workers import run_in_background
from utregs_plekkie.storage import privacy


def add_withdraw_consent_action(page: ListPage) -> QAction:
    """Add the context action to the page's list (object name ``actionWithdrawConsent``)."""
    action = QAction(QCoreApplication.translate("trust", "Toestemming intrekken…"), page)
    action.setObjectName("actionWithdrawConsent")
    action.setStatusTip(
        QCoreApplication.translate(
            "trust", "De belangstellende wil geen contact meer: toestemming intrekken (AVG)"
        )
    )
    action.triggered.connect(lambda _checked=False: withdraw_consent_for_current(page))
    page.table.addAction(action)
    page.addAction(action)
    return action


def withdraw_consent_for_current(page: ListPage) -> bool:
    """Ask, then withdraw the consent of the request under the cursor, in the name of the
    page's user (its context). Returns whether the withdrawal was started."""
    t = QCoreApplication.translate
    actor = page.ctx.actor
    request_id = page.current_id()
    if request_id is None:
        page.status_message.emit(t("trust", "Kies eerst een aanvraag in de lijst."))
        return False
    if not permitted(page, actor, Permission.EDIT_REQUESTS):
        return False
    if not common.ask(
        page,
        t("trust", "Toestemming intrekken"),
        t("trust", "De toestemming van aanvraag {id} intrekken?").format(id=request_id),
        t(
            "trust",
            "Er wordt dan geen contact meer opgenomen en de opvolgdatum vervalt. De gegevens "
            "worden bij de volgende bewaartermijn-ronde geanonimiseerd, of meteen gewist met "
            "Beheer → Vergeetverzoek.",
        ),
        yes=t("trust", "Toestemming intrekken"),
    ):
        return False
    db = page.db

    def done(_result: object) -> None:
        page.status_message.emit(
            t("trust", "De toestemming van aanvraag {id} is ingetrokken.").format(id=request_id)
        )
        page.refresh()

    def failed(error: BaseException) -> None:
        if isinstance(error, UserError):
            common.inform(page, t("trust", "Toestemming intrekken"), error.message, error=True)
        else:
            report_failure(error, page)

    run_in_background(
        lambda: privacy.withdraw_consent(db, request_id, actor=actor),
        owner=page,
        on_success=done,
        on_failure=failed,
    )
    return True
