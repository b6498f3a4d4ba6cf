# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_case_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_NewCaseDialog(object):
    def setupUi(self, NewCaseDialog):
        if not NewCaseDialog.objectName():
            NewCaseDialog.setObjectName(u"NewCaseDialog")
        NewCaseDialog.resize(940, 640)
        NewCaseDialog.setModal(True)
        self.main_layout = QVBoxLayout(NewCaseDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(NewCaseDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.PlainText)
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.person_group = QGroupBox(NewCaseDialog)
        self.person_group.setObjectName(u"person_group")
        self.person_form = QFormLayout(self.person_group)
        self.person_form.setObjectName(u"person_form")
        self.given_names_label = QLabel(self.person_group)
        self.given_names_label.setObjectName(u"given_names_label")

        self.person_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.given_names_label)

        self.given_names_edit = QLineEdit(self.person_group)
        self.given_names_edit.setObjectName(u"given_names_edit")
        self.given_names_edit.setMaxLength(200)

        self.person_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.given_names_edit)

        self.family_name_label = QLabel(self.person_group)
        self.family_name_label.setObjectName(u"family_name_label")

        self.person_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.family_name_label)

        self.family_name_edit = QLineEdit(self.person_group)
        self.family_name_edit.setObjectName(u"family_name_edit")
        self.family_name_edit.setMaxLength(200)

        self.person_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.family_name_edit)

        self.other_names_label = QLabel(self.person_group)
        self.other_names_label.setObjectName(u"other_names_label")

        self.person_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.other_names_label)

        self.other_names_edit = QLineEdit(self.person_group)
        self.other_names_edit.setObjectName(u"other_names_edit")
        self.other_names_edit.setMaxLength(2000)

        self.person_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.other_names_edit)

        self.dob_known_check = QCheckBox(self.person_group)
        self.dob_known_check.setObjectName(u"dob_known_check")

        self.person_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dob_known_check)

        self.dob_edit = QDateEdit(self.person_group)
        self.dob_edit.setObjectName(u"dob_edit")
        self.dob_edit.setCalendarPopup(True)

        self.person_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dob_edit)

        self.phone_label = QLabel(self.person_group)
        self.phone_label.setObjectName(u"phone_label")

        self.person_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.person_group)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(40)

        self.person_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.address_label = QLabel(self.person_group)
        self.address_label.setObjectName(u"address_label")

        self.person_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QPlainTextEdit(self.person_group)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setMaximumSize(QSize(16777215, 64))

        self.person_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.address_edit)


        self.left_layout.addWidget(self.person_group)

        self.case_group = QGroupBox(NewCaseDialog)
        self.case_group.setObjectName(u"case_group")
        self.case_form = QFormLayout(self.case_group)
        self.case_form.setObjectName(u"case_form")
        self.office_label = QLabel(self.case_group)
        self.office_label.setObjectName(u"office_label")

        self.case_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.office_label)

        self.office_edit = QLineEdit(self.case_group)
        self.office_edit.setObjectName(u"office_edit")
        self.office_edit.setMaxLength(200)

        self.case_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.office_edit)

        self.opened_on_label = QLabel(self.case_group)
        self.opened_on_label.setObjectName(u"opened_on_label")

        self.case_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.opened_on_label)

        self.opened_on_edit = QDateEdit(self.case_group)
        self.opened_on_edit.setObjectName(u"opened_on_edit")
        self.opened_on_edit.setCalendarPopup(True)

        self.case_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.opened_on_edit)

        self.jurisdiction_label = QLabel(self.case_group)
        self.jurisdiction_label.setObjectName(u"jurisdiction_label")

        self.case_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.jurisdiction_label)

        self.jurisdiction_combo = QComboBox(self.case_group)
        self.jurisdiction_combo.setObjectName(u"jurisdiction_combo")

        self.case_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.jurisdiction_combo)


        self.left_layout.addWidget(self.case_group)

        self.summary_label = QLabel(NewCaseDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.PlainText)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.left_layout.addWidget(self.summary_label)

        self.duplicates_label = QLabel(NewCaseDialog)
        self.duplicates_label.setObjectName(u"duplicates_label")
        self.duplicates_label.setTextFormat(Qt.PlainText)
        self.duplicates_label.setWordWrap(True)

        self.left_layout.addWidget(self.duplicates_label)

        self.left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_layout.addItem(self.left_spacer)


        self.columns_layout.addLayout(self.left_layout)

        self.language_group = QGroupBox(NewCaseDialog)
        self.language_group.setObjectName(u"language_group")
        self.language_layout = QVBoxLayout(self.language_group)
        self.language_layout.setObjectName(u"language_layout")
        self.languages_label = QLabel(self.language_group)
        self.languages_label.setObjectName(u"languages_label")
        self.languages_label.setWordWrap(True)

        self.language_layout.addWidget(self.languages_label)

        self.languages_table = QTableWidget(self.language_group)
        self.languages_table.setObjectName(u"languages_table")
        self.languages_table.setTabKeyNavigation(False)
        self.languages_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.languages_table.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.languages_table.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.language_layout.addWidget(self.languages_table)

        self.other_language_layout = QHBoxLayout()
        self.other_language_layout.setObjectName(u"other_language_layout")
        self.other_language_label = QLabel(self.language_group)
        self.other_language_label.setObjectName(u"other_language_label")

        self.other_language_layout.addWidget(self.other_language_label)

        self.other_language_edit = QLineEdit(self.language_group)
        self.other_language_edit.setObjectName(u"other_language_edit")
        self.other_language_edit.setMaxLength(20)

        self.other_language_layout.addWidget(self.other_language_edit)

        self.add_language_button = QPushButton(self.language_group)
        self.add_language_button.setObjectName(u"add_language_button")
        self.add_language_button.setAutoDefault(False)

        self.other_language_layout.addWidget(self.add_language_button)


        self.language_layout.addLayout(self.other_language_layout)

        self.communication_form = QFormLayout()
        self.communication_form.setObjectName(u"communication_form")
        self.preferred_label = QLabel(self.language_group)
        self.preferred_label.setObjectName(u"preferred_label")

        self.communication_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.preferred_label)

        self.preferred_combo = QComboBox(self.language_group)
        self.preferred_combo.setObjectName(u"preferred_combo")

        self.communication_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.preferred_combo)

        self.interpreter_check = QCheckBox(self.language_group)
        self.interpreter_check.setObjectName(u"interpreter_check")

        self.communication_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.interpreter_check)

        self.literacy_label = QLabel(self.language_group)
        self.literacy_label.setObjectName(u"literacy_label")

        self.communication_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.literacy_label)

        self.literacy_combo = QComboBox(self.language_group)
        self.literacy_combo.setObjectName(u"literacy_combo")

        self.communication_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.literacy_combo)

        self.needs_label = QLabel(self.language_group)
        self.needs_label.setObjectName(u"needs_label")

        self.communication_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.needs_label)

        self.needs_layout = QGridLayout()
        self.needs_layout.setObjectName(u"needs_layout")
        self.easy_read_check = QCheckBox(self.language_group)
        self.easy_read_check.setObjectName(u"easy_read_check")

        self.needs_layout.addWidget(self.easy_read_check, 0, 0, 1, 1)

        self.large_print_check = QCheckBox(self.language_group)
        self.large_print_check.setObjectName(u"large_print_check")

        self.needs_layout.addWidget(self.large_print_check, 0, 1, 1, 1)

        self.sign_language_check = QCheckBox(self.language_group)
        self.sign_language_check.setObjectName(u"sign_language_check")

        self.needs_layout.addWidget(self.sign_language_check, 1, 0, 1, 1)

        self.read_aloud_check = QCheckBox(self.language_group)
        self.read_aloud_check.setObjectName(u"read_aloud_check")

        self.needs_layout.addWidget(self.read_aloud_check, 1, 1, 1, 1)

        self.hearing_support_check = QCheckBox(self.language_group)
        self.hearing_support_check.setObjectName(u"hearing_support_check")

        self.needs_layout.addWidget(self.hearing_support_check, 2, 0, 1, 1)

        self.braille_check = QCheckBox(self.language_group)
        self.braille_check.setObjectName(u"braille_check")

        self.needs_layout.addWidget(self.braille_check, 2, 1, 1, 1)


        self.communication_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.needs_layout)

        self.adjustments_label = QLabel(self.language_group)
        self.adjustments_label.setObjectName(u"adjustments_label")

        self.communication_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.adjustments_label)

        self.adjustments_edit = QPlainTextEdit(self.language_group)
        self.adjustments_edit.setObjectName(u"adjustments_edit")
        self.adjustments_edit.setTabChangesFocus(True)
        self.adjustments_edit.setMaximumSize(QSize(16777215, 64))

        self.communication_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.adjustments_edit)


        self.language_layout.addLayout(self.communication_form)


        self.columns_layout.addWidget(self.language_group)


        self.main_layout.addLayout(self.columns_layout)

        self.status_label = QLabel(NewCaseDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.PlainText)
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(NewCaseDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.given_names_label.setBuddy(self.given_names_edit)
        self.family_name_label.setBuddy(self.family_name_edit)
        self.other_names_label.setBuddy(self.other_names_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.address_label.setBuddy(self.address_edit)
        self.office_label.setBuddy(self.office_edit)
        self.opened_on_label.setBuddy(self.opened_on_edit)
        self.jurisdiction_label.setBuddy(self.jurisdiction_combo)
        self.languages_label.setBuddy(self.languages_table)
        self.other_language_label.setBuddy(self.other_language_edit)
        self.preferred_label.setBuddy(self.preferred_combo)
        self.literacy_label.setBuddy(self.literacy_combo)
        self.adjustments_label.setBuddy(self.adjustments_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.given_names_edit, self.family_name_edit)
        QWidget.setTabOrder(self.family_name_edit, self.other_names_edit)
        QWidget.setTabOrder(self.other_names_edit, self.dob_known_check)
        QWidget.setTabOrder(self.dob_known_check, self.dob_edit)
        QWidget.setTabOrder(self.dob_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.office_edit)
        QWidget.setTabOrder(self.office_edit, self.opened_on_edit)
        QWidget.setTabOrder(self.opened_on_edit, self.jurisdiction_combo)
        QWidget.setTabOrder(self.jurisdiction_combo, self.languages_table)
        QWidget.setTabOrder(self.languages_table, self.other_language_edit)
        QWidget.setTabOrder(self.other_language_edit, self.add_language_button)
        QWidget.setTabOrder(self.add_language_button, self.preferred_combo)
        QWidget.setTabOrder(self.preferred_combo, self.interpreter_check)
        QWidget.setTabOrder(self.interpreter_check, self.literacy_combo)
        QWidget.setTabOrder(self.literacy_combo, self.easy_read_check)
        QWidget.setTabOrder(self.easy_read_check, self.large_print_check)
        QWidget.setTabOrder(self.large_print_check, self.sign_language_check)
        QWidget.setTabOrder(self.sign_language_check, self.read_aloud_check)
        QWidget.setTabOrder(self.read_aloud_check, self.hearing_support_check)
        QWidget.setTabOrder(self.hearing_support_check, self.braille_check)
        QWidget.setTabOrder(self.braille_check, self.adjustments_edit)

        self.retranslateUi(NewCaseDialog)

        QMetaObject.connectSlotsByName(NewCaseDialog)
    # setupUi

    def retranslateUi(self, NewCaseDialog):
        NewCaseDialog.setWindowTitle(QCoreApplication.translate("NewCaseDialog", u"New case", None))
        self.intro_label.setText(QCoreApplication.translate("NewCaseDialog", u"Open one case record for the person (rule 13.6). Fields marked * are required; everything else can be added later.", None))
        self.person_group.setTitle(QCoreApplication.translate("NewCaseDialog", u"Person", None))
        self.given_names_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Given names *", None))
#if QT_CONFIG(accessibility)
        self.given_names_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Given names", None))
#endif // QT_CONFIG(accessibility)
        self.family_name_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Family name", None))
#if QT_CONFIG(accessibility)
        self.family_name_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Family name", None))
#endif // QT_CONFIG(accessibility)
        self.other_names_label.setText(QCoreApplication.translate("NewCaseDialog", u"Other na&mes", None))
        self.other_names_edit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"Other names and aliases, separated by commas", None))
