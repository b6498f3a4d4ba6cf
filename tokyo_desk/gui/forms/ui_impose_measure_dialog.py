# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'impose_measure_dialog.ui'
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
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QStackedWidget, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_ImposeMeasureDialog(object):
    def setupUi(self, ImposeMeasureDialog):
        if not ImposeMeasureDialog.objectName():
            ImposeMeasureDialog.setObjectName(u"ImposeMeasureDialog")
        ImposeMeasureDialog.resize(980, 680)
        ImposeMeasureDialog.setModal(True)
        self.main_layout = QVBoxLayout(ImposeMeasureDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.case_label = QLabel(ImposeMeasureDialog)
        self.case_label.setObjectName(u"case_label")
        self.case_label.setTextFormat(Qt.PlainText)
        self.case_label.setWordWrap(True)

        self.main_layout.addWidget(self.case_label)

        self.tabs = QTabWidget(ImposeMeasureDialog)
        self.tabs.setObjectName(u"tabs")
        self.measure_tab = QWidget()
        self.measure_tab.setObjectName(u"measure_tab")
        self.measure_layout = QVBoxLayout(self.measure_tab)
        self.measure_layout.setObjectName(u"measure_layout")
        self.measure_form = QFormLayout()
        self.measure_form.setObjectName(u"measure_form")
        self.measure_type_label = QLabel(self.measure_tab)
        self.measure_type_label.setObjectName(u"measure_type_label")

        self.measure_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.measure_type_label)

        self.measure_type_combo = QComboBox(self.measure_tab)
        self.measure_type_combo.setObjectName(u"measure_type_combo")
        self.measure_type_combo.setMaxVisibleItems(24)

        self.measure_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.measure_type_combo)

        self.measure_info_label = QLabel(self.measure_tab)
        self.measure_info_label.setObjectName(u"measure_info_label")
        self.measure_info_label.setTextFormat(Qt.PlainText)
        self.measure_info_label.setWordWrap(True)

        self.measure_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.measure_info_label)

        self.authority_label = QLabel(self.measure_tab)
        self.authority_label.setObjectName(u"authority_label")

        self.measure_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.authority_label)

        self.authority_edit = QLineEdit(self.measure_tab)
        self.authority_edit.setObjectName(u"authority_edit")
        self.authority_edit.setMaxLength(2000)

        self.measure_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.authority_edit)

        self.decision_reference_label = QLabel(self.measure_tab)
        self.decision_reference_label.setObjectName(u"decision_reference_label")

        self.measure_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decision_reference_label)

        self.decision_reference_edit = QLineEdit(self.measure_tab)
        self.decision_reference_edit.setObjectName(u"decision_reference_edit")
        self.decision_reference_edit.setMaxLength(2000)

        self.measure_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decision_reference_edit)

        self.decision_date_label = QLabel(self.measure_tab)
        self.decision_date_label.setObjectName(u"decision_date_label")

        self.measure_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.decision_date_label)

        self.decision_date_edit = QDateEdit(self.measure_tab)
        self.decision_date_edit.setObjectName(u"decision_date_edit")
        self.decision_date_edit.setCalendarPopup(True)

        self.measure_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.decision_date_edit)

        self.legal_basis_label = QLabel(self.measure_tab)
        self.legal_basis_label.setObjectName(u"legal_basis_label")

        self.measure_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.legal_basis_label)

        self.legal_basis_edit = QLineEdit(self.measure_tab)
        self.legal_basis_edit.setObjectName(u"legal_basis_edit")
        self.legal_basis_edit.setMaxLength(2000)

        self.measure_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.legal_basis_edit)

        self.criteria_label = QLabel(self.measure_tab)
        self.criteria_label.setObjectName(u"criteria_label")

        self.measure_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.criteria_label)

        self.criteria_edit = QPlainTextEdit(self.measure_tab)
        self.criteria_edit.setObjectName(u"criteria_edit")
        self.criteria_edit.setTabChangesFocus(True)
        self.criteria_edit.setMaximumSize(QSize(16777215, 72))

        self.measure_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.criteria_edit)

        self.start_date_label = QLabel(self.measure_tab)
        self.start_date_label.setObjectName(u"start_date_label")

        self.measure_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.start_date_label)

        self.start_date_edit = QDateEdit(self.measure_tab)
        self.start_date_edit.setObjectName(u"start_date_edit")
        self.start_date_edit.setCalendarPopup(True)

        self.measure_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.start_date_edit)

        self.end_date_check = QCheckBox(self.measure_tab)
        self.end_date_check.setObjectName(u"end_date_check")

        self.measure_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.end_date_check)

        self.end_date_edit = QDateEdit(self.measure_tab)
        self.end_date_edit.setObjectName(u"end_date_edit")
        self.end_date_edit.setCalendarPopup(True)

        self.measure_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.end_date_edit)

        self.max_duration_check = QCheckBox(self.measure_tab)
        self.max_duration_check.setObjectName(u"max_duration_check")

        self.measure_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.max_duration_check)

        self.max_duration_spin = QSpinBox(self.measure_tab)
        self.max_duration_spin.setObjectName(u"max_duration_spin")
        self.max_duration_spin.setMinimum(1)
        self.max_duration_spin.setMaximum(36500)
        self.max_duration_spin.setValue(365)

        self.measure_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.max_duration_spin)

        self.early_termination_check = QCheckBox(self.measure_tab)
        self.early_termination_check.setObjectName(u"early_termination_check")

        self.measure_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.early_termination_check)

        self.early_termination_edit = QDateEdit(self.measure_tab)
        self.early_termination_edit.setObjectName(u"early_termination_edit")
        self.early_termination_edit.setCalendarPopup(True)

        self.measure_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.early_termination_edit)


        self.measure_layout.addLayout(self.measure_form)

        self.measure_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.measure_layout.addItem(self.measure_spacer)

        self.tabs.addTab(self.measure_tab, "")
        self.consent_tab = QWidget()
        self.consent_tab.setObjectName(u"consent_tab")
        self.consent_layout = QVBoxLayout(self.consent_tab)
        self.consent_layout.setObjectName(u"consent_layout")
        self.consent_intro_label = QLabel(self.consent_tab)
        self.consent_intro_label.setObjectName(u"consent_intro_label")
        self.consent_intro_label.setTextFormat(Qt.PlainText)
        self.consent_intro_label.setWordWrap(True)

        self.consent_layout.addWidget(self.consent_intro_label)

        self.consent_group = QGroupBox(self.consent_tab)
        self.consent_group.setObjectName(u"consent_group")
        self.consent_group.setCheckable(True)
        self.consent_group.setChecked(True)
        self.consent_form = QFormLayout(self.consent_group)
        self.consent_form.setObjectName(u"consent_form")
        self.consent_answer_label = QLabel(self.consent_group)
        self.consent_answer_label.setObjectName(u"consent_answer_label")

        self.consent_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.consent_answer_label)

        self.consent_answer_combo = QComboBox(self.consent_group)
        self.consent_answer_combo.setObjectName(u"consent_answer_combo")

        self.consent_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.consent_answer_combo)

        self.nature_check = QCheckBox(self.consent_group)
        self.nature_check.setObjectName(u"nature_check")

        self.consent_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.nature_check)

        self.consequences_check = QCheckBox(self.consent_group)
        self.consequences_check.setObjectName(u"consequences_check")

        self.consent_form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.consequences_check)

        self.consent_date_label = QLabel(self.consent_group)
        self.consent_date_label.setObjectName(u"consent_date_label")

        self.consent_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.consent_date_label)

        self.consent_date_edit = QDateEdit(self.consent_group)
        self.consent_date_edit.setObjectName(u"consent_date_edit")
        self.consent_date_edit.setCalendarPopup(True)

        self.consent_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.consent_date_edit)

        self.consent_language_label = QLabel(self.consent_group)
        self.consent_language_label.setObjectName(u"consent_language_label")

        self.consent_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.consent_language_label)

        self.consent_language_combo = QComboBox(self.consent_group)
        self.consent_language_combo.setObjectName(u"consent_language_combo")

        self.consent_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.consent_language_combo)

        self.consent_interpreter_label = QLabel(self.consent_group)
        self.consent_interpreter_label.setObjectName(u"consent_interpreter_label")

        self.consent_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.consent_interpreter_label)

        self.consent_interpreter_edit = QLineEdit(self.consent_group)
        self.consent_interpreter_edit.setObjectName(u"consent_interpreter_edit")
        self.consent_interpreter_edit.setMaxLength(2000)

        self.consent_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.consent_interpreter_edit)

        self.consent_notes_label = QLabel(self.consent_group)
        self.consent_notes_label.setObjectName(u"consent_notes_label")

        self.consent_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.consent_notes_label)

        self.consent_notes_edit = QPlainTextEdit(self.consent_group)
        self.consent_notes_edit.setObjectName(u"consent_notes_edit")
        self.consent_notes_edit.setTabChangesFocus(True)
        self.consent_notes_edit.setMaximumSize(QSize(16777215, 72))

        self.consent_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.consent_notes_edit)


        self.consent_layout.addWidget(self.consent_group)

        self.consent_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.consent_layout.addItem(self.consent_spacer)

        self.tabs.addTab(self.consent_tab, "")
        self.conditions_tab = QWidget()
        self.conditions_tab.setObjectName(u"conditions_tab")
        self.conditions_layout = QHBoxLayout(self.conditions_tab)
        self.conditions_layout.setObjectName(u"conditions_layout")
        self.lists_layout = QVBoxLayout()
        self.lists_layout.setObjectName(u"lists_layout")
        self.available_label = QLabel(self.conditions_tab)
        self.available_label.setObjectName(u"available_label")

        self.lists_layout.addWidget(self.available_label)

        self.available_list = QListWidget(self.conditions_tab)
        self.available_list.setObjectName(u"available_list")

        self.lists_layout.addWidget(self.available_list)

        self.add_layout = QHBoxLayout()
        self.add_layout.setObjectName(u"add_layout")
        self.add_condition_button = QPushButton(self.conditions_tab)
        self.add_condition_button.setObjectName(u"add_condition_button")
        self.add_condition_button.setAutoDefault(False)

        self.add_layout.addWidget(self.add_condition_button)

        self.bespoke_button = QPushButton(self.conditions_tab)
        self.bespoke_button.setObjectName(u"bespoke_button")
        self.bespoke_button.setAutoDefault(False)

        self.add_layout.addWidget(self.bespoke_button)


        self.lists_layout.addLayout(self.add_layout)

        self.chosen_label = QLabel(self.conditions_tab)
        self.chosen_label.setObjectName(u"chosen_label")

        self.lists_layout.addWidget(self.chosen_label)

        self.chosen_list = QListWidget(self.conditions_tab)
        self.chosen_list.setObjectName(u"chosen_list")

        self.lists_layout.addWidget(self.chosen_list)

        self.remove_condition_button = QPushButton(self.conditions_tab)
        self.remove_condition_button.setObjectName(u"remove_condition_button")
        self.remove_condition_button.setAutoDefault(False)

        self.lists_layout.addWidget(self.remove_condition_button)

        self.many_warning_label = QLabel(self.conditions_tab)
        self.many_warning_label.setObjectName(u"many_warning_label")
        self.many_warning_label.setTextFormat(Qt.PlainText)
        self.many_warning_label.setWordWrap(True)

        self.lists_layout.addWidget(self.many_warning_label)

        self.lists_layout.setStretch(1, 3)
        self.lists_layout.setStretch(4, 2)

        self.conditions_layout.addLayout(self.lists_layout)

        self.editor_scroll = QScrollArea(self.conditions_tab)
        self.editor_scroll.setObjectName(u"editor_scroll")
        self.editor_scroll.setFocusPolicy(Qt.NoFocus)
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.editor_scroll.setFrameShape(QFrame.NoFrame)
        self.editor_stack = QStackedWidget()
        self.editor_stack.setObjectName(u"editor_stack")
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setTextFormat(Qt.PlainText)
        self.empty_label.setWordWrap(True)

        self.empty_layout.addWidget(self.empty_label)

        self.empty_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.empty_layout.addItem(self.empty_spacer)

        self.editor_stack.addWidget(self.empty_page)
        self.editor_scroll.setWidget(self.editor_stack)

        self.conditions_layout.addWidget(self.editor_scroll)

        self.conditions_layout.setStretch(0, 2)
        self.conditions_layout.setStretch(1, 3)
        self.tabs.addTab(self.conditions_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.status_label = QLabel(ImposeMeasureDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.PlainText)
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(ImposeMeasureDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.measure_type_label.setBuddy(self.measure_type_combo)
        self.authority_label.setBuddy(self.authority_edit)
        self.decision_reference_label.setBuddy(self.decision_reference_edit)
        self.decision_date_label.setBuddy(self.decision_date_edit)
        self.legal_basis_label.setBuddy(self.legal_basis_edit)
        self.criteria_label.setBuddy(self.criteria_edit)
        self.start_date_label.setBuddy(self.start_date_edit)
        self.consent_answer_label.setBuddy(self.consent_answer_combo)
        self.consent_date_label.setBuddy(self.consent_date_edit)
        self.consent_language_label.setBuddy(self.consent_language_combo)
        self.consent_interpreter_label.setBuddy(self.consent_interpreter_edit)
        self.consent_notes_label.setBuddy(self.consent_notes_edit)
        self.available_label.setBuddy(self.available_list)
        self.chosen_label.setBuddy(self.chosen_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.measure_type_combo)
        QWidget.setTabOrder(self.measure_type_combo, self.authority_edit)
        QWidget.setTabOrder(self.authority_edit, self.decision_reference_edit)
        QWidget.setTabOrder(self.decision_reference_edit, self.decision_date_edit)
        QWidget.setTabOrder(self.decision_date_edit, self.legal_basis_edit)
        QWidget.setTabOrder(self.legal_basis_edit, self.criteria_edit)
        QWidget.setTabOrder(self.criteria_edit, self.start_date_edit)
        QWidget.setTabOrder(self.start_date_edit, self.end_date_check)
        QWidget.setTabOrder(self.end_date_check, self.end_date_edit)
        QWidget.setTabOrder(self.end_date_edit, self.max_duration_check)
        QWidget.setTabOrder(self.max_duration_check, self.max_duration_spin)
        QWidget.setTabOrder(self.max_duration_spin, self.early_termination_check)
        QWidget.setTabOrder(self.early_termination_check, self.early_termination_edit)
        QWidget.setTabOrder(self.early_termination_edit, self.consent_group)
        QWidget.setTabOrder(self.consent_group, self.consent_answer_combo)
        QWidget.setTabOrder(self.consent_answer_combo, self.nature_check)
        QWidget.setTabOrder(self.nature_check, self.consequences_check)
        QWidget.setTabOrder(self.consequences_check, self.consent_date_edit)
        QWidget.setTabOrder(self.consent_date_edit, self.consent_language_combo)
        QWidget.setTabOrder(self.consent_language_combo, self.consent_interpreter_edit)
        QWidget.setTabOrder(self.consent_interpreter_edit, self.consent_notes_edit)
        QWidget.setTabOrder(self.consent_notes_edit, self.available_list)
        QWidget.setTabOrder(self.available_list, self.add_condition_button)
        QWidget.setTabOrder(self.add_condition_button, self.bespoke_button)
        QWidget.setTabOrder(self.bespoke_button, self.chosen_list)
        QWidget.setTabOrder(self.chosen_list, self.remove_condition_button)

        self.retranslateUi(ImposeMeasureDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ImposeMeasureDialog)
    # setupUi

    def retranslateUi(self, ImposeMeasureDialog):
        ImposeMeasureDialog.setWindowTitle(QCoreApplication.translate("ImposeMeasureDialog", u"Record a measure and its conditions", None))
#if QT_CONFIG(accessibility)
        self.case_label.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"Case", None))
