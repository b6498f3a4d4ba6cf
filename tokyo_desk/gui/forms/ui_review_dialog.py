# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        ReviewDialog.resize(560, 420)
        ReviewDialog.setModal(True)
        self.main_layout = QVBoxLayout(ReviewDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ReviewDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.PlainText)
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.measure_label = QLabel(ReviewDialog)
        self.measure_label.setObjectName(u"measure_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.measure_label)

        self.measure_combo = QComboBox(ReviewDialog)
        self.measure_combo.setObjectName(u"measure_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.measure_combo)

        self.measure_info_label = QLabel(ReviewDialog)
        self.measure_info_label.setObjectName(u"measure_info_label")
        self.measure_info_label.setTextFormat(Qt.PlainText)
        self.measure_info_label.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.measure_info_label)

        self.reviewed_label = QLabel(ReviewDialog)
        self.reviewed_label.setObjectName(u"reviewed_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reviewed_label)

        self.reviewed_edit = QDateEdit(ReviewDialog)
        self.reviewed_edit.setObjectName(u"reviewed_edit")
        self.reviewed_edit.setCalendarPopup(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reviewed_edit)

        self.outcome_label = QLabel(ReviewDialog)
        self.outcome_label.setObjectName(u"outcome_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome_combo = QComboBox(ReviewDialog)
        self.outcome_combo.setObjectName(u"outcome_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.outcome_combo)

        self.next_review_check = QCheckBox(ReviewDialog)
        self.next_review_check.setObjectName(u"next_review_check")
        self.next_review_check.setChecked(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.next_review_check)

        self.next_review_edit = QDateEdit(ReviewDialog)
        self.next_review_edit.setObjectName(u"next_review_edit")
        self.next_review_edit.setCalendarPopup(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.next_review_edit)

        self.notes_label = QLabel(ReviewDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(ReviewDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.form_layout)

        self.status_label = QLabel(ReviewDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.PlainText)
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(ReviewDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.measure_label.setBuddy(self.measure_combo)
        self.reviewed_label.setBuddy(self.reviewed_edit)
        self.outcome_label.setBuddy(self.outcome_combo)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.measure_combo, self.reviewed_edit)
        QWidget.setTabOrder(self.reviewed_edit, self.outcome_combo)
        QWidget.setTabOrder(self.outcome_combo, self.next_review_check)
        QWidget.setTabOrder(self.next_review_check, self.next_review_edit)
        QWidget.setTabOrder(self.next_review_edit, self.notes_edit)

        self.retranslateUi(ReviewDialog)

        QMetaObject.connectSlotsByName(ReviewDialog)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"Record a review", None))
        self.intro_label.setText(QCoreApplication.translate("ReviewDialog", u"Record the periodic review of the supervision (rule 10.3), its outcome, and when the next review is due.", None))
        self.measure_label.setText(QCoreApplication.translate("ReviewDialog", u"&Measure", None))
#if QT_CONFIG(accessibility)
        self.measure_combo.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Measure", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.measure_info_label.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"About the measure", None))
#endif // QT_CONFIG(accessibility)
        self.reviewed_label.setText(QCoreApplication.translate("ReviewDialog", u"&Reviewed on", None))
        self.reviewed_edit.setDisplayFormat(QCoreApplication.translate("ReviewDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.reviewed_edit.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Reviewed on", None))
#endif // QT_CONFIG(accessibility)
        self.outcome_label.setText(QCoreApplication.translate("ReviewDialog", u"&Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcome_combo.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.next_review_check.setText(QCoreApplication.translate("ReviewDialog", u"&Next review due", None))
        self.next_review_edit.setDisplayFormat(QCoreApplication.translate("ReviewDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.next_review_edit.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Next review due", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("ReviewDialog", u"No&tes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

