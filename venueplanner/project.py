"""The ``.venue`` project file: one zip holding a venue, its context meshes, scenarios, saved routes and edit log.

``docs/venue-file-format.md`` describes the format for people; this module is
its implementation. Saving is atomic and keeps a backup; loading never executes
anything from the file and refuses a bad file with a
:class:`~venueplanner.errors.ProjectFileError` naming the file and what is wrong.
The container mechanics (zip, limits, ``.npy``, atomic replacement) are in
:mod:`venueplanner.project_zip`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np

from models.scenario import SavedRoute, Scenario
from models.serialize import (
    SerializeError,
    context_mesh_from_dict,
    context_mesh_to_dict,
    items_from_list,
    mapping_by_id,
    saved_route_from_dict,
    saved_route_to_dict,
    scenario_from_dict,
    scenario_to_dict,
    venue_from_dict,
    venue_to_dict,
)
from models.venue import Venue
from venueplanner import __version__
from venueplanner.errors import ProjectFileError, ProjectVersionError
from venueplanner.project_zip import (
    MAX_MANIFEST_SIZE,
    MAX_MEMBER_SIZE,
    MiB,
    atomic_write,
    check_members,
    npy_array,
    npy_bytes,
    open_zip,
    read_member,
    zip_bytes,
)

log = logging.getLogger(__name__)

__all__ = ["FORMAT_VERSION", "EditRecord", "Project", "load_project", "model_hash", "save_project"]

#: The name every manifest carries, so that other zips are recognised as such.
FORMAT_NAME = "venueplanner-project"
#: The newest format this module writes and reads. Bump it whenever what the files hold changes.
FORMAT_VERSION = 1
#: The suffix planners' files carry (not enforced).
SUFFIX = ".venue"
#: Beside the file, the previous version kept by :func:`save_project`.
BACKUP_SUFFIX = ".bak"

MANIFEST = "manifest.json"
VENUE = "venue.json"
CONTEXT = "context.json"
VERTICES = "context-vertices.npy"
FACES = "context-faces.npy"
SCENARIOS = "scenarios.json"
ROUTES = "routes.json"
EDIT_LOG = "edit-log.json"
#: Members of a format-1 file after the manifest, in the order they are written.
MEMBERS = (VENUE, CONTEXT, VERTICES, FACES, SCENARIOS, ROUTES, EDIT_LOG)
#: Uncompressed size limit of each JSON member, bytes (binary members get MAX_MEMBER_SIZE).
MAX_JSON_SIZE = 512 * MiB
_LIMITS = {MANIFEST: MAX_MANIFEST_SIZE} | {m: MAX_JSON_SIZE for m in MEMBERS if m.endswith(".json")}


@dataclass(frozen=True, slots=True)
class EditRecord:
    """One edit a user made, as the project's edit log keeps it.

    time : ISO 8601 date and time in UTC, e.g. ``"2025-03-01T14:05:09.250Z"``.
    op : the operation's name, e.g. ``"mark_exit"``.
    params : its parameters; stored in their JSON form (tuples become lists,
        keys strings), so they must be JSON-able.
    author : who made it, when known.
    """

    time: str
    op: str
    params: Mapping[str, Any] = field(default_factory=dict)
    author: str = ""

    def __post_init__(self) -> None:
        try:
            when = datetime.fromisoformat(self.time)
        except (TypeError, ValueError):
            raise ValueError(f"edit time {self.time!r} is not an ISO 8601 date and time") from None
        if when.utcoffset() is None or when.utcoffset().total_seconds() != 0:
            raise ValueError(f"edit time {self.time!r} is not in UTC (end it with 'Z' or '+00:00')")
        try:
            params = json.loads(json.dumps(dict(self.params)))
        except (TypeError, ValueError) as e:
            raise ValueError(f"parameters of edit {self.op!r} are not JSON-able: {e}") from None
        object.__setattr__(self, "params", MappingProxyType(params))

    @classmethod
    def now(cls, op: str, params: Mapping[str, Any] | None = None, *, author: str = "") -> EditRecord:
        """A record of `op` stamped with the current UTC time, to the millisecond."""
        time = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        return cls(time, op, params or {}, author)


def _by_id(items: Iterable[Any] | Mapping[str, Any], what: str) -> Mapping[str, Any]:
    if isinstance(items, Mapping):
        for key, item in items.items():
            if key != item.id:
                raise ValueError(f"{what} {item.id!r} is filed under the key {key!r}")
        items = items.values()
    try:
        return MappingProxyType(dict(mapping_by_id(items, what)))
    except SerializeError as e:
        raise ValueError(str(e)) from None


@dataclass(frozen=True, slots=True)
class Project:
    """Everything a planner saves: the venue, its scenarios, the routes kept and the edit log.

    scenarios, routes : read-only mappings by id, in the order given (an
        iterable of values is accepted too).
    written_by : the venueplanner version that wrote the file this project was
        loaded from ("" for a project made in memory); not part of equality.
    """

    venue: Venue
    scenarios: Mapping[str, Scenario] = field(default_factory=dict)
    routes: Mapping[str, SavedRoute] = field(default_factory=dict)
    edit_log: tuple[EditRecord, ...] = ()
    written_by: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "scenarios", _by_id(self.scenarios, "scenario"))
        object.__setattr__(self, "routes", _by_id(self.routes, "route"))
        object.__setattr__(self, "edit_log", tuple(self.edit_log))


# --- writing -----------------------------------------------------------------------------


def _json(value: Any) -> bytes:
    """Canonical JSON: sorted keys, no spaces, ASCII only (escapes keep any string exact), one final newline."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii") + b"\n"


