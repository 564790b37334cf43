"""The labels a reviewer sees for what a table lacks: a template row by its printed label, a
whole column (a table printing 法人或其他组织 as one column) as that column of every row."""
from __future__ import annotations

import pytest

from store import labels as L


@pytest.mark.parametrize("table, key, want", [
    ("t3", "partial", "部分公开"),
    ("t3", "*.commercial", "各行的“商业企业”列"),
    ("t3", "*.other_org", "各行的“其他（法人或其他组织）”列"),
    ("t3", "no_such_row", "未登记的行"),
    ("t3", "*.no_such_col", "未登记的列"),
])
def test_a_missing_row_or_column_is_labelled(table, key, want):
    assert L.row(table, key) == want
