"""Matplotlib figures for the views of `pipeline.analysis` (used by the exploration notebook).

Each function draws one figure and returns it; the caller shows or saves it.
Needs the `notebook` extra (matplotlib).
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from pipeline.analysis import EFFECTS

EFFECT_COLORS = {"favorable": "#1a9850", "unfavorable": "#d73027", "null": "#9e9e9e", "unclear": "#fdae61"}


def short(concept_id: str) -> str:
    """`cell:uc_msc` -> `uc_msc`: axis labels without the label prefix."""
    return str(concept_id).split(":", 1)[-1]


def heatmap(matrix: pd.DataFrame, title: str, *, xlabel: str = "", ylabel: str = "") -> Figure:
    """A counts matrix with the count written in each non-empty cell."""
    fig, ax = plt.subplots(figsize=(3.5 + 0.6 * matrix.shape[1], 2.2 + 0.4 * matrix.shape[0]))
    image = ax.imshow(matrix.to_numpy(), cmap="Blues", aspect="auto", vmin=0)
    ax.set_xticks(range(matrix.shape[1]), [short(c) for c in matrix.columns], rotation=45, ha="right")
    ax.set_yticks(range(matrix.shape[0]), [short(i) for i in matrix.index])
    peak = matrix.to_numpy().max() or 1
    for (i, j), value in pd.DataFrame(matrix.to_numpy()).stack().items():
        if value:
            ax.text(j, i, int(value), ha="center", va="center", color="white" if value > peak / 2 else "black")
    ax.set(title=title, xlabel=xlabel, ylabel=ylabel)
    bar = fig.colorbar(image, ax=ax, label="papers (distinct PMIDs)")
    bar.locator = MaxNLocator(integer=True)
    bar.update_ticks()
    fig.tight_layout()
    return fig


def count_bars(panels: dict[str, pd.Series]) -> Figure:
    """Side-by-side horizontal bar charts, one per titled series of counts."""
    fig, axes = plt.subplots(1, len(panels), figsize=(4.2 * len(panels), 3.2), squeeze=False)
    for ax, (title, counts) in zip(axes[0], panels.items()):
        if counts.empty:
            ax.text(0.5, 0.5, "none yet", ha="center", va="center", transform=ax.transAxes)
        else:
            counts.iloc[::-1].plot.barh(ax=ax, color="#4c72b0")
            ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set(title=title, ylabel="")
    fig.tight_layout()
    return fig


def effect_bars(panels: dict[str, pd.DataFrame], top: int = 12) -> Figure:
    """Stacked bars of papers per (cell type, outcome) by effect direction, one panel per filter."""
    rows = max([min(len(t), top) for t in panels.values()] + [1])
    fig, axes = plt.subplots(1, len(panels), figsize=(5.5 * len(panels) + 1.5, 1.5 + 0.4 * rows), squeeze=False)
    for ax, (title, table) in zip(axes[0], panels.items()):
        if table.empty:
            ax.text(0.5, 0.5, "no relations", ha="center", va="center", transform=ax.transAxes)
            ax.set_axis_off()
        else:
            shown = table.head(top).iloc[::-1]
            shown.index = [f"{short(c)} → {short(o)}" for c, o in shown.index]
            shown[list(EFFECTS)].plot.barh(stacked=True, ax=ax, color=[EFFECT_COLORS[e] for e in EFFECTS], width=0.8)
            ax.set(xlabel="papers (distinct PMIDs)")
            ax.xaxis.get_major_locator().set_params(integer=True)
            ax.get_legend().remove()
        ax.set_title(title)
    handles = [plt.Rectangle((0, 0), 1, 1, color=EFFECT_COLORS[e]) for e in EFFECTS]
    fig.legend(handles, EFFECTS, title="effect", loc="center right", fontsize="small")
    fig.tight_layout(rect=(0, 0, 1 - 1.3 / fig.get_figwidth(), 1))
    return fig


def lines_over_time(table: pd.DataFrame, title: str) -> Figure:
    """Papers per year, one line per relation."""
    fig, ax = plt.subplots(figsize=(8, 3.5))
    years = range(int(table.index.min()), int(table.index.max()) + 1)
    table.reindex(years, fill_value=0).plot(ax=ax, marker="o")
    ax.set(title=title, xlabel="year", ylabel="papers (distinct PMIDs)")
    ax.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.xaxis.get_major_locator().set_params(integer=True)
    fig.tight_layout()
    return fig
