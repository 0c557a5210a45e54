"""Bad project files, one per way a .venue file can be broken, with the message each must get.

``BAD_PROJECTS`` is a list of ``(case name, write, expected message fragment)``:
``write(folder)`` writes the bad file into `folder` and returns its path. The
project-file tests check that loading each raises a ProjectFileError whose
message holds the fragment; the command-line tests check that each prints
``error: ...`` and exits with status 2.
"""

from __future__ import annotations

import hashlib
import io
import json
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

from models import ContextMesh, Scenario
from models.factories import two_room_venue
from venueplanner.project import EditRecord, Project, project_members

GiB = 1024**3


def good_members() -> dict[str, bytes]:
    """The members (without the manifest) of a sound small project: two rooms, a 4-vertex wall, a scenario, an edit."""
    venue = two_room_venue().with_elements(
        ContextMesh("wall", [[0, 0, 0], [10, 0, 0], [10, 0, 3], [0, 0, 3]], [[0, 1, 2], [0, 2, 3]], category="walls")
    )
    project = Project(
        venue,
        scenarios=[Scenario("fire", blocked_openings={"exit-b"})],
        edit_log=(EditRecord("2025-03-01T14:05:09Z", "mark_exit", {"opening": "exit-a"}),),
    )
    return dict(project_members(project)[1:])


def manifest_for(members: dict[str, bytes], **changes) -> dict:
    manifest = {
        "format": "venueplanner-project",
        "format_version": 1,
        "app_version": "0.1.0",
        "members": [{"name": n, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()} for n, b in members.items()],
    }
    return manifest | changes


def write_zip(path: Path, entries: list[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names, which one case wants
        with zipfile.ZipFile(path, "w", compression) as zf:
            for name, data in entries:
                zf.writestr(name, data)
    return path


def write_project(
    folder: Path,
    members: dict[str, bytes] | None = None,
    *,
    manifest: dict | bytes | None = None,
    extra: tuple[tuple[str, bytes], ...] = (),
    name: str = "bad.venue",
) -> Path:
    """A project file of `members` (sound ones by default) with a manifest that matches them unless given."""
    members = good_members() if members is None else members
    if manifest is None:
        manifest = manifest_for(members)
    manifest_bytes = manifest if isinstance(manifest, bytes) else json.dumps(manifest).encode()
    return write_zip(folder / name, [("manifest.json", manifest_bytes), *members.items(), *extra])


def with_member(name: str, data: bytes, *, listed: bool = True) -> Callable[[Path], Path]:
    """A writer replacing one member; its manifest entry is updated too when `listed`."""

    def write(folder: Path) -> Path:
        members = good_members()
        original = dict(members)
        members[name] = data
        manifest = manifest_for(members if listed else original)
        return write_project(folder, members, manifest=manifest)

    return write


def with_json(name: str, edit: Callable[[object], object]) -> Callable[[Path], Path]:
    """A writer that edits one JSON member (consistently with the manifest)."""

    def write(folder: Path) -> Path:
        value = json.loads(good_members()[name])
        value = edit(value) or value
        return with_member(name, json.dumps(value).encode())(folder)

    return write


def patch_central_directory(path: Path, name: str, *, file_size: int, compress_size: int | None = None) -> Path:
    """Make the zip's central directory declare other sizes for one member (what a hostile file can do)."""
    data = bytearray(path.read_bytes())
    at = 0
    while True:
        at = data.index(b"PK\x01\x02", at)
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + name_length] == name.encode():
            break
        at += 4
    if compress_size is not None:
        struct.pack_into("<L", data, at + 20, compress_size)
    struct.pack_into("<L", data, at + 24, file_size)
    path.write_bytes(bytes(data))
    return path


def npy(array: np.ndarray, allow_pickle: bool = False) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=allow_pickle)
    return buffer.getvalue()


def _text_file(folder: Path) -> Path:
    path = folder / "notes.venue"
    path.write_text("Réunion du 3 mars: prévoir le plan du stade.\n", encoding="utf-8")
    return path


def _empty_file(folder: Path) -> Path:
    path = folder / "empty.venue"
    path.write_bytes(b"")
    return path


