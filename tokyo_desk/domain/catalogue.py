"""The Tokyo Rules catalogues as data: measure types, condition templates and rights notices.

The text lives in ``resources/catalogue/*.toml`` (not in code) so that it can be reviewed by
lawyers and versioned; this module loads it, checks its integrity, and answers questions
about it.  Condition templates are versioned: an imposed condition records the template code
*and* version, and freezes the text it was issued with.
"""

from __future__ import annotations

import re
import string
import tomllib
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PositiveInt, ValidationError, field_validator

from tokyo_desk.domain.parameters import ParameterKind, check_value, render_value


class Stage(StrEnum):
    """When in the criminal process a measure applies (Tokyo Rules sections II-IV)."""

    PRE_TRIAL = "pre_trial"
    SENTENCING = "sentencing"
    POST_SENTENCING = "post_sentencing"


class ConditionCategory(StrEnum):
    """Families of conditions; each has a pictogram on the Easy Read sheet."""

    REPORTING = "reporting"
    RESIDENCE = "residence"
    TRAVEL = "travel"
    CONTACT = "contact"
    COMMUNITY_SERVICE = "community_service"
    ATTENDANCE_CENTRE = "attendance_centre"
    CURFEW = "curfew"
    TREATMENT = "treatment"
    PAYMENT = "payment"
    EMPLOYMENT_EDUCATION = "employment_education"
    CONDUCT = "conduct"


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


_CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
_RULE = re.compile(r"^\d{1,2}(\.\d{1,2})?( ?\([a-m]\))?$")


class MeasureType(_Data):
    """A non-custodial measure listed by the Tokyo Rules, with a stable code."""

    code: str
    stage: Stage
    rule: str
    title: str
    description: str
    imposes_obligations: bool
    consent_required: bool = False

    @field_validator("code")
    @classmethod
    def _code_shape(cls, value: str) -> str:
        if not _CODE.fullmatch(value):
            raise ValueError("code must look like 'stage.name' in lower case")
        return value

    @field_validator("rule")
    @classmethod
    def _rule_shape(cls, value: str) -> str:
        if not _RULE.fullmatch(value):
            raise ValueError("rule must look like '8.2 (h)' or '6'")
        return value


class ParameterSpec(_Data):
    """One typed blank in a condition template."""

    name: str
    kind: ParameterKind
    label: str
    min: int | None = None
    max: int | None = None
    choices: tuple[str, ...] = ()
    optional: bool = False

    def problem(self, value: Any) -> str | None:
        """A description of what is wrong with ``value``, or None if it is valid."""
        return check_value(
            self.kind,
            value,
            label=self.label,
            minimum=self.min,
            maximum=self.max,
            choices=self.choices,
        )


class ConditionTemplate(_Data):
    """A catalogue condition: stable code, version, typed parameters and both registers."""

    code: str
    version: int = Field(ge=1)
    category: ConditionCategory
    title: str
    measure_types: tuple[str, ...] = Field(min_length=1)
    parameters: tuple[ParameterSpec, ...] = ()
    purpose: str = Field(min_length=20)
    how_checked: str = Field(min_length=20)
    review_interval_days: int = Field(ge=7, le=366)
    prohibition: bool = False  # printed under "What you must not do"
    text: str = Field(min_length=20)
    easy_read: str = Field(min_length=10)

    @cached_property
    def parameter_names(self) -> tuple[str, ...]:
        """Names of the template's parameters, in order."""
        return tuple(spec.name for spec in self.parameters)

    def problems(self, values: dict[str, Any]) -> list[str]:
        """Everything wrong with a set of parameter values for this template."""
        found = []
        for spec in self.parameters:
            if spec.name not in values or values[spec.name] in (None, ""):
                if not spec.optional:
                    found.append(f"{spec.label} is required")
                continue
            problem = spec.problem(values[spec.name])
            if problem:
                found.append(problem)
        unknown = sorted(set(values) - set(self.parameter_names))
        if unknown:
            found.append(f"unknown parameters for {self.code}: {', '.join(unknown)}")
        return found

    def render(self, values: dict[str, Any], *, easy_read: bool = False) -> str:
        """The English text with the parameter values filled in."""
        rendered = {
            spec.name: render_value(spec.kind, values[spec.name])
            for spec in self.parameters
            if values.get(spec.name) not in (None, "")
        }
        return (self.easy_read if easy_read else self.text).format_map(_Blank(rendered))


