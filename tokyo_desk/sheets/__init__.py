"""Explanation sheets (ReportLab): arrives with the sheets issue."""
