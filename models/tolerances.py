"""Every geometric tolerance of the project, in one place, in metres.

Plans are drawn by hand or exported from CAD with rounding; these figures say how
far apart two things may be and still count as touching. Change them here, never
inline.
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
