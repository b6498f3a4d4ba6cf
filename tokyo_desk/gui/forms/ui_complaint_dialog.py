# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ComplaintDialog(object):
    def setupUi(self, ComplaintDialog):
        if not ComplaintDialog.objectName():
            ComplaintDialog.setObjectName(u"ComplaintDialog")
        ComplaintDialog.resize(560, 440)
        ComplaintDialog.setModal(True)
        self.main_layout = QVBoxLayout(ComplaintDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ComplaintDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.PlainText)
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.kind_label = QLabel(ComplaintDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(ComplaintDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.received_label = QLabel(ComplaintDialog)
        self.received_label.setObjectName(u"received_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.received_label)

        self.received_edit = QDateEdit(ComplaintDialog)
        self.received_edit.setObjectName(u"received_edit")
        self.received_edit.setCalendarPopup(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.received_edit)

        self.subject_label = QLabel(ComplaintDialog)
        self.subject_label.setObjectName(u"subject_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.subject_label)

        self.subject_edit = QPlainTextEdit(ComplaintDialog)
        self.subject_edit.setObjectName(u"subject_edit")
        self.subject_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.subject_edit)


        self.main_layout.addLayout(self.form_layout)

        self.sent_group = QGroupBox(ComplaintDialog)
        self.sent_group.setObjectName(u"sent_group")
        self.sent_group.setCheckable(True)
        self.sent_group.setChecked(False)
        self.sent_layout = QFormLayout(self.sent_group)
        self.sent_layout.setObjectName(u"sent_layout")
        self.sent_to_label = QLabel(self.sent_group)
        self.sent_to_label.setObjectName(u"sent_to_label")

        self.sent_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sent_to_label)

        self.sent_to_edit = QLineEdit(self.sent_group)
        self.sent_to_edit.setObjectName(u"sent_to_edit")
        self.sent_to_edit.setMaxLength(2000)

        self.sent_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sent_to_edit)

        self.sent_on_label = QLabel(self.sent_group)
        self.sent_on_label.setObjectName(u"sent_on_label")

        self.sent_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sent_on_label)

        self.sent_on_edit = QDateEdit(self.sent_group)
        self.sent_on_edit.setObjectName(u"sent_on_edit")
        self.sent_on_edit.setCalendarPopup(True)

        self.sent_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sent_on_edit)


        self.main_layout.addWidget(self.sent_group)

        self.status_label = QLabel(ComplaintDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.PlainText)
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(ComplaintDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.received_label.setBuddy(self.received_edit)
        self.subject_label.setBuddy(self.subject_edit)
        self.sent_to_label.setBuddy(self.sent_to_edit)
        self.sent_on_label.setBuddy(self.sent_on_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.received_edit)
        QWidget.setTabOrder(self.received_edit, self.subject_edit)
        QWidget.setTabOrder(self.subject_edit, self.sent_group)
        QWidget.setTabOrder(self.sent_group, self.sent_to_edit)
        QWidget.setTabOrder(self.sent_to_edit, self.sent_on_edit)

        self.retranslateUi(ComplaintDialog)

        QMetaObject.connectSlotsByName(ComplaintDialog)
    # setupUi

    def retranslateUi(self, ComplaintDialog):
        ComplaintDialog.setWindowTitle(QCoreApplication.translate("ComplaintDialog", u"Record a complaint or request", None))
        self.intro_label.setText(QCoreApplication.translate("ComplaintDialog", u"The person may make a request or complaint about the measure to a judicial or other competent independent authority (rule 3.6). Record what they asked or complained about, and where you sent it.", None))
        self.kind_label.setText(QCoreApplication.translate("ComplaintDialog", u"&This is a", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("ComplaintDialog", u"Complaint or request", None))
#endif // QT_CONFIG(accessibility)
        self.received_label.setText(QCoreApplication.translate("ComplaintDialog", u"&Received on", None))
        self.received_edit.setDisplayFormat(QCoreApplication.translate("ComplaintDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.received_edit.setAccessibleName(QCoreApplication.translate("ComplaintDialog", u"Received on", None))
#endif // QT_CONFIG(accessibility)
        self.subject_label.setText(QCoreApplication.translate("ComplaintDialog", u"&What it is about", None))
#if QT_CONFIG(accessibility)
        self.subject_edit.setAccessibleName(QCoreApplication.translate("ComplaintDialog", u"What the complaint or request is about", None))
#endif // QT_CONFIG(accessibility)
        self.sent_group.setTitle(QCoreApplication.translate("ComplaintDialog", u"&Sent on to an authority", None))
#if QT_CONFIG(accessibility)
        self.sent_group.setAccessibleName(QCoreApplication.translate("ComplaintDialog", u"Sent on to an authority", None))
#endif // QT_CONFIG(accessibility)
        self.sent_to_label.setText(QCoreApplication.translate("ComplaintDialog", u"Sent t&o", None))
#if QT_CONFIG(accessibility)
        self.sent_to_edit.setAccessibleName(QCoreApplication.translate("ComplaintDialog", u"Sent to", None))
#endif // QT_CONFIG(accessibility)
        self.sent_on_label.setText(QCoreApplication.translate("ComplaintDialog", u"Sent o&n", None))
        self.sent_on_edit.setDisplayFormat(QCoreApplication.translate("ComplaintDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.sent_on_edit.setAccessibleName(QCoreApplication.translate("ComplaintDialog", u"Sent on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("ComplaintDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

