# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'modification_dialog.ui'
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
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QVBoxLayout, QWidget)

class Ui_ModificationDialog(object):
    def setupUi(self, ModificationDialog):
        if not ModificationDialog.objectName():
            ModificationDialog.setObjectName(u"ModificationDialog")
        ModificationDialog.resize(780, 700)
        ModificationDialog.setModal(True)
        self.main_layout = QVBoxLayout(ModificationDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ModificationDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.PlainText)
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.tabs = QTabWidget(ModificationDialog)
        self.tabs.setObjectName(u"tabs")
        self.decision_tab = QWidget()
        self.decision_tab.setObjectName(u"decision_tab")
        self.decision_form = QFormLayout(self.decision_tab)
        self.decision_form.setObjectName(u"decision_form")
        self.measure_label = QLabel(self.decision_tab)
        self.measure_label.setObjectName(u"measure_label")

        self.decision_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.measure_label)

        self.measure_combo = QComboBox(self.decision_tab)
        self.measure_combo.setObjectName(u"measure_combo")

        self.decision_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.measure_combo)

        self.authority_label = QLabel(self.decision_tab)
        self.authority_label.setObjectName(u"authority_label")

        self.decision_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authority_label)

        self.authority_edit = QLineEdit(self.decision_tab)
        self.authority_edit.setObjectName(u"authority_edit")
        self.authority_edit.setMaxLength(2000)

        self.decision_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.authority_edit)

        self.reference_label = QLabel(self.decision_tab)
        self.reference_label.setObjectName(u"reference_label")

        self.decision_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reference_label)

        self.reference_edit = QLineEdit(self.decision_tab)
        self.reference_edit.setObjectName(u"reference_edit")
        self.reference_edit.setMaxLength(2000)

        self.decision_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reference_edit)

        self.decision_date_label = QLabel(self.decision_tab)
        self.decision_date_label.setObjectName(u"decision_date_label")

        self.decision_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decision_date_label)

        self.decision_date_edit = QDateEdit(self.decision_tab)
        self.decision_date_edit.setObjectName(u"decision_date_edit")
        self.decision_date_edit.setCalendarPopup(True)
        self.decision_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.decision_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decision_date_edit)

        self.reason_label = QLabel(self.decision_tab)
        self.reason_label.setObjectName(u"reason_label")

        self.decision_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(self.decision_tab)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaxLength(2000)

        self.decision_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.end_date_check = QCheckBox(self.decision_tab)
        self.end_date_check.setObjectName(u"end_date_check")

        self.decision_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.end_date_check)

        self.end_date_edit = QDateEdit(self.decision_tab)
        self.end_date_edit.setObjectName(u"end_date_edit")
        self.end_date_edit.setEnabled(False)
        self.end_date_edit.setCalendarPopup(True)
        self.end_date_edit.setDisplayFormat(u"yyyy-MM-dd")

        self.decision_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.end_date_edit)

        self.end_date_hint_label = QLabel(self.decision_tab)
        self.end_date_hint_label.setObjectName(u"end_date_hint_label")
        self.end_date_hint_label.setTextFormat(Qt.PlainText)
        self.end_date_hint_label.setWordWrap(True)

        self.decision_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.end_date_hint_label)

        self.tabs.addTab(self.decision_tab, "")
        self.remove_tab = QWidget()
        self.remove_tab.setObjectName(u"remove_tab")
        self.remove_layout = QVBoxLayout(self.remove_tab)
        self.remove_layout.setObjectName(u"remove_layout")
        self.remove_label = QLabel(self.remove_tab)
        self.remove_label.setObjectName(u"remove_label")

        self.remove_layout.addWidget(self.remove_label)

        self.remove_list = QListWidget(self.remove_tab)
        self.remove_list.setObjectName(u"remove_list")
        self.remove_list.setWordWrap(True)

        self.remove_layout.addWidget(self.remove_list)

        self.tabs.addTab(self.remove_tab, "")
        self.vary_tab = QWidget()
        self.vary_tab.setObjectName(u"vary_tab")
        self.vary_layout = QVBoxLayout(self.vary_tab)
        self.vary_layout.setObjectName(u"vary_layout")
        self.vary_label = QLabel(self.vary_tab)
        self.vary_label.setObjectName(u"vary_label")
        self.vary_label.setWordWrap(True)

        self.vary_layout.addWidget(self.vary_label)

        self.vary_list = QListWidget(self.vary_tab)
        self.vary_list.setObjectName(u"vary_list")
        self.vary_list.setWordWrap(True)

        self.vary_layout.addWidget(self.vary_list)

        self.vary_group = QGroupBox(self.vary_tab)
        self.vary_group.setObjectName(u"vary_group")
        self.vary_group_layout = QVBoxLayout(self.vary_group)
        self.vary_group_layout.setObjectName(u"vary_group_layout")
        self.vary_current_label = QLabel(self.vary_group)
        self.vary_current_label.setObjectName(u"vary_current_label")
        self.vary_current_label.setTextFormat(Qt.PlainText)
        self.vary_current_label.setWordWrap(True)

        self.vary_group_layout.addWidget(self.vary_current_label)

        self.vary_form = QFormLayout()
        self.vary_form.setObjectName(u"vary_form")

        self.vary_group_layout.addLayout(self.vary_form)


        self.vary_layout.addWidget(self.vary_group)

        self.tabs.addTab(self.vary_tab, "")
        self.add_tab = QWidget()
        self.add_tab.setObjectName(u"add_tab")
        self.add_layout = QVBoxLayout(self.add_tab)
        self.add_layout.setObjectName(u"add_layout")
        self.add_choice_form = QFormLayout()
        self.add_choice_form.setObjectName(u"add_choice_form")
        self.add_template_label = QLabel(self.add_tab)
        self.add_template_label.setObjectName(u"add_template_label")

        self.add_choice_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.add_template_label)

        self.add_template_combo = QComboBox(self.add_tab)
        self.add_template_combo.setObjectName(u"add_template_combo")

        self.add_choice_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.add_template_combo)

        self.add_purpose_label = QLabel(self.add_tab)
        self.add_purpose_label.setObjectName(u"add_purpose_label")
        self.add_purpose_label.setTextFormat(Qt.PlainText)
        self.add_purpose_label.setWordWrap(True)

        self.add_choice_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.add_purpose_label)


        self.add_layout.addLayout(self.add_choice_form)

        self.add_group = QGroupBox(self.add_tab)
        self.add_group.setObjectName(u"add_group")
        self.add_form = QFormLayout(self.add_group)
        self.add_form.setObjectName(u"add_form")

        self.add_layout.addWidget(self.add_group)

        self.necessity_form = QFormLayout()
        self.necessity_form.setObjectName(u"necessity_form")
        self.necessity_label = QLabel(self.add_tab)
        self.necessity_label.setObjectName(u"necessity_label")

        self.necessity_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.necessity_label)

        self.necessity_edit = QLineEdit(self.add_tab)
        self.necessity_edit.setObjectName(u"necessity_edit")
        self.necessity_edit.setMaxLength(2000)

        self.necessity_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.necessity_edit)


        self.add_layout.addLayout(self.necessity_form)

        self.add_buttons = QHBoxLayout()
        self.add_buttons.setObjectName(u"add_buttons")
        self.add_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.add_buttons.addItem(self.add_spacer)

        self.add_button = QPushButton(self.add_tab)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.add_buttons.addWidget(self.add_button)


        self.add_layout.addLayout(self.add_buttons)

        self.added_label = QLabel(self.add_tab)
        self.added_label.setObjectName(u"added_label")

        self.add_layout.addWidget(self.added_label)

        self.added_list = QListWidget(self.add_tab)
        self.added_list.setObjectName(u"added_list")
        self.added_list.setWordWrap(True)

        self.add_layout.addWidget(self.added_list)

        self.added_buttons = QHBoxLayout()
        self.added_buttons.setObjectName(u"added_buttons")
        self.added_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.added_buttons.addItem(self.added_spacer)

        self.take_off_button = QPushButton(self.add_tab)
        self.take_off_button.setObjectName(u"take_off_button")
        self.take_off_button.setAutoDefault(False)

        self.added_buttons.addWidget(self.take_off_button)


        self.add_layout.addLayout(self.added_buttons)

        self.tabs.addTab(self.add_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.changes_label = QLabel(ModificationDialog)
        self.changes_label.setObjectName(u"changes_label")
        self.changes_label.setTextFormat(Qt.PlainText)
        self.changes_label.setWordWrap(True)

        self.main_layout.addWidget(self.changes_label)

        self.reexplain_label = QLabel(ModificationDialog)
        self.reexplain_label.setObjectName(u"reexplain_label")
        self.reexplain_label.setTextFormat(Qt.PlainText)
        self.reexplain_label.setWordWrap(True)

        self.main_layout.addWidget(self.reexplain_label)

        self.status_label = QLabel(ModificationDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.PlainText)
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(ModificationDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.measure_label.setBuddy(self.measure_combo)
        self.authority_label.setBuddy(self.authority_edit)
        self.reference_label.setBuddy(self.reference_edit)
        self.decision_date_label.setBuddy(self.decision_date_edit)
        self.reason_label.setBuddy(self.reason_edit)
        self.remove_label.setBuddy(self.remove_list)
        self.vary_label.setBuddy(self.vary_list)
        self.add_template_label.setBuddy(self.add_template_combo)
        self.necessity_label.setBuddy(self.necessity_edit)
        self.added_label.setBuddy(self.added_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.measure_combo)
        QWidget.setTabOrder(self.measure_combo, self.authority_edit)
        QWidget.setTabOrder(self.authority_edit, self.reference_edit)
        QWidget.setTabOrder(self.reference_edit, self.decision_date_edit)
        QWidget.setTabOrder(self.decision_date_edit, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.end_date_check)
        QWidget.setTabOrder(self.end_date_check, self.end_date_edit)
        QWidget.setTabOrder(self.end_date_edit, self.remove_list)
        QWidget.setTabOrder(self.remove_list, self.vary_list)
        QWidget.setTabOrder(self.vary_list, self.add_template_combo)
        QWidget.setTabOrder(self.add_template_combo, self.necessity_edit)
        QWidget.setTabOrder(self.necessity_edit, self.add_button)
        QWidget.setTabOrder(self.add_button, self.added_list)
        QWidget.setTabOrder(self.added_list, self.take_off_button)
        QWidget.setTabOrder(self.take_off_button, self.button_box)

        self.retranslateUi(ModificationDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ModificationDialog)
    # setupUi

    def retranslateUi(self, ModificationDialog):
        ModificationDialog.setWindowTitle(QCoreApplication.translate("ModificationDialog", u"Modification by the authority (rule 12.4)", None))
        self.intro_label.setText(QCoreApplication.translate("ModificationDialog", u"Only the competent authority can modify the conditions (rule 12.4). Record its decision exactly as it was made: the conditions it removed, changed or added, and any new end date.", None))
        self.measure_label.setText(QCoreApplication.translate("ModificationDialog", u"&Measure", None))
#if QT_CONFIG(accessibility)
        self.measure_combo.setAccessibleName(QCoreApplication.translate("ModificationDialog", u"Measure", None))
#endif // QT_CONFIG(accessibility)
        self.authority_label.setText(QCoreApplication.translate("ModificationDialog", u"Competent &authority", None))
#if QT_CONFIG(accessibility)
        self.authority_edit.setAccessibleName(QCoreApplication.translate("ModificationDialog", u"Competent authority (required)", None))
#endif // QT_CONFIG(accessibility)
        self.reference_label.setText(QCoreApplication.translate("ModificationDialog", u"Decision &reference", None))
#if QT_CONFIG(accessibility)
        self.reference_edit.setAccessibleName(QCoreApplication.translate("ModificationDialog", u"Decision reference (required)", None))
#endif // QT_CONFIG(accessibility)
        self.decision_date_label.setText(QCoreApplication.translate("ModificationDialog", u"Decision da&te", None))
#if QT_CONFIG(accessibility)
        self.decision_date_edit.setAccessibleName(QCoreApplication.translate("ModificationDialog", u"Decision date", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("ModificationDialog", u"Reason &given by the authority", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("ModificationDialog", u"Reason given by the authority", None))
#endif // QT_CONFIG(accessibility)
        self.end_date_check.setText(QCoreApplication.translate("ModificationDialog", u"Change the &end date", None))
#if QT_CONFIG(accessibility)
        self.end_date_edit.setAccessibleName(QCoreApplication.translate("ModificationDialog", u"New end date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.end_date_hint_label.setAccessibleName(QCoreApplication.translate("ModificationDialog", u"Current end date", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.decision_tab), QCoreApplication.translate("ModificationDialog", u"&1 Decision", None))
        self.remove_label.setText(QCoreApplication.translate("ModificationDialog", u"Conditions to remo&ve: tick each condition the authority removed", None))
#if QT_CONFIG(accessibility)
        self.remove_list.setAccessibleName(QCoreApplication.translate("ModificationDialog", u"Conditions to remove (tick with Space)", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.remove_tab), QCoreApplication.translate("ModificationDialog", u"&2 Remove", None))
        self.vary_label.setText(QCoreApplication.translate("ModificationDialog", u"Conditions c&hanged: tick each condition the authority changed, select it and enter its new details", None))
#if QT_CONFIG(accessibility)
        self.vary_list.setAccessibleName(QCoreApplication.translate("ModificationDialog", u"Conditions changed (tick with Space)", None))
#endif // QT_CONFIG(accessibility)
        self.vary_group.setTitle(QCoreApplication.translate("ModificationDialog", u"New details of the selected condition", None))
#if QT_CONFIG(accessibility)
        self.vary_current_label.setAccessibleName(QCoreApplication.translate("ModificationDialog", u"Current text of the selected condition", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.vary_tab), QCoreApplication.translate("ModificationDialog", u"&3 Change", None))
        self.add_template_label.setText(QCoreApplication.translate("ModificationDialog", u"&Condition to add", None))
#if QT_CONFIG(accessibility)
        self.add_template_combo.setAccessibleName(QCoreApplication.translate("ModificationDialog", u"Catalogue condition to add", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.add_purpose_label.setAccessibleName(QCoreApplication.translate("ModificationDialog", u"Why the condition exists", None))
#endif // QT_CONFIG(accessibility)
        self.add_group.setTitle(QCoreApplication.translate("ModificationDialog", u"Details set by the authority", None))
        self.necessity_label.setText(QCoreApplication.translate("ModificationDialog", u"Why it is &needed", None))
#if QT_CONFIG(accessibility)
        self.necessity_edit.setAccessibleName(QCoreApplication.translate("ModificationDialog", u"Why the condition is needed", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("ModificationDialog", u"Add to the &list", None))
        self.added_label.setText(QCoreApplication.translate("ModificationDialog", u"Conditions to &be added", None))
#if QT_CONFIG(accessibility)
        self.added_list.setAccessibleName(QCoreApplication.translate("ModificationDialog", u"Conditions to be added", None))
#endif // QT_CONFIG(accessibility)
        self.take_off_button.setText(QCoreApplication.translate("ModificationDialog", u"Ta&ke off the list", None))
        self.tabs.setTabText(self.tabs.indexOf(self.add_tab), QCoreApplication.translate("ModificationDialog", u"&4 Add", None))
#if QT_CONFIG(accessibility)
        self.changes_label.setAccessibleName(QCoreApplication.translate("ModificationDialog", u"Changes to record", None))
#endif // QT_CONFIG(accessibility)
        self.reexplain_label.setText(QCoreApplication.translate("ModificationDialog", u"After this change the person must have the changed conditions explained again, orally and in writing. The case will show \"explanation pending\" until you do (rules 12.3, 12.4).", None))
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("ModificationDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

