"""Issue 2's yardstick: one report typeset as Word-export text, pipe-flattened page text
(three layouts), HTML with rowspan/colspan, DOCX with merged cells and a PDF printed from
that DOCX gives exactly the same figures — including versions whose cells all hold
different non-zero numbers, so a shifted column cannot hide, and versions with blank cells."""
import shutil

import pytest

from bench.generate import make_spec, render
from extractor import extract

LAYOUTS = [("txt", None, "txt"), ("pipe", "row", "txt"), ("pipe", "cell", "txt"),
           ("pipe", "cell_bar", "txt"), ("html", None, "html"), ("docx", None, "docx")]
if shutil.which("soffice"):
    LAYOUTS.append(("pdf", None, "pdf"))

SPECS = {  # name: make_spec options
    "2019-distinct": dict(seed=101, year=2020, distinct=True),
    "2021-distinct": dict(seed=102, year=2022, distinct=True),
    "2021-blank-cells": dict(seed=103, year=2023, blank_cells=0.3),
    "2019-zeros": dict(seed=104, year=2019, zeros=1.0),
    # the quirks of real tables (misprinted labels, 1、, a broken group heading, a label one
    # character per line, an empty label cell before the values), in every format
    "2019-quirks": dict(seed=105, year=2020, distinct=True, quirks=True),
    "2021-quirks": dict(seed=106, year=2024, distinct=True, quirks=True),
    "2021-quirks-blank": dict(seed=107, year=2022, blank_cells=0.3, quirks=True),
}


def table_figures(record):
    return {f.key: f.value for f in record.figures if f.key.split(".")[0] in ("t2", "t3", "t4")}


@pytest.fixture(scope="module", params=list(SPECS))
def rendered(request, tmp_path_factory):
    opts = dict(SPECS[request.param])
    spec = make_spec(opts.pop("seed"), idx=1, **opts)
    out = tmp_path_factory.mktemp(request.param)
    records = {}
    for fmt, variant, ext in LAYOUTS:
        path = out / f"{fmt}-{variant}.{ext}"
        render(spec, fmt, path, **({"variant": variant} if variant else {}))
        records[(fmt, variant)] = extract(path)
    return spec, records


def test_every_format_gives_the_gold_table_figures(rendered):
    spec, records = rendered
    gold = {k: v for k, v in spec.gold["figures"].items() if k.split(".")[0] in ("t2", "t3", "t4")}
    assert len(gold) > 20
    for layout, rec in records.items():
        got = table_figures(rec)
        assert got.keys() == gold.keys(), layout
        assert all(got[k] == pytest.approx(gold[k]) for k in gold), layout
        assert rec.template == spec.gold["template"], layout


def test_every_format_gives_the_same_figures_and_grounded_spans(rendered):
    _, records = rendered
    first = None
    for layout, rec in records.items():
        for f in rec.figures:
            assert f.raw in rec.text[f.span[0]:f.span[1]], (layout, f)
        for f in rec.facts:
            assert f.text in rec.text[f.span[0]:f.span[1]], (layout, f)
        got = {f.key: f.value for f in rec.figures}
        if first is None:
            first = got
        assert got == pytest.approx(first), layout


def test_distinct_cells_are_really_distinct():
    spec = make_spec(101, idx=1, year=2020, distinct=True)
    t3 = [v for k, v in spec.gold["figures"].items() if k.startswith("t3.") and not k.endswith(".total")]
    assert len(set(t3)) > len(t3) * 0.8


@pytest.mark.parametrize("frame", ["framed", "frameless"])
@pytest.mark.parametrize("name", ["2019-distinct", "2021-quirks-blank", "2021-distinct"])
def test_a_portal_page_of_pipe_rows_reads_as_the_same_text_does(tmp_path, name, frame):
    """A portal page that lost its tables prints each row as a paragraph with pipes, framed
    (| 规章 | 0 | 0 |) or not (行政许可| 5: one bar), and the anchors and group labels on
    paragraphs of their own (第二十条第（一）项, 三、本年度办理结果): the page reads as the same
    lines in plain text do. Unframed, a row's blank last cell leaves no trace, so those rows
    are not found (the table says incomplete) and no value is wrong."""
    import html as H
    opts = dict(SPECS[name])
    spec = make_spec(opts.pop("seed"), idx=1, **opts)
    txt = tmp_path / "rows.txt"
    render(spec, "pipe", txt, variant="row")
    lines = [ln for ln in txt.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if frame == "frameless":
        lines = [ln.strip().strip("|") if ln.strip().startswith("|") and ln.count("|") >= 2 else ln
                 for ln in lines]
    same = tmp_path / "lines.txt"
    same.write_text("\n".join(lines), encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text("<html><body><div class='article'>" + "".join(
        f"<p>{H.escape(ln)}</p>" for ln in lines) + "</div></body></html>", encoding="utf-8")
    gold = {k: v for k, v in spec.gold["figures"].items() if k.split(".")[0] in ("t2", "t3", "t4")}
    rec, plain = extract(page), extract(same)
    got = table_figures(rec)
    assert got == table_figures(plain)
    assert {t.table: t.status for t in rec.tables} == {t.table: t.status for t in plain.tables}
    assert all(got[k] == pytest.approx(gold[k]) for k in got)
    if frame == "framed" or "blank" not in name:
        assert got.keys() == gold.keys()
        assert {t.status for t in rec.tables} == {"verified"}
    else:
        assert {t.status for t in rec.tables} - {"verified"} <= {"incomplete"}
