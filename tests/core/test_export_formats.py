"""Each export format read back by its consumer's reader, or checked against its documented schema."""

import csv
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.shared_data import require

sys.path.insert(0, str(Path(__file__).parent))
from export_library import SEEDS, YOSHI_TEXT, build_library  # noqa: E402

from core.export import FORMATS, export  # noqa: E402
from core.export.conll import CONLLU_DOCSTART, DOCSTART  # noqa: E402
from core.offsets import OffsetMap, utf16_length  # noqa: E402
from core.store import open_db  # noqa: E402

@pytest.fixture(autouse=True)
def _shared_data():
    require(SEEDS)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """Every format exported once from the annotated library: {format: (folder, result)}."""
    folder = tmp_path_factory.mktemp("formats")
    db = open_db(build_library(folder))
    out = {fmt: (folder / fmt, export(db, fmt, folder / fmt)) for fmt in FORMATS}
    bodies = {r[0]: r[1] for r in db.execute("SELECT id, body FROM articles")}
    db.close()
    return out, bodies


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_format_has_a_card_and_no_partial_files(exported):
    formats, _ = exported
    for fmt, (folder, result) in formats.items():
        card = json.loads((folder / "dataset.json").read_text(encoding="utf-8"))
        assert card["format"] == fmt and card["counts"]["articles"] == 6
        assert "code points" in card["offsets"]
        assert "PERSON" in card["labels"]["entity_types"] and "favor" in {s["key"] for s in card["labels"]["stances"]}
        assert "talks" in [k["key"] for k in card["labels"]["meeting_kinds"]] and "follow_up" in card["labels"]["link_relations"]
        assert card["annotators"] == ["tester"] and card["kaidan_version"]
        assert not list(folder.glob("*.part"))


def test_csv_tables_open_in_spreadsheets_and_pandas(exported):
    pandas = pytest.importorskip("pandas")
    folder, _ = exported[0]["csv"]
    for name in ("articles", "mentions", "claims", "meetings", "participants", "links"):
        raw = (folder / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), name  # the BOM Excel needs to see UTF-8
        frame = pandas.read_csv(folder / f"{name}.csv", encoding="utf-8-sig", keep_default_na=False)
        assert len(frame) > 0, name
    with (folder / "claims.csv").open(encoding="utf-8-sig", newline="") as handle:
        claims = list(csv.DictReader(handle))
    assert any(c["note"] == "'=HYPERLINK(\"x\")" for c in claims)
    articles = pandas.read_csv(folder / "articles.csv", encoding="utf-8-sig", keep_default_na=False)
    assert "'-checked" in set(articles["notes"])
    assert any("𠮷田外相" in body for body in articles["body"])
    for name in ("articles", "mentions", "claims", "meetings", "participants", "links"):
        with (folder / f"{name}.csv").open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.reader(handle):
                assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in row), row


def test_conll_reads_with_conllu_and_is_valid_iob2(exported):
    conllu = pytest.importorskip("conllu")
    folder, result = exported[0]["conll"]
    text = (folder / "ner.conll").read_text(encoding="utf-8")
    # conllu wants tab-separated fields; the document line is the space-separated CoNLL-2003 one
    sentences = conllu.parse(text.replace(DOCSTART, CONLLU_DOCSTART), fields=["form", "ner"])
    docs = [s for s in sentences if s[0]["form"] == "-DOCSTART-"]
    assert len(docs) == 6
    sentences = [s for s in sentences if s[0]["form"] != "-DOCSTART-"]
    tags = [t["ner"] for s in sentences for t in s]
    assert {"B-PERSON", "B-GPE", "O"} <= set(tags)
    for sentence in sentences:
        previous = "O"
        for token in sentence:
            tag = token["ner"]
            assert re.fullmatch(r"O|[BI]-[A-Z]+", tag)
            if tag.startswith("I-"):
                assert previous[2:] == tag[2:], (previous, tag)
            previous = tag
    # tokens are cut at entity boundaries by default: no span is lost to a token
    cuts = (folder / "cut_spans.tsv").read_text(encoding="utf-8").splitlines()
    assert cuts[0].startswith("article_id\tstart\tend") and len(cuts) - 1 == len(result.cuts)
    assert not [c for c in result.cuts if c.reason == "cuts a token"]