class _Blank(dict[str, str]):
    """format_map helper: an optional parameter left empty reads as an ellipsis."""

    def __missing__(self, key: str) -> str:
        return "…"


class RightsItem(_Data):
    """One right the person is told about (review, complaint, appeal, ...)."""

    code: str
    rules: tuple[str, ...] = Field(min_length=1)
    title: str
    text: str = Field(min_length=20)
    easy_read: str = Field(min_length=10)


class Jurisdiction(_Data):
    """A rights notice for one jurisdiction, with the bodies and time limits it names."""

    code: str
    name: str
    max_duration_days: dict[str, PositiveInt] = {}
    values: dict[str, str] = {}
    rights: tuple[RightsItem, ...] = Field(min_length=1)

    def render(self, item: RightsItem, *, easy_read: bool = False) -> str:
        """The right's English text with the jurisdiction's bodies and limits filled in."""
        return (item.easy_read if easy_read else item.text).format_map(self.values)


class CatalogueError(Exception):
    """The catalogue data files are inconsistent (a packaging bug, not user input)."""


REQUIRED_RIGHTS = {"review", "complaint", "appeal", "privacy", "dignity", "interpreter"}


class Catalogue:
    """Measure types, condition templates and rights notices, loaded and cross-checked."""

    def __init__(
        self,
        version: str,
        measure_types: list[MeasureType],
        conditions: list[ConditionTemplate],
        jurisdictions: list[Jurisdiction],
        default_jurisdiction: str,
    ) -> None:
        self.version = version
        self.measure_types = {item.code: item for item in measure_types}
        self.jurisdictions = {item.code: item for item in jurisdictions}
        self.default_jurisdiction = default_jurisdiction
        self._conditions: dict[tuple[str, int], ConditionTemplate] = {}
        self._latest: dict[str, ConditionTemplate] = {}
        for template in conditions:
            self._conditions[(template.code, template.version)] = template
            current = self._latest.get(template.code)
            if current is None or template.version > current.version:
                self._latest[template.code] = template
        problems = self.integrity_problems(measure_types, conditions, jurisdictions)
        if problems:
            raise CatalogueError("catalogue is inconsistent:\n  " + "\n  ".join(problems))

    @classmethod
    def load(cls, directory: Path) -> Catalogue:
        """Load ``measure_types.toml``, ``conditions.toml`` and ``rights.toml``."""
        try:
            measures = _read(directory / "measure_types.toml")
            conditions = _read(directory / "conditions.toml")
            rights = _read(directory / "rights.toml")
            return cls(
                version=str(conditions["catalogue_version"]),
                measure_types=[MeasureType(**item) for item in measures["measure_type"]],
                conditions=[ConditionTemplate(**item) for item in conditions["condition"]],
                jurisdictions=[
                    Jurisdiction(code=code, **item) for code, item in rights["jurisdiction"].items()
                ],
                default_jurisdiction=str(rights["default"]),
            )
        except (KeyError, TypeError, AttributeError, ValidationError) as error:
            raise CatalogueError(f"catalogue data is malformed: {error}") from error

    @property
    def conditions(self) -> list[ConditionTemplate]:
        """The latest version of every condition template."""
        return list(self._latest.values())

    def condition(self, code: str, version: int | None = None) -> ConditionTemplate | None:
        """A template by code (latest version unless ``version`` is given)."""
        if version is None:
            return self._latest.get(code)
        return self._conditions.get((code, version))

    def conditions_for(self, measure_type: str) -> list[ConditionTemplate]:
        """Latest templates that may be imposed under a measure type."""
        return [item for item in self.conditions if measure_type in item.measure_types]

    def jurisdiction(self, code: str | None = None) -> Jurisdiction:
        """A jurisdiction's rights notice (the default one when ``code`` is None)."""
        return self.jurisdictions[code or self.default_jurisdiction]

    def integrity_problems(
        self,
        measure_types: list[MeasureType],
        conditions: list[ConditionTemplate],
        jurisdictions: list[Jurisdiction],
    ) -> list[str]:
        """Every inconsistency between the three files (empty when the data is sound)."""
        problems: list[str] = []
        if len(self.measure_types) != len(measure_types):
            problems.append("duplicate measure type codes")
        if len(self._conditions) != len(conditions):
            problems.append("duplicate condition code+version")
        for template in conditions:
            problems.extend(self._template_problems(template))
        for code in self._latest:
            versions = sorted(v for (c, v) in self._conditions if c == code)
            if versions != list(range(1, len(versions) + 1)):
                problems.append(f"{code}: versions must run 1, 2, 3 ... without gaps")
        if self.default_jurisdiction not in self.jurisdictions:
            problems.append(f"default jurisdiction {self.default_jurisdiction!r} is not defined")
        for jurisdiction in jurisdictions:
            problems.extend(self._jurisdiction_problems(jurisdiction))
        return problems

    def _template_problems(self, template: ConditionTemplate) -> list[str]:
        where = f"{template.code} v{template.version}"
        problems = []
        if not _CODE.fullmatch(template.code):
            problems.append(f"{where}: code must look like 'category.name'")
        elif template.code.split(".", 1)[0] != template.category.value:
            problems.append(f"{where}: the code must start with its category")
        for code in template.measure_types:
            measure = self.measure_types.get(code)
            if measure is None:
                problems.append(f"{where}: unknown measure type {code}")
            elif not measure.imposes_obligations:
                problems.append(f"{where}: {code} imposes no obligations, so no conditions")
        names = template.parameter_names
        if len(set(names)) != len(names):
            problems.append(f"{where}: duplicate parameter names")
        for register, text in (("text", template.text), ("easy_read", template.easy_read)):
            used, bad = _placeholders(text)
            problems.extend(f"{where}: {register} {problem}" for problem in bad)
            if used - set(names):
                problems.append(f"{where}: {register} uses undefined {sorted(used - set(names))}")
            if set(names) - used:
                problems.append(f"{where}: {register} never uses {sorted(set(names) - used)}")
        for spec in template.parameters:
            if spec.kind is ParameterKind.CHOICE and not spec.choices:
                problems.append(f"{where}: choice parameter {spec.name} has no choices")
            if spec.min is not None and spec.max is not None and spec.min > spec.max:
                problems.append(f"{where}: parameter {spec.name} has min > max")
            if spec.choices and spec.kind is not ParameterKind.CHOICE:
                problems.append(f"{where}: parameter {spec.name} has choices but is not a choice")
            numeric = spec.kind in {ParameterKind.COUNT, ParameterKind.HOURS, ParameterKind.DAYS}
            if (spec.min is not None or spec.max is not None) and not numeric:
                problems.append(f"{where}: parameter {spec.name} has min/max but is not a number")
        return problems

    def _jurisdiction_problems(self, jurisdiction: Jurisdiction) -> list[str]:
        problems = []
        codes = {item.code for item in jurisdiction.rights}
        if len(codes) != len(jurisdiction.rights):
            problems.append(f"{jurisdiction.code}: a right is listed twice")
        if REQUIRED_RIGHTS - codes:
            problems.append(
                f"{jurisdiction.code}: missing rights {sorted(REQUIRED_RIGHTS - codes)}"
            )
        for item in jurisdiction.rights:
            for text in (item.text, item.easy_read):
                used, bad = _placeholders(text)
                problems.extend(f"{jurisdiction.code}/{item.code}: {problem}" for problem in bad)
                missing = used - set(jurisdiction.values)
                if missing:
                    problems.append(
                        f"{jurisdiction.code}/{item.code}: no value for {sorted(missing)}"
                    )
        for code in jurisdiction.max_duration_days:
            if code not in self.measure_types:
                problems.append(f"{jurisdiction.code}: maximum for unknown measure type {code}")
        for code, measure in self.measure_types.items():
            if measure.imposes_obligations and code not in jurisdiction.max_duration_days:
                problems.append(f"{jurisdiction.code}: no maximum duration for {code} (rule 11.1)")
        return problems


def _placeholders(text: str) -> tuple[set[str], list[str]]:
    """Named ``{placeholders}`` in ``text``, and what is wrong with the others."""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError as error:
        return set(), [f"has a stray brace ({error})"]
    names: set[str] = set()
    problems: list[str] = []
    for literal, name, spec, conversion in parts:
        if "{" in literal or "}" in literal:
            problems.append("has an escaped brace; write the text without braces")
        if name is None:
            continue
        if not name.isidentifier():
            problems.append(f"has a placeholder {{{name}}} that is not a parameter name")
        elif spec or conversion:
            problems.append(f"has a formatted placeholder {{{name}}}; use plain {{{name}}}")
        names.add(name)
    return names, problems


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise CatalogueError(f"cannot read {path.name}: {error}") from error


def load_default() -> Catalogue:
    """The catalogue bundled with this installation."""
    from tokyo_desk.paths import resource  # noqa: PLC0415 - keeps domain import side-effect free

    return Catalogue.load(resource("catalogue"))
