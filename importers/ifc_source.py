"""Open an IFC file (``.ifc`` text or ``.ifczip``) with ifcopenshell, refusing bad input with a clear error.

Every way a file can be unreadable (empty, truncated, binary junk, a schema
ifcopenshell does not know, a broken zip, too large) becomes one
:class:`~importers.errors.ImportFailedError` naming the file and the problem.
"""

from __future__ import annotations

import hashlib
import logging
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from importers.errors import ImportFailedError
from importers.report import ImportOptions
from importers.source import read_bytes

log = logging.getLogger(__name__)

#: Header names of IFC 4.3 drafts that ifcopenshell reads as the final IFC4X3_ADD2 schema.
_IFC4X3_ALIASES = ("IFC4X3", "IFC4X3_RC1", "IFC4X3_RC2", "IFC4X3_RC3", "IFC4X3_RC4", "IFC4X3_TC1", "IFC4X3_ADD1")
_SCHEMA_RE = re.compile(rb"FILE_SCHEMA\s*\(\s*\(\s*'([^']*)'", re.IGNORECASE)
_END_RE = re.compile(rb"END-ISO-10303-21\s*;\s*\Z")
_MAGIC = b"ISO-10303-21;"


@dataclass(frozen=True, slots=True)
class Source:
    """An opened IFC model and what the import needs to know about the file.

    model : the ``ifcopenshell.file``.
    sha256 : hex digest of the file as stored on disk (the zip for ``.ifczip``).
    schema : the schema named in the file's header.
    notes : warnings for the import report (for example a schema read as another).
    """

    model: object
    sha256: str
    schema: str
    notes: tuple[str, ...] = ()


def open_ifc(ifcopenshell: ModuleType, path: Path, options: ImportOptions) -> Source:
    """Read `path` into an ifcopenshell model.

    Raises
    ------
    ImportFailedError
        When the file is missing, empty, larger than ``options.max_bytes``, not an
        IFC STEP file, truncated, written in a schema ifcopenshell cannot read, or
        (``.ifczip``) not a zip or a zip holding no ``.ifc``.
    """
    raw = read_bytes(path, options)
    sha256 = hashlib.sha256(raw).hexdigest()
    from_zip = path.suffix.lower() == ".ifczip"
    text = _unzip(path, raw) if from_zip else raw
    schema = _check_step(path, text)
    notes: list[str] = []
    if schema.upper() in _IFC4X3_ALIASES:
        notes.append(f"the header names schema {schema}; read as IFC4X3_ADD2")
        text = _SCHEMA_RE.sub(b"FILE_SCHEMA(('IFC4X3_ADD2'", text, count=1)
        from_zip = True  # the text differs from the file: parse it from memory
    try:
        model = ifcopenshell.file.from_string(text.decode("latin-1")) if from_zip else ifcopenshell.open(str(path))
    except ifcopenshell.SchemaError:
        raise ImportFailedError(
            path, f"IFC schema {schema!r} is not supported (readable: IFC2X3, IFC4, IFC4X3)"
        ) from None
    except (ifcopenshell.Error, RuntimeError, UnicodeError) as e:
        raise ImportFailedError(path, f"not a readable IFC file ({e})") from None
    if not model.by_type("IfcProject"):
        raise ImportFailedError(path, "the file holds no IfcProject: it is not a building model")
    return Source(model, sha256, schema, tuple(notes))


def _unzip(path: Path, raw: bytes) -> bytes:
    import io

    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile:
        raise ImportFailedError(path, "an .ifczip must be a zip archive, and this file is not one") from None
    with archive:
        members = [i for i in archive.infolist() if i.filename.lower().endswith(".ifc") and not i.is_dir()]
        if not members:
            names = ", ".join(archive.namelist()[:5]) or "nothing"
            raise ImportFailedError(path, f"the zip holds no .ifc file (it holds {names})")
        if len(members) > 1:
            log.warning("%s holds %d .ifc files; reading %s", path.name, len(members), members[0].filename)
        try:
            return archive.read(members[0])
        except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as e:
            raise ImportFailedError(path, f"the zip is damaged ({e})", element=members[0].filename) from None


def _check_step(path: Path, text: bytes) -> str:
    """The schema named in the STEP header; refuse what is not a complete STEP file."""
    head = text[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text.strip():
        raise ImportFailedError(path, "the file is empty")
    if not head.startswith(_MAGIC):
        if b"\x00" in head or sum(c < 9 for c in head[:512]) > 0:
            raise ImportFailedError(path, "not an IFC file: it holds binary data, not IFC text (ISO-10303-21)")
        raise ImportFailedError(path, "not an IFC file: it does not start with ISO-10303-21;")
    match = _SCHEMA_RE.search(text[:65536])
    if match is None:
        raise ImportFailedError(path, "the IFC header names no schema (FILE_SCHEMA is missing)")
    if not _END_RE.search(text[-256:]):
        raise ImportFailedError(path, "the file is truncated: it does not end with END-ISO-10303-21;")
    return match.group(1).decode("ascii", "replace")
