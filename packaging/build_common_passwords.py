"""Build resources/security/common-passwords.txt from the zxcvbn package's frequency list.

Run from the repository root with a virtual environment that has ``zxcvbn`` (MIT licence)
installed:  python packaging/build_common_passwords.py
The list is data; its licence is copied beside it.
"""

from __future__ import annotations

import importlib
import pathlib
import sys

OUT = pathlib.Path("resources/security")


def main() -> int:
    try:
        frequency_lists = importlib.import_module("zxcvbn.frequency_lists")
    except ImportError:
        print("install zxcvbn==4.5.0 first: pip install zxcvbn==4.5.0", file=sys.stderr)
        return 2
    words = sorted({word.lower() for word in frequency_lists.FREQUENCY_LISTS["passwords"]})
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "common-passwords.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    licence = pathlib.Path(frequency_lists.__file__).parent.parent / "zxcvbn-4.5.0.dist-info"
    (OUT / "common-passwords.LICENSE.txt").write_text(
        "The common-password list is taken from the frequency lists of zxcvbn-python 4.5.0\n"
        "(Daniel Wolf; derived from Dropbox's zxcvbn), under the MIT licence below.\n\n"
        + (licence / "LICENSE.txt").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    print(f"{len(words)} passwords written to {OUT / 'common-passwords.txt'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
