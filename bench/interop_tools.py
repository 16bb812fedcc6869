"""Kaidan's exports through the real tools that are installed here, and a table of what each one counted.

Imports a folder of articles (the seeds by default) into a temporary library, accepts one
detection and one claim candidate per article so there are decisions as well as proposals,
exports every format, then hands each export to the consumers it is meant for and compares
the counts the consumer reports with Kaidan's own (documents, entity spans, rows):

    python bench/interop_tools.py [--articles DIR] [--brat BRAT_CHECKOUT_OR_BRAT_TOOLS] [--brat-python PYTHON]
                                  [--label-studio http://127.0.0.1:8080] [--doccano http://127.0.0.1:8000]

Light consumers are Python packages (conllu, datasets, pandas, spaCy); heavy ones are servers
that only run on 127.0.0.1 (Label Studio with LABEL_STUDIO_API_KEY set; doccano 1.8 with DOCCANO_USER
and DOCCANO_PASSWORD set, `doccano webserver` and its upload queue `doccano task` running, see
bench/doccano_client.py) and brat's own verifier from a brat checkout. A consumer that is not there is listed as not available, never
as passed. Label Studio 1.23 takes the key given by `label-studio start --user-token KEY
--enable-legacy-api-token`. Its JSON_MIN export has no region meta, no relations and no predictions:
the proposals Kaidan puts into an annotation (a claim's holder) are told apart by the list Kaidan writes
into each task's data (kaidan_proposed); the claim's holder and target relations are lost.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.datasets import import_datasets  # noqa: E402
from core.datasets.labelstudio import MIN_PROPOSED  # noqa: E402
from core.export import FORMATS, export  # noqa: E402
from core.export.conll import CONLLU_DOCSTART, DOCSTART  # noqa: E402
from core.export.doccano import CANDIDATES, PROPOSED  # noqa: E402
from core.export.doccano import MEETING_MENTIONS as MEETINGS  # noqa: E402
from core.export.iob import choose_spans  # noqa: E402
from core.export.labelstudio import PROPOSED_MARK  # noqa: E402
from bench.label_studio_client import api, colleague_edits  # noqa: E402
from core.export.records import annotated_articles  # noqa: E402
from core.jobs import import_paths  # noqa: E402
from core.store import open_db  # noqa: E402
from core.store.claims import claims_for, update_claim  # noqa: E402
from core.store.mentions import mentions_for, update_mention  # noqa: E402

ROWS: list[tuple[str, str, str, str, str]] = []  # format, consumer, Kaidan's count, consumer's count, verdict


def row(fmt: str, consumer: str, what: str, ours, theirs) -> None:
    """One line of the table: equal counts pass; None from the consumer means it was not available."""
    if theirs is None:
        ROWS.append((fmt, consumer, what, str(ours), "not available"))
    elif isinstance(theirs, str):
        ROWS.append((fmt, consumer, what, str(ours), f"FAILED: {theirs}"[:90]))
    else:
        ROWS.append((fmt, consumer, what, f"{ours} / {theirs}", "same" if ours == theirs else "DIFFERENT"))


def build(articles: Path, folder: Path) -> Path:
    """A library of the articles with one accepted mention and one accepted claim per article."""
    path = folder / "lib.db"
    import_paths([articles], path)
    db = open_db(path)
    for (article_id,) in db.execute("SELECT id FROM articles ORDER BY id").fetchall():
        mentions = mentions_for(db, article_id)
        if mentions:
            update_mention(db, mentions[0].id, state="accepted", annotator="bench")
        candidates = claims_for(db, article_id, states=("candidate",))
        if candidates:
            update_claim(db, candidates[0].id, state="accepted", stance="neutral", annotator="bench")
    db.close()
    return path


def decisions(path: Path) -> tuple[int, int, int]:
    db = open_db(path)
    out = tuple(db.execute(sql).fetchone()[0] for sql in (
        "SELECT count(*) FROM mentions WHERE state != 'proposed'",
        "SELECT count(*) FROM claims WHERE state != 'candidate'",
        "SELECT count(*) FROM articles"))
    db.close()
    return out


def has(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def check_conll(folder: Path, articles: int, spans: int) -> None:
    text = (folder / "ner.conll").read_text(encoding="utf-8")
    if has("conllu"):
        import conllu

        sentences = conllu.parse(text.replace(DOCSTART, CONLLU_DOCSTART), fields=["form", "ner"])
        row("conll", "conllu", "documents", articles, sum(s[0]["form"] == "-DOCSTART-" for s in sentences))
        row("conll", "conllu", "entity spans", spans, sum(t["ner"].startswith("B-") for s in sentences for t in s))
    else:
        row("conll", "conllu", "documents", articles, None)
    if has("spacy"):
        out = folder / "spacy-convert"
        out.mkdir(exist_ok=True)
        done = subprocess.run([sys.executable, "-m", "spacy", "convert", str(folder / "ner.conll"), str(out),
                               "--converter", "ner", "--n-sents", "0"], capture_output=True, text=True)
        if done.returncode:
            row("conll", "spacy convert --converter ner", "documents", articles, done.stderr.strip()[-80:])
            return
        docs = spacy_docs(out / "ner.spacy")
        row("conll", "spacy convert --converter ner", "documents", articles, len(docs))
        row("conll", "spacy convert --converter ner", "entity spans", spans, sum(len(d.ents) for d in docs))
    else:
        row("conll", "spacy convert --converter ner", "documents", articles, None)


def spacy_docs(path: Path) -> list:
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    return list(DocBin().from_bytes(path.read_bytes()).get_docs(Vocab()))


def check_spacy(folder: Path, articles: int, spans: int) -> None:
    if not has("spacy"):
        row("spacy", "spaCy DocBin", "documents", articles, None)
        row("spacy", "spacy convert train.json", "documents", articles, None)
        return
    docs = spacy_docs(folder / "train.spacy")
    row("spacy", "spaCy DocBin", "documents with article id", articles,
        sum("article_id" in d.user_data for d in docs))
    row("spacy", "spaCy DocBin", "entity spans", spans, sum(len(d.ents) for d in docs))
    row("spacy", "spaCy DocBin", "documents with sentence starts", articles,
        sum(d.has_annotation("SENT_START") for d in docs))
    out = folder / "json-convert"
    out.mkdir(exist_ok=True)
    done = subprocess.run([sys.executable, "-m", "spacy", "convert", str(folder / "train.json"), str(out)],
                          capture_output=True, text=True)
    if done.returncode:
        row("spacy", "spacy convert train.json", "documents", articles, done.stderr.strip()[-80:])
        return
    converted = spacy_docs(out / "train.spacy")
    row("spacy", "spacy convert train.json", "documents", articles, len(converted))
    row("spacy", "spacy convert train.json", "entity spans", spans, sum(len(d.ents) for d in converted))


def check_hf(folder: Path, spans: int) -> None:
    lines = (folder / "ner.jsonl").read_text(encoding="utf-8").splitlines()
    if not has("datasets"):
        row("hf", "datasets", "rows", len(lines), None)
        return
    import datasets

    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
    data = datasets.load_dataset("json", data_files=str(folder / "ner.jsonl"), split="train",
                                 cache_dir=str(folder / "cache"))
    names = json.loads((folder / "labels.json").read_text(encoding="utf-8"))["ner_tags"]["names"]
    row("hf", "datasets", "rows", len(lines), len(data))
    row("hf", "datasets", "entity spans", spans, sum(names[t].startswith("B-") for r in data for t in r["ner_tags"]))


def check_csv(folder: Path, card: dict) -> None:
    if not has("pandas"):
        row("csv", "pandas", "mention rows", "?", None)
        return
    import pandas

    frame = pandas.read_csv(folder / "mentions.csv", encoding="utf-8-sig", keep_default_na=False)
    row("csv", "pandas", "mention rows", card["files"]["mentions.csv"], len(frame))


def check_brat(folder: Path, brat: Path | None, python: str | None = None) -> None:
    """brat's own verifier (server/src/verify_annotations.py of a brat checkout) run on every .ann; or, given
    the brat_tools folder of the brat-tools package (brat's tools/ without its server), its checkann.py, which
    checks every text-bound annotation against the .txt."""
    anns = sorted(folder.glob("*.ann"))
    if brat is not None and (brat / "checkann.py").exists():
        check_brat_tools(anns, brat / "checkann.py", python or sys.executable)
        return
    if brat is None or not (brat / "server" / "src" / "verify_annotations.py").exists():
        row("brat", "brat verify_annotations", "issues", 0, None)
        return
    python = python or shutil.which("python2") or sys.executable
    done = subprocess.run([python, str(brat / "server" / "src" / "verify_annotations.py"), *map(str, anns)],
                          capture_output=True, text=True, cwd=brat)
    issues = [line for line in done.stdout.splitlines() if line.strip()]
    if done.returncode and not issues:  # the verifier itself failed (brat's older releases need Python 2)
        row("brat", "brat verify_annotations", "issues", 0, done.stderr.strip()[-80:] or f"exit {done.returncode}")
    else:
        row("brat", "brat verify_annotations", "issues", 0, len(issues))


def check_brat_tools(anns: list[Path], checkann: Path, python: str) -> None:
    """checkann.py file by file: the mismatches it prints, and the files it could not read. It reads one
    fragment per span (a span Kaidan splits at line ends is left to brat itself) and opens files in mode
    'rU', which Python 3.11 refuses: give it --brat-python."""
    consumer = "brat-tools checkann.py"
    fragmented = [ann for ann in anns if any(line.startswith("T") and ";" in line.split("\t")[1]
                                             for line in ann.read_text(encoding="utf-8").splitlines())]
    mismatches, unread, last = 0, 0, ""
    for ann in anns:
        if ann in fragmented:
            continue
        done = subprocess.run([python, "-W", "ignore", str(checkann), str(ann)], capture_output=True, text=True)
        mismatches += sum(line.startswith("Mismatch") for line in done.stdout.splitlines())
        if done.returncode:
            unread += 1
            last = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
    row("brat", consumer, "text-bound mismatches", 0, mismatches)
    row("brat", consumer, "files it could not read", 0, unread if not unread else f"{unread}: {last}")
    if fragmented:
        ROWS.append(("brat", consumer, "files not given to it", str(len(fragmented)),
                     "a span split at line ends (brat's discontinuous span), which checkann cannot read"))


def merge_back(library: Path, work: Path, name: str, exported) -> tuple[tuple[int, int, int], object, object]:
    """An export of the server merged onto two copies of the library, by the import function and by
    `main.py import --format labelstudio`: (decisions after, import summary, command's result)."""
    path = work / f"ls-{name}.json"
    path.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    copies = [work / f"ls-{name}-{n}.db" for n in (1, 2)]
    for copy in copies:
        with sqlite3.connect(library) as source, sqlite3.connect(copy) as target:
            source.backup(target)
    summary = import_datasets([(path, "labelstudio")], copies[0])
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "import", "--db", str(copies[1]), "--format",
                           "labelstudio", "--quiet", str(path)], capture_output=True, text=True, cwd=ROOT)
    return decisions(copies[0]), summary, (done, decisions(copies[1]))


