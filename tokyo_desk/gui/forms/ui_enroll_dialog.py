# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enroll_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QProgressBar,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_EnrollDialog(object):
    def setupUi(self, EnrollDialog):
        if not EnrollDialog.objectName():
            EnrollDialog.setObjectName(u"EnrollDialog")
        EnrollDialog.resize(560, 340)
        EnrollDialog.setModal(True)
        self.main_layout = QVBoxLayout(EnrollDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(EnrollDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.PlainText)
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.server_label = QLabel(EnrollDialog)
        self.server_label.setObjectName(u"server_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.server_label)

        self.server_edit = QLineEdit(EnrollDialog)
        self.server_edit.setObjectName(u"server_edit")
        self.server_edit.setMaxLength(300)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.server_edit)

        self.fingerprint_label = QLabel(EnrollDialog)
        self.fingerprint_label.setObjectName(u"fingerprint_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fingerprint_label)

        self.fingerprint_edit = QLineEdit(EnrollDialog)
        self.fingerprint_edit.setObjectName(u"fingerprint_edit")
        self.fingerprint_edit.setMaxLength(200)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fingerprint_edit)

        self.code_label = QLabel(EnrollDialog)
        self.code_label.setObjectName(u"code_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(EnrollDialog)
        self.code_edit.setObjectName(u"code_edit")
        self.code_edit.setMaxLength(40)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.code_edit)


        self.main_layout.addLayout(self.form_layout)

        self.status_label = QLabel(EnrollDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.PlainText)
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.progress_bar = QProgressBar(EnrollDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setMaximum(0)
        self.progress_bar.setTextVisible(False)

        self.main_layout.addWidget(self.progress_bar)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(EnrollDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.server_label.setBuddy(self.server_edit)
        self.fingerprint_label.setBuddy(self.fingerprint_edit)
        self.code_label.setBuddy(self.code_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EnrollDialog)

        QMetaObject.connectSlotsByName(EnrollDialog)
    # setupUi

    def retranslateUi(self, EnrollDialog):
        EnrollDialog.setWindowTitle(QCoreApplication.translate("EnrollDialog", u"Enroll this device with head office", None))
        self.intro_label.setText(QCoreApplication.translate("EnrollDialog", u"Head office gives you three things for this device: its address, the fingerprint of its certificate, and a one-time enrollment code. Type them exactly as printed. Once enrolled, this device sends your records to head office and receives the cases assigned to you.", None))
        self.server_label.setText(QCoreApplication.translate("EnrollDialog", u"Head-office &address", None))
        self.server_edit.setPlaceholderText(QCoreApplication.translate("EnrollDialog", u"https://headoffice.example.org:8443", None))
#if QT_CONFIG(accessibility)
        self.server_edit.setAccessibleName(QCoreApplication.translate("EnrollDialog", u"Head-office address", None))
#endif // QT_CONFIG(accessibility)
        self.fingerprint_label.setText(QCoreApplication.translate("EnrollDialog", u"Certificate &fingerprint", None))
        self.fingerprint_edit.setPlaceholderText(QCoreApplication.translate("EnrollDialog", u"64 hexadecimal digits, e.g. 3A:F0:\u2026", None))
#if QT_CONFIG(accessibility)
        self.fingerprint_edit.setAccessibleName(QCoreApplication.translate("EnrollDialog", u"Certificate fingerprint (SHA-256)", None))
#endif // QT_CONFIG(accessibility)
        self.code_label.setText(QCoreApplication.translate("EnrollDialog", u"Enrollment c&ode", None))
        self.code_edit.setPlaceholderText(QCoreApplication.translate("EnrollDialog", u"XXXX-XXXX-XXXX", None))
#if QT_CONFIG(accessibility)
        self.code_edit.setAccessibleName(QCoreApplication.translate("EnrollDialog", u"One-time enrollment code", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("EnrollDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("EnrollDialog", u"Enrolling", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

