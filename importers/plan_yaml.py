"""Safe YAML loading for venue plans, keeping the line of every mapping, key and list item.

Only PyYAML's safe constructors run: no tag can create an object or execute code.
Mappings become :class:`LineDict` and sequences :class:`LineList`, which remember
the (1-based) line where they start and the line of each key or item, so that every
error about a plan can name its line.

Before anything is composed, one pass over the parser's events bounds the document:
its nesting (:data:`MAX_DEPTH`) and how many values its aliases add
(:data:`MAX_ALIASED_VALUES`), so that a few hundred bytes of nested ``&anchors`` and
``*references`` (a "billion laughs" file) are refused at once instead of being walked
for minutes by the checks that follow. Keys starting with ``x-`` are dropped while
the mappings are built: the format ignores them, so no later step ever walks them.
Scientific notation without a dot (``1e9``, ``2.5E3``) is read as a number, as
YAML 1.2 does, and not as text as YAML 1.1 would.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import yaml

from importers.errors import ImportFailedError

log = logging.getLogger(__name__)

_MERGE_TAG = "tag:yaml.org,2002:merge"

#: First bytes of files that people drop on the wrong reader, and what they are.
_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (an Office document, an IFCZIP or a KMZ?)"),
    (b"ISO-10303-21", "an IFC/STEP file (use a .ifc suffix)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"AC10", "a DWG drawing (export it as DXF)"),
)


class LineDict(dict):
    """A mapping read from YAML: ``line`` where it starts, ``key_lines[key]`` where each key is."""

    __slots__ = ("key_lines", "line")

    def __init__(self, line: int = 0) -> None:
        super().__init__()
        self.line = line
        self.key_lines: dict[Any, int] = {}


class LineList(list):
    """A sequence read from YAML: ``line`` where it starts, ``item_lines[i]`` where item i starts."""

    __slots__ = ("item_lines", "line")

    def __init__(self, line: int = 0) -> None:
        super().__init__()
        self.line = line
        self.item_lines: list[int] = []


class _DuplicateKey(yaml.YAMLError):
    def __init__(self, key: Any, line: int, first: int) -> None:
        self.key, self.line, self.first = key, line, first


class _NonTextKey(yaml.YAMLError):
    def __init__(self, key: Any, line: int) -> None:
        self.key, self.line = key, line


class _TooDeep(yaml.YAMLError):
    pass


class _TooManyAliased(yaml.YAMLError):
    def __init__(self, line: int) -> None:
        self.line = line


class _RecursiveAlias(yaml.YAMLError):
    def __init__(self, anchor: str, line: int) -> None:
        self.anchor, self.line = anchor, line


#: Nesting deeper than this is no venue plan (a plan needs 6 levels); refusing it early
#: keeps the parsers from recursing without end.
MAX_DEPTH = 64

#: At most this many values (scalars, lists and mappings, keys included) may be added by
#: YAML aliases, each ``*reference`` counting every value under its ``&anchor``. A plan
#: reuses a door's defaults or a point list a few times: some hundreds of values. What
#: a file writes out itself is bounded by its size; what aliases add is not.
MAX_ALIASED_VALUES = 100_000

#: YAML 1.2 floats that YAML 1.1 reads as text: an exponent without a dot or without a sign.
_FLOAT_12 = re.compile(r"^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[eE][-+]?[0-9]+$")


class PlanLoader(yaml.SafeLoader):
    """SafeLoader whose mappings and sequences remember their lines; refuses duplicate keys."""


_CSafeLoader = getattr(yaml, "CSafeLoader", None)  # libyaml: about ten times faster, when installed


class FastPlanLoader(_CSafeLoader or yaml.SafeLoader):
    """The same loader on libyaml's parser."""


