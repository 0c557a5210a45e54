"""Every geometric tolerance of the project, in one place.

Plans are drawn by hand or exported from CAD with rounding; these figures say how
far apart two things may be and still count as touching, and how small or thin a
shape may be and still count. Change them here, never inline.

Units: metres unless the comment says otherwise; names of the importers' figures
end with their unit (``_M`` metres, ``_M2`` square metres, ``_DEG`` degrees; no
suffix: a ratio or fraction). Each importer's figures are in its own section.
"""

from __future__ import annotations

#: Coordinates closer than this are the same point (metres).
POINT_EPS = 1e-6

#: An opening joins a space when its position lies within this distance of the
#: space's outline. Openings sit in the middle of a wall, so this is about half of
#: the thickest wall expected (theatre walls reach 0.6 m).
OPENING_REACH = 0.40

#: A connector landing belongs to a space when it lies inside it or this close.
LANDING_REACH = 0.50

#: Overlaps between two spaces of one level smaller than this are drawing noise
#: (square metres).
OVERLAP_AREA = 0.05

#: A space smaller than this has no usable area (square metres).
MIN_SPACE_AREA = 0.01

#: An opening may be this much wider than the wall edge it sits on before it is
#: reported (drawings round widths).
WIDTH_SLACK = 0.02

#: Highest density a crowd can physically reach, persons per square metre; a
#: declared capacity above area x this cannot be real (Fruin's "jam" density is
#: about 5 p/m^2; 6 leaves room for rounding on small rooms).
MAX_PHYSICAL_DENSITY = 6.0


# ---------------------------------------------------------------------------
# IFC importer (importers/ifc_*.py)
# ---------------------------------------------------------------------------

#: How far from a stair's landing point the nearest space may be (metres); beyond it the
#: connector is dropped and the report says why.
IFC_LANDING_SEARCH_M = 3.0

#: How far in front of the first and beyond the last tread a stair's landing is placed (metres).
IFC_LANDING_STEP_OUT_M = 0.5

#: A tread's top is this close to the floor of the level it reaches (metres); roughly one riser.
IFC_STAIR_LEVEL_MATCH_M = 0.45

#: Horizontal faces of a stair at one height with less area than this are handrail tops, not
#: treads (square metres).
IFC_MIN_TREAD_AREA_M2 = 0.04

#: Tread tops within this height of each other are one tread (metres, 1 cm).
IFC_TREAD_HEIGHT_BIN_M = 0.01

#: Two horizontal faces of a stair closer in height than this belong to one step (metres).
IFC_MIN_RISER_M = 0.1

#: Height above a level's floor of the plane that tells barriers (walls, railings) from furniture
#: and floors, when spaces are derived from walls and slabs (metres).
IFC_SECTION_HEIGHT_M = 1.0

#: A slab is a level's floor when its top is this close to the level's elevation (metres).
IFC_FLOOR_MATCH_M = 0.3

#: Gaps between barriers narrower than twice this are closed: walls that meet, drawn a hair apart
#: (metres).
IFC_JOINT_GAP_M = 0.03

#: A free area between barriers narrower than this is the gap along a wall, not a room (metres).
IFC_DERIVED_MIN_WIDTH_M = 0.6

#: A free area between barriers smaller than this is not a room (square metres).
IFC_DERIVED_MIN_AREA_M2 = 1.5

#: A door's width property further than this ratio (either way) from the width of its body is not
#: believed: the file's unit is wrong (dimensionless).
IFC_DOOR_WIDTH_MISMATCH = 1.6

#: How far from a door's centre the probes that tell the two sides of its wall apart reach (metres).
IFC_DOOR_SIDE_PROBE_M = 0.6

#: Triangles whose normal's Z is below this fraction of the normal's length are walls of a body and
#: project to nothing in plan (dimensionless).
IFC_VERTICAL_NZ = 1e-3

#: Snap grid of polygon unions (metres): keeps shared triangle edges exactly shared.
IFC_UNION_GRID_M = 1e-4

#: Two space outlines closer than this have no wall between them (metres); the thinnest partition
#: exporters model is about 5 cm.
IFC_PASSAGE_TOUCH_GAP_M = 0.03

#: A shared edge between two spaces narrower than this is a corner contact, not a way through
#: (metres).
IFC_MIN_PASSAGE_WIDTH_M = 0.6

#: A barrier covering more than this share of the edge two spaces share closes it (fraction).
IFC_PASSAGE_BLOCKED_SHARE = 0.5

#: Space footprints are simplified to this tolerance (metres): exporters triangulate curves finely.
IFC_SIMPLIFY_M = 0.01

#: Holes in a space footprint smaller than this are drawing noise, not columns or voids
#: (square metres).
IFC_MIN_HOLE_AREA_M2 = 0.05

#: A part of a space's outline dropped because it is not the largest is reported above this
#: area (square metres).
IFC_REPORTED_PART_AREA_M2 = 1.0

#: Storeys closer than this in elevation are stacked at the same height (metres).
IFC_SAME_ELEVATION_M = 0.01

