"""``sources.scan``: which entries of the raw folder are input files, what is refused and why, in what order; one
listing per folder and the listing's stat handed to the hasher (a national folder holds 100,000 files)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from ocop_pipeline import cache, sources

A = b"Tinh Long An co 180 san pham OCOP.\n"


def _table(files: list[sources.RawFile]) -> dict[str, tuple[int, str | None, str | None]]:
    return {f.source_id: (f.size_bytes, f.sha256, f.problem) for f in files}


@pytest.fixture()
def hostile(tmp_path: Path) -> Path:
    """Every kind of entry an articles/ and a spreadsheets/ folder can hold."""
    raw, outside = tmp_path / "raw", tmp_path / "elsewhere"
    articles, sheets = raw / "articles", raw / "spreadsheets"
    for folder in (articles / "sub" / "deeper", articles / ".hidden", articles / "dir.txt", sheets, raw / "more",
                   outside):
        folder.mkdir(parents=True)
    (articles / "a.txt").write_bytes(A)
    (articles / "B.TXT").write_bytes(b"b")
    (articles / "sub" / "c.txt").write_bytes(b"c")
    (articles / "sub" / "deeper" / "d.txt").write_bytes(b"d")
    (articles / "dir.txt" / "e.txt").write_bytes(b"e")
    (articles / ".hidden" / "h.txt").write_bytes(b"h")  # a dot-folder is entered: only names are filtered
    for name in (".dot.txt", ".txt", "manifest.csv", "noext", "trailing.", "notes.md"):
        (articles / name).write_bytes(b"x")
    (articles / "sub" / "manifest.csv").write_bytes(b"x")
    (outside / "secret.txt").write_bytes(b"secret")
    (articles / "secret.txt").symlink_to(outside / "secret.txt")
    (articles / "link_to_a.txt").symlink_to(articles / "a.txt")
    (articles / "gone.txt").symlink_to(tmp_path / "nothing.txt")
    (articles / "self.txt").symlink_to(articles / "self.txt")
    (articles / "folder").symlink_to(outside, target_is_directory=True)
    (articles / "more").symlink_to(raw / "more", target_is_directory=True)
    (articles / ".more").symlink_to(raw / "more", target_is_directory=True)
    os.mkfifo(articles / "pipe.txt")
    (sheets / "a.xlsx").write_bytes(b"q")
    (sheets / "b.CSV").write_bytes(b"q2")
    (sheets / "c.pdf").write_bytes(b"q3")
    (sheets / "link.csv").symlink_to(articles / "a.txt")
    (sheets / "more").symlink_to(raw / "more", target_is_directory=True)
    return raw


def test_every_entry_is_read_refused_with_its_reason_or_passed_over(hostile: Path) -> None:
    sha_a = sources.sha256_of(hostile / "articles" / "a.txt")
    articles = _table(sources.scan(hostile, "article"))
    assert list(articles) == sorted(articles), "sorted by source_id"
    readable = {k: v[1] for k, v in articles.items() if v[2] is None}
    assert set(readable) == {"articles/a.txt", "articles/B.TXT", "articles/sub/c.txt", "articles/sub/deeper/d.txt",
                             "articles/dir.txt/e.txt", "articles/.hidden/h.txt", "articles/link_to_a.txt"}
    assert readable["articles/link_to_a.txt"] == readable["articles/a.txt"] == sha_a
    assert articles["articles/a.txt"][0] == len(A) and articles["articles/link_to_a.txt"][0] == len(A), \
        "a link's size is its target's"
    refused = {k: v[2] for k, v in articles.items() if v[2] is not None}
    assert set(refused) == {"articles/secret.txt", "articles/gone.txt", "articles/self.txt", "articles/folder",
                            "articles/more", "articles/pipe.txt"}
    assert all(articles[k][1] is None for k in refused), "never read"
    assert "outside the raw folder" in refused["articles/secret.txt"]
    assert "outside the raw folder" in refused["articles/folder"]
    assert refused["articles/gone.txt"].startswith("broken symbolic link")
    assert refused["articles/self.txt"].startswith("broken symbolic link")
    assert "folders are not followed" in refused["articles/more"]
    assert refused["articles/pipe.txt"].startswith("not a regular file")
    assert articles["articles/secret.txt"][0] == len(os.readlink(hostile / "articles" / "secret.txt")), \
        "a refused link's size is the link's own"

    sheets = _table(sources.scan(hostile, "spreadsheet"))
    assert {k: v[2] is None for k, v in sheets.items()} == {
        "spreadsheets/a.xlsx": True, "spreadsheets/b.CSV": True, "spreadsheets/link.csv": True,
        "spreadsheets/more": False}
    assert sheets["spreadsheets/link.csv"][1] == sha_a, "a link to a file inside the raw folder is read"


def test_a_bare_folder_is_read_flat(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_bytes(b"1")
    (tmp_path / "two.xlsx").write_bytes(b"2")
    (tmp_path / "sub.txt").mkdir()  # a folder is never an input file here, whatever its name
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "deep.txt").write_bytes(b"3")  # not descended into
    (tmp_path / "dlink.txt").symlink_to(tmp_path / "d", target_is_directory=True)
    (tmp_path / "dlink").symlink_to(tmp_path / "d", target_is_directory=True)
    (tmp_path / "manifest.csv").write_bytes(b"m")
    (tmp_path / ".p.txt").write_bytes(b"p")
    articles = _table(sources.scan(tmp_path, "article"))
    assert list(articles) == ["dlink.txt", "one.txt"]
    assert articles["one.txt"][2] is None and "folders are not followed" in articles["dlink.txt"][2]
    assert list(_table(sources.scan(tmp_path, "spreadsheet"))) == ["two.xlsx"]
    assert sources.scan(tmp_path / "missing", "article") == []


def test_a_file_that_cannot_be_read_is_listed_with_the_reason(hostile: Path) -> None:
    def refusing(path: Path, stat: os.stat_result | None = None) -> str:
        if path.name == "a.txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return sources.sha256_of(path)

    files = _table(sources.scan(hostile, "article", refusing))
    assert files["articles/a.txt"] == (len(A), None, "cannot read the file: Permission denied")


def test_a_folder_that_cannot_be_listed_is_passed_over(hostile: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As os.walk does: the rest of the folder is still read (the refresh's not_smaller check guards against a
    folder gone missing)."""
    scandir = os.scandir

    def refusing(path):
        if str(path).endswith("sub"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(sources.os, "scandir", refusing)
    found = set(_table(sources.scan(hostile, "article")))
    assert "articles/a.txt" in found and not any(s.startswith("articles/sub/") for s in found)


def test_the_hasher_gets_the_listing_stat_and_takes_none_itself(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """One stat per file: the listing's, handed to ``cache.Hasher``, which then stats nothing for a file it
    already knows (a national folder of 100,000 files took four system calls per file before)."""
    folder = tmp_path / "raw" / "articles"
    folder.mkdir(parents=True)
    for i in range(20):
        (folder / f"a{i:02d}.txt").write_bytes(A + bytes([i]))
    store = cache.Store(tmp_path / "cache")
    monkeypatch.setattr(cache, "RACY_S", 0.0)
    first = cache.Hasher(store, folder)
    expected = _table(sources.scan(tmp_path / "raw", "article", first))
    first.flush()
    assert first.hashed == 20

    calls = []
    real_stat = os.stat
    monkeypatch.setattr(os, "stat", lambda *a, **k: calls.append(a) or real_stat(*a, **k))
    again = cache.Hasher(store, folder)
    assert _table(sources.scan(tmp_path / "raw", "article", again)) == expected
    assert again.reused == 20 and again.hashed == 0
    assert not [c for c in calls if str(c[0]).endswith(".txt")], "no file stat-ed again: the listing's stat served"
    store.close()


def test_duplicates_point_at_the_first_readable_file_of_their_content() -> None:
    def raw(name: str, digest: str | None, size: int = 10, problem: str | None = None) -> sources.RawFile:
        return sources.RawFile(name, Path(name), "article", digest, size, problem)

    files = [raw("a.txt", None, problem="cannot read the file"), raw("b.txt", "x"), raw("c.txt", "x"),
             raw("d.txt", "y", size=500), raw("e.txt", "y", size=500), raw("f.txt", "x")]
    assert sources.duplicates(files) == {"c.txt": "b.txt", "e.txt": "d.txt", "f.txt": "b.txt"}
    # Too big to be read, a file stands for no other: the next one of its content is no duplicate either.
    assert sources.duplicates(files, max_first_bytes=100) == {"c.txt": "b.txt", "f.txt": "b.txt"}
