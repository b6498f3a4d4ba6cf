# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QLabel, QLineEdit, QPlainTextEdit,
    QRadioButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ConsentDialog(object):
    def setupUi(self, ConsentDialog):
        if not ConsentDialog.objectName():
            ConsentDialog.setObjectName(u"ConsentDialog")
        ConsentDialog.resize(620, 600)
        ConsentDialog.setModal(True)
        self.main_layout = QVBoxLayout(ConsentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.heading_label = QLabel(ConsentDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setTextFormat(Qt.PlainText)

        self.main_layout.addWidget(self.heading_label)

        self.intro_label = QLabel(ConsentDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.PlainText)
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.measure_label = QLabel(ConsentDialog)
        self.measure_label.setObjectName(u"measure_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.measure_label)

        self.measure_combo = QComboBox(ConsentDialog)
        self.measure_combo.setObjectName(u"measure_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.measure_combo)

        self.consent_status_label = QLabel(ConsentDialog)
        self.consent_status_label.setObjectName(u"consent_status_label")
        self.consent_status_label.setTextFormat(Qt.PlainText)
        self.consent_status_label.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consent_status_label)

        self.recorded_on_label = QLabel(ConsentDialog)
        self.recorded_on_label.setObjectName(u"recorded_on_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recorded_on_label)

        self.recorded_on_edit = QDateEdit(ConsentDialog)
        self.recorded_on_edit.setObjectName(u"recorded_on_edit")
        self.recorded_on_edit.setCalendarPopup(True)
        self.recorded_on_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recorded_on_edit)

        self.language_label = QLabel(ConsentDialog)
        self.language_label.setObjectName(u"language_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(ConsentDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.interpreter_label = QLabel(ConsentDialog)
        self.interpreter_label.setObjectName(u"interpreter_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.interpreter_label)

        self.interpreter_edit = QLineEdit(ConsentDialog)
        self.interpreter_edit.setObjectName(u"interpreter_edit")
        self.interpreter_edit.setMaxLength(2000)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.interpreter_edit)


        self.main_layout.addLayout(self.form_layout)

        self.explained_group = QGroupBox(ConsentDialog)
        self.explained_group.setObjectName(u"explained_group")
        self.explained_layout = QVBoxLayout(self.explained_group)
        self.explained_layout.setObjectName(u"explained_layout")
        self.nature_check = QCheckBox(self.explained_group)
        self.nature_check.setObjectName(u"nature_check")

        self.explained_layout.addWidget(self.nature_check)

        self.consequences_check = QCheckBox(self.explained_group)
        self.consequences_check.setObjectName(u"consequences_check")

        self.explained_layout.addWidget(self.consequences_check)


        self.main_layout.addWidget(self.explained_group)

        self.decision_group = QGroupBox(ConsentDialog)
        self.decision_group.setObjectName(u"decision_group")
        self.decision_layout = QVBoxLayout(self.decision_group)
        self.decision_layout.setObjectName(u"decision_layout")
        self.given_radio = QRadioButton(self.decision_group)
        self.given_radio.setObjectName(u"given_radio")

        self.decision_layout.addWidget(self.given_radio)

        self.refused_radio = QRadioButton(self.decision_group)
        self.refused_radio.setObjectName(u"refused_radio")

        self.decision_layout.addWidget(self.refused_radio)


        self.main_layout.addWidget(self.decision_group)

        self.notes_label = QLabel(ConsentDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.main_layout.addWidget(self.notes_label)

        self.notes_edit = QPlainTextEdit(ConsentDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)

        self.main_layout.addWidget(self.notes_edit)

        self.block_label = QLabel(ConsentDialog)
        self.block_label.setObjectName(u"block_label")
        self.block_label.setTextFormat(Qt.PlainText)
        self.block_label.setWordWrap(True)

        self.main_layout.addWidget(self.block_label)

        self.status_label = QLabel(ConsentDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.PlainText)
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(ConsentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.measure_label.setBuddy(self.measure_combo)
        self.recorded_on_label.setBuddy(self.recorded_on_edit)
        self.language_label.setBuddy(self.language_combo)
        self.interpreter_label.setBuddy(self.interpreter_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.measure_combo, self.recorded_on_edit)
        QWidget.setTabOrder(self.recorded_on_edit, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.interpreter_edit)
        QWidget.setTabOrder(self.interpreter_edit, self.nature_check)
        QWidget.setTabOrder(self.nature_check, self.consequences_check)
        QWidget.setTabOrder(self.consequences_check, self.given_radio)
        QWidget.setTabOrder(self.given_radio, self.refused_radio)
        QWidget.setTabOrder(self.refused_radio, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.button_box)

        self.retranslateUi(ConsentDialog)

        QMetaObject.connectSlotsByName(ConsentDialog)
    # setupUi

    def retranslateUi(self, ConsentDialog):
        ConsentDialog.setWindowTitle(QCoreApplication.translate("ConsentDialog", u"Consent to a pre-trial measure (rule 3.4)", None))
        self.heading_label.setText(QCoreApplication.translate("ConsentDialog", u"Informed consent (rule 3.4)", None))
        self.intro_label.setText(QCoreApplication.translate("ConsentDialog", u"A measure that imposes an obligation before or instead of a trial needs the person's consent. Consent is informed only when you have explained, in a language the person understands, what the obligations are and what happens if they refuse. The person may refuse: record the refusal as well.", None))
        self.measure_label.setText(QCoreApplication.translate("ConsentDialog", u"&Measure", None))
#if QT_CONFIG(accessibility)
        self.measure_combo.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Measure that needs consent", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.consent_status_label.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Consent already recorded", None))
#endif // QT_CONFIG(accessibility)
        self.recorded_on_label.setText(QCoreApplication.translate("ConsentDialog", u"Recorded &on", None))
#if QT_CONFIG(accessibility)
        self.recorded_on_edit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Date the consent was given or refused", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("ConsentDialog", u"&Language used", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Language used", None))
#endif // QT_CONFIG(accessibility)
        self.interpreter_label.setText(QCoreApplication.translate("ConsentDialog", u"&Interpreter (if any)", None))
#if QT_CONFIG(accessibility)
        self.interpreter_edit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Interpreter's name", None))
#endif // QT_CONFIG(accessibility)
        self.explained_group.setTitle(QCoreApplication.translate("ConsentDialog", u"What you explained to the person", None))
        self.nature_check.setText(QCoreApplication.translate("ConsentDialog", u"I explained the &nature of the obligations: what the person will have to do, and for how long", None))
        self.consequences_check.setText(QCoreApplication.translate("ConsentDialog", u"I explained the &consequences of refusing consent", None))
        self.decision_group.setTitle(QCoreApplication.translate("ConsentDialog", u"The person's decision", None))
        self.given_radio.setText(QCoreApplication.translate("ConsentDialog", u"The person &gives consent", None))
        self.refused_radio.setText(QCoreApplication.translate("ConsentDialog", u"The person &refuses consent", None))
        self.notes_label.setText(QCoreApplication.translate("ConsentDialog", u"No&tes (optional)", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.block_label.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Why the consent cannot be recorded yet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

