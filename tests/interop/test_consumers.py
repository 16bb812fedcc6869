"""Exports as their consumers read them: brat's overlap rules, the Web Annotation model, CoNLL document
breaks for spaCy, flair and conllu, tokens cut at entity boundaries, entities.jsonl, candidates."""

import json
import re


from core.datasets import import_datasets
from core.export.conll import CONLLU_DOCSTART, DOCSTART
from core.export.iob import choose_spans
from core.export.records import annotated_articles
from core.registry import Registry
from core.store import open_db
from core.store.registry import load_registry

# --- brat ----------------------------------------------------------------------------------------------


def overlap_rules(conf: str, entity_types: set[str]) -> dict[tuple[str, str], set[str]]:
    """(type, type) -> allowed overlap kinds, read the way brat's project configuration reads <OVERLAP> lines."""
    relations = re.search(r"\[relations\]\n(.*?)(?=\n\[|\Z)", conf, re.S).group(1)
    rules: dict[tuple[str, str], set[str]] = {}
    for line in relations.splitlines():
        if not line.startswith("<OVERLAP>"):
            continue
        name, _, rest = line.partition("\t")
        args = dict(part.strip().split(":", 1) for part in rest.split(","))
        expand = lambda v: entity_types if v == "<ENTITY>" else set(v.split("|"))  # noqa: E731
        for a in expand(args["Arg1"]):
            for b in expand(args["Arg2"]):
                rules.setdefault((a, b), set()).update(args["<OVL-TYPE>"].split("|"))
    return rules


def brat_errors(folder, conf: str) -> list[str]:
    """What brat's verifier says about overlapping text-bound annotations (equal, contain, cross)."""
    entity_types = set(re.search(r"\[entities\]\n(.*?)(?=\n\[|\Z)", conf, re.S).group(1).split())
    rules = overlap_rules(conf, entity_types)

    def allowed(a, b, kind):
        kinds = rules.get((a, b), set()) | rules.get((b, a), set())
        return "<ANY>" in kinds or kind in kinds

    errors = []
    for ann in sorted(folder.glob("*.ann")):
        spans = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            if line.startswith("T"):
                label, where = line.split("\t")[1].split(" ", 1)
                offsets = [int(x) for piece in where.split(";") for x in piece.split()]
                spans.append((label, min(offsets), max(offsets)))
        for i, (t1, s1, e1) in enumerate(spans):
            for t2, s2, e2 in spans[i + 1:]:
                if s2 >= e1 or s1 >= e2:
                    continue
                kind = "equal" if (s1, e1) == (s2, e2) else \
                    "contain" if (s1 <= s2 and e2 <= e1) or (s2 <= s1 and e1 <= e2) else "cross"
                if not allowed(t1, t2, kind):
                    errors.append(f"{ann.name}: {t1} {kind} {t2}")
    return errors


def test_brat_accepts_kaidans_overlapping_spans(exports):
    folder, _ = exports("brat")
    conf = (folder / "annotation.conf").read_text(encoding="utf-8")
    assert "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>" in conf.splitlines()
    assert brat_errors(folder, conf) == []
    # the check has teeth: without the line, brat would refuse the overlaps the seeds have
    without = "\n".join(line for line in conf.splitlines() if not line.startswith("<OVERLAP>"))
    refused = brat_errors(folder, without)
    assert refused and any("Claim" in e for e in refused)


def test_brat_export_carries_the_visual_configuration_brat_looks_for(exports):
    """brat reads visual.conf from the document's folder or the nearest folder above it that has one; run
    outside a brat installation its verifier climbs to the root and, finding none, never stops. The export
    holds one that brat's section parser accepts: known sections only, default span and arc drawing."""
    folder, _ = exports("brat")
    visual = (folder / "visual.conf").read_text(encoding="utf-8")
    sections = [line.strip()[1:-1] for line in visual.splitlines() if line.strip().startswith("[")]
    assert sections and set(sections) <= {"options", "labels", "drawing"}
    drawn = dict(line.split("\t", 1) for line in visual.splitlines() if "\t" in line)
    assert set(drawn) == {"SPAN_DEFAULT", "ARC_DEFAULT"}
    assert all(":" in arg for args in drawn.values() for arg in args.split(", "))


# --- W3C Web Annotation ---------------------------------------------------------------------------------


def test_w3c_creators_are_agents_and_texts_travel_with_the_selectors(exports):
    folder, result = exports("w3c")
    items = json.loads((folder / "annotations.jsonld").read_text(encoding="utf-8"))["first"]["items"]
    sources = json.loads((folder / "sources.jsonld").read_text(encoding="utf-8"))
    assert sources["@context"] == "http://www.w3.org/ns/anno.jsonld"
    texts = {s["id"]: s["value"] for s in sources["@graph"]}
    assert len(texts) == result.articles and all(s["type"] == "Text" for s in sources["@graph"])
    motivations = set()
    for annotation in items:
        motivations.add(annotation["motivation"])
        creator = annotation.get("creator")
        if creator is not None:
            assert isinstance(creator, dict) and creator["type"] in ("Person", "Software")
            assert re.match(r"(urn|https?):", creator["id"])  # absolute: never a relative IRI
        target = annotation["target"]
        assert re.match(r"(urn|https?):", target["source"])
        quote, position = target["selector"]
        body = texts[target["source"]]
        assert body[position["start"]:position["end"]] == quote["exact"]
    assert "oa:assessing" in motivations and "assessing" not in motivations
    assert any(a.get("creator", {}).get("nickname") == "tester" for a in items)


