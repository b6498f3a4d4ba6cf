# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workspace.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_Workspace(object):
    def setupUi(self, Workspace):
        if not Workspace.objectName():
            Workspace.setObjectName(u"Workspace")
        Workspace.resize(1100, 700)
        self.main_layout = QVBoxLayout(Workspace)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(Workspace)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.caseload_panel = QWidget(self.splitter)
        self.caseload_panel.setObjectName(u"caseload_panel")
        self.caseload_layout = QVBoxLayout(self.caseload_panel)
        self.caseload_layout.setObjectName(u"caseload_layout")
        self.caseload_layout.setContentsMargins(0, 0, 0, 0)
        self.search_layout = QHBoxLayout()
        self.search_layout.setObjectName(u"search_layout")
        self.search_label = QLabel(self.caseload_panel)
        self.search_label.setObjectName(u"search_label")

        self.search_layout.addWidget(self.search_label)

        self.search_edit = QLineEdit(self.caseload_panel)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_layout.addWidget(self.search_edit)

        self.filter_label = QLabel(self.caseload_panel)
        self.filter_label.setObjectName(u"filter_label")

        self.search_layout.addWidget(self.filter_label)

        self.filter_combo = QComboBox(self.caseload_panel)
        self.filter_combo.setObjectName(u"filter_combo")
        self.filter_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.search_layout.addWidget(self.filter_combo)

        self.new_case_button = QPushButton(self.caseload_panel)
        self.new_case_button.setObjectName(u"new_case_button")

        self.search_layout.addWidget(self.new_case_button)


        self.caseload_layout.addLayout(self.search_layout)

        self.caseload_view = QTableView(self.caseload_panel)
        self.caseload_view.setObjectName(u"caseload_view")
        self.caseload_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.caseload_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.caseload_view.setAlternatingRowColors(True)
        self.caseload_view.setWordWrap(False)
        self.caseload_view.setTabKeyNavigation(False)

        self.caseload_layout.addWidget(self.caseload_view)

        self.summary_label = QLabel(self.caseload_panel)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.PlainText)

        self.caseload_layout.addWidget(self.summary_label)

        self.splitter.addWidget(self.caseload_panel)
        self.case_panel = QWidget(self.splitter)
        self.case_panel.setObjectName(u"case_panel")
        self.case_layout = QVBoxLayout(self.case_panel)
        self.case_layout.setObjectName(u"case_layout")
        self.case_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.case_panel)

        self.main_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
        self.filter_label.setBuddy(self.filter_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.filter_combo)
        QWidget.setTabOrder(self.filter_combo, self.caseload_view)

        self.retranslateUi(Workspace)

        QMetaObject.connectSlotsByName(Workspace)
    # setupUi

    def retranslateUi(self, Workspace):
        self.search_label.setText(QCoreApplication.translate("Workspace", u"Se&arch", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("Workspace", u"Name or case number", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("Workspace", u"Search names and case numbers", None))
#endif // QT_CONFIG(accessibility)
        self.filter_label.setText(QCoreApplication.translate("Workspace", u"Sho&w", None))
#if QT_CONFIG(accessibility)
        self.filter_combo.setAccessibleName(QCoreApplication.translate("Workspace", u"Which cases to show", None))
#endif // QT_CONFIG(accessibility)
        self.new_case_button.setText(QCoreApplication.translate("Workspace", u"&New case\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_case_button.setAccessibleName(QCoreApplication.translate("Workspace", u"Open a case for a new person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.caseload_view.setAccessibleName(QCoreApplication.translate("Workspace", u"Caseload", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("Workspace", u"Caseload summary", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

