"""A word's features read from MeCab's dictionary files by the ids and cost MeCab writes for it."""

from __future__ import annotations

from core.nlp.mecab_entries import features_of
from core.nlp.tokens import tagger

KEYS = '-O "" -F "%phl,%phr,%pw,%m\\n" -U "U%phl,%phr,%pw\\n" -B "" -E ""'


def dictionary_file() -> str:
    return tagger().dictionary_info[0]["filename"]


def test_each_words_key_names_the_features_of_its_node():
    import fugashi

    keyed = fugashi.Tagger(KEYS)
    features = features_of(dictionary_file())
    text = "米国のバイデン大統領は１５日、ｷﾞｬﾗｸｼｰ社のＣＥＯとワシントンで会談し、日米の協力を確かめた。"
    keys = keyed.parse(text).splitlines()
    nodes = tagger()(text)
    assert len(keys) == len(nodes) > 10
    assert any(key.startswith("U") for key in keys)  # unknown words too
    for key, node in zip(keys, nodes):
        assert features[key] == node.feature_raw, node.surface


def test_a_key_no_entry_has_names_nothing_and_the_answer_is_kept():
    features = features_of(dictionary_file())
    assert features["1,1,1,存在しない語ｘｙｚ"] is None
    assert features["4792,4792,2816,東京"].startswith("名詞,固有名詞,地名,一般,")
    assert features["4792,4792,2817,東京"] is None  # the surface's entry has another cost
    assert features["U1,1,1"] is None
    assert set(features) == {"1,1,1,存在しない語ｘｙｚ", "4792,4792,2816,東京", "4792,4792,2817,東京", "U1,1,1"}


def test_two_entries_alike_in_ids_and_cost_but_not_in_features_name_nothing():
    """清野 is read キヨノ and セイノ by two entries of the same ids and cost: which one MeCab took is not known."""
    features = features_of(dictionary_file())
    entries = [features._known.entry(index) for index in features._known.group("清野".encode())]
    assert len(entries) == 2 and entries[0][:3] == entries[1][:3]
    assert features[",".join(map(str, entries[0][:3])) + ",清野"] is None


def test_files_that_are_no_mecab_dictionary_give_no_table(tmp_path):
    assert features_of(str(tmp_path / "sys.dic")) is None  # no files
    (tmp_path / "sys.dic").write_bytes(b"\0" * 200)
    (tmp_path / "unk.dic").write_bytes(b"\0" * 200)
    assert features_of(str(tmp_path / "sys.dic")) is None  # not MeCab's layout


def _one_word_dictionary(path, entry_index: int, features_offset: int) -> None:
    """A MeCab dictionary file whose double array leads the surface "a" to the entry at entry_index (the file
    holds one entry), whose features are at features_offset (the file holds b"X\\0")."""
    import struct

    units = [0] * (2 * 201)
    units[0] = 1  # the root's base
    units[2 * 99], units[2 * 99 + 1] = 200, 1  # "a" (97) from base 1 → base 200
    units[2 * 200], units[2 * 200 + 1] = -((entry_index << 8) | 1) - 1, 200  # one entry from entry_index
    array = struct.pack(f"<{len(units)}i", *units)
    entry = struct.pack("<3Hh2I", 1, 1, 0, 10, features_offset, 0)
    body = array + entry + b"X\0"
    size = struct.calcsize("<10I32s") + len(body)
    header = struct.pack("<10I32s", size ^ 0xEF718F77, 102, 0, 1, 2, 2, len(array), len(entry), 2, 0, b"UTF-8")
    path.write_bytes(header + body)


def test_a_dictionary_pointing_past_its_entries_or_features_names_nothing(tmp_path):
    """A damaged or crafted file whose sizes add up but whose array or entry points outside it: its keys name
    no features (the tokeniser writes them out), no error and no empty features."""
    for name in ("sys.dic", "unk.dic"):
        _one_word_dictionary(tmp_path / name, 0, 0)
    assert features_of(str(tmp_path / "sys.dic"))["1,1,10,a"] == "X"  # the file is read as built
    _one_word_dictionary(tmp_path / "sys.dic", 5, 0)
    assert features_of(str(tmp_path / "sys.dic"))["1,1,10,a"] is None
    _one_word_dictionary(tmp_path / "sys.dic", 0, 40)
    assert features_of(str(tmp_path / "sys.dic"))["1,1,10,a"] is None


def test_a_surface_of_one_entry_is_read_in_place_without_comparing_entries(monkeypatch):
    """Most surfaces are one entry: its ids and cost are compared in place (only_features, which reads a group's
    entries to find whether they agree, is not called); a key with that surface and another cost names nothing."""
    features = features_of(dictionary_file())
    known = features._known
    assert len(known.group("外交".encode())) == 1 and len(known.group("清野".encode())) == 2
    left, right, cost, _offset = known.entry(known.group("外交".encode()).start)
    compared = []
    only = known.only_features
    monkeypatch.setattr(known, "only_features", lambda *args: compared.append(args) or only(*args))
    assert features[f"{left},{right},{cost},外交"].startswith("名詞,普通名詞,")
    assert features[f"{left},{right},{cost + 1},外交"] is None
    assert not compared
    entries = [known.entry(index) for index in known.group("清野".encode())]
    assert features[",".join(map(str, entries[0][:3])) + ",清野"] is None and len(compared) == 1