def _context_members(venue: Venue) -> tuple[list[dict[str, Any]], np.ndarray, np.ndarray]:
    described, vertex_rows, face_rows = [], 0, 0
    meshes = list(venue.context.values())
    for mesh in meshes:
        d = context_mesh_to_dict(mesh, arrays=False)
        d["vertex_rows"] = [vertex_rows, vertex_rows + len(mesh.vertices)]
        d["face_rows"] = [face_rows, face_rows + len(mesh.faces)]
        vertex_rows, face_rows = d["vertex_rows"][1], d["face_rows"][1]
        described.append(d)
    vertices = np.concatenate([m.vertices for m in meshes]) if meshes else np.empty((0, 3))
    faces = np.concatenate([m.faces for m in meshes]) if meshes else np.empty((0, 3), dtype=np.int64)
    return described, vertices, faces


def _edit_to_dict(record: EditRecord) -> dict[str, Any]:
    d = {"time": record.time, "op": record.op, "params": dict(record.params)}
    if record.author:
        d["author"] = record.author
    return d


def project_members(project: Project) -> list[tuple[str, bytes]]:
    """The members of the file `project` is saved as, manifest first: ``[(name, bytes), ...]``."""
    context, vertices, faces = _context_members(project.venue)
    members = [
        (VENUE, _json(venue_to_dict(project.venue))),
        (CONTEXT, _json(context)),
        (VERTICES, npy_bytes(vertices, "<f8")),
        (FACES, npy_bytes(faces, "<i8")),
        (SCENARIOS, _json([scenario_to_dict(s) for s in project.scenarios.values()])),
        (ROUTES, _json([saved_route_to_dict(r) for r in project.routes.values()])),
        (EDIT_LOG, _json([_edit_to_dict(e) for e in project.edit_log])),
    ]
    manifest = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "members": [{"name": n, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()} for n, b in members],
    }
    manifest_bytes = json.dumps(manifest, sort_keys=True, indent=2, ensure_ascii=True).encode("ascii") + b"\n"
    return [(MANIFEST, manifest_bytes), *members]


