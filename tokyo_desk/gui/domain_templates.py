"""Every template of the domain's messages, listed for ``lupdate``.

``lupdate`` reads only the GUI package, and the domain must not import Qt, so the templates
are repeated here (``tests/gui/test_domain_messages.py`` fails when one is missing or stale).
The English sentence is the source text; ``messages.translated`` looks the same text up.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# lupdate needs the context written out in every entry.
TEMPLATES = (
    # the Tokyo Rules checks (domain/rules.py)
    QT_TRANSLATE_NOOP("DomainMessage", "the opening date"),
    QT_TRANSLATE_NOOP("DomainMessage", "the date of birth"),
    QT_TRANSLATE_NOOP("DomainMessage", "the decision date"),
    QT_TRANSLATE_NOOP("DomainMessage", "the start date"),
    QT_TRANSLATE_NOOP("DomainMessage", "the end date"),
    QT_TRANSLATE_NOOP("DomainMessage", "early-termination eligibility"),
    QT_TRANSLATE_NOOP("DomainMessage", "the consent date"),
    QT_TRANSLATE_NOOP("DomainMessage", "the review date"),
    QT_TRANSLATE_NOOP("DomainMessage", "the measure's decision date"),
    QT_TRANSLATE_NOOP("DomainMessage", "the modification's decision date"),
    QT_TRANSLATE_NOOP("DomainMessage", "the report date"),
    QT_TRANSLATE_NOOP("DomainMessage", "the date of the breach"),
    QT_TRANSLATE_NOOP("DomainMessage", "the date of the account"),
    QT_TRANSLATE_NOOP("DomainMessage", "the response date"),
    QT_TRANSLATE_NOOP("DomainMessage", "the date received"),
    QT_TRANSLATE_NOOP("DomainMessage", "the date sent"),
    QT_TRANSLATE_NOOP("DomainMessage", "the closing date"),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "the interpreter is a relative: use an independent interpreter where one can be found",
    ),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "the interpreter is a child: use an independent interpreter where one can be found",
    ),
    QT_TRANSLATE_NOOP("DomainMessage", "this case has already been opened"),
    QT_TRANSLATE_NOOP("DomainMessage", "the case must be opened first"),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "the case is closed; only notes and corrections can be added",
    ),
    QT_TRANSLATE_NOOP("DomainMessage", "{field} cannot be in the future"),
    QT_TRANSLATE_NOOP("DomainMessage", "{later} cannot be before {earlier}"),
    QT_TRANSLATE_NOOP("DomainMessage", "the measure does not exist in this case"),
    QT_TRANSLATE_NOOP("DomainMessage", "the measure has already ended"),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "the preferred language must be one of the person's languages",
    ),
    QT_TRANSLATE_NOOP("DomainMessage", "the jurisdiction is not in the catalogue"),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "{field} was changed by someone else since you opened the case; reload and try again",
    ),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "the measure would last {days} days, more than the maximum of {limit} days set by the "
        "authority or the law (rule 11.1)",
    ),
    QT_TRANSLATE_NOOP("DomainMessage", "a measure with this id already exists"),
    QT_TRANSLATE_NOOP("DomainMessage", "the measure type is not in the catalogue"),
    QT_TRANSLATE_NOOP("DomainMessage", "a measure with obligations needs an end date (rule 11.1)"),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "the authority's maximum is longer than the legal maximum of {limit} days",
    ),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "consent is informed only when the obligations and the consequences of refusing have "
        "been explained (rule 3.4)",
    ),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "this measure type does not require consent; it is recorded anyway",
    ),
    QT_TRANSLATE_NOOP("DomainMessage", "a condition with this id already exists"),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "a condition outside the catalogue needs its text and the authority's reference",
    ),
    QT_TRANSLATE_NOOP("DomainMessage", "the condition is not in the catalogue at that version"),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "condition {condition} cannot be imposed under a measure of type {measure_type}",
    ),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "this measure type imposes no obligations, so it takes no conditions",
    ),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "record the person's informed consent before imposing an obligation under a pre-trial "
        "measure (rule 3.4)",
    ),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "the conditions have been explained already; a change needs a modification by the "
        "authority (rule 12.4)",
    ),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "this measure would have more than {limit} conditions; keep them to the minimum "
        "needed (rule 12.2)",
    ),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "a modification needs the competent authority and its decision reference (rule 12.4)",
    ),
    QT_TRANSLATE_NOOP("DomainMessage", "the modification changes nothing"),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "the modification refers to a condition that is not in force",
    ),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "this measure would have {count} conditions, more than {limit}; keep them to the "
        "minimum needed (rule 12.2)",
    ),
    QT_TRANSLATE_NOOP("DomainMessage", "the explanation cannot be in the future"),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "the conditions have changed since this explanation began; start again",
    ),
    QT_TRANSLATE_NOOP("DomainMessage", "a condition appears twice in the explanation"),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "{count} condition(s) in force were not explained (rule 12.3)",
    ),
    QT_TRANSLATE_NOOP("DomainMessage", "the explanation lists a condition that is not in force"),
    QT_TRANSLATE_NOOP("DomainMessage", "every condition must be explained orally (rule 12.3)"),
    QT_TRANSLATE_NOOP("DomainMessage", "the person's rights must be explained (rule 12.3)"),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "what happens after a breach must be explained (rules 12.3, 14)",
    ),
    QT_TRANSLATE_NOOP("DomainMessage", "say why the written copy will be given later"),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "record the reason the person disagrees or could not answer",
    ),
    QT_TRANSLATE_NOOP("DomainMessage", "a mark or thumbprint needs the witness's name"),
    QT_TRANSLATE_NOOP("DomainMessage", "the person needs an interpreter but none is recorded"),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "the explanation language is not one the person is recorded as knowing",
    ),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "a condition was not understood: plan a follow-up explanation",
    ),
    QT_TRANSLATE_NOOP("DomainMessage", "the reprinted document does not exist in this case"),
    QT_TRANSLATE_NOOP("DomainMessage", "a document with this id already exists"),
    QT_TRANSLATE_NOOP("DomainMessage", "a contact cannot be recorded in the future"),
    QT_TRANSLATE_NOOP("DomainMessage", "the next review must be after this one"),
    QT_TRANSLATE_NOOP("DomainMessage", "a breach with this id already exists"),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "a breach must concern conditions of this measure that are in force",
    ),
    QT_TRANSLATE_NOOP("DomainMessage", "the breach does not exist in this case"),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "this breach already has a response; record a correction instead",
    ),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "record the person's account of the breach before any referral (rule 14.2)",
    ),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "list the non-custodial alternatives considered before a referral (rules 14.3, 14.4)",
    ),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "tell the person of the right to appeal before a referral (rule 14.6)",
    ),
    QT_TRANSLATE_NOOP("DomainMessage", "say where the complaint or request was sent"),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "early termination and revocation need the authority and its decision reference",
    ),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "a measure completes on or after its end date; before it, record an early termination "
        "(rule 11.2)",
    ),
    QT_TRANSLATE_NOOP("DomainMessage", "early termination must be before the end date"),
    QT_TRANSLATE_NOOP(
        "DomainMessage",
        "revocation follows a breach referred to the authority under the rule 14 safeguards",
    ),
    QT_TRANSLATE_NOOP("DomainMessage", "every measure must end before the case is closed"),
    QT_TRANSLATE_NOOP("DomainMessage", "the corrected event does not exist in this case"),
    QT_TRANSLATE_NOOP("DomainMessage", "correct the original event, not a correction"),
    # payload validation (domain/events.py describe)
    QT_TRANSLATE_NOOP("DomainMessage", "Field required"),
    QT_TRANSLATE_NOOP("DomainMessage", "Extra inputs are not permitted"),
    QT_TRANSLATE_NOOP("DomainMessage", "Input should be a valid string"),
    QT_TRANSLATE_NOOP("DomainMessage", "String should have at least {count} character(s)"),
    QT_TRANSLATE_NOOP("DomainMessage", "String should have at most {count} character(s)"),
    QT_TRANSLATE_NOOP("DomainMessage", "Should have at least {count} item(s)"),
    QT_TRANSLATE_NOOP("DomainMessage", "Should have at most {count} item(s)"),
    QT_TRANSLATE_NOOP("DomainMessage", "Input should be greater than or equal to {limit}"),
    QT_TRANSLATE_NOOP("DomainMessage", "Input should be less than or equal to {limit}"),
    QT_TRANSLATE_NOOP("DomainMessage", "String should match pattern {pattern}"),
    QT_TRANSLATE_NOOP("DomainMessage", "Input should be {expected}"),
    QT_TRANSLATE_NOOP("DomainMessage", "Input should be a valid integer"),
    QT_TRANSLATE_NOOP("DomainMessage", "Input should be a valid boolean"),
    QT_TRANSLATE_NOOP("DomainMessage", "Input should be a valid date (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("DomainMessage", "Input should be a valid date and time"),
    QT_TRANSLATE_NOOP("DomainMessage", "Input should have timezone info"),
    QT_TRANSLATE_NOOP("DomainMessage", "Input should be a valid dictionary"),
    QT_TRANSLATE_NOOP("DomainMessage", "Input should be a valid list"),
    QT_TRANSLATE_NOOP("DomainMessage", "{field}: {problem}"),
    # the store (store/case_store.py)
    QT_TRANSLATE_NOOP("DomainMessage", "nothing to record"),
    QT_TRANSLATE_NOOP("DomainMessage", "after this correction: {problem}"),
    QT_TRANSLATE_NOOP("DomainMessage", "the reserved block of case numbers is empty"),
)
