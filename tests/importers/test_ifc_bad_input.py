"""Unreadable IFC files each get their own clear ImportFailedError naming the file, never a traceback.

The bad files are written here from bytes.
"""

from __future__ import annotations

import io
import zipfile

import pytest

import importers
from importers.errors import ImportFailedError
from importers.ifc import read_ifc
from importers.report import ImportOptions

HEADER = b"""ISO-10303-21;
HEADER;
FILE_DESCRIPTION(('ViewDefinition [CoordinationView]'),'2;1');
FILE_NAME('t.ifc','2024-01-01T00:00:00',(''),(''),'hand','hand','');
FILE_SCHEMA(('%s'));
ENDSEC;
DATA;
"""
#: The smallest model the reader accepts: a project and nothing else.
PROJECT = b"""#1=IFCPROJECT('0YvctVUKr0kugbFTf53O9L',$,'Empty',$,$,$,$,$,$);
ENDSEC;
END-ISO-10303-21;
"""


def step(schema: str = "IFC4", data: bytes = PROJECT) -> bytes:
    return HEADER % schema.encode() + data


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.ifc", b"", "the file is empty"),
        ("blank.ifc", b"\n  \n", "the file is empty"),
        ("junk.ifc", bytes(range(256)) * 8, "binary data"),
        ("text.ifc", b"solid cube\nfacet normal 0 0 1\n", "does not start with ISO-10303-21"),
        ("truncated.ifc", step()[:-40], "truncated"),
        ("no_schema.ifc", step().replace(b"FILE_SCHEMA(('IFC4'));", b""), "names no schema"),
        ("old_schema.ifc", step("IFC2X_FINAL"), "schema 'IFC2X_FINAL' is not supported"),
        ("future_schema.ifc", step("IFC5"), "schema 'IFC5' is not supported"),
        ("no_project.ifc", step(data=b"#1=IFCPERSON($,$,$,$,$,$,$,$);\nENDSEC;\nEND-ISO-10303-21;\n"), "IfcProject"),
        ("not_a_zip.ifczip", step(), "not one"),
        ("no_ifc_inside.ifczip", zipped({"readme.txt": b"hello"}), "holds no .ifc file (it holds readme.txt)"),
        ("empty_zip.ifczip", zipped({}), "holds no .ifc file"),
        ("junk_inside.ifczip", zipped({"model.ifc": b"\x00\x01\x02" * 100}), "binary data"),
    ],
)
def test_a_bad_file_gets_a_clear_error_naming_it(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFailedError) as caught:
        read_ifc(path)
    assert caught.value.path == path
    assert str(caught.value).startswith(f"{name}: ")
    assert problem in caught.value.problem


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.ifc"
    path.write_bytes(step())
    with pytest.raises(ImportFailedError, match="more than the"):
        read_ifc(path, options=ImportOptions(max_bytes=100))


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(ImportFailedError, match=r"missing\.ifc: no such file"):
        read_ifc(tmp_path / "missing.ifc")


def test_the_registry_reads_ifc_and_ifczip_and_keeps_the_clear_errors(tmp_path):
    assert {".ifc", ".ifczip"} <= set(importers.known_suffixes())
    path = tmp_path / "old.ifc"
    path.write_bytes(step("IFC2X_FINAL"))
    with pytest.raises(ImportFailedError, match="not supported"):
        importers.load(path)


def test_a_model_with_only_a_project_gives_an_empty_venue_and_says_why(tmp_path):
    path = tmp_path / "empty_project.ifc"
    path.write_bytes(step())
    result = read_ifc(path)
    assert list(result.venue.levels) == ["level-0"]  # one synthetic level: no storey in the file
    assert not result.venue.spaces and not result.venue.openings
    assert any("no storey" in w for w in result.report.warnings)
    assert any("no spaces could be derived" in w for w in result.report.warnings)


@pytest.mark.parametrize("schema", ["IFC4X3", "IFC4X3_TC1", "IFC4X3_ADD1"])
def test_draft_ifc4x3_headers_are_read_as_the_final_schema(tmp_path, schema):
    path = tmp_path / "draft.ifc"
    path.write_bytes(step(schema))
    result = read_ifc(path)
    assert result.venue.name == "Empty"
    assert f"the header names schema {schema}; read as IFC4X3_ADD2" in result.report.warnings


def test_an_ifczip_is_read_like_the_ifc_it_holds(tmp_path):
    plain = tmp_path / "m.ifc"
    plain.write_bytes(step())
    packed = tmp_path / "m.ifczip"
    packed.write_bytes(zipped({"folder/m.IFC": step()}))
    a, b = read_ifc(plain).venue, read_ifc(packed).venue
    assert (a.name, list(a.levels)) == (b.name, list(b.levels))
    assert a.source.sha256 != b.source.sha256  # each is the hash of the file on disk