def save_project(project: Project, path: Path | str, *, backup: bool = True) -> None:
    """Save `project` to `path` atomically, keeping the previous file as ``<path>.bak``.

    The file is written beside `path`, flushed to disk, read back and checked,
    and only then renamed onto `path`; a crash at any point leaves the previous
    file as it was. If `path` is a symbolic link, the file it points to is
    replaced.

    Parameters
    ----------
    project : Project
    path : path-like
        Conventionally ending in ``.venue``.
    backup : bool
        Copy the file being replaced to ``<name>.bak`` first (replacing an older
        backup).

    Raises
    ------
    ProjectFileError
        `path` exists but is not a project this version can read (it is never
        overwritten then), the project holds a value that cannot be written, or
        the disk refused the write (the previous file is untouched).
    """
    path = Path(path)
    target = Path(os.path.realpath(path))
    if target.is_dir():
        raise ProjectFileError(path, "is a folder, not a file")
    if target.exists():
        try:
            with open_zip(target) as zf:
                _read_verified(target, zf)
        except ProjectFileError as e:
            raise ProjectFileError(
                path,
                f"refusing to overwrite it: it is not a venueplanner project this version can read ({e.problem}); "
                "save under another name, or move the file away first",
            ) from None
    try:
        data = zip_bytes(project_members(project))
    except (TypeError, ValueError) as e:
        raise ProjectFileError(
            path, f"cannot be saved: the project holds a value that cannot be written ({e})"
        ) from None

    def verify(written: Path) -> None:
        try:
            load_project(written)
        except ProjectFileError as e:
            raise ProjectFileError(path, f"not saved: the new file failed its check ({e.problem})") from None

    try:
        atomic_write(
            target, data, verify=verify, backup=target.with_name(target.name + BACKUP_SUFFIX) if backup else None
        )
    except OSError as e:
        raise ProjectFileError(path, f"cannot be saved ({e.strerror or e}); the previous file is untouched") from None
    log.info("saved %s (%d bytes)", path, len(data))


# --- reading -----------------------------------------------------------------------------


