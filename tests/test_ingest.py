"""Ingest: documents, tables and the manifest; every problem names the file, line and fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from figcheck.ingest import InputError, load_folder


def _messages(findings) -> list[tuple[str, str]]:
    return [(f.severity, f.message) for f in findings]


def _write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def test_manifest_metadata_and_its_problems(tmp_path: Path):
    _write(
        tmp_path,
        {
            "sources.csv": (
                "file,outlet,published,url,standing\n"
                "a.md,Alpha,2024-01-02,https://a.example/1,high\n"
                "b.md,Beta,02/01/2024,,famous\n"
                "gone.md,Gamma,2024-01-03,,low\n"
            ),
            "a.md": "Some 42 drones were launched.\n",
            "b.md": "About 7 drones were launched.\n",
            "c.md": "Nine drones were launched.\n",
            "notes.pdf": "%PDF",
            "README.md": "not a source\n",
        },
    )
    docs, tables, findings = load_folder(tmp_path)
    assert [d.id for d in docs] == ["a.md", "b.md", "c.md"]
    assert docs[0].meta["outlet"] == "Alpha" and docs[0].meta["standing"] == "high"
    assert docs[1].meta["published"] is None and docs[1].meta["standing"] is None
    assert tables == []
    assert sorted(_messages(findings)) == sorted(
        [
            (
                "warning",
                "sources.csv line 3, column 'published': '02/01/2024' is not a date; "
                "write YYYY-MM-DD",
            ),
            (
                "warning",
                "sources.csv line 3, column 'standing': 'famous' is not one of high, medium, low",
            ),
            (
                "error",
                f"sources.csv line 4: 'gone.md' does not exist in {tmp_path}; "
                "fix the path or remove the row",
            ),
            (
                "info",
                "c.md: not listed in sources.csv, read without outlet or date; add a row for it",
            ),
            (
                "info",
                "notes.pdf: skipped, unsupported file type '.pdf'; "
                "supported: .txt, .md, .markdown, .html, .htm, .csv, .csv.gz",
            ),
        ]
    )


def test_manifest_without_file_column(tmp_path: Path):
    _write(tmp_path, {"sources.csv": "path,outlet\na.md,A\n", "a.md": "5 drones.\n"})
    docs, _, findings = load_folder(tmp_path)
    assert len(docs) == 1
    assert _messages(findings)[0] == (
        "error",
        "sources.csv: no 'file' column (found: path, outlet); "
        "the columns are file, outlet, published, url, standing",
    )


def test_tables_and_empty_documents(tmp_path: Path):
    _write(tmp_path, {"t/x.csv": "year,value\n2020,1.5\n2021,2\n", "empty.txt": ""})
    docs, tables, findings = load_folder(tmp_path)
    assert [t.id for t in tables] == ["t/x.csv"]
    assert list(tables[0].frame.columns) == ["year", "value"]
    assert "pyarrow" in str(tables[0].frame["value"].dtype)
    assert _messages(findings) == [("warning", "empty.txt: the file is empty")]
    assert docs[0].id == "empty.txt"


def test_html_becomes_visible_text(tmp_path: Path):
    page = (
        "<html><head><title>T</title><script>var x = 99;</script></head><body>"
        "<nav>Home 1 2 3</nav><article><p>Officials said 116 drones &amp; 3 jets "
        "&lt;b&gt;flew&lt;/b&gt;.</p></article></body></html>"
    )
    _write(tmp_path, {"p.html": page})
    docs, _, _ = load_folder(tmp_path)
    assert docs[0].text == "T\n\nOfficials said 116 drones & 3 jets <b>flew</b>.\n"


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (None, "no such folder; give the folder that holds your sources"),
        ("file", "not a folder; give the folder that holds your sources"),
        (
            "empty",
            "no sources found; supported files: .txt, .md, .markdown, .html, .htm, .csv, .csv.gz",
        ),
    ],
)
def test_unusable_folder_is_an_input_error(tmp_path: Path, setup, message):
    target = tmp_path / "x"
    if setup == "file":
        target.write_text("hi")
    elif setup == "empty":
        target.mkdir()
    with pytest.raises(InputError) as info:
        load_folder(target)
    assert str(info.value) == f"{target}: {message}"
