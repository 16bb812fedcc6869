"""Decoding real page dumps from every encoding people save Japanese text in."""

from __future__ import annotations

import random
import struct
import zlib
from pathlib import Path

import pytest

from core.ingest import IngestError, decode_bytes

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))


def seed_texts() -> list[str]:
    if not SEEDS:
        pytest.fail("shared seeds not available", pytrace=False)
    return [path.read_text(encoding="utf-8") for path in SEEDS]


@pytest.mark.parametrize(
    "codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]
)
def test_unicode_encodings_give_the_original_text(codec):
    for text in seed_texts():
        decoded, _ = decode_bytes(text.encode(codec))
        assert decoded == text


@pytest.mark.parametrize("codec, name", [("cp932", "cp932"), ("shift_jis", "cp932"),
                                         ("euc_jp", "euc_jp"), ("iso2022_jp", "iso2022_jp")])
def test_legacy_japanese_encodings_are_detected(codec, name):
    for text in seed_texts():
        # Legacy codecs cannot write a few symbols of the seeds (•); compare
        # with the seed text as that codec can hold it.
        data = text.encode(codec, errors="ignore")
        original = data.decode(codec)
        decoded, encoding = decode_bytes(data)
        assert decoded == original
        assert encoding == name


def test_cp932_extensions_decode_as_cp932():
    text = "①髙橋㈱の社長が外相会談について語った。\n"
    decoded, encoding = decode_bytes(text.encode("cp932"))
    assert (decoded, encoding) == (text, "cp932")


def test_short_japanese_text_in_legacy_encodings():
    for text in ("外相会談", "首相は11日、米国を訪問した。"):
        for codec in ("cp932", "euc_jp"):
            assert decode_bytes(text.encode(codec))[0] == text


def test_line_ends_become_lf():
    text = seed_texts()[0]
    assert decode_bytes(text.replace("\n", "\r\n").encode("utf-8"))[0] == text
    assert decode_bytes(text.replace("\n", "\r").encode("utf-8"))[0] == text
    assert decode_bytes(text.replace("\n", "\r\n").encode("cp932", "ignore"))[0] == (
        text.encode("cp932", "ignore").decode("cp932")
    )


def test_stray_nul_bytes_are_dropped():
    text = seed_texts()[1]
    lines = text.split("\n")
    with_nuls = "\n".join(line + "\x00" if i % 7 == 0 else line for i, line in enumerate(lines))
    assert decode_bytes(with_nuls.encode("utf-8"))[0] == text


def test_utf16_without_bom_is_detected():
    for text in seed_texts():
        assert decode_bytes(text.encode("utf-16-le"))[0] == text
        assert decode_bytes(text.encode("utf-16-be"))[0] == text


def test_characters_outside_the_bmp_survive():
    text = "𠮷野家で𩸽定食を食べた外相。\n"
    for codec in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32"):
        decoded, _ = decode_bytes(text.encode(codec))
        assert decoded == text
        assert len(decoded) == len(text)


def test_declared_charset_hint_is_tried_before_the_detector():
    text = "会談"
    decoded, encoding = decode_bytes(text.encode("euc_jp"), hint="EUC-JP")
    assert (decoded, encoding) == (text, "euc_jp")


def _png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    rng = random.Random(1)
    rows = b"".join(b"\x00" + rng.randbytes(3 * 32) for _ in range(32))
    header = struct.pack(">IIBBBBB", 32, 32, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


@pytest.mark.parametrize(
    "data",
    [
        _png(),
        random.Random(7).randbytes(20_000),
        bytes(range(1, 32)) * 300,
        zlib.compress(random.Random(3).randbytes(8_000)),
        b"%PDF-1.7\n" + random.Random(5).randbytes(5_000),
    ],
    ids=["png", "random", "controls", "zlib", "pdf"],
)
def test_binary_data_is_not_text(data):
    with pytest.raises(IngestError, match="cannot decode: not text"):
        decode_bytes(data)


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n\r\n\t ", b"\x00\x00\x00", "\ufeff".encode("utf-8"), "\ufeff\n".encode("utf-16")],
    ids=["empty", "whitespace", "nuls", "utf8-bom", "utf16-bom"],
)
def test_empty_input_is_reported_as_empty(data):
    with pytest.raises(IngestError, match="empty file"):
        decode_bytes(data)