def _construct_mapping(loader: PlanLoader, node: yaml.MappingNode) -> LineDict:
    own = sum(1 for key_node, _ in node.value if key_node.tag != _MERGE_TAG)
    loader.flatten_mapping(node)  # resolves "<<: *defaults" merge keys; merged pairs come first
    merged = len(node.value) - own
    result = LineDict(node.start_mark.line + 1)
    own_keys: dict[Any, int] = {}
    for n, (key_node, value_node) in enumerate(node.value):
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if not isinstance(key, str):
            raise _NonTextKey(key, line)
        if n >= merged:  # a key written here twice is a mistake; overriding a merged key is not
            if key in own_keys:
                raise _DuplicateKey(key, line, own_keys[key])
            own_keys[key] = line
        if key.startswith("x-"):  # ignored by the format: its value is built only where an alias uses it
            continue
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = line
    return result


def _construct_sequence(loader: PlanLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList(node.start_mark.line + 1)
    for item in node.value:
        result.append(loader.construct_object(item, deep=True))
        result.item_lines.append(item.start_mark.line + 1)
    return result


for _loader in (PlanLoader, FastPlanLoader):
    _loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
    _loader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)
    _loader.add_implicit_resolver("tag:yaml.org,2002:float", _FLOAT_12, list("-+.0123456789"))


def _bound(text: str, parser: type) -> None:
    """Refuse `text` when it nests too deep or its aliases expand too far, from the parser's events.

    The event stream is read once and never recurses. Each value counts one; an alias
    counts every value of the anchored node it repeats (known once that node has ended),
    so the expansion is measured without expanding anything.
    """
    total = aliased = 0  # values of the expanded document; of them, those added by aliases
    sizes: dict[str, int] = {}  # anchor -> values of its node, expanded
    open_nodes: list[tuple[str | None, int]] = []  # (anchor, total before it) of each open collection
    for event in yaml.parse(text, Loader=parser):
        if isinstance(event, yaml.AliasEvent):
            line = event.start_mark.line + 1
            if any(anchor == event.anchor for anchor, _ in open_nodes):
                raise _RecursiveAlias(event.anchor, line)
            size = sizes.get(event.anchor, 0)  # an undefined alias is the composer's to refuse
            total += size
            aliased += size
            if aliased > MAX_ALIASED_VALUES:
                raise _TooManyAliased(line)
        elif isinstance(event, yaml.ScalarEvent):
            total += 1
            if event.anchor is not None:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.CollectionStartEvent):
            open_nodes.append((event.anchor, total))
            total += 1
            if len(open_nodes) > MAX_DEPTH:
                raise _TooDeep()
        elif isinstance(event, yaml.CollectionEndEvent):
            anchor, before = open_nodes.pop()
            if anchor is not None:
                sizes[anchor] = total - before


def _load(text: str, parser: type, loader: type) -> object:
    _bound(text, parser)
    return yaml.load(text, Loader=loader)  # a SafeLoader: no tag can run code


def _parse(text: str) -> object:
    """The YAML document of `text`, read with libyaml when it is installed and the text is well formed.

    Composers recurse (libyaml's in C, where absurd nesting crashes the process), so the
    nesting and the expansion through aliases are bounded first, from the event stream.
    Any YAML error is raised by the pure-Python parser, which words it the same on every
    machine.
    """
    if _CSafeLoader is not None:
        try:
            return _load(text, _CSafeLoader, FastPlanLoader)
        except (_TooDeep, _TooManyAliased, _RecursiveAlias, _DuplicateKey, _NonTextKey):
            raise
        except yaml.YAMLError:
            log.debug("libyaml refused the text; reading it again for a portable message")
    return _load(text, yaml.SafeLoader, PlanLoader)


