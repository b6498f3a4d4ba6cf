# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'termination_dialog.ui'
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
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_TerminationDialog(object):
    def setupUi(self, TerminationDialog):
        if not TerminationDialog.objectName():
            TerminationDialog.setObjectName(u"TerminationDialog")
        TerminationDialog.resize(580, 480)
        TerminationDialog.setModal(True)
        self.main_layout = QVBoxLayout(TerminationDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(TerminationDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.PlainText)
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.measure_label = QLabel(TerminationDialog)
        self.measure_label.setObjectName(u"measure_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.measure_label)

        self.measure_combo = QComboBox(TerminationDialog)
        self.measure_combo.setObjectName(u"measure_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.measure_combo)

        self.measure_info_label = QLabel(TerminationDialog)
        self.measure_info_label.setObjectName(u"measure_info_label")
        self.measure_info_label.setTextFormat(Qt.PlainText)
        self.measure_info_label.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.measure_info_label)

        self.kind_label = QLabel(TerminationDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(TerminationDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.decided_label = QLabel(TerminationDialog)
        self.decided_label.setObjectName(u"decided_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decided_label)

        self.decided_edit = QDateEdit(TerminationDialog)
        self.decided_edit.setObjectName(u"decided_edit")
        self.decided_edit.setCalendarPopup(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decided_edit)

        self.authority_label = QLabel(TerminationDialog)
        self.authority_label.setObjectName(u"authority_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.authority_label)

        self.authority_edit = QLineEdit(TerminationDialog)
        self.authority_edit.setObjectName(u"authority_edit")
        self.authority_edit.setMaxLength(2000)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.authority_edit)

        self.reference_label = QLabel(TerminationDialog)
        self.reference_label.setObjectName(u"reference_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reference_label)

        self.reference_edit = QLineEdit(TerminationDialog)
        self.reference_edit.setObjectName(u"reference_edit")
        self.reference_edit.setMaxLength(2000)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reference_edit)

        self.reason_label = QLabel(TerminationDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QPlainTextEdit(TerminationDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reason_edit)


        self.main_layout.addLayout(self.form_layout)

        self.hint_label = QLabel(TerminationDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setTextFormat(Qt.PlainText)
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.status_label = QLabel(TerminationDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.PlainText)
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(TerminationDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.measure_label.setBuddy(self.measure_combo)
        self.kind_label.setBuddy(self.kind_combo)
        self.decided_label.setBuddy(self.decided_edit)
        self.authority_label.setBuddy(self.authority_edit)
        self.reference_label.setBuddy(self.reference_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.measure_combo, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.decided_edit)
        QWidget.setTabOrder(self.decided_edit, self.authority_edit)
        QWidget.setTabOrder(self.authority_edit, self.reference_edit)
        QWidget.setTabOrder(self.reference_edit, self.reason_edit)

        self.retranslateUi(TerminationDialog)

        QMetaObject.connectSlotsByName(TerminationDialog)
    # setupUi

    def retranslateUi(self, TerminationDialog):
        TerminationDialog.setWindowTitle(QCoreApplication.translate("TerminationDialog", u"Record the end of a measure", None))
        self.intro_label.setText(QCoreApplication.translate("TerminationDialog", u"Record that a measure has ended: completed at the end of its term, ended early by the competent authority (rule 11.2), or revoked by the authority after a breach (rule 14).", None))
        self.measure_label.setText(QCoreApplication.translate("TerminationDialog", u"&Measure", None))
#if QT_CONFIG(accessibility)
        self.measure_combo.setAccessibleName(QCoreApplication.translate("TerminationDialog", u"Measure", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.measure_info_label.setAccessibleName(QCoreApplication.translate("TerminationDialog", u"About the measure", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("TerminationDialog", u"&How it ended", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("TerminationDialog", u"How the measure ended", None))
#endif // QT_CONFIG(accessibility)
        self.decided_label.setText(QCoreApplication.translate("TerminationDialog", u"&Decided on", None))
        self.decided_edit.setDisplayFormat(QCoreApplication.translate("TerminationDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.decided_edit.setAccessibleName(QCoreApplication.translate("TerminationDialog", u"Decided on", None))
#endif // QT_CONFIG(accessibility)
        self.authority_label.setText(QCoreApplication.translate("TerminationDialog", u"&Authority", None))
#if QT_CONFIG(accessibility)
        self.authority_edit.setAccessibleName(QCoreApplication.translate("TerminationDialog", u"Deciding authority", None))
#endif // QT_CONFIG(accessibility)
        self.reference_label.setText(QCoreApplication.translate("TerminationDialog", u"Decision &reference", None))
#if QT_CONFIG(accessibility)
        self.reference_edit.setAccessibleName(QCoreApplication.translate("TerminationDialog", u"Decision reference", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("TerminationDialog", u"R&eason", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("TerminationDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hint_label.setAccessibleName(QCoreApplication.translate("TerminationDialog", u"What the rules require", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("TerminationDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

