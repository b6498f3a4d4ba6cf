# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'create_profile_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CreateProfileDialog(object):
    def setupUi(self, CreateProfileDialog):
        if not CreateProfileDialog.objectName():
            CreateProfileDialog.setObjectName(u"CreateProfileDialog")
        CreateProfileDialog.resize(480, 360)
        CreateProfileDialog.setModal(True)
        self.main_layout = QVBoxLayout(CreateProfileDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(CreateProfileDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.PlainText)
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.name_label = QLabel(CreateProfileDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(CreateProfileDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(200)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.office_label = QLabel(CreateProfileDialog)
        self.office_label.setObjectName(u"office_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.office_label)

        self.office_edit = QLineEdit(CreateProfileDialog)
        self.office_edit.setObjectName(u"office_edit")
        self.office_edit.setMaxLength(200)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.office_edit)

        self.passphrase_label = QLabel(CreateProfileDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(CreateProfileDialog)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.confirm_label = QLabel(CreateProfileDialog)
        self.confirm_label.setObjectName(u"confirm_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm_edit = QLineEdit(CreateProfileDialog)
        self.confirm_edit.setObjectName(u"confirm_edit")
        self.confirm_edit.setEchoMode(QLineEdit.Password)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirm_edit)


        self.main_layout.addLayout(self.form_layout)

        self.status_label = QLabel(CreateProfileDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.PlainText)
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.progress_bar = QProgressBar(CreateProfileDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setMaximum(0)
        self.progress_bar.setTextVisible(False)

        self.main_layout.addWidget(self.progress_bar)

        self.button_box = QDialogButtonBox(CreateProfileDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.office_label.setBuddy(self.office_edit)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.confirm_label.setBuddy(self.confirm_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CreateProfileDialog)

        QMetaObject.connectSlotsByName(CreateProfileDialog)
    # setupUi

    def retranslateUi(self, CreateProfileDialog):
        CreateProfileDialog.setWindowTitle(QCoreApplication.translate("CreateProfileDialog", u"New officer profile", None))
        self.intro_label.setText(QCoreApplication.translate("CreateProfileDialog", u"Your case records are kept encrypted on this computer. Choose a passphrase of at least 12 characters that you do not use anywhere else: several words are easiest to remember. Nobody, not even head office, can recover it for you.", None))
        self.name_label.setText(QCoreApplication.translate("CreateProfileDialog", u"Your &name", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("CreateProfileDialog", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.office_label.setText(QCoreApplication.translate("CreateProfileDialog", u"&Office", None))
#if QT_CONFIG(accessibility)
        self.office_edit.setAccessibleName(QCoreApplication.translate("CreateProfileDialog", u"Office", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_label.setText(QCoreApplication.translate("CreateProfileDialog", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("CreateProfileDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_label.setText(QCoreApplication.translate("CreateProfileDialog", u"&Repeat it", None))
#if QT_CONFIG(accessibility)
        self.confirm_edit.setAccessibleName(QCoreApplication.translate("CreateProfileDialog", u"Repeat the passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("CreateProfileDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("CreateProfileDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

