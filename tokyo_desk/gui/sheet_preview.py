"""Preview of an explanation sheet, straight from the PDF bytes in memory.

No file is written: ``QPdfDocument`` reads through a ``QBuffer`` over our own copy of the
bytes.  ``clear()`` (called when the workspace locks) closes the document and zeroes and frees
that copy, so the preview holds no record content afterwards.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from tokyo_desk.gui.printing import POINTS_PER_INCH, load_pdf, release_pdf

ZOOM_STEP = 1.25
ZOOM_MIN = 0.25
ZOOM_MAX = 5.0


def _standard(key: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The platform's own bindings (for example Ctrl+Shift+= where "+" needs Shift)."""
    return list(QKeySequence.keyBindings(key))


class SheetPreview(QWidget):
    """All pages of a sheet, fitted to the width, with zoom and "Page i of n"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._array: QByteArray | None = None
        self._buffer: QBuffer | None = None
        self._document = QPdfDocument(self)

        self.view = QPdfView(self)
        self.view.setObjectName("sheet_view")
        self.view.setAccessibleName(self.tr("Sheet preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self._document)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        self._document.pageCountChanged.connect(self._show_page_number)

        self.zoom_in_action = self._action(
            self.tr("Zoom in"),
            [
                QKeySequence("Ctrl++"),
                QKeySequence("Ctrl+="),
                *_standard(QKeySequence.StandardKey.ZoomIn),
            ],
            self.zoom_in,
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom out"),
            [QKeySequence("Ctrl+-"), *_standard(QKeySequence.StandardKey.ZoomOut)],
            self.zoom_out,
        )
        self.fit_width_action = self._action(
            self.tr("Fit to width"), [QKeySequence("Ctrl+0")], self.fit_width
        )
        self.zoom_out_button = self._button(self.zoom_out_action, "zoom_out_button")
        self.zoom_in_button = self._button(self.zoom_in_action, "zoom_in_button")
        self.fit_width_button = self._button(self.fit_width_action, "fit_width_button")
        self.page_label = QLabel(self)
        self.page_label.setObjectName("page_label")
        self.page_label.setTextFormat(Qt.TextFormat.PlainText)

        bar = QHBoxLayout()
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_width_button)
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._update_controls()

    def _action(self, text: str, keys: list[QKeySequence], slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        by_text = {key.toString(): key for key in reversed(keys) if not key.isEmpty()}
        unique = list(reversed(by_text.values()))  # first spelling of each, in order
        action.setShortcuts(unique)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text} ({unique[0].toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setDefaultAction(action)
        button.setAccessibleName(action.text())
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # --- content ------------------------------------------------------------------------------

    def document(self) -> QPdfDocument:
        return self._document

    def page_count(self) -> int:
        return self._document.pageCount()

    def set_pdf(self, data: bytes) -> None:
        """Show the sheet in ``data`` from its first page; raises ``PrintError`` if unreadable."""
        self.clear()
        self._array, self._buffer = load_pdf(self._document, data, self)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.pageNavigator().jump(0, QPointF(0, 0))
        self._update_controls()

    def clear(self) -> None:
        """Close the document and wipe our copy of the bytes (on lock, or before the next)."""
        release_pdf(self._document, self._array, self._buffer)
        self._array = None
        self._buffer = None
        self._update_controls()

    # --- zoom and page number ----------------------------------------------------------------

    def zoom_in(self) -> None:
        self._zoom_to(self._effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self._effective_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_controls()

    def _zoom_to(self, factor: float) -> None:
        if self.page_count() == 0:
            return
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(ZOOM_MAX, max(ZOOM_MIN, factor)))
        self._update_controls()

    def _effective_zoom(self) -> float:
        """The zoom factor on screen, also while the view fits the width by itself."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.view.zoomFactor()
        # QPdfView keeps zoomFactor at its last custom value while fitting; work it out.
        page_width = self._document.pagePointSize(0).width() * self.logicalDpiX() / POINTS_PER_INCH
        margins = self.view.documentMargins()
        width = self.view.viewport().width() - margins.left() - margins.right()
        return max(ZOOM_MIN, width / page_width) if page_width > 0 else 1.0

    def zoom(self) -> float:
        return self._effective_zoom()

    def _show_page_number(self) -> None:
        count = self.page_count()
        if count == 0:
            self.page_label.setText(self.tr("No sheet"))
            return
        current = min(max(self.view.pageNavigator().currentPage(), 0), count - 1) + 1
        self.page_label.setText(self.tr("Page {0} of {1}").format(current, count))

    def _update_controls(self) -> None:
        loaded = self.page_count() > 0
        zoom = self._effective_zoom()
        self.zoom_in_action.setEnabled(loaded and zoom < ZOOM_MAX)
        self.zoom_out_action.setEnabled(loaded and zoom > ZOOM_MIN)
        self.fit_width_action.setEnabled(loaded)
        self._show_page_number()