#if QT_CONFIG(accessibility)
        self.other_names_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Other names, separated by commas", None))
#endif // QT_CONFIG(accessibility)
        self.dob_known_check.setText(QCoreApplication.translate("NewCaseDialog", u"&Date of birth known", None))
        self.dob_edit.setDisplayFormat(QCoreApplication.translate("NewCaseDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.dob_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.phone_label.setText(QCoreApplication.translate("NewCaseDialog", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.address_label.setText(QCoreApplication.translate("NewCaseDialog", u"Addr&ess", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.case_group.setTitle(QCoreApplication.translate("NewCaseDialog", u"Case", None))
        self.office_label.setText(QCoreApplication.translate("NewCaseDialog", u"Offi&ce *", None))
#if QT_CONFIG(accessibility)
        self.office_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Office", None))
#endif // QT_CONFIG(accessibility)
        self.opened_on_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Opened on", None))
        self.opened_on_edit.setDisplayFormat(QCoreApplication.translate("NewCaseDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.opened_on_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Opened on", None))
#endif // QT_CONFIG(accessibility)
        self.jurisdiction_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Jurisdiction", None))
#if QT_CONFIG(accessibility)
        self.jurisdiction_combo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Jurisdiction", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Summary of the new case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.duplicates_label.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Existing cases with a similar name", None))
