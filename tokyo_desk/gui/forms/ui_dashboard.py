# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QLabel, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_Dashboard(object):
    def setupUi(self, Dashboard):
        if not Dashboard.objectName():
            Dashboard.setObjectName(u"Dashboard")
        Dashboard.resize(520, 600)
        self.main_layout = QVBoxLayout(Dashboard)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(Dashboard)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.PlainText)

        self.main_layout.addWidget(self.title_label)

        self.tiles_layout = QGridLayout()
        self.tiles_layout.setObjectName(u"tiles_layout")
        self.explanation_button = QPushButton(Dashboard)
        self.explanation_button.setObjectName(u"explanation_button")

        self.tiles_layout.addWidget(self.explanation_button, 0, 0, 1, 1)

        self.review_button = QPushButton(Dashboard)
        self.review_button.setObjectName(u"review_button")

        self.tiles_layout.addWidget(self.review_button, 0, 1, 1, 1)

        self.breach_button = QPushButton(Dashboard)
        self.breach_button.setObjectName(u"breach_button")

        self.tiles_layout.addWidget(self.breach_button, 1, 0, 1, 1)

        self.ending_button = QPushButton(Dashboard)
        self.ending_button.setObjectName(u"ending_button")

        self.tiles_layout.addWidget(self.ending_button, 1, 1, 1, 1)


        self.main_layout.addLayout(self.tiles_layout)

        self.chart_title_label = QLabel(Dashboard)
        self.chart_title_label.setObjectName(u"chart_title_label")
        self.chart_title_label.setTextFormat(Qt.PlainText)

        self.main_layout.addWidget(self.chart_title_label)

        self.chart_container = QWidget(Dashboard)
        self.chart_container.setObjectName(u"chart_container")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.chart_container.sizePolicy().hasHeightForWidth())
        self.chart_container.setSizePolicy(sizePolicy)
        self.chart_layout = QVBoxLayout(self.chart_container)
        self.chart_layout.setObjectName(u"chart_layout")
        self.chart_layout.setContentsMargins(0, 0, 0, 0)

        self.main_layout.addWidget(self.chart_container)


        self.retranslateUi(Dashboard)

        QMetaObject.connectSlotsByName(Dashboard)
    # setupUi

    def retranslateUi(self, Dashboard):
        self.title_label.setText(QCoreApplication.translate("Dashboard", u"What is due", None))
#if QT_CONFIG(accessibility)
        self.explanation_button.setAccessibleName(QCoreApplication.translate("Dashboard", u"Explanation pending", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.review_button.setAccessibleName(QCoreApplication.translate("Dashboard", u"Review due", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.breach_button.setAccessibleName(QCoreApplication.translate("Dashboard", u"Breach open", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ending_button.setAccessibleName(QCoreApplication.translate("Dashboard", u"Ending soon", None))
#endif // QT_CONFIG(accessibility)
        self.chart_title_label.setText(QCoreApplication.translate("Dashboard", u"Measures by type", None))
        pass
    # retranslateUi

