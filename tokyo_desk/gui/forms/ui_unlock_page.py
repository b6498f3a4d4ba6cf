# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_UnlockPage(object):
    def setupUi(self, UnlockPage):
        if not UnlockPage.objectName():
            UnlockPage.setObjectName(u"UnlockPage")
        UnlockPage.resize(640, 480)
        self.outer_layout = QVBoxLayout(UnlockPage)
        self.outer_layout.setObjectName(u"outer_layout")
        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer_layout.addItem(self.top_spacer)

        self.card_frame = QFrame(UnlockPage)
        self.card_frame.setObjectName(u"card_frame")
        self.card_frame.setMinimumSize(QSize(420, 0))
        self.card_frame.setMaximumSize(QSize(560, 16777215))
        self.card_layout = QVBoxLayout(self.card_frame)
        self.card_layout.setObjectName(u"card_layout")
        self.title_label = QLabel(self.card_frame)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.PlainText)

        self.card_layout.addWidget(self.title_label)

        self.subtitle_label = QLabel(self.card_frame)
        self.subtitle_label.setObjectName(u"subtitle_label")
        self.subtitle_label.setTextFormat(Qt.PlainText)
        self.subtitle_label.setWordWrap(True)

        self.card_layout.addWidget(self.subtitle_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.profile_label = QLabel(self.card_frame)
        self.profile_label.setObjectName(u"profile_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.profile_label)

        self.profile_combo = QComboBox(self.card_frame)
        self.profile_combo.setObjectName(u"profile_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.profile_combo)

        self.passphrase_label = QLabel(self.card_frame)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(self.card_frame)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)


        self.card_layout.addLayout(self.form_layout)

        self.demo_hint_label = QLabel(self.card_frame)
        self.demo_hint_label.setObjectName(u"demo_hint_label")
        self.demo_hint_label.setTextFormat(Qt.PlainText)
        self.demo_hint_label.setWordWrap(True)
        self.demo_hint_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.card_layout.addWidget(self.demo_hint_label)

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
        self.new_profile_button = QPushButton(self.card_frame)
        self.new_profile_button.setObjectName(u"new_profile_button")

        self.button_layout.addWidget(self.new_profile_button)

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
        self.profile_label.setBuddy(self.profile_combo)
        self.passphrase_label.setBuddy(self.passphrase_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.profile_combo, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.new_profile_button)

        self.retranslateUi(UnlockPage)

        self.unlock_button.setDefault(True)


        QMetaObject.connectSlotsByName(UnlockPage)
    # setupUi

    def retranslateUi(self, UnlockPage):
        UnlockPage.setWindowTitle(QCoreApplication.translate("UnlockPage", u"Unlock", None))
        self.title_label.setText(QCoreApplication.translate("UnlockPage", u"Tokyo Desk", None))
#if QT_CONFIG(accessibility)
        self.title_label.setAccessibleName(QCoreApplication.translate("UnlockPage", u"Tokyo Desk", None))
#endif // QT_CONFIG(accessibility)
        self.subtitle_label.setText(QCoreApplication.translate("UnlockPage", u"Case records and condition explanations (UN Tokyo Rules)", None))
        self.profile_label.setText(QCoreApplication.translate("UnlockPage", u"&Officer profile", None))
#if QT_CONFIG(accessibility)
        self.profile_combo.setAccessibleName(QCoreApplication.translate("UnlockPage", u"Officer profile", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_label.setText(QCoreApplication.translate("UnlockPage", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("UnlockPage", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("UnlockPage", u"Status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("UnlockPage", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.new_profile_button.setText(QCoreApplication.translate("UnlockPage", u"&New profile\u2026", None))
        self.unlock_button.setText(QCoreApplication.translate("UnlockPage", u"&Unlock", None))
    # retranslateUi

