"""Several figures asked of named organs at once (国家药监局复议和诉讼分别多少, 花沟镇申请和主动公开各
多少): each figure asked on its own and the answers said one after another, never "一次只能问一项"
(rule figures_each). A condition, a ranking, a sum or a grouping over several figures stays one
question (assistant/kind.all_of, metricsum)."""
from __future__ import annotations

from dataclasses import replace

from . import vocab
from .queryplan import QueryPlan
from .result import Answer


def figures_apart(plan: QueryPlan) -> tuple[QueryPlan, ...]:
    """One plan per figure asked, when ``plan`` asks several figures' values of named organs
    with nothing that would join them (no condition, aggregate, ranking, grouping, 或); else ()."""
    if not (plan.kind == "unknown" and plan.metric and plan.other_metrics and plan.organ_ids) \
            or plan.any_metric or plan.op not in (None, "stated") or plan.agg or plan.top \
            or plan.group_by or plan.yoy or plan.vs_mean or plan.vs_metric or plan.metric_conds:
        return ()
    figures = (plan.metric, *plan.other_metrics)
    return tuple(replace(plan, kind="figure", metric=m, other_metrics=(), listing=False,
                         rules=plan.rules_plus("figures_each")) for m in figures)


def joined(question: str, plan: QueryPlan, parts: list[Answer]) -> Answer:
    """The answers of ``figures_apart``'s plans as one: their sentences in turn, their rows with
    the figure each is of; understood only when each was."""
    out = Answer(question=question, text="\n".join(a.text for a in parts),
                 understood=all(a.understood for a in parts),
                 plan=replace(plan, kind="figure", rules=plan.rules_plus("figures_each")))
    for a, mid in zip(parts, (plan.metric, *plan.other_metrics)):
        label = vocab.metric(mid).label
        if a.columns and not out.columns:
            out.columns = ["metric", *a.columns]
        if a.columns and out.columns[1:] == a.columns:
            out.rows += [[label, *r] for r in a.rows]
            out.report_ids += a.report_ids
        out.passages += a.passages
        out.reports += [r for r in a.reports if r not in out.reports]
    return out
