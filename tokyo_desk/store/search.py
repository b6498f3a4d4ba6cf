"""Full-text search over people and cases: names in any script, case numbers, prefixes.

Text is folded the same way for the index and for queries: NFKC, case folding, Latin,
Greek and Cyrillic accents removed, Arabic-script vowel marks and letter variants unified
(so ``أحمد`` finds ``احمد`` and Persian ``ی`` finds Arabic ``ي``), and CJK ideographs split
into single-character tokens so that part of a Chinese name finds the whole name.
"""

from __future__ import annotations

import re
import unicodedata

from tokyo_desk.store.connection import Connection

_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640\u06d6-\u06ed]")
_ARABIC_LETTERS = str.maketrans(
    {
        "\u0623": "\u0627",  # alef with hamza above -> alef
        "\u0625": "\u0627",  # alef with hamza below -> alef
        "\u0622": "\u0627",  # alef with madda -> alef
        "\u0671": "\u0627",  # alef wasla -> alef
        "\u0649": "\u064a",  # alef maksura -> yeh
        "\u06cc": "\u064a",  # Farsi yeh -> yeh
        "\u0643": "\u06a9",  # Arabic kaf -> keheh (Persian/Urdu kaf)
        "\u0629": "\u0647",  # teh marbuta -> heh
        "\u06c1": "\u0647",  # heh goal (Urdu) -> heh
    }
)
_STRIP_MARKS_AFTER = ("LATIN", "GREEK", "CYRILLIC")
_CJK = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af])")


def fold(text: str) -> str:
    """The search form of ``text`` (used for both indexing and querying)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTERS)
    decomposed = unicodedata.normalize("NFD", text)
    kept: list[str] = []
    base_script = ""
    for char in decomposed:
        if unicodedata.combining(char):
            if base_script.startswith(_STRIP_MARKS_AFTER):
                continue
        else:
            base_script = unicodedata.name(char, "")
        kept.append(char)
    text = unicodedata.normalize("NFC", "".join(kept))
    return _CJK.sub(r" \1 ", text)


def index_text(names: list[str]) -> str:
    """Folded names as one indexable string."""
    return " ".join(fold(name) for name in names if name)


def tokens(folded: str) -> list[str]:
    """Words of folded text: runs of letters, digits and combining marks (Indic vowel signs
    are marks, so a word in Devanagari or Bengali stays whole)."""
    found: list[str] = []
    current: list[str] = []
    for char in folded:
        if unicodedata.category(char)[0] in "LNM":
            current.append(char)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    return found


def number_text(case_number: str) -> str:
    """Case number tokens plus the compact form, so 'K7QM 42' and 'k7qm00042' both match."""
    parts = tokens(fold(case_number))
    trimmed = [part.lstrip("0") or "0" for part in parts if part.isdigit()]
    return " ".join([*parts, "".join(parts), *trimmed])


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for what the officer typed: every word as a prefix, and
    consecutive CJK characters as one phrase (so 小明 finds 王小明 but not 小 ... 明)."""
    terms: list[str] = []
    for chunk in query.split():  # a space the officer typed ends a CJK phrase
        cjk_run: list[str] = []
        for word in tokens(fold(chunk)):
            if _CJK.fullmatch(word):
                cjk_run.append(word)
                continue
            if cjk_run:
                terms.append('"' + " ".join(cjk_run) + '"*')
                cjk_run = []
            terms.append(f'"{word}"*')
        if cjk_run:
            terms.append('"' + " ".join(cjk_run) + '"*')
    return " AND ".join(terms) if terms else None


def search_case_rowids(connection: Connection, query: str, limit: int = 50) -> list[int]:
    """Row ids of up to ``limit`` matching cases (every word matches, as a prefix).

    Not ordered by relevance: ranking scores every match before the limit applies, so a
    one-letter prefix over 100,000 people took tens of milliseconds; without it FTS5 stops
    at the limit (about 1 ms).  Every result matches every word the officer typed anyway,
    and the caller orders them by name.
    """
    expression = match_expression(query)
    if expression is None:
        return []
    rows = connection.execute(
        "SELECT rowid FROM case_search WHERE case_search MATCH ? LIMIT ?", (expression, limit)
    )
    return [row[0] for row in rows]


def index_case(connection: Connection, rowid: int, names: list[str], case_number: str) -> None:
    """(Re)index one case."""
    connection.execute("DELETE FROM case_search WHERE rowid = ?", (rowid,))
    connection.execute(
        "INSERT INTO case_search (rowid, names, numbers) VALUES (?, ?, ?)",
        (rowid, index_text(names), number_text(case_number)),
    )


def unindex_case(connection: Connection, rowid: int) -> None:
    """Remove one case from the index, tokens included.

    A contentless-delete FTS5 table only marks the row deleted; its tokens stay in the
    index b-tree until segments are merged, so a purged name could still be found in the
    file.  'optimize' merges every segment and drops them now.
    """
    connection.execute("DELETE FROM case_search WHERE rowid = ?", (rowid,))
    connection.execute("INSERT INTO case_search (case_search) VALUES ('optimize')")
