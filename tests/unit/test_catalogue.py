"""The bundled catalogue: measure types, condition templates and rights notices.

The catalogue is data that lawyers edit, so these tests check both that the bundled files are
sound (every template renders, every measure type is covered, Easy Read stays short) and that
the loader refuses a broken copy with a message that names the problem.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from tokyo_desk.domain.catalogue import (
    REQUIRED_RIGHTS,
    Catalogue,
    CatalogueError,
    ConditionCategory,
    ConditionTemplate,
    ParameterSpec,
    Stage,
    load_default,
)
from tokyo_desk.domain.parameters import ParameterKind
from tokyo_desk.paths import resource

CATALOGUE_FILES = ("measure_types.toml", "conditions.toml", "rights.toml")
EASY_READ_MAX_WORDS = 15
NUMERIC_KINDS = {ParameterKind.COUNT, ParameterKind.HOURS, ParameterKind.DAYS}
JURISDICTIONS = {"default", "demo"}
ALL_RIGHTS = REQUIRED_RIGHTS | {"breach", "early_termination"}
# Which Tokyo Rules each right must cite.
RIGHT_RULES = {
    "review": {"3.5"},
    "complaint": {"3.6", "3.7"},
    "appeal": {"6.3", "9.3", "14.6"},
    "privacy": {"3.11", "3.12"},
    "dignity": {"3.9"},
    "interpreter": {"2.2"},
    "breach": {"14.1", "14.2", "14.3", "14.4", "14.5", "14.6"},
    "early_termination": {"11.2"},
}
# One valid sample value per parameter kind (numeric kinds are fitted to min/max below).
SAMPLES: dict[ParameterKind, Any] = {
    ParameterKind.TEXT: "work and medical visits",
    ParameterKind.PLACE: "North Road office",
    ParameterKind.PERSON: "Amina Example",
    ParameterKind.DATE: "2026-12-01",
    ParameterKind.TIME: "18:30",
    ParameterKind.COUNT: 5,
    ParameterKind.HOURS: 5,
    ParameterKind.DAYS: 5,
    ParameterKind.MONEY: "KES 1500.00",
    ParameterKind.FREQUENCY: "weekly",
    ParameterKind.WEEKDAYS: ["mon", "thu"],
    ParameterKind.PHONE: "+999 20 000 0100",
    ParameterKind.CHOICE: None,  # the template's own choices
}
# Words that have no place in the Easy Read register.
JARGON = re.compile(
    r"\b(shall|pursuant|hereby|thereof|breach|revok\w*|non-custodial|custodial|"
    r"instalments?|compliance|e\.g|i\.e|etc)\b",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


# --- helpers -------------------------------------------------------------------------------


def sample_value(spec: ParameterSpec, choice: int = 0) -> Any:
    """A valid value for ``spec``, inside its bounds."""
    if spec.kind is ParameterKind.CHOICE:
        return spec.choices[choice]
    value = SAMPLES[spec.kind]
    if spec.kind in NUMERIC_KINDS:
        low = spec.min if spec.min is not None else 1
        high = spec.max if spec.max is not None else max(low, value)
        value = min(max(value, low), high)
    return value


def sample_values(template: ConditionTemplate, choice: int = 0) -> dict[str, Any]:
    return {
        spec.name: sample_value(spec, choice % max(1, len(spec.choices)))
        for spec in template.parameters
    }


def sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]


def long_sentences(text: str) -> list[str]:
    return [s for s in sentences(text) if len(s.split()) > EASY_READ_MAX_WORDS]


def copy_catalogue(tmp_path: Path) -> Path:
    """A private copy of the bundled catalogue files that a test may break."""
    target = tmp_path / "catalogue"
    target.mkdir()
    for name in CATALOGUE_FILES:
        shutil.copyfile(resource("catalogue", name), target / name)
    return target


def edit(directory: Path, name: str, old: str, new: str, *, occurrence: int = 1) -> None:
    """Replace the ``occurrence``-th copy of ``old`` (which must exist) in one file."""
    path = directory / name
    text = path.read_text(encoding="utf-8")
    start = -1
    for _ in range(occurrence):
        start = text.find(old, start + 1)
        assert start >= 0, f"{old!r} not found {occurrence} times in {name}"
    path.write_text(text[:start] + new + text[start + len(old) :], encoding="utf-8")


def append(directory: Path, name: str, extra: str) -> None:
    path = directory / name
    path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")


def condition_block(code: str, version: int, measure_type: str = "sentencing.probation") -> str:
    """A minimal, otherwise valid condition template in TOML."""
    return f"""
