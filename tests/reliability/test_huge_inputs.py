"""Huge articles and huge files: tokenised in bounded pieces, refused above a named limit, never a crash."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.ingest.limits import JSON_LIMIT, PAGE_LIMIT, limit_for, too_large
from core.ingest.stream import ROW_LIMIT, SAMPLE_BYTES, bounded_lines, open_text
from core.jobs import import_paths
from core.nlp.tokens import PIECE, pieces, tokenize

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
WIKINEWS = SHARED / "corpus" / "wikinews" / "txt"
SEEDS = SHARED / "seeds"
MILLION = 1_000_000


def wikinews_text(articles: int = 300) -> str:
    """Real Japanese news text: the first Wikinews articles, one after another."""
    files = sorted(WIKINEWS.glob("*.txt"))[:articles]
    if not files:
        pytest.fail("shared corpus not available", pytrace=False)
    return "\n".join(path.read_text(encoding="utf-8") for path in files)


def repeated(text: str, length: int) -> str:
    return (text * (length // len(text) + 1))[:length]


# Run in a child process: before the fix MeCab killed the process (a segfault
# cannot be caught), which would take the whole test run with it.
_CHILD = """
import json, sys
from datetime import date
sys.path.insert(0, sys.argv[1])
from core.nlp.entities import detect
from core.nlp.tokens import tokenize
from core.registry import bundled_registry
base = sys.stdin.read()
million = 1_000_000
lines = (base * (million // len(base) + 1))[:million]
single = lines.replace("\\n", "")
out = {}
for name, text in (("lines", lines), ("single", single)):
    tokens = tokenize(text)
    out[name] = {"length": len(text), "exact": all(text[t.start:t.end] == t.surface for t in tokens),
                 "gaps": "".join(set("".join(text[a.end:b.start] for a, b in zip(tokens, tokens[1:])))),
                 "covered": sum(t.end - t.start for t in tokens)}
registry = bundled_registry()
copies = million // len(base) + 1
out["copies"] = copies
out["base_mentions"] = len(detect(base, registry, date(2010, 1, 1)))
out["copies_mentions"] = len(detect("\\n".join([base] * copies), registry, date(2010, 1, 1)))
print(json.dumps(out))
"""


def test_a_million_character_article_is_tokenised_and_detected_without_a_crash():
    base = wikinews_text(100)
    child = subprocess.run([sys.executable, "-c", _CHILD, str(ROOT)], input=base, capture_output=True,
                           text=True, encoding="utf-8", timeout=600)
    assert child.returncode == 0, f"tokeniser died ({child.returncode}): {child.stderr[-2000:]}"
    out = json.loads(child.stdout)
    assert out["lines"]["length"] == MILLION and out["single"]["length"] > 0.97 * MILLION
    for shape in ("lines", "single"):
        found = out[shape]
        assert found["exact"], shape
        # MeCab leaves out only blanks: every other character is in exactly one token.
        assert found["gaps"].isspace() or not found["gaps"], shape
        assert found["covered"] > 0.95 * found["length"], shape
    # n copies of a text hold n times its mentions: nothing lost or made up where pieces meet.
    expected = out["copies"] * out["base_mentions"]
    assert abs(out["copies_mentions"] - expected) <= 0.01 * expected


def test_token_offsets_stay_exact_where_pieces_meet():
    text = repeated(wikinews_text(40), 6 * PIECE)
    for shape in (text, text.replace("\n", ""), text.replace("\n", "").replace("。", "")):
        tokens = tokenize(shape)
        assert all(shape[t.start : t.end] == t.surface for t in tokens)
        assert all(a.end <= b.start for a, b in zip(tokens, tokens[1:]))
        gaps = "".join(shape[a.end : b.start] for a, b in zip(tokens, tokens[1:]))
        assert gaps.isspace() or not gaps
        assert tokens[0].start == 0 and tokens[-1].end == len(shape.rstrip())


def test_pieces_are_bounded_and_end_at_line_then_sentence_ends():
    text = repeated(wikinews_text(40), 5 * PIECE)
    for shape, ends in ((text, "\n"), (text.replace("\n", ""), "。！？!?」")):
        spans = list(pieces(shape))
        assert spans[0][0] == 0 and spans[-1][1] == len(shape)
        assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
        assert all(0 < end - start <= PIECE for start, end in spans)
        assert all(shape[end - 1] in ends for _, end in spans[:-1])
    # No natural end at all (a blob of one character): hard cuts, still bounded.
    blob = "ア" * (3 * PIECE + 7)
    assert [end - start for start, end in pieces(blob)] == [PIECE, PIECE, PIECE, 7]


def test_nul_and_lone_surrogates_do_not_stop_the_tokeniser():
    text = wikinews_text(1).split("\n")[3]
    broken = text[:20] + "\x00" + text[20:40] + "\ud800" + text[40:]
    tokens = tokenize(broken)
    assert all(broken[t.start : t.end] == t.surface for t in tokens)
    # MeCab stopped at the NUL before: the words after it are there too.
    assert tokens[-1].end >= len(broken.rstrip()) - 1
    after = "".join(t.surface for t in tokens if t.start >= 42)
    assert after == "".join(text[40:].split())


def test_a_file_above_the_page_limit_is_refused_by_name_and_the_batch_goes_on(tmp_path):
    seed = sorted(SEEDS.glob("*.txt"))[:1]
    if not seed:
        pytest.fail("shared seeds not available", pytrace=False)
    huge = tmp_path / "whole_archive.txt"
    head = wikinews_text(20).encode("utf-8")
    with huge.open("wb") as handle:
        handle.write(head)
        handle.truncate(PAGE_LIMIT + 1)  # sparse: the test writes kilobytes, not megabytes
    summary = import_paths([huge, seed[0]], tmp_path / "library.db")
    assert [source for source, _ in summary.imported] == [str(seed[0])]
    ((source, reason),) = summary.failed
    assert source == str(huge)
    assert "whole_archive.txt" in reason and "too large" in reason and f"{PAGE_LIMIT // 2**20} MB" in reason


def test_a_json_document_has_its_own_larger_limit():
    assert limit_for(Path("rows.JSON")) == JSON_LIMIT > PAGE_LIMIT
    assert limit_for(Path("page.html")) == limit_for(Path("dump.txt")) == PAGE_LIMIT
    reason = too_large(Path("news.json"), 3 * 2**30)
    assert "news.json" in reason and "3,072.0 MB" in reason and f"{JSON_LIMIT // 2**20} MB" in reason


def dataset_rows(count: int) -> list[dict]:
    lines = [line for line in wikinews_text(count).split("\n") if len(line) > 20]
    return [{"title": f"記事{n}", "text": line} for n, line in enumerate(lines[:count], start=1)]


def test_a_row_above_the_row_limit_is_skipped_by_name_and_the_rest_of_the_file_comes_in(tmp_path):
    rows = dataset_rows(4)
    huge = {"title": "巨大", "text": "会談" * (ROW_LIMIT // 2 + 10)}
    lines = [json.dumps(r, ensure_ascii=False) for r in (rows[0], rows[1], huge, rows[2], rows[3])]
    path = tmp_path / "collection.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = import_paths([path], tmp_path / "library.db")
    assert len(summary.imported) == 4
    ((source, reason),) = summary.failed
    assert source == str(path) and "line 3" in reason and "row may hold" in reason


def test_a_csv_cell_above_the_row_limit_is_skipped_and_the_rest_comes_in(tmp_path):
    rows = dataset_rows(3)
    path = tmp_path / "collection.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "text"])
        writer.writerow([rows[0]["title"], rows[0]["text"]])
        writer.writerow(["巨大", "会談" * (ROW_LIMIT // 2 + 10)])
        for row in rows[1:]:
            writer.writerow([row["title"], row["text"]])
    summary = import_paths([path], tmp_path / "library.db")
    assert len(summary.imported) == 3
    ((source, reason),) = summary.failed
    assert source == str(path) and "row 2" in reason


def test_dataset_files_are_read_as_a_stream_in_their_own_encoding(tmp_path):
    rows = dataset_rows(30)
    rows = rows * (2 * SAMPLE_BYTES // len(json.dumps(rows, ensure_ascii=False).encode()) + 1)
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"
    assert len(text.encode("utf-8")) > 1.5 * SAMPLE_BYTES  # the encoding is found on a part of the file
    for encoding in ("utf-8", "utf-8-sig", "cp932", "euc_jp", "utf-16"):
        path = tmp_path / f"rows-{encoding}.jsonl"
        path.write_bytes(text.encode(encoding, errors="ignore"))
        with open_text(path) as handle:
            read = [line for _, line in bounded_lines(handle)]
        assert [json.loads(line)["title"] for line in read] == [r["title"] for r in rows], encoding
