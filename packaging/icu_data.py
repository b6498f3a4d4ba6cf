"""Trim the ICU data library that the PySide6 wheels carry on Linux (``libicudata.so.NN``).

The library is nothing but one symbol, ``icudtNN_dat``: an ICU "common data" package (a
header, a table of contents sorted by name, then the items).  Qt Core uses ICU only through
converters (``ucnv_*``), collation (``ucol_*``), calendars and time-zone names (``ucal_*``)
and case mapping (``u_strToUpper``/``u_strToLower``); ``bundle_contents.ICU_DROPPED_TREES``
names the parts of the package none of those read.  This module copies the package without
them (every other item byte for byte, in the same order) and links it into a new library with
the same soname, the same way ICU's own ``pkgdata`` does (assembler ``.incbin``), so the
bundle needs no ICU tools; it does need a C compiler (``cc``) on the Linux build machine.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

ALIGN = 16  # ICU items start on 16-byte boundaries (icupkg writes them so)


# --- the common data package -------------------------------------------------------------------


def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, bytes) items of an ICU common data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    if blob[8] != 0:  # UDataInfo.isBigEndian
        raise ValueError("big-endian ICU data is not handled")
    (count,) = struct.unpack_from("<I", blob, header_size)
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    offsets = [header_size + data for _, data in entries] + [len(blob)]
    items = []
    for index, (name_offset, _) in enumerate(entries):
        start = header_size + name_offset
        name = blob[start : blob.index(b"\0", start)].decode("ascii")
        items.append((name, blob[offsets[index] : offsets[index + 1]]))
    return blob[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU common data package of ``items`` (already sorted by name, as ICU searches)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    first_item = _aligned(len(header) + toc_size + len(names)) - len(header)
    toc = [struct.pack("<I", len(items))]
    name_offset, data_offset = toc_size, first_item
    for name, data in items:
        toc.append(struct.pack("<II", name_offset, data_offset))
        name_offset += len(name) + 1
        # Each item keeps the padding it had, so the next one stays aligned too.
        data_offset += _aligned(len(data))
    body = b"".join(toc) + names
    body += b"\xaa" * (first_item - len(body))  # the filler ICU's own tools write
    body += b"".join(data + b"\0" * (_aligned(len(data)) - len(data)) for _, data in items)
    return header + body


def _aligned(size: int) -> int:
    return (size + ALIGN - 1) // ALIGN * ALIGN


def tree_of(name: str) -> str:
    """``icudt73l/coll/fr.res`` -> ``coll``; items at the top (``icudt73l/fr.res``) -> ``""``."""
    parts = name.split("/")
    return parts[1] if len(parts) > 2 else ""


def trim_package(blob: bytes, dropped_trees: tuple[str, ...]) -> tuple[bytes, int]:
    """The package without the items of ``dropped_trees``, and how many items that left out."""
    header, items = read_package(blob)
    kept = [item for item in items if tree_of(item[0]) not in dropped_trees]
    return write_package(header, kept), len(items) - len(kept)


# --- the shared library ------------------------------------------------------------------------


def data_symbol(library: Path) -> tuple[str, bytes]:
    """The name and bytes of the ``icudt*_dat`` symbol of a 64-bit little-endian ELF library."""
    elf = library.read_bytes()
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError(f"{library}: not a 64-bit little-endian ELF file")
    section_offset, section_size, section_count = (
        struct.unpack_from("<Q", elf, 0x28)[0],
        struct.unpack_from("<H", elf, 0x3A)[0],
        struct.unpack_from("<H", elf, 0x3C)[0],
    )
    # (type, address, file offset, size, link) of every section
    sections = []
    for index in range(section_count):
        base = section_offset + index * section_size
        kind = struct.unpack_from("<I", elf, base + 4)[0]
        address, offset, size = struct.unpack_from("<QQQ", elf, base + 16)
        link = struct.unpack_from("<I", elf, base + 40)[0]
        sections.append((kind, address, offset, size, link))
    dynsym = next(section for section in sections if section[0] == 11)  # SHT_DYNSYM
    strings = sections[dynsym[4]]
    for start in range(dynsym[2], dynsym[2] + dynsym[3], 24):
        name_offset, _, _, index, value, size = struct.unpack_from("<IBBHQQ", elf, start)
        name_start = strings[2] + name_offset
        name = elf[name_start : elf.index(b"\0", name_start)].decode("ascii")
        if name.startswith("icudt") and name.endswith("_dat"):
            _, address, offset, _, _ = sections[index]
            return name, elf[offset + value - address : offset + value - address + size]
    raise ValueError(f"{library}: no icudt*_dat symbol")


def build_library(source: Path, target: Path, dropped_trees: tuple[str, ...]) -> int:
    """``target``: ``source`` (a libicudata) without the items of ``dropped_trees``; returns
    how many items that left out."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise SystemExit(
            "trimming ICU's data needs a C compiler (cc) on the build machine: install gcc"
        )
    symbol, blob = data_symbol(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    package = target.with_name(f"{symbol}.dat")
    trimmed, left_out = trim_package(blob, dropped_trees)
    package.write_bytes(trimmed)
    assembly = target.with_name(f"{symbol}.S")
    assembly.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n"
        f"\t.type {symbol}, @object\n"
        "\t.balign 16\n"
        f"{symbol}:\n"
        f'\t.incbin "{package.name}"\n'
        f"\t.size {symbol}, . - {symbol}\n"
        '\t.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    subprocess.run(
        [
            compiler, "-shared", "-nostdlib", f"-Wl,-soname,{source.name}", "-Wl,-z,noexecstack",
            "-o", str(target), assembly.name,
        ],
        cwd=target.parent,
        check=True,
    )  # fmt: skip
    return left_out
