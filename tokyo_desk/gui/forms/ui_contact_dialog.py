# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_dialog.ui'
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
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog):
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        ContactDialog.resize(480, 360)
        ContactDialog.setModal(True)
        self.main_layout = QVBoxLayout(ContactDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ContactDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.PlainText)
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.occurred_label = QLabel(ContactDialog)
        self.occurred_label.setObjectName(u"occurred_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.occurred_label)

        self.occurred_edit = QDateTimeEdit(ContactDialog)
        self.occurred_edit.setObjectName(u"occurred_edit")
        self.occurred_edit.setCalendarPopup(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.occurred_edit)

        self.kind_label = QLabel(ContactDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(ContactDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.attended_check = QCheckBox(ContactDialog)
        self.attended_check.setObjectName(u"attended_check")
        self.attended_check.setChecked(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.attended_check)

        self.notes_label = QLabel(ContactDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(ContactDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.main_layout.addLayout(self.form_layout)

        self.status_label = QLabel(ContactDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.PlainText)
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(ContactDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.occurred_label.setBuddy(self.occurred_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.occurred_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.attended_check)
        QWidget.setTabOrder(self.attended_check, self.notes_edit)

        self.retranslateUi(ContactDialog)

        QMetaObject.connectSlotsByName(ContactDialog)
    # setupUi

    def retranslateUi(self, ContactDialog):
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"Record a contact", None))
        self.intro_label.setText(QCoreApplication.translate("ContactDialog", u"Record a contact with the person: when it happened, how, and whether the person attended.", None))
        self.occurred_label.setText(QCoreApplication.translate("ContactDialog", u"&When", None))
        self.occurred_edit.setDisplayFormat(QCoreApplication.translate("ContactDialog", u"yyyy-MM-dd HH:mm", None))
#if QT_CONFIG(accessibility)
        self.occurred_edit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"When the contact happened", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("ContactDialog", u"&Type of contact", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Type of contact", None))
#endif // QT_CONFIG(accessibility)
        self.attended_check.setText(QCoreApplication.translate("ContactDialog", u"The person &attended", None))
        self.notes_label.setText(QCoreApplication.translate("ContactDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

