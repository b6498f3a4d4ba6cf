# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appointment_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AppointmentDialog(object):
    def setupUi(self, AppointmentDialog):
        if not AppointmentDialog.objectName():
            AppointmentDialog.setObjectName(u"AppointmentDialog")
        AppointmentDialog.resize(480, 280)
        AppointmentDialog.setModal(True)
        self.main_layout = QVBoxLayout(AppointmentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(AppointmentDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.PlainText)
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.due_label = QLabel(AppointmentDialog)
        self.due_label.setObjectName(u"due_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.due_label)

        self.due_edit = QDateTimeEdit(AppointmentDialog)
        self.due_edit.setObjectName(u"due_edit")
        self.due_edit.setCalendarPopup(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.due_edit)

        self.place_label = QLabel(AppointmentDialog)
        self.place_label.setObjectName(u"place_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place_edit = QLineEdit(AppointmentDialog)
        self.place_edit.setObjectName(u"place_edit")
        self.place_edit.setMaxLength(200)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.place_edit)

        self.purpose_label = QLabel(AppointmentDialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose_edit = QLineEdit(AppointmentDialog)
        self.purpose_edit.setObjectName(u"purpose_edit")
        self.purpose_edit.setMaxLength(2000)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.purpose_edit)


        self.main_layout.addLayout(self.form_layout)

        self.status_label = QLabel(AppointmentDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.PlainText)
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(AppointmentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.due_label.setBuddy(self.due_edit)
        self.place_label.setBuddy(self.place_edit)
        self.purpose_label.setBuddy(self.purpose_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.due_edit, self.place_edit)
        QWidget.setTabOrder(self.place_edit, self.purpose_edit)

        self.retranslateUi(AppointmentDialog)

        QMetaObject.connectSlotsByName(AppointmentDialog)
    # setupUi

    def retranslateUi(self, AppointmentDialog):
        AppointmentDialog.setWindowTitle(QCoreApplication.translate("AppointmentDialog", u"Schedule an appointment", None))
        self.intro_label.setText(QCoreApplication.translate("AppointmentDialog", u"Schedule the person's next appointment: when, where, and what it is for.", None))
        self.due_label.setText(QCoreApplication.translate("AppointmentDialog", u"&When", None))
        self.due_edit.setDisplayFormat(QCoreApplication.translate("AppointmentDialog", u"yyyy-MM-dd HH:mm", None))
#if QT_CONFIG(accessibility)
        self.due_edit.setAccessibleName(QCoreApplication.translate("AppointmentDialog", u"When the appointment is due", None))
#endif // QT_CONFIG(accessibility)
        self.place_label.setText(QCoreApplication.translate("AppointmentDialog", u"&Place", None))
#if QT_CONFIG(accessibility)
        self.place_edit.setAccessibleName(QCoreApplication.translate("AppointmentDialog", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.purpose_label.setText(QCoreApplication.translate("AppointmentDialog", u"P&urpose", None))
#if QT_CONFIG(accessibility)
        self.purpose_edit.setAccessibleName(QCoreApplication.translate("AppointmentDialog", u"Purpose", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("AppointmentDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

