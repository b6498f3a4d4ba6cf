"""Small visual helpers shared by the pages (relative sizes, so 150 % scaling still fits)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def enlarge(widget: QWidget, factor: float, *, bold: bool = True) -> None:
    """Make a heading: the widget's own font, scaled and bold."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)
