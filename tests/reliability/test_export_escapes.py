"""Hostile label names (tabs, line breaks, control and markup characters) never break an exported file."""

import csv
import json
import re
import xml.etree.ElementTree as ET

import pytest

from core.datasets.common import add_claim, add_mention, store_text
from core.export import export
from core.export.brat import OVERLAP_RULE
from core.export.conll import DOCSTART
from core.store import open_db
from core.store.scheme import save_stance

HOSTILE_TYPES = ["PER\tSON\n", "ORG<&\x01\"x\">", "人物 名|Arg1:x", "\x0bEVT\u2028"]
HOSTILE_STANCE = "fa\tvor\x00,|x"
BODY = "王毅外相と米中の代表が北京で会談した。\n=SUM(A1)と書いた紙も配られた。"


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "lib.db"
    db = open_db(path)
    article_id, _ = store_text(db, "hostile.txt", "txt", BODY, {"title": "会談"})
    save_stance(db, HOSTILE_STANCE, "favor\nbut\ttabbed", "#123456", None)
    add_mention(db, article_id, BODY, 0, 2, HOSTILE_TYPES[0])       # 王毅
    add_mention(db, article_id, BODY, 5, 6, HOSTILE_TYPES[1])       # 米 of 米中
    add_mention(db, article_id, BODY, 11, 13, HOSTILE_TYPES[2])     # 北京
    add_mention(db, article_id, BODY, 20, 22, HOSTILE_TYPES[3])     # =S: cuts =SUM, a formula
    add_claim(db, article_id, BODY, 0, 19, stance=HOSTILE_STANCE, attribution="direct")
    db.close()
    return path


@pytest.fixture(scope="module")
def exported(library, tmp_path_factory):
    def run(fmt, **options):
        out = tmp_path_factory.mktemp(fmt)
        export(open_db(library), fmt, out, **options)
        return out
    return run


def test_label_config_is_well_formed_xml_naming_every_label_the_tasks_use(exported):
    out = exported("labelstudio")
    root = ET.fromstring((out / "label_config.xml").read_text(encoding="utf-8"))
    declared = {label.get("value") for label in root.iter("Label")}
    choices = {choice.get("value") for choice in root.iter("Choice")}
    tasks = json.loads((out / "tasks.json").read_text(encoding="utf-8"))
    used = {label for task in tasks for group in ("annotations", "predictions") for a in task.get(group, [])
            for r in a["result"] for label in r["value"].get("labels", [])}
    stances = {c for task in tasks for a in task.get("annotations", []) for r in a["result"]
               for c in r["value"].get("choices", [])}
    assert len(used) == 5 and used <= declared  # four hostile types and Claim, none lost or merged
    assert stances and stances <= choices
    for name in declared | choices:
        assert name.isprintable() and name == name.strip()


BRAT_NAME = r"[^\s|,:;=<>!#]+"
ANN_LINE = {
    "T": re.compile(rf"^T\d+\t({BRAT_NAME}) \d+ \d+(?:;\d+ \d+)*\t[^\t\n]*$"),
    "A": re.compile(rf"^A\d+\t({BRAT_NAME}) T\d+ ({BRAT_NAME})$"),
    "R": re.compile(rf"^R\d+\t({BRAT_NAME}) Arg1:T\d+ Arg2:T\d+$"),
    "#": re.compile(r"^#\d+\tAnnotatorNotes T\d+\t[^\t\n]*$"),
}


def conf_sections(text: str) -> dict[str, list[str]]:
    sections, current = {}, None
    for line in text.split("\n"):
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections.setdefault(current, [])
        elif line.strip():
            sections[current].append(line)
    return sections


def test_brat_conf_and_ann_follow_brats_line_grammar(exported):
    out = exported("brat")
    conf = conf_sections((out / "annotation.conf").read_text(encoding="utf-8"))
    entity_types = set(conf["entities"])
    assert all(re.fullmatch(BRAT_NAME, t) for t in entity_types) and len(entity_types) == 6 + 4 + 2  # registry, hostile, Claim and Meeting
    # brat's own reserved line letting spans overlap: its <...> names are brat's, not labels
    assert conf["relations"][0] == OVERLAP_RULE
    for line in conf["relations"][1:] + conf["attributes"]:
        name, _, args = line.partition("\t")
        assert re.fullmatch(BRAT_NAME, name)
        for part in args.split(", "):
            key, _, values = part.partition(":")
            # <ENTITY> is brat's own name for any entity type (an attribute every span may carry)
            assert key in ("Arg", "Arg1", "Arg2", "Value") and all(re.fullmatch(BRAT_NAME, v) or v == "<ENTITY>"
                                                                   for v in values.split("|"))
    stance_values = set(next(line for line in conf["attributes"] if line.startswith("Stance\t"))
                        .split("Value:")[1].split("|"))
    [ann] = out.glob("*.ann")
    kinds = set()
    for line in ann.read_text(encoding="utf-8").split("\n")[:-1]:
        match = ANN_LINE[line[0]].match(line)
        assert match, line
        kinds.add(line[0])
        if line[0] == "T":
            assert match.group(1) in entity_types
        if line[0] == "A" and match.group(1) == "Stance":
            assert match.group(2) in stance_values
    assert kinds >= {"T", "A"}


def test_cut_spans_tsv_keeps_its_columns_and_runs_no_formula(exported):
    out = exported("conll", split_tokens=False)  # tokens kept whole: =S is cut out of =SUM
    with (out / "cut_spans.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    assert rows[0] == ["article_id", "start", "end", "type", "text", "reason"]
    assert len(rows) >= 2 and all(len(row) == 6 for row in rows)
    assert "'=S" in {row[4] for row in rows[1:]}
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_conll_tags_stay_one_token(exported):
    out = exported("conll")
    for line in (out / "ner.conll").read_text(encoding="utf-8").split("\n"):
        if line and line != DOCSTART:
            token, tag = line.split("\t")
            assert tag == "O" or re.fullmatch(r"[BI]-\S+", tag), line