def check_label_studio(folder: Path, library: Path, base: str | None, work: Path) -> None:
    """Tasks into a Label Studio project, a colleague's edits through the API, its JSON and JSON_MIN
    exports merged back onto copies of the library: every decision kept, the edits arrive."""
    token = os.environ.get("LABEL_STUDIO_API_KEY")
    before = decisions(library)
    if not base or not token or not base.startswith(("http://127.0.0.1", "http://localhost")):
        row("labelstudio", "Label Studio server", "decisions after round trip", before, None)
        return
    try:
        config = (folder / "label_config.xml").read_text(encoding="utf-8")
        project = api(base, "/api/projects", token, {"title": "Kaidan interop", "label_config": config})
        tasks = json.loads((folder / "tasks.json").read_text(encoding="utf-8"))
        api(base, f"/api/projects/{project['id']}/import?commit_to_project=true", token, tasks)
        first = api(base, f"/api/projects/{project['id']}/export?exportType=JSON", token)
        row("labelstudio", "Label Studio import", "tasks", len(tasks), len(first))
        row("labelstudio", "Label Studio import", "annotation regions",
            sum(len(t.get("annotations", [{}])[0].get("result", [])) for t in tasks),
            sum(len(t["annotations"][0]["result"]) for t in first if t.get("annotations")))
        accepted, retyped, proposal = colleague_edits(base, token, first)
        exported = api(base, f"/api/projects/{project['id']}/export?exportType=JSON", token)
        minimal = api(base, f"/api/projects/{project['id']}/export?exportType=JSON_MIN", token)
    except OSError as exc:
        detail = exc.read().decode(errors="replace")[:60] if hasattr(exc, "read") else ""
        row("labelstudio", "Label Studio server", "decisions after round trip", before, f"{exc} {detail}")
        return
    # the accepted prediction and the retyped proposal are new decisions; the retyped decision is a conflict
    expected = (before[0] + accepted + proposal, before[1], before[2])
    for name, data in (("JSON", exported), ("JSON_MIN", minimal)):
        after, summary, (done, by_command) = merge_back(library, work, name, data)
        consumer = f"Label Studio {name} -> import"
        row("labelstudio", consumer, f"decisions (+{accepted} accepted, +{proposal} retyped proposal)", expected, after)
        row("labelstudio", consumer, "conflicts reported (1 retyped)", retyped, len(summary.conflicts))
        row("labelstudio", consumer, "failed tasks", 0, len(summary.failed))
        if name == "JSON_MIN":  # what JSON_MIN's spans were read as, beside what the JSON export marks
            marks = [(r["value"]["labels"][0], line.split(" ", 1)[-1]) for t in exported for an in t["annotations"]
                     for r in an["result"] for line in (r.get("meta") or {}).get("text", [])
                     if line.startswith(PROPOSED_MARK)]
            row("labelstudio", consumer, "spans kept as Kaidan's proposals", sum(a == b for a, b in marks),
                summary.read_as[MIN_PROPOSED])
        row("labelstudio", "main.py import --format labelstudio", f"{name}: decisions", expected,
            by_command if done.returncode == 0 else (done.stderr.strip()[-80:] or f"exit {done.returncode}"))