def decode(path: Path, data: bytes) -> str:
    """The text of a plan file, or an :class:`ImportFailedError` saying what the bytes are instead."""
    if not data.strip():
        raise ImportFailedError(path, "the file is empty" if not data else "the file holds only blank space")
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise ImportFailedError(path, f"this is {what}, not a venue plan (YAML text)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFailedError(path, "the file starts like UTF-16 text but is not; save it as UTF-8") from None
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise ImportFailedError(path, "this is binary data, not a venue plan (YAML text)", line=line)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise ImportFailedError(
            path,
            f"the file is not UTF-8 text (byte 0x{data[e.start]:02x}); save it as UTF-8",
            line=line,
        ) from None


def load_document(path: Path, data: bytes) -> LineDict:
    """Parse plan bytes into a :class:`LineDict`, turning every YAML problem into an :class:`ImportFailedError`."""
    text = decode(path, data)
    try:
        document = _parse(text)
    except (_TooDeep, RecursionError):
        raise ImportFailedError(
            path, f"the YAML is nested more than {MAX_DEPTH} levels deep, which no venue plan needs"
        ) from None
    except _TooManyAliased as e:
        raise ImportFailedError(
            path,
            f"the plan expands to more than {MAX_ALIASED_VALUES:,} values through YAML aliases "
            "(&anchors/*references); a venue plan needs far fewer, so it is refused before it is expanded "
            "(aliases nested inside each other multiply: write the repeated values out instead)",
            line=e.line,
        ) from None
    except _RecursiveAlias as e:
        raise ImportFailedError(
            path,
            f"the YAML alias *{e.anchor} is inside the value anchored &{e.anchor}, so the value would hold "
            "itself without end",
            line=e.line,
        ) from None
    except _DuplicateKey as e:
        where = "on this line" if e.first == e.line else f"first on line {e.first}"
        raise ImportFailedError(
            path, f"the key {e.key!r} is given twice in one mapping ({where})", line=e.line
        ) from None
    except _NonTextKey as e:
        raise ImportFailedError(
            path, f"the key {_short(e.key)} is not a name; keys are names such as 'width'", line=e.line
        ) from None
    except yaml.MarkedYAMLError as e:
        raise _syntax_error(path, e) from None
    except yaml.YAMLError as e:  # ReaderError (forbidden characters) has a position but no mark
        position = getattr(e, "position", None)
        line = text.count("\n", 0, position) + 1 if isinstance(position, int) else None
        raise ImportFailedError(path, f"this is not valid YAML: {_reason(e)}", line=line) from None
    if document is None:
        raise ImportFailedError(path, "the file holds no YAML document, only comments or blank lines")
    if not isinstance(document, LineDict):
        if isinstance(document, list):
            kind = "a list"
        elif isinstance(document, str):
            kind = "plain text"
        else:
            kind = f"a single value ({_short(document)})"
        raise ImportFailedError(
            path,
            f"this is not a venue plan: the YAML document is {kind}, "
            "not a mapping of keys (format:, venue:, levels:, ...)",
            line=getattr(document, "line", 1),
        )
    return document


def _syntax_error(path: Path, e: yaml.MarkedYAMLError) -> ImportFailedError:
    mark = e.problem_mark or e.context_mark
    line = mark.line + 1 if mark is not None else None
    problem = e.problem or ""
    if "expected a single document" in (e.context or ""):
        return ImportFailedError(path, "the file holds more than one YAML document ('---'); a plan is one", line=line)
    if "could not determine a constructor for the tag" in problem:
        tag = problem.rsplit(" ", 1)[-1].strip("'").replace("tag:yaml.org,2002:", "!!")
        return ImportFailedError(path, f"the YAML tag {tag} is not allowed in a venue plan", line=line)
    if "<stream end>" in problem and e.context_mark is not None and e.context:
        # an unclosed bracket or quote: the useful line is where it opened, not the end of the file
        return ImportFailedError(
            path,
            f"this is not valid YAML: {e.context.removeprefix('while parsing ')} starts here "
            f"but the file ends before it is closed ({problem})",
            line=e.context_mark.line + 1,
        )
    column = f" at column {mark.column + 1}" if mark is not None else ""
    return ImportFailedError(path, f"this is not valid YAML{column}: {_reason(e)}", line=line)


def _reason(e: yaml.YAMLError) -> str:
    parts = [getattr(e, "context", None), getattr(e, "problem", None)]
    text = "; ".join(p for p in parts if p) or next(iter(str(e).splitlines()), "") or type(e).__name__
    return " ".join(text.split())


def _short(value: Any, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
