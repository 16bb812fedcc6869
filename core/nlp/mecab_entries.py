"""A word's UniDic features read from MeCab's own dictionary files, by the few numbers MeCab writes for it.

Writing every token's features (%H, about 150 characters) and decoding, splitting and hashing them in
Python moved some 128 M characters per 1,000 news articles, though news repeats its words. A known word is an entry of sys.dic:
its surface is a key of the file's double array, which leads to the surface's entries (left and right
context ids, cost, where its features are). MeCab can write a node's context ids and cost
(%phl %phr %pw: a few bytes); the entry of that surface with those ids and cost holds the features,
read here from the very file MeCab maps (its pages are shared, not copied). An unknown word's features
are those of the unk.dic entry with its ids and cost.

Exact or nothing: a key names features only when every entry it matches holds the same ones. Some
surfaces hold two entries alike in ids and cost but not in features (4,051 of unidic-lite's 570,018
surfaces, mostly names read two ways: 清野, 西島); their key answers None, as does any key not found,
and the tokeniser then asks MeCab to write the features out.
"""

from __future__ import annotations

import mmap
import struct
from pathlib import Path

# The layout MeCab 0.996 writes (dictionary.cpp): ten 32-bit numbers, the charset, the double array,
# the entries (16 bytes each), the features (each ended by NUL).
_MAGIC = 0xEF718F77
_VERSION = 102
_HEADER = struct.Struct("<10I32s")
_ENTRY = struct.Struct("<3Hh2I")  # left id, right id, POS id, cost, features' offset, compound
# What MeCab writes for a known word, and for an unknown one (its features do not depend on its surface).
KNOWN_KEY = "%phl,%phr,%pw,%m"
UNKNOWN_KEY = "U%phl,%phr,%pw"
_ABSENT = object()


class _Dictionary:
    """One compiled MeCab dictionary file, mapped read-only."""

    def __init__(self, path: Path):
        with open(path, "rb") as handle:
            self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        magic, version, _type, _lexsize, _lsize, _rsize, dsize, tsize, fsize, _dummy, charset = \
            _HEADER.unpack_from(self._map, 0)
        if magic ^ _MAGIC != len(self._map) or version != _VERSION or charset.split(b"\0")[0].lower() not in (b"utf8", b"utf-8"):
            raise ValueError(f"not a UTF-8 MeCab dictionary of version {_VERSION}: {path}")
        self._entries_at = _HEADER.size + dsize
        self._features_at = self._entries_at + tsize
        self.entries = tsize // _ENTRY.size
        if self._features_at + fsize != len(self._map):
            raise ValueError(f"dictionary sizes do not add up: {path}")
        # The double array: (base, check) pairs of 32-bit numbers.
        self._units = memoryview(self._map)[_HEADER.size:self._entries_at].cast("i")

    def group(self, key: bytes) -> range:
        """The indices of the entries whose surface is key (empty when none is), as Darts' exactMatchSearch finds them."""
        units = self._units
        try:
            base = units[0]
            for byte in key:
                at = base + byte + 1
                if base < 0 or units[2 * at + 1] != base:
                    return range(0)
                base = units[2 * at]
            value = units[2 * base]
            if units[2 * base + 1] != base or value >= 0:
                return range(0)
        except IndexError:
            return range(0)
        first = (-value - 1) >> 8
        last = first + ((-value - 1) & 0xFF)
        return range(first, last) if last <= self.entries else range(0)  # (a damaged file's: none)

    def entry(self, index: int) -> tuple[int, int, int, int]:
        """(left id, right id, cost, features' offset) of the entry at index."""
        left, right, _pos, cost, features, _compound = _ENTRY.unpack_from(self._map, self._entries_at + index * _ENTRY.size)
        return left, right, cost, features

    def features(self, offset: int) -> str | None:
        """The features at offset in the features' part, or None where a damaged file's offset or text is none."""
        start = self._features_at + offset
        end = self._map.find(b"\0", start)
        try:
            return self._map[start:end].decode("utf-8") if end >= 0 else None
        except UnicodeDecodeError:
            return None

    def features_for(self, key: bytes, left: int, right: int, cost: int) -> str | None:
        """The features of the entries of surface key with these ids and cost, if they all hold the same; else None.

        Most surfaces are one entry (more than half of the words 300 news articles read from it): that entry is read in place, without
        the copy of a slice and the set only_features builds to find out whether entries agree."""
        indices = self.group(key)
        if len(indices) != 1:
            return self.only_features(indices, left, right, cost)
        l, r, c, offset = self.entry(indices.start)
        return self.features(offset) if l == left and r == right and c == cost else None

    def only_features(self, indices: range, left: int, right: int, cost: int) -> str | None:
        """The features of the entries among indices (consecutive) with these ids and cost, if they all hold the
        same; else None. The entries are unpacked in one call, and a lone offset's text read once."""
        size = _ENTRY.size
        at = self._entries_at + indices.start * size
        found = {offset for l, r, _pos, c, offset, _compound in _ENTRY.iter_unpack(self._map[at : at + len(indices) * size])
                 if l == left and r == right and c == cost}
        if len(found) == 1:
            return self.features(found.pop())
        texts = {self.features(offset) for offset in found}
        return texts.pop() if len(texts) == 1 else None  # (None when the one text is none)


class Features(dict):
    """Key MeCab wrote (KNOWN_KEY or UNKNOWN_KEY) → the word's feature string, or None when the key does not
    name one; each key looked up in the dictionary files when first asked for."""

    def __init__(self, folder: Path):
        super().__init__()
        self._known = _Dictionary(folder / "sys.dic")
        self._unknown = _Dictionary(folder / "unk.dic")
        self._older: dict[str, str | None] = {}  # the answers before the last age(): a word met again takes its own

    def age(self) -> None:
        """Start afresh, the answers so far kept aside until the next age(): the words looked up again meanwhile
        (a news article's common words) take theirs back without a read of the dictionary, the rest are dropped."""
        self._older = dict(self)
        self.clear()

    def __missing__(self, key: str) -> str | None:
        found = self._older.get(key, _ABSENT)
        if found is not _ABSENT:
            self[key] = found
            return found
        if key.startswith("U"):
            left, right, cost = map(int, key[1:].split(","))
            found = self._unknown.only_features(range(self._unknown.entries), left, right, cost)
        else:
            left, right, cost, surface = key.split(",", 3)
            found = self._known.features_for(surface.encode("utf-8"), int(left), int(right), int(cost))
        self[key] = found
        return found


def features_of(dictionary_file: str) -> Features | None:
    """The features table for the dictionary MeCab loaded (its sys.dic's path); None if its files cannot be read so."""
    try:
        return Features(Path(dictionary_file).parent)
    except (OSError, ValueError, struct.error):
        return None
