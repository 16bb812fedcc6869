"""Bytes to text: find the encoding, normalise line ends, refuse binary data."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from core.ingest.errors import IngestError

NOT_TEXT = "cannot decode: not text"
EMPTY = "empty file"

# Signatures of formats people drop by mistake (images, PDFs, archives, Office
# files, SQLite libraries): refuse them before any detector guesses a codec.
_BINARY_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"Rar!",
    b"SQLite format 3\x00",
    b"\xd0\xcf\x11\xe0",
    b"RIFF",
    b"\x7fELF",
    b"MZ",
    b"OggS",
    b"ID3",
    b"wOFF",
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Shift_JIS as written by Windows is CP932 (NEC and IBM extensions: ①, ㈱, 髙...);
# decoding it as plain shift_jis would fail on those characters.
_CODEC_ALIASES = {
    "shift_jis": "cp932",
    "shift_jis_2004": "cp932",
    "shift_jisx0213": "cp932",
    "sjis": "cp932",
    "ms932": "cp932",
    "euc_jis_2004": "euc_jp",
    "euc_jisx0213": "euc_jp",
}
# Control characters (other than tab, line ends, form feed), private use and
# U+FFFD are rare in real text and common in binary data read as text.
_SUSPICIOUS = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f\ue000-\uf8ff\ufffd]")
_SAMPLE = 65_536
_JAPANESE_CODECS = ("cp932", "euc_jp")
_JAPANESE_ENOUGH = 0.97
_JAPANESE_CHARS = re.compile(
    "[\t\n\r\x20-\x7e\u3000-\u30ff\u4e00-\u9fff\uff01-\uff5e\u2460-\u24ff\u3200-\u33ff]"
)
_KANA = re.compile("[\u3041-\u30ff]")
_MAX_SUSPICIOUS = 0.05


def decode_bytes(data: bytes, hint: str | None = None, keep_line_ends: bool = False) -> tuple[str, str]:
    """Decode file bytes to text with LF line ends; returns (text, encoding name).

    hint is an encoding the file declares (an HTML meta charset); it is tried
    after strict UTF-8 and before the detector. keep_line_ends leaves CR and
    NUL characters in place, for formats whose offsets count them (brat).
    """
    if not data.strip(b" \t\r\n\x00\x0c"):
        raise IngestError(EMPTY)
    if data.startswith(_BINARY_MAGIC):
        raise IngestError(NOT_TEXT)
    text, encoding = _decode(data, hint)
    if _looks_binary(text):
        raise IngestError(NOT_TEXT)
    text = text.removeprefix("\ufeff") if keep_line_ends else normalise_text(text)
    if not text.strip():
        raise IngestError(EMPTY)
    return text, codecs.lookup(encoding).name


def normalise_text(text: str) -> str:
    """Drop a leading BOM and NUL characters; CRLF and CR become LF."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        text = text.replace("\x00", "")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _decode(data: bytes, hint: str | None) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _strict(data, codec)
            if text is not None:
                return text, codec
    utf16 = _utf16_without_bom(data)
    if utf16:
        text = _strict(data, utf16)
        if text is not None:
            return text, utf16
    # ISO-2022-JP (old mail and news feeds) is 7-bit, so it would pass as UTF-8.
    if b"\x1b$B" in data[:_SAMPLE] or b"\x1b$@" in data[:_SAMPLE]:
        text = _strict(data, "iso2022_jp")
        if text is not None:
            return text, "iso2022_jp"
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    for codec in _candidates(data, hint):
        text = _strict(data, codec)
        if text is not None:
            return text, codec
    raise IngestError(NOT_TEXT)


def _candidates(data: bytes, hint: str | None) -> list[str]:
    """Codecs to try in order: the declared one, then the detector's or a Japanese one."""
    found = [_canonical(hint)] if hint else []
    best = charset_normalizer.from_bytes(data).best()
    guess = _canonical(best.encoding) if best is not None else None
    japanese = _japanese_by_score(data)
    # Kaidan reads Japanese news: on short text the detector often names big5,
    # cp949 or a Latin code page for what is plainly Shift_JIS or EUC-JP.
    if guess in _JAPANESE_CODECS or not japanese or japanese[0][0] < _JAPANESE_ENOUGH:
        found += [guess] if guess else []
    found += [codec for _, codec in japanese]
    return [codec for i, codec in enumerate(found) if codec not in found[:i]]


def _japanese_by_score(data: bytes) -> list[tuple[float, str]]:
    """(score, codec) for the Japanese legacy codecs that decode data, best first."""
    scores = []
    for codec in _JAPANESE_CODECS:
        text = _strict(data, codec)
        if text is not None:
            scores.append((_japanese_score(text), codec))
    return sorted(scores, key=lambda pair: -pair[0])


def _japanese_score(text: str) -> float:
    """Share of characters usual in Japanese text: ASCII, kana, kanji, full-width forms.

    Kana count double, so EUC-JP read as CP932 (mostly rare kanji) loses to the
    right reading; half-width katakana count as unusual, since bytes of Latin or
    Cyrillic code pages read as CP932 turn into them.
    """
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    good = len(_JAPANESE_CHARS.findall(sample)) + len(_KANA.findall(sample))
    return min(1.0, good / len(sample))


def _canonical(name: str) -> str:
    try:
        codec = codecs.lookup(name).name.replace("-", "_")
    except LookupError:
        return name
    return _CODEC_ALIASES.get(codec, codec)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NULs on one byte parity (the high byte of ASCII)."""
    sample = data[:_SAMPLE]
    if len(sample) < 4 or len(data) % 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    # Stray NULs in UTF-8 text are few and fall on both parities.
    if odd > half * 0.2 and even < odd * 0.05:
        return "utf-16-le"
    if even > half * 0.2 and odd < even * 0.05:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    """True when a sample of the text is too full of control or unassigned characters."""
    length = len(text)
    if length <= 3 * _SAMPLE:
        samples = [text]
    else:
        middle = length // 2
        samples = [text[:_SAMPLE], text[middle : middle + _SAMPLE], text[-_SAMPLE:]]
    for sample in samples:
        if len(_SUSPICIOUS.findall(sample)) > len(sample) * _MAX_SUSPICIOUS:
            return True
    return False