def check_doccano(folder: Path, library: Path, base: str | None, work: Path) -> None:
    """Kaidan's doccano export uploaded to a doccano 1.8 server, exported back (spans, labels, relations and
    Kaidan's metadata counted), a colleague's edits made through the API, and that export merged onto a copy
    of the library it came from: every decision kept, the edits arrive, no article twice."""
    before = decisions(library)
    user, password = os.environ.get("DOCCANO_USER"), os.environ.get("DOCCANO_PASSWORD")
    if not base or not user or not password or not base.startswith(("http://127.0.0.1", "http://localhost")):
        row("doccano", "doccano server", "decisions after round trip", before, None)
        return
    from bench.doccano_client import Doccano

    lines = [json.loads(line) for line in (folder / "dataset.jsonl").read_text(encoding="utf-8").splitlines()]
    try:
        server = Doccano(base, user, password)
        project = server.create_project(f"Kaidan interop {os.getpid()}")
        errors = server.upload(project, folder / "dataset.jsonl")
        first = server.export(project)
        retyped, added = server.colleague_edits(project, first, PROPOSED)
        exported = server.export(project)
    except (OSError, KeyError, ValueError) as exc:
        detail = exc.read().decode(errors="replace")[:60] if hasattr(exc, "read") else ""
        row("doccano", "doccano server", "decisions after round trip", before, f"{exc} {detail}")
        return
    row("doccano", "doccano upload", "examples", len(lines), len(first))
    row("doccano", "doccano upload", "errors reported", 0, len(errors))
    for what, count in (("entity spans", lambda rows: sum(len(r["entities"]) for r in rows)),
                        ("labels", lambda rows: len(_per_label(rows))),
                        ("relations", lambda rows: sum(len(r["relations"]) for r in rows)),
                        ("Kaidan metadata entries", lambda rows: sum(len(r.get(k) or []) for r in rows
                                                                     for k in (PROPOSED, CANDIDATES, MEETINGS)))):
        row("doccano", "doccano export", what, count(lines), count(first))
    ours, theirs = _per_label(lines), _per_label(first)
    row("doccano", "doccano export", "labels whose span count differs", 0,
        sum(ours[label] != theirs[label] for label in set(ours) | set(theirs)))
    path = work / "doccano-back.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in exported), encoding="utf-8")
    copy = work / "doccano-back.db"
    with sqlite3.connect(library) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    summary = import_datasets([(path, "doccano")], copy)
    consumer = "doccano JSONL -> import"
    row("doccano", consumer, f"decisions (+{retyped} retyped proposal, +{added} new span)",
        (before[0] + retyped + added, before[1], before[2]), decisions(copy))
    row("doccano", consumer, "articles merged / new", (before[2], 0), (len(summary.merged), len(summary.imported)))
    row("doccano", consumer, "conflicts, failed rows", (0, 0), (len(summary.conflicts), len(summary.failed)))


