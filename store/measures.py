"""The measures kept per report beside its figures: the main figures (one wide row per report),
the rates and table 3's group totals. Data only; ``store.effective`` turns them into SQL."""
from __future__ import annotations

# The main figures: machine values copied into one wide row per report at ingest.
MAIN_FIGURES = (
    "t3.new_received.total", "t3.carried_over.total", "t3.granted.total", "t3.partial.total",
    "t3.total.total", "t3.carried_forward.total",
    "t4.review.total", "t4.direct.total", "t4.after_review.total",
    "n.requests_received", "n.active_published", "n.wechat_posts", "n.review_cases",
    "n.litigation_cases", "n.fees_collected",
)


def column(key: str) -> str:
    """The SQL column name of a main figure key: ``t3.total.total`` -> ``t3_total_total``."""
    return key.replace(".", "_")


# Measures derived from the effective figures, kept per report next to the main figures
# (``effective_main_figures``), so a question or a chart over 100,000 reports reads one
# narrow row per report instead of grouping millions of figures (bench/RESULTS.md).
# Rates (column = metric id of lexicons/metrics.tsv): 1.0 * sum(keys) / sum(den) when every
# key is stated and the denominator is not 0. The assistant reads a rate's column only while
# metrics.tsv defines that metric the same way.
RATES = {
    "substantive_rate": (("t3.granted.total", "t3.partial.total"), ("t3.total.total",)),
    "unavailable_rate": (("t3.unavailable.not_held.total", "t3.unavailable.needs_creation.total",
                          "t3.unavailable.unclear.total"), ("t3.total.total",)),
    "carry_rate": (("t3.carried_forward.total",),
                   ("t3.new_received.total", "t3.carried_over.total")),
    "correction_rate": (("t4.review.corrected", "t4.direct.corrected", "t4.after_review.corrected"),
                        ("t4.review.total", "t4.direct.total", "t4.after_review.total")),
    "review_correction_rate": (("t4.review.corrected",), ("t4.review.total",)),
    "litigation_correction_rate": (("t4.direct.corrected", "t4.after_review.corrected"),
                                   ("t4.direct.total", "t4.after_review.total")),
}


def _t3_group(group: str) -> tuple[str, ...]:
    from extractor import template
    return tuple(f"t3.{r.key}.total" for r in template.rows("t3") if r.key.split(".")[0] == group)


# Table 3's result groups (不予公开 1.–8., 无法提供 1.–3., 不予处理 1.–5., 其他处理): column
# ``t3_<group>_total`` = the sum of the group's row totals that are stated (NULL when none is).
T3_GROUPS = {f"t3_{g}_total": _t3_group(g)
             for g in ("denied", "unavailable", "rejected", "other")}
