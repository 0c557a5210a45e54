"""The members of a ``.venue`` file: what each holds, how a project becomes them and how they become a project again.

:mod:`venueplanner.project` saves and loads files with these; the zip itself is
:mod:`venueplanner.project_zip`. ``docs/venue-file-format.md`` describes every member.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from models.serialize import (
    SerializeError,
    context_mesh_from_dict,
    context_mesh_to_dict,
    saved_route_from_dict,
    saved_route_to_dict,
    scenario_from_dict,
    scenario_to_dict,
    venue_from_dict,
    venue_to_dict,
)
from models.serialize_read import items_from_list, mapping_by_id
from models.venue import Venue
from venueplanner import __version__
from venueplanner.errors import ProjectFileError, ProjectVersionError
from venueplanner.project_values import EditRecord, Project
from venueplanner.project_zip import (
    MAX_MANIFEST_SIZE,
    MAX_MEMBER_SIZE,
    MiB,
    check_members,
    npy_array,
    npy_bytes,
    read_member,
)

#: The name every manifest carries, so that other zips are recognised as such.
FORMAT_NAME = "venueplanner-project"
#: The newest format this module writes and reads. Bump it whenever what the files hold changes.
FORMAT_VERSION = 1
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


# --- writing -----------------------------------------------------------------------------


def canonical_json(value: Any) -> bytes:
    """Canonical JSON: sorted keys, no spaces, ASCII only (escapes keep any string exact), one final newline."""
    return (
        json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False).encode("ascii")
        + b"\n"
    )


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
        (VENUE, canonical_json(venue_to_dict(project.venue))),
        (CONTEXT, canonical_json(context)),
        (VERTICES, npy_bytes(vertices, "<f8")),
        (FACES, npy_bytes(faces, "<i8")),
        (SCENARIOS, canonical_json([scenario_to_dict(s) for s in project.scenarios.values()])),
        (ROUTES, canonical_json([saved_route_to_dict(r) for r in project.routes.values()])),
        (EDIT_LOG, canonical_json([_edit_to_dict(e) for e in project.edit_log])),
    ]
    manifest = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "members": [{"name": n, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()} for n, b in members],
    }
    manifest_bytes = json.dumps(manifest, sort_keys=True, indent=2, ensure_ascii=True).encode("ascii") + b"\n"
    return [(MANIFEST, manifest_bytes), *members]


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
        if entry["name"] in listed:
            raise ProjectFileError(path, f"{MANIFEST}: member {entry['name']!r} is listed twice")
        listed[entry["name"]] = (entry["size"], entry["sha256"].lower())
    return listed


def read_verified(path: Path, zf) -> tuple[dict[str, Any], dict[str, bytes]]:
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


def decode_project(path: Path, manifest: dict[str, Any], members: dict[str, bytes]) -> Project:
    """The project that verified members describe; raises ProjectFileError naming the member and element."""

    def parse(name: str, build):
        try:
            return build(_parse_json(path, name, members[name]))
        except SerializeError as e:
            raise _shape_error(path, name, e) from None

    venue = parse(VENUE, venue_from_dict)
    meshes = _context_from(path, members)
    scenarios = parse(SCENARIOS, lambda x: items_from_list(x, "scenario", "scenarios", scenario_from_dict))
    routes = parse(ROUTES, lambda x: items_from_list(x, "route", "routes", saved_route_from_dict))
    edits = parse(EDIT_LOG, lambda x: items_from_list(x, "edit", "edits", _edit_from_dict))
    for name, items, what in (
        (CONTEXT, meshes, "context mesh"),
        (SCENARIOS, scenarios, "scenario"),
        (ROUTES, routes, "route"),
    ):
        try:
            mapping_by_id(items, what)
        except SerializeError as e:
            raise _shape_error(path, name, e) from None
    venue = replace(venue, context=meshes)
    return Project(venue, scenarios, routes, tuple(edits), written_by=manifest.get("app_version", ""))
