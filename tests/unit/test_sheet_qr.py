"""The footer QR code: our fast drawing encodes exactly what ReportLab's QR widget encodes."""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget

from tokyo_desk.sheets.render import _qr_modules


def test_qr_modules_match_reportlabs_widget() -> None:
    payload = "TD1:1:01a20b6c-5f00-7000-8000-000000012345:k3q9:WHKW-Q5PW-ZPVQ"
    widget = QrCodeWidget(payload, barLevel="M")
    widget.qr.make()
    expected = [[bool(dark) for dark in row] for row in widget.qr.modules]
    assert _qr_modules(payload) == expected
    assert len(expected) >= 21  # version 1 or larger: a real symbol, not an empty grid
