"""Short attribute names for a CRFsuite model: the same weights, read with less work a token.

CRFsuite looks up every attribute of every token by its name. The tagger's
names hold a surface or a POS path (20 to 40 bytes of UTF-8), and copying and
hashing them costs more than tagging itself. A model keeps its attribute
names in one table (a CQDB chunk: records, 256 open-addressing hash tables, an
array from id to record); renamed() writes a second table that names the
attribute of id i by its id in hexadecimal and points the model's header at
it, in memory. Ids and weights are untouched, so the tags and their
probabilities are the same; only the names the caller passes change.
"""

from __future__ import annotations

import struct

_MODEL_MAGIC = b"lCRF"
_CHUNK = b"CQDB"
_BYTE_ORDER = 0x62445371
_TABLES = 256
_HEADER = struct.Struct("<4s5I")  # chunk id, size, flag, byte order, ids in the backward array, its offset
_SIZE_AT = 4  # model header: magic, file size, type, version, counts, then the offsets of its chunks
_ATTRS_AT = 36
_MASK = 0xFFFFFFFF


def renamed(model: bytes) -> tuple[bytes, dict[str, bytes]]:
    """The model with short attribute names, and each long name's short one."""
    if model[:4] != _MODEL_MAGIC:
        raise ValueError("not a CRFsuite model")
    (attrs_at,) = struct.unpack_from("<I", model, _ATTRS_AT)
    names = attribute_names(model, attrs_at)
    start = (len(model) + 3) & ~3
    table = _write_cqdb([short_name(i) for i in range(len(names))])
    out = bytearray(model) + bytes(start - len(model)) + table
    struct.pack_into("<I", out, _SIZE_AT, len(out))
    struct.pack_into("<I", out, _ATTRS_AT, start)
    return bytes(out), {name.decode("utf-8"): short_name(i) for i, name in enumerate(names)}


def short_name(index: int) -> bytes:
    """The short name of the attribute of this id (never holds a NUL byte)."""
    return b"%x" % index


def attribute_names(model: bytes, at: int) -> list[bytes]:
    """The names of a model's attributes in id order, read from its CQDB chunk at offset at."""
    chunk, _size, _flag, order, count, backward = _HEADER.unpack_from(model, at)
    if chunk != _CHUNK or order != _BYTE_ORDER or not backward:
        raise ValueError("no attribute table a name can be read from")
    out = []
    for index, record in enumerate(struct.unpack_from(f"<{count}I", model, at + backward)):
        value, size = struct.unpack_from("<2I", model, at + record)
        if value != index:
            raise ValueError("attribute ids are not contiguous")
        out.append(model[at + record + 8 : at + record + 8 + size - 1])
    return out


def _write_cqdb(keys: list[bytes]) -> bytes:
    """A CQDB chunk mapping keys[i] to i, as CRFsuite's writer lays it out."""
    records = bytearray()
    first = _HEADER.size + _TABLES * 8
    tables: list[list[tuple[int, int]]] = [[] for _ in range(_TABLES)]
    backward = []
    for value, key in enumerate(keys):
        size = len(key) + 1
        digest = jhash(key + b"\0")
        offset = first + len(records)
        tables[digest % _TABLES].append((digest, offset))
        backward.append(offset)
        records += struct.pack("<2I", value, size) + key + b"\0"
    body = bytearray(records)
    references = []
    for entries in tables:
        if not entries:
            references.append((0, 0))
            continue
        slots = len(entries) * 2  # half the buckets stay empty, so a probe ends soon
        buckets = [(0, 0)] * slots
        for digest, offset in entries:
            k = (digest >> 8) % slots
            while buckets[k][1]:
                k = (k + 1) % slots
            buckets[k] = (digest, offset)
        references.append((first + len(body), slots))
        body += b"".join(struct.pack("<2I", *bucket) for bucket in buckets)
    backward_at = first + len(body)
    body += struct.pack(f"<{len(backward)}I", *backward)
    size = first + len(body)
    head = _HEADER.pack(_CHUNK, size, 0, _BYTE_ORDER, len(backward), backward_at)
    return head + b"".join(struct.pack("<2I", *ref) for ref in references) + bytes(body)


def _rot(x: int, k: int) -> int:
    return ((x << k) | (x >> (32 - k))) & _MASK


def jhash(key: bytes, initial: int = 0) -> int:
    """Bob Jenkins' lookup3 hash of key (CQDB hashes a key with its closing NUL)."""
    length = len(key)
    a = b = c = (0xDEADBEEF + length + initial) & _MASK
    while length > 12:
        x, y, z = struct.unpack_from("<3I", key, len(key) - length)
        a, b, c = (a + x) & _MASK, (b + y) & _MASK, (c + z) & _MASK
        a = (a - c) & _MASK; a ^= _rot(c, 4); c = (c + b) & _MASK
        b = (b - a) & _MASK; b ^= _rot(a, 6); a = (a + c) & _MASK
        c = (c - b) & _MASK; c ^= _rot(b, 8); b = (b + a) & _MASK
        a = (a - c) & _MASK; a ^= _rot(c, 16); c = (c + b) & _MASK
        b = (b - a) & _MASK; b ^= _rot(a, 19); a = (a + c) & _MASK
        c = (c - b) & _MASK; c ^= _rot(b, 4); b = (b + a) & _MASK
        length -= 12
    x, y, z = struct.unpack("<3I", key[len(key) - length :].ljust(12, b"\0"))
    a, b, c = (a + x) & _MASK, (b + y) & _MASK, (c + z) & _MASK
    c ^= b; c = (c - _rot(b, 14)) & _MASK
    a ^= c; a = (a - _rot(c, 11)) & _MASK
    b ^= a; b = (b - _rot(a, 25)) & _MASK
    c ^= b; c = (c - _rot(b, 16)) & _MASK
    a ^= c; a = (a - _rot(c, 4)) & _MASK
    b ^= a; b = (b - _rot(a, 14)) & _MASK
    c ^= b; c = (c - _rot(b, 24)) & _MASK
    return c
