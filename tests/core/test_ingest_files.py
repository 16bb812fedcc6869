"""Text files, folders and broken input through read_path and expand_paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.ingest import SUPPORTED, IngestError, expand_paths, read_path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
LIVEDOOR = SHARED / "corpus" / "livedoor" / "text"


def need(paths):
    if not paths:
        pytest.fail("shared inputs not available", pytrace=False)
    return paths


def test_seed_page_dump_is_one_cleaned_article():
    path = need(SEEDS)[0]
    (article,) = list(read_path(path))
    assert article.source == str(path)
    assert article.source_format == "txt"
    assert article.raw == path.read_text(encoding="utf-8")
    # The cleaner ran: it chose body lines out of the raw text.
    assert article.paragraphs
    assert all(p.strip() in article.raw for p in article.paragraphs)


def test_seed_in_cp932_with_crlf_is_the_same_article(tmp_path):
    path = need(SEEDS)[2]
    text = path.read_text(encoding="utf-8")
    legacy = text.encode("cp932", errors="ignore").decode("cp932")
    copy = tmp_path / "seed_sjis.txt"
    copy.write_bytes(legacy.replace("\n", "\r\n").encode("cp932"))
    (article,) = list(read_path(copy))
    assert article.raw == legacy


def test_livedoor_article_read_as_text():
    files = need(sorted((LIVEDOOR / "topic-news").glob("topic-news-*.txt"))[:3])
    for path in files:
        (article,) = list(read_path(path))
        text = path.read_text(encoding="utf-8")
        assert article.raw == text
        assert article.body
        assert text.split("\n")[0].startswith("http")


def test_twenty_megabyte_text_file(tmp_path):
    files = sorted(LIVEDOOR.glob("*/*.txt"))[:400] if LIVEDOOR.exists() else []
    chunk = "\n\n".join(p.read_text(encoding="utf-8") for p in need(files))
    path = tmp_path / "big.txt"
    with path.open("w", encoding="utf-8") as out:
        size = 0
        while size < 20_000_000:
            out.write(chunk + "\n")
            size += len(chunk.encode("utf-8")) + 1
    (article,) = list(read_path(path))
    assert len(article.raw) == len(path.read_text(encoding="utf-8"))
    assert article.paragraphs


def make_tree(root: Path) -> None:
    (root / "b").mkdir()
    (root / "a").mkdir()
    (root / ".hidden").mkdir()
    for name in ("a/2.txt", "a/1.html", "b/rows.jsonl", "b/sheet.csv", "top.htm", "z.json",
                 ".hidden/secret.txt", "a/.dotfile.txt", "b/~$sheet.csv",
                 "b/scan.pdf", "a/photo.png", "b/notes.docx", "b/data.tsv"):
        (root / name).write_text("x", encoding="utf-8")


def test_expand_paths_walks_folders_in_a_stable_order(tmp_path):
    make_tree(tmp_path)
    files, refused = expand_paths([tmp_path])
    assert [Path(f).relative_to(tmp_path).as_posix() for f in files] == [
        "a/1.html", "a/2.txt", "b/data.tsv", "b/rows.jsonl", "b/sheet.csv", "top.htm", "z.json",
    ]
    assert refused == []
    assert all(isinstance(f, str) and Path(f).suffix in SUPPORTED for f in files)


def test_expand_paths_reports_explicit_bad_paths(tmp_path):
    make_tree(tmp_path)
    missing = tmp_path / "gone.txt"
    files, refused = expand_paths([tmp_path / "b" / "scan.pdf", missing, tmp_path / "top.htm",
                                   str(tmp_path / "top.htm"), tmp_path / "a"])
    assert [Path(f).name for f in files] == ["top.htm", "1.html", "2.txt"]
    assert refused == [
        (str(tmp_path / "b" / "scan.pdf"), "unsupported file type .pdf"),
        (str(missing), "no such file or folder"),
    ]


def test_explicit_hidden_file_is_read(tmp_path):
    path = tmp_path / ".draft.txt"
    path.write_text("外相会談の下書き。", encoding="utf-8")
    files, refused = expand_paths([path])
    assert files == [str(path)] and refused == []


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "cannot decode: not text"),
        ("blank.txt", b"", "empty file"),
        ("spaces.txt", b" \r\n\t\r\n", "empty file"),
        ("rows.jsonl", b"", "empty file"),
        ("broken.json", b'{"text": ', "not valid JSON on line 1"),
        ("report.pdf", b"%PDF-1.4", "unsupported file type .pdf"),
    ],
)
def test_broken_files_raise_ingest_error_with_the_reason(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(IngestError) as caught:
        list(read_path(path))
    assert str(caught.value) == reason


def test_missing_file_raises_ingest_error(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        list(read_path(tmp_path / "nothing.txt"))
