# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(420, 200)
        SettingsDialog.setModal(True)
        self.main_layout = QVBoxLayout(SettingsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.language_label = QLabel(SettingsDialog)
        self.language_label.setObjectName(u"language_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(SettingsDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.lock_label = QLabel(SettingsDialog)
        self.lock_label.setObjectName(u"lock_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lock_label)

        self.lock_spin = QSpinBox(SettingsDialog)
        self.lock_spin.setObjectName(u"lock_spin")
        self.lock_spin.setMinimum(1)
        self.lock_spin.setMaximum(15)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lock_spin)


        self.main_layout.addLayout(self.form_layout)

        self.note_label = QLabel(SettingsDialog)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setTextFormat(Qt.PlainText)
        self.note_label.setWordWrap(True)

        self.main_layout.addWidget(self.note_label)

        self.button_box = QDialogButtonBox(SettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language_combo)
        self.lock_label.setBuddy(self.lock_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.language_label.setText(QCoreApplication.translate("SettingsDialog", u"&Language of the window", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Language of the window", None))
#endif // QT_CONFIG(accessibility)
        self.lock_label.setText(QCoreApplication.translate("SettingsDialog", u"Loc&k after", None))
        self.lock_spin.setSuffix(QCoreApplication.translate("SettingsDialog", u" minutes without use", None))
#if QT_CONFIG(accessibility)
        self.lock_spin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Lock after this many minutes without use", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setText(QCoreApplication.translate("SettingsDialog", u"A new language applies the next time Tokyo Desk starts.", None))
    # retranslateUi

