"""What an answer is: the sentence, the rows, the SQL, the passages, the reading's chips
(``Answer``), and the error a store that cannot be opened gives (``AskError``)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .queryplan import QueryPlan


class AskError(ValueError):
    """The database cannot be opened or is not a nianbao store (the message names the fix)."""


@dataclass
class Answer:
    question: str
    text: str
    understood: bool
    sql: str | None = None
    params: dict = field(default_factory=dict)
    columns: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)
    reports: list[str] = field(default_factory=list)
    report_ids: list[int] = field(default_factory=list)  # one per row, where rows are reports
    passages: list[dict] = field(default_factory=list)
    value: float | int | None = None
    plan: QueryPlan | None = None
    suggestions: list[str] = field(default_factory=list)
    stats: dict = field(default_factory=dict)
    reading: list[dict] = field(default_factory=list)   # the chips: slot, value, label, rule
    options: list[dict] = field(default_factory=list)   # other readings: label, reading, question
    # the named conditions the store cannot satisfy: slots with no report (years, levels …)
    # and organ / place names it has no report of (洛西镇 beside 两城镇)
    absent: list[str] = field(default_factory=list)
    absent_names: list[str] = field(default_factory=list)
    # per row, for a figure stated in a table or else the prose (收到申请数): 'table' | 'prose'
    # | None, by the store's one definition (store.derived); empty for any other figure
    sources: list[str | None] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"question": self.question, "answer": self.text, "understood": self.understood,
                "sql": self.sql, "params": self.params, "columns": self.columns,
                "rows": self.rows, "reports": self.reports, "value": self.value,
                "passages": self.passages, "suggestions": self.suggestions,
                "stats": self.stats, "plan": self.plan.to_dict() if self.plan else None,
                "reading": self.reading, "reading_text": self.text.split("\n", 1)[0],
                "options": self.options, "sources": self.sources,
                "rules": list(self.plan.rules) if self.plan else [],
                "absent": self.absent, "absent_names": self.absent_names,
                "unread": list(self.plan.unread) if self.plan else []}

    @property
    def organs(self) -> set[str]:
        """The organ names of the rows (what "which organs" questions answer)."""
        if "organ" not in self.columns:
            return set()
        i = self.columns.index("organ")
        return {r[i] for r in self.rows}
