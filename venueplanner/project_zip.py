"""The container layer of ``.venue`` files: deterministic zip writing, guarded zip reading,
numeric ``.npy`` members, and atomic replacement of a file with a backup.

Nothing here knows the model; :mod:`venueplanner.project` says which members a
project has and what they hold. Every limit below is documented in
``docs/venue-file-format.md``; a file over a limit is refused before anything
is decompressed, and members are read in bounded chunks so that a header that
lies about sizes cannot exhaust memory.
"""

from __future__ import annotations

import contextlib
import errno
import io
import logging
import os
import shutil
import stat
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np

from venueplanner.errors import ProjectFileError

log = logging.getLogger(__name__)

KiB = 1024
MiB = 1024 * KiB
GiB = 1024 * MiB

#: At most this many members in a project file (format 1 writes 8).
MAX_MEMBERS = 64
#: Uncompressed size of all members together, bytes.
MAX_TOTAL_SIZE = 2 * GiB
#: Uncompressed size of one member, bytes.
MAX_MEMBER_SIZE = 1 * GiB
#: Uncompressed size of ``manifest.json``, bytes.
MAX_MANIFEST_SIZE = 1 * MiB
#: Members larger than :data:`RATIO_FLOOR` may expand at most this many times.
MAX_COMPRESSION_RATIO = 100
#: Members smaller than this (uncompressed, bytes) are not checked for their ratio.
RATIO_FLOOR = 1 * MiB
#: The file itself, bytes: the uncompressed limit plus room for the zip structure.
MAX_FILE_SIZE = MAX_TOTAL_SIZE + 64 * MiB
#: Bytes read from a member at a time.
CHUNK = 1 * MiB

#: Every member carries this timestamp (the earliest a zip can hold) so that bytes are reproducible.
_EPOCH = (1980, 1, 1, 0, 0, 0)
_END_OF_CENTRAL_DIR = struct.Struct("<4s4H2LH")
_EOCD_SIGNATURE = b"PK\x05\x06"


# --- writing ---------------------------------------------------------------------------


def zip_bytes(members: list[tuple[str, bytes]]) -> bytes:
    """The bytes of a zip holding `members`, reproducible for the same members.

    Members keep the given order, carry a fixed timestamp and Unix permissions.
    JSON members are deflated at level 6, binary members at level 1 (arrays
    gain little from more effort, and it costs seconds on large meshes); a
    binary member whose first 256 KiB do not shrink by a tenth is stored as is.
    A member that would expand more than :data:`MAX_COMPRESSION_RATIO` times
    when read is stored too, so the writer never produces a file its reader
    refuses.
    """
    stored = {name for name, data in members if not name.endswith(".json") and not _worth_compressing(data)}
    data = _zip(members, stored)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        expanding = {
            i.filename
            for i in zf.infolist()
            if i.file_size >= RATIO_FLOOR and i.file_size > MAX_COMPRESSION_RATIO * max(1, i.compress_size)
        }
    return _zip(members, stored | expanding) if expanding else data


def _worth_compressing(data: bytes) -> bool:
    sample = data[: 256 * KiB]
    return len(zlib.compress(sample, 1)) < 0.9 * len(sample)