#endif // QT_CONFIG(accessibility)
        self.measure_type_label.setText(QCoreApplication.translate("ImposeMeasureDialog", u"&Type of measure *", None))
#if QT_CONFIG(accessibility)
        self.measure_type_combo.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"Type of measure", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.measure_info_label.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"About this type of measure", None))
#endif // QT_CONFIG(accessibility)
        self.authority_label.setText(QCoreApplication.translate("ImposeMeasureDialog", u"Deciding &authority *", None))
        self.authority_edit.setPlaceholderText(QCoreApplication.translate("ImposeMeasureDialog", u"The court or body that decided (rule 3.1)", None))
#if QT_CONFIG(accessibility)
        self.authority_edit.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"Deciding authority", None))
#endif // QT_CONFIG(accessibility)
        self.decision_reference_label.setText(QCoreApplication.translate("ImposeMeasureDialog", u"Decision &reference *", None))
#if QT_CONFIG(accessibility)
        self.decision_reference_edit.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"Decision reference", None))
#endif // QT_CONFIG(accessibility)
        self.decision_date_label.setText(QCoreApplication.translate("ImposeMeasureDialog", u"Decision dat&e", None))
        self.decision_date_edit.setDisplayFormat(QCoreApplication.translate("ImposeMeasureDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.decision_date_edit.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"Decision date", None))
#endif // QT_CONFIG(accessibility)
        self.legal_basis_label.setText(QCoreApplication.translate("ImposeMeasureDialog", u"&Legal basis *", None))
        self.legal_basis_edit.setPlaceholderText(QCoreApplication.translate("ImposeMeasureDialog", u"The law and section the measure rests on (rule 3.1)", None))
#if QT_CONFIG(accessibility)
        self.legal_basis_edit.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"Legal basis", None))
