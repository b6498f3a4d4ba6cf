# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'breach_report_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_BreachReportDialog(object):
    def setupUi(self, BreachReportDialog):
        if not BreachReportDialog.objectName():
            BreachReportDialog.setObjectName(u"BreachReportDialog")
        BreachReportDialog.resize(680, 620)
        BreachReportDialog.setModal(True)
        self.main_layout = QVBoxLayout(BreachReportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.safeguard_label = QLabel(BreachReportDialog)
        self.safeguard_label.setObjectName(u"safeguard_label")
        self.safeguard_label.setTextFormat(Qt.PlainText)
        self.safeguard_label.setWordWrap(True)

        self.main_layout.addWidget(self.safeguard_label)

        self.intro_label = QLabel(BreachReportDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.PlainText)
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.measure_label = QLabel(BreachReportDialog)
        self.measure_label.setObjectName(u"measure_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.measure_label)

        self.measure_combo = QComboBox(BreachReportDialog)
        self.measure_combo.setObjectName(u"measure_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.measure_combo)

        self.conditions_label = QLabel(BreachReportDialog)
        self.conditions_label.setObjectName(u"conditions_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.conditions_label)

        self.conditions_list = QListWidget(BreachReportDialog)
        self.conditions_list.setObjectName(u"conditions_list")
        self.conditions_list.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.conditions_list)

        self.occurred_on_label = QLabel(BreachReportDialog)
        self.occurred_on_label.setObjectName(u"occurred_on_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.occurred_on_label)

        self.occurred_on_edit = QDateEdit(BreachReportDialog)
        self.occurred_on_edit.setObjectName(u"occurred_on_edit")
        self.occurred_on_edit.setCalendarPopup(True)
        self.occurred_on_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.occurred_on_edit)

        self.reported_on_label = QLabel(BreachReportDialog)
        self.reported_on_label.setObjectName(u"reported_on_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reported_on_label)

        self.reported_on_edit = QDateEdit(BreachReportDialog)
        self.reported_on_edit.setObjectName(u"reported_on_edit")
        self.reported_on_edit.setCalendarPopup(True)
        self.reported_on_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reported_on_edit)

        self.description_label = QLabel(BreachReportDialog)
        self.description_label.setObjectName(u"description_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_edit = QPlainTextEdit(BreachReportDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.description_edit)


        self.main_layout.addLayout(self.form_layout)

        self.status_label = QLabel(BreachReportDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.PlainText)
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(BreachReportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.measure_label.setBuddy(self.measure_combo)
        self.conditions_label.setBuddy(self.conditions_list)
        self.occurred_on_label.setBuddy(self.occurred_on_edit)
        self.reported_on_label.setBuddy(self.reported_on_edit)
        self.description_label.setBuddy(self.description_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.measure_combo, self.conditions_list)
        QWidget.setTabOrder(self.conditions_list, self.occurred_on_edit)
        QWidget.setTabOrder(self.occurred_on_edit, self.reported_on_edit)
        QWidget.setTabOrder(self.reported_on_edit, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.button_box)

        self.retranslateUi(BreachReportDialog)

        QMetaObject.connectSlotsByName(BreachReportDialog)
    # setupUi

    def retranslateUi(self, BreachReportDialog):
        BreachReportDialog.setWindowTitle(QCoreApplication.translate("BreachReportDialog", u"Report a breach of conditions (rule 14)", None))
        self.safeguard_label.setText(QCoreApplication.translate("BreachReportDialog", u"A breach does not automatically lead to imprisonment (rule 14.3).", None))
        self.intro_label.setText(QCoreApplication.translate("BreachReportDialog", u"Step 1 of 3: record what happened and which conditions it concerns (rule 14.1). Next, the person must be heard: record their own account (rule 14.2). Only then decide the response, considering the non-custodial alternatives first (rules 14.3, 14.4).", None))
        self.measure_label.setText(QCoreApplication.translate("BreachReportDialog", u"&Measure", None))
#if QT_CONFIG(accessibility)
        self.measure_combo.setAccessibleName(QCoreApplication.translate("BreachReportDialog", u"Measure", None))
#endif // QT_CONFIG(accessibility)
        self.conditions_label.setText(QCoreApplication.translate("BreachReportDialog", u"&Conditions concerned", None))
#if QT_CONFIG(accessibility)
        self.conditions_list.setAccessibleName(QCoreApplication.translate("BreachReportDialog", u"Conditions concerned (tick with Space)", None))
#endif // QT_CONFIG(accessibility)
        self.occurred_on_label.setText(QCoreApplication.translate("BreachReportDialog", u"Date of the &breach", None))
#if QT_CONFIG(accessibility)
        self.occurred_on_edit.setAccessibleName(QCoreApplication.translate("BreachReportDialog", u"Date of the breach", None))
#endif // QT_CONFIG(accessibility)
        self.reported_on_label.setText(QCoreApplication.translate("BreachReportDialog", u"&Reported on", None))
#if QT_CONFIG(accessibility)
        self.reported_on_edit.setAccessibleName(QCoreApplication.translate("BreachReportDialog", u"Date the breach was reported", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("BreachReportDialog", u"&What happened", None))
#if QT_CONFIG(accessibility)
        self.description_edit.setAccessibleName(QCoreApplication.translate("BreachReportDialog", u"What happened", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("BreachReportDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

