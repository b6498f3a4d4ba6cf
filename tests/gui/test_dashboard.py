"""The dashboard's chart: every bar whole, whatever the font and the panel's height."""

from __future__ import annotations

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.gui.dashboard import ROW_GAP, Dashboard


def many_measures(catalogue: Catalogue) -> dict[str, dict[str, int]]:
    """Every measure type of the catalogue, some in force and some ended."""
    codes = list(catalogue.measure_types)
    return {code: {"active": index + 1, "completed": 2} for index, code in enumerate(codes)}


def test_rows_grow_with_a_large_font(qtbot: QtBot, catalogue: Catalogue) -> None:
    dashboard = Dashboard(catalogue)
    qtbot.addWidget(dashboard)
    usual = dashboard.chart.row_height()
    font = dashboard.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    dashboard.setFont(font)  # a desktop set to large text
    chart = dashboard.chart
    assert chart.row_height() > usual
    assert chart.row_height() >= chart.fontMetrics().height()  # descenders are not cut


def test_a_short_panel_scrolls_the_chart_instead_of_cutting_it(
    qtbot: QtBot, catalogue: Catalogue
) -> None:
    dashboard = Dashboard(catalogue)
    qtbot.addWidget(dashboard)
    counts = many_measures(catalogue)
    dashboard.show_measures(counts)
    dashboard.resize(600, 420)  # a 1366x768 laptop at 150 % leaves about this much
    dashboard.show()
    qtbot.waitExposed(dashboard)
    chart = dashboard.chart
    needed = len(counts) * (chart.row_height() + ROW_GAP)
    assert chart.height() >= needed  # the chart is never squeezed below its rows
    viewport = dashboard.chart_scroll.viewport()
    assert viewport.height() < needed  # ... so it scrolls, here
    scroll_bar = dashboard.chart_scroll.verticalScrollBar()
    assert scroll_bar.maximum() > 0
    # The last bar is painted inside the chart, not past its bottom edge.
    image = QImage(chart.size(), QImage.Format.Format_RGB32)
    chart.render(image)
    last_row_middle = needed - ROW_GAP - chart.row_height() // 2
    width = image.width()
    row_colours = {image.pixelColor(x, last_row_middle).name() for x in range(width)}
    assert len(row_colours) > 1  # a bar (or its label) is there, not bare background


def test_the_chart_needs_no_scrolling_when_there_is_room(
    qtbot: QtBot, catalogue: Catalogue
) -> None:
    dashboard = Dashboard(catalogue)
    qtbot.addWidget(dashboard)
    dashboard.show_measures(many_measures(catalogue))
    dashboard.resize(700, 1000)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    assert dashboard.chart_scroll.verticalScrollBar().maximum() == 0