class _DuplicateKeyError(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    d = dict(pairs)
    if len(d) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return d


def _parse_json(path: Path, name: str, data: bytes) -> Any:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ProjectFileError(path, f"{name} is not UTF-8 text (bad byte at offset {e.start})") from None
    try:
        return json.loads(text, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as e:
        raise ProjectFileError(path, f"{name}: broken JSON at line {e.lineno}, column {e.colno}: {e.msg}") from None
    except _DuplicateKeyError as e:
        raise ProjectFileError(path, f"{name}: an object has the key {e.args[0]!r} twice") from None
    except (ValueError, RecursionError) as e:
        raise ProjectFileError(path, f"{name}: unreadable JSON ({e})") from None


def _manifest_members(path: Path, manifest: Any) -> dict[str, tuple[int, str]]:
    """Check the manifest's format and version; return member name -> (size, sha256)."""
    if type(manifest) is not dict or manifest.get("format") != FORMAT_NAME:
        found = manifest.get("format") if type(manifest) is dict else None
        raise ProjectFileError(path, f"not a venueplanner project (its manifest names format {found!r})")
    version = manifest.get("format_version")
    if type(version) is not int or version < 1:
        raise ProjectFileError(path, f"{MANIFEST}: 'format_version' must be a whole number from 1, got {version!r}")
    if version > FORMAT_VERSION:
        raise ProjectVersionError(path, version, FORMAT_VERSION)
    if type(manifest.get("app_version", "")) is not str:
        raise ProjectFileError(path, f"{MANIFEST}: 'app_version' must be a string")
    listed: dict[str, tuple[int, str]] = {}
    entries = manifest.get("members")
    if type(entries) is not list:
        raise ProjectFileError(path, f"{MANIFEST}: 'members' must be a list")
    for n, entry in enumerate(entries):
        if not (
            type(entry) is dict
            and type(entry.get("name")) is str
            and type(entry.get("size")) is int
            and type(entry.get("sha256")) is str
        ):
            raise ProjectFileError(path, f"{MANIFEST}: members[{n}] must have a name, a size and a sha256")
        listed[entry["name"]] = (entry["size"], entry["sha256"].lower())
    return listed


def _read_verified(path: Path, zf) -> tuple[dict[str, Any], dict[str, bytes]]:
    """Read and check the manifest and every member against it; nothing is decoded yet."""
    infos = check_members(path, zf, _LIMITS)
    if MANIFEST not in infos:
        raise ProjectFileError(path, f"not a venueplanner project: missing member {MANIFEST!r}")
    manifest = _parse_json(path, MANIFEST, read_member(path, zf, infos[MANIFEST], MAX_MANIFEST_SIZE))
    listed = _manifest_members(path, manifest)
    for name in infos:
        if name != MANIFEST and name not in listed:
            raise ProjectFileError(path, f"unexpected member {name!r} (not in the manifest)")
    for name in listed:
        if name not in MEMBERS:
            raise ProjectFileError(path, f"unexpected member {name!r} (not part of format {FORMAT_VERSION})")
    members: dict[str, bytes] = {}
    for name in MEMBERS:
        if name not in listed or name not in infos:
            raise ProjectFileError(path, f"missing member {name!r}")
        size, digest = listed[name]
        if infos[name].file_size != size:
            raise ProjectFileError(path, f"member {name!r} is {infos[name].file_size} bytes, the manifest says {size}")
        data = read_member(path, zf, infos[name], _LIMITS.get(name, MAX_MEMBER_SIZE))
        if hashlib.sha256(data).hexdigest() != digest:
            raise ProjectFileError(path, f"member {name!r} is damaged: its sha256 does not match the manifest")
        members[name] = data
    return manifest, members


def _shape_error(path: Path, name: str, e: Exception) -> ProjectFileError:
    return ProjectFileError(path, f"{name}: {e}")


def _context_from(path: Path, members: dict[str, bytes]) -> list[Any]:
    vertices = npy_array(path, VERTICES, members[VERTICES], "<f8", 3)
    faces = npy_array(path, FACES, members[FACES], "<i8", 3)
    described = _parse_json(path, CONTEXT, members[CONTEXT])

    def build(d: Any, where: str) -> Any:
        rows = {}
        for key, array in (("vertex_rows", vertices), ("face_rows", faces)):
            span = d.get(key) if type(d) is dict else None
            if not (
                type(span) is list
                and len(span) == 2
                and all(type(i) is int for i in span)
                and 0 <= span[0] <= span[1] <= len(array)
            ):
                raise SerializeError(where, f"{key!r} must be [start, stop] rows within the {len(array)} stored")
            rows[key] = array[span[0] : span[1]]
        return context_mesh_from_dict(
            d,
            vertices=rows["vertex_rows"],
            faces=rows["face_rows"],
            where=where,
            extra_keys=("vertex_rows", "face_rows"),
        )

    try:
        return items_from_list(described, "context mesh", "context", build)
    except SerializeError as e:
        raise _shape_error(path, CONTEXT, e) from None


def _edit_from_dict(d: Any, where: str) -> EditRecord:
    if type(d) is not dict:
        raise SerializeError(where, "expected an object")
    unknown = set(d) - {"time", "op", "params", "author"}
    if unknown:
        raise SerializeError(where, f"unknown key {sorted(unknown)[0]!r}")
    for key, kind, required in (
        ("time", str, True),
        ("op", str, True),
        ("params", dict, False),
        ("author", str, False),
    ):
        if required and key not in d:
            raise SerializeError(where, f"missing key {key!r}")
        if key in d and type(d[key]) is not kind:
            raise SerializeError(where, f"{key!r} must be {'an object' if kind is dict else 'a string'}")
    try:
        return EditRecord(d["time"], d["op"], d.get("params", {}), d.get("author", ""))
    except ValueError as e:
        raise SerializeError(where, str(e)) from None


def _decode(path: Path, manifest: dict[str, Any], members: dict[str, bytes]) -> Project:
    def parse(name: str, build):
        try:
            return build(_parse_json(path, name, members[name]))
        except SerializeError as e:
            raise _shape_error(path, name, e) from None

    venue = parse(VENUE, venue_from_dict)
    meshes = _context_from(path, members)
    try:
        venue = replace(venue, context=meshes)
    except ValueError as e:  # a context mesh id used twice
        raise _shape_error(path, CONTEXT, e) from None
    scenarios = parse(SCENARIOS, lambda x: items_from_list(x, "scenario", "scenarios", scenario_from_dict))
    routes = parse(ROUTES, lambda x: items_from_list(x, "route", "routes", saved_route_from_dict))
    edits = parse(EDIT_LOG, lambda x: items_from_list(x, "edit", "edits", _edit_from_dict))
    for name, items, what in ((SCENARIOS, scenarios, "scenario"), (ROUTES, routes, "route")):
        try:
            mapping_by_id(items, what)
        except SerializeError as e:
            raise _shape_error(path, name, e) from None
    return Project(venue, scenarios, routes, tuple(edits), written_by=manifest.get("app_version", ""))


def load_project(path: Path | str) -> Project:
    """Read a project file.

    Nothing in the file is executed (JSON and plain ``.npy`` arrays only, never
    pickles), every limit is checked before anything is decompressed, and every
    member is checked against the manifest's sha256.

    Raises
    ------
    ProjectVersionError
        The file was written in a newer format than this version reads.
    ProjectFileError
        The file cannot be read, is not a project, is damaged, or holds data of
        the wrong shape; the message names the member and the element.
    """
    path = Path(path)
    try:
        with open_zip(path) as zf:
            manifest, members = _read_verified(path, zf)
        project = _decode(path, manifest, members)
    except ProjectVersionError:
        raise
    except ProjectFileError as e:
        backup = path.with_name(path.name + BACKUP_SUFFIX)
        if path.suffix == BACKUP_SUFFIX or not backup.is_file():
            raise
        raise ProjectFileError(path, f"{e.problem} (the previous save is kept in {backup.name})") from None
    log.info("loaded %s (format %d, written by %s)", path, manifest["format_version"], project.written_by or "?")
    return project


# --- the model's version -----------------------------------------------------------------


def model_hash(project: Project | Venue) -> str:
    """The sha256 (hex) of the project's model: its venue, context meshes, scenarios and saved routes.

    Equal models give equal hashes whatever the order of their elements and
    whatever the edit log or the application version; briefing packs print it as
    the version of the model. The exact bytes hashed are described in
    ``docs/venue-file-format.md``.
    """
    venue = project if isinstance(project, Venue) else project.venue
    scenarios = () if isinstance(project, Venue) else project.scenarios.values()
    routes = () if isinstance(project, Venue) else project.routes.values()
    by_id = lambda d: d["id"]  # noqa: E731
    plain = venue_to_dict(venue)
    for collection in ("levels", "spaces", "openings", "connectors", "markers"):
        plain[collection].sort(key=by_id)
    meshes = sorted(venue.context.values(), key=lambda m: m.id)
    described = [
        context_mesh_to_dict(m, arrays=False) | {"vertices": len(m.vertices), "faces": len(m.faces)} for m in meshes
    ]
    parts = [
        ("venue", _json(plain)),
        ("context", _json(described)),
        ("vertices", b"".join(np.ascontiguousarray(m.vertices, dtype="<f8").tobytes() for m in meshes)),
        ("faces", b"".join(np.ascontiguousarray(m.faces, dtype="<i8").tobytes() for m in meshes)),
        ("scenarios", _json(sorted((scenario_to_dict(s) for s in scenarios), key=by_id))),
        ("routes", _json(sorted((saved_route_to_dict(r) for r in routes), key=by_id))),
    ]
    digest = hashlib.sha256(b"venueplanner-model 1\n")
    for name, data in parts:
        digest.update(f"{name} {len(data)}\n".encode("ascii"))
        digest.update(data)
    return digest.hexdigest()
