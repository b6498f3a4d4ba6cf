"""Language packs: every string a sheet prints, in one file per language.

A pack has the sections ``pack`` (metadata and review status), ``sheet`` (sheet strings),
``values`` (frequencies, weekdays, months, formats), ``glossary``, and translations of the
catalogue: ``measure_types``, ``conditions``, ``rights``, ``jurisdiction_values`` and
``choices``.  English is the source: its catalogue sections are read from
``resources/catalogue`` so that the English text exists once.  Every other pack must have
every key English has, with the same ``{placeholders}``.
"""

from __future__ import annotations

import re
import string
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from tokyo_desk.domain.catalogue import Catalogue
from tokyo_desk.paths import resource

SOURCE_LANGUAGE = "en"
CONDITION_FIELDS = ("title", "text", "easy_read", "purpose", "how_checked")
RIGHT_FIELDS = ("title", "text", "easy_read")
REVIEW_STATUSES = ("draft", "approved")
# Easy Read: at most 15 words a sentence; for scripts written without spaces, characters.
EASY_READ_MAX_WORDS = 15
EASY_READ_MAX_CHARS_UNSPACED = 40
UNSPACED_SCRIPTS = {"Hans", "Hant", "Jpan", "Thai"}


class PackError(Exception):
    """A language pack is missing, unreadable or inconsistent (a data bug)."""


@dataclass(frozen=True)
class PackInfo:
    code: str
    name: str
    native_name: str
    script: str
    direction: str
    review_status: str
    reviewed_by: str

    @property
    def is_draft(self) -> bool:
        return self.review_status != "approved"

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"


class LanguagePack:
    """One language's strings, flattened to dotted keys (``sheet.title``)."""

    def __init__(self, info: PackInfo, strings: dict[str, str]) -> None:
        self.info = info
        self.strings = strings

    @property
    def code(self) -> str:
        return self.info.code

    def get(self, key: str, **values: str) -> str:
        """The string for ``key`` with ``values`` filled in."""
        try:
            text = self.strings[key]
        except KeyError:
            raise PackError(f"language pack {self.code} has no string {key}") from None
        return text.format_map(values) if values else text

    def has(self, key: str) -> bool:
        return key in self.strings


def flatten(data: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """{"a": {"b": "x"}} -> {"a.b": "x"}; every leaf must be a string."""
    flat: dict[str, str] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, name + "."))
        elif isinstance(value, str):
            flat[name] = value
        else:
            raise PackError(f"{name} must be text")
    return flat


def catalogue_strings(catalogue: Catalogue) -> dict[str, str]:
    """The English catalogue sections, keyed as a pack keys them."""
    strings: dict[str, str] = {}
    for code, measure in catalogue.measure_types.items():
        strings[f"measure_types.{code}"] = measure.title
    for template in catalogue.conditions:
        for field in CONDITION_FIELDS:
            strings[f"conditions.{template.code}.{field}"] = getattr(template, field)
        for spec in template.parameters:
            for choice in spec.choices:
                strings[f"choices.{template.code}.{spec.name}.{choice}"] = choice
    for item in catalogue.jurisdiction().rights:
        for field in RIGHT_FIELDS:
            strings[f"rights.{item.code}.{field}"] = getattr(item, field)
    for code, jurisdiction in catalogue.jurisdictions.items():
        for key, value in jurisdiction.values.items():
            strings[f"jurisdiction_values.{code}.{key}"] = value
    return strings


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise PackError(f"there is no language pack {path.stem}") from None
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise PackError(f"language pack {path.name} is unreadable: {error}") from None


def _info(code: str, data: dict[str, Any]) -> PackInfo:
    meta = data.get("pack")
    if not isinstance(meta, dict):
        raise PackError(f"language pack {code} has no [pack] section")
    try:
        info = PackInfo(**{name: str(meta[name]) for name in PackInfo.__dataclass_fields__})
    except KeyError as error:
        raise PackError(f"language pack {code}: [pack] lacks {error}") from None
    if info.code != code:
        raise PackError(f"language pack {code}.toml says its code is {info.code}")
    if info.direction not in ("ltr", "rtl") or info.review_status not in REVIEW_STATUSES:
        raise PackError(f"language pack {code}: direction or review_status is invalid")
    return info


