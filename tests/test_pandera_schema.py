"""pandera_schema: user schemas (YAML or Python) bound to tables; exact errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

import figcheck
from figcheck.checks.pandera_schema import SchemaError, load_schema
from figcheck.ingest import InputError

CSV = "year,region,value\n2019,North,10\n2020,,-5\n2020,South,7\n2022,East,-1\n"
YAML = """\
schema_type: dataframe
columns:
  year:
    dtype: int64
    unique: true
  region:
    dtype: str
    nullable: false
  value:
    dtype: int64
    greater_than: 0
  share:
    dtype: float64
"""
PYTHON = """\
import pandera.pandas as pa

schema = pa.DataFrameSchema({"value": pa.Column(int, pa.Check.in_range(0, 8))})
"""


def _folder(tmp_path: Path, name: str, text: str, extra: str = "") -> Path:
    (tmp_path / "t.csv").write_text(CSV, encoding="utf-8")
    (tmp_path / "schemas").mkdir(exist_ok=True)
    (tmp_path / "schemas" / name).write_text(text, encoding="utf-8")
    (tmp_path / "figcheck.toml").write_text(
        f'[tables."t.csv"]\nchecks = ["pandera_schema"]\nschema = "schemas/{name}"\n' + extra,
        encoding="utf-8",
    )
    return tmp_path


def _messages(folder: Path) -> list[str]:
    findings = figcheck.audit(folder, checks=["pandera_schema"]).findings
    assert "ingest" not in set(findings["check"])  # the schema file is an input, not a source
    return list(findings["message"])


def test_yaml_schema_failures_become_one_finding_per_column_and_check(tmp_path: Path):
    folder = _folder(tmp_path, "t.yaml", YAML)
    f = figcheck.audit(folder, checks=["pandera_schema"]).findings
    assert list(f["message"]) == [
        "t.csv: column 'share' fails pandera check column_in_dataframe of schema "
        "schemas/t.yaml (1 case: found share).",
        "t.csv: column 'year' fails pandera check field_uniqueness of schema schemas/t.yaml "
        "(2 cases: rows 1 (2020), 2 (2020)).",
        "t.csv: column 'region' fails pandera check not_nullable of schema schemas/t.yaml "
        "(1 case: rows 1 (None)).",
        "t.csv: column 'value' fails pandera check greater_than(0) of schema schemas/t.yaml "
        "(2 cases: rows 1 (-5), 3 (-1)).",
    ]
    assert [r for r in f["rows"]] == [[], [1, 2], [1], [1, 3]]
    assert list(f["column"]) == ["share", "year", "region", "value"]
    assert set(f["severity"]) == {"error"} and set(f["table"]) == {"t.csv"}
    assert f["details"].iloc[3]["values"] == [-5, -1]


def test_python_schema_and_severity_option(tmp_path: Path):
    opts = '[tables."t.csv".options.pandera_schema]\nseverity = "warning"\n'
    folder = _folder(tmp_path, "t.py", PYTHON, opts)
    f = figcheck.audit(folder, checks=["pandera_schema"]).findings
    assert list(f["message"]) == [
        "t.csv: column 'value' fails pandera check in_range(0, 8) of schema schemas/t.py "
        "(3 cases: rows 0 (10), 1 (-5), 3 (-1))."
    ]
    assert list(f["severity"]) == ["warning"]


def test_a_valid_table_gives_no_findings(tmp_path: Path):
    ok = "columns:\n  year:\n    dtype: int64\n    in_range: {min_value: 2000, max_value: 2030}\n"
    assert _messages(_folder(tmp_path, "ok.yml", ok)) == []


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("typo.yaml", "columns:\n  year:\n    dtype: int64\n    greter_than: 0\n",
         "typo.yaml: columns.year: unknown key 'greter_than' (did you mean 'greater_than'?); "
         "valid: checks, coerce, default, description, drop_invalid_rows, dtype, name, nullable, "
         "regex, report_duplicates, required, title, unique, or a check such as equal_to, "
         "greater_than, greater_than_or_equal_to, in_range, isin, less_than, "
         "less_than_or_equal_to, not_equal_to, notin, str_length, str_matches"),
        ("top.yaml", "columnz:\n  year:\n    dtype: int64\n",
         "top.yaml: unknown key 'columnz'; valid keys: add_missing_columns, api, checks, coerce, "
         "columns, dataframe_library, description, drop_invalid_rows, dtype, index, metadata, "
         "multiindex, name, ordered, report_duplicates, schema_type, strict, title, unique, "
         "unique_column_names, version"),
        ("bad.yaml", "columns:\n  year: [\n",
         "bad.yaml: not valid YAML (line 3, column 1: expected the node content, but found "
         "'<stream end>'); fix the file"),
        ("dtype.yaml", "columns:\n  year:\n    dtype: integr\n",
         "dtype.yaml: pandera cannot build it: data type 'integr' not understood"),
        ("list.yaml", "- year\n",
         "list.yaml: a schema is a mapping with 'columns: {name: {dtype: ...}}'"),
        ("none.py", "x = 1\n",
         "none.py: defines no `schema` (a pandera DataFrameSchema or DataFrameModel); "
         "it defines x"),
        ("boom.py", "raise RuntimeError('no database here')\n",
         "boom.py: importing it failed: RuntimeError: no database here"),
    ],
)  # fmt: skip
def test_bad_schema_files_name_the_file_and_the_problem(
    tmp_path: Path, name: str, text: str, expected: str
):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SchemaError) as info:
        load_schema(path, name)
    assert str(info.value) == expected


def test_bad_schema_file_is_an_error_finding(tmp_path: Path):
    folder = _folder(tmp_path, "none.py", "x = 1\n")
    assert _messages(folder) == [
        "t.csv: pandera_schema cannot run: schemas/none.py: defines no `schema` (a pandera "
        "DataFrameSchema or DataFrameModel); it defines x"
    ]
    (folder / "schemas" / "none.py").unlink()
    assert _messages(folder) == [
        "t.csv: pandera_schema cannot run: schemas/none.py: no such schema file; fix the path"
    ]


def test_python_data_frame_model_is_accepted(tmp_path: Path):
    model = (
        "import pandera.pandas as pa\n\n\nclass schema(pa.DataFrameModel):\n"
        "    year: int = pa.Field(ge=2020)\n"
    )
    assert _messages(_folder(tmp_path, "m.py", model)) == [
        "t.csv: column 'year' fails pandera check greater_than_or_equal_to(2020) of schema "
        "schemas/m.py (1 case: rows 0 (2019))."
    ]


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ('[tables."t.csv"]\nchecks = ["pandera_schema"]\nschema = "s.txt"\n',
         "tables.\"t.csv\".schema: 's.txt' is not a schema path; expected a file ending .yaml, "
         ".yml, .py"),
        ('[tables."t.csv"]\nschema = "s.yaml"\n',
         'tables."t.csv".schema: add "pandera_schema" to checks to use it'),
        ('[tables."t.csv"]\nchecks = ["pandera_schema"]\n',
         "tables.\"t.csv\".checks: 'pandera_schema' needs schema = \"schema.yaml\""),
    ],
)  # fmt: skip
def test_config_errors_for_schema(tmp_path: Path, toml: str, expected: str):
    (tmp_path / "t.csv").write_text(CSV, encoding="utf-8")
    (tmp_path / "figcheck.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(InputError) as info:
        figcheck.audit(tmp_path)
    assert str(info.value) == f"{tmp_path / 'figcheck.toml'}: {expected}"