def test_hf_loads_with_the_datasets_json_loader(exported, tmp_path, monkeypatch):
    datasets = pytest.importorskip("datasets")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    folder, _ = exported[0]["hf"]
    names = json.loads((folder / "labels.json").read_text(encoding="utf-8"))["ner_tags"]["names"]
    data = datasets.load_dataset("json", data_files=str(folder / "ner.jsonl"), split="train",
                                 cache_dir=str(tmp_path / "cache"))
    assert set(data.column_names) >= {"tokens", "ner_tags", "article_id"}
    data = data.cast_column("ner_tags", datasets.Sequence(datasets.ClassLabel(names=names)))
    row = next(r for r in data if "".join(r["tokens"]).startswith("𠮷田外相"))
    assert names[row["ner_tags"][0]] == "B-PERSON"
    assert all(len(r["tokens"]) == len(r["ner_tags"]) for r in data)


def test_spacy_training_json_matches_what_spacy_convert_reads(exported):
    folder, _ = exported[0]["spacy"]
    docs = json.loads((folder / "train.json").read_text(encoding="utf-8"))
    assert len(docs) == 6
    if (folder / "train.spacy").exists():  # only when spaCy is installed
        assert (folder / "train.spacy").stat().st_size > 0
    for doc in docs:
        [paragraph] = doc["paragraphs"]
        tokens = [t for s in paragraph["sentences"] for t in s["tokens"]]
        # spaCy rebuilds the text from orth + space: it must be the body exactly
        assert "".join(t["orth"] + t["space"] for t in tokens) == paragraph["raw"]
        assert [t["id"] for t in tokens] == list(range(len(tokens)))
        starts, position = {}, 0
        for i, t in enumerate(tokens):
            starts[position] = i
            position += len(t["orth"]) + len(t["space"])
        for start, end, label in paragraph["entities"]:
            first = starts[start]
            assert tokens[first]["ner"] in (f"B-{label}", f"U-{label}")
        for t in tokens:
            assert re.fullmatch(r"O|-|[BILU]-[A-Z]+", t["ner"]), t


def test_brat_standoff_matches_its_text_and_config(exported):
    folder, _ = exported[0]["brat"]
    conf = (folder / "annotation.conf").read_text(encoding="utf-8")
    sections = dict(re.findall(r"\[(\w+)\]\n(.*?)(?=\n\[|\Z)", conf, re.S))
    entity_types = set(sections["entities"].split())
    attributes = {line.split("\t")[0]: line.split("Value:")[1].split("|") if "Value:" in line else None
                  for line in sections["attributes"].strip().splitlines()}
    assert attributes["Proposed"] is None  # binary: on the detector's proposals
    seen = set()
    for ann in sorted(folder.glob("*.ann")):
        text = ann.with_suffix(".txt").read_text(encoding="utf-8")
        ids = {}
        for line in ann.read_text(encoding="utf-8").splitlines():
            ident, rest = line.split("\t", 1)
            if ident.startswith("T"):
                label_where, quoted = rest.split("\t")
                label, where = label_where.split(" ", 1)
                pieces = [text[int(s):int(e)] for s, e in (p.split() for p in where.split(";"))]
                assert " ".join(pieces) == quoted and all("\n" not in p for p in pieces)
                assert label in entity_types
                ids[ident] = label
                seen.add(label)
            elif ident.startswith("A") and rest.startswith("Proposed "):
                seen.add("Proposed claim" if ids[rest.split()[1]] == "Claim" else "Proposed")
            elif ident.startswith("A"):
                name, target, value = rest.split()
                assert ids[target] == "Claim" and value in attributes[name]
            elif ident.startswith("R"):
                name, arg1, arg2 = rest.split()
                assert ids[arg1.split(":")[1]] == "Claim" and arg2.split(":")[1] in ids
                seen.add(name)
    assert {"Claim", "Meeting", "PERSON", "Holder", "Proposed", "Proposed claim"} <= seen  # candidates proposed


