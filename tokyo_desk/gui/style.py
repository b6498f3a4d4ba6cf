"""Small visual helpers shared by the pages (relative sizes, so 150 % scaling still fits)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# What a window manager adds around a window (title bar, borders), in logical pixels: the
# title bar grows with the display scale, like everything else.
FRAME = QSize(16, 40)


def enlarge(widget: QWidget, factor: float, *, bold: bool = True) -> None:
    """Make a heading: the widget's own font, scaled and bold."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


def fit_to_screen(window: QWidget) -> None:
    """Keep a window inside the screen's free area (a 1366x768 laptop at 150 % leaves about
    900x450 for it): shrink it, and when its content cannot shrink that far, let the content
    scroll, above the status line and the buttons, which stay in view."""
    screen = window.screen()
    layout = window.layout()
    if screen is None or layout is None:
        return
    free = screen.availableGeometry()
    room = free.size() - FRAME
    least = window.minimumSizeHint()
    if least.width() > room.width() or least.height() > room.height():
        _scroll_the_content(window, layout)
        layout.activate()  # the window's minimum size is the layout's: now a smaller one
    window.resize(window.size().boundedTo(room))
    left = max(free.left(), min(window.x(), free.right() - FRAME.width() - window.width()))
    top = max(free.top(), min(window.y(), free.bottom() - FRAME.height() - window.height()))
    window.move(left, top)


def _scroll_the_content(window: QWidget, layout: QLayout) -> None:
    """Move the items of ``layout`` above its status label (or its buttons) into a scroll
    area in their place."""
    if not isinstance(layout, QVBoxLayout) or window.findChild(QScrollArea, "fit_scroll_area"):
        return  # not a form of rows, or done already
    end = next(
        (index for index in range(layout.count()) if _stays_in_view(layout.itemAt(index))),
        layout.count() - 1,
    )
    if end <= 0:
        return
    tab_order = _focus_chain(window)  # moving widgets appends them to it in layout order
    focused = window.focusWidget()
    content = QWidget()
    content_layout = QVBoxLayout(content)
    content_layout.setContentsMargins(0, 0, 0, 0)
    # itemAt and removeItem, not takeAt: the item must never be owned (and deleted) by Python.
    for _ in range(end):
        item = layout.itemAt(0)
        assert item is not None  # there are ``end`` items before the status line
        if (widget := item.widget()) is not None:
            layout.removeWidget(widget)
            content_layout.addWidget(widget)
        elif (inner := item.layout()) is not None:
            layout.removeItem(inner)
            inner.setParent(None)  # it moves to content_layout
            content_layout.addLayout(inner)
        else:
            layout.removeItem(item)
            content_layout.addItem(item)
    scroll = QScrollArea(window)
    scroll.setObjectName("fit_scroll_area")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # it scrolls to the control Tab reaches
    scroll.setWidget(content)
    layout.insertWidget(0, scroll, 1)
    scroll.show()  # a child added to a window being shown is hidden until told otherwise
    for first, second in itertools.pairwise(tab_order):
        QWidget.setTabOrder(first, second)
    # The form starts where it did: on the control chosen for it, or its first one (the
    # dialog's buttons lead the chain, but Qt starts a dialog on its first field).
    start = focused or next((widget for widget in tab_order if _starts(widget, window)), None)
    if start is not None:
        start.setFocus()


def _stays_in_view(item: QLayoutItem | None) -> bool:
    widget = item.widget() if item is not None else None
    return widget is not None and (
        widget.objectName() == "status_label" or isinstance(widget, QDialogButtonBox)
    )


def _starts(widget: QWidget, window: QWidget) -> bool:
    """A control a form can start on: reached by Tab, usable, shown, not a dialog button."""
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isEnabled()
        and widget.isVisibleTo(window)
        and not isinstance(widget.parent(), QDialogButtonBox)
    )


def _focus_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab can stop at, in their order (setTabOrder ignores the others)."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return [widget for widget in chain if widget.focusPolicy() != Qt.FocusPolicy.NoFocus]
