"""Where small labels go on a plan: the first of a few candidate places that no other label or symbol takes.

Room labels are placed first (at the room's pole of inaccessibility) and
symbols are drawn where they belong; door ids and marker ids then try their
candidate places in order (beside the door inside the room, outside it,
along the wall; right of the symbol, left, above, below) and take the first
free one, or the first one when none is free, so that no id is ever left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from venueplanner.briefing.fonts import text_width

__all__ = ["Box", "Placer", "text_box"]

Box = tuple[float, float, float, float]  # x0, y0, x1, y1, points


def text_box(x: float, y: float, text: str, font: str, size: float, anchor: str = "l") -> Box:
    """The box a line of text takes, drawn with its baseline at `y` and `anchor` (l/c/r) at `x`."""
    w = text_width(text, font, size)
    x0 = x - w / 2 if anchor == "c" else (x - w if anchor == "r" else x)
    return (x0, y - size * 0.22, x0 + w, y + size * 0.75)


class Placer:
    """The boxes taken on one plan."""

    def __init__(self) -> None:
        self.boxes: list[Box] = []

    def take(self, box: Box) -> None:
        self.boxes.append(box)

    def free(self, box: Box) -> bool:
        x0, y0, x1, y1 = box
        return not any(x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1 for b in self.boxes)

    def choose(self, candidates: Sequence[Box]) -> int:
        """Index of the first free candidate (the first one when none is), which is then taken."""
        index = next((i for i, box in enumerate(candidates) if self.free(box)), 0)
        self.take(candidates[index])
        return index