def _truncated(folder: Path) -> Path:
    whole = write_project(folder).read_bytes()
    path = folder / "truncated.venue"
    path.write_bytes(whole[: len(whole) // 2])
    return path


def _flipped_byte(folder: Path) -> Path:
    members = good_members()
    path = write_zip(
        folder / "flipped.venue", [("manifest.json", json.dumps(manifest_for(members)).encode()), *members.items()]
    )
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("venue.json")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def _folder(folder: Path) -> Path:
    path = folder / "folder.venue"
    path.mkdir()
    return path


def _missing_manifest(folder: Path) -> Path:
    return write_zip(folder / "nomanifest.venue", list(good_members().items()))


def _missing_member(folder: Path) -> Path:
    members = good_members()
    del members["routes.json"]
    return write_project(folder, members)


def _listed_not_present(folder: Path) -> Path:
    members = good_members()
    manifest = manifest_for(members)
    del members["scenarios.json"]
    return write_project(folder, members, manifest=manifest)


def _unsafe(name: str) -> Callable[[Path], Path]:
    return lambda folder: write_project(folder, extra=((name, b"{}"),))


def _too_many_members(folder: Path) -> Path:
    return write_project(folder, extra=tuple((f"extra/{i}.json", b"{}") for i in range(80)))


def _declared_too_large(folder: Path) -> Path:
    path = write_project(folder)
    return patch_central_directory(path, "venue.json", file_size=3 * GiB, compress_size=3 * GiB)


def _total_too_large(folder: Path) -> Path:
    path = write_project(folder)
    for name in ("context-vertices.npy", "context-faces.npy", "edit-log.json"):
        # each within its own limit (1 GiB, 1 GiB, 512 MiB), stored (no expansion), together 2.4 GiB
        size = GiB // 2 - 1 if name.endswith(".json") else GiB - 1
        patch_central_directory(path, name, file_size=size, compress_size=size)
    return path


def _zip_bomb(folder: Path) -> Path:
    # 8 MiB of zeros deflate to about 8 KiB: a ratio near 1,000, ten times the limit
    return with_member("context-vertices.npy", bytes(8 * 1024 * 1024))(folder)


def _lying_size(folder: Path) -> Path:
    path = write_project(folder)
    return patch_central_directory(path, "manifest.json", file_size=40)


def _offsets_before_the_file(folder: Path) -> Path:
    path = write_project(folder)
    data = bytearray(path.read_bytes())
    end = data.rindex(b"PK\x05\x06")  # the end-of-central-directory record; +16 is the directory's offset
    struct.pack_into("<L", data, end + 16, struct.unpack_from("<L", data, end + 16)[0] + 1000)
    path.write_bytes(bytes(data))
    return path


def _duplicate_member(folder: Path) -> Path:
    return write_project(folder, extra=(("venue.json", b"{}"),))


def _not_utf8(folder: Path) -> Path:
    return with_member("routes.json", '["Accès"]'.encode("latin-1"))(folder)


def _deep_json(folder: Path) -> Path:
    return with_member("routes.json", b"[" * 200_000 + b"]" * 200_000)(folder)


def _pickled_npy(folder: Path) -> Path:
    return with_member("context-vertices.npy", npy(np.array([{"a": 1}, None], dtype=object), allow_pickle=True))(folder)


def _short_npy(folder: Path) -> Path:
    data = npy(np.zeros((10, 3)))
    return with_member("context-vertices.npy", data[: len(data) - 8 * 3 * 8])(folder)


def _edit_rows(items):
    items[0]["vertex_rows"] = [0, 99]


BAD_PROJECTS: list[tuple[str, Callable[[Path], Path], str]] = [
    ("a text file", _text_file, "not a zip archive"),
    ("an empty file", _empty_file, "not a zip archive"),
    ("a truncated file", _truncated, "truncated"),
    ("a folder", _folder, "is not a file"),
    ("a file that does not exist", lambda folder: folder / "absent.venue", "no such file"),
    ("a flipped byte in a member", _flipped_byte, "member 'venue.json' is damaged"),
    ("a zip without manifest", _missing_manifest, "missing member 'manifest.json'"),
    ("a missing member", _missing_member, "missing member 'routes.json'"),
    ("a member listed but absent", _listed_not_present, "missing member 'scenarios.json'"),
    ("a member name climbing out", _unsafe("../evil.json"), "unsafe member name '../evil.json'"),
    (
        "an absolute member name",
        _unsafe("/etc/cron.d/evil"),
        "unsafe member name '/etc/cron.d/evil': it is an absolute",
    ),
    ("a drive-letter member name", _unsafe("C:/evil.json"), "it is an absolute path"),
    ("a backslash member name", _unsafe("..\\evil.json"), "it contains a backslash"),
    ("too many members", _too_many_members, "more than the 64 allowed"),
    ("a member declared too large", _declared_too_large, "'venue.json' declares 3 GiB uncompressed, above its 512"),
    ("members too large together", _total_too_large, "members total more than 2 GiB"),
    ("a zip bomb", _zip_bomb, "possible zip bomb"),
    ("a header lying about a size", _lying_size, "member 'manifest.json' is damaged"),
    (
        "offsets before the start of the file",
        _offsets_before_the_file,
        "member 'manifest.json' is damaged (bad offset)",
    ),
    ("a member twice", _duplicate_member, "member 'venue.json' appears twice"),
    ("an unlisted member", lambda folder: write_project(folder, extra=(("notes.txt", b"hi"),)), "unexpected member"),
    (
        "a member of no known kind",
        lambda folder: write_project(folder, {**good_members(), "plugin.json": b"{}"}),
        "unexpected member 'plugin.json' (not part of format 1)",
    ),
    (
        "another application's zip",
        lambda folder: write_project(folder, manifest=manifest_for(good_members(), format="photo-album")),
        "not a venueplanner project (its manifest names format 'photo-album')",
    ),
    (
        "a manifest that is not an object",
        lambda folder: write_project(folder, manifest=b"[1, 2]"),
        "not a venueplanner project",
    ),
    (
        "a broken manifest",
        lambda folder: write_project(folder, manifest=b'{"format": "venueplanner-project",'),
        "manifest.json: broken JSON at line 1, column 35",
    ),
    (
        "a newer format",
        lambda folder: write_project(folder, manifest=manifest_for(good_members(), format_version=3)),
        "written by a newer venueplanner (format 3); this version reads format 1",
    ),
    (
        "a format version that is not a number",
        lambda folder: write_project(folder, manifest=manifest_for(good_members(), format_version="1")),
        "'format_version' must be a whole number",
    ),
    (
        "a member changed after the manifest",
        with_member("routes.json", b'[{"id":"r","name":"x","origin":"a","target":"b"}]\n', listed=False),
        "member 'routes.json' is",  # its size differs, so the manifest check names it before its hash
    ),
    (
        "a member with the same size but other bytes",
        lambda folder: write_project(
            folder,
            {**good_members(), "venue.json": good_members()["venue.json"].replace(b"Room A", b"Room X")},
            manifest=manifest_for(good_members()),
        ),
        "member 'venue.json' is damaged: its sha256 does not match the manifest",
    ),
    (
        "broken JSON",
        with_member("venue.json", b'{"name": "Two rooms",\n "levels": [,]}'),
        "venue.json: broken JSON at line 2",
    ),
    ("JSON that is not UTF-8", _not_utf8, "routes.json is not UTF-8 text"),
    ("JSON nested absurdly deep", _deep_json, "routes.json: unreadable JSON"),
    (
        "a duplicate JSON key",
        with_member("scenarios.json", b'[{"id": "a", "name": "x", "name": "y"}]'),
        "scenarios.json: an object has the key 'name' twice",
    ),
    (
        "a missing key",
        with_json("venue.json", lambda v: v["spaces"][1].pop("footprint") and None),
        "venue.json: space 'room-b': missing key 'footprint'",
    ),
    (
        "a value of the wrong type",
        with_json("venue.json", lambda v: v["openings"][0].update(width="0,90")),
        "venue.json: opening 'door-ab': 'width' must be a number, got a string",
    ),
    (
        "an unknown space use",
        with_json("venue.json", lambda v: v["spaces"][0].update(use="ballroom")),
        "venue.json: space 'room-a': 'use' is 'ballroom', not one of",
    ),
    (
        "a scenario of the wrong shape",
        with_member("scenarios.json", b'[{"id": "fire", "blocked_openings": "exit-b"}]'),
        "scenarios.json: scenario 'fire': 'blocked_openings' must be a list of strings",
    ),
    ("a route list that is an object", with_member("routes.json", b"{}"), "routes.json: routes: expected a list"),
    (
        "an edit time that is not a time",
        with_json("edit-log.json", lambda v: v[0].update(time="last tuesday")),
        "edit-log.json: edits[0]: edit time 'last tuesday' is not an ISO 8601",
    ),
    (
        "a pickled object array",
        _pickled_npy,
        "member 'context-vertices.npy' is not a plain float64 array (found dtype |O)",
    ),
    (
        "a mesh array of the wrong shape",
        with_member("context-vertices.npy", npy(np.zeros((4, 2)))),
        "member 'context-vertices.npy' has shape (4, 2), expected (n, 3)",
    ),
    (
        "integer vertices",
        with_member("context-vertices.npy", npy(np.zeros((4, 3), dtype=np.int64))),
        "is not a plain float64 array (found dtype <i8)",
    ),
    ("a mesh array shorter than its header", _short_npy, "holds 48 bytes of data, not what shape (10, 3) needs"),
    ("not an array at all", with_member("context-faces.npy", b"PK\x03\x04 nope"), "is not a valid .npy array"),
    (
        "a mesh id used twice",
        with_json("context.json", lambda v: v.append(dict(v[0]))),
        "context.json: context mesh 'wall': the id is used more than once",
    ),
    (
        "a member listed twice in the manifest",
        lambda folder: write_project(
            folder, manifest=(m := manifest_for(good_members())) | {"members": m["members"] + m["members"][:1]}
        ),
        "manifest.json: member 'venue.json' is listed twice",
    ),
    (
        "mesh rows beyond the arrays",
        with_json("context.json", _edit_rows),
        "context.json: context mesh 'wall': 'vertex_rows' must be [start, stop] rows within the 4 stored",
    ),
]