# --- CoNLL document breaks ------------------------------------------------------------------------------


def spacy_ner_documents(text: str) -> list[list[list[tuple[str, str]]]]:
    """Documents as spaCy's `convert --converter ner` splits them: on the literal CoNLL-2003 line,
    then sentences at blank lines, whitespace-separated columns, the first the word, the last the tag."""
    delimiter = "-DOCSTART- -X- O O"
    docs = []
    for doc in text.strip().split(delimiter) if delimiter in text else [text]:
        doc = doc.strip()
        if not doc:
            continue
        sentences = []
        for sentence in doc.split("\n\n"):
            lines = [line.strip() for line in sentence.strip().split("\n") if line.strip()]
            if not lines:
                continue
            columns = list(zip(*[line.split() for line in lines]))
            assert len(columns) >= 2, "spaCy: The token-per-line NER file is not formatted correctly"
            sentences.append(list(zip(columns[0], columns[-1])))
        docs.append(sentences)
    return docs


def flair_documents(text: str) -> int:
    """Document boundaries as flair's column corpus finds them: a sentence whose first column is -DOCSTART-."""
    return sum(1 for sentence in text.split("\n\n")
               if sentence.strip() and re.split(r"\s+", sentence.strip())[0] == "-DOCSTART-")


def test_conll_document_breaks_for_spacy_flair_and_conllu(exports):
    import conllu
    folder, result = exports("conll")
    text = (folder / "ner.conll").read_text(encoding="utf-8")
    docs = spacy_ner_documents(text)
    assert len(docs) == result.articles == 6
    assert all(word != "-DOCSTART-" for doc in docs for s in doc for word, _ in s)
    assert flair_documents(text) == 6
    sentences = conllu.parse(text.replace(DOCSTART, CONLLU_DOCSTART), fields=["form", "ner"])
    assert sum(s[0]["form"] == "-DOCSTART-" and len(s) == 1 for s in sentences) == 6
    tokens = [t for s in sentences if s[0]["form"] != "-DOCSTART-" for t in s]
    assert len(tokens) == sum(len(s) for doc in docs for s in doc)


# --- tokens cut at entity boundaries ------------------------------------------------------------------


def kept_spans(library) -> int:
    """The entity spans a token format can carry at best: every non-overlapping one."""
    db = open_db(library)
    total = sum(len(choose_spans(item.id, item.entities(), [])) for item in annotated_articles(db))
    db.close()
    return total


