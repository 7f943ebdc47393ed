"""Address labels: A4 sheets of 3 x 7 labels of 70 x 42.3 mm, read back as PDF."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from utregs_plekkie.core.errors import UserError
from utregs_plekkie.packs.content import Address, placeholder
from utregs_plekkie.packs.labels import (
    COLUMNS,
    LABEL_HEIGHT,
    LABEL_WIDTH,
    PER_SHEET,
    ROWS,
    Label,
    missing_fields,
    render_labels,
)

MM = 72 / 25.4


def labels(n: int) -> list[Label]:
    return [
        Label(
            f"Aanvraag {i}",
            Address(f"Zoë Bĳl {i:03d}", "Oudegracht", i, "a", "3511 AB", "Utrecht"),
        )
        for i in range(1, n + 1)
    ]


def names_on(page: object) -> list[str]:
    text = page.extract_text() or ""  # type: ignore[attr-defined]
    return re.findall(r"Zoë Bĳl \d{3}", text)


def positions(page: object) -> list[tuple[float, float]]:
    """Where each label's first line starts (x, y in points)."""
    found: list[tuple[float, float]] = []

    def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        if text.startswith("Zoë Bĳl"):
            found.append((tm[4], tm[5]))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return found


def test_the_sheet_is_3_by_7_labels_of_70_by_42_3_mm() -> None:
    assert (COLUMNS, ROWS, PER_SHEET) == (3, 7, 21)
    assert round(LABEL_WIDTH / MM, 3) == 70
    assert round(LABEL_HEIGHT / MM, 3) == 42.3


def test_21_labels_per_page_in_order(tmp_path: Path) -> None:
    out = tmp_path / "etiketten.pdf"
    result = render_labels(labels(50), out)
    reader = PdfReader(out)
    assert result.packs == 50 and result.pages == 3 == len(reader.pages)
    per_page = [names_on(page) for page in reader.pages]
    assert [len(names) for names in per_page] == [21, 21, 8]
    assert per_page[0][0] == "Zoë Bĳl 001" and per_page[2][-1] == "Zoë Bĳl 050"
    text = reader.pages[0].extract_text() or ""
    assert "Oudegracht 1A" in text and "3511 AB  UTRECHT" in text

    # Each label's text sits inside its own 70 x 42.3 mm cell, in rows of three.
    spots = positions(reader.pages[0])
    assert len(spots) == 21
    top = reader.pages[0].mediabox.height
    for index, (x, y) in enumerate(spots):
        row, column = divmod(index, 3)
        assert column * LABEL_WIDTH < x < (column + 1) * LABEL_WIDTH - 40 * MM
        cell_top = top - 0.45 * MM - row * LABEL_HEIGHT
        assert cell_top - LABEL_HEIGHT < y < cell_top


def test_a_part_used_sheet_starts_at_the_first_free_label(tmp_path: Path) -> None:
    out = tmp_path / "rest.pdf"
    result = render_labels(labels(5), out, first_position=19)
    reader = PdfReader(out)
    assert result.pages == 2
    assert [len(names_on(p)) for p in reader.pages] == [3, 2]
    # Position 19 is the first label of the bottom row.
    x, y = positions(reader.pages[0])[0]
    assert x < LABEL_WIDTH and y < LABEL_HEIGHT
    with pytest.raises(UserError, match="1 tot en met 21"):
        render_labels(labels(1), out, first_position=22)


def test_missing_address_parts_are_marked_and_reported(tmp_path: Path) -> None:
    batch = [Label("Aanvraag 9", Address("Ïsa de Vries", "", None, "", None, ""))]
    assert [m.field for m in missing_fields(batch)] == [
        "straat",
        "huisnummer",
        "postcode",
        "woonplaats",
    ]
    out = tmp_path / "leeg.pdf"
    result = render_labels(batch, out)
    text = PdfReader(out).pages[0].extract_text() or ""
    assert placeholder("postcode") in text and "Ïsa de Vries" in text
    assert len(result.missing) == 4


def test_cancelled_labels_write_nothing(tmp_path: Path) -> None:
    out = tmp_path / "etiketten.pdf"
    result = render_labels(labels(60), out, progress=lambda done, total: done < 30)
    assert result.cancelled and result.path is None
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_labels_have_metadata_and_an_embedded_font(tmp_path: Path) -> None:
    out = tmp_path / "etiketten.pdf"
    render_labels(labels(2), out)
    reader = PdfReader(out)
    assert reader.metadata is not None and reader.metadata.title == "Adresetiketten (2)"
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        assert str(font["/BaseFont"]).endswith("DejaVuSans")
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
