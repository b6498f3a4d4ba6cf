# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'explanation_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout,
    QWidget)

class Ui_ExplanationWizard(object):
    def setupUi(self, ExplanationWizard):
        if not ExplanationWizard.objectName():
            ExplanationWizard.setObjectName(u"ExplanationWizard")
        ExplanationWizard.resize(980, 720)
        ExplanationWizard.setModal(True)
        self.main_layout = QVBoxLayout(ExplanationWizard)
        self.main_layout.setObjectName(u"main_layout")
        self.step_label = QLabel(ExplanationWizard)
        self.step_label.setObjectName(u"step_label")
        self.step_label.setTextFormat(Qt.PlainText)

        self.main_layout.addWidget(self.step_label)

        self.pages = QStackedWidget(ExplanationWizard)
        self.pages.setObjectName(u"pages")
        self.setup_page = QWidget()
        self.setup_page.setObjectName(u"setup_page")
        self.setup_layout = QVBoxLayout(self.setup_page)
        self.setup_layout.setObjectName(u"setup_layout")
        self.setup_intro_label = QLabel(self.setup_page)
        self.setup_intro_label.setObjectName(u"setup_intro_label")
        self.setup_intro_label.setTextFormat(Qt.PlainText)
        self.setup_intro_label.setWordWrap(True)

        self.setup_layout.addWidget(self.setup_intro_label)

        self.setup_form = QFormLayout()
        self.setup_form.setObjectName(u"setup_form")
        self.language_label = QLabel(self.setup_page)
        self.language_label.setObjectName(u"language_label")

        self.setup_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(self.setup_page)
        self.language_combo.setObjectName(u"language_combo")

        self.setup_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.register_label = QLabel(self.setup_page)
        self.register_label.setObjectName(u"register_label")

        self.setup_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.register_label)

        self.register_layout = QHBoxLayout()
        self.register_layout.setObjectName(u"register_layout")
        self.easy_read_check = QCheckBox(self.setup_page)
        self.easy_read_check.setObjectName(u"easy_read_check")

        self.register_layout.addWidget(self.easy_read_check)

        self.large_print_check = QCheckBox(self.setup_page)
        self.large_print_check.setObjectName(u"large_print_check")

        self.register_layout.addWidget(self.large_print_check)


        self.setup_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.register_layout)

        self.place_label = QLabel(self.setup_page)
        self.place_label.setObjectName(u"place_label")

        self.setup_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place_edit = QLineEdit(self.setup_page)
        self.place_edit.setObjectName(u"place_edit")
        self.place_edit.setMaxLength(200)

        self.setup_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.place_edit)

        self.mode_label = QLabel(self.setup_page)
        self.mode_label.setObjectName(u"mode_label")

        self.setup_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mode_label)

        self.mode_combo = QComboBox(self.setup_page)
        self.mode_combo.setObjectName(u"mode_combo")

        self.setup_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mode_combo)

        self.later_label = QLabel(self.setup_page)
        self.later_label.setObjectName(u"later_label")

        self.setup_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.later_label)

        self.later_edit = QLineEdit(self.setup_page)
        self.later_edit.setObjectName(u"later_edit")
        self.later_edit.setMaxLength(500)

        self.setup_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.later_edit)


        self.setup_layout.addLayout(self.setup_form)

        self.interpreter_group = QGroupBox(self.setup_page)
        self.interpreter_group.setObjectName(u"interpreter_group")
        self.interpreter_group.setCheckable(True)
        self.interpreter_group.setChecked(False)
        self.interpreter_form = QFormLayout(self.interpreter_group)
        self.interpreter_form.setObjectName(u"interpreter_form")
        self.interpreter_name_label = QLabel(self.interpreter_group)
        self.interpreter_name_label.setObjectName(u"interpreter_name_label")

        self.interpreter_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.interpreter_name_label)

        self.interpreter_name_edit = QLineEdit(self.interpreter_group)
        self.interpreter_name_edit.setObjectName(u"interpreter_name_edit")
        self.interpreter_name_edit.setMaxLength(200)

        self.interpreter_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.interpreter_name_edit)

        self.accreditation_label = QLabel(self.interpreter_group)
        self.accreditation_label.setObjectName(u"accreditation_label")

        self.interpreter_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.accreditation_label)

        self.accreditation_edit = QLineEdit(self.interpreter_group)
        self.accreditation_edit.setObjectName(u"accreditation_edit")
        self.accreditation_edit.setMaxLength(200)

        self.interpreter_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.accreditation_edit)

        self.interpreter_mode_label = QLabel(self.interpreter_group)
        self.interpreter_mode_label.setObjectName(u"interpreter_mode_label")

        self.interpreter_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.interpreter_mode_label)

        self.interpreter_mode_combo = QComboBox(self.interpreter_group)
        self.interpreter_mode_combo.setObjectName(u"interpreter_mode_combo")

        self.interpreter_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.interpreter_mode_combo)

        self.relationship_label = QLabel(self.interpreter_group)
        self.relationship_label.setObjectName(u"relationship_label")

        self.interpreter_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.relationship_label)

        self.relationship_combo = QComboBox(self.interpreter_group)
        self.relationship_combo.setObjectName(u"relationship_combo")

        self.interpreter_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.relationship_combo)

        self.interpreter_warning_label = QLabel(self.interpreter_group)
        self.interpreter_warning_label.setObjectName(u"interpreter_warning_label")
        self.interpreter_warning_label.setTextFormat(Qt.PlainText)
        self.interpreter_warning_label.setWordWrap(True)

        self.interpreter_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.interpreter_warning_label)


        self.setup_layout.addWidget(self.interpreter_group)

        self.setup_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.setup_layout.addItem(self.setup_spacer)

        self.pages.addWidget(self.setup_page)
        self.condition_page = QWidget()
        self.condition_page.setObjectName(u"condition_page")
        self.condition_layout = QVBoxLayout(self.condition_page)
        self.condition_layout.setObjectName(u"condition_layout")
        self.condition_title_label = QLabel(self.condition_page)
        self.condition_title_label.setObjectName(u"condition_title_label")
        self.condition_title_label.setTextFormat(Qt.PlainText)
        self.condition_title_label.setWordWrap(True)

        self.condition_layout.addWidget(self.condition_title_label)

        self.person_text_heading = QLabel(self.condition_page)
        self.person_text_heading.setObjectName(u"person_text_heading")

        self.condition_layout.addWidget(self.person_text_heading)

        self.person_text_label = QLabel(self.condition_page)
        self.person_text_label.setObjectName(u"person_text_label")
        self.person_text_label.setTextFormat(Qt.PlainText)
        self.person_text_label.setWordWrap(True)
        self.person_text_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.condition_layout.addWidget(self.person_text_label)

        self.officer_text_heading = QLabel(self.condition_page)
        self.officer_text_heading.setObjectName(u"officer_text_heading")

        self.condition_layout.addWidget(self.officer_text_heading)

        self.officer_text_label = QLabel(self.condition_page)
        self.officer_text_label.setObjectName(u"officer_text_label")
        self.officer_text_label.setTextFormat(Qt.PlainText)
        self.officer_text_label.setWordWrap(True)
        self.officer_text_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.condition_layout.addWidget(self.officer_text_label)

        self.purpose_label = QLabel(self.condition_page)
        self.purpose_label.setObjectName(u"purpose_label")
        self.purpose_label.setTextFormat(Qt.PlainText)
        self.purpose_label.setWordWrap(True)

        self.condition_layout.addWidget(self.purpose_label)

        self.checked_how_label = QLabel(self.condition_page)
        self.checked_how_label.setObjectName(u"checked_how_label")
        self.checked_how_label.setTextFormat(Qt.PlainText)
        self.checked_how_label.setWordWrap(True)

        self.condition_layout.addWidget(self.checked_how_label)

        self.explained_check = QCheckBox(self.condition_page)
        self.explained_check.setObjectName(u"explained_check")

        self.condition_layout.addWidget(self.explained_check)

        self.understanding_form = QFormLayout()
        self.understanding_form.setObjectName(u"understanding_form")
        self.understanding_label = QLabel(self.condition_page)
        self.understanding_label.setObjectName(u"understanding_label")

        self.understanding_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.understanding_label)

        self.understanding_combo = QComboBox(self.condition_page)
        self.understanding_combo.setObjectName(u"understanding_combo")

        self.understanding_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.understanding_combo)


        self.condition_layout.addLayout(self.understanding_form)

        self.condition_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.condition_layout.addItem(self.condition_spacer)

        self.pages.addWidget(self.condition_page)
        self.rights_page = QWidget()
        self.rights_page.setObjectName(u"rights_page")
        self.rights_layout = QVBoxLayout(self.rights_page)
        self.rights_layout.setObjectName(u"rights_layout")
        self.rights_heading = QLabel(self.rights_page)
        self.rights_heading.setObjectName(u"rights_heading")

        self.rights_layout.addWidget(self.rights_heading)

        self.rights_text = QPlainTextEdit(self.rights_page)
        self.rights_text.setObjectName(u"rights_text")
        self.rights_text.setReadOnly(True)

        self.rights_layout.addWidget(self.rights_text)

        self.rights_check = QCheckBox(self.rights_page)
        self.rights_check.setObjectName(u"rights_check")

        self.rights_layout.addWidget(self.rights_check)

        self.breach_check = QCheckBox(self.rights_page)
        self.breach_check.setObjectName(u"breach_check")

        self.rights_layout.addWidget(self.breach_check)

        self.pages.addWidget(self.rights_page)
        self.response_page = QWidget()
        self.response_page.setObjectName(u"response_page")
        self.response_layout = QVBoxLayout(self.response_page)
        self.response_layout.setObjectName(u"response_layout")
        self.questions_label = QLabel(self.response_page)
        self.questions_label.setObjectName(u"questions_label")

        self.response_layout.addWidget(self.questions_label)

        self.questions_edit = QPlainTextEdit(self.response_page)
        self.questions_edit.setObjectName(u"questions_edit")
        self.questions_edit.setTabChangesFocus(True)

        self.response_layout.addWidget(self.questions_edit)

        self.response_form = QFormLayout()
        self.response_form.setObjectName(u"response_form")
        self.response_label = QLabel(self.response_page)
        self.response_label.setObjectName(u"response_label")

        self.response_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.response_label)

        self.response_combo = QComboBox(self.response_page)
        self.response_combo.setObjectName(u"response_combo")

        self.response_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.response_combo)

        self.reason_label = QLabel(self.response_page)
        self.reason_label.setObjectName(u"reason_label")

        self.response_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(self.response_page)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaxLength(2000)

        self.response_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason_edit)


        self.response_layout.addLayout(self.response_form)

        self.pages.addWidget(self.response_page)
        self.sheet_page = QWidget()
        self.sheet_page.setObjectName(u"sheet_page")
        self.sheet_layout = QVBoxLayout(self.sheet_page)
        self.sheet_layout.setObjectName(u"sheet_layout")
        self.sheet_buttons = QHBoxLayout()
        self.sheet_buttons.setObjectName(u"sheet_buttons")
        self.paper_label = QLabel(self.sheet_page)
        self.paper_label.setObjectName(u"paper_label")

        self.sheet_buttons.addWidget(self.paper_label)

        self.paper_combo = QComboBox(self.sheet_page)
        self.paper_combo.setObjectName(u"paper_combo")

        self.sheet_buttons.addWidget(self.paper_combo)

        self.sheet_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheet_buttons.addItem(self.sheet_spacer)

        self.save_button = QPushButton(self.sheet_page)
        self.save_button.setObjectName(u"save_button")

        self.sheet_buttons.addWidget(self.save_button)

        self.print_button = QPushButton(self.sheet_page)
        self.print_button.setObjectName(u"print_button")

        self.sheet_buttons.addWidget(self.print_button)


        self.sheet_layout.addLayout(self.sheet_buttons)

        self.preview_container = QWidget(self.sheet_page)
        self.preview_container.setObjectName(u"preview_container")
        self.preview_layout = QVBoxLayout(self.preview_container)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(0, 0, 0, 0)

        self.sheet_layout.addWidget(self.preview_container)

        self.sheet_status_label = QLabel(self.sheet_page)
        self.sheet_status_label.setObjectName(u"sheet_status_label")
        self.sheet_status_label.setTextFormat(Qt.PlainText)
        self.sheet_status_label.setWordWrap(True)

        self.sheet_layout.addWidget(self.sheet_status_label)

        self.pages.addWidget(self.sheet_page)
        self.acknowledgement_page = QWidget()
        self.acknowledgement_page.setObjectName(u"acknowledgement_page")
        self.acknowledgement_layout = QVBoxLayout(self.acknowledgement_page)
        self.acknowledgement_layout.setObjectName(u"acknowledgement_layout")
        self.acknowledgement_heading = QLabel(self.acknowledgement_page)
        self.acknowledgement_heading.setObjectName(u"acknowledgement_heading")

        self.acknowledgement_layout.addWidget(self.acknowledgement_heading)

        self.signed_radio = QRadioButton(self.acknowledgement_page)
        self.signed_radio.setObjectName(u"signed_radio")

        self.acknowledgement_layout.addWidget(self.signed_radio)

        self.mark_radio = QRadioButton(self.acknowledgement_page)
        self.mark_radio.setObjectName(u"mark_radio")

        self.acknowledgement_layout.addWidget(self.mark_radio)

        self.witness_form = QFormLayout()
        self.witness_form.setObjectName(u"witness_form")
        self.witness_label = QLabel(self.acknowledgement_page)
        self.witness_label.setObjectName(u"witness_label")

        self.witness_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.witness_label)

        self.witness_edit = QLineEdit(self.acknowledgement_page)
        self.witness_edit.setObjectName(u"witness_edit")
        self.witness_edit.setMaxLength(200)

        self.witness_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.witness_edit)


        self.acknowledgement_layout.addLayout(self.witness_form)

        self.refused_radio = QRadioButton(self.acknowledgement_page)
        self.refused_radio.setObjectName(u"refused_radio")

        self.acknowledgement_layout.addWidget(self.refused_radio)

        self.pending_radio = QRadioButton(self.acknowledgement_page)
        self.pending_radio.setObjectName(u"pending_radio")
        self.pending_radio.setChecked(True)

        self.acknowledgement_layout.addWidget(self.pending_radio)

        self.summary_label = QLabel(self.acknowledgement_page)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.PlainText)
        self.summary_label.setWordWrap(True)

        self.acknowledgement_layout.addWidget(self.summary_label)

        self.acknowledgement_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.acknowledgement_layout.addItem(self.acknowledgement_spacer)

        self.pages.addWidget(self.acknowledgement_page)

        self.main_layout.addWidget(self.pages)

        self.status_label = QLabel(ExplanationWizard)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.PlainText)
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.nav_layout = QHBoxLayout()
        self.nav_layout.setObjectName(u"nav_layout")
        self.cancel_button = QPushButton(ExplanationWizard)
        self.cancel_button.setObjectName(u"cancel_button")

        self.nav_layout.addWidget(self.cancel_button)

        self.nav_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nav_layout.addItem(self.nav_spacer)

        self.back_button = QPushButton(ExplanationWizard)
        self.back_button.setObjectName(u"back_button")

        self.nav_layout.addWidget(self.back_button)

        self.next_button = QPushButton(ExplanationWizard)
        self.next_button.setObjectName(u"next_button")

        self.nav_layout.addWidget(self.next_button)


        self.main_layout.addLayout(self.nav_layout)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language_combo)
        self.place_label.setBuddy(self.place_edit)
        self.mode_label.setBuddy(self.mode_combo)
        self.later_label.setBuddy(self.later_edit)
        self.interpreter_name_label.setBuddy(self.interpreter_name_edit)
        self.accreditation_label.setBuddy(self.accreditation_edit)
        self.interpreter_mode_label.setBuddy(self.interpreter_mode_combo)
        self.relationship_label.setBuddy(self.relationship_combo)
        self.understanding_label.setBuddy(self.understanding_combo)
        self.questions_label.setBuddy(self.questions_edit)
        self.response_label.setBuddy(self.response_combo)
        self.reason_label.setBuddy(self.reason_edit)
        self.paper_label.setBuddy(self.paper_combo)
        self.witness_label.setBuddy(self.witness_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExplanationWizard)

        self.next_button.setDefault(True)


        QMetaObject.connectSlotsByName(ExplanationWizard)
    # setupUi

    def retranslateUi(self, ExplanationWizard):
        ExplanationWizard.setWindowTitle(QCoreApplication.translate("ExplanationWizard", u"Explain the conditions (rule 12.3)", None))
