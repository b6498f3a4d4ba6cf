"""Print what Qt Core computes with ICU, so that two ICU data libraries can be compared.

Qt Core calls ICU for exactly four things (its undefined ``*_73`` symbols): collation
(``ucol_*``: QCollator, locale-aware comparison), calendars and time-zone names (``ucal_*``:
QTimeZone display names, the ``t``/``tttt`` date formats), converters (``ucnv_*``: named
codecs of QStringDecoder/QStringEncoder, charset detection in HTML) and locale case mapping
(``u_strToUpper``/``u_strToLower``).  This script runs each of them in many locales and prints
the results; ``test_bundle.py`` runs it once with the wheel's full ICU data and once with the
bundle's trimmed data preloaded and expects the same output.

    python tests/packaging/icu_probe.py
"""

from __future__ import annotations

import functools

from PySide6.QtCore import (
    QCollator,
    QDate,
    QDateTime,
    QLocale,
    QStringConverter,
    QStringDecoder,
    QStringEncoder,
    QTime,
    QTimeZone,
)

# The window's languages, the sheets' languages, and locales with unusual ICU rules
# (Turkish and Lithuanian casing, Swedish and Spanish collation, CJK and Thai).
LOCALES = (
    "en", "fr", "ar", "bn", "es", "fa", "hi", "pt", "ru", "sw", "ur", "zh", "tr", "lt", "sv",
    "de", "ja", "ko", "th", "el", "he", "en_US", "fr_CA", "ar_EG", "zh_TW",
)  # fmt: skip
WORDS = (
    "zebra", "Äpfel", "apple", "Zürich", "île", "ilk", "İstanbul", "ıssız", "chico", "cosa",
    "ñandú", "nube", "محمد", "أحمد", "علي", "राम", "अजय", "কলম", "Ёлка", "ель", "東京", "北京",
    "가나", "ไทย", "Ωmega", "item 10", "item 9", "ǅemal", "straße", "STRASSE",
)  # fmt: skip
ZONES = (
    b"UTC", b"Europe/Paris", b"Europe/London", b"Africa/Cairo", b"Africa/Nairobi",
    b"Asia/Kolkata", b"Asia/Dhaka", b"Asia/Karachi", b"Asia/Tehran", b"Asia/Tokyo",
    b"America/New_York", b"America/Sao_Paulo", b"Australia/Sydney", b"Pacific/Chatham",
)  # fmt: skip
CODECS = (
    "windows-1252", "windows-1256", "ISO-8859-6", "ISO-8859-15", "KOI8-R", "Shift_JIS",
    "EUC-JP", "Big5", "GB18030", "EUC-KR", "IBM437", "TIS-620", "no-such-codec",
)  # fmt: skip


def collation(out: list[str]) -> None:
    for name in LOCALES:
        for numeric in (False, True):
            collator = QCollator(QLocale(name))
            collator.setNumericMode(numeric)
            ordered = sorted(WORDS, key=functools.cmp_to_key(collator.compare))
            out.append(f"collate {name} numeric={numeric}: {' | '.join(ordered)}")
        collator = QCollator(QLocale(name))
        collator.setCaseSensitivity(collator.caseSensitivity().CaseInsensitive)
        out.append(f"collate {name} nocase: {collator.compare('straße', 'STRASSE')}")


def case_mapping(out: list[str]) -> None:
    for name in LOCALES:
        locale = QLocale(name)
        text = " ".join(WORDS) + " i̇ ΌΣΟΣ"
        out.append(f"case {name}: {locale.toUpper(text)} / {locale.toLower(text)}")


def time_zones(out: list[str]) -> None:
    moments = (
        QDateTime(QDate(2024, 1, 15), QTime(9, 30), QTimeZone(b"UTC")),
        QDateTime(QDate(2024, 7, 15), QTime(9, 30), QTimeZone(b"UTC")),
    )
    for zone_id in ZONES:
        zone = QTimeZone(zone_id)
        for name in LOCALES:
            locale = QLocale(name)
            names = [
                zone.displayName(time_type, name_type, locale)
                for time_type in QTimeZone.TimeType
                for name_type in QTimeZone.NameType
            ]
            names += [
                zone.displayName(moment, QTimeZone.NameType.LongName, locale) for moment in moments
            ]
            names += [locale.toString(moment.toTimeZone(zone), "t | tttt") for moment in moments]
            out.append(f"zone {zone_id.decode()} {name}: {' | '.join(names)}")


def converters(out: list[str]) -> None:
    out.append(f"codecs: {' '.join(sorted(QStringConverter.availableCodecs()))}")
    for codec in CODECS:
        decoder, encoder = QStringDecoder(codec), QStringEncoder(codec)
        name = str(decoder.name())  # a str or None at run time, whatever the stubs say
        out.append(f"codec {codec}: {decoder.isValid()} {name} {encoder.isValid()}")
    for charset in ("koi8-r", "windows-1256", "shift_jis", "utf-8"):
        html = f'<meta charset="{charset}">'.encode()
        found = str(QStringDecoder.decoderForHtml(html).name())
        out.append(f"html {charset}: {found}")


def main() -> None:
    out: list[str] = []
    collation(out)
    case_mapping(out)
    time_zones(out)
    converters(out)
    print("\n".join(out))


if __name__ == "__main__":
    main()
