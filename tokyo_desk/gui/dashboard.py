"""The "what is due" dashboard (rule 13.5): counts that open the matching caseload filter, and
a simple chart of the measures by type and status.

The chart is painted with QPainter (no charting module: PySide6-Essentials has none).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.gui.catalogue_texts import measure_title
from tokyo_desk.gui.forms.ui_dashboard import Ui_Dashboard
from tokyo_desk.gui.style import enlarge

# Status colours: in force dark, ended light (they print and read in greyscale too).
STATUS_COLOURS = {"active": QColor(38, 84, 124), "completed": QColor(160, 180, 200)}
OTHER_COLOUR = QColor(200, 120, 60)
BAR_HEIGHT = 18  # the least; a larger font makes the rows taller
ROW_GAP = 6
LABEL_SHARE = 0.45


class MeasureChart(QWidget):
    """Horizontal bars: one per measure type, split by status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, dict[str, int]]] = []
        # Never shorter than its rows: when the panel is, the chart scrolls (Dashboard).
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Chart of measures by type and status"))

    def set_counts(self, rows: list[tuple[str, dict[str, int]]]) -> None:
        self._rows = rows
        lines = [f"{title}: {sum(counts.values())}" for title, counts in rows]
        self.setAccessibleDescription("; ".join(lines))  # what a screen reader says
        self.updateGeometry()
        self.update()

    def row_height(self) -> int:
        """A bar's height: a line of the label's text (a 150 % font needs more than 18)."""
        return max(BAR_HEIGHT, self.fontMetrics().height() + 2)

    def sizeHint(self) -> QSize:
        return QSize(400, len(self._rows) * (self.row_height() + ROW_GAP))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width()
        rtl = self.isRightToLeft()

        bar = self.row_height()

        def place(x: float, top: float, w: float) -> QRectF:
            """A rectangle measured from the reading-start edge (mirrored right to left)."""
            return QRectF(width - x - w if rtl else x, top, w, bar)

        start, end = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        label_align = (start if rtl else end) | Qt.AlignmentFlag.AlignVCenter
        count_align = (end if rtl else start) | Qt.AlignmentFlag.AlignVCenter
        label_width = width * LABEL_SHARE
        largest = max((sum(counts.values()) for _, counts in self._rows), default=0)
        scale = (width - label_width - 40) / largest if largest else 0.0
        text_colour = self.palette().windowText().color()
        metrics = painter.fontMetrics()
        for index, (title, counts) in enumerate(self._rows):
            top = index * (bar + ROW_GAP)
            painter.setPen(text_colour)
            elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(label_width - 6))
            painter.drawText(place(0, top, label_width - 6), label_align, elided)
            left = label_width
            for status, count in sorted(counts.items(), key=lambda item: item[0] != "active"):
                colour = STATUS_COLOURS.get(status, OTHER_COLOUR)
                painter.fillRect(place(left, top, count * scale), colour)
                left += count * scale
            painter.setPen(text_colour)
            painter.drawText(place(left + 4, top, 36), count_align, str(sum(counts.values())))
        painter.end()


class Dashboard(QWidget):
    """Due counts (each opens its filter) and the measure chart."""

    filter_chosen = Signal(str)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_Dashboard()
        self.ui.setupUi(self)
        self._catalogue = catalogue
        enlarge(self.ui.title_label, 1.4)
        enlarge(self.ui.chart_title_label, 1.1)
        self.ui.chart_title_label.setText(
            self.tr("Measures by type (dark: in force; light: ended)")
        )
        self.chart = MeasureChart()
        # Many measure types, a short screen or a large font: the bars scroll, whole.
        self.chart_scroll = QScrollArea(self.ui.chart_container)
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart_scroll.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.chart_scroll.setWidget(self.chart)
        self.ui.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.ui.chart_layout.addWidget(self.chart_scroll)
        self._buttons = {
            "explanation_pending": self.ui.explanation_button,
            "review_due": self.ui.review_button,
            "breach_open": self.ui.breach_button,
            "ending_soon": self.ui.ending_button,
        }
        for code, button in self._buttons.items():
            button.setMinimumHeight(56)
            button.clicked.connect(lambda _=False, chosen=code: self.filter_chosen.emit(chosen))
        self.show_counts({})

    def show_counts(self, counts: dict[str, int]) -> None:
        labels = {
            "explanation_pending": self.tr("Explanation pending (rule 12.3)"),
            "review_due": self.tr("Review due in 14 days (rule 10.3)"),
            "breach_open": self.tr("Breach open (rule 14)"),
            "ending_soon": self.tr("Ending in 14 days (rule 11)"),
        }
        for code, button in self._buttons.items():
            button.setText(f"{counts.get(code, 0)}\n{labels[code]}")

    def show_measures(self, counts: dict[str, dict[str, int]]) -> None:
        rows = []
        for code, by_status in counts.items():
            rows.append((measure_title(self._catalogue, code), by_status))
        rows.sort(key=lambda row: -sum(row[1].values()))
        self.chart.set_counts(rows)

    def clear(self) -> None:
        self.show_counts({})
        self.chart.set_counts([])
