# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_CasePage(object):
    def setupUi(self, CasePage):
        if not CasePage.objectName():
            CasePage.setObjectName(u"CasePage")
        CasePage.resize(600, 600)
        self.main_layout = QVBoxLayout(CasePage)
        self.main_layout.setObjectName(u"main_layout")
        self.name_label = QLabel(CasePage)
        self.name_label.setObjectName(u"name_label")
        self.name_label.setTextFormat(Qt.PlainText)

        self.main_layout.addWidget(self.name_label)

        self.summary_label = QLabel(CasePage)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.PlainText)
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.attention_label = QLabel(CasePage)
        self.attention_label.setObjectName(u"attention_label")
        self.attention_label.setTextFormat(Qt.PlainText)
        self.attention_label.setWordWrap(True)

        self.main_layout.addWidget(self.attention_label)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.record_button = QPushButton(CasePage)
        self.record_button.setObjectName(u"record_button")

        self.actions_layout.addWidget(self.record_button)

        self.dashboard_button = QPushButton(CasePage)
        self.dashboard_button.setObjectName(u"dashboard_button")

        self.actions_layout.addWidget(self.dashboard_button)

        self.explain_button = QPushButton(CasePage)
        self.explain_button.setObjectName(u"explain_button")

        self.actions_layout.addWidget(self.explain_button)


        self.main_layout.addLayout(self.actions_layout)

        self.tabs = QTabWidget(CasePage)
        self.tabs.setObjectName(u"tabs")
        self.person_tab = QWidget()
        self.person_tab.setObjectName(u"person_tab")
        self.person_layout = QVBoxLayout(self.person_tab)
        self.person_layout.setObjectName(u"person_layout")
        self.person_tree = QTreeWidget(self.person_tab)
        self.person_tree.setObjectName(u"person_tree")
        self.person_tree.setRootIsDecorated(False)
        self.person_tree.setWordWrap(True)

        self.person_layout.addWidget(self.person_tree)

        self.tabs.addTab(self.person_tab, "")
        self.measures_tab = QWidget()
        self.measures_tab.setObjectName(u"measures_tab")
        self.measures_layout = QVBoxLayout(self.measures_tab)
        self.measures_layout.setObjectName(u"measures_layout")
        self.measures_tree = QTreeWidget(self.measures_tab)
        self.measures_tree.setObjectName(u"measures_tree")
        self.measures_tree.setWordWrap(True)

        self.measures_layout.addWidget(self.measures_tree)

        self.tabs.addTab(self.measures_tab, "")
        self.timeline_tab = QWidget()
        self.timeline_tab.setObjectName(u"timeline_tab")
        self.timeline_layout = QVBoxLayout(self.timeline_tab)
        self.timeline_layout.setObjectName(u"timeline_layout")
        self.timeline_tree = QTreeWidget(self.timeline_tab)
        self.timeline_tree.setObjectName(u"timeline_tree")
        self.timeline_tree.setRootIsDecorated(False)

        self.timeline_layout.addWidget(self.timeline_tree)

        self.tabs.addTab(self.timeline_tab, "")
        self.sync_tab = QWidget()
        self.sync_tab.setObjectName(u"sync_tab")
        self.sync_layout = QVBoxLayout(self.sync_tab)
        self.sync_layout.setObjectName(u"sync_layout")
        self.sync_intro_label = QLabel(self.sync_tab)
        self.sync_intro_label.setObjectName(u"sync_intro_label")
        self.sync_intro_label.setTextFormat(Qt.PlainText)
        self.sync_intro_label.setWordWrap(True)

        self.sync_layout.addWidget(self.sync_intro_label)

        self.sync_tree = QTreeWidget(self.sync_tab)
        self.sync_tree.setObjectName(u"sync_tree")
        self.sync_tree.setWordWrap(True)

        self.sync_layout.addWidget(self.sync_tree)

        self.tabs.addTab(self.sync_tab, "")

        self.main_layout.addWidget(self.tabs)


        self.retranslateUi(CasePage)

        QMetaObject.connectSlotsByName(CasePage)
    # setupUi

    def retranslateUi(self, CasePage):
#if QT_CONFIG(accessibility)
        self.name_label.setAccessibleName(QCoreApplication.translate("CasePage", u"Person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("CasePage", u"Case summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.attention_label.setAccessibleName(QCoreApplication.translate("CasePage", u"What needs attention", None))
#endif // QT_CONFIG(accessibility)
        self.record_button.setText(QCoreApplication.translate("CasePage", u"&Record\u2026", None))
#if QT_CONFIG(accessibility)
        self.record_button.setAccessibleName(QCoreApplication.translate("CasePage", u"Record something in this case", None))
#endif // QT_CONFIG(accessibility)
        self.dashboard_button.setText(QCoreApplication.translate("CasePage", u"&Dashboard", None))
#if QT_CONFIG(accessibility)
        self.dashboard_button.setAccessibleName(QCoreApplication.translate("CasePage", u"Back to the dashboard", None))
#endif // QT_CONFIG(accessibility)
        self.explain_button.setText(QCoreApplication.translate("CasePage", u"&Explain the conditions\u2026", None))
#if QT_CONFIG(accessibility)
        self.explain_button.setAccessibleName(QCoreApplication.translate("CasePage", u"Explain the conditions to the person (rule 12.3)", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem = self.person_tree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CasePage", u"Value", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CasePage", u"Detail", None))
#if QT_CONFIG(accessibility)
        self.person_tree.setAccessibleName(QCoreApplication.translate("CasePage", u"Personal details", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.person_tab), QCoreApplication.translate("CasePage", u"&Person", None))
        ___qtreewidgetitem1 = self.measures_tree.headerItem()
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("CasePage", u"Details", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("CasePage", u"Measure or condition", None))
#if QT_CONFIG(accessibility)
        self.measures_tree.setAccessibleName(QCoreApplication.translate("CasePage", u"Measures and conditions", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.measures_tab), QCoreApplication.translate("CasePage", u"&Measures and conditions", None))
        ___qtreewidgetitem2 = self.timeline_tree.headerItem()
        ___qtreewidgetitem2.setText(2, QCoreApplication.translate("CasePage", u"Details", None))
        ___qtreewidgetitem2.setText(1, QCoreApplication.translate("CasePage", u"What", None))
        ___qtreewidgetitem2.setText(0, QCoreApplication.translate("CasePage", u"When", None))
#if QT_CONFIG(accessibility)
        self.timeline_tree.setAccessibleName(QCoreApplication.translate("CasePage", u"Timeline of events", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.timeline_tab), QCoreApplication.translate("CasePage", u"&Timeline", None))
        self.sync_intro_label.setText(QCoreApplication.translate("CasePage", u"What head office did not accept, and details recorded differently on two devices. Nothing here is lost: correct it by recording again.", None))
        ___qtreewidgetitem3 = self.sync_tree.headerItem()
        ___qtreewidgetitem3.setText(1, QCoreApplication.translate("CasePage", u"Details", None))
        ___qtreewidgetitem3.setText(0, QCoreApplication.translate("CasePage", u"What", None))
#if QT_CONFIG(accessibility)
        self.sync_tree.setAccessibleName(QCoreApplication.translate("CasePage", u"Sync issues of this case", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.sync_tab), QCoreApplication.translate("CasePage", u"Sync iss&ues", None))
        pass
    # retranslateUi