#if QT_CONFIG(accessibility)
        self.step_label.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"Step", None))
#endif // QT_CONFIG(accessibility)
        self.setup_intro_label.setText(QCoreApplication.translate("ExplanationWizard", u"Explain every condition to the person orally, in a language they understand, and give them the written sheet (rule 12.3).", None))
        self.language_label.setText(QCoreApplication.translate("ExplanationWizard", u"&Language of the explanation", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"Language of the explanation", None))
#endif // QT_CONFIG(accessibility)
        self.register_label.setText(QCoreApplication.translate("ExplanationWizard", u"Written sheet", None))
        self.easy_read_check.setText(QCoreApplication.translate("ExplanationWizard", u"&Easy Read", None))
        self.large_print_check.setText(QCoreApplication.translate("ExplanationWizard", u"Lar&ge print", None))
        self.place_label.setText(QCoreApplication.translate("ExplanationWizard", u"&Place", None))
#if QT_CONFIG(accessibility)
        self.place_edit.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"Place of the explanation", None))
#endif // QT_CONFIG(accessibility)
        self.mode_label.setText(QCoreApplication.translate("ExplanationWizard", u"&Written copy", None))
#if QT_CONFIG(accessibility)
        self.mode_combo.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"When the written copy is given", None))
#endif // QT_CONFIG(accessibility)
        self.later_label.setText(QCoreApplication.translate("ExplanationWizard", u"Why la&ter", None))
