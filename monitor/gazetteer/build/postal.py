"""Coordinates from the GeoNames postal file, joined to KATOTTG by name + oblast (+ raion).

The postal raions are the pre-2020 ones (136 new raions replaced ~490 old ones), so a raion
cannot be compared by name. Instead the old → new raion correspondence is learnt from
names that are unique in their oblast in both sets, and used to pair homonyms.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from monitor.gazetteer.build.katottg import RawPlace, RawUnit, clean_uk
from monitor.gazetteer.translit import uk_to_latin

_COUNCIL = re.compile(r"\s*\(.*?\)\s*")


@dataclass(frozen=True)
class PostalPoint:
    name_uk: str
    oblast_id: str
    old_raion: str
    lat: float
    lon: float
    accuracy: int  # GeoNames: 4 = matched to a geonameid, 1 = estimated (centroid)


def read_postal(path: Path, units: dict[str, RawUnit]) -> list[PostalPoint]:
    """One point per (name, oblast, old raion), the most accurate of its postal codes."""
    oblast_by_latin = {uk_to_latin(u.name_uk): u.id for u in units.values() if u.level == "oblast"}
    best: dict[tuple[str, str, str], PostalPoint] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            oblast = oblast_by_latin.get(f[3])
            if oblast is None or not f[9]:
                continue
            name = clean_uk(_COUNCIL.sub(" ", f[2]))
            point = PostalPoint(name, oblast, f[5], float(f[9]), float(f[10]), int(f[11] or 0))
            key = (name, oblast, f[5])
            if key not in best or point.accuracy > best[key].accuracy:
                best[key] = point
    return list(best.values())


def match_postal(places: list[RawPlace], points: list[PostalPoint]) -> dict[str, PostalPoint]:
    """KATOTTG id → its postal point, for pairs that are unambiguous."""
    k_by_name: dict[tuple[str, str], list[RawPlace]] = defaultdict(list)
    for p in places:
        if p.kind != "city_district":
            k_by_name[(p.name_uk, p.oblast_id)].append(p)
    p_by_name: dict[tuple[str, str], list[PostalPoint]] = defaultdict(list)
    for pt in points:
        p_by_name[(pt.name_uk, pt.oblast_id)].append(pt)

    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for key, pts in p_by_name.items():
        ks = k_by_name.get(key, [])
        if len(pts) == 1 and len(ks) == 1:
            votes[pts[0].old_raion + "|" + key[1]][ks[0].raion_id] += 1
    share = {old: {r: n / sum(c.values()) for r, n in c.items()} for old, c in votes.items()}

    out: dict[str, PostalPoint] = {}
    for key, pts in p_by_name.items():
        ks = k_by_name.get(key, [])
        if len(pts) == 1 and len(ks) == 1:
            out[ks[0].id] = pts[0]
        elif ks:
            out.update(_pair_homonyms(pts, ks, share))
    return out


def _pair_homonyms(pts: list[PostalPoint], ks: list[RawPlace],
                   share: dict[str, dict[str, float]]) -> dict[str, PostalPoint]:
    """Greedy one-to-one pairing by how much of the old raion went to each new raion."""
    pairs = []
    for i, pt in enumerate(pts):
        to_new = share.get(pt.old_raion + "|" + pt.oblast_id, {})
        for j, k in enumerate(ks):
            score = to_new.get(k.raion_id, 0.0)
            if score >= 0.15:
                pairs.append((score, i, j))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_k: set[int] = set()
    out: dict[str, PostalPoint] = {}
    for score, i, j in pairs:
        if i in used_p or j in used_k:
            continue
        rivals = [(s, a, b) for s, a, b in pairs if s == score and (a == i) != (b == j)
                  and a not in used_p and b not in used_k]
        used_p.add(i)
        used_k.add(j)
        if not rivals:  # two equally good partners: leave both unpaired
            out[ks[j].id] = pts[i]
    return out