#endif // QT_CONFIG(accessibility)
        self.criteria_label.setText(QCoreApplication.translate("ImposeMeasureDialog", u"&Criteria considered", None))
        self.criteria_edit.setPlaceholderText(QCoreApplication.translate("ImposeMeasureDialog", u"What the authority weighed in choosing this measure (rule 3.2)", None))
#if QT_CONFIG(accessibility)
        self.criteria_edit.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"Criteria considered", None))
#endif // QT_CONFIG(accessibility)
        self.start_date_label.setText(QCoreApplication.translate("ImposeMeasureDialog", u"&Start date", None))
        self.start_date_edit.setDisplayFormat(QCoreApplication.translate("ImposeMeasureDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.start_date_edit.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.end_date_check.setText(QCoreApplication.translate("ImposeMeasureDialog", u"E&nd date", None))
        self.end_date_edit.setDisplayFormat(QCoreApplication.translate("ImposeMeasureDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.end_date_edit.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.max_duration_check.setText(QCoreApplication.translate("ImposeMeasureDialog", u"Ma&ximum set by the authority", None))
        self.max_duration_spin.setSuffix(QCoreApplication.translate("ImposeMeasureDialog", u" days", None))
#if QT_CONFIG(accessibility)
        self.max_duration_spin.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"Maximum duration set by the authority, in days", None))
#endif // QT_CONFIG(accessibility)
        self.early_termination_check.setText(QCoreApplication.translate("ImposeMeasureDialog", u"Early termination p&ossible from", None))
        self.early_termination_edit.setDisplayFormat(QCoreApplication.translate("ImposeMeasureDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.early_termination_edit.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"Eligible for early termination on", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.measure_tab), QCoreApplication.translate("ImposeMeasureDialog", u"&1 Measure", None))
        self.consent_intro_label.setText(QCoreApplication.translate("ImposeMeasureDialog", u"This measure applies before or instead of a trial: any obligation needs the person's informed consent, after the nature of the obligations and the consequences of refusing have been explained (rule 3.4). Record the consent here, or record the measure alone now and its conditions after the consent.", None))
        self.consent_group.setTitle(QCoreApplication.translate("ImposeMeasureDialog", u"Record the person's consent no&w", None))
        self.consent_answer_label.setText(QCoreApplication.translate("ImposeMeasureDialog", u"The person's &answer", None))
#if QT_CONFIG(accessibility)
        self.consent_answer_combo.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"The person's answer", None))
#endif // QT_CONFIG(accessibility)
        self.nature_check.setText(QCoreApplication.translate("ImposeMeasureDialog", u"I explained the &nature of the obligations", None))
        self.consequences_check.setText(QCoreApplication.translate("ImposeMeasureDialog", u"I explained the &consequences of refusing", None))
        self.consent_date_label.setText(QCoreApplication.translate("ImposeMeasureDialog", u"&Date", None))
        self.consent_date_edit.setDisplayFormat(QCoreApplication.translate("ImposeMeasureDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.consent_date_edit.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"Date of the consent", None))
#endif // QT_CONFIG(accessibility)
        self.consent_language_label.setText(QCoreApplication.translate("ImposeMeasureDialog", u"&Language used", None))
#if QT_CONFIG(accessibility)
        self.consent_language_combo.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"Language used", None))
#endif // QT_CONFIG(accessibility)
        self.consent_interpreter_label.setText(QCoreApplication.translate("ImposeMeasureDialog", u"&Interpreter, if any", None))
#if QT_CONFIG(accessibility)
        self.consent_interpreter_edit.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"Interpreter, if any", None))