#if QT_CONFIG(accessibility)
        self.later_edit.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"Why the written copy is given later", None))
#endif // QT_CONFIG(accessibility)
        self.interpreter_group.setTitle(QCoreApplication.translate("ExplanationWizard", u"An &interpreter took part", None))
        self.interpreter_name_label.setText(QCoreApplication.translate("ExplanationWizard", u"Na&me", None))
#if QT_CONFIG(accessibility)
        self.interpreter_name_edit.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"Interpreter's name", None))
#endif // QT_CONFIG(accessibility)
        self.accreditation_label.setText(QCoreApplication.translate("ExplanationWizard", u"&Accreditation", None))
#if QT_CONFIG(accessibility)
        self.accreditation_edit.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"Interpreter's accreditation", None))
#endif // QT_CONFIG(accessibility)
        self.interpreter_mode_label.setText(QCoreApplication.translate("ExplanationWizard", u"&How", None))
#if QT_CONFIG(accessibility)
        self.interpreter_mode_combo.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"How the interpreter took part", None))
#endif // QT_CONFIG(accessibility)
        self.relationship_label.setText(QCoreApplication.translate("ExplanationWizard", u"&Relationship", None))
#if QT_CONFIG(accessibility)
        self.relationship_combo.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"Interpreter's relationship to the person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.interpreter_warning_label.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"Interpreter warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.condition_title_label.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"Condition", None))
