"""A year said relative to now (今年, 去年, 前年, 上一年度): the one rule of what "now" is.

"This year" is the latest year a report of the store is of (``OrganIndex.latest_year``): a
store of reports up to 2025 reads 今年 as 2025, 去年 as 2024, 前年 as 2023. The words and their
offsets are lexicons/question_words.tsv role relyear; a word of no one year (近两年, 明年: value
-) or a question read with no store stays not understood (the question then asks which year).
The year read is said in the reading (去年→2024年（以库中最新年度2025年为今年）), never taken
silently.
"""
from __future__ import annotations


def offset(value: str) -> int | None:
    """The offset a relyear word's value gives (去年: -1), None for one of no one year (-)."""
    try:
        return int(value)
    except ValueError:
        return None


def read_relative_years(p, said: list, organs, set_, given: list, notes: list, fired: list) -> None:
    """The relative years ``said`` ((word, value) as the vocabulary read them) as years of the
    plan ``p``, added to those said as numbers (今年（25年）: 2025 once), when every one says
    one year and the store has a latest year; else left as they are (not understood)."""
    now = getattr(organs, "latest_year", None)
    shifts = [(w, offset(v)) for w, v in said]
    if not said or now is None or any(d is None for _, d in shifts):
        return
    years = {now + d for _, d in shifts}
    set_("years", tuple(sorted(years | set(p.years))), "relative_year")
    given[:] = [g for g in given if g != "relyear"]
    if "reference" in fired and "refer" not in given:
        fired.remove("reference")
    read = "、".join(f"“{w}”按{now + d}年" for w, d in dict.fromkeys(shifts))
    notes.append(f"{read}理解（以库中最新年度{now}年为今年）")

