"""Check language packs against English: every key present, same placeholders, Easy Read
sentence lengths.   .venv/bin/python packaging/check_packs.py [CODE ...]"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tokyo_desk.domain.catalogue import load_default  # noqa: E402
from tokyo_desk.sheets.packs import (  # noqa: E402
    available_languages,
    easy_read_problems,
    load_pack,
    pack_problems,
)


def main() -> int:
    catalogue = load_default()
    english = load_pack("en", catalogue)
    codes = sys.argv[1:] or list(available_languages())
    problems: list[str] = []
    for code in codes:
        pack = load_pack(code, catalogue)
        problems += pack_problems(pack, english) + easy_read_problems(pack)
    print("\n".join(problems) if problems else f"ok: {', '.join(codes)}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