#endif // QT_CONFIG(accessibility)
        self.person_text_heading.setText(QCoreApplication.translate("ExplanationWizard", u"In the person's language", None))
#if QT_CONFIG(accessibility)
        self.person_text_label.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"Condition in the person's language", None))
#endif // QT_CONFIG(accessibility)
        self.officer_text_heading.setText(QCoreApplication.translate("ExplanationWizard", u"In your language", None))
#if QT_CONFIG(accessibility)
        self.officer_text_label.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"Condition in your language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.purpose_label.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"Why the condition exists", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.checked_how_label.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"How the condition is checked", None))
#endif // QT_CONFIG(accessibility)
        self.explained_check.setText(QCoreApplication.translate("ExplanationWizard", u"I &explained this condition orally", None))
        self.understanding_label.setText(QCoreApplication.translate("ExplanationWizard", u"The person &understood it", None))
#if QT_CONFIG(accessibility)
        self.understanding_combo.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"How well the person understood", None))
#endif // QT_CONFIG(accessibility)
        self.rights_heading.setText(QCoreApplication.translate("ExplanationWizard", u"The person's rights, and what happens after a breach", None))
#if QT_CONFIG(accessibility)
        self.rights_text.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"Rights in the person's language", None))
#endif // QT_CONFIG(accessibility)
        self.rights_check.setText(QCoreApplication.translate("ExplanationWizard", u"I explained the person's &rights", None))
        self.breach_check.setText(QCoreApplication.translate("ExplanationWizard", u"I explained what happens if a condition is br&oken (rule 14)", None))
        self.questions_label.setText(QCoreApplication.translate("ExplanationWizard", u"The person's &questions, and your answers", None))
