"""The synthetic corpus generator: deterministic, consistent gold, visible figures, real merges."""
from __future__ import annotations

import io
import json
import re
import shutil

import docx
import pytest

from bench import generate
from bench.gen_numbers import audit
from bench.gen_tables import T3_COLS, t3_result_rows, t3_rows
from bench.generate import make_spec, render, write_corpus


def _text(spec, fmt, **opts) -> str:
    data = render(spec, fmt, **opts)
    enc = {"txt": spec.txt_encoding, "html": spec.html_encoding}.get(fmt, "utf-8")
    return data.decode(enc)


def _printed_value(shown: str) -> float:
    """Gold value of a printed cell: 增15 / +15 / 减4 / -4 / 1768.91万元 / 251000元."""
    m = re.fullmatch(r"(增|减|\+|-)?([\d.]+)(万元|元)?", shown)
    assert m, shown
    v = float(m.group(2))
    if m.group(1) in ("减", "-"):
        v = -v
    if m.group(3) == "元":
        v = v / 10000
    return v


@pytest.mark.parametrize("fmt", ["txt", "pipe", "html", "docx"])
def test_same_seed_same_report(fmt):
    a, b = make_spec(5, idx=3), make_spec(5, idx=3)
    assert a.gold == b.gold
    if fmt == "docx":  # the zip carries timestamps: compare the text instead
        texts = [[p.text for p in docx.Document(io.BytesIO(render(s, fmt))).paragraphs] for s in (a, b)]
        assert texts[0] == texts[1]
    else:
        assert render(a, fmt) == render(b, fmt)
    assert make_spec(6, idx=3).gold != a.gold


def test_gold_identities_hold_without_errors():
    for i in range(150):
        spec = make_spec(11, idx=i, blank_cells=0.2 if i % 2 else 0.0)
        g = spec.gold
        assert g["expected_failed_checks"] == [], (spec.id, g["expected_failed_checks"])
        fig = g["figures"]
        if i % 2:
            continue  # blanks: identities hold with blank = 0, checked by audit above
        rows = t3_rows(g["template"])
        for c in T3_COLS:
            assert fig[f"t3.new_received.{c}"] + fig[f"t3.carried_over.{c}"] == \
                fig[f"t3.total.{c}"] + fig[f"t3.carried_forward.{c}"]
            assert sum(fig[f"t3.{r}.{c}"] for r in t3_result_rows(g["template"])) == fig[f"t3.total.{c}"]
        for r in rows:
            assert sum(fig[f"t3.{r}.{c}"] for c in T3_COLS[:-1]) == fig[f"t3.{r}.total"]
        assert fig.get("n.requests_received", fig["t3.new_received.total"]) == fig["t3.new_received.total"]


def test_gold_has_the_contract_shape():
    g = make_spec(3, idx=1).gold
    assert set(g) >= {"id", "organ", "year", "template", "contact", "facts", "figure_tables", "figures",
                      "expected_failed_checks"}
    assert g["template"] == ("2019" if g["year"] <= 2020 else "2021")
    assert set(g["facts"]) == {"responsible_official", "responsible_office", "channel", "problem", "remedy"}
    json.dumps(g)  # serialisable


def test_injected_errors_are_listed():
    kinds = set()
    for i in range(80):
        spec = make_spec(12, idx=i, errors=1.0, blank_cells=0.3)
        if "injected error" in spec.gold["notes"]:
            kind = spec.gold["notes"].split("injected error ")[1].rstrip(")")
            failed = spec.gold["expected_failed_checks"]
            assert failed and any(f.startswith(kind) for f in failed), (spec.id, kind, failed)
            assert failed == audit(spec.gold["figures"], spec.gold["template"])
            kinds.add(kind)
    assert len(kinds) >= 4


def test_distinct_cells_are_all_different_and_nonzero():
    for i in range(20):
        fig = make_spec(4, idx=i, distinct=True).gold["figures"]
        table = [v for k, v in fig.items() if k[:3] in ("t2.", "t3.", "t4.")]
        assert 0 not in table and len(set(table)) == len(table)


def test_blank_cells_are_absent_from_gold():
    spec = make_spec(8, idx=2, blank_cells=1.0, zeros=1.0)
    blanks = [k for k, s in spec.shown.items() if s == ""]
    assert blanks and not set(blanks) & set(spec.gold["figures"])
    assert "&nbsp;" in _text(spec, "html")