def _zip(members: list[tuple[str, bytes]], stored: set[str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", allowZip64=False) as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.create_system = 3  # Unix, whatever the platform that writes
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            zf.writestr(info, data, compresslevel=6 if name.endswith(".json") else 1)
    return buffer.getvalue()


def npy_bytes(array: np.ndarray, dtype: str) -> bytes:
    """The ``.npy`` (format 1.0) bytes of `array` as `dtype` (e.g. ``"<f8"``), C order, no pickle."""
    buffer = io.BytesIO()
    np.lib.format.write_array(
        buffer, np.ascontiguousarray(array, dtype=np.dtype(dtype)), version=(1, 0), allow_pickle=False
    )
    return buffer.getvalue()


def atomic_write(
    path: Path,
    data: bytes,
    *,
    verify: Callable[[Path], None] | None = None,
    backup: Path | None = None,
) -> None:
    """Replace `path` with `data`, so that `path` is always either the old or the new file.

    The new content goes to a temporary file in the same folder, is flushed and
    fsynced, checked by `verify`, and only then renamed onto `path` with
    :func:`os.replace`; the folder is fsynced afterwards. If `backup` is given and
    `path` exists, the old file is first copied there (through its own temporary
    file, so a crash leaves either the old or the new backup). On any error the
    temporary file is removed and `path` is untouched. An existing file's
    permission bits are kept; a new file is readable by its owner only.
    """
    folder = path.parent
    old_mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else None
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if old_mode is not None:
            os.chmod(tmp, old_mode)
        if verify is not None:
            verify(tmp)
        if backup is not None and old_mode is not None:
            _copy_atomically(path, backup)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(folder)


def _copy_atomically(source: Path, target: Path) -> None:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            shutil.copyfileobj(src, out, CHUNK)
            out.flush()
            os.fsync(out.fileno())
        shutil.copymode(source, tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); folders cannot be opened for this on Windows."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- reading ---------------------------------------------------------------------------


def open_zip(path: Path) -> zipfile.ZipFile:
    """Open `path` as a zip after checking its size and member count; raises ProjectFileError."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ProjectFileError(path, "is not a file")
        if size > MAX_FILE_SIZE:
            raise ProjectFileError(path, f"the file is {size / GiB:.1f} GiB, above the {_size(MAX_FILE_SIZE)} limit")
        _check_central_directory(path, size)
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise ProjectFileError(path, "no such file") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError, struct.error) as e:
        raise ProjectFileError(path, f"not a venueplanner project: not a valid zip archive ({e})") from None
    except OSError as e:
        if e.errno == errno.EINVAL:  # a seek before the start of the file: the archive's offsets are wrong
            raise ProjectFileError(path, "not a venueplanner project: not a valid zip archive (bad offsets)") from None
        raise ProjectFileError(path, f"cannot be read: {e.strerror or e}") from None


def _check_central_directory(path: Path, size: int) -> None:
    """Refuse archives with too many members before the zip module lists them all."""
    tail_size = min(size, _END_OF_CENTRAL_DIR.size + 65535)  # the record plus the longest comment
    with path.open("rb") as f:
        f.seek(size - tail_size)
        tail = f.read(tail_size)
    at = tail.rfind(_EOCD_SIGNATURE)
    if at < 0 or len(tail) - at < _END_OF_CENTRAL_DIR.size:
        raise ProjectFileError(path, "not a venueplanner project: not a zip archive, or a truncated one")
    _, _, _, _, entries, cd_size, _, _ = _END_OF_CENTRAL_DIR.unpack_from(tail, at)
    if entries == 0xFFFF or cd_size == 0xFFFFFFFF:  # zip64: never written by venueplanner
        raise ProjectFileError(path, "the archive is a zip64 archive, larger than any project file can be")
    if entries > MAX_MEMBERS:
        raise ProjectFileError(path, f"the archive has {entries} members, more than the {MAX_MEMBERS} allowed")


def check_members(path: Path, zf: zipfile.ZipFile, limits: dict[str, int]) -> dict[str, zipfile.ZipInfo]:
    """Check every member's name, method and declared sizes before anything is decompressed.

    Parameters
    ----------
    limits : dict
        Member name -> its own uncompressed size limit, bytes (others get
        :data:`MAX_MEMBER_SIZE`).

    Returns
    -------
    dict
        Member name -> ZipInfo, in archive order.
    """
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ProjectFileError(path, f"the archive has {len(infos)} members, more than the {MAX_MEMBERS} allowed")
    by_name: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        unsafe = unsafe_name_reason(name)
        if unsafe:
            raise ProjectFileError(path, f"unsafe member name {name!r}: {unsafe}")
        if name in by_name:
            raise ProjectFileError(path, f"member {name!r} appears twice")
        if info.flag_bits & 0x1:
            raise ProjectFileError(path, f"member {name!r} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ProjectFileError(path, f"member {name!r} uses compression method {info.compress_type}, not allowed")
        limit = limits.get(name, MAX_MEMBER_SIZE)
        if info.file_size > limit:
            raise ProjectFileError(
                path, f"member {name!r} declares {_size(info.file_size)} uncompressed, above its {_size(limit)} limit"
            )
        if info.file_size >= RATIO_FLOOR and info.file_size > MAX_COMPRESSION_RATIO * max(1, info.compress_size):
            raise ProjectFileError(
                path,
                f"member {name!r} would expand {info.file_size / max(1, info.compress_size):.0f} times "
                f"(at most {MAX_COMPRESSION_RATIO} allowed): refusing a possible zip bomb",
            )
        total += info.file_size
        if total > MAX_TOTAL_SIZE:
            raise ProjectFileError(path, f"the members total more than {_size(MAX_TOTAL_SIZE)} uncompressed")
        by_name[name] = info
    return by_name


def unsafe_name_reason(name: str) -> str:
    """Why a member name could escape a folder it was extracted to, or ``""`` if it is safe.

    >>> unsafe_name_reason("venue.json"), unsafe_name_reason("../x")
    ('', 'it climbs out of the archive (..)')
    """
    if not name:
        return "it is empty"
    if "\\" in name:
        return "it contains a backslash"
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "it is an absolute path"
    if any(ord(c) < 32 for c in name):
        return "it contains a control character"
    parts = name.split("/")
    if ".." in parts:
        return "it climbs out of the archive (..)"
    if any(p in ("", ".") for p in parts):
        return "it has an empty or '.' path part"
    return ""


def read_member(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """The uncompressed bytes of one member, read in chunks and never more than declared or than `limit`."""
    name = info.filename
    cap = min(limit, info.file_size)
    chunks: list[bytes] = []
    read = 0
    try:
        with zf.open(info) as member:
            while True:
                chunk = member.read(CHUNK)
                if not chunk:
                    break
                read += len(chunk)
                if read > cap:
                    raise ProjectFileError(path, f"member {name!r} holds more data than it declares")
                chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, struct.error) as e:
        raise ProjectFileError(path, f"member {name!r} is damaged ({e})") from None
    except OSError as e:
        if e.errno == errno.EINVAL:  # a seek before the start of the file
            raise ProjectFileError(path, f"member {name!r} is damaged (bad offset)") from None
        raise ProjectFileError(path, f"cannot be read: {e.strerror or e}") from None
    if read != info.file_size:
        raise ProjectFileError(path, f"member {name!r} is truncated ({read} of {info.file_size} bytes)")
    return b"".join(chunks)


def npy_array(path: Path, name: str, data: bytes, dtype: str, columns: int) -> np.ndarray:
    """The (n, `columns`) array of a ``.npy`` member, which must be plain `dtype` numbers in C order.

    The header is parsed without evaluating anything but literals and pickles are
    never loaded; any other dtype, shape or a size that does not match the
    header is refused.
    """
    buffer = io.BytesIO(data)
    try:
        version = np.lib.format.read_magic(buffer)
        if version == (1, 0):
            shape, fortran, found = np.lib.format.read_array_header_1_0(buffer)
        elif version == (2, 0):
            shape, fortran, found = np.lib.format.read_array_header_2_0(buffer)
        else:
            raise ValueError(f"unsupported .npy version {version}")
    except ValueError as e:
        raise ProjectFileError(path, f"member {name!r} is not a valid .npy array ({e})") from None
    expected = np.dtype(dtype)
    if found != expected or found.hasobject or found.fields is not None:
        raise ProjectFileError(path, f"member {name!r} is not a plain {expected.name} array (found dtype {found.str})")
    if len(shape) != 2 or shape[1] != columns or fortran:
        raise ProjectFileError(
            path, f"member {name!r} has shape {shape}{' in Fortran order' if fortran else ''}, expected (n, {columns})"
        )
    start = buffer.tell()
    if len(data) - start != shape[0] * columns * expected.itemsize:
        raise ProjectFileError(
            path, f"member {name!r} holds {len(data) - start} bytes of data, not what shape {shape} needs"
        )
    array = np.frombuffer(data, dtype=expected, count=shape[0] * columns, offset=start).reshape(shape)
    return array


def _size(n: int) -> str:
    for unit, scale in (("GiB", GiB), ("MiB", MiB), ("KiB", KiB)):
        if n >= scale:
            return f"{n / scale:g} {unit}"
    return f"{n} bytes"
