"""Shared fixtures. Keep small: each package's own helpers live in its test files."""
from __future__ import annotations

import hashlib

import pytest


def _make_record(name="青石县白河镇人民政府", year=2021, county="青石县", figures=None,
                 facts=(), template="2021", sections=None, tag=""):
    """A contract record dict built from parts; every span points into its own text."""
    sections = sections or {
        "一": "一、总体情况\n本机关认真落实政务公开工作要求。" + tag,
        "五": "五、存在的主要问题及改进情况\n一是公开内容不够全面。二是更新不够及时。",
    }
    text = f"{name}{year}年政府信息公开工作年度报告\n" + "\n".join(sections.values()) + "\n"
    figs, fcts = [], []
    for key, value in (figures or {}).items():
        raw = f"{value}"
        start = len(text) + len(key) + 1
        text += f"{key}：{raw}\n"
        figs.append({"key": key, "value": value, "unit": "件", "source": "table", "raw": raw,
                     "span": [start, start + len(raw)]})
    for kind, ftext, value in facts:
        start = text.find(ftext)
        if start < 0:
            start = len(text)
            text += ftext + "\n"
        fcts.append({"kind": kind, "text": ftext, "value": value, "span": [start, start + len(ftext)]})
    sha = hashlib.sha256(text.encode()).hexdigest()
    return {
        "schema": "nianbao.record/1",
        "source": {"path": f"/reports/{name}-{year}{tag}.txt", "format": "txt", "sha256": sha,
                   "chars": len(text)},
        "text": text,
        "organ": {"name": name, "short_name": None, "level": "township", "province": None,
                  "city": None, "county": county},
        "year": year, "template": template,
        "contact": {"address": None, "postcode": None, "phones": [], "fax": None,
                    "email": None, "website": None},
        "facts": fcts, "figures": figs, "checks": [], "warnings": [],
    }


@pytest.fixture
def make_record():
    """Factory: ``make_record(name=…, year=…, figures={key: value}, facts=[(kind, text, value)])``."""
    return _make_record


@pytest.fixture
def store_db(tmp_path):
    """A fresh nianbao store database file in tmp_path."""
    import store
    return store.connect(tmp_path / "n.db")
