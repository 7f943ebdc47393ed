"""Information packs, labels, intake packs and their settings in the window.

A real SQLite demo database, the real packs (ReportLab), the real preview (QtPdf),
a real print through QPrinter into a PDF file; the PDFs are read back with pypdf.
Only the modal system dialogs (print dialog, file dialog) are bypassed.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTreeWidget,
    QWidget,
)
from sqlalchemy import func, select

from utregs_plekkie.core import clock
from utregs_plekkie.core.enums import AuditAction, RequestStatus
from utregs_plekkie.core.permissions import Actor
from utregs_plekkie.gui import i18n, workers
from utregs_plekkie.gui.context import AppContext
from utregs_plekkie.gui.main_window import MainWindow
from utregs_plekkie.gui.packs import (
    IntakePackDialog,
    LabelsDialog,
    PacksDialog,
    PackSettingsDialog,
    open_intake_pack,
)
from utregs_plekkie.gui.pages.households import HouseholdsPage
from utregs_plekkie.gui.pages.requests import RequestsPage
from utregs_plekkie.gui.settings import UiState
from utregs_plekkie.packs.settings import load_pack_settings, save_pack_settings
from utregs_plekkie.storage import models as m
from utregs_plekkie.storage.database import Database
from utregs_plekkie.storage.demo import DemoSize, build_demo
from utregs_plekkie.storage.packs_data import mark_packs_sent, pending_requests

SIZE = DemoSize(requests=300, households=80, children=60, seed=1)
WAIT_MS = 60_000


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(autouse=True)
def _dutch_and_quiet(qapp: QApplication) -> Iterator[None]:
    handlers = list(logging.getLogger().handlers)
    i18n.uninstall_translators(qapp)
    yield
    workers.wait_for_background()
    QApplication.processEvents()
    i18n.uninstall_translators(qapp)
    for handler in logging.getLogger().handlers:
        if handler not in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()


ACTOR = Actor.admin("tests")


def context(db: Database) -> AppContext:
    """The window's context: this database, in the name of the tests' admin."""
    return AppContext(db, ACTOR, UiState.for_app())


@pytest.fixture
def db(db: Database) -> Database:
    """The shared migrated database with a small demo in it."""
    build_demo(db, SIZE)
    return db


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, Path]:
    """The modal system dialogs answered without a person: "save here", "print"."""
    chosen = {"save": tmp_path / "uit" / "pakketten.pdf"}
    chosen["save"].parent.mkdir()
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kwargs: (str(chosen["save"]), "PDF-bestanden (*.pdf)")),
    )
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    return chosen


def open_dialog(qtbot, db: Database, ids: list[int] | None = None) -> PacksDialog:
    dialog = PacksDialog(context(db), ids)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=WAIT_MS)
    return dialog


def make_packs(qtbot, dialog: PacksDialog) -> None:
    qtbot.mouseClick(dialog.ui.makeButton, Qt.MouseButton.LeftButton)
    wait_preview(qtbot, dialog)


def wait_preview(qtbot, dialog: PacksDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.runner.running and dialog.batch is not None, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: dialog.preview.document.status() == QPdfDocument.Status.Ready, timeout=WAIT_MS
    )


def sent_ids(db: Database) -> set[int]:
    r = m.InfoRequest
    with db.session() as session:
        return set(session.scalars(select(r.id).where(r.pack_sent_at.is_not(None))))


def audit_count(db: Database, detail: str) -> int:
    a = m.AuditEntry
    with db.session() as session:
        return int(
            session.scalar(select(func.count()).select_from(a).where(a.detail == detail)) or 0
        )


def usable_request_ids(db: Database) -> list[int]:
    r = m.InfoRequest
    with db.session() as session:
        return list(
            session.scalars(
                select(r.id)
                .where(
                    r.merged_into_id.is_(None),
                    r.anonymised_at.is_(None),
                    r.consent_withdrawn_at.is_(None),
                )
                .order_by(r.id)
            )
        )


# --------------------------------------------------------------------------- information packs


def test_pending_requests_are_checked_made_and_previewed(qtbot, db: Database) -> None:
    pending = pending_requests(db)
    assert pending, "the demo has new requests without a pack"
    sent_before = sent_ids(db)
    dialog = open_dialog(qtbot, db)
    assert dialog.windowTitle() == "Informatiepakketten afdrukken"
    assert dialog.ui.pendingRadio.isChecked()
    assert not dialog.ui.selectionRadio.isEnabled()
    assert dialog.ui.pendingRadio.text() == f"Alle nieuwe aanvragen zonder pakket ({len(pending)})"
    assert dialog.check is not None and dialog.check.ids == pending
    assert dialog.ui.summaryLabel.text().startswith(f"{len(pending)} informatiepakketten.")
    # Nothing can be saved, printed or marked before the packs were made.
    assert not dialog.ui.saveButton.isEnabled()
    assert not dialog.ui.printButton.isEnabled()
    assert not dialog.ui.markButton.isEnabled()
    assert dialog.preview.page_count() == 0

    # Enter makes the packs (the default button of step 3).
    dialog.ui.makeButton.setFocus()
    qtbot.keyClick(dialog.ui.makeButton, Qt.Key.Key_Return)
    wait_preview(qtbot, dialog)
    batch = dialog.batch
    assert batch is not None and batch.ids == pending and batch.packs == len(pending)
    document = dialog.preview.document
    assert document.pageCount() == batch.pages
    path = dialog.preview.path
    assert path is not None
    assert len(PdfReader(path).pages) == batch.pages >= 2 * len(pending)
    assert dialog.preview.stack.currentWidget() is dialog.preview.view
    assert f"{len(pending)} informatiepakketten gemaakt" in dialog.ui.progressLabel.text()
    assert dialog.ui.saveButton.isEnabled() and dialog.ui.printButton.isEnabled()
    assert not dialog.ui.markButton.isEnabled()  # not before it was saved or printed
    assert sent_ids(db) == sent_before  # making alone marks nothing

    # Page navigation and zoom.
    preview = dialog.preview
    assert preview.page_spin.value() == 1 and not preview.previous_button.isEnabled()
    assert preview.page_total.text() == f"van {batch.pages}"
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.current_page() == 1 and preview.page_spin.value() == 2
    preview.page_spin.setValue(batch.pages)
    assert preview.current_page() == batch.pages - 1 and not preview.next_button.isEnabled()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    before = preview.zoom_factor()
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.view.zoomFactor() > before
    qtbot.mouseClick(preview.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(preview.zoom_out_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomFactor() < before
    preview.zoom_combo.setCurrentIndex(1)
    preview.zoom_combo.activated.emit(1)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView

    # Escape closes the dialog, and its temporary files go with it.
    scratch = dialog.scratch.path
    assert any(scratch.glob("*.pdf"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not scratch.exists(), timeout=WAIT_MS)
    assert sent_ids(db) == sent_before


def test_a_cancelled_batch_marks_nothing(qtbot, db: Database) -> None:
    ids = usable_request_ids(db)
    dialog = open_dialog(qtbot, db, ids)
    assert dialog.ui.selectionRadio.isChecked()
    assert dialog.check is not None and len(dialog.check.packs) == len(ids) == SIZE.requests
    sent_before = sent_ids(db)
    audit_before = audit_count(db, "informatiepakket verstuurd")

    qtbot.mouseClick(dialog.ui.makeButton, Qt.MouseButton.LeftButton)
    assert dialog.runner.running and dialog.ui.cancelButton.isVisible()
    assert not dialog.ui.makeButton.isEnabled() and not dialog.ui.choiceGroup.isEnabled()
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=WAIT_MS)

    assert dialog.batch is None and dialog.preview.path is None
    assert dialog.ui.progressLabel.text().startswith("Gestopt: er is niets gemaakt")
    assert not dialog.ui.saveButton.isEnabled()
    assert not dialog.ui.printButton.isEnabled()
    assert not dialog.ui.markButton.isEnabled()
    dialog.mark_sent()  # even asked directly: nothing to mark
    workers.wait_for_background()
    QApplication.processEvents()
    assert sent_ids(db) == sent_before
    assert audit_count(db, "informatiepakket verstuurd") == audit_before
    assert not any(dialog.scratch.path.glob("*.pdf"))  # not even a partial file
    assert dialog.ui.makeButton.isEnabled()  # and it can be made again


def test_printing_through_qprinter_gives_the_same_pages(
    qtbot, db: Database, no_dialogs: dict[str, Path], tmp_path: Path
) -> None:
    sent_before = sent_ids(db)
    dialog = open_dialog(qtbot, db)
    make_packs(qtbot, dialog)
    batch = dialog.batch
    assert batch is not None

    printed = tmp_path / "afgedrukt.pdf"
    printer = dialog.output.printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setResolution(120)  # fewer pixels per page: the test stays quick
    qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "printed" in dialog._delivered, timeout=WAIT_MS)

    assert printed.read_bytes()[:5] == b"%PDF-"
    reader = PdfReader(printed)
    assert len(reader.pages) == batch.pages
    # A4 in, A4 out: the address stays in the envelope window.
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) in {(595, 842), (595, 841), (596, 842)}
    assert "Afgedrukt: " in dialog.ui.resultLabel.text()
    assert audit_count(db, "informatiepakket afgedrukt") == len(batch.ids)
    # Printed, so now it may be marked; the question is asked, not answered for the user.
    assert dialog.ui.markButton.isEnabled()
    box = dialog.mark_question
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "Gaan deze pakketten de deur uit?" in box.text()
    later = [b for b in box.buttons() if b.text() == "Nog niet"]
    qtbot.mouseClick(later[0], Qt.MouseButton.LeftButton)
    assert sent_ids(db) == sent_before
    assert dialog.ui.markButton.isEnabled()


def test_a_cancelled_print_leaves_no_file_and_marks_nothing(
    qtbot, db: Database, no_dialogs: dict[str, Path], tmp_path: Path
) -> None:
    sent_before = sent_ids(db)
    dialog = open_dialog(qtbot, db)
    make_packs(qtbot, dialog)
    printed = tmp_path / "half.pdf"
    printer = dialog.output.printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setResolution(200)
    qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    assert dialog.runner.running and not dialog.ui.printButton.isEnabled()
    assert not dialog.ui.makeButton.isEnabled()
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=WAIT_MS)
    assert dialog.ui.resultLabel.text().startswith("Afdrukken gestopt na ")
    assert not printed.exists()
    assert "printed" not in dialog._delivered and not dialog.ui.markButton.isEnabled()
    assert dialog.mark_question is None
    assert audit_count(db, "informatiepakket afgedrukt") == 0
    assert sent_ids(db) == sent_before
    # The made packs are still there and can be printed again.
    assert dialog.ui.printButton.isEnabled() and dialog.preview.path is not None
    assert "informatiepakketten gemaakt" in dialog.ui.progressLabel.text()


def test_print_pdf_honours_the_page_range(qapp: QApplication, tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from utregs_plekkie.gui.packs import print_pdf

    source = tmp_path / "vijf.pdf"
    canvas = Canvas(str(source), pagesize=A4)
    for number in range(1, 6):
        canvas.drawString(72, 720, f"Pagina {number}")
        canvas.showPage()
    canvas.save()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "twee.pdf"))
    printer.setResolution(72)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    seen: list[tuple[int, int]] = []
    outcome = print_pdf(source, printer, lambda done, total: seen.append((done, total)) or True)
    assert outcome.pages == 2 and not outcome.cancelled
    assert seen == [(0, 2), (1, 2), (2, 2)]
    assert len(PdfReader(tmp_path / "twee.pdf").pages) == 2


def test_saving_and_confirming_marks_the_requests_sent(
    qtbot, db: Database, no_dialogs: dict[str, Path]
) -> None:
    pending = pending_requests(db)
    sent_before = sent_ids(db)
    dialog = open_dialog(qtbot, db)
    make_packs(qtbot, dialog)
    batch = dialog.batch
    assert batch is not None

    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "saved" in dialog._delivered, timeout=WAIT_MS)
    saved = no_dialogs["save"]
    assert len(PdfReader(saved).pages) == batch.pages
    assert f"Opgeslagen als {saved}." in dialog.ui.resultLabel.text()
    assert audit_count(db, "informatiepakket opgeslagen als PDF") == len(pending)
    assert sent_ids(db) == sent_before

    box = dialog.mark_question
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    mark = next(b for b in box.buttons() if b.text() == "Markeren als verstuurd")
    with qtbot.waitSignal(dialog.packs_marked, timeout=WAIT_MS) as signal:
        qtbot.mouseClick(mark, Qt.MouseButton.LeftButton)
    assert sorted(signal.args[0]) == sorted(pending)

    r = m.InfoRequest
    with db.session() as session:
        rows = session.execute(
            select(r.id, r.status, r.pack_sent_at).where(r.id.in_(pending))
        ).all()
        history = session.scalar(
            select(func.count())
            .select_from(m.RequestStatusChange)
            .where(
                m.RequestStatusChange.request_id.in_(pending),
                m.RequestStatusChange.to_status == RequestStatus.PAKKET_VERSTUURD,
            )
        )
    assert len(rows) == len(pending)
    for _id, status, sent_at in rows:
        assert status == RequestStatus.PAKKET_VERSTUURD
        assert sent_at is not None and sent_at.astimezone(clock.LOCAL_TZ).date() == clock.today()
    assert history == len(pending)
    assert audit_count(db, "informatiepakket verstuurd") == len(pending)
    assert pending_requests(db) == []
    assert sent_ids(db) == sent_before | set(pending)
    assert dialog.marked and not dialog.ui.markButton.isEnabled()
    assert "gemarkeerd als ‘pakket verstuurd’" in dialog.ui.resultLabel.text()
    assert dialog.ui.pendingRadio.text().endswith("(0)")


def test_missing_sender_details_are_listed_before_printing(qtbot, db: Database) -> None:
    settings = load_pack_settings(db)
    koos = replace(settings.organisation("koos"), phone="")
    save_pack_settings(
        db, settings, organisations={**settings.organisations, "koos": koos}, actor=ACTOR
    )
    dialog = open_dialog(qtbot, db)
    check = dialog.check
    assert check is not None
    koos_packs = sum(1 for p in check.packs if p.organisation == "koos")
    assert koos_packs > 0
    warning = dialog.ui.warningLabel
    assert warning.isVisible()
    assert f"in {koos_packs} van de {len(check.packs)} pakketten ontbreken gegevens" in (
        warning.text()
    )
    assert "‹ontbreekt: …›" in warning.text()
    assert "voorbeeldwaarden" not in warning.text()  # the senders were saved once
    lines = [dialog.ui.missingList.item(i).text() for i in range(dialog.ui.missingList.count())]
    assert lines == [f"Afzender KOOS Utrecht: telefoon organisatie (in {koos_packs} pakketten)"]
    assert dialog.ui.missingList.isVisible()
    assert dialog.preview.path is None  # listed before anything was made
    assert dialog.ui.makeButton.isEnabled()  # the user may still print as it is


def test_sample_senders_are_flagged_and_an_empty_pending_list_says_so(qtbot, db: Database) -> None:
    dialog = open_dialog(qtbot, db)
    assert "voorbeeldwaarden" in dialog.ui.warningLabel.text()
    dialog.close()

    mark_packs_sent(db, pending_requests(db), actor=ACTOR)
    empty = open_dialog(qtbot, db)
    assert empty.ui.summaryLabel.text() == "Er zijn geen nieuwe aanvragen zonder pakket."
    assert empty.ui.pendingRadio.text().endswith("(0)")
    assert "Er zijn geen nieuwe aanvragen zonder pakket." in empty.preview.message.text()
    assert not empty.ui.makeButton.isEnabled()
    assert not empty.ui.labelsButton.isEnabled()


def test_requests_that_cannot_get_a_pack_are_explained(qtbot, db: Database) -> None:
    r = m.InfoRequest
    with db.transaction() as session:
        request = session.scalars(select(r).where(r.anonymised_at.is_(None)).limit(1)).one()
        request.consent_withdrawn_at = clock.now()
        withdrawn = request.id
    dialog = open_dialog(qtbot, db, [withdrawn])
    assert dialog.check is not None and dialog.check.problem is not None
    assert f"Aanvraag {withdrawn} heeft de toestemming" in dialog.ui.warningLabel.text()
    assert not dialog.ui.makeButton.isEnabled()


def test_address_labels_for_the_same_batch(
    qtbot, db: Database, no_dialogs: dict[str, Path]
) -> None:
    ids = usable_request_ids(db)[:25]
    sent_before = sent_ids(db)
    dialog = open_dialog(qtbot, db, ids)
    assert dialog.ui.labelsButton.isEnabled()
    qtbot.mouseClick(dialog.ui.labelsButton, Qt.MouseButton.LeftButton)
    labels = dialog.findChild(LabelsDialog)
    assert labels is not None and labels.request_ids == ids
    qtbot.waitUntil(lambda: labels.made is not None, timeout=WAIT_MS)
    assert labels.preview.document.status() == QPdfDocument.Status.Ready
    assert labels.preview.page_count() == math.ceil(25 / 21) == 2
    assert "25 etiketten op 2 vellen" in labels.progress_label.text()

    labels.first_spin.setValue(19)  # three labels left on a used sheet: 3 + 21 + 1
    qtbot.waitUntil(
        lambda: labels.made is not None and labels.preview.page_count() == 3, timeout=WAIT_MS
    )
    path = labels.preview.path
    assert path is not None and len(PdfReader(path).pages) == 3

    qtbot.mouseClick(labels.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: no_dialogs["save"].exists(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Opgeslagen als" in labels.result_label.text(), timeout=WAIT_MS)
    assert len(PdfReader(no_dialogs["save"]).pages) == 3
    assert audit_count(db, "adresetiket opgeslagen als PDF") == 25
    assert sent_ids(db) == sent_before  # labels mark nothing


# --------------------------------------------------------------------------- from the main window


def test_menu_and_selection_open_the_packs_dialog(qtbot, db: Database, tmp_path: Path) -> None:
    window = MainWindow(context(db))
    qtbot.addWidget(window)
    window.show()
    file_menu = [a.text() for a in window.ui.menuFile.actions() if not a.isSeparator()]
    assert file_menu[:2] == ["Informatiepakketten afdrukken…", "Instellingen informatiepakket…"]
    assert window.actionPrintPacks.shortcut().toString() == "Ctrl+P"

    window.actionPrintPacks.trigger()
    dialog = window.findChild(PacksDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=WAIT_MS)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.selection() is None
    dialog.close()
    qtbot.waitUntil(lambda: window.findChild(PacksDialog) is None)  # deleted on close

    page = window.page("requests")
    assert isinstance(page, RequestsPage)
    window.show_page("requests")
    qtbot.waitUntil(lambda: page.model.rowCount() > 5, timeout=WAIT_MS)
    assert not page.pack_action.isEnabled()
    for row in (1, 3, 4):
        page.table.selectionModel().select(
            page.model.index(row, 0),
            page.table.selectionModel().SelectionFlag.Select
            | page.table.selectionModel().SelectionFlag.Rows,
        )
    assert page.pack_action.isEnabled() and page.pack_button.isEnabled()
    expected = [page.model.row_id(row) for row in (1, 3, 4)]
    assert page.selected_ids() == expected
    page.pack_action.trigger()
    chosen = page.findChild(PacksDialog)
    assert chosen is not None
    qtbot.waitUntil(lambda: chosen.check is not None, timeout=WAIT_MS)
    assert chosen.ui.selectionRadio.isChecked()
    assert chosen.ui.selectionRadio.text() == "De geselecteerde aanvragen (3)"
    assert chosen.selection() == expected
    waiting = set(pending_requests(db))
    not_new = sum(1 for i in expected if i not in waiting)
    if not_new:
        assert f"{not_new} van de 3 aanvragen zijn niet meer nieuw" in (
            chosen.ui.warningLabel.text()
        )
    chosen.close()

    window.actionPackSettings.trigger()
    settings = window.findChild(PackSettingsDialog)
    assert settings is not None
    qtbot.waitUntil(lambda: settings.base is not None, timeout=WAIT_MS)
    settings.reject()


def test_every_control_has_a_name_and_tab_reaches_the_steps(qtbot, db: Database) -> None:
    dialog = open_dialog(qtbot, db)
    make_packs(qtbot, dialog)
    interactive = (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QListWidget,
        QTreeWidget,
        QPlainTextEdit,
        QPdfView,
    )
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, interactive) and widget.isVisible():
            assert widget.accessibleName(), widget.objectName() or type(widget).__name__
    for label in (dialog.ui.summaryLabel, dialog.ui.progressLabel):
        assert label.accessibleName() == label.text()
    # Tab follows the steps from top to bottom.
    dialog.ui.makeButton.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.makeButton)
    qtbot.keyClick(dialog.ui.makeButton, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.saveButton
    qtbot.keyClick(dialog.ui.saveButton, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.printButton


# --------------------------------------------------------------------------- intake packs


def test_intake_pack_from_the_households_page(
    qtbot, db: Database, no_dialogs: dict[str, Path]
) -> None:
    window = MainWindow(context(db))
    qtbot.addWidget(window)
    window.show()
    window.show_page("households")
    page = window.page("households")
    assert isinstance(page, HouseholdsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
    assert not page.intake_pack_action.isEnabled()
    assert page.intake_pack_action in page.table.actions()  # the list's context menu
    page.table.selectRow(0)
    household_id = page.current_id()
    assert household_id is not None and page.intake_pack_action.isEnabled()
    page.intake_pack_action.trigger()
    dialog = page.findChild(IntakePackDialog)
    assert dialog is not None and dialog.household_id == household_id
    qtbot.waitUntil(lambda: dialog.made is not None, timeout=WAIT_MS)
    assert dialog.preview.document.status() == QPdfDocument.Status.Ready
    with db.session() as session:
        name = session.scalar(select(m.Household.name).where(m.Household.id == household_id))
    assert dialog.windowTitle() == f"Intakepakket voor {name}"
    path = dialog.preview.path
    assert path is not None
    reader = PdfReader(path)
    assert len(reader.pages) == dialog.preview.page_count() == dialog.made.pages
    assert name in "".join(page.extract_text() for page in reader.pages)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Opgeslagen als" in dialog.result_label.text(), timeout=WAIT_MS)
    assert len(PdfReader(no_dialogs["save"]).pages) == dialog.made.pages
    a = m.AuditEntry
    with db.session() as session:
        entries = session.execute(
            select(a.action, a.entity, a.entity_id).where(
                a.detail == "intakepakket opgeslagen als PDF"
            )
        ).all()
    assert entries == [(AuditAction.PRINT, "households", household_id)]
    dialog.close()


def test_intake_pack_of_an_unknown_household_says_so(qtbot, db: Database) -> None:
    dialog = open_intake_pack(None, context(db), 999_999)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=WAIT_MS)
    assert dialog.made is None
    assert "Gezin 999999 bestaat niet (meer)" in dialog.progress_label.text()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()


# --------------------------------------------------------------------------- settings


def open_settings(qtbot, db: Database) -> PackSettingsDialog:
    dialog = PackSettingsDialog(context(db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.base is not None and dialog.tabs.isEnabled(), timeout=WAIT_MS)
    return dialog


def test_settings_round_trip(qtbot, db: Database) -> None:
    dialog = open_settings(qtbot, db)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "KOOS Utrecht",
        "Spoor030",
        "Campagne (buiten de stad)",
        "Teksten",
    ]
    assert "voorbeeldwaarden" in dialog.message.text()
    koos = dialog.forms["koos"]
    assert koos.edits["contact_person"].text() == "Marloes de Wit"
    koos.edits["contact_person"].setText("Aïcha Ouali")
    koos.edits["website"].setText("https://www.koosutrecht.nl/pleegzorg/aanmelden")

    dialog.tabs.setCurrentWidget(dialog.texts_tab)
    dialog.search.setText("aanhef")
    item = dialog._items["info.aanhef"]
    assert not item.isHidden() and dialog._items["info.inleiding"].isHidden()
    dialog.tree.setCurrentItem(item)
    assert dialog.editor.toPlainText() == "Beste {voornaam},"
    assert "{voornaam}" in dialog.fields_hint.text()
    dialog.editor.setPlainText("Hallo {voornaam},")
    assert item.text(0).endswith("(aangepast)")
    assert dialog.reset_button.isEnabled()
    assert dialog.windowTitle().endswith("*")

    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = load_pack_settings(db)
    assert stored.organisation("koos").contact_person == "Aïcha Ouali"
    assert stored.organisation("koos").website.endswith("/aanmelden")
    assert stored.text("info.aanhef") == "Hallo {voornaam},"
    assert stored.organisations_checked

    again = open_settings(qtbot, db)
    assert again.forms["koos"].edits["contact_person"].text() == "Aïcha Ouali"
    assert again._items["info.aanhef"].text(0).endswith("(aangepast)")
    assert "voorbeeldwaarden" not in again.message.text()
    again.tabs.setCurrentWidget(again.texts_tab)
    again.select_text("info.aanhef")
    qtbot.mouseClick(again.reset_button, Qt.MouseButton.LeftButton)
    assert again.texts["info.aanhef"] == "Beste {voornaam},"
    with qtbot.waitSignal(again.saved, timeout=WAIT_MS):
        qtbot.keyClick(again.forms["koos"].edits["phone"], Qt.Key.Key_Return)  # Enter saves
    assert load_pack_settings(db).text("info.aanhef") == "Beste {voornaam},"


def test_empty_required_fields_are_flagged_and_not_saved(qtbot, db: Database) -> None:
    dialog = open_settings(qtbot, db)
    spoor = dialog.forms["spoor030"]
    spoor.edits["phone"].clear()
    assert spoor.edits["phone"].property("missing") is True
    assert not spoor.empty_label.isHidden()
    assert "‹ontbreekt: telefoon organisatie›" in spoor.empty_label.text()
    assert not dialog.tabs.tabIcon(1).isNull()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text() == (
        "Vul eerst de verplichte velden van Spoor030 in: Telefoonnummer."
    )
    assert dialog.tabs.currentWidget() is spoor
    assert load_pack_settings(db).organisation("spoor030").phone == "030 262 45 00"
    spoor.edits["phone"].setText("030 262 45 00")
    assert spoor.edits["phone"].property("missing") is False
    # A wrong web address is refused by the storage check, with its field in focus.
    spoor.edits["website"].setText("www.spoor030.nl")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "https://" in dialog.message.text(), timeout=WAIT_MS)
    assert dialog.isVisible() and spoor.edits["website"].text() == "www.spoor030.nl"
    # Closing with unsaved changes asks first.
    dialog.reject()
    box = dialog.discard_box
    assert box is not None and dialog.isVisible()
    discard = next(b for b in box.buttons() if b.text() == "Wijzigingen weggooien")
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_stale_save_is_refused_and_reloading_keeps_what_was_typed(qtbot, db: Database) -> None:
    dialog = open_settings(qtbot, db)
    # Someone else saves the senders meanwhile.
    theirs = load_pack_settings(db)
    spoor = replace(theirs.organisation("spoor030"), contact_person="Joëlle Verhoeven")
    save_pack_settings(
        db, theirs, organisations={**theirs.organisations, "spoor030": spoor}, actor=ACTOR
    )

    dialog.forms["koos"].edits["contact_person"].setText("Ruud Ĳsselstein")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stale_box is not None, timeout=WAIT_MS)
    box = dialog.stale_box
    assert box is not None
    assert "intussen door iemand anders gewijzigd" in box.text()
    assert "intussen door iemand anders gewijzigd" in dialog.message.text()
    assert dialog.isVisible()
    stored = load_pack_settings(db)
    assert stored.organisation("koos").contact_person == "Marloes de Wit"  # not written
    assert stored.organisation("spoor030").contact_person == "Joëlle Verhoeven"
    assert dialog.forms["koos"].edits["contact_person"].text() == "Ruud Ĳsselstein"

    reload_button = next(b for b in box.buttons() if b.text() == "Nieuwste versie laden")
    qtbot.mouseClick(reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.forms["spoor030"].edits["contact_person"].text() == "Joëlle Verhoeven",
        timeout=WAIT_MS,
    )
    assert dialog.forms["koos"].edits["contact_person"].text() == "Ruud Ĳsselstein"
    assert "wat u had getypt, staat er nog" in dialog.message.text()
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = load_pack_settings(db)
    assert stored.organisation("koos").contact_person == "Ruud Ĳsselstein"
    assert stored.organisation("spoor030").contact_person == "Joëlle Verhoeven"


def test_saved_settings_reach_the_packs(qtbot, db: Database) -> None:
    """Changing a sender from the packs dialog checks the batch again with the new values."""
    dialog = open_dialog(qtbot, db)
    qtbot.mouseClick(dialog.ui.settingsButton, Qt.MouseButton.LeftButton)
    settings = dialog.findChild(PackSettingsDialog)
    assert settings is not None
    qtbot.waitUntil(lambda: settings.base is not None, timeout=WAIT_MS)
    settings.forms["koos"].edits["email"].setText("werving@koosutrecht.nl")
    before = dialog._checking.generation
    with qtbot.waitSignal(settings.saved, timeout=WAIT_MS):
        qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog._checking.generation > before and dialog.check is not None,
        timeout=WAIT_MS,
    )
    assert dialog.check is not None
    assert dialog.check.settings.organisation("koos").email == "werving@koosutrecht.nl"
    assert "voorbeeldwaarden" not in dialog.ui.warningLabel.text()
    make_packs(qtbot, dialog)
    path = dialog.preview.path
    assert path is not None
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert "werving@koosutrecht.nl" in text


def test_line_edits_are_named_for_screen_readers(qtbot, db: Database) -> None:
    dialog = open_settings(qtbot, db)
    for form in dialog.forms.values():
        for edit in form.findChildren(QLineEdit):
            assert edit.accessibleName()
    assert dialog.search.accessibleName() and dialog.editor.accessibleName()
    assert dialog.save_button.isDefault()
    dialog.reject()
