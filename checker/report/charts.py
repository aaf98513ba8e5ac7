"""Charts of a finding's records: each record's interval against its reporting date.

One vertical bar per record from `low` to `high` (an arrow where the wording leaves it open:
"plus de 250.000" points up), a marker at the stated value, coloured by source *and* drawn
with a per-source marker shape and a text label, so the chart reads in greyscale and for
colour-blind readers. Drawn by matplotlib into SVG text for inline embedding.

Speed matters for big reports: the Agg backend, one figure reused for every chart, text kept
as SVG `<text>` (not paths), no metadata. Past a budget of matplotlib charts, `mini_svg`
draws the same encoding with a few lines of hand-written SVG at a tiny fraction of the cost.
"""
from __future__ import annotations

import io
import itertools
import re
from datetime import date, timedelta
from typing import Any, Optional, Sequence

from markupsafe import Markup, escape

from checker.report._common import clean, interval_text, number

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")
_chart_ids = itertools.count(1)
# the matplotlib chart in inches (its SVG is sized in points, 5.6 in = 403 pt): text of 11-12 pt
# on it still reads at about 7.5 px once a phone's 330 px column shrinks it (9 pt read at 5 px)
WIDTH_IN, PLOT_IN, AXIS_IN = 5.6, 2.9, 0.8  # AXIS_IN: the date labels (two lines) and the axis title
LEGEND_COLUMNS, LEGEND_TOP_IN, LEGEND_ROW_IN = 2, 0.1, 0.26
X_TICKS = 4


def source_of(record: dict[str, Any]) -> str:
    return str(record.get("source") or record.get("doc_id") or "unknown")


def styles_for(records: Sequence[dict[str, Any]]) -> dict[str, tuple[str, str]]:
    """Source -> (colour, marker), stable in order of first appearance."""
    out: dict[str, tuple[str, str]] = {}
    for r in records:
        s = source_of(r)
        if s not in out:
            i = len(out)
            out[s] = (PALETTE[i % len(PALETTE)], MARKERS[i % len(MARKERS)])
    return out


def _day(value: Any) -> Optional[date]:
    value = clean(value)
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def plottable(records: Sequence[dict[str, Any]]) -> list[tuple[dict[str, Any], date]]:
    """Records with a reporting date and a value: the others are listed, not drawn."""
    out = []
    for r in records:
        d = _day(r.get("published"))
        if d is not None and clean(r.get("value")) is not None:
            out.append((r, d))
    return out


def _bounds(points: list[tuple[dict[str, Any], date]]) -> tuple[float, float]:
    ys: list[float] = []
    for r, _ in points:
        ys += [v for v in (clean(r.get("low")), clean(r.get("high")), clean(r.get("value"))) if isinstance(v, (int, float))]
    lo, hi = min(ys), max(ys)
    span = (hi - lo) or max(abs(hi), 1) * 0.5
    return max(0.0, lo - span * 0.35), hi + span * 0.35


def _spread(points: list[tuple[dict[str, Any], date]]) -> list[float]:
    """x positions in days; records of the same day are fanned out so none hides another."""
    seen: dict[date, int] = {}
    xs = []
    for _, d in points:
        k = seen.get(d, 0)
        seen[d] = k + 1
        xs.append(d.toordinal() + (k * 0.8 if k % 2 else -k * 0.8))
    return xs


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAY_STEPS = (1, 2, 3, 7, 14, 21, 28)  # past a day, whole weeks from a Sunday
_MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)


