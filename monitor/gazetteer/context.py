"""Which of several same-named places a text means, judged by the other places it names.

An anchor is something already placed in the text: a settlement matched unambiguously,
or an oblast/raion named outright. A candidate is supported by anchors in its hromada
(strongest), its raion, within NEAR_KM of it, or in its oblast (weakest), more so in
the same sentence. Counts are kept per unit so a candidate costs a few dictionary
lookups, however long the text.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from monitor.gazetteer.model import Place

NEAR_KM = 25.0  # a namesake this close to another named place is its neighbour
BIG_CITY = 100_000  # as an anchor, a city this large only tells the oblast: "near Kharkiv"


class Anchor(NamedTuple):
    oblast: str
    raion: str
    hromada: str
    sentence: int
    key: str  # the name it was matched by ("" for a named region)
    lat: float | None = None
    lon: float | None = None


def place_anchor(place: Place, sentence: int, key: str) -> Anchor:
    """An anchor for a placed settlement. Approximate coordinates (a council or raion
    centre) are not used for distances."""
    if place.prominence >= BIG_CITY:
        return Anchor(place.oblast_id, "", "", sentence, key)
    exact = place.coords != "approx"
    return Anchor(place.oblast_id, place.raion_id, place.hromada_id, sentence, key,
                  place.lat if exact else None, place.lon if exact else None)


def km2(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Squared distance in km (flat earth: fine at the scale of neighbouring villages)."""
    scale = math.cos(math.radians(lat1))
    return ((lat2 - lat1) * 111.0) ** 2 + ((lon2 - lon1) * 111.0 * scale) ** 2


def near_any(place: Place, points: list[tuple[float, float]]) -> bool:
    """Within NEAR_KM of one of the points (False without reliable coordinates)."""
    if place.lat is None or place.lon is None or place.coords == "approx":
        return False
    return any(km2(place.lat, place.lon, lat, lon) <= NEAR_KM ** 2 for lat, lon in points)


class Context:
    """The anchors of one text, indexed for `support`. The front line crosses oblast
    borders (Kreminna, Luhansk Oblast, and Terny, Donetsk Oblast, are neighbours), hence
    distances as well as the hierarchy.

    Ranking a common name's namesakes (85 villages are called Kalynivka) asks this of each,
    and most lie far from everything the text names: no unit in common with an anchor and
    out of reach of every anchor's point. `ties` answers those with a few set lookups and
    comparisons (`_reach`: the box NEAR_KM around the points), without counting."""

    def __init__(self, anchors: list[Anchor]) -> None:
        counts: dict[tuple[object, ...], int] = {}
        points: dict[tuple[float, float, str], set[int]] = {}
        for a in anchors:
            for unit in (a.hromada, a.raion, a.oblast):
                if unit:
                    for tie in ((unit,), (unit, a.sentence), (unit, a.key), (unit, a.key, a.sentence)):
                        counts[tie] = counts.get(tie, 0) + 1
            if a.lat is not None and a.lon is not None:
                points.setdefault((a.lat, a.lon, a.key), set()).add(a.sentence)
        self.counts = counts
        self.units = {tie[0] for tie in counts}  # every unit an anchor lies in
        self.points = list(points.items())
        self._box = _reach([(lat, lon) for (lat, lon, _), _ in self.points])

    def support(self, place: Place, sentence: int, key: str) -> tuple[float, int]:
        """Closest tie to an anchor (3 hromada, 2 raion, 1.25 within NEAR_KM, 1 oblast;
        +0.5 in the same sentence) and how many anchors share it. Anchors matched by the
        same name do not count. Distance ranks below the raion: coordinates of small
        villages are less certain than their hierarchy."""
        best = self._near(place, sentence, key)
        n = self.counts
        for level, unit in enumerate((place.hromada_id, place.raion_id, place.oblast_id)):
            if not unit or unit not in self.units:
                continue
            same = n.get((unit, sentence), 0) - n.get((unit, key, sentence), 0)
            if same > 0:
                return max(best, (3.5 - level, same))
            anywhere = n[(unit,)] - n.get((unit, key), 0)
            if anywhere > 0:
                return max(best, (3.0 - level, anywhere))
        return best

    def same_sentence(self, place: Place, sentence: int, key: str) -> float:
        """3.5 when a neighbour the same sentence names lies in the place's hromada ("Tolste,
        near Zelenyi Hai"), else 0. A raion (dozens of hromadas since 2020) or an oblast in
        common is no such tie, nor is a distance (village coordinates are often a council's)."""
        n = self.counts
        unit = place.hromada_id
        return 3.5 if unit and n.get((unit, sentence), 0) - n.get((unit, key, sentence), 0) > 0 else 0.0

    def ties(self, place: Place, sentence: int, key: str) -> tuple[float, float, int]:
        """`same_sentence` and `support` at once, (0.0, 0.0, 0) straight away for a place
        with no unit of an anchor's and out of reach of every point."""
        units = self.units
        if place.hromada_id not in units and place.raion_id not in units and place.oblast_id not in units \
                and not self._within_reach(place):
            return 0.0, 0.0, 0
        return (self.same_sentence(place, sentence, key), *self.support(place, sentence, key))

    def _within_reach(self, place: Place) -> bool:
        """Inside the box around the points (see `_reach`); False without reliable coordinates."""
        if place.lat is None or place.lon is None or place.coords == "approx" or self._box is None:
            return False
        south, north, west, east = self._box
        return south <= place.lat <= north and west <= place.lon <= east

    def _near(self, place: Place, sentence: int, key: str) -> tuple[float, int]:
        if not self._within_reach(place):
            return 0.0, 0
        same = other = 0
        for (lat, lon, anchor_key), sentences in self.points:
            if anchor_key != key and km2(place.lat, place.lon, lat, lon) <= NEAR_KM ** 2:
                if sentence in sentences:
                    same += 1
                else:
                    other += 1
        if same:
            return 1.75, same
        return (1.25, other) if other else (0.0, 0)


_SLACK = 0.01  # degrees (a kilometre) added to the box, against rounding at its edges


def _reach(points: list[tuple[float, float]]) -> tuple[float, float, float, float] | None:
    """(south, north, west, east): a box holding every place within NEAR_KM of a point (by `km2`),
    or None without points. North-south a degree is 111 km anywhere; east-west `km2` scales a
    degree by the cosine of the place's latitude, which is smallest at the box's edge furthest
    from the equator, so the east-west margin is worked out there."""
    if not points:
        return None
    margin = NEAR_KM / 111.0 + _SLACK
    south = min(lat for lat, _ in points) - margin
    north = max(lat for lat, _ in points) + margin
    widest = max(abs(south), abs(north))
    if widest >= 89.0:  # (near a pole any longitude may be near)
        return south, north, -math.inf, math.inf
    margin_east = NEAR_KM / (111.0 * math.cos(math.radians(widest))) + _SLACK
    return (south, north, min(lon for _, lon in points) - margin_east,
            max(lon for _, lon in points) + margin_east)