#if QT_CONFIG(accessibility)
        self.questions_edit.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"Questions and answers", None))
#endif // QT_CONFIG(accessibility)
        self.response_label.setText(QCoreApplication.translate("ExplanationWizard", u"The person's r&esponse", None))
#if QT_CONFIG(accessibility)
        self.response_combo.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"The person's response", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("ExplanationWizard", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"Reason for the response", None))
#endif // QT_CONFIG(accessibility)
        self.paper_label.setText(QCoreApplication.translate("ExplanationWizard", u"Pape&r", None))
#if QT_CONFIG(accessibility)
        self.paper_combo.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("ExplanationWizard", u"Sa&ve PDF\u2026", None))
        self.print_button.setText(QCoreApplication.translate("ExplanationWizard", u"&Print\u2026", None))
#if QT_CONFIG(accessibility)
        self.sheet_status_label.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"Sheet status", None))
#endif // QT_CONFIG(accessibility)
        self.acknowledgement_heading.setText(QCoreApplication.translate("ExplanationWizard", u"How the person acknowledged the sheet", None))
        self.signed_radio.setText(QCoreApplication.translate("ExplanationWizard", u"&Signed", None))
        self.mark_radio.setText(QCoreApplication.translate("ExplanationWizard", u"&Mark or thumbprint, with a witness", None))
        self.witness_label.setText(QCoreApplication.translate("ExplanationWizard", u"&Witness", None))
#if QT_CONFIG(accessibility)
        self.witness_edit.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"Witness's name", None))
#endif // QT_CONFIG(accessibility)
        self.refused_radio.setText(QCoreApplication.translate("ExplanationWizard", u"&Refused to sign", None))
        self.pending_radio.setText(QCoreApplication.translate("ExplanationWizard", u"Not yet (&pending)", None))
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"Summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("ExplanationWizard", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.cancel_button.setText(QCoreApplication.translate("ExplanationWizard", u"Cancel", None))
        self.back_button.setText(QCoreApplication.translate("ExplanationWizard", u"&Back", None))
        self.next_button.setText(QCoreApplication.translate("ExplanationWizard", u"&Next", None))
    # retranslateUi