def date_ticks(start: float, end: float, most: int = 4, days: Sequence[date] = ()) -> list[tuple[int, str]]:
    """At most `most` ticks between two day numbers (`date.toordinal`), labelled as an editor reads
    dates: '25 Apr', with the year under the first tick and wherever it changes ('25 Apr\n2015');
    by month, 'Apr\n2015'. The records' own `days` when they are few and far enough apart (a
    fifth of the axis), else whole days, weeks, or the first of a month: few enough that labels
    never run into each other on an axis a phone shows."""
    first, last = max(1, int(start) + (start > int(start))), max(1, int(end))
    most = max(1, most)
    ticks: list[date] = []
    by_month = False
    own = sorted(set(days))
    if own and len(own) <= most and all((b - a).days >= (end - start) / 5 for a, b in zip(own, own[1:])):
        return _labelled(own, False)
    for step in _DAY_STEPS:
        if (last - first) // step + 1 <= most:
            begin = -(-first // step) * step if step > 1 else first  # whole weeks line up from report to report
            ticks = [date.fromordinal(o) for o in range(begin, last + 1, step)]
            break
    else:
        by_month = True
        a, b = date.fromordinal(first), date.fromordinal(last)
        months_a, months_b = a.year * 12 + a.month - 1 + (a.day > 1), b.year * 12 + b.month - 1
        for step in _MONTH_STEPS:
            begin = -(-months_a // step) * step
            if (months_b - begin) // step + 1 <= most or step == _MONTH_STEPS[-1]:
                ticks = [date(m // 12, m % 12 + 1, 1) for m in range(begin, months_b + 1, step)]
                break
    return _labelled(ticks, by_month)


def _labelled(ticks: Sequence[date], by_month: bool) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    year = None
    for d in ticks:
        label = _MONTHS[d.month - 1] if by_month else f"{d.day} {_MONTHS[d.month - 1]}"
        if d.year != year:
            label += f"\n{d.year}"
            year = d.year
        out.append((d.toordinal(), label))
    return out


class ChartMaker:
    """Draws finding charts with matplotlib, reusing one figure (creating figures is the slow part)."""

    def __init__(self, width: float = WIDTH_IN, height: float = PLOT_IN) -> None:
        import matplotlib

        matplotlib.use("Agg", force=False)
        import matplotlib.pyplot as plt
        from matplotlib.figure import Figure

        self._plt = plt
        self._rc = {
            "svg.fonttype": "none",  # text stays text: small, selectable, escaped by the writer
            "svg.hashsalt": "casualty-check",  # deterministic ids, so reports diff cleanly
            "text.parse_math": False,  # a source called "$x$" is a name, not a formula
            "font.size": 12,
            "font.family": "sans-serif",
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
        with matplotlib.rc_context(self._rc):
            self.fig = Figure(figsize=(width, height), dpi=72)
            self.ax = self.fig.add_axes((0.0, 0.0, 1.0, 1.0))
        self._width, self._plot = width, height
        self._matplotlib = matplotlib

    def _layout(self, sources: int) -> int:
        """The figure as tall as its legend needs, set below the plot in two columns: the whole
        width goes to the dates, and the chart keeps its size on a phone's narrow column."""
        rows = -(-sources // LEGEND_COLUMNS)
        legend = LEGEND_TOP_IN + rows * LEGEND_ROW_IN
        height = self._plot + legend
        self.fig.set_size_inches(self._width, height)
        left, right, top = 0.78, 0.22, 0.12
        self.ax.set_position((left / self._width, (legend + AXIS_IN) / height, 1 - (left + right) / self._width,
                              (self._plot - AXIS_IN - top) / height))
        return rows

    def svg(self, records: Sequence[dict[str, Any]], label: str = "") -> Optional[Markup]:
        points = plottable(records)
        if not points:
            return None
        from matplotlib.ticker import FixedFormatter, FixedLocator, FuncFormatter, MaxNLocator

        with self._matplotlib.rc_context(self._rc):
            ax = self.ax
            ax.clear()
            styles = styles_for([r for r, _ in points])
            y0, y1 = _bounds(points)
            xs = _spread(points)
            drawn: set[str] = set()
            labelled: list[tuple[float, str]] = []
            near = max(6.0, (max(xs) - min(xs)) * 0.2)  # a label is about a fifth of the axis wide: closer, they run together
            for (r, _), x in zip(points, xs):
                colour, marker = styles[source_of(r)]
                low, high, value = clean(r.get("low")), clean(r.get("high")), clean(r.get("value"))
                bottom = low if low is not None else y0
                top = high if high is not None else y1
                ax.plot([x, x], [bottom, top], color=colour, linewidth=3, alpha=0.55, solid_capstyle="butt")
                if high is None:
                    ax.annotate("", xy=(x, y1), xytext=(x, bottom),
                                arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.5, "mutation_scale": 12})
                if low is None:
                    ax.annotate("", xy=(x, y0), xytext=(x, top),
                                arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.5, "mutation_scale": 12})
                src = source_of(r)
                ax.plot([x], [value], marker=marker, markersize=10, color=colour, markeredgecolor="black",
                        markeredgewidth=0.6, linestyle="none", label=_short(src, 26) if src not in drawn else "_nolegend_")
                drawn.add(src)
                text = number(value, r.get("lang"))
                if any(t == text and abs(x - lx) < near for lx, t in labelled):
                    continue  # the same figure already labelled beside it ("250,000▲250,000")
                labelled.append((x, text))
                ax.annotate(text, xy=(x, value), xytext=(6, -3), textcoords="offset points",
                            fontsize=11, color="#222222")
            pad = max(6.0, (max(xs) - min(xs)) * 0.12)
            ax.set_xlim(min(xs) - pad, max(xs) + pad)
            ax.set_ylim(y0, y1)
            # ticks of our own: x is a day number (`date.toordinal`), not matplotlib's dates
            ticks = date_ticks(min(xs) - pad, max(xs) + pad, most=X_TICKS, days=[d for _, d in points])
            ax.xaxis.set_major_locator(FixedLocator([t for t, _ in ticks]))
            ax.xaxis.set_major_formatter(FixedFormatter([label for _, label in ticks]))
            ax.yaxis.set_major_locator(MaxNLocator(4))
            ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
            ax.set_xlabel("reporting date", labelpad=2)
            ax.grid(axis="y", color="#dddddd", linewidth=0.6)
            rows = self._layout(len(styles))
            # the legend under the plot, its top at the top of its band, from the left edge
            ax.legend(loc="upper left", bbox_to_anchor=(0.04, (LEGEND_TOP_IN + rows * LEGEND_ROW_IN) / self.fig.get_size_inches()[1]),
                      bbox_transform=self.fig.transFigure, frameon=False, fontsize=12, ncol=LEGEND_COLUMNS,
                      handlelength=1.2, borderaxespad=0.0, columnspacing=1.2)
            buf = io.StringIO()
            self.fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
        return _inline(buf.getvalue(), label)

    def close(self) -> None:
        self.fig.clear()


def _inline(svg: str, label: str) -> Markup:
    """Matplotlib's SVG document as an inline element: no XML prolog, ids unique in the page."""
    svg = svg[svg.index("<svg"):]
    prefix = f"c{next(_chart_ids)}-"
    svg = re.sub(r'\bid="([^"]+)"', lambda m: f'id="{prefix}{m.group(1)}"', svg)
    svg = re.sub(r'(xlink:href="#|href="#|url\(#)([^")]+)', lambda m: f"{m.group(1)}{prefix}{m.group(2)}", svg)
    svg = svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" class="chart-svg" ', 1)
    return Markup(svg)


# --- the cheap chart for large reports --------------------------------------------------------

_W, _H, _L, _R, _T, _B = 360, 140, 62, 120, 10, 32


def mini_svg(records: Sequence[dict[str, Any]], label: str = "") -> Optional[Markup]:
    """The same encoding as `ChartMaker.svg` in hand-written SVG (~1 kB, microseconds)."""
    points = plottable(records)
    if not points:
        return None
    styles = styles_for([r for r, _ in points])
    y0, y1 = _bounds(points)
    xs = _spread(points)
    x0, x1 = min(xs) - 5, max(xs) + 5

    def px(x: float) -> float:
        return round(_L + (x - x0) / (x1 - x0) * (_W - _L - _R), 1)

    def py(y: float) -> float:
        return round(_T + (1 - (y - y0) / (y1 - y0)) * (_H - _T - _B), 1)

    parts = [f'<svg role="img" aria-label="{escape(label)}" class="chart-svg mini" viewBox="0 0 {_W} {_H}" '
             f'width="{_W}" height="{_H}" xmlns="http://www.w3.org/2000/svg">',
             f'<line x1="{_L}" y1="{_H - _B}" x2="{_W - _R}" y2="{_H - _B}" stroke="#999"/>',
             f'<text x="{_L - 4}" y="{py(y1) + 8}" text-anchor="end" font-size="9">{escape(number(round(y1)))}</text>',
             f'<text x="{_L - 4}" y="{py(y0)}" text-anchor="end" font-size="9">{escape(number(round(y0)))}</text>']
    for (r, _), x in zip(points, xs):
        colour, marker = styles[source_of(r)]
        low, high, value = clean(r.get("low")), clean(r.get("high")), clean(r.get("value"))
        cx, top, bottom = px(x), py(high if high is not None else y1), py(low if low is not None else y0)
        parts.append(f'<line x1="{cx}" y1="{top}" x2="{cx}" y2="{bottom}" stroke="{colour}" stroke-width="3" opacity="0.6"/>')
        if high is None:
            parts.append(f'<path d="M{cx - 4},{top + 6}L{cx},{top}L{cx + 4},{top + 6}Z" fill="{colour}"/>')
        if low is None:
            parts.append(f'<path d="M{cx - 4},{bottom - 6}L{cx},{bottom}L{cx + 4},{bottom - 6}Z" fill="{colour}"/>')
        parts.append(_shape(marker, cx, py(value), colour))
    for day, label in date_ticks(x0, x1, most=3, days=[d for _, d in points]):  # the dates as the big chart gives them: never one per record
        cx = px(day)
        lines = label.split("\n")
        parts.append(f'<line x1="{cx}" y1="{_H - _B}" x2="{cx}" y2="{_H - _B + 3}" stroke="#999"/>'
                     f'<text x="{cx}" y="{_H - _B + 12}" text-anchor="middle" font-size="9">{escape(lines[0])}'
                     + "".join(f'<tspan x="{cx}" dy="10">{escape(more)}</tspan>' for more in lines[1:]) + "</text>")
    for i, (src, (colour, marker)) in enumerate(styles.items()):
        y = _T + 6 + i * 14
        parts.append(_shape(marker, _W - _R + 12, y, colour))
        shown = _short(src, 17)  # what fits the legend's 98 px beside the plot
        parts.append(f'<text x="{_W - _R + 22}" y="{y + 3}" font-size="9">{escape(shown)}<title>{escape(src)}</title></text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _short(name: str, most: int) -> str:
    """A source's name cut to what one legend column holds ('outlet-with-long…')."""
    return name if len(name) <= most else name[:most - 1] + "…"


def _shape(marker: str, x: float, y: float, colour: str) -> str:
    style = f'fill="{colour}" stroke="#000" stroke-width="0.6"'
    if marker == "s":
        return f'<rect x="{x - 4}" y="{y - 4}" width="8" height="8" {style}/>'
    if marker == "^":
        return f'<path d="M{x},{y - 5}L{x + 5},{y + 4}L{x - 5},{y + 4}Z" {style}/>'
    if marker == "v":
        return f'<path d="M{x},{y + 5}L{x + 5},{y - 4}L{x - 5},{y - 4}Z" {style}/>'
    if marker == "D":
        return f'<path d="M{x},{y - 5}L{x + 5},{y}L{x},{y + 5}L{x - 5},{y}Z" {style}/>'
    if marker in ("P", "X", "*"):
        return f'<path d="M{x - 5},{y}H{x + 5}M{x},{y - 5}V{y + 5}" stroke="{colour}" stroke-width="3"/>'
    return f'<circle cx="{x}" cy="{y}" r="4.5" {style}/>'