def test_label_studio_counts_utf16_units(exported):
    folder, _ = exported[0]["labelstudio"]
    tasks = json.loads((folder / "tasks.json").read_text(encoding="utf-8"))
    config = ET.fromstring((folder / "label_config.xml").read_text(encoding="utf-8"))
    allowed = {(labels.get("name"), label.get("value")) for labels in config.iter("Labels") for label in labels}
    choices = {c.get("value") for c in config.iter("Choice")}
    yoshi = next(t for t in tasks if t["data"]["text"].startswith("𠮷"))
    for task in tasks:
        text = task["data"]["text"]
        units = text.encode("utf-16-le")
        regions = {}
        for result in [r for a in task.get("annotations", []) + task.get("predictions", []) for r in a["result"]]:
            if result["type"] == "relation":
                assert result["from_id"] in regions and result["to_id"] in regions
                continue
            value = result["value"]
            # what JavaScript's text.slice(start, end) gives, which is how Label Studio reads offsets
            assert units[2 * value["start"]:2 * value["end"]].decode("utf-16-le") == value["text"]
            if result["type"] == "labels":
                assert (result["from_name"], value["labels"][0]) in allowed
            else:
                assert value["choices"][0] in choices
            regions[result["id"]] = value
    claim = next(r for r in yoshi["annotations"][0]["result"] if r.get("from_name") == "claims")
    start = YOSHI_TEXT.index("「")
    assert claim["value"]["start"] == start + 2  # two 𠮷 before it, one extra unit each
    assert utf16_length(yoshi["data"]["text"]) == len(yoshi["data"]["text"]) + 2
    assert any(r["type"] == "relation" and r["labels"] == ["holder"] for r in yoshi["annotations"][0]["result"])


def test_doccano_offsets_are_code_points(exported):
    folder, _ = exported[0]["doccano"]
    lines = jsonl(folder / "dataset.jsonl")
    assert len(lines) == 6
    for line in lines:
        ids = {e["id"] for e in line["entities"]}
        assert len(ids) == len(line["entities"])
        for e in line["entities"]:
            assert 0 <= e["start_offset"] < e["end_offset"] <= len(line["text"])
        for r in line["relations"]:
            assert r["from_id"] in ids and r["to_id"] in ids and r["type"] in ("holder", "target")
    yoshi = next(line for line in lines if line["text"].startswith("𠮷"))
    claim = next(e for e in yoshi["entities"] if e["label"] == "CLAIM:favor")
    assert yoshi["text"][claim["start_offset"]:claim["end_offset"]] == "「対話を続ける」"


def test_w3c_annotations_anchor_by_quote_and_position(exported):
    folder, _ = exported[0]["w3c"]
    collection = json.loads((folder / "annotations.jsonld").read_text(encoding="utf-8"))
    assert collection["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert collection["type"] == "AnnotationCollection"
    items = collection["first"]["items"]
    _, bodies = exported
    by_source = {}
    for annotation in items:
        assert annotation["type"] == "Annotation" and annotation["motivation"]
        quote, position = annotation["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        by_source.setdefault(annotation["target"]["source"], []).append((quote, position))
    yoshi_body = next(b for b in bodies.values() if b.startswith("𠮷"))
    found = [p for pairs in by_source.values() for q, p in pairs if q["exact"] == "「対話を続ける」"]
    assert found and found[0]["start"] == yoshi_body.index("「")  # code points, not UTF-16 units
    for pairs in by_source.values():
        for quote, position in pairs:
            assert any(body[position["start"]:position["end"]] == quote["exact"]
                       and body[:position["start"]].endswith(quote["prefix"]) for body in bodies.values())


def test_utf16_map_round_trips_astral_offsets():
    text = "a𠮷b𠮷"
    units = OffsetMap(text)
    assert [units.to_utf16(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6]
    assert [units.from_utf16(u) for u in (0, 1, 2, 3, 4, 5, 6)] == [0, 1, 1, 2, 3, 3, 4]
    with pytest.raises(ValueError):
        units.to_utf16(5)


def test_the_formats_listed_are_the_formats_written():
    """`export --help` and the dialog list core.export_names's formats; each has a writer, in the same order."""
    from core.export import WRITERS

    assert tuple(WRITERS) == FORMATS
