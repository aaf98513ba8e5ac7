"""Kind `running_total_drop`: a running total ("depuis 2011") that falls between reporting dates.

A toll counted since a fixed start can only grow. Figures are compared within one claim
(measure, group, place, start year) and one origin, ordered by publication date, never by
article order. A later figure whose whole interval lies below an earlier one's is a drop. When
the two figures rest on different bases (documented vs estimated), the fall is a change of
method, reported as information.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from checker.rules.claims import Claims, key_codes, widened
from checker.rules.kinds._common import (
    distinct,
    EPOCH, block_members, claim_of, over_default_window, claim_words, column, describe, day_words, place_name, digit_slip, may_slip, earlier_extreme_in, fmt_number, focus_keys, focus_rows, iso,
    two_events, undated_note,
)
from checker.rules.model import Hit

DEFAULTS = {"rounding_cap": 0.05, "drop_tolerance": 0.005, "basis_change_severity": "info", "bound_more_than": True,
            "event_other_origin_severity": "off", "slip_other_origin_severity": "off",
            "walked_back_severity": "info", "close_other_origin_ratio": 0.0, "vague_is_floor": True,
            "nested_place_drops": False, "epidemic_other_origin_days": 0, "epidemic_other_origin_ratio": 0.5,
            "hedged_no_other_origin_fall": False, "rival_count_in_article": False}
PARAMS = {
    "rounding_cap": {"type": "number", "minimum": 0, "maximum": 0.5, "description": "most a rounded figure may be off, as a share of it"},
    "drop_tolerance": {"type": "number", "minimum": 0, "maximum": 0.5, "description": "a fall smaller than this share of the earlier figure is ignored"},
    "bound_more_than": {"type": "boolean", "description": "read 'plus de 270.000' as 270,001 to 280,000 (one rounding step above), not as unbounded, so that 'plus de 300.000' followed by 'plus de 200.000' is a fall"},
    "basis_change_severity": {"enum": ["info", "warning", "error"], "description": "severity when the figures rest on different bases (documented, estimated, identified)"},
    "walked_back_severity": {"enum": ["off", "info", "keep"], "description": "a fall across a report that revises the toll down and says so ('révisé le bilan à la baisse de 48 à 45 morts', 'initially put the death toll at 2,053'): reported at this severity ('off': not reported; 'keep': at the severity of any other fall)"},
    "close_other_origin_ratio": {"type": "number", "minimum": 0, "maximum": 1, "description": "one event's toll tied to its event only by reading its report's own day as an update day, from another origin, that falls to no less than this share of the earlier one (the papers' 249, then AP's 201 of 2 August): two sources counting the same dead differently, reported as information; a deeper fall keeps `event_other_origin_severity` (0: every fall keeps it)"},
    "event_other_origin_severity": {"enum": ["off", "info", "warning", "error"], "description": "one event's toll (same measure, group, place and event day) falling between reports from different origins: they count the same dead ('off': compare one origin only)"},
    "vague_is_floor": {"type": "boolean", "description": "a later vague total ('des millions de déplacés', 'tens of thousands killed') sets no ceiling: it says there are many, so no fall from an earlier, larger count (its low end still counts against a later figure)"},
    "nested_place_drops": {"type": "boolean", "description": "compare one event's toll at a place with the later tolls of that event at the places around it (its province, its country): a later toll of the whole below an earlier toll of its part is a fall, reported at `event_other_origin_severity` (warning when that is 'off')"},
    "epidemic_other_origin_days": {"type": "integer", "minimum": 0, "maximum": 60, "description": "an epidemic's running total (record field `event` one of taxonomy.json's `epidemics`) from one origin, then a total of the same start, measure, group and place from another origin at most this many days later, below `epidemic_other_origin_ratio` of it: both count the same dead, and an outbreak's toll does not halve within days (a digit dropped: 1,186 on Friday, 'at least 344' on Monday), reported at `event_other_origin_severity` (0: not compared)"},
    "epidemic_other_origin_ratio": {"type": "number", "minimum": 0, "maximum": 1, "description": "how far below the other origin's earlier total a later epidemic total must lie to be reported (`epidemic_other_origin_days`): two sources count an outbreak's dead somewhat differently, not by half"},
    "hedged_no_other_origin_fall": {"type": "boolean", "description": "an earlier toll its sentence hedges ('More than 130 people are reported to have been killed', 'Au moins 60 personnes auraient trouvé la mort': record field `hedged`) is no count that another origin's later, lower toll falls from (the event, nested-place and epidemic views); one origin's own fall is still compared"},
    "rival_count_in_article": {"type": "boolean", "description": "one event's toll credited to one originator ('le gouvernement maintient son bilan provisoire de 56 victimes') below an earlier toll from another origin (a rights collective's 135) is no fall when its originator gave that same count before the earlier toll was published (the government's 56 of 2 December: held, not a new figure) and its own article also gives, credited to another originator, a count of the same measure and group at least as high as that earlier toll (the NGOs' 'plus de 150 morts' beside it): the article sets two counts side by side, an official one held and a rival one (series-r224)"},
    "slip_other_origin_severity": {"enum": ["off", "info", "warning", "error"], "description": "a running total from another origin that falls to the earlier one mistyped (14,000,000 then 14: its thousands dropped; 1,200 then 120): two originators may count differently, but not by a slip of the keyboard ('off': compare one origin only)"},
}


def running_totals(claims: Claims) -> tuple[pd.DataFrame, list[Hit]]:
    """Dated running totals of flows, and a note about the undated ones (shared with `stale_figure`)."""
    if "running_totals" not in claims.cache:
        claims.cache["running_totals"] = _running_totals(claims)
    w, note = claims.cache["running_totals"]
    return w, list(note)


def _running_totals(claims: Claims) -> tuple[pd.DataFrame, list[Hit]]:
    """Running totals, in two views that never share a block (column `anchor`):

    - counts since a start ("depuis 2011", "since 7 October", `cumulative`), anchored on the start
      year, so that "depuis 2011" and "depuis mars 2011" agree;
    - the tolls of one event so far ("le séisme de vendredi a fait 2.497 morts", "the death toll has
      risen to 2,960": records with `toll` or `event_day`), anchored on their event
      (`_event_anchors`), so that Monday's strike and Wednesday's are two counts. A toll whose
      event stays unknown (anchor None) is compared with nothing, unless it repeats an earlier
      report's figure (stale_figure).

    A record may stand in both. Rows are numbered afresh; `label` is the work-table row."""
    work = claims.work
    flow = work["is_flow"].to_numpy()
    dated = work["pub"].notna().to_numpy()
    cumulative = work["cumulative"].to_numpy() & flow
    # a vague toll ("plusieurs centaines de morts", often a fear voiced early) is no count to fall from
    # nor is a part of the people counted ("an increase of 12", "43 of the dead were in Acapulco"):
    # an increment or a share, not the event's toll
    share = work["part_of"].notna().to_numpy() & (work["group"].to_numpy() == "people")
    event = (work["toll"].to_numpy() | work["event_day"].notna().to_numpy()) & flow \
        & (work["qualifier"].to_numpy() != "vague") & ~share
    note = undated_note(work, (cumulative | event) & ~dated, "running totals")
    # the toll of a dated recurring event ("the toll from Monday's strike rose to 30") counts that
    # event, not a year's running total: it stands in the event view only
    strike = work["event_day"].notna().to_numpy() & ~work["toll"].to_numpy()
    # a toll that "rises to" N with no time of its own keeps the report's default window
    # [published - 1, published] (docs/spec.md section 6, "A risen toll"): a running total with no start
    # of its own, so no "since <year>" total (the Maco landslide's 54 of February and typhoon Gaemi's 33
    # of July are two events of one country and year), but an event's toll so far, read as one whose
    # article does not date its event (its place's one disaster of the days before it, else nothing).
    # Only the copy's own tolls: a credited count ("A total of 116 others sustained minor injuries,
    # officials said") may count other people than the event's toll, and stays a total of its originator
    risen = cumulative & dated & ~strike & over_default_window(work["ps"].to_numpy(), work["pe"].to_numpy(), work["pub"].to_numpy()) \
        & ~share & (work["qualifier"].to_numpy() != "vague") & ~work["attributed"].to_numpy(dtype=bool)
    since = work[cumulative & dated & ~strike & ~risen].copy()
    since["start_year"] = _year(since["ps"].to_numpy())
    years = since["start_year"].to_numpy()
    since["anchor"] = pd.Series(_since_labels(years), index=since.index, dtype=object)  # object, as the tolls' anchors
    _unknown_start_runs(since)
    since["event_toll"] = False
    since["update_tied"] = False
    tolls = work[(event | risen) & dated].copy()
    tolls.loc[risen[(event | risen) & dated], "toll"] = True
    tolls["start_year"] = _year(tolls["ps"].to_numpy())
    tolls["anchor"], tolls["update_tied"] = _event_anchors(tolls)
    tolls["event_toll"] = True
    w = pd.concat([since, tolls])
    w["label"] = w.index.to_numpy()
    return w.reset_index(drop=True), note


def _since_labels(years: np.ndarray) -> np.ndarray:
    """"since 2011" for each start year ("since ?" when unknown), as an object column: built once
    per distinct year, not with numpy's string functions over every row."""
    codes, uniques = pd.factorize(years, use_na_sentinel=True)
    labels = [f"since {y}" for y in np.nan_to_num(np.asarray(uniques, dtype=float)).astype(np.int64).astype(str)]
    return np.array(labels + ["since ?"], dtype=object)[codes]


UNKNOWN_START_DAYS = 365  # how long a running total whose start is unknown is still read as one total


def _unknown_start_runs(since: pd.DataFrame) -> None:
    """Running totals whose start the copy does not give ("Haiti cholera toll tops 900", "sept
    personnes en sont mortes" of cholera six years later) cannot be told to be one total or two:
    reports of one measure, group and place are read as one total only within UNKNOWN_START_DAYS of
    the first report of their run; a report later than that starts another ("since ? (2)")."""
    unknown = np.isnan(since["start_year"].to_numpy(dtype=float))
    if not unknown.any():
        return
    rows = np.nonzero(unknown)[0]
    pub = since["pub"].to_numpy(dtype=float)
    block = key_codes(since, ["measure", "group", "place"])
    anchor = since["anchor"].to_numpy().copy()
    for b in distinct(block[rows]):
        members = rows[block[rows] == b]
        start, run = None, 1
        for r in members[np.argsort(pub[members], kind="stable")]:
            if start is None or pub[r] - start > UNKNOWN_START_DAYS:
                run += start is not None
                start = pub[r]
            if run > 1:
                anchor[r] = f"since ? ({run})"
    since["anchor"] = anchor


def is_unknown_start(anchor: np.ndarray) -> np.ndarray:
    """Rows of `running_totals` counted since a start the copy does not give (any run)."""
    return np.fromiter((isinstance(a, str) and a.startswith("since ?") for a in anchor), dtype=bool, count=len(anchor))


ATTACH_DAYS = 30  # how long after a disaster a toll that does not date it is still read as its toll
# how far apart two days of one place's disaster tolls may be and still be one event: a storm that made
# landfall on the night of 14 March and crossed into the next country on the 16th ("The cyclone made
# landfall on the night of March 14 near Beira" beside Zimbabwe's own "samedi 16 mars") is one cyclone
CHAIN_DAYS = 2


def _event_anchors(t: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Which event each toll counts ("event <day number>", None when unknown), and whether it is
    tied to it only by reading its own report's day as the day the toll was updated
    (`_update_days_undated`).

    A toll about a recurring event (a strike: `toll` false, `event_day` set) is that day's event.
    A disaster's tolls (`toll` true) of one measure, group and place whose days follow each other
    ("vendredi soir", "la nuit de vendredi à samedi", a dateline's day) are one event, dated by the
    first; a disaster toll whose article does not date the event ("the death toll from the floods
    has reached 219") is that place's disaster when the days before it (at most ATTACH_DAYS) hold
    exactly one; with two, or none, its event is unknown and it is compared with nothing."""
    day = t["event_day"].to_numpy(dtype=float)
    pub = t["pub"].to_numpy(dtype=float)
    disaster = t["toll"].to_numpy(dtype=bool)
    pe = t["pe"].to_numpy(dtype=float)
    attributed = t["attributed"].to_numpy(dtype=bool)
    read = day
    day = _update_days_undated(t, day, pub, disaster, attributed)
    update_tied = np.isnan(day) & ~np.isnan(read)
    day = _weekday_a_week_late(t, day, pub, disaster)
    anchor = np.full(len(t), None, dtype=object)
    for r in np.nonzero(~np.isnan(day) & ~disaster)[0]:
        anchor[r] = f"event {int(day[r])}"
    if not disaster.any():
        return anchor, update_tied
    block = key_codes(t, ["measure", "group", "place"])
    for b in distinct(block[disaster]):
        rows = np.nonzero((block == b) & disaster)[0]
        days = np.unique(day[rows][~np.isnan(day[rows])])
        if len(days) == 0:
            # an attack's toll that no report dates ("le bilan officiel de l'attaque, qui est de 72
            # morts"): the one attack of its place the reports before it date ("the attack that began
            # on 21 September, which killed at least 67"), when the days before it hold exactly one;
            # not at a whole country, where attacks recur: a fortnight of Nigeria's news holds a raid on a
            # Zamfara village and, nine days later, the attack on the Abuja-Kaduna train, both placed only
            # at "Nigeria" ("Au moins huit personnes ont été tuées au Nigeria dans une attaque de bandits
            # sur un train", no day): the one attack of a country a batch dates is not the one of its tolls
            if not _country_wide(t["place"].iat[rows[0]]):
                rows = _attack_of_its_place(rows, np.nonzero((block == b) & ~disaster & ~np.isnan(day))[0], day, pub, pe, anchor,
                                            t["value"].to_numpy(dtype=float))
            # no report dates the disaster ("The death toll from floods in Bukavu has risen to 67",
            # then "... to 38" the next day): reports at most ATTACH_DAYS after the first of a run
            # count one event, dated no later than that first report; not a toll counted over a window that
            # closed long before its report ("The deadliest disaster to strike the hajj was in 1990, when a
            # stampede killed 1,426 people"): an older event's, as "Katrina, which killed 1,392 people in 2005"
            _undated_runs(rows[~(pe[rows] < pub[rows] - ATTACH_DAYS)], pub, anchor)
            continue
        starts = days[np.r_[True, np.diff(days) > CHAIN_DAYS]]  # days a day or two apart chain into one event
        first = starts[np.searchsorted(starts, days, side="right") - 1]  # each day's event
        own = rows[~np.isnan(day[rows])]
        anchor[own] = [f"event {int(d)}" for d in first[np.searchsorted(days, day[own])]]
        undated = rows[np.isnan(day[rows])]
        lo = np.searchsorted(days, pub[undated] - ATTACH_DAYS, side="left")
        hi = np.searchsorted(days, pub[undated], side="right")  # the days in [pub - 30, pub]
        one = (hi > lo) & (first[np.minimum(lo, len(days) - 1)] == first[np.maximum(hi - 1, 0)])
        # a toll counted over a window that closed before the event ("Katrina, which killed 1,392
        # people in 2005" in a story on Helene) counts another, older event
        one &= ~(pe[undated] < first[np.minimum(lo, len(days) - 1)] - 1)
        anchor[undated[one]] = [f"event {int(d)}" for d in first[lo[one]]]
        if update_tied[rows].any():
            # (the only candidate left once another report's own day was read as an update: as weak a tie)
            update_tied[undated[one]] = True
        # (a named authority's undated count — a district collector's 195, a charity's patients — may
        # count other dead than the event's running toll: only the copy's own tolls are tied this way)
        several = np.nonzero((hi > lo) & ~one & ~(pe[undated] < first[np.minimum(lo, len(days) - 1)] - 1)
                             & ~attributed[undated])[0]
        if len(several):
            _first_of_report_days(undated[several], lo[several], hi[several], first, own, day, pub, days, anchor)
            update_tied[undated[several]] |= pd.notna(anchor[undated[several]])
        _same_origin_event(t, undated, own, anchor, pub)
    return anchor, update_tied


def _same_origin_event(t: pd.DataFrame, undated: np.ndarray, own: np.ndarray, anchor: np.ndarray,
                       pub: np.ndarray) -> None:
    """A disaster toll that does not date its event, with several candidate events (or none tied to
    it), counts the event its own originator's last toll of the block before it counted, in the
    ATTACH_DAYS before it: "The death toll from the floods in Derna has risen to 5,300, ... OCHA said
    on Sunday" after OCHA's 11,300 of Saturday is OCHA's count of the same floods going on. Only an
    originator the copy names (`_named`: "OCHA", "l'AFAD", "Othman Abdeljalil"), not "les autorités"
    or "officials", whose counts may be anyone's."""
    if not len(undated) or not len(own):
        return
    origin = column(t, "origin")
    named = _named_rows(t)
    pe = t["pe"].to_numpy(dtype=float)
    rows = undated[pd.isna(anchor[undated]) & named[undated] & (origin[undated] != "")]
    if not len(rows):
        return
    tied = own[pd.notna(anchor[own]) & (origin[own] != "")]
    by_origin: dict = {}
    for i in tied[np.argsort(pub[tied], kind="stable")]:
        by_origin.setdefault(origin[i], []).append(i)
    for r in rows:
        before = by_origin.get(origin[r])
        if not before:
            continue
        days = pub[before]
        k = np.searchsorted(days, pub[r], side="left") - 1  # the last toll published before it
        if k < 0 or days[k] < pub[r] - ATTACH_DAYS:
            continue
        event = anchor[before[k]]
        # (not a toll counted over a window that closed before that event: an older event's)
        if not pe[r] < int(event.split()[-1]) - 1:
            anchor[r] = event


def _named_rows(t: pd.DataFrame) -> np.ndarray:
    """Which rows credit a named originator (`_named`), judged once per distinct credit."""
    credit = column(t, "credit")
    attributed = t["attributed"].to_numpy(dtype=bool)
    verdict = {c: _named(c) for c in pd.unique(credit[attributed])} if attributed.any() else {}
    return np.array([bool(a) and verdict.get(c, False) for a, c in zip(attributed, credit)], dtype=bool)


NAMED_WORD = re.compile(r"(?:^|\s|['’])(?:[A-Z][A-Z0-9]+\b|(?<=\s)[A-Z][a-z]+)")


def _named(credit) -> bool:
    """Does a credit name an originator: an acronym ("OCHA", "l'AFAD") or a capitalised word past
    its first ("Othman Abdeljalil", "the Gaza Health Ministry"), not a common noun ("les autorités",
    "Mexican officials")?"""
    return isinstance(credit, str) and NAMED_WORD.search(credit) is not None


WEEK = 7
MAX_WEEKS = 5


def _weekday_a_week_late(t: pd.DataFrame, day: np.ndarray, pub: np.ndarray, disaster: np.ndarray) -> np.ndarray:
    """A disaster toll whose event day rests on a weekday name alone ("the death toll from Monday's
    earthquake rose to 3,419"; its sentence names a weekday and no month, `_weekday_only`) counts the
    event of that weekday one to MAX_WEEKS weeks earlier (the nearest) when earlier tolls of the block count that event and no report of another article
    dates an event within a day of its own: a weekday is read as the last such day before
    publication, so copy run weeks late, or misdated, moves its event by whole weeks; a new disaster
    of the same kind in the same place on the same weekday would be dated by some other report of
    the batch too, or named new by its own sentence ("A new earthquake that struck Turkey on
    Monday", `_new_event`). The earlier tolls must be its own originator's when it names one ("OCHA",
    "the AFAD"); a toll credited to no one, or to "officials", may be anyone's count of that event."""
    out = day.copy()
    dated = disaster & ~np.isnan(day)
    origin = column(t, "origin")
    cand = np.nonzero(dated & (day >= pub - WEEK + 1))[0]
    if not len(cand):
        return out
    named = _named_rows(t)
    block = key_codes(t, ["measure", "group", "place"])
    docs = column(t, "doc")
    # The earliest report of each (block, originator, event day), and of each (block, event day) by
    # anyone; the articles that date an event each (block, day). Keyed in numpy over the blocks the
    # candidates are in: a million records hold 100,000 disaster tolls, too many for a loop.
    rows = np.nonzero(dated & np.isin(block, block[cand]))[0]
    who_codes, _ = pd.factorize(origin[rows], use_na_sentinel=True)  # -1: no originator named
    who_of = dict(zip(origin[rows].tolist(), who_codes.tolist()))
    first_day = int(day[rows].min()) - MAX_WEEKS * WEEK - 1
    span = int(day[rows].max()) - first_day + 2
    n_who = int(who_codes.max(initial=-1)) + 2

    def key(b, who, d):  # who: an originator's code, -1 for anyone
        return (b.astype(np.int64) * n_who + (who + 1)) * span + (d.astype(np.int64) - first_day)
    keys = np.concatenate([key(block[rows], who_codes, day[rows]), key(block[rows], np.full(len(rows), -1), day[rows])])
    earliest = pd.Series(np.concatenate([pub[rows], pub[rows]])).groupby(keys).min()
    earliest_index, earliest_pub = pd.Index(earliest.index), earliest.to_numpy()
    day_key = key(block[rows], np.full(len(rows), -1), day[rows])
    doc_codes = pd.factorize(docs[rows])[0]
    by_day = pd.DataFrame({"k": day_key, "doc": doc_codes}).groupby("k")["doc"].agg(["nunique", "first"])
    day_index, day_docs, day_doc = pd.Index(by_day.index), by_day["nunique"].to_numpy(), by_day["first"].to_numpy()
    doc_code_of = dict(zip(docs[rows].tolist(), doc_codes.tolist()))

    # each candidate's originator if it names one (a toll credited to no one, or to "officials", may be anyone's)
    who = np.array([who_of[origin[r]] if named[r] and origin[r] != "" else -1 for r in cand.tolist()], dtype=np.int64)
    weeks = np.zeros(len(cand), dtype=np.int64)
    for k in range(MAX_WEEKS, 0, -1):  # the nearest week last, so that it wins
        # (the earlier event's day itself, else a day beside it: "la nuit de dimanche à lundi" is read as
        # the Sunday, where the other reports date the Monday, one event of CHAIN_DAYS)
        earlier = np.zeros(len(cand), dtype=bool)
        for d in (0, -1, 1):
            at = earliest_index.get_indexer(key(block[cand], who, day[cand] - k * WEEK + d))
            earlier |= (at >= 0) & (earliest_pub[np.maximum(at, 0)] < pub[cand])
        weeks[earlier] = k
    # no report of another article dates an event within a day of its own
    mine = np.array([doc_code_of.get(docs[r], -1) for r in cand.tolist()], dtype=np.int64)
    for d in (-1, 0, 1):
        at = day_index.get_indexer(key(block[cand], np.full(len(cand), -1), day[cand] + d))
        found = at >= 0
        other = found & ((day_docs[np.maximum(at, 0)] > 1) | (day_doc[np.maximum(at, 0)] != mine))
        weeks[other] = 0
    sentence, lang = column(t, "sentence"), column(t, "lang")
    for r, k in zip(cand[weeks > 0].tolist(), weeks[weeks > 0].tolist()):
        if _weekday_only(sentence[r], lang[r]) and not _new_event(sentence[r]):
            out[r] = day[r] - k * WEEK
    return out


def _new_event(sentence) -> bool:
    """Does the sentence name a new event ("A new earthquake that struck Turkey on Monday", "une
    réplique")? Its weekday is its own event's, not an earlier one's moved by whole weeks."""
    from checker.extract.figures import NEW_EVENT

    return isinstance(sentence, str) and NEW_EVENT.search(sentence) is not None


def _weekday_only(sentence, lang) -> bool:
    """Does the toll's sentence name a weekday and no month, so that its event day rests on a weekday
    ("Monday's earthquake"), its own or another sentence's of its article? Before mut-r200 the
    sentence had to name the event's own weekday: "Le bilan des explosions ... s'est alourdi jeudi à
    50 morts", dated by "mercredi peu avant minuit" two sentences on (its "jeudi" is the day the toll
    was updated), moved with its copy all the same. A sentence that names no day at all is not read
    so: Milton's "au moins 11 morts en Floride", dated by "dans la nuit du jeudi 10 au vendredi 11
    octobre" elsewhere in its article, is another hurricane than Helene's of two Thursdays before."""
    from checker.extract.numbers import fold
    from checker.extract.windows import time_reader

    if not isinstance(sentence, str) or not sentence:
        return False
    try:
        reader = time_reader(lang if isinstance(lang, str) and lang else "en")
    except Exception:  # a language with no time data
        return False
    words = set(re.findall(r"\w+", fold(sentence)))
    return any(w in reader.weekdays for w in words) and not any(w in reader.months for w in words)


def _update_days_undated(t: pd.DataFrame, day: np.ndarray, pub: np.ndarray, disaster: np.ndarray,
                         attributed: np.ndarray) -> np.ndarray:
    """A disaster toll dated by its own report's day or eve, later than an event day another report
    of its block gives in the ATTACH_DAYS before it, reads the day the toll was updated: undated."""
    cand = disaster & ~np.isnan(day) & (day >= pub - 1) & ~attributed
    if not cand.any():
        return day
    block = key_codes(t, ["measure", "group", "place"]).astype(np.float64)
    dated = disaster & ~np.isnan(day)
    # one sorted axis of (block, day) over the dated disaster tolls: per candidate, is there a day
    # in [its day - ATTACH_DAYS, its day - 2] of its block? (searchsorted, not a scan per toll)
    width = np.nanmax(day[dated]) - np.nanmin(day[dated]) + ATTACH_DAYS + 3
    base = np.nanmin(day[dated]) - ATTACH_DAYS - 1
    axis = np.sort(block[dated] * width + (day[dated] - base))
    r = np.nonzero(cand)[0]
    at = block[r] * width + (day[r] - base)
    earlier = np.searchsorted(axis, at - 1, side="left") > np.searchsorted(axis, at - ATTACH_DAYS, side="left")
    # (an event day whose tolls include one under half the toll its place's earlier reports gave is
    # a new incident — an aftershock's "at least one" reported the day it struck — not an update)
    value = t["value"].to_numpy(dtype=float)
    r = r[earlier]
    keep = np.ones(len(r), dtype=bool)
    for k, i in enumerate(r):
        before = (block == block[i]) & disaster & (pub < pub[i])
        same = (block == block[i]) & disaster & (day == day[i]) & (pub == pub[i])
        if before.any() and (value[same] < 0.5 * np.nanmax(value[before])).any():
            keep[k] = False
    out = day.copy()
    out[r[keep]] = np.nan
    return out


def _first_of_report_days(undated: np.ndarray, lo: np.ndarray, hi: np.ndarray, first: np.ndarray, own: np.ndarray,
                          day: np.ndarray, pub: np.ndarray, days: np.ndarray, anchor: np.ndarray) -> None:
    """An undated toll with several candidate events in the days before it ("The death toll in the
    Wayanad landslides has reached 413", after reports dated 30 July, 2 August and 6 August) counts
    the first when every later one is only ever dated by its reports' own day or eve ("Au moins 201
    personnes ..." on 2 August read as 2 August's event, "the official death toll stands at 222" on
    Tuesday): a day the toll was updated, not a disaster of its own. A later event that some report
    dates days before it was published (an aftershock recalled the day after) keeps the toll
    unanchored."""
    event_of = first[np.searchsorted(days, day[own])]
    update_day = day[own] >= pub[own] - 1
    only_updates = {e: bool(update_day[event_of == e].all()) for e in np.unique(event_of)}
    for r, a, b in zip(undated, lo, hi):
        candidates = np.unique(first[a:b])
        if len(candidates) > 1 and all(only_updates.get(e, False) for e in candidates[1:]):
            anchor[r] = f"event {int(candidates[0])}"


def _country_wide(place) -> bool:
    """Is `place` a whole country (or a place the gazetteer puts in none), not a town or a region of one?"""
    from checker.normalise.places import place_ancestors

    return not isinstance(place, str) or not place or len(place_ancestors(place)) <= 1


def _attack_of_its_place(rows: np.ndarray, strikes: np.ndarray, day: np.ndarray, pub: np.ndarray, pe: np.ndarray,
                         anchor: np.ndarray, value: np.ndarray) -> np.ndarray:
    """Anchor each toll of `rows` (one block's tolls, none dating its event) to the one dated attack
    of its block (`strikes`: `event_day`, no `toll`) reported in the ATTACH_DAYS before it, when
    those days hold exactly one attack's day; return the rows left unanchored. A toll named by a
    toll word ("le bilan officiel de l'attaque, qui est de 72 morts", no day given) counts that
    attack's dead so far; with two attacks of the place in those days its event is unknown."""
    if not len(strikes) or not len(rows):
        return rows
    s_day, s_pub = day[strikes], pub[strikes]
    left = []
    for r in rows:
        near = (s_pub <= pub[r]) & (s_pub >= pub[r] - ATTACH_DAYS) & ~(pe[r] < s_day - 1)
        found = np.unique(s_day[near])
        if len(found) == 2 and found[1] - found[0] == 1 and _one_count(strikes[near], found, day, value):
            # one attack dated on two days ("la fusillade de dimanche soir" beside "Monday's shooting":
            # late at night, or another time zone), told so by one count given for both days (58 and 58)
            found = found[:1]
        if len(found) == 1:
            anchor[r] = f"event {int(found[0])}"
        else:
            left.append(r)
    return np.asarray(left, dtype=rows.dtype)


def _one_count(strikes: np.ndarray, days: np.ndarray, day: np.ndarray, value: np.ndarray) -> bool:
    """Do the attacks of two consecutive days (`days`) give one count in common: the same attack's
    toll, dated the night it began by some reports and the day after by others? Two attacks a day
    apart in one place (a city struck two nights running) give tolls of their own; small counts
    ("two dead", "at least 3") coincide by chance, so the count in common must be ONE_COUNT_MIN or more."""
    first, second = (set(value[strikes[day[strikes] == d]].tolist()) for d in days)
    return any(v >= ONE_COUNT_MIN for v in first & second)


ONE_COUNT_MIN = 10


def _undated_runs(rows: np.ndarray, pub: np.ndarray, anchor: np.ndarray) -> None:
    """Anchor the disaster tolls `rows` of one block, none of which dates its event, in runs: each
    run starts at the first report not yet anchored and takes every report within ATTACH_DAYS of
    it ("event <day of that first report>"). Undated reports stay unanchored."""
    dated = rows[~np.isnan(pub[rows])]
    order = dated[np.argsort(pub[dated], kind="stable")]
    start = None
    for r in order:
        if start is None or pub[r] - start > ATTACH_DAYS:
            start = pub[r]
        anchor[r] = f"event {int(start)}"


def _year(days: np.ndarray) -> np.ndarray:
    """Calendar year of day numbers (NaN stays NaN)."""
    out = np.full(len(days), np.nan)
    known = ~np.isnan(days)
    dates = EPOCH + days[known].astype("int64").astype("timedelta64[D]")
    out[known] = dates.astype("datetime64[Y]").astype("int64") + 1970
    return out


def _bounded_top(w: pd.DataFrame, hi_t: np.ndarray) -> np.ndarray:
    """'More than N' read as N+1 to N+g, g the rounding step of N kept within 2 %-15 % of N.

    Who writes "plus de 270.000" has a figure between 270,000 and the next round step in mind
    (domain research, section 4); reading it as unbounded would hide every fall.
    """
    lo = w["lo"].to_numpy()
    open_top = np.isinf(hi_t) & np.isfinite(lo)
    if not open_top.any():
        return hi_t
    base = np.abs(w["value"].to_numpy())
    step = np.clip(w["place_value"].to_numpy(), np.maximum(1, 0.02 * base), np.maximum(5, 0.15 * base))
    return np.where(open_top, base + step, hi_t)


def _bounds(w: pd.DataFrame, params: dict) -> tuple[np.ndarray, np.ndarray]:
    """Each figure's interval as the comparisons read it: widened by rounding, and "more than N"
    bounded one rounding step above (`bound_more_than`)."""
    lo_t, hi_t = widened(w, params["rounding_cap"])
    if params.get("bound_more_than", True):
        hi_t = _bounded_top(w, hi_t)
    if params.get("vague_is_floor", True):
        # "des millions de déplacés" after "over 14 million displaced": many, not at most 9,999,999 (acc-r78)
        hi_t = np.where(w["qualifier"].to_numpy() == "vague", np.inf, hi_t)
    return lo_t, hi_t


def find_drops(w: pd.DataFrame, key_columns: list[str], params: dict) -> dict[int, list[tuple[int, int]]]:
    """Per block, (earlier, later) positions where the later total lies wholly below the earlier."""
    if w.empty:
        return {}
    lo_t, hi_t = _bounds(w, params)
    keys = key_codes(w, key_columns)
    days = w["pub"].to_numpy()
    prev_max_lo = earlier_extreme_in(keys, days, lo_t, "max", focus_rows(keys, focus_keys(w, keys)))
    dropped = hi_t < prev_max_lo * (1 - params["drop_tolerance"])
    out: dict[int, list[tuple[int, int]]] = {}
    floor = 1 - params["drop_tolerance"]
    for block, members in block_members(keys, distinct(keys[dropped])).items():
        pairs = _block_drops(members[np.lexsort((lo_t[members], days[members]))], days, lo_t, hi_t, floor)
        if pairs:
            out[block] = pairs
    return out


def _block_drops(order: np.ndarray, days: np.ndarray, lo_t: np.ndarray, hi_t: np.ndarray, floor: float) -> list[tuple[int, int]]:
    """(earlier, later) pairs of one block, `order` its figures sorted by (day, lower bound).

    Each figure is compared with the earlier-dated figure of highest lower bound (the first to
    reach it, in `order`). Found with running maxima in numpy rather than a walk day by day in
    Python: the blocks of a busy claim hold tens of thousands of figures.
    """
    lo, hi, d = lo_t[order], hi_t[order], days[order]
    n = len(order)
    running = np.maximum.accumulate(lo)
    new_best = np.r_[True, lo[1:] > running[:-1]]  # strictly above every figure before it
    best_at = order[np.maximum.accumulate(np.where(new_best, np.arange(n), 0))]  # best so far, inclusive
    new_day = np.r_[True, d[1:] != d[:-1]]
    day_start = np.maximum.accumulate(np.where(new_day, np.arange(n), 0))
    has_earlier = day_start > 0
    # the best of the days before: the state just before the figure's day begins
    before = np.where(has_earlier, day_start - 1, 0)
    best = best_at[before]
    fell = has_earlier & (hi < lo_t[best] * floor)
    return [(int(b), int(p)) for b, p in zip(best[fell], order[fell])]


def _slip_drops(w: pd.DataFrame, key_columns: list[str], params: dict) -> dict[int, list[tuple[int, int]]]:
    """Per block, (earlier, later) positions where the later total, from another origin, lies below
    an earlier one and is that figure mistyped (`digit_slip`).

    `find_drops` pairs each fall with the highest earlier figure only; a slip may be of any of
    them: "plus de 27 000 morts depuis 2011" in November, after "plus de 270.000" in April and
    "plus de 300.000" in October, is April's figure with a zero dropped. Each later figure that
    fell is paired with the latest earlier figure it is a slip of."""
    drops = find_drops(w, key_columns, params)
    if not drops:
        return {}
    lo_t, hi_t = _bounds(w, params)
    floor = 1 - params["drop_tolerance"]
    keys = key_codes(w, key_columns)
    days, origin, value = w["pub"].to_numpy(), w["origin"].to_numpy(), w["value"].to_numpy()
    out: dict[int, list[tuple[int, int]]] = {}
    members = block_members(keys, np.array(sorted(drops)))
    for block, pairs in drops.items():
        rows = members[block]
        rows = rows[np.argsort(days[rows], kind="stable")]
        slipped = []
        for later in sorted({b for _, b in pairs}):
            earlier = rows[(days[rows] < days[later]) & (lo_t[rows] * floor > hi_t[later])]
            earlier = earlier[may_slip(value[earlier], value[later])]
            for a in earlier[::-1]:  # the latest first
                if origin[a] != origin[later] and digit_slip(value[a], value[later]) is not None:
                    slipped.append((int(a), int(later)))
                    break
        if slipped:
            out[block] = slipped
    return out


def find(claims: Claims, params: dict) -> list[Hit]:
    from checker.rules.kinds import stale_figure

    w, hits = running_totals(claims)
    work = claims.work
    labels = w["label"].to_numpy()
    found: list[tuple] = []
    base = ["measure", "group", "place", "anchor", "origin"]
    stale_labels = stale_figure.with_repeats(claims, w)["label"].to_numpy()
    stale = {stale_labels[t[2]] for triples in stale_figure.cached_stale_triples(claims, w, stale_figure.DEFAULTS).values()
             for t in triples}
    # an old figure repeated is stale, not a fall: left to the stale-figure rule
    known = w[w["anchor"].notna().to_numpy()]
    rows_known = np.nonzero(w["anchor"].notna().to_numpy())[0]
    for pairs in find_drops(known, base + ["basis"], params).values():
        pairs = [(int(rows_known[a]), int(rows_known[b])) for a, b in pairs]
        found.append(([(a, p) for a, p in pairs if labels[p] not in stale], None, "fell"))
    severity = params.get("event_other_origin_severity", "off")
    if severity != "off" and w["event_toll"].any():
        # one event's toll from two origins ("un bilan provisoire" Monday, the ministry Wednesday):
        # both count the same dead, so a later, lower one is still worth a look
        # (a toll with no place because its sentence names several countries is no one claim across
        # origins: "le Népal et plusieurs pays limitrophes" in one report, "en Chine et en Inde" in
        # another count different countries' dead; a toll whose place is only unknown still is one)
        rows = np.nonzero(w["event_toll"].to_numpy() & w["anchor"].notna().to_numpy()
                          & ~_over_countries(w))[0]
        ev = w.iloc[rows]
        origin = ev["origin"].to_numpy()
        close = params.get("close_other_origin_ratio", 0.0)
        tied = w["update_tied"].to_numpy(dtype=bool)
        lo_w, hi_w = _bounds(w, params)
        for pairs in find_drops(ev, ["measure", "group", "place", "anchor", "basis"], params).values():
            pairs = [(int(rows[a]), int(rows[b])) for a, b in pairs if origin[a] != origin[b] or not origin[a]]
            pairs = [(a, b) for a, b in pairs if labels[b] not in stale]
            if close > 0:
                # (a count a quarter lower from another source: an official tally after the papers'
                # unconfirmed one, bodies against body parts; a note, not a slip of the copy)
                near = [(a, b) for a, b in pairs if (tied[a] or tied[b]) and hi_w[b] >= close * lo_w[a]]
                pairs = [p for p in pairs if p not in near]
                if near:
                    found.append((near, "info", "event"))
            found.append((pairs, severity, "event"))
    if params.get("nested_place_drops", False) and w["event_toll"].any():
        doc, value = column(w, "doc"), column(w, "value")
        # one event's toll at a place, then a lower toll of that event at a place around it ("1.041 morts"
        # at Savar, then 676 in Bangladesh): the whole cannot count fewer dead than its part did before
        # (not a later figure whose fall a comparison above already reports: one contradiction, one finding)
        fell_already = {(str(doc[b]), float(value[b])) for pairs, _, _ in found for _, b in pairs}
        pairs = [(a, b) for a, b in _nested_drops(w, params)
                 if labels[b] not in stale and (str(doc[b]), float(value[b])) not in fell_already]
        if pairs:
            found.append((pairs, params.get("event_other_origin_severity", "warning") if severity != "off" else "warning", "nested"))
    if params.get("epidemic_other_origin_days", 0) and severity != "off":
        # an epidemic's running total from another origin, far below an earlier one within days
        pairs = [(a, b) for a, b in _epidemic_drops(w, params) if labels[b] not in stale]
        found.append((pairs, severity, "epidemic"))
    slips = params.get("slip_other_origin_severity", "off")
    if slips != "off" and len(known):
        # "displaced over 14 [million]": a later total from another origin that is an earlier one
        # with its thousands dropped is a slip, whoever counts
        for pairs in _slip_drops(known, ["measure", "group", "place", "anchor", "basis"], params).values():
            pairs = [(int(rows_known[a]), int(rows_known[b])) for a, b in pairs]
            found.append(([(a, b) for a, b in pairs if labels[b] not in stale], slips, "slip"))
    basis = w["basis"].to_numpy()
    for pairs in find_drops(known, base, params).values():
        pairs = [(int(rows_known[a]), int(rows_known[b])) for a, b in pairs]
        found.append(([(a, b) for a, b in pairs if basis[a] != basis[b]], params["basis_change_severity"], "basis"))
    if params.get("walked_back_severity", "info") != "keep" and w["revises"].any():
        found = _walked_back(w, found, params.get("walked_back_severity", "info"), params["rounding_cap"],
                             params.get("bound_more_than", True))
        found += _small_revisions(w, found, params.get("walked_back_severity", "info"), params["rounding_cap"],
                                  params["drop_tolerance"])
    if params.get("rival_count_in_article"):
        # (one look at the table for the pairs of every block: each pair's test reads only its own rows)
        kept = set(_without_rivals_told(w, [p for pairs, _, why in found if why == "event" for p in pairs], params))
        found = [([p for p in pairs if p in kept], sev, why) if why == "event" else (pairs, sev, why)
                 for pairs, sev, why in found]
    if params.get("hedged_no_other_origin_fall") and "hedged" in w.columns and w["hedged"].any():
        # "More than 130 people are reported to have been killed" (witnesses, via a radio), then an official's "at
        # least 60" the next day: a hedged report is no count another origin's toll could fall from (series-r216)
        hedged, origin = w["hedged"].to_numpy(dtype=bool), w["origin"].to_numpy()
        found = [([(a, b) for a, b in pairs if not (hedged[a] and origin[a] != origin[b] and _hedge_at(claims, int(labels[a])))],
                  sev, why) if why in ("event", "nested", "epidemic") else (pairs, sev, why) for pairs, sev, why in found]
    seen = set()
    for pairs, sev, why in found:
        if pairs:
            # an epidemic's toll and another event's of the same place are two totals (a building
            # collapse's 40 dead in Nigeria, then Ebola's 8 there): neither fell from the other
            other = two_events(w, [a for a, _ in pairs], [b for _, b in pairs])
            pairs = [p for p, o in zip(pairs, other) if not o]
        key = frozenset(int(labels[p]) for pair in pairs for p in pair)
        if pairs and (key, why) not in seen:
            seen.add((key, why))
            hits.append(_hit(w, work, pairs, sev, why))
    return hits


def _without_rivals_told(w: pd.DataFrame, pairs: list[tuple[int, int]], params: dict) -> list[tuple[int, int]]:
    """The other-origin falls (a, b) left once those whose later figure b stands, credited, beside a
    count its own article credits to another originator, of the same measure and group and at least as
    high as a: "le gouvernement maintient son bilan provisoire de 56 victimes" in a report whose NGOs
    count "plus de 150 morts" is the official count held against a rival one, not the toll falling
    from the rights collective's 135 of a week before (`rival_count_in_article`, series-r224). Asked of
    the few pairs found; the article's rows are looked up by document, once."""
    from checker.rules.taxonomy import one_originator

    doc, origin = column(w, "doc"), w["origin"].to_numpy()
    attributed = w["attributed"].to_numpy(dtype=bool)
    measure, group = w["measure"].to_numpy(), w["group"].to_numpy()
    lo_w, hi_w = _bounds(w, params)
    wanted = {doc[b] for a, b in pairs if attributed[b]}
    if not wanted:
        return pairs
    by_doc: dict = {}
    for r in np.nonzero(pd.Series(doc).isin(wanted).to_numpy() & attributed)[0].tolist():
        by_doc.setdefault(doc[r], []).append(r)

    # the counts each of those originators gave, with their days: b's count is held when its originator gave
    # it before a was published (not a figure of its own that fell: a slip has no earlier twin)
    owners = {origin[b] for a, b in pairs if attributed[b] and origin[b]}
    pub, value = w["pub"].to_numpy(dtype=float), w["value"].to_numpy(dtype=float)
    given: dict = {}
    for r in np.nonzero(pd.Series(origin).isin(owners).to_numpy() & attributed)[0].tolist():
        given.setdefault((origin[r], measure[r], group[r]), []).append((pub[r], r))

    def held(a: int, b: int) -> bool:
        return any(r != b and d <= pub[a] and lo_w[r] <= value[b] <= hi_w[r]
                   for d, r in given.get((origin[b], measure[b], group[b]), ()))

    def told(a: int, b: int) -> bool:
        return attributed[b] and held(a, b) and any(
            r != b and measure[r] == measure[b] and group[r] == group[b] and origin[r] and origin[b]
            and not one_originator(str(origin[r]), str(origin[b])) and hi_w[r] >= lo_w[a]
            for r in by_doc.get(doc[b], ()))
    return [(a, b) for a, b in pairs if not told(a, b)]


HEDGE_REACH = 40  # characters either side of the figure where its sentence's hedge must stand to bear on it


def _hedge_at(claims: Claims, label: int) -> bool:
    """Does the hedge of a figure's sentence bear on the figure itself ("More than 130 people are reported to
    have been killed", "Au moins 60 personnes auraient trouvé la mort"), not on another clause ("seraient à
    l'origine de la bousculade ..., qui a fait 717 morts")? Asked of the few pairs already found to fall."""
    from checker.extract.figures import lexicon

    recs = claims.records
    if not {"sentence", "text", "lang"} <= set(recs.columns):
        return True
    row = int(claims.work["row"].to_numpy()[label])
    sentence, text, lang = recs["sentence"].iat[row], recs["text"].iat[row], recs["lang"].iat[row]
    if not isinstance(sentence, str) or not isinstance(text, str) or lang not in ("fr", "en"):
        return True
    at = sentence.find(text)
    hedges = lexicon(lang).hedges
    if at < 0 or hedges is None:
        return True
    near = sentence[max(0, at - HEDGE_REACH):at + len(text) + HEDGE_REACH].lower()
    return hedges.search(near) is not None


def _epidemic_drops(w: pd.DataFrame, params: dict) -> list[tuple[int, int]]:
    """(earlier, later) pairs of an epidemic's credited running totals in the "since" view (record field `event`
    one of taxonomy.json's `epidemics`) from two origins: the same measure, group, place, basis and start (both
    unknown, or the same day), the later one published at most `epidemic_other_origin_days` after the
    earlier and below `epidemic_other_origin_ratio` of it. A credited total ("1186, selon le ministère de
    la Santé") and another source's three days later ("at least 344, the Haitian government said") count
    the same dead; an outbreak's toll does not halve in days. Sorted once by block and day, the earlier
    highest of each window found with a sparse table (`range_max`): linear in the batch up to a log."""
    if "event" not in w.columns or not len(w):
        return []
    from checker.rules.kinds.intervals_disagree import range_max
    from checker.rules.taxonomy import epidemics

    codes, kinds = pd.factorize(pd.Series(column(w, "event"), dtype=object).fillna(""))
    epidemic = np.array([k in epidemics() for k in kinds] + [False], dtype=bool)[codes]
    # (only credited totals: an uncredited count beside the toll is often the day's new deaths, "76 nouvelles
    # victimes", read as a total of its own)
    rows = np.nonzero(epidemic & ~w["event_toll"].to_numpy(dtype=bool) & w["anchor"].notna().to_numpy()
                      & w["cumulative"].to_numpy(dtype=bool) & w["attributed"].to_numpy(dtype=bool))[0]
    if len(rows) < 2:
        return []
    sub = w.iloc[rows]
    ps = np.nan_to_num(sub["ps"].to_numpy(dtype=float), nan=-1.0) if "ps" in sub.columns else np.full(len(rows), -1.0)
    keys = key_codes(sub, ["measure", "group", "place", "anchor", "basis", ps])
    pub = sub["pub"].to_numpy(dtype=float)
    order = np.lexsort((pub, keys))
    lo_all, hi_all = _bounds(w, params)
    lo, hi = lo_all[rows][order], hi_all[rows][order]
    at = keys[order].astype(np.float64) * 1e6 + pub[order]  # (block, day), sorted
    first_of_day = np.searchsorted(at, at, side="left")
    window = np.searchsorted(at, at - params["epidemic_other_origin_days"], side="left")
    top = range_max(lo, window, first_of_day)
    ratio = params.get("epidemic_other_origin_ratio", 0.5)
    origin = column(w, "origin")[rows][order]
    pairs = []
    for i in np.nonzero(np.isfinite(top) & (hi < top * ratio))[0].tolist():
        # the highest earlier total of another origin in the window, far enough above
        cands = [j for j in range(window[i], first_of_day[i]) if origin[j] != origin[i] and hi[i] < lo[j] * ratio]
        if cands:
            j = max(cands, key=lambda x: lo[x])
            pairs.append((int(rows[order[j]]), int(rows[order[i]])))
    return pairs


def _nested_drops(w: pd.DataFrame, params: dict) -> list[tuple[int, int]]:
    """(earlier, later) pairs of one event's tolls where the later one, at a place around the earlier
    one's (its country, its province), lies wholly below it: the toll of the whole below a count of
    its part published before. Same measure, group and basis, the same event (event days at most a
    day apart: each place chains its own), tolls only (`event_toll`, an event known). A toll the
    report ties to its event only by its own day (`update_tied`) is left out, as are the places'
    own comparisons (the event view above). Disasters' tolls only (`toll`): a strike's count and
    another originator's range for it ("entre 100 et 300", US intelligence) are not one toll going
    on. Per (measure, group, basis, place around, event), the
    lowest later top is found with a suffix minimum, so the cost stays near linear."""
    from checker.normalise.places import place_ancestors

    rows = np.nonzero(w["event_toll"].to_numpy(dtype=bool) & w["toll"].to_numpy(dtype=bool) & w["anchor"].notna().to_numpy()
                      & w["place"].notna().to_numpy() & ~w["update_tied"].to_numpy(dtype=bool))[0]
    if len(rows) < 2:
        return []
    place = column(w, "place")
    # only places that another one of the tolls' places lies within, and those around them: most
    # batches (and blocks of a big archive) name each event at one level, and cost nothing here
    present = set(pd.unique(place[rows]))
    around_of = {p: [q for q in place_ancestors(p)[1:] if q in present] for p in present}
    inner = {p for p, qs in around_of.items() if qs}
    if not inner:
        return []
    wanted = inner | {q for p in inner for q in around_of[p]}
    rows = rows[np.isin(place[rows], list(wanted))]
    lo_t, hi_t = _bounds(w, params)
    floor = 1 - params["drop_tolerance"]
    anchor, pub = column(w, "anchor"), w["pub"].to_numpy(dtype=float)
    measure, group, basis = column(w, "measure"), column(w, "group"), column(w, "basis")
    day = {r: float(str(anchor[r]).split()[1]) for r in rows if str(anchor[r]).startswith("event ")}
    by_key: dict[tuple, list[int]] = {}
    for r in rows:
        if r in day:
            b = basis[r] if basis[r] == basis[r] else None
            by_key.setdefault((measure[r], group[r], b, place[r]), []).append(r)
    if len(by_key) < 2:
        return []
    # per enclosing place and event day: its tolls sorted by publication, with the suffix minimum of their tops
    suffix: dict[tuple, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
    by_day: dict[tuple, tuple[np.ndarray, np.ndarray]] = {}  # a key's rows ordered by event day, and those days

    def later_tolls(key: tuple, d: float):
        k = key + (d,)
        if k not in suffix:
            if key not in by_day:
                rows_of = np.array(by_key[key], dtype=np.int64)
                days_of = np.array([day[r] for r in by_key[key]])
                by_day[key] = (rows_of[np.argsort(days_of, kind="stable")], np.sort(days_of))
            rows_of, days_of = by_day[key]
            # the rows of event days within a day of d, in table order (as one pass over the key's rows takes them)
            mine = np.sort(rows_of[np.searchsorted(days_of, d - 1, "left"):np.searchsorted(days_of, d + 1, "right")])
            mine = mine[np.argsort(pub[mine], kind="stable")]
            tops = hi_t[mine]
            low_at = np.minimum.accumulate(tops[::-1])[::-1] if len(mine) else tops
            # the row of each suffix's lowest top
            idx = np.empty(len(mine), dtype=np.int64)
            j = len(mine) - 1
            for i in range(len(mine) - 1, -1, -1):
                if tops[i] <= tops[j]:
                    j = i
                idx[i] = j
            suffix[k] = (mine, low_at, mine[idx] if len(mine) else mine)
        return suffix[k]

    out = []
    for (m, g, b, p), members in by_key.items():
        around = around_of.get(p)
        if not around:
            continue
        # a count of the confirmed dead (`documented`) is a floor of the toll: a later toll of the place
        # around it that states no basis cannot be lower either ("bringing to 64 the confirmed number of
        # victims" in Calabria, then 67 in Italy: the confirmed 64 written 640 is caught)
        bases = (b, "", None) if b == "documented" else (b,)
        for a in members:
            for q, bb in ((q, bb) for q in around for bb in bases):
                if (m, g, bb, q) not in by_key:
                    continue
                mine, low_at, arg = later_tolls((m, g, bb, q), day[a])
                if not len(mine):
                    continue
                i = np.searchsorted(pub[mine], pub[a], side="right")
                if i < len(mine) and low_at[i] < lo_t[a] * floor:
                    out.append((int(a), int(arg[i])))
                    break
    return out


def _over_countries(w: pd.DataFrame) -> np.ndarray:
    """Figures with no place whose sentence names places in two countries or more ("en Chine et en
    Inde"): a count over several countries, which no single place's toll is."""
    from checker.normalise.places import default_gazetteer, place_ancestors

    place = w["place"].to_numpy()
    out = np.zeros(len(w), dtype=bool)
    for i in np.nonzero(w["event_toll"].to_numpy())[0]:
        if place[i] and place[i] == place[i]:
            continue
        sentence, lang = w["sentence"].iat[i], w["lang"].iat[i] if "lang" in w.columns else "fr"
        if not sentence or sentence != sentence:
            continue
        found = default_gazetteer().find(sentence, lang if lang == lang and lang else "fr")
        out[i] = len({(place_ancestors(slug) or (slug,))[-1] for _, _, slug in found}) >= 2
    return out


def _walked_back(w: pd.DataFrame, found: list[tuple], severity: str, rounding_cap: float,
                 bound_more_than: bool = True) -> list[tuple]:
    """Falls that a report explains: "les autorités ont révisé le bilan à la baisse de 48 à 45 morts",
    "Disaster management officials initially put the death toll at 2,053 ... 'over 1,000'". A fall
    from an earlier figure to a later one is the walk-back when a report of the same claim (measure,
    group, event or start, a place nested in the other's) published between them, or the later one
    itself, revises the count down and says so (`revises`, engine._walked_back): the earlier count
    was withdrawn. Reported as `severity` (info), or dropped ("off"). The later figure is read as
    the fall was (`bound_more_than`): "au moins 120" is 120 to 130, below a revision to 290, so a
    walk-back to 290 does not explain it (mut-r200: read unbounded, it did)."""
    from checker.normalise.places import place_ancestors

    rev = np.nonzero(w["revises"].to_numpy())[0]
    measure, group, anchor = (column(w, c) for c in ("measure", "group", "anchor"))
    place, pub = column(w, "place"), w["pub"].to_numpy()
    lo, hi = widened(w, rounding_cap)
    # (in the revising article itself, "plus de 1 000" beside its revision to "plus de 1 201" states the
    # revised count loosely: read unbounded there, bounded as the fall is in any other article)
    hi_other = _bounded_top(w, hi) if bound_more_than else hi
    doc = column(w, "doc")
    value = pd.to_numeric(pd.Series(column(w, "value")), errors="coerce").to_numpy(dtype=float)

    def within(p, q):  # p is q's place or one inside it
        return p == q or not p or not q or q in place_ancestors(p)

    def explained(a, b):
        # a revision down to 71 explains a fall from 79 to 71, not one to 42 (below the revised toll); a
        # revision of a place explains a fall there or within it, not one of a wider place that holds it
        # (a county's "dropped the number from 72 to 42" explains no state toll's fall from 96 to 57:
        # helene h10, rules-r223)
        # (the revised count itself, told later at a place around the revision's: "le bilan ramené à 71 morts"
        # placed at Medellín, then the crash's 71 in Colombia the next day is the same walk-back, not a fall
        # of a wider toll; chapecoense c3 -> c6, mut-r266)
        return any(measure[r] == measure[b] and group[r] == group[b] and anchor[r] == anchor[b]
                   and (within(place[b], place[r]) or value[b] == value[r] and within(place[r], place[b]))
                   and pub[a] <= pub[r] <= pub[b]
                   and (hi[b] if doc[b] == doc[r] else hi_other[b]) >= lo[r] for r in rev)

    out = []
    for pairs, sev, why in found:
        if why == "slip":  # "14 [million]": a slip of the keyboard, whatever was revised meanwhile
            out.append((pairs, sev, why))
            continue
        kept = [(a, b) for a, b in pairs if not explained(a, b)]
        walked = [(a, b) for a, b in pairs if explained(a, b)]
        out.append((kept, sev, why))
        if walked and severity != "off":
            out.append((walked, severity, "walked_back"))
    return out


def _small_revisions(w, found: list[tuple], severity: str, rounding_cap: float, tolerance: float) -> list[tuple]:
    """"Italian authorities on Sunday revised the death toll ... down by one, to 290 people killed":
    a report that revises one event's toll down and says so (`revises`) is the walk-back it tells,
    even when the fall from the toll before it (291) is smaller than `drop_tolerance` ignores. Each
    revising figure is set against the earlier figure of its claim (measure, group, event, a place
    nested in its own) with the highest lower bound, reported at `severity`, unless a fall to it is
    reported already. Only a fall within the tolerance: a deeper one is `find_drops`' (and `_walked_back`'s)."""
    if severity == "off":
        return []
    from checker.normalise.places import place_ancestors

    rev = np.nonzero(w["revises"].to_numpy() & w["event_toll"].to_numpy() & w["anchor"].notna().to_numpy())[0]
    if not len(rev):
        return []
    later = {b for pairs, _, _ in found for _, b in pairs}
    measure, group, anchor = (column(w, c) for c in ("measure", "group", "anchor"))
    place, pub = column(w, "place"), w["pub"].to_numpy()
    value = pd.to_numeric(pd.Series(column(w, "value")), errors="coerce").to_numpy(dtype=float)
    lo, hi = widened(w, rounding_cap)
    event = np.nonzero(w["event_toll"].to_numpy() & w["anchor"].notna().to_numpy())[0]
    doc = column(w, "doc")
    out, told = [], set()
    for r in rev:
        if r in later or (doc[r], value[r]) in told:
            continue  # (a headline and its body revising to one figure: one note)
        told.add((doc[r], value[r]))
        before = [a for a in event if pub[a] < pub[r] and measure[a] == measure[r] and group[a] == group[r]
                  and anchor[a] == anchor[r] and not w["revises"].to_numpy()[a]
                  and (place[a] == place[r] or not place[a] or not place[r]
                       or place[r] in place_ancestors(place[a]) or place[a] in place_ancestors(place[r]))]
        if before:
            a = max(before, key=lambda i: (lo[i], pub[i]))
            # (the figures as written: a revision "down by one, to 290" is no rounded 290)
            if value[a] > value[r] >= value[a] * (1 - tolerance) and lo[a] >= lo[r]:
                out.append(([(int(a), int(r))], severity, "walked_back"))
    return out


def _hit(w, work, pairs, severity, why) -> Hit:
    involved = sorted({p for pair in pairs for p in pair})
    labels = w["label"].to_numpy()
    positions = sorted({int(labels[p]) for p in involved})
    claim = claim_of(work, positions[0], window=False)
    claim["since"] = claim_of(work, positions[0])["period_start"]
    claim["origin"] = column(w, "origin")[involved[0]] or None
    if why == "basis":
        bases = sorted({str(column(w, "basis")[p] or "unstated") for p in involved})
        message = (f"The running total ({claim_words(claim)}) falls between reports, but the figures rest on "
                   f"different bases ({', '.join(bases)}): a change of method, not a fall: {describe(work, positions)}.")
    elif why == "walked_back":
        message = (f"The toll ({claim_words(claim)}) falls between reports, but a report in between revised it down "
                   f"and says so (an earlier count withdrawn, not an unexplained fall): {describe(work, positions)}.")
    elif why == "event":
        # the first figure may be tied to its event by the place's only disaster, without a day of its
        # own: the day another figure of the pair gives ("the event of None" otherwise)
        days = [iso(column(w, "event_day")[p]) for p in involved]
        day = next((d for d in days if d), None)
        claim["event_day"] = day
        message = (f"The toll of one event ({claim_words(claim)}{f', the event of {day_words(day)}' if day else ''}) falls between reports "
                   f"from different sources; a toll counts the event's {_counted(claim)} so far and can only grow: "
                   f"{describe(work, positions)}.")
    elif why == "nested":
        days = [iso(column(w, "event_day")[p]) for p in involved]
        day = next((d for d in days if d), None)
        places = column(w, "place")
        a, b = pairs[0]
        message = (f"The toll of one event ({claim_words(claim)}{f', the event of {day_words(day)}' if day else ''}) falls between reports: "
                   f"the later toll for {place_name(places[b])} is below an earlier toll for {place_name(places[a])}, a place within it; a toll "
                   f"counts the event's {_counted(claim)} so far, and the whole cannot count fewer than its part: {describe(work, positions)}.")
    elif why == "epidemic":
        message = (f"An epidemic's running total ({claim_words(claim)}) falls by more than half within days between reports "
                   f"from different sources; both count the outbreak's {_counted(claim)} so far, which can only grow: "
                   f"check for a dropped digit or an old figure: {describe(work, positions)}.")
    elif why == "slip":
        values = column(w, "value")
        a, b = pairs[0]
        small, big = sorted((abs(values[a]), abs(values[b])))
        lang = column(w, "lang")[b] if "lang" in w.columns else None
        message = (f"A running total falls between reports from different sources ({claim_words(claim)}), and "
                   f"{fmt_number(small, lang)} is {fmt_number(big, lang)} with {digit_slip(small, big)}: check for a typing slip: "
                   f"{describe(work, positions)}.")
    elif w["event_toll"].to_numpy()[involved].all():
        # one event's toll from one source (not a count since a start: its window may be one day);
        # the claim, and so the fingerprint, stays as it was
        days = [iso(column(w, "event_day")[p]) for p in involved]
        day = next((d for d in days if d), None)
        message = (f"The toll of one event ({claim_words(claim)}{f', the event of {day}' if day else ''}) falls between "
                   f"reports of one source; a toll counts the event's dead so far and can only grow: "
                   f"{describe(work, positions)}.")
    else:
        since = f", since {claim['since']}" if claim.get("since") else ""
        message = (f"A running total that can only grow falls between reporting dates ({claim_words(claim)}{since}): "
                   f"{describe(work, positions)}.")
    return Hit(positions=positions, message=message, claim=claim, severity=severity)


def _counted(claim: dict) -> str:
    """Whom a toll of the claim's measure counts, in a message: 'dead' for the killed, else the measure
    ('injured', 'missing')."""
    measure = str(claim.get("measure") or "")
    return "dead" if measure in ("killed", "dead", "") else measure