# ---------------------------------------------------------------------------
# DXF importer (importers/dxf*.py) and wall linework (importers/walls.py)
# ---------------------------------------------------------------------------

#: Vertices of rooms derived from DXF wall lines closer than this to the line through their
#: neighbours are dropped (metres).
DXF_SIMPLIFY_M = 0.001

#: Holes (columns) in DXF rooms smaller than this are drawing noise (square metres).
DXF_MIN_HOLE_AREA_M2 = 0.01

#: A door leaf is this wide at least and at most (metres): a cupboard door to a wide gate leaf.
DXF_DOOR_LEAF_WIDTH_M = (0.5, 2.5)

#: Door swings sweep between these angles (degrees): 90 usually, 180 for a double-acting door.
DXF_DOOR_SWEEP_DEG = (30.0, 200.0)

#: Two door swings whose closed ends are closer than this fraction of the leaf width form a double
#: door (dimensionless).
DXF_DOOR_PAIR_TOLERANCE = 0.1

#: Two door symbols whose centres are closer than this are the same door (metres).
DXF_SAME_DOOR_M = 0.10

#: Jambs are wall lines crossing a line this far inside the wall from the door's chord (metres) ...
DXF_JAMB_PROBE_M = 0.02

#: ... or ends of wall lines lying this close to the chord's line: a wall drawn as one line (metres).
DXF_JAMB_IN_LINE_M = 0.05

#: The chord that closes a door gap is extended by this much at each end to meet the jambs (metres).
DXF_CLOSURE_EXTENSION_M = 0.05

#: Curves are flattened to chords deviating from the curve by at most this fraction of the
#: drawing's size (5 mm on a 50 m plan), whatever the file's unit (dimensionless).
DXF_FLATTEN_FRACTION = 1e-4

#: An open polyline on a room layer whose ends are this close is closed (metres).
DXF_ROOM_CLOSE_GAP_M = 0.05

#: Two room outlines overlapping by this fraction of the smaller one are the same room.
DXF_ROOM_DUPLICATE_OVERLAP = 0.9

#: A room outline holds another when it covers this fraction of it.
DXF_ROOM_CONTAINS_FRACTION = 0.95

#: Drawings in one model space farther apart than this are separate sheets (metres).
DXF_SHEET_GAP_M = 3.0

#: The largest side of a drawn venue, when a declared unit is checked (metres): a small hall to a
#: stadium with its grounds. Used for DXF plans and for meshes.
PLAUSIBLE_VENUE_SIZE_M = (5.0, 3000.0)

#: The radius of a door swing (a leaf's width) when a declared DXF unit is checked and the drawing
#: has door arcs (metres).
PLAUSIBLE_DOOR_SWING_M = (0.5, 2.5)

#: Gaps up to this width between solid parts of wall linework are closed (metres): a wide single
#: door leaf is 1.0 m, its opening with frame about 1.2 m.
WALLS_DOOR_GAP_M = 1.2

#: Faces of polygonised wall linework thinner than this are wall bodies (metres): theatre walls
#: reach 0.6 m.
WALLS_MAX_THICKNESS_M = 0.6

#: Areas enclosed by wall lines smaller than this are slivers, ducts or drawing noise
#: (square metres).
WALLS_MIN_ROOM_AREA_M2 = 1.0

#: Wall lines are thickened by this much to make them solid (metres, a tenth of a millimetre).
WALLS_LINE_EPS_M = 1e-4

# ---------------------------------------------------------------------------
# Mesh importer (importers/mesh*.py)
# ---------------------------------------------------------------------------

#: Vertices of mesh footprints closer than this to the line through their neighbours are dropped
#: (metres).
MESH_SIMPLIFY_M = 0.001

#: Holes in mesh footprints smaller than this are cracks between faces (square metres).
MESH_MIN_HOLE_AREA_M2 = 0.01

#: The top level of a mesh is taken for a roof when nothing rises more than this above it (metres).
MESH_ROOF_CLEARANCE_M = 0.5

#: Faces whose unit normal has a Z above this face up: floors, 18 degrees of slope at most
#: (dimensionless).
MESH_FLOOR_NORMAL_Z = 0.95

#: Floor faces within this height of a level's height belong to it (metres).
MESH_LEVEL_HEIGHT_TOLERANCE_M = 0.15

#: A level of a mesh holds at least this much floor area (square metres); smaller groups are stair
#: treads, tables.
MESH_MIN_LEVEL_AREA_M2 = 5.0

#: Two levels of a mesh are at least this far apart (metres): a low mezzanine is 2.2 m above its
#: floor.
MESH_MIN_STOREY_M = 1.8

#: Parts of a mesh footprint narrower than this cannot be walked: wall tops, sills (metres).
MESH_MIN_WIDTH_M = 0.6

#: Cracks between floor faces narrower than this are closed before the union is cut into spaces
#: (metres).
MESH_HEAL_M = 1e-3

#: Floor-face vertices closer than this are one vertex when the faces are joined (metres).
MESH_WELD_M = 1e-6
