"""expand_paths on folders with links, odd names and overlaps: the files, their order, given as strings; and
every entry the walk cannot read (a broken link, a pipe or socket named .txt, a folder that will not open, a link
to a folder outside the import) named with its reason, never passed over without a word."""

from __future__ import annotations

import errno
import os
import socket
from pathlib import Path

from core.ingest import expand_paths
from core.ingest.paths import BROKEN_LINK, FOLDER_LINK, NOT_REGULAR

ARTICLE = "岸田文雄首相は１０日、訪日中のバイデン米大統領と首相官邸で会談した。"


def write(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLE, encoding="utf-8")


def relative(files: list[str], root: Path) -> list[str]:
    return [Path(f).relative_to(root).as_posix() for f in files]


def test_folders_are_sorted_name_by_name_not_as_one_string(tmp_path):
    # As strings "a-b/c.txt" < "a.b/d.txt" < "a/b.txt" ("-" and "." sort before "/"); name by name "a" comes first,
    # and the folder "a/b" before the file "a/b.txt".
    write(tmp_path, "a-b/c.txt", "a.b/d.txt", "a/b.txt", "a/b/deep.txt", "ab.txt", "A/x.html")
    files, refused = expand_paths([tmp_path])
    assert relative(files, tmp_path) == ["A/x.html", "a/b/deep.txt", "a/b.txt", "a-b/c.txt", "a.b/d.txt", "ab.txt"]
    assert refused == []
    assert all(type(f) is str for f in files)


def test_a_folder_named_like_a_file_is_walked(tmp_path):
    write(tmp_path, "2011.txt/記事.txt", "notes.TXT")
    files, _ = expand_paths([tmp_path])
    assert relative(files, tmp_path) == ["2011.txt/記事.txt", "notes.TXT"]


def test_a_link_to_a_file_is_listed_once_where_first_met(tmp_path):
    write(tmp_path, "b/article.txt")
    os.symlink(tmp_path / "b" / "article.txt", tmp_path / "a-link.txt")  # sorted before the file it points to
    os.symlink("../b/article.txt", tmp_path / "b" / "z-link.txt")        # a relative link after it
    files, refused = expand_paths([tmp_path])
    assert relative(files, tmp_path) == ["a-link.txt"]
    assert refused == []


def test_links_to_folders_are_not_followed_and_loops_are_safe(tmp_path):
    write(tmp_path, "a/one.txt")
    os.symlink(tmp_path / "a", tmp_path / "b-link")          # to a folder already walked
    os.symlink(tmp_path, tmp_path / "a" / "loop")            # a folder loop
    os.symlink("self.txt", tmp_path / "a" / "self.txt")      # a file loop
    os.symlink("gone.txt", tmp_path / "a" / "broken.txt")    # a link to nothing
    os.symlink(tmp_path / "a", tmp_path / "folder.txt")      # a folder link with a file's name
    os.symlink("gone", tmp_path / "a" / "gone-folder")       # a broken link with no name Kaidan reads
    files, refused = expand_paths([tmp_path])
    assert relative(files, tmp_path) == ["a/one.txt"]
    # The links into the folder imported lose nothing and are not said; the file links that lead nowhere are.
    assert [(Path(path).relative_to(tmp_path).as_posix(), reason) for path, reason in refused] == [
        ("a/broken.txt", BROKEN_LINK), ("a/self.txt", "cannot read: Too many levels of symbolic links")]
    assert refused[1][1].code == "cannot_read" and refused[1][1].details["errno"] == errno.ELOOP


def test_a_link_to_a_folder_outside_the_import_is_named(tmp_path):
    write(tmp_path, "news/a.txt", "archive/2011/b.txt")
    os.symlink(tmp_path / "archive", tmp_path / "news" / "old")
    files, refused = expand_paths([tmp_path / "news"])
    assert relative(files, tmp_path) == ["news/a.txt"]
    assert refused == [(str(tmp_path / "news" / "old"), FOLDER_LINK)]
    # Given too, the folder it leads to is walked, and the link is not said.
    files, refused = expand_paths([tmp_path / "news", tmp_path / "archive"])
    assert relative(files, tmp_path) == ["news/a.txt", "archive/2011/b.txt"] and refused == []


def test_a_pipe_a_socket_or_a_device_named_like_an_article_is_named_without_being_opened(tmp_path, monkeypatch):
    write(tmp_path, "a.txt")
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would wait for a writer forever
    os.symlink(os.devnull, tmp_path / "null.txt")
    monkeypatch.chdir(tmp_path)  # a socket's path has a length limit: bound by its relative name
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind("sock.txt")
        files, refused = expand_paths([tmp_path])
    finally:
        server.close()
    assert relative(files, tmp_path) == ["a.txt"]
    assert refused == [(str(tmp_path / name), NOT_REGULAR) for name in ("null.txt", "pipe.txt", "sock.txt")]


def test_a_folder_holding_only_a_broken_link_says_the_link_not_an_empty_folder(tmp_path):
    folder = tmp_path / "saved"
    folder.mkdir()
    os.symlink("moved-away.txt", folder / "article.txt")
    assert expand_paths([folder]) == ([], [(str(folder / "article.txt"), BROKEN_LINK)])


def test_a_file_in_two_given_folders_is_listed_once(tmp_path):
    write(tmp_path, "a/one.txt", "a/two.txt", "top.txt")
    files, _ = expand_paths([tmp_path / "a" / "two.txt", tmp_path / "a", tmp_path])
    assert relative(files, tmp_path) == ["a/two.txt", "a/one.txt", "top.txt"]
    # The same folder written two ways is still one folder.
    files, _ = expand_paths([tmp_path / "a", str(tmp_path / "x" / ".." / "a") + "/"])
    assert relative(files, tmp_path) == ["a/one.txt", "a/two.txt"]


def test_relative_folders_are_written_as_paths_write_them(tmp_path, monkeypatch):
    write(tmp_path, "news/a.txt", "news/sub/b.txt")
    monkeypatch.chdir(tmp_path)
    assert expand_paths(["."])[0] == ["news/a.txt", "news/sub/b.txt"]
    assert expand_paths(["./news/"])[0] == ["news/a.txt", "news/sub/b.txt"]
    assert expand_paths(["news//sub"])[0] == ["news/sub/b.txt"]


def test_a_folder_that_cannot_be_read_is_named_and_the_rest_walked(tmp_path, monkeypatch):
    write(tmp_path, "open/a.txt", "shut/b.txt")
    shut, scandir = str(tmp_path / "shut"), os.scandir

    def refusing(folder):  # what a folder without read permission does (root reads every folder, so it is faked)
        if os.fspath(folder) == shut:
            raise PermissionError(13, "Permission denied", shut)
        return scandir(folder)

    monkeypatch.setattr("core.ingest.paths.os.scandir", refusing)
    files, refused = expand_paths([tmp_path])
    assert relative(files, tmp_path) == ["open/a.txt"]
    assert refused == [(shut, "cannot open the folder: Permission denied")]
    assert refused[0][1].code == "cannot_open_folder" and refused[0][1].details["errno"] == errno.EACCES
    # The folder given is the one that will not open: said once, not also as a folder with nothing to read.
    assert expand_paths([shut]) == ([], [(shut, "cannot open the folder: Permission denied")])
