"""Saving never loses the previous file: atomic replacement, a backup, crashes at any point, and refusals."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from models import Level
from models.factories import two_room_venue
from tests.venueplanner.bad_project_cases import BAD_PROJECTS
from venueplanner import project_zip
from venueplanner.errors import ProjectFileError
from venueplanner.project import Project, load_project, save_project

ROOT = Path(__file__).resolve().parents[2]


def first() -> Project:
    return Project(two_room_venue())


def second() -> Project:
    return Project(dataclasses.replace(two_room_venue(), name="Two rooms, renamed"))


@pytest.fixture
def saved(tmp_path) -> tuple[Path, bytes]:
    """A project saved once: its path and its bytes."""
    path = tmp_path / "p.venue"
    save_project(first(), path)
    return path, path.read_bytes()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --- backups ---------------------------------------------------------------------------------


def test_saving_over_a_project_keeps_the_previous_one_as_a_backup(saved):
    path, before = saved
    save_project(second(), path)
    assert load_project(path) == second()
    assert path.with_name("p.venue.bak").read_bytes() == before
    assert leftovers(path.parent) == []


def test_a_first_save_or_a_save_without_backup_leaves_no_backup(saved):
    path, _ = saved
    assert not path.with_name("p.venue.bak").exists()
    save_project(second(), path, backup=False)
    assert not path.with_name("p.venue.bak").exists()


def test_a_new_file_is_private_and_a_replaced_file_keeps_its_permissions(saved):
    path, _ = saved
    assert path.stat().st_mode & 0o777 == 0o600  # a venue's security posts and valves are sensitive
    path.chmod(0o640)
    save_project(second(), path)
    assert path.stat().st_mode & 0o777 == 0o640
    assert path.with_name("p.venue.bak").stat().st_mode & 0o777 == 0o640


def test_saving_through_a_symbolic_link_replaces_the_file_it_points_to(saved, tmp_path):
    path, _ = saved
    link = tmp_path / "link.venue"
    link.symlink_to(path)
    save_project(second(), link)
    assert link.is_symlink()
    assert load_project(path) == second()


# --- crashes -----------------------------------------------------------------------------------


def test_a_failing_rename_leaves_the_previous_file_byte_identical(saved, monkeypatch):
    path, before = saved
    real_replace = os.replace

    def fail_onto_the_project(source, target):
        if Path(target) == path:
            raise OSError(5, "Input/output error")
        real_replace(source, target)

    monkeypatch.setattr(project_zip.os, "replace", fail_onto_the_project)
    with pytest.raises(
        ProjectFileError, match="cannot be saved \\(Input/output error\\); the previous file is untouched"
    ):
        save_project(second(), path)
    assert path.read_bytes() == before
    assert leftovers(path.parent) == []


def test_a_disk_that_fills_up_mid_write_leaves_the_previous_file_byte_identical(saved, monkeypatch):
    path, before = saved
    real_fdopen = os.fdopen

    class HalfWrites:
        def __init__(self, f):
            self.f = f

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def write(self, data):
            self.f.write(data[: len(data) // 2])
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(project_zip.os, "fdopen", lambda fd, mode: HalfWrites(real_fdopen(fd, mode)))
    with pytest.raises(ProjectFileError, match="No space left on device"):
        save_project(second(), path)
    assert path.read_bytes() == before
    assert leftovers(path.parent) == []


def test_a_failing_fsync_or_backup_leaves_the_previous_file_byte_identical(saved, monkeypatch):
    path, before = saved

    def fail(*args):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(project_zip.os, "fsync", fail)
    with pytest.raises(ProjectFileError):
        save_project(second(), path)
    monkeypatch.undo()
    monkeypatch.setattr(project_zip.shutil, "copyfileobj", fail)
    with pytest.raises(ProjectFileError):
        save_project(second(), path)
    assert path.read_bytes() == before
    assert leftovers(path.parent) == []


CRASHING_SAVE = textwrap.dedent(
    """
    import dataclasses, os, signal, sys
    from pathlib import Path
    from venueplanner import project_zip
    from venueplanner.project import load_project, save_project

    path, moment = Path(sys.argv[1]), sys.argv[2]
    project = load_project(path)
    changed = dataclasses.replace(project, venue=dataclasses.replace(project.venue, name="changed"))

    def die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)  # the power goes off: no cleanup, no finally

    if moment == "before-rename":  # the new file and the backup are written, the rename is next
        real_replace = os.replace
        project_zip.os.replace = lambda a, b: die() if Path(b) == path else real_replace(a, b)
    else:  # in the middle of writing the new file
        real_fdopen = os.fdopen

        class DiesHalfway:
            def __init__(self, f):
                self.f = f
            def __enter__(self):
                return self
            def __exit__(self, *exc):
                pass
            def write(self, data):
                self.f.write(data[: len(data) // 2])
                self.f.flush()
                die()

        project_zip.os.fdopen = lambda fd, mode: DiesHalfway(real_fdopen(fd, mode))
    save_project(changed, path)
    """
)


@pytest.mark.parametrize("moment", ["mid-write", "before-rename"])
def test_a_process_killed_while_saving_leaves_the_previous_file_byte_identical(saved, moment):
    path, before = saved
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", CRASHING_SAVE, str(path), moment], env=env, timeout=60, check=False)
    assert done.returncode == -signal.SIGKILL
    assert path.read_bytes() == before
    assert load_project(path) == first()
    # the half-written temporary file stays behind, named so that it is never mistaken for the project
    [stale] = leftovers(path.parent)
    assert stale.startswith(".p.venue.") and stale.endswith(".tmp")


# --- refusals ------------------------------------------------------------------------------


REFUSED = {"a text file", "an empty file", "a truncated file", "a newer format", "a flipped byte in a member"}


@pytest.mark.parametrize(("case", "write"), [(c, w) for c, w, _ in BAD_PROJECTS if c in REFUSED])
def test_a_file_that_is_not_a_readable_project_is_never_overwritten(tmp_path, case, write):
    path = write(tmp_path)
    before = path.read_bytes()
    with pytest.raises(ProjectFileError, match="refusing to overwrite it: it is not a venueplanner project") as caught:
        save_project(first(), path)
    assert caught.value.path == path
    assert path.read_bytes() == before
    assert not path.with_name(path.name + ".bak").exists()
    assert leftovers(tmp_path) == []


def test_saving_onto_a_folder_is_refused(tmp_path):
    with pytest.raises(ProjectFileError, match="is a folder"):
        save_project(first(), tmp_path)


def test_saving_into_a_missing_folder_says_so(tmp_path):
    with pytest.raises(ProjectFileError, match="No such file or directory"):
        save_project(first(), tmp_path / "nowhere" / "p.venue")


def test_a_value_that_cannot_be_read_back_is_not_saved_and_the_previous_file_stays(saved):
    path, before = saved
    wrong = Project(two_room_venue().with_elements(Level("L0", name=42)))  # type: ignore[arg-type]
    with pytest.raises(ProjectFileError, match=r"not saved: the new file failed its check .*'name' must be a string"):
        save_project(wrong, path)
    assert path.read_bytes() == before
    assert leftovers(path.parent) == []


def test_a_value_that_json_cannot_hold_is_refused_before_writing(saved):
    path, before = saved
    wrong = Project(two_room_venue().with_elements(Level("L0", name=object())))  # type: ignore[arg-type]
    with pytest.raises(ProjectFileError, match="holds a value that cannot be written"):
        save_project(wrong, path)
    assert path.read_bytes() == before


def test_a_damaged_project_with_a_backup_says_where_the_previous_save_is(saved):
    path, _ = saved
    save_project(second(), path)
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(ProjectFileError, match=r"truncated one \(the previous save is kept in p.venue.bak\)"):
        load_project(path)
    assert load_project(path.with_name("p.venue.bak")) == first()