@pytest.mark.parametrize("fmt", ["txt", "html", "pipe"])
def test_every_gold_figure_is_printed(fmt):
    for i in range(15):
        spec = make_spec(21, idx=i, blank_cells=0.1)
        text = _text(spec, fmt)
        if fmt == "pipe":
            text = text.translate(str.maketrans("()", "（）"))
        for key, value in spec.gold["figures"].items():
            if key.startswith("n."):
                raw = spec.raws[key]
            else:
                raw = spec.shown[key]
                assert abs(_printed_value(raw) - value) < 1e-6, (key, raw, value)
            assert raw in text, (spec.id, fmt, key, raw)
        assert spec.gold["organ"]["name"] in text.replace("\n", "")
        if spec.gold["organ"].get("county"):
            assert spec.gold["organ"]["county"] in text


def test_txt_follows_the_word_export_layout():
    spec = make_spec(2, idx=1, year=2020)
    text = _text(spec, "txt").replace("\r\n", "\n")
    assert "\t第二十条第（一）项\n\n\t信息内容\n" in text
    assert "\n\t\n\t（二）部分公开" in text          # rowspan placeholder as a lone tab
    assert "\t（六）其他处理\n" in text               # 2019 format: one row
    assert re.search(r"\n\t\n\t\n\t\d\.其他法律行政法规禁止公开", text)


def test_txt_encodings():
    seen = set()
    for i in range(40):
        spec = make_spec(9, idx=i)
        data = render(spec, "txt")
        seen.add(spec.txt_encoding)
        assert data.startswith(b"\xef\xbb\xbf") == (spec.txt_encoding == "utf-8-sig")
        assert "政府信息公开" in data.decode(spec.txt_encoding)
    assert seen == {"utf-8", "utf-8-sig", "gb18030"}


def test_pipe_variants_and_chrome():
    spec = make_spec(2, idx=4, year=2022)
    row = _text(spec, "pipe", variant="row")
    assert re.search(r"规章 \| \S+ \| \S+ \| \S+ \|", row)
    cell = _text(spec, "pipe", variant="cell")
    assert re.search(r"\n规章 \|\n", cell)
    bar = _text(spec, "pipe", variant="cell_bar")
    assert "\n规章\n|\n" in bar
    assert "|\n2.申请人逾期未按收费通知要求缴纳费用" in bar  # 2021 format: 其他处理 in three rows
    assert any(junk in row for junk in ("打印", "字体", "首页", "关闭"))
    with pytest.raises(ValueError, match="valid: row"):
        render(spec, "pipe", variant="columns")


def test_html_has_real_spans_and_portal_chrome():
    spec = make_spec(2, idx=5, year=2019)
    html = _text(spec, "html")
    assert 'rowspan="20"' in html and 'colspan="5"' in html and 'rowspan="8"' in html
    assert '<div class="content"' in html and "<script" in html and 'class="footer"' in html
    gbk = next(s for s in (make_spec(2, idx=i) for i in range(40)) if s.html_encoding == "gbk")
    data = render(gbk, "html")
    assert b"charset=g" in data.lower()
    data.decode("gbk")


def test_docx_has_merged_cells():
    spec = make_spec(2, idx=6, year=2023)
    d = docx.Document(io.BytesIO(render(spec, "docx")))
    assert len(d.tables) == 3
    t3 = d.tables[1]
    assert len(t3.columns) == 10
    assert t3._tbl.xpath(".//w:vMerge") and t3._tbl.xpath(".//w:gridSpan")
    assert t3.cell(5, 0).text == t3.cell(20, 0).text == "三、本年度办理结果"
    assert t3.cell(3, 0).text == t3.cell(3, 2).text == "一、本年新收政府信息公开申请数量"
    assert len(d.tables[2].columns) == 15


def test_write_corpus_and_cli(tmp_path, capsys):
    write_corpus(tmp_path / "a", 3, ["txt", "html", "pipe"], seed=1)
    for sub, ext in (("txt", "txt"), ("html", "html"), ("pipe", "txt")):
        assert sorted(p.name for p in (tmp_path / "a" / sub).iterdir()) == [f"g000{i}.{ext}" for i in (1, 2, 3)]
    assert len(list((tmp_path / "a" / "gold").glob("*.gold.json"))) == 3
    assert generate.main(["--n", "2", "--formats", "txt", "--out", str(tmp_path / "b"), "--distinct"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["n"] == 2 and "txt" in out["timing"]
    assert generate.main(["--n", "1", "--formats", "txt,rtf", "--out", str(tmp_path / "c")]) == 1
    assert "Error: unknown format 'rtf'; valid: txt" in capsys.readouterr().err


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")
def test_pdf_has_a_text_layer(tmp_path):
    import pdfplumber
    spec = make_spec(2, idx=7)
    path = tmp_path / "r.pdf"
    render(spec, "pdf", path)
    with pdfplumber.open(path) as pdf:
        text = "".join(p.extract_text() or "" for p in pdf.pages)
        assert len(pdf.pages) >= 2
    assert "总计" in text and spec.gold["organ"]["name"][:4] in text