#endif // QT_CONFIG(accessibility)
        self.language_group.setTitle(QCoreApplication.translate("NewCaseDialog", u"Languages and communication", None))
        self.languages_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Languages: tick those the person speaks and reads *", None))
#if QT_CONFIG(accessibility)
        self.languages_table.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Languages the person speaks and reads", None))
#endif // QT_CONFIG(accessibility)
        self.other_language_label.setText(QCoreApplication.translate("NewCaseDialog", u"Anothe&r language (ISO 639 code)", None))
        self.other_language_edit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"for example ny, prs", None))
#if QT_CONFIG(accessibility)
        self.other_language_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Another language, as an ISO 639 code", None))
#endif // QT_CONFIG(accessibility)
        self.add_language_button.setText(QCoreApplication.translate("NewCaseDialog", u"&Add", None))
#if QT_CONFIG(accessibility)
        self.add_language_button.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Add the language", None))
#endif // QT_CONFIG(accessibility)
        self.preferred_label.setText(QCoreApplication.translate("NewCaseDialog", u"&Preferred language *", None))
#if QT_CONFIG(accessibility)
        self.preferred_combo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Preferred language", None))
#endif // QT_CONFIG(accessibility)
        self.interpreter_check.setText(QCoreApplication.translate("NewCaseDialog", u"Needs an &interpreter", None))
        self.literacy_label.setText(QCoreApplication.translate("NewCaseDialog", u"Reading and &writing", None))
#if QT_CONFIG(accessibility)
        self.literacy_combo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Reading and writing", None))
#endif // QT_CONFIG(accessibility)
        self.needs_label.setText(QCoreApplication.translate("NewCaseDialog", u"Communication needs", None))
        self.easy_read_check.setText(QCoreApplication.translate("NewCaseDialog", u"Eas&y Read", None))
        self.large_print_check.setText(QCoreApplication.translate("NewCaseDialog", u"Large prin&t", None))
        self.sign_language_check.setText(QCoreApplication.translate("NewCaseDialog", u"&Sign language", None))
        self.read_aloud_check.setText(QCoreApplication.translate("NewCaseDialog", u"Read aloud", None))
        self.hearing_support_check.setText(QCoreApplication.translate("NewCaseDialog", u"Heari&ng support", None))
        self.braille_check.setText(QCoreApplication.translate("NewCaseDialog", u"&Braille", None))
        self.adjustments_label.setText(QCoreApplication.translate("NewCaseDialog", u"Adj&ustments", None))
        self.adjustments_edit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"For example: appointments in the morning; step-free access", None))
#if QT_CONFIG(accessibility)
        self.adjustments_edit.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Adjustments", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