#endif // QT_CONFIG(accessibility)
        self.consent_notes_label.setText(QCoreApplication.translate("ImposeMeasureDialog", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.consent_notes_edit.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"Notes on the consent", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.consent_tab), QCoreApplication.translate("ImposeMeasureDialog", u"&2 Consent", None))
        self.available_label.setText(QCoreApplication.translate("ImposeMeasureDialog", u"&Catalogue conditions for this measure", None))
#if QT_CONFIG(accessibility)
        self.available_list.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"Catalogue conditions for this measure", None))
#endif // QT_CONFIG(accessibility)
        self.add_condition_button.setText(QCoreApplication.translate("ImposeMeasureDialog", u"&Add", None))
#if QT_CONFIG(accessibility)
        self.add_condition_button.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"Add the condition", None))
#endif // QT_CONFIG(accessibility)
        self.bespoke_button.setText(QCoreApplication.translate("ImposeMeasureDialog", u"Add one &outside the catalogue\u2026", None))
        self.chosen_label.setText(QCoreApplication.translate("ImposeMeasureDialog", u"C&hosen conditions", None))
#if QT_CONFIG(accessibility)
        self.chosen_list.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"Chosen conditions", None))
#endif // QT_CONFIG(accessibility)
        self.remove_condition_button.setText(QCoreApplication.translate("ImposeMeasureDialog", u"&Remove", None))
#if QT_CONFIG(accessibility)
        self.remove_condition_button.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"Remove the chosen condition", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.many_warning_label.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"Warning about the number of conditions", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("ImposeMeasureDialog", u"Choose the conditions the authority imposed from the catalogue, and add them. Each needs its details and a note of why it is necessary: keep them few, practical and precise (rule 12.2).", None))
        self.tabs.setTabText(self.tabs.indexOf(self.conditions_tab), QCoreApplication.translate("ImposeMeasureDialog", u"&3 Conditions", None))
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("ImposeMeasureDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