@lru_cache(maxsize=32)
def bundled_pack(code: str, catalogue: Catalogue) -> LanguagePack:
    """A bundled pack, read once per process (the window asks for the same few often).
    Callers must not change the returned pack."""
    return load_pack(code, catalogue)


def load_pack(code: str, catalogue: Catalogue, directory: Path | None = None) -> LanguagePack:
    """Read ``<code>.toml`` (English gains its catalogue sections)."""
    if not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?", code):
        raise PackError(f"{code!r} is not a language code")
    folder = directory or resource("lang")
    data = _read(folder / f"{code}.toml")
    info = _info(code, data)
    strings = flatten({key: value for key, value in data.items() if key != "pack"})
    if code == SOURCE_LANGUAGE:
        strings.update(catalogue_strings(catalogue))
    return LanguagePack(info, strings)


@cache
def pack_info(code: str, directory: Path | None = None) -> PackInfo:
    """A bundled pack's [pack] section alone: listing the languages by name must not parse
    every pack's texts (twelve packs took about 60 ms)."""
    if not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?", code):
        raise PackError(f"{code!r} is not a language code")
    path = (directory or resource("lang")) / f"{code}.toml"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PackError(f"there is no language pack {code}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise PackError(f"language pack {path.name} is unreadable: {error}") from None
    # The section runs from its header to the next table header. A slice cut inside a
    # multi-line string does not parse, and then the whole file is read (a test compares
    # the two ways for every bundled pack).
    start = re.search(r"(?m)^\[pack\][ \t]*$", text)
    if start is None:
        return _info(code, _read(path))  # an unusual layout: read it all
    following = re.search(r"(?m)^\[", text[start.end() :])
    end = start.end() + following.start() if following else len(text)
    try:
        section = tomllib.loads(text[start.start() : end])
    except tomllib.TOMLDecodeError:
        return _info(code, _read(path))
    return _info(code, section)


@cache
def available_languages(directory: Path | None = None) -> tuple[str, ...]:
    """Codes of the bundled packs, sorted."""
    folder = directory or resource("lang")
    return tuple(sorted(path.stem for path in folder.glob("*.toml")))


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def pack_problems(pack: LanguagePack, english: LanguagePack) -> list[str]:
    """Keys missing or unknown, and placeholders that differ from English."""
    problems = []
    missing = sorted(set(english.strings) - set(pack.strings))
    if missing:
        shown = ", ".join(missing[:8]) + (" ..." if len(missing) > 8 else "")
        problems.append(f"{pack.code}: {len(missing)} key(s) missing: {shown}")
    extra = sorted(set(pack.strings) - set(english.strings))
    if extra:
        problems.append(f"{pack.code}: unknown key(s): {', '.join(extra[:8])}")
    for key, source in english.strings.items():
        if key not in pack.strings:
            continue
        try:
            theirs = placeholders(pack.strings[key])
        except ValueError:
            problems.append(f"{pack.code}: {key} has a stray brace")
            continue
        if theirs != placeholders(source):
            problems.append(
                f"{pack.code}: {key} must use the placeholders {sorted(placeholders(source))}"
            )
        if not pack.strings[key].strip():
            problems.append(f"{pack.code}: {key} is empty")
    return problems


def easy_read_problems(pack: LanguagePack) -> list[str]:
    """Easy Read sentences longer than the limit (words, or characters for unspaced scripts)."""
    problems = []
    unspaced = pack.info.script in UNSPACED_SCRIPTS
    for key, text in pack.strings.items():
        if not (key.endswith(".easy_read") or key.endswith("_easy")):
            continue
        for sentence in re.split(r"(?<=[.!?。！？؟।۔])\s*", text):
            filled = re.sub(r"\{[a-z_]+\}", "X", sentence).strip()
            if not filled:
                continue
            size = len(filled) if unspaced else len(filled.split())
            limit = EASY_READ_MAX_CHARS_UNSPACED if unspaced else EASY_READ_MAX_WORDS
            if size > limit:
                problems.append(f"{pack.code}: {key}: a sentence of {size} (max {limit})")
    return problems