def test_token_formats_lose_no_span_when_tokens_are_cut(exports, interop_library):
    spans = kept_spans(interop_library)
    folder, result = exports("conll", split_tokens=False)
    lost = [c for c in result.cuts if c.reason == "cuts a token"]
    assert lost, "the seeds have entities inside a token (米中)"
    card = json.loads((folder / "dataset.json").read_text(encoding="utf-8"))
    assert "cut_spans.tsv" in card["tokens"]
    folder, result = exports("conll", split_tokens=True)
    assert not [c for c in result.cuts if c.reason == "cuts a token"]
    text = (folder / "ner.conll").read_text(encoding="utf-8")
    assert sum(line.split("\t")[1].startswith("B-") for line in text.splitlines() if "\t" in line) == spans
    assert "no entity span is lost" in json.loads((folder / "dataset.json").read_text(encoding="utf-8"))["tokens"]
    assert any(line.split("\t")[0] == "米" for line in text.splitlines())  # 米中 became 米 | 中 somewhere
    folder, result = exports("hf")
    names = json.loads((folder / "labels.json").read_text(encoding="utf-8"))["ner_tags"]["names"]
    rows = [json.loads(line) for line in (folder / "ner.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(names[t].startswith("B-") for r in rows for t in r["ner_tags"]) == spans
    folder, _ = exports("spacy")
    docs = json.loads((folder / "train.json").read_text(encoding="utf-8"))
    assert sum(len(d["paragraphs"][0]["entities"]) for d in docs) == spans
    for doc in docs:
        paragraph = doc["paragraphs"][0]
        tokens = [t for s in paragraph["sentences"] for t in s["tokens"]]
        assert "".join(t["orth"] + t["space"] for t in tokens) == paragraph["raw"]


# --- entities.jsonl ------------------------------------------------------------------------------------


def test_entities_jsonl_holds_what_the_articles_use(exports, interop_library):
    folder, _ = exports("jsonl")
    rows = [json.loads(line) for line in (folder / "entities.jsonl").read_text(encoding="utf-8").splitlines()]
    written = {r["id"] for r in rows}
    articles = [json.loads(line) for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    used = {e["entity_id"] for a in articles for e in a["entities"] + a["rejected_entities"] if e["entity_id"]}
    used |= {c["holder"]["entity_id"] for a in articles for c in a["claims"] if c["holder"]["entity_id"]}
    registry: Registry = load_registry(open_db(interop_library))
    assert used and used <= written
    assert {"user:yoshida-test", "user:yoshida-dup"} <= written  # the user's own entities always travel
    assert len(written) < len(registry.entities) / 10
    folder, _ = exports("jsonl", all_entities=True)
    every = [json.loads(line) for line in (folder / "entities.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {e.id for e in registry.entities.values()} <= {r["id"] for r in every}


def test_jsonl_with_used_entities_round_trips(exports, tmp_path):
    folder, result = exports("jsonl")
    summary = import_datasets([(folder / "articles.jsonl", "kaidan")], tmp_path / "fresh.db")
    assert not summary.failed and len(summary.imported) == result.articles
    db = open_db(tmp_path / "fresh.db")
    assert db.execute("SELECT count(*) FROM mentions WHERE entity_id = 'user:yoshida-test'").fetchone()[0] >= 1


# --- candidates and meeting mentions --------------------------------------------------------------------


def test_claim_candidates_travel_as_predictions_and_metadata(exports, interop_library, tmp_path):
    db = open_db(interop_library)
    candidates = db.execute("SELECT count(*) FROM claims WHERE state = 'candidate' AND detached = 0").fetchone()[0]
    meeting_mentions = db.execute("SELECT count(*) FROM meeting_mentions WHERE state != 'rejected' "
                                  "AND detached = 0").fetchone()[0]
    db.close()
    assert candidates and meeting_mentions
    folder, _ = exports("labelstudio")
    tasks = json.loads((folder / "tasks.json").read_text(encoding="utf-8"))
    predicted = [r for t in tasks for p in t.get("predictions", []) for r in p["result"]
                 if r.get("from_name") == "claims"]
    assert len(predicted) == candidates
    card = json.loads((folder / "dataset.json").read_text(encoding="utf-8"))
    assert "claim candidates as the prediction" in card["carries"]
    folder, _ = exports("doccano")
    lines = [json.loads(line) for line in (folder / "dataset.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(len(x["kaidan_claim_candidates"]) for x in lines) == candidates
    assert sum(len(x["kaidan_meeting_mentions"]) for x in lines) == meeting_mentions
    # into a fresh library they come back as candidates and meeting mentions, not as decisions; a span
    # no detector would find shows they are read from the metadata, and a bad entry is named, not fatal
    lines[0]["kaidan_claim_candidates"] += [[0, 3, "favor"], [5, 2, None], "junk"]
    lines[0]["kaidan_meeting_mentions"] += [[1, 4, "confirmed"]]
    edited = tmp_path / "dataset.jsonl"
    edited.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    summary = import_datasets([(edited, "doccano")], tmp_path / "fresh.db")
    assert not summary.failed and len(summary.imported) == len(lines)
    assert summary.rejected and summary.not_carried
    fresh = open_db(tmp_path / "fresh.db")
    first = fresh.execute("SELECT id FROM articles ORDER BY id").fetchone()[0]
    assert fresh.execute("SELECT state, stance FROM claims WHERE article_id = ? AND start_char = 0 AND end_char = 3",
                         [first]).fetchall() == [("candidate", "favor")]
    assert fresh.execute("SELECT state FROM meeting_mentions WHERE article_id = ? AND start_char = 1 "
                         "AND end_char = 4", [first]).fetchall() == [("confirmed",)]
    assert fresh.execute("SELECT count(*) FROM claims WHERE state = 'accepted'").fetchone()[0] == \
        sum(e["label"].startswith("CLAIM") for x in lines for e in x["entities"])


# --- datasets and pandas ---------------------------------------------------------------------------------


def test_datasets_and_pandas_count_what_kaidan_wrote(exports, interop_library, tmp_path, monkeypatch):
    import datasets
    import pandas
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    spans = kept_spans(interop_library)
    folder, _ = exports("hf")
    names = json.loads((folder / "labels.json").read_text(encoding="utf-8"))["ner_tags"]["names"]
    data = datasets.load_dataset("json", data_files=str(folder / "ner.jsonl"), split="train",
                                 cache_dir=str(tmp_path / "cache"))
    data = data.cast_column("ner_tags", datasets.Sequence(datasets.ClassLabel(names=names)))
    assert sum(names[t].startswith("B-") for row in data for t in row["ner_tags"]) == spans
    folder, _ = exports("jsonl")
    articles = pandas.read_json(folder / "articles.jsonl", lines=True)
    card = json.loads((folder / "dataset.json").read_text(encoding="utf-8"))
    assert len(articles) == card["counts"]["articles"]
    assert int(articles["entities"].map(len).sum()) == card["counts"]["entity_mentions"]
    folder, _ = exports("csv")
    mentions = pandas.read_csv(folder / "mentions.csv", encoding="utf-8-sig", keep_default_na=False)
    assert len(mentions) == json.loads((folder / "dataset.json").read_text(encoding="utf-8"))["files"]["mentions.csv"]
    assert len(mentions[mentions["state"] != "rejected"]) == card["counts"]["entity_mentions"]
