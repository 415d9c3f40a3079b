"""Drawing the front on a terminal canvas: settlements at their coordinates, over a frame of
oblast outlines derived from the gazetteer's own points.

There is no shape file: each cell of a fine grid (braille dots, 2×4 per character) is
given the oblast of the settlements in it, empty cells take the oblast of the nearest
settlement within a few kilometres, and the frame is drawn where neighbouring cells
differ: between two oblasts (a border) or between land and nothing (the country's
edge). With 25,000 placed settlements that is a recognisable map of Ukraine at any zoom.
Pure functions of values, so a test can draw a map without a terminal.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from rich.text import Text

from monitor.tui.styling import CONFIDENCE_MARKS, CONTROL_STYLES

KM_PER_DEGREE = 111.32
FILL_KM = 14.0  # an empty cell belongs to the nearest settlement's oblast within this distance
STRAY_BIN = 0.2  # degrees: the neighbourhood in which a settlement's oblast must not be a stray ...
STRAY_SHARE = 0.2  # ... minority below this share
SPECK_CELLS = 12  # a patch of one oblast this small inside another is a misplaced village, not a border
EDGE_STYLE = "#9e9e9e"
BORDER_STYLE = "#5f5f5f"
FOCUS_STYLE = "#d0d0d0"
OBLAST_LABEL_STYLE = "italic #767676"
# Braille dot bits by (column, row) inside a character's 2×4 grid.
_DOTS = ((0x01, 0x02, 0x04, 0x40), (0x08, 0x10, 0x20, 0x80))
_RANK = {"confirmed": 0, "disputed": 1, "reported": 2, "unconfirmed": 3}


class MapPoint(NamedTuple):
    lat: float
    lon: float
    oblast: str


class MapMarker(NamedTuple):
    lat: float
    lon: float
    label: str
    control: str
    confidence: str


@dataclass(frozen=True, slots=True)
class Bounds:
    south: float
    west: float
    north: float
    east: float

    @classmethod
    def around(cls, points: Iterable[tuple[float, float]], margin: float = 0.04, trim: float = 0.005) -> Bounds:
        """A box around the points, leaving out the ``trim`` share of outliers on each side."""
        lats, lons = (sorted(values) for values in zip(*points))
        cut = int(len(lats) * trim)
        south, north, west, east = lats[cut], lats[-1 - cut], lons[cut], lons[-1 - cut]
        pad_lat, pad_lon = (north - south) * margin + 0.05, (east - west) * margin + 0.05
        return cls(south - pad_lat, west - pad_lon, north + pad_lat, east + pad_lon)


@dataclass(frozen=True)  # not slotted: centres are cached on the instance
class MapFrame:
    """Every placed settlement, by oblast: what the outlines are derived from."""

    points: tuple[MapPoint, ...]

    @classmethod
    def build(cls, points: Iterable[MapPoint]) -> MapFrame:
        """The frame without stray points: a settlement placed by the postal code of a namesake
        lands among another oblast's settlements, where its own oblast is a small minority,
        or alone, far from the rest of its oblast."""
        points = list(points)
        bins: Counter[tuple[int, int, str]] = Counter()
        totals: Counter[tuple[int, int]] = Counter()
        for p in points:
            y, x = _bin(p)
            bins[(y, x, p.oblast)] += 1
            totals[(y, x)] += 1
        kept = []
        for p in points:
            y, x = _bin(p)
            around = sum(bins[(y + dy, x + dx, p.oblast)] for dy in (-1, 0, 1) for dx in (-1, 0, 1))
            if around >= 2 and bins[(y, x, p.oblast)] >= STRAY_SHARE * totals[(y, x)]:
                kept.append(p)
        return cls(tuple(kept))

    @property
    def oblasts(self) -> list[str]:
        return sorted({p.oblast for p in self.points})

    @cached_property
    def centres(self) -> dict[str, tuple[float, float]]:
        """Each oblast's middle (the median settlement's latitude and longitude), largest oblasts first."""
        by_oblast: dict[str, list[MapPoint]] = {}
        for p in self.points:
            by_oblast.setdefault(p.oblast, []).append(p)
        ordered = sorted(by_oblast.items(), key=lambda item: -len(item[1]))
        return {name: (statistics.median(p.lat for p in found), statistics.median(p.lon for p in found))
                for name, found in ordered}

    def bounds(self, oblast: str | None = None) -> Bounds:
        chosen = [(p.lat, p.lon) for p in self.points if oblast is None or p.oblast == oblast]
        return Bounds.around(chosen or [(p.lat, p.lon) for p in self.points])


def _bin(point: MapPoint) -> tuple[int, int]:
    return round(point.lat / STRAY_BIN), round(point.lon / STRAY_BIN)


class _Projection:
    """Degrees to fine-grid cells, keeping distances true (square dots, 2×4 per character)."""

    def __init__(self, bounds: Bounds, width: int, height: int) -> None:
        self.cols, self.rows = width * 2, height * 4
        self._west, self._north = bounds.west, bounds.north
        self._kx = math.cos(math.radians((bounds.south + bounds.north) / 2)) * KM_PER_DEGREE
        span_x = (bounds.east - bounds.west) * self._kx
        span_y = (bounds.north - bounds.south) * KM_PER_DEGREE
        self.scale = min(self.cols / span_x, self.rows / span_y)  # cells per km
        self._ox = (self.cols - span_x * self.scale) / 2
        self._oy = (self.rows - span_y * self.scale) / 2

    def cell(self, lat: float, lon: float) -> tuple[int, int] | None:
        x = int(self._ox + (lon - self._west) * self._kx * self.scale)
        y = int(self._oy + (self._north - lat) * KM_PER_DEGREE * self.scale)
        return (x, y) if 0 <= x < self.cols and 0 <= y < self.rows else None


@dataclass(frozen=True)
class FrameLayer:
    """The outlines drawn for one view and size: the slow part, kept while only markers change."""

    frame: MapFrame
    projection: _Projection
    chars: tuple[tuple[tuple[str, str], ...], ...]  # (character, style) per cell


def frame_layer(frame: MapFrame, bounds: Bounds, width: int, height: int, focus: str | None = None) -> FrameLayer:
    width, height = max(width, 4), max(height, 2)
    projection = _Projection(bounds, width, height)
    owners, names = _owners(frame.points, projection)
    chars: list[list[tuple[str, str]]] = [[(" ", "")] * width for _ in range(height)]
    _draw_frame(chars, owners, projection, names.index(focus) if focus in names else -1)
    return FrameLayer(frame, projection, tuple(tuple(row) for row in chars))


def paint(layer: FrameLayer, markers: Sequence[MapMarker]) -> list[Text]:
    """The layer with the markers and their names on it, then oblast names where room is left."""
    chars = [list(row) for row in layer.chars]
    taken = [[False] * len(row) for row in chars]
    _draw_markers(chars, taken, markers, layer.projection)
    _draw_oblast_names(chars, taken, layer.frame, layer.projection)
    lines = []
    for row in chars:
        line = Text(end="", no_wrap=True)
        for char, style in row:
            line.append(char, style)
        lines.append(line)
    return lines


def draw_map(frame: MapFrame, markers: Sequence[MapMarker], bounds: Bounds, width: int, height: int,
             focus: str | None = None) -> list[Text]:
    """``height`` lines of ``width`` cells: the frame, oblast names, and the markers with their names."""
    return paint(frame_layer(frame, bounds, width, height, focus), markers)


def _owners(points: Sequence[MapPoint], projection: _Projection) -> tuple[list[int], list[str]]:
    """Each fine cell's oblast (an index into the names; -1 for none): the most settlements in
    it, else the nearest within FILL_KM (a breadth-first fill from the settled cells)."""
    names = sorted({p.oblast for p in points})
    index = {name: i for i, name in enumerate(names)}
    counts: Counter[tuple[int, int]] = Counter()
    for p in points:
        cell = projection.cell(p.lat, p.lon)
        if cell is not None:
            counts[(cell[1] * projection.cols + cell[0], index[p.oblast])] += 1
    owners = [-1] * (projection.cols * projection.rows)
    best = [0] * len(owners)
    for (cell, oblast), count in counts.items():
        if count > best[cell]:
            owners[cell], best[cell] = oblast, count
    cols = projection.cols
    settled = [c for c, owner in enumerate(owners) if owner >= 0]
    _spread(owners, cols, settled, max(1, round(FILL_KM * projection.scale)))
    _fill_holes(owners, cols)
    _merge_specks(owners, cols)
    return owners, names


def _neighbours(cell: int, cols: int, total: int) -> list[int]:
    x = cell % cols
    return [n for n in (cell - cols, cell + cols, cell - 1 if x else -1, cell + 1 if x + 1 < cols else -1)
            if 0 <= n < total]


def _spread(owners: list[int], cols: int, sources: list[int], reach: int | None) -> None:
    """Give empty cells the owner of the nearest source cell (within ``reach`` steps, if given)."""
    queue = deque((cell, 0) for cell in sources)
    total = len(owners)
    while queue:
        cell, distance = queue.popleft()
        if reach is not None and distance >= reach:
            continue
        for neighbour in _neighbours(cell, cols, total):
            if owners[neighbour] < 0:
                owners[neighbour] = owners[cell]
                queue.append((neighbour, distance + 1))


def _fill_holes(owners: list[int], cols: int) -> None:
    """Empty cells the outside cannot reach (a lake of unplaced villages) belong to the land around them."""
    total = len(owners)
    outside = [False] * total
    queue = deque(c for c in range(total)
                  if owners[c] < 0 and (c < cols or c >= total - cols or c % cols in (0, cols - 1)))
    for cell in queue:
        outside[cell] = True
    while queue:
        for neighbour in _neighbours(queue.popleft(), cols, total):
            if owners[neighbour] < 0 and not outside[neighbour]:
                outside[neighbour] = True
                queue.append(neighbour)
    holes = [c for c in range(total) if owners[c] < 0 and not outside[c]]
    if holes:
        hole_set = set(holes)
        shore = [c for c in range(total) if owners[c] >= 0 and any(n in hole_set for n in _neighbours(c, cols, total))]
        _spread(owners, cols, shore, None)
        for cell in range(total):
            if outside[cell]:
                owners[cell] = -1


def _merge_specks(owners: list[int], cols: int) -> None:
    """A few cells of one oblast inside another (a village placed by a namesake's postcode) join their surroundings."""
    total = len(owners)
    seen = [False] * total
    for start in range(total):
        if seen[start] or owners[start] < 0:
            continue
        owner, component, around = owners[start], [start], Counter()
        seen[start] = True
        index = 0
        while index < len(component) and len(component) <= SPECK_CELLS:
            for neighbour in _neighbours(component[index], cols, total):
                if owners[neighbour] == owner and not seen[neighbour]:
                    seen[neighbour] = True
                    component.append(neighbour)
                elif owners[neighbour] != owner:
                    around[owners[neighbour]] += 1
            index += 1
        if len(component) <= SPECK_CELLS and around and -1 not in around:
            new_owner = around.most_common(1)[0][0]
            for cell in component:
                owners[cell] = new_owner


def _draw_frame(chars: list[list[tuple[str, str]]], owners: list[int], projection: _Projection, focus: int) -> None:
    cols, rows = projection.cols, projection.rows
    bits: dict[tuple[int, int], int] = {}
    styles: dict[tuple[int, int], str] = {}
    for y in range(rows):
        for x in range(cols):
            owner = owners[y * cols + x]
            if owner < 0:
                continue
            # Beyond the view's edge counts as more of the same: the frame is not drawn there.
            around = [owners[(y + dy) * cols + x + dx] if 0 <= x + dx < cols and 0 <= y + dy < rows else owner
                      for dx, dy in ((1, 0), (0, 1), (-1, 0), (0, -1))]
            edge = -1 in around
            border = any(o not in (-1, owner) for o in around[:2])
            if not (edge or border):
                continue
            key = (x // 2, y // 4)
            bits[key] = bits.get(key, 0) | _DOTS[x % 2][y % 4]
            style = FOCUS_STYLE if owner == focus else EDGE_STYLE if edge else BORDER_STYLE
            if styles.get(key) not in (FOCUS_STYLE, EDGE_STYLE):
                styles[key] = style
    for (cx, cy), value in bits.items():
        chars[cy][cx] = (chr(0x2800 + value), styles[(cx, cy)])


def _draw_markers(chars: list[list[tuple[str, str]]], taken: list[list[bool]], markers: Sequence[MapMarker],
                  projection: _Projection) -> None:
    """Markers first (the most certain wins a shared cell), then each one's name beside it where there is room."""
    placed: dict[tuple[int, int], MapMarker] = {}
    for marker in sorted(markers, key=lambda m: (_RANK.get(m.confidence, 9), m.label)):
        cell = projection.cell(marker.lat, marker.lon)
        if cell is not None:
            placed.setdefault((cell[0] // 2, cell[1] // 4), marker)
    width = len(chars[0])
    for (cx, cy), marker in placed.items():
        chars[cy][cx] = (CONFIDENCE_MARKS.get(marker.confidence, "○"), CONTROL_STYLES.get(marker.control, ""))
        taken[cy][cx] = True
    for (cx, cy), marker in sorted(placed.items(), key=lambda item: _RANK.get(item[1].confidence, 9)):
        label = marker.label
        for start in (cx + 2, cx - 1 - len(label)):
            if start >= 0 and start + len(label) <= width and not any(
                    taken[cy][max(start - 1, 0):min(start + len(label) + 1, width)]):
                _write(chars, taken, cy, start, label, CONTROL_STYLES.get(marker.control, "").replace("bold ", ""))
                break


def _draw_oblast_names(chars: list[list[tuple[str, str]]], taken: list[list[bool]], frame: MapFrame,
                       projection: _Projection) -> None:
    """Each oblast's name at the middle of its settlements, where nothing else is written."""
    width = len(chars[0])
    for name, (lat, lon) in frame.centres.items():
        cell = projection.cell(lat, lon)
        if cell is None:
            continue
        cx, cy = round(cell[0] / 2 - len(name) / 2), cell[1] // 4
        if 0 <= cx and cx + len(name) <= width and not any(taken[cy][max(cx - 1, 0):min(cx + len(name) + 1, width)]):
            _write(chars, taken, cy, cx, name, OBLAST_LABEL_STYLE)


def _write(chars: list[list[tuple[str, str]]], taken: list[list[bool]], row: int, start: int, text: str,
           style: str) -> None:
    for offset, char in enumerate(text):
        chars[row][start + offset] = (char, style)
        taken[row][start + offset] = True
