"""The ``.venue`` project file: one zip holding a venue, its context meshes, scenarios, saved routes and edit log.

``docs/venue-file-format.md`` describes the format for people; this module is
its implementation. Saving is atomic and keeps a backup; loading never executes
anything from the file and refuses a bad file with a
:class:`~venueplanner.errors.ProjectFileError` naming the file and what is wrong.
The container mechanics (zip, limits, ``.npy``, atomic replacement) are in
:mod:`venueplanner.project_zip`; the members and what they hold, in
:mod:`venueplanner.project_members`.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

import numpy as np

from models.serialize import context_mesh_to_dict, saved_route_to_dict, scenario_to_dict, venue_to_dict
from models.venue import Venue
from venueplanner.errors import ProjectFileError, ProjectVersionError
from venueplanner.project_members import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    MEMBERS,
    canonical_json,
    decode_project,
    project_members,
    read_verified,
)
from venueplanner.project_values import EditRecord, Project
from venueplanner.project_zip import atomic_write, open_zip, zip_bytes

log = logging.getLogger(__name__)

__all__ = [
    "BACKUP_SUFFIX",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MANIFEST",
    "MEMBERS",
    "SUFFIX",
    "EditRecord",
    "Project",
    "load_project",
    "model_hash",
    "project_members",
    "save_project",
]

#: The suffix planners' files carry (not enforced).
SUFFIX = ".venue"
#: Beside the file, the previous version kept by :func:`save_project`.
BACKUP_SUFFIX = ".bak"


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
                read_verified(target, zf)
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
            manifest, members = read_verified(path, zf)
        project = decode_project(path, manifest, members)
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
    if plain.get("source"):  # where the imported file lay is not the model (its sha256 says which file it was)
        plain["source"] = {k: v for k, v in plain["source"].items() if k != "path"}
    for collection in ("levels", "spaces", "openings", "connectors", "markers"):
        plain[collection].sort(key=by_id)
    meshes = sorted(venue.context.values(), key=lambda m: m.id)
    described = [
        context_mesh_to_dict(m, arrays=False) | {"vertices": len(m.vertices), "faces": len(m.faces)} for m in meshes
    ]
    parts = [
        ("venue", canonical_json(plain)),
        ("context", canonical_json(described)),
        ("vertices", b"".join(np.ascontiguousarray(m.vertices, dtype="<f8").tobytes() for m in meshes)),
        ("faces", b"".join(np.ascontiguousarray(m.faces, dtype="<i8").tobytes() for m in meshes)),
        ("scenarios", canonical_json(sorted((scenario_to_dict(s) for s in scenarios), key=by_id))),
        ("routes", canonical_json(sorted((saved_route_to_dict(r) for r in routes), key=by_id))),
    ]
    digest = hashlib.sha256(b"venueplanner-model 1\n")
    for name, data in parts:
        digest.update(f"{name} {len(data)}\n".encode("ascii"))
        digest.update(data)
    return digest.hexdigest()
