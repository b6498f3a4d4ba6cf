# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'breach_response_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_BreachResponseDialog(object):
    def setupUi(self, BreachResponseDialog):
        if not BreachResponseDialog.objectName():
            BreachResponseDialog.setObjectName(u"BreachResponseDialog")
        BreachResponseDialog.resize(1000, 700)
        BreachResponseDialog.setModal(True)
        self.main_layout = QVBoxLayout(BreachResponseDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.safeguard_label = QLabel(BreachResponseDialog)
        self.safeguard_label.setObjectName(u"safeguard_label")
        self.safeguard_label.setTextFormat(Qt.PlainText)
        self.safeguard_label.setWordWrap(True)

        self.main_layout.addWidget(self.safeguard_label)

        self.intro_label = QLabel(BreachResponseDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.PlainText)
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.breach_label = QLabel(BreachResponseDialog)
        self.breach_label.setObjectName(u"breach_label")

        self.left_layout.addWidget(self.breach_label)

        self.breach_text = QPlainTextEdit(BreachResponseDialog)
        self.breach_text.setObjectName(u"breach_text")
        self.breach_text.setReadOnly(True)
        self.breach_text.setTabChangesFocus(True)

        self.left_layout.addWidget(self.breach_text)

        self.account_warning_label = QLabel(BreachResponseDialog)
        self.account_warning_label.setObjectName(u"account_warning_label")
        self.account_warning_label.setTextFormat(Qt.PlainText)
        self.account_warning_label.setWordWrap(True)

        self.left_layout.addWidget(self.account_warning_label)


        self.columns_layout.addLayout(self.left_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.date_form = QFormLayout()
        self.date_form.setObjectName(u"date_form")
        self.responded_on_label = QLabel(BreachResponseDialog)
        self.responded_on_label.setObjectName(u"responded_on_label")

        self.date_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.responded_on_label)

        self.responded_on_edit = QDateEdit(BreachResponseDialog)
        self.responded_on_edit.setObjectName(u"responded_on_edit")
        self.responded_on_edit.setCalendarPopup(True)
        self.responded_on_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.date_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.responded_on_edit)


        self.right_layout.addLayout(self.date_form)

        self.alternatives_group = QGroupBox(BreachResponseDialog)
        self.alternatives_group.setObjectName(u"alternatives_group")
        self.alternatives_layout = QVBoxLayout(self.alternatives_group)
        self.alternatives_layout.setObjectName(u"alternatives_layout")
        self.alternatives_label = QLabel(self.alternatives_group)
        self.alternatives_label.setObjectName(u"alternatives_label")

        self.alternatives_layout.addWidget(self.alternatives_label)

        self.alternatives_list = QListWidget(self.alternatives_group)
        self.alternatives_list.setObjectName(u"alternatives_list")

        self.alternatives_layout.addWidget(self.alternatives_list)

        self.other_form = QFormLayout()
        self.other_form.setObjectName(u"other_form")
        self.other_label = QLabel(self.alternatives_group)
        self.other_label.setObjectName(u"other_label")

        self.other_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.other_label)

        self.other_edit = QLineEdit(self.alternatives_group)
        self.other_edit.setObjectName(u"other_edit")
        self.other_edit.setMaxLength(2000)

        self.other_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.other_edit)


        self.alternatives_layout.addLayout(self.other_form)


        self.right_layout.addWidget(self.alternatives_group)

        self.response_group = QGroupBox(BreachResponseDialog)
        self.response_group.setObjectName(u"response_group")
        self.response_layout = QGridLayout(self.response_group)
        self.response_layout.setObjectName(u"response_layout")
        self.no_action_radio = QRadioButton(self.response_group)
        self.no_action_radio.setObjectName(u"no_action_radio")

        self.response_layout.addWidget(self.no_action_radio, 0, 0, 1, 1)

        self.warning_radio = QRadioButton(self.response_group)
        self.warning_radio.setObjectName(u"warning_radio")

        self.response_layout.addWidget(self.warning_radio, 0, 1, 1, 1)

        self.adjust_radio = QRadioButton(self.response_group)
        self.adjust_radio.setObjectName(u"adjust_radio")

        self.response_layout.addWidget(self.adjust_radio, 1, 0, 1, 2)

        self.refer_radio = QRadioButton(self.response_group)
        self.refer_radio.setObjectName(u"refer_radio")

        self.response_layout.addWidget(self.refer_radio, 2, 0, 1, 2)


        self.right_layout.addWidget(self.response_group)

        self.appeal_check = QCheckBox(BreachResponseDialog)
        self.appeal_check.setObjectName(u"appeal_check")

        self.right_layout.addWidget(self.appeal_check)

        self.reason_label = QLabel(BreachResponseDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.right_layout.addWidget(self.reason_label)

        self.reason_edit = QPlainTextEdit(BreachResponseDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaximumSize(QSize(16777215, 90))
        self.reason_edit.setTabChangesFocus(True)

        self.right_layout.addWidget(self.reason_edit)


        self.columns_layout.addLayout(self.right_layout)


        self.main_layout.addLayout(self.columns_layout)

        self.block_label = QLabel(BreachResponseDialog)
        self.block_label.setObjectName(u"block_label")
        self.block_label.setTextFormat(Qt.PlainText)
        self.block_label.setWordWrap(True)

        self.main_layout.addWidget(self.block_label)

        self.status_label = QLabel(BreachResponseDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.PlainText)
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(BreachResponseDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.breach_label.setBuddy(self.breach_text)
        self.responded_on_label.setBuddy(self.responded_on_edit)
        self.alternatives_label.setBuddy(self.alternatives_list)
        self.other_label.setBuddy(self.other_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.breach_text, self.responded_on_edit)
        QWidget.setTabOrder(self.responded_on_edit, self.alternatives_list)
        QWidget.setTabOrder(self.alternatives_list, self.other_edit)
        QWidget.setTabOrder(self.other_edit, self.no_action_radio)
        QWidget.setTabOrder(self.no_action_radio, self.warning_radio)
        QWidget.setTabOrder(self.warning_radio, self.adjust_radio)
        QWidget.setTabOrder(self.adjust_radio, self.refer_radio)
        QWidget.setTabOrder(self.refer_radio, self.appeal_check)
        QWidget.setTabOrder(self.appeal_check, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.button_box)

        self.retranslateUi(BreachResponseDialog)

        QMetaObject.connectSlotsByName(BreachResponseDialog)
    # setupUi

    def retranslateUi(self, BreachResponseDialog):
        BreachResponseDialog.setWindowTitle(QCoreApplication.translate("BreachResponseDialog", u"Respond to a breach (rules 14.3-14.6)", None))
        self.safeguard_label.setText(QCoreApplication.translate("BreachResponseDialog", u"A breach does not automatically lead to imprisonment (rule 14.3).", None))
        self.intro_label.setText(QCoreApplication.translate("BreachResponseDialog", u"Step 3 of 3: consider the non-custodial alternatives first (rules 14.3, 14.4). Refer the breach to the competent authority only when none of them is suitable, after the person has been heard (rule 14.2) and told of the right to appeal (rule 14.6).", None))
        self.breach_label.setText(QCoreApplication.translate("BreachResponseDialog", u"The breach, and what the person &said", None))
#if QT_CONFIG(accessibility)
        self.breach_text.setAccessibleName(QCoreApplication.translate("BreachResponseDialog", u"The breach reported, and the person's account", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.account_warning_label.setAccessibleName(QCoreApplication.translate("BreachResponseDialog", u"The person's account is missing", None))
#endif // QT_CONFIG(accessibility)
        self.responded_on_label.setText(QCoreApplication.translate("BreachResponseDialog", u"Decided &on", None))
#if QT_CONFIG(accessibility)
        self.responded_on_edit.setAccessibleName(QCoreApplication.translate("BreachResponseDialog", u"Date of the response", None))
#endif // QT_CONFIG(accessibility)
        self.alternatives_group.setTitle(QCoreApplication.translate("BreachResponseDialog", u"Non-custodial alternatives (rules 14.3, 14.4)", None))
        self.alternatives_label.setText(QCoreApplication.translate("BreachResponseDialog", u"Alternatives &considered (tick each one you weighed)", None))
#if QT_CONFIG(accessibility)
        self.alternatives_list.setAccessibleName(QCoreApplication.translate("BreachResponseDialog", u"Alternatives considered (tick with Space)", None))
#endif // QT_CONFIG(accessibility)
        self.other_label.setText(QCoreApplication.translate("BreachResponseDialog", u"Ot&her alternative", None))
#if QT_CONFIG(accessibility)
        self.other_edit.setAccessibleName(QCoreApplication.translate("BreachResponseDialog", u"Other alternative considered", None))
#endif // QT_CONFIG(accessibility)
        self.response_group.setTitle(QCoreApplication.translate("BreachResponseDialog", u"Your response", None))
        self.no_action_radio.setText(QCoreApplication.translate("BreachResponseDialog", u"&No further action", None))
        self.warning_radio.setText(QCoreApplication.translate("BreachResponseDialog", u"A &warning", None))
        self.adjust_radio.setText(QCoreApplication.translate("BreachResponseDialog", u"&Adjust supervision (for example more frequent contact, or more support)", None))
        self.refer_radio.setText(QCoreApplication.translate("BreachResponseDialog", u"Re&fer the breach to the competent authority", None))
        self.appeal_check.setText(QCoreApplication.translate("BreachResponseDialog", u"I told the person of their right to a&ppeal (rule 14.6)", None))
        self.reason_label.setText(QCoreApplication.translate("BreachResponseDialog", u"&Reason for this response", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("BreachResponseDialog", u"Reason for this response", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.block_label.setAccessibleName(QCoreApplication.translate("BreachResponseDialog", u"Why the response cannot be recorded yet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("BreachResponseDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

