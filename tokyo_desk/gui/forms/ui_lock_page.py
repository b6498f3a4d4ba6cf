# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockPage(object):
    def setupUi(self, LockPage):
        if not LockPage.objectName():
            LockPage.setObjectName(u"LockPage")
        LockPage.resize(640, 480)
        self.outer_layout = QVBoxLayout(LockPage)
        self.outer_layout.setObjectName(u"outer_layout")
        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.top_spacer)

        self.card_frame = QFrame(LockPage)
        self.card_frame.setObjectName(u"card_frame")
        self.card_frame.setMinimumSize(QSize(420, 0))
        self.card_layout = QVBoxLayout(self.card_frame)
        self.card_layout.setObjectName(u"card_layout")
        self.locked_label = QLabel(self.card_frame)
        self.locked_label.setObjectName(u"locked_label")
        self.locked_label.setTextFormat(Qt.PlainText)

        self.card_layout.addWidget(self.locked_label)

        self.who_label = QLabel(self.card_frame)
        self.who_label.setObjectName(u"who_label")
        self.who_label.setTextFormat(Qt.PlainText)
        self.who_label.setWordWrap(True)

        self.card_layout.addWidget(self.who_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.passphrase_label = QLabel(self.card_frame)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(self.card_frame)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.Password)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)


        self.card_layout.addLayout(self.form_layout)

        self.status_label = QLabel(self.card_frame)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.PlainText)
        self.status_label.setWordWrap(True)

        self.card_layout.addWidget(self.status_label)

        self.progress_bar = QProgressBar(self.card_frame)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setMaximum(0)
        self.progress_bar.setTextVisible(False)

        self.card_layout.addWidget(self.progress_bar)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.switch_button = QPushButton(self.card_frame)
        self.switch_button.setObjectName(u"switch_button")

        self.button_layout.addWidget(self.switch_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.unlock_button = QPushButton(self.card_frame)
        self.unlock_button.setObjectName(u"unlock_button")

        self.button_layout.addWidget(self.unlock_button)


        self.card_layout.addLayout(self.button_layout)


        self.outer_layout.addWidget(self.card_frame, 0, Qt.AlignHCenter)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.passphrase_label.setBuddy(self.passphrase_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LockPage)

        self.unlock_button.setDefault(True)


        QMetaObject.connectSlotsByName(LockPage)
    # setupUi

    def retranslateUi(self, LockPage):
        self.locked_label.setText(QCoreApplication.translate("LockPage", u"Tokyo Desk is locked", None))
        self.passphrase_label.setText(QCoreApplication.translate("LockPage", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("LockPage", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("LockPage", u"Status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("LockPage", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.switch_button.setText(QCoreApplication.translate("LockPage", u"&Other profile\u2026", None))
        self.unlock_button.setText(QCoreApplication.translate("LockPage", u"&Unlock", None))
        pass
    # retranslateUi

