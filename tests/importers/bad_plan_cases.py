"""Bad venue plan files and the exact error each one must give.

``BAD_PLANS`` lists ``(file name under tests/data/bad_plans/, expected message)``.
Each file holds one mistake, so the message is the whole error text (the command
line prints it after ``error: ``). Line numbers were counted in the files; most
files are a small valid plan (10 lines: format, venue, its name, one level, two
spaces ``lobby`` 0..10 x 0..6 and ``hall`` 10..30 x 0..6, exit D1) with one line
changed or added.
"""

from __future__ import annotations

from pathlib import Path

BAD_PLANS_DIR = Path(__file__).resolve().parents[1] / "data" / "bad_plans"

_USES = (
    "hall, standing, seating, stage, backstage, dressing_room, foyer, lobby, bar, restaurant, ticketing, "
    "concourse, corridor, stair_hall, toilets, technical, storage, office, meeting, security, first_aid, "
    "kitchen, outdoor, other"
)

BAD_PLANS: list[tuple[str, str]] = [
    # --- not a YAML mapping at all
    ("empty.yaml", "empty.yaml: the file is empty"),
    ("blank.yaml", "blank.yaml: the file holds no YAML document, only comments or blank lines"),
    ("binary.yaml", "binary.yaml, line 1: this is binary data, not a venue plan (YAML text)"),
    ("pdf-renamed.yaml", "pdf-renamed.yaml: this is a PDF document, not a venue plan (YAML text)"),
    # 'Théâtre' written in Latin-1: the é is byte 0xe9, on line 4
    ("not-utf8.yaml", "not-utf8.yaml, line 4: the file is not UTF-8 text (byte 0xe9); save it as UTF-8"),
    (
        "prose.yaml",
        "prose.yaml, line 1: this is not a venue plan: the YAML document is plain text, "
        "not a mapping of keys (format:, venue:, levels:, ...)",
    ),
    (
        "list-document.yaml",
        "list-document.yaml, line 1: this is not a venue plan: the YAML document is a list, "
        "not a mapping of keys (format:, venue:, levels:, ...)",
    ),
    # line 11 opens '{' and the file ends before '}'
    (
        "syntax-error.yaml",
        "syntax-error.yaml, line 11: this is not valid YAML: a flow mapping starts here but the file ends "
        "before it is closed (expected ',' or '}', but got '<stream end>')",
    ),
    (
        "two-documents.yaml",
        "two-documents.yaml, line 11: the file holds more than one YAML document ('---'); a plan is one",
    ),
    (
        "python-tag.yaml",
        "python-tag.yaml, line 3: the YAML tag !!python/object/apply:os.system is not allowed in a venue plan",
    ),
    ("duplicate-key.yaml", "duplicate-key.yaml, line 11: the key 'width' is given twice in one mapping (on this line)"),
    # x-0 (line 8) repeats [2, 2] (3 values: the list and its numbers) ten times, and each x-N repeats x-(N-1)
    # ten times: the aliases add 30 + 310 + 3110 + 31110 + 311110 = 345670 values up to x-4; x-5 (line 13)
    # adds 311111 per *a4, and the third one brings the count to 1279003 > 10^6
    (
        "billion-laughs.yaml",
        "billion-laughs.yaml, line 12: the plan expands to more than 100,000 values through YAML aliases "
        "(&anchors/*references); a venue plan needs far fewer, so it is refused before it is expanded "
        "(aliases nested inside each other multiply: write the repeated values out instead)",
    ),
    (
        "recursive-alias.yaml",
        "recursive-alias.yaml, line 8: the YAML alias *column is inside the value anchored &column, "
        "so the value would hold itself without end",
    ),
    # --- format version and units
    (
        "no-format.yaml",
        "no-format.yaml, line 1: the plan does not say its format: add 'format: venueplanner-plan/1' at the top",
    ),
    (
        "future-format.yaml",
        "future-format.yaml, line 1: written by a newer venueplanner (format venueplanner-plan/2); "
        "this version reads venueplanner-plan/1",
    ),
    (
        "other-format.yaml",
        "other-format.yaml, line 1: format 'ifc4' is not a venue plan format; this version reads venueplanner-plan/1",
    ),
    ("unknown-units.yaml", "unknown-units.yaml, line 2: units 'in' is not one of the allowed values: m, cm, mm"),
    # --- schema: types, bounds, enums, keys
    ("negative-width.yaml", "negative-width.yaml, line 12: opening 'D3': width must be a positive number, got -1"),
    (
        "nan-width.yaml",
        "nan-width.yaml, line 11: opening 'D2': width must be an ordinary number (finite, at most 1e9 in size), "
        "got .nan",
    ),
    (
        "unknown-use.yaml",
        f"unknown-use.yaml, line 7: space 'lobby': use 'lobbby' is not one of the allowed values: {_USES} "
        "(did you mean 'lobby'?)",
    ),
    (
        "unknown-connector-kind.yaml",
        "unknown-connector-kind.yaml, line 13: connector 'S1': kind 'stairs' is not one of the allowed values: "
        "stair, ramp, escalator, lift (did you mean 'stair'?)",
    ),
    ("unknown-key.yaml", "unknown-key.yaml, line 11: opening 'D2': unknown key 'widht' (did you mean 'width'?)"),
    ("missing-width.yaml", "missing-width.yaml, line 11: opening 'D2': the required key 'width' is missing"),
    ("venue-without-name.yaml", "venue-without-name.yaml, line 2: venue: the required key 'name' is missing"),
    (
        "point-one-number.yaml",
        "point-one-number.yaml, line 11: opening 'D2': at must be a point [x, y] of two numbers, got [10]",
    ),
    # 3e10 is a number (YAML 1.2 notation) and larger than 10^9
    (
        "number-too-large.yaml",
        "number-too-large.yaml, line 8: space 'hall': rect must hold ordinary numbers (finite, at most 1e9 "
        "in size), got 30000000000.0",
    ),
    # `id: 001` is the integer 1 in YAML
    ("number-id.yaml", "number-id.yaml, line 7: space #1: id must be text, got 1 (put it in quotes to make it text)"),
    ("level-as-text.yaml", "level-as-text.yaml, line 5: level #1: this entry must be a mapping of keys, got 'L0'"),
    (
        "polygon-two-points.yaml",
        "polygon-two-points.yaml, line 8: space 'hall': polygon has 2 point(s); a polygon needs at least 3",
    ),
    # [10, 0], [30, 6], [10, 0]: the last corner closes the ring, which leaves a segment
    (
        "polygon-closing-repeat.yaml",
        "polygon-closing-repeat.yaml, line 8: space 'hall': polygon needs at least 3 distinct corners; "
        "the last corner repeats the first",
    ),
    # "D\u0000": a NUL character at the end of the id
    (
        "control-character-id.yaml",
        "control-character-id.yaml, line 11: opening #2: id 'D\\x00' holds a control or invisible character "
        "(U+0000); ids must be printable text on one line",
    ),
    (
        "stair-one-landing.yaml",
        "stair-one-landing.yaml, line 15: connector 'S1': a connector needs at least 2 landings "
        "(one on each level it joins), got 1",
    ),
    # --- references
    (
        "duplicate-id.yaml",
        "duplicate-id.yaml, line 11: opening 'hall': the id 'hall' is already used by the space on line 8; "
        "ids must be unique across the whole plan",
    ),
    ("unknown-level.yaml", "unknown-level.yaml, line 8: space 'hall': level 'L1' does not exist; the levels are L0"),
    (
        "unknown-space.yaml",
        "unknown-space.yaml, line 11: opening 'D2': space 'halle' does not exist (did you mean 'hall'?)",
    ),
    ("rect-and-polygon.yaml", "rect-and-polygon.yaml, line 9: space 'hall': give either rect or polygon, not both"),
    (
        "no-outline.yaml",
        "no-outline.yaml, line 8: space 'hall': its outline is missing: give rect: [x0, y0, x1, y1] "
        "or polygon: [[x, y], ...]",
    ),
    # --- derived spaces: hall ends at x = 30, the door is at x = 31.25: 1.25 m away
    (
        "opening-touches-no-space.yaml",
        "opening-touches-no-space.yaml, line 11: opening 'D2': it touches no space at [31.25, 3]: the nearest "
        "space, 'hall', is 1.25 m away; an opening must be within 0.40 m of a space's outline "
        "(move it or give its spaces)",
    ),
    # L1 is declared on line 6 but no space is on it
    (
        "opening-on-empty-level.yaml",
        "opening-on-empty-level.yaml, line 12: opening 'D2': it touches no space at [5, 3]: level 'L1' has no space "
        "at all; an opening must be within 0.40 m of a space's outline (move it or give its spaces)",
    ),
    # the balcony is 10..30 x 0..4 on L1, the landing at (12, 6): 6 - 4 = 2.00 m away
    (
        "landing-in-no-space.yaml",
        "landing-in-no-space.yaml, line 21: connector 'S1', landing 2: its space cannot be derived: [12, 6] is in "
        "no space of level 'L1': the nearest space, 'balcony', is 2.00 m away; a landing must be inside a "
        "space or within 0.50 m of one (move it or give its space)",
    ),
]