def _per_label(rows: list[dict]) -> Counter:
    return Counter(e["label"] for r in rows for e in r["entities"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--brat", type=Path, help="a brat checkout (for its verify_annotations.py), or the "
                        "brat_tools folder of the brat-tools package (for its checkann.py)")
    parser.add_argument("--brat-python", help="the Python that runs brat's scripts: python2 for brat's "
                        "older releases; its Python 3 code opens files in mode 'rU', which needs Python 3.10 or older")
    parser.add_argument("--label-studio", help="a Label Studio server on 127.0.0.1 (LABEL_STUDIO_API_KEY set)")
    parser.add_argument("--doccano", help="a doccano 1.8 server on 127.0.0.1 (DOCCANO_USER, DOCCANO_PASSWORD set)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        library = build(args.articles, work)
        db = open_db(library)
        spans = sum(len(choose_spans(item.id, item.entities(), [])) for item in annotated_articles(db))
        out = {fmt: (work / fmt, export(db, fmt, work / fmt)) for fmt in FORMATS}
        whole = export(db, "conll", work / "conll-whole-tokens", split_tokens=False)
        db.close()
        lost = sum(c.reason == "cuts a token" for c in whole.cuts)
        ROWS.append(("conll --keep-tokens", "Kaidan", "entity spans kept", f"{spans} / {spans - lost}",
                     f"{lost} inside a token (the default cuts tokens: none lost)"))
        articles = out["conll"][1].articles
        check_conll(out["conll"][0], articles, spans)
        check_spacy(out["spacy"][0], articles, spans)
        check_hf(out["hf"][0], spans)
        check_csv(out["csv"][0], json.loads((out["csv"][0] / "dataset.json").read_text(encoding="utf-8")))
        check_brat(out["brat"][0], args.brat, args.brat_python)
        check_label_studio(out["labelstudio"][0], library, args.label_studio, work)
        check_doccano(out["doccano"][0], library, args.doccano, work)
    widths = [max(len(r[i]) for r in ROWS + [("format", "consumer", "counted", "Kaidan / consumer", "")])
              for i in range(4)]
    header = ("format", "consumer", "counted", "Kaidan / consumer", "verdict")
    for r in [header, *ROWS]:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths)) + "  " + r[4])
    missing = sorted({r[1] for r in ROWS if r[4] == "not available"})
    if missing:
        print(f"\nnot available here: {', '.join(missing)}")
    return 1 if any(r[4].startswith(("DIFFERENT", "FAILED")) for r in ROWS) else 0


if __name__ == "__main__":
    sys.exit(main())
