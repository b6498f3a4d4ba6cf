"""Write the complete English pack (sheet strings + catalogue sections) as one TOML file.

    .venv/bin/python packaging/export_pack_template.py build/en-full.toml

Translators start from this file: every key in it must appear in their pack, with the same
{placeholders}. Needs tomli-w (a development dependency).
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from typing import Any

import tomli_w

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tokyo_desk.domain.catalogue import load_default  # noqa: E402
from tokyo_desk.sheets.packs import CONDITION_FIELDS, RIGHT_FIELDS  # noqa: E402


def full_english() -> dict[str, Any]:
    catalogue = load_default()
    with (ROOT / "resources" / "lang" / "en.toml").open("rb") as handle:
        data: dict[str, Any] = tomllib.load(handle)
    data["measure_types"] = {code: item.title for code, item in catalogue.measure_types.items()}
    data["conditions"] = {
        item.code: {field: getattr(item, field) for field in CONDITION_FIELDS}
        for item in catalogue.conditions
    }
    data["choices"] = {}
    for item in catalogue.conditions:
        for spec in item.parameters:
            if spec.choices:
                data["choices"].setdefault(item.code, {})[spec.name] = {c: c for c in spec.choices}
    data["rights"] = {
        item.code: {field: getattr(item, field) for field in RIGHT_FIELDS}
        for item in catalogue.jurisdiction().rights
    }
    data["jurisdiction_values"] = {
        code: dict(jurisdiction.values) for code, jurisdiction in catalogue.jurisdictions.items()
    }
    return data


def main() -> int:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "en-full.toml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(tomli_w.dumps(full_english(), multiline_strings=False), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
