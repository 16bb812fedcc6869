"""A CRFsuite model with short attribute names: the same table layout, the same tags."""

import struct

import pycrfsuite
import pytest

from core.nlp import tagger as tagger_model
from core.nlp.tagger_names import _write_cqdb, attribute_names, jhash, renamed, short_name


@pytest.fixture(scope="module")
def model():
    return tagger_model.BUNDLED_MODEL.read_bytes()


def test_jhash_is_lookup3_as_cqdb_uses_it():
    # values of the reference implementation, key with its closing NUL
    assert jhash(b"0123456789ab\0") == 2677502765
    assert jhash(b"0123456789ab0123456789ab\0") == 1248740946


def test_the_table_writer_rebuilds_the_models_own_tables_byte_for_byte(model):
    for offset_at in (32, 36):  # the labels' table, the attributes' table
        (at,) = struct.unpack_from("<I", model, offset_at)
        (size,) = struct.unpack_from("<I", model, at + 4)
        assert _write_cqdb(attribute_names(model, at)) == model[at : at + size]


def test_renamed_model_tags_the_short_names_as_the_file_tags_the_long_ones(model):
    data, short = renamed(model)
    assert len(short) > 10_000 and max(map(len, short.values())) <= 4
    long_names, short_names = pycrfsuite.Tagger(), pycrfsuite.Tagger()
    long_names.open(str(tagger_model.BUNDLED_MODEL))
    short_names.open_inmemory(data)
    known = sorted(short)
    sequences = [known[i : i + 9] for i in range(0, 2700, 9)]
    items = [seq[:5] for seq in sequences[:200]]
    assert long_names.tag([[a.encode() for a in item] for item in items]) == \
        short_names.tag([[short[a] for a in item] for item in items])
    assert short_names.tag([[b"no such attribute"]]) == long_names.tag([[b"no such attribute"]])


def test_a_file_that_is_not_a_model_is_refused_and_short_names_never_hold_nul():
    with pytest.raises(ValueError):
        renamed(b"not a model at all" * 10)
    assert all(b"\0" not in short_name(i) for i in range(5000))


def _state_attributes(path) -> set[str]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return {attribute for attribute, _ in tagger.info().state_features}


def test_a_models_attribute_table_holds_just_the_attributes_its_features_weigh(model, tmp_path):
    # The tagger takes the names renamed() reads as the attributes worth passing (no text dump parsed).
    assert set(renamed(model)[1]) == _state_attributes(tagger_model.BUNDLED_MODEL)
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params({"c1": 1.0, "max_iterations": 20})  # L1 zeroes many weights: their attributes go
    for words, labels in ((["東京", "に", "行く"], ["B-LOC", "O", "O"]), (["山田", "氏", "は"], ["B-PER", "O", "O"])):
        trainer.append([[f"w={w}", f"n={n}"] for w, n in zip(words, words[1:] + ["#"])], labels)
    trainer.train(str(tmp_path / "small.crfsuite"))
    data = (tmp_path / "small.crfsuite").read_bytes()
    assert set(renamed(data)[1]) == _state_attributes(tmp_path / "small.crfsuite")
    assert tagger_model.Tagger(tmp_path / "small.crfsuite")._names.keys() == _state_attributes(tmp_path / "small.crfsuite")
