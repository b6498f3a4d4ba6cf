# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'breach_account_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_BreachAccountDialog(object):
    def setupUi(self, BreachAccountDialog):
        if not BreachAccountDialog.objectName():
            BreachAccountDialog.setObjectName(u"BreachAccountDialog")
        BreachAccountDialog.resize(640, 560)
        BreachAccountDialog.setModal(True)
        self.main_layout = QVBoxLayout(BreachAccountDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.safeguard_label = QLabel(BreachAccountDialog)
        self.safeguard_label.setObjectName(u"safeguard_label")
        self.safeguard_label.setTextFormat(Qt.PlainText)
        self.safeguard_label.setWordWrap(True)

        self.main_layout.addWidget(self.safeguard_label)

        self.intro_label = QLabel(BreachAccountDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.PlainText)
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.breach_label = QLabel(BreachAccountDialog)
        self.breach_label.setObjectName(u"breach_label")

        self.main_layout.addWidget(self.breach_label)

        self.breach_text = QPlainTextEdit(BreachAccountDialog)
        self.breach_text.setObjectName(u"breach_text")
        self.breach_text.setReadOnly(True)
        self.breach_text.setTabChangesFocus(True)

        self.main_layout.addWidget(self.breach_text)

        self.existing_account_label = QLabel(BreachAccountDialog)
        self.existing_account_label.setObjectName(u"existing_account_label")
        self.existing_account_label.setTextFormat(Qt.PlainText)
        self.existing_account_label.setWordWrap(True)

        self.main_layout.addWidget(self.existing_account_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.recorded_on_label = QLabel(BreachAccountDialog)
        self.recorded_on_label.setObjectName(u"recorded_on_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recorded_on_label)

        self.recorded_on_edit = QDateEdit(BreachAccountDialog)
        self.recorded_on_edit.setObjectName(u"recorded_on_edit")
        self.recorded_on_edit.setCalendarPopup(True)
        self.recorded_on_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recorded_on_edit)

        self.account_label = QLabel(BreachAccountDialog)
        self.account_label.setObjectName(u"account_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.account_label)

        self.account_edit = QPlainTextEdit(BreachAccountDialog)
        self.account_edit.setObjectName(u"account_edit")
        self.account_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.account_edit)


        self.main_layout.addLayout(self.form_layout)

        self.status_label = QLabel(BreachAccountDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.PlainText)
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(BreachAccountDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.breach_label.setBuddy(self.breach_text)
        self.recorded_on_label.setBuddy(self.recorded_on_edit)
        self.account_label.setBuddy(self.account_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.breach_text, self.recorded_on_edit)
        QWidget.setTabOrder(self.recorded_on_edit, self.account_edit)
        QWidget.setTabOrder(self.account_edit, self.button_box)

        self.retranslateUi(BreachAccountDialog)

        QMetaObject.connectSlotsByName(BreachAccountDialog)
    # setupUi

    def retranslateUi(self, BreachAccountDialog):
        BreachAccountDialog.setWindowTitle(QCoreApplication.translate("BreachAccountDialog", u"The person's account of the breach (rule 14.2)", None))
        self.safeguard_label.setText(QCoreApplication.translate("BreachAccountDialog", u"The person must be heard (rule 14.2).", None))
        self.intro_label.setText(QCoreApplication.translate("BreachAccountDialog", u"Step 2 of 3: record the person's own account of what happened, in their words, before any decision is taken. Nothing may be referred to the authority before the person has been heard.", None))
        self.breach_label.setText(QCoreApplication.translate("BreachAccountDialog", u"The &breach reported", None))
#if QT_CONFIG(accessibility)
        self.breach_text.setAccessibleName(QCoreApplication.translate("BreachAccountDialog", u"The breach reported", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.existing_account_label.setAccessibleName(QCoreApplication.translate("BreachAccountDialog", u"Account already recorded", None))
#endif // QT_CONFIG(accessibility)
        self.recorded_on_label.setText(QCoreApplication.translate("BreachAccountDialog", u"&Heard on", None))
#if QT_CONFIG(accessibility)
        self.recorded_on_edit.setAccessibleName(QCoreApplication.translate("BreachAccountDialog", u"Date the person was heard", None))
#endif // QT_CONFIG(accessibility)
        self.account_label.setText(QCoreApplication.translate("BreachAccountDialog", u"The person's &account", None))
#if QT_CONFIG(accessibility)
        self.account_edit.setAccessibleName(QCoreApplication.translate("BreachAccountDialog", u"The person's account", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("BreachAccountDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