[[condition]]
code = "{code}"
version = {version}
category = "conduct"
title = "Test condition"
measure_types = ["{measure_type}"]
purpose = "A purpose sentence that is long enough to be accepted."
how_checked = "The officer checks it at each appointment."
review_interval_days = 90
text = "You must keep the law while this measure lasts, version {version}."
easy_read = "Obey the law while these rules last."
"""


def load_broken(directory: Path, match: str) -> None:
    with pytest.raises(CatalogueError, match=match):
        Catalogue.load(directory)


# --- the bundled catalogue -----------------------------------------------------------------


def test_bundled_catalogue_loads() -> None:
    catalogue = load_default()
    assert catalogue.version == "2026.1"
    assert catalogue.default_jurisdiction == "default"
    assert set(catalogue.jurisdictions) == JURISDICTIONS
    assert len(catalogue.measure_types) == 21


def test_enough_conditions_in_every_category(catalogue: Catalogue) -> None:
    assert len(catalogue.conditions) >= 25
    for category in ConditionCategory:
        found = [t.code for t in catalogue.conditions if t.category is category]
        assert len(found) >= 2, f"category {category} has only {found}"


def test_codes_are_stable_names_under_their_category(catalogue: Catalogue) -> None:
    for template in catalogue.conditions:
        prefix, _, short = template.code.partition(".")
        assert prefix == template.category.value, template.code
        assert re.fullmatch(r"[a-z][a-z0-9_]*", short), template.code
        assert not short.replace("_", "").isdigit(), template.code
        assert template.version == 1, template.code
        assert catalogue.condition(template.code, 1) is template
        assert catalogue.condition(template.code) is template
    assert catalogue.condition("reporting.no_such_thing") is None


def test_every_condition_is_fully_described(catalogue: Catalogue) -> None:
    for template in catalogue.conditions:
        code = template.code
        assert 2 <= len(template.title.split()) <= 6, code
        assert "must" in template.text.lower(), code
        assert 1 <= len(sentences(template.text)) <= 3, code
        for field in (template.text, template.easy_read, template.purpose, template.how_checked):
            assert field.strip() == field, code
            assert field.endswith((".", "?")), code
            assert "{{" not in field, code
            assert "}}" not in field, code
        assert len(template.purpose.split()) >= 8, code
        assert "officer" in template.how_checked.lower(), code
        assert 7 <= template.review_interval_days <= 366, code


def test_parameters_are_typed_and_bounded(catalogue: Catalogue) -> None:
    seen_kinds = set()
    for template in catalogue.conditions:
        for spec in template.parameters:
            seen_kinds.add(spec.kind)
            where = f"{template.code}.{spec.name}"
            assert re.fullmatch(r"[a-z][a-z0-9_]*", spec.name), where
            assert spec.label.strip(), where
            assert not spec.optional, where
            if spec.kind in NUMERIC_KINDS:
                assert spec.min is not None, where
                assert spec.max is not None, where
                assert 0 < spec.min <= spec.max, where
            else:
                assert spec.min is None, where
                assert spec.max is None, where
            if spec.kind is ParameterKind.CHOICE:
                assert len(spec.choices) >= 2, where
                assert len(set(spec.choices)) == len(spec.choices), where
            else:
                assert spec.choices == (), where
    # The catalogue exercises every kind a template can ask for.
    assert seen_kinds == set(ParameterKind)


def test_community_service_hours_are_bounded(catalogue: Catalogue) -> None:
    template = catalogue.condition("community_service.unpaid_work")
    assert template is not None
    hours = next(spec for spec in template.parameters if spec.kind is ParameterKind.HOURS)
    assert (hours.min, hours.max) == (10, 300)
    values = sample_values(template)
    assert template.problems({**values, hours.name: 9}) == ["Total hours must be at least 10"]
    assert template.problems({**values, hours.name: 301}) == ["Total hours must be at most 300"]


def test_sample_values_cover_every_kind() -> None:
    assert set(SAMPLES) == set(ParameterKind)


@pytest.mark.parametrize("easy_read", [False, True], ids=["standard", "easy_read"])
def test_every_template_renders_with_valid_values(catalogue: Catalogue, easy_read: bool) -> None:
    for template in catalogue.conditions:
        rounds = max([1, *(len(spec.choices) for spec in template.parameters)])
        for choice in range(rounds):
            values = sample_values(template, choice)
            assert template.problems(values) == [], template.code
            text = template.render(values, easy_read=easy_read)
            assert "{" not in text, template.code
            assert "}" not in text, template.code
            assert "…" not in text, template.code  # every parameter was filled in
            for spec in template.parameters:
                if spec.kind is ParameterKind.PLACE:
                    assert values[spec.name] in text, template.code


def test_rendered_values_read_naturally(catalogue: Catalogue) -> None:
    template = catalogue.condition("curfew.night_hours")
    assert template is not None
    values = {"address": "12 Hill Road", "start_time": "21:00", "end_time": "06:00"}
    assert template.render(values).startswith(
        "You must stay at 12 Hill Road every night from 21:00 to 06:00."
    )
    fine = catalogue.condition("payment.fine_instalments")
    assert fine is not None
    text = fine.render(
        {
            "total": "KES 12000.00",
            "instalment": "KES 1000.00",
            "frequency": "monthly",
            "pay_office": "the court cashier",
            "first_date": "2026-12-01",
        },
        easy_read=True,
    )
    assert "You must pay a fine of 12,000.00 KES." in text
    assert "Pay 1,000.00 KES once a month." in text
    assert "Start on 1 December 2026." in text


def test_missing_values_show_as_a_gap_not_a_crash(catalogue: Catalogue) -> None:
    template = catalogue.condition("reporting.office_visits")
    assert template is not None
    assert "…" in template.render({})
    assert "Office where the person reports is required" in template.problems({})


def test_easy_read_sentences_are_short_and_plain(catalogue: Catalogue) -> None:
    for template in catalogue.conditions:
        # Count a placeholder as one word, then check again with real values filled in.
        assert long_sentences(_PLACEHOLDER.sub("X", template.easy_read)) == [], template.code
        rendered = template.render(sample_values(template), easy_read=True)
        assert long_sentences(rendered) == [], template.code
        assert ";" not in template.easy_read, template.code
        # Placeholder names are not words the person reads.
        plain = _PLACEHOLDER.sub("X", template.easy_read)
        assert JARGON.search(plain) is None, template.code
        # No abbreviations in capitals.
        assert re.search(r"\b[A-Z]{2,}\b", plain) is None, template.code


# --- measure types and their conditions ----------------------------------------------------


def test_conditions_only_under_measure_types_that_impose_obligations(catalogue: Catalogue) -> None:
    for code, measure in catalogue.measure_types.items():
        found = catalogue.conditions_for(code)
        if measure.imposes_obligations:
            assert len(found) >= 2, f"{code} has only {[t.code for t in found]}"
        else:
            assert found == [], code
    for template in catalogue.conditions:
        assert len(set(template.measure_types)) == len(template.measure_types), template.code
        for code in template.measure_types:
            assert catalogue.measure_types[code].imposes_obligations, (template.code, code)


def test_conditions_fit_the_measure_legally(catalogue: Catalogue) -> None:
    def types_of(code: str) -> set[str]:
        template = catalogue.condition(code)
        assert template is not None, code
        return set(template.measure_types)

    fines = {"sentencing.fine", "sentencing.combination"}
    assert types_of("payment.fine_instalments") <= fines
    assert types_of("payment.day_fine") <= fines
    assert "sentencing.restitution" in types_of("payment.compensation")
    assert "sentencing.restitution" in types_of("payment.return_property")
    assert "sentencing.community_service" in types_of("community_service.unpaid_work")
    assert "sentencing.house_arrest" in types_of("curfew.house_arrest")
    assert "sentencing.attendance_centre" in types_of("attendance_centre.sessions")
    assert "sentencing.status_penalty" in types_of("conduct.activity_ban")
    assert "post_sentencing.work_education_release" in types_of(
        "employment_education.release_placement"
    )
    assert "post_sentencing.furlough" in types_of("residence.return_to_institution")
    # Before trial the person is presumed innocent: no punishment-like obligations.
    pre_trial = "pre_trial.alternative_to_detention"
    for template in catalogue.conditions_for(pre_trial):
        assert template.category not in {
            ConditionCategory.COMMUNITY_SERVICE,
            ConditionCategory.PAYMENT,
            ConditionCategory.TREATMENT,
            ConditionCategory.ATTENDANCE_CENTRE,
        }, template.code
    # Mental-health treatment is imposed only with the person's agreement.
    mental_health = catalogue.condition("treatment.mental_health")
    assert mental_health is not None
    assert "agreed" in mental_health.text
    assert "agreed" in mental_health.easy_read


def test_every_stage_and_listed_measure_is_present(catalogue: Catalogue) -> None:
    measures = catalogue.measure_types.values()
    assert {measure.stage for measure in measures} == set(Stage)
    expected = {"5.1", "6"}
    expected |= {f"8.2 ({letter})" for letter in "abcdefghijklm"}
    expected |= {f"9.2 ({letter})" for letter in "abcde"}
    assert {measure.rule for measure in measures} >= expected
    for measure in measures:
        assert measure.code.startswith(f"{measure.stage.value}."), measure.code
        if measure.stage is Stage.PRE_TRIAL and measure.imposes_obligations:
            assert measure.consent_required, measure.code  # rule 3.4


# --- rights --------------------------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(JURISDICTIONS))
def test_jurisdiction_has_every_right(catalogue: Catalogue, code: str) -> None:
    jurisdiction = catalogue.jurisdiction(code)
    items = {item.code: item for item in jurisdiction.rights}
    assert len(items) == len(jurisdiction.rights)
    assert set(items) >= ALL_RIGHTS
    for right, rules in RIGHT_RULES.items():
        assert set(items[right].rules) >= rules, (code, right)


@pytest.mark.parametrize("code", sorted(JURISDICTIONS))
def test_rights_render_in_both_registers(catalogue: Catalogue, code: str) -> None:
    jurisdiction = catalogue.jurisdiction(code)
    used: set[str] = set()
    for item in jurisdiction.rights:
        for easy_read in (False, True):
            text = jurisdiction.render(item, easy_read=easy_read)
            assert "{" not in text, (code, item.code)
            assert "}" not in text, (code, item.code)
        easy = jurisdiction.render(item, easy_read=True)
        assert long_sentences(easy) == [], (code, item.code)
        assert JARGON.search(_PLACEHOLDER.sub("X", item.easy_read)) is None, (code, item.code)
        used |= {match[1:-1] for match in _PLACEHOLDER.findall(item.text + item.easy_read)}
    # Every value is used somewhere, so a misspelt placeholder cannot hide.
    assert used == set(jurisdiction.values), code


@pytest.mark.parametrize("code", sorted(JURISDICTIONS))
def test_complaint_names_the_body_address_and_time_limit(catalogue: Catalogue, code: str) -> None:
    jurisdiction = catalogue.jurisdiction(code)
    complaint = next(item for item in jurisdiction.rights if item.code == "complaint")
    values = jurisdiction.values
    assert values["complaint_time_limit_days"].isdigit()
    for easy_read in (False, True):
        text = jurisdiction.render(complaint, easy_read=easy_read)
        for name in ("complaint_body", "complaint_address", "complaint_time_limit_days"):
            assert values[name] in text, (code, name)
        assert "not be punished" in text


@pytest.mark.parametrize("code", sorted(JURISDICTIONS))
def test_maximum_durations_cover_obligation_measures(catalogue: Catalogue, code: str) -> None:
    maxima = catalogue.jurisdiction(code).max_duration_days
    obliging = {c for c, m in catalogue.measure_types.items() if m.imposes_obligations}
    assert set(maxima) == obliging
    assert all(7 <= days <= 3650 for days in maxima.values()), maxima


def test_demo_jurisdiction_is_clearly_fictional(catalogue: Catalogue) -> None:
    demo = catalogue.jurisdiction("demo")
    assert "fictional" in demo.name
    assert "fictional" in demo.values["complaint_address"]
    assert demo.values["complaint_phone"].startswith("+999 ")
    assert catalogue.jurisdiction() is catalogue.jurisdiction("default")


# --- a broken catalogue is refused with a clear message ------------------------------------


def test_private_copy_loads(tmp_path: Path) -> None:
    loaded = Catalogue.load(copy_catalogue(tmp_path))
    assert len(loaded.conditions) == len(load_default().conditions)


def test_undefined_placeholder_is_refused(tmp_path: Path) -> None:
    directory = copy_catalogue(tmp_path)
    edit(
        directory,
        "conditions.toml",
        "sleep every night at {address}.",
        "sleep every night at {address}, flat {flat_number}.",
    )
    load_broken(directory, re.escape("residence.live_at_address v1: text uses undefined"))
    load_broken(directory, re.escape("['flat_number']"))


def test_parameter_missing_from_easy_read_is_refused(tmp_path: Path) -> None:
    directory = copy_catalogue(tmp_path)
    edit(
        directory, "conditions.toml", 'easy_read = "Live at {address}.', 'easy_read = "Live there.'
    )
    load_broken(directory, re.escape("easy_read never uses ['address']"))


def test_unknown_measure_type_is_refused(tmp_path: Path) -> None:
    directory = copy_catalogue(tmp_path)
    edit(
        directory,
        "conditions.toml",
        'measure_types = ["pre_trial.alternative_to_detention"]',
        'measure_types = ["pre_trial.bail_hostel"]',
    )
    load_broken(directory, re.escape("unknown measure type pre_trial.bail_hostel"))


def test_condition_under_measure_without_obligations_is_refused(tmp_path: Path) -> None:
    directory = copy_catalogue(tmp_path)
    edit(
        directory,
        "conditions.toml",
        'measure_types = ["sentencing.fine", "sentencing.combination"]',
        'measure_types = ["sentencing.fine", "sentencing.verbal_sanction"]',
    )
    load_broken(
        directory,
        re.escape("payment.fine_instalments v1: sentencing.verbal_sanction imposes no obligations"),
    )


def test_duplicate_code_and_version_is_refused(tmp_path: Path) -> None:
    directory = copy_catalogue(tmp_path)
    append(directory, "conditions.toml", condition_block("conduct.good_behaviour", 1))
    load_broken(directory, re.escape("duplicate condition code+version"))


def test_version_gap_is_refused(tmp_path: Path) -> None:
    directory = copy_catalogue(tmp_path)
    append(directory, "conditions.toml", condition_block("conduct.good_behaviour", 3))
    load_broken(
        directory, re.escape("conduct.good_behaviour: versions must run 1, 2, 3 ... without gaps")
    )


def test_new_version_is_latest_and_old_version_stays(tmp_path: Path) -> None:
    directory = copy_catalogue(tmp_path)
    append(directory, "conditions.toml", condition_block("conduct.good_behaviour", 2))
    loaded = Catalogue.load(directory)
    latest = loaded.condition("conduct.good_behaviour")
    first = loaded.condition("conduct.good_behaviour", 1)
    assert latest is not None
    assert first is not None
    assert latest.version == 2
    assert first.version == 1
    assert first.text != latest.text
    assert [t.version for t in loaded.conditions if t.code == "conduct.good_behaviour"] == [2]


def test_missing_required_right_is_refused(tmp_path: Path) -> None:
    directory = copy_catalogue(tmp_path)
    edit(directory, "rights.toml", 'code = "interpreter"', 'code = "translation"', occurrence=2)
    load_broken(directory, re.escape("demo: missing rights ['interpreter']"))


def test_right_without_a_value_is_refused(tmp_path: Path) -> None:
    directory = copy_catalogue(tmp_path)
    edit(directory, "rights.toml", 'complaint_time_limit_days = "60"\n', "")
    load_broken(directory, re.escape("demo/complaint: no value for ['complaint_time_limit_days']"))


def test_maximum_for_unknown_measure_type_is_refused(tmp_path: Path) -> None:
    directory = copy_catalogue(tmp_path)
    edit(
        directory,
        "rights.toml",
        '"post_sentencing.parole" = 3650',
        '"post_sentencing.parole" = 3650\n"post_sentencing.exile" = 365',
    )
    load_broken(directory, re.escape("default: maximum for unknown measure type"))


def test_unknown_default_jurisdiction_is_refused(tmp_path: Path) -> None:
    directory = copy_catalogue(tmp_path)
    edit(directory, "rights.toml", 'default = "default"', 'default = "atlantis"')
    load_broken(directory, re.escape("default jurisdiction 'atlantis' is not defined"))


def test_choice_without_choices_and_inverted_bounds_are_refused(tmp_path: Path) -> None:
    directory = copy_catalogue(tmp_path)
    edit(directory, "conditions.toml", "min = 10\nmax = 300", "min = 300\nmax = 10")
    edit(directory, "conditions.toml", 'choices = ["gun or ammunition", "weapon of any kind"]', "")
    load_broken(directory, re.escape("parameter hours has min > max"))
    load_broken(directory, re.escape("choice parameter weapon_kind has no choices"))


def test_unknown_field_is_refused(tmp_path: Path) -> None:
    directory = copy_catalogue(tmp_path)
    edit(directory, "conditions.toml", "review_interval_days = 180", "review_days = 180")
    load_broken(directory, "catalogue data is malformed")


def test_unknown_parameter_kind_is_refused(tmp_path: Path) -> None:
    directory = copy_catalogue(tmp_path)
    edit(directory, "conditions.toml", 'kind = "phone"', 'kind = "email"')
    load_broken(directory, "catalogue data is malformed")


def test_missing_file_is_refused(tmp_path: Path) -> None:
    directory = copy_catalogue(tmp_path)
    (directory / "rights.toml").unlink()
    load_broken(directory, re.escape("cannot read rights.toml"))


def test_invalid_toml_is_refused(tmp_path: Path) -> None:
    directory = copy_catalogue(tmp_path)
    append(directory, "conditions.toml", "\n[[condition]\n")
    load_broken(directory, re.escape("cannot read conditions.toml"))


@pytest.mark.parametrize(
    ("replacement", "message"),
    [
        ("sleep every night at {address} {.", "has a stray brace"),
        ("sleep every night at {address} {}.", "not a parameter name"),
        ("sleep every night at {address!r}.", "formatted placeholder {address}"),
        ("sleep every night at {address:>5}.", "formatted placeholder {address}"),
        ("sleep every night at {address} {{x}}.", "escaped brace"),
    ],
)
def test_malformed_placeholders_are_refused(tmp_path: Path, replacement: str, message: str) -> None:
    directory = copy_catalogue(tmp_path)
    edit(directory, "conditions.toml", "sleep every night at {address}.", replacement)
    load_broken(directory, re.escape(message))


def test_code_must_name_its_category_and_not_end_in_digits(tmp_path: Path) -> None:
    directory = copy_catalogue(tmp_path)
    append(directory, "conditions.toml", condition_block("reporting.extra", 1))
    load_broken(directory, re.escape("reporting.extra v1: the code must start with its category"))
    (tmp_path / "second").mkdir()
    directory = copy_catalogue(tmp_path / "second")
    append(directory, "conditions.toml", condition_block("conduct.123", 1))
    load_broken(directory, re.escape("conduct.123 v1: code must look like"))


def test_options_on_the_wrong_parameter_kind_are_refused(tmp_path: Path) -> None:
    directory = copy_catalogue(tmp_path)
    edit(directory, "conditions.toml", 'kind = "phone"', 'kind = "phone"\nmin = 3')
    load_broken(directory, "has min/max but is not a number")


def test_duration_maximums_are_positive_and_complete(tmp_path: Path) -> None:
    directory = copy_catalogue(tmp_path)
    edit(
        directory, "rights.toml", '"post_sentencing.parole" = 3650', '"post_sentencing.parole" = 0'
    )
    load_broken(directory, "catalogue data is malformed")
    (tmp_path / "second").mkdir()
    directory = copy_catalogue(tmp_path / "second")
    edit(directory, "rights.toml", '"post_sentencing.parole" = 3650\n', "")
    load_broken(directory, re.escape("no maximum duration for post_sentencing.parole"))


def test_a_right_listed_twice_is_refused(tmp_path: Path) -> None:
    directory = copy_catalogue(tmp_path)
    edit(directory, "rights.toml", 'code = "dignity"', 'code = "privacy"', occurrence=1)
    load_broken(directory, "a right is listed twice")
