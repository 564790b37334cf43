"""Family: a cell OCR reads as blank where the table's other cells are numbers (a faint or
speckled lone 0 lost by the recogniser) never lets the table be ``verified``; the status
names the blank cells, totals first. Tables written here; a blank in a text document stays
a printed blank (test_table_status)."""
from extractor import template as T
from extractor.pipeline import extract_document
from extractor.readers.ocr import Assembler, Page, TableCell, TableItem
from extractor.readers.txt import read_txt

from test_table_status import balanced, report, rows_of


def _scanned(text: str, lost: list[tuple[str, int]]):
    """The report read as text, every value cell marked as OCR'd, and the cells ``lost``
    ((row label, value column)) emptied as OCR leaves a cell it read nothing in."""
    doc = read_txt("scan.png", text)
    for c in doc.cells:
        if not c.blank:
            c.confidence = 0.99
    for label, col in lost:
        i = next(k for k, c in enumerate(doc.cells) if c.text == label)
        cell = [c for c in doc.cells[i + 1:] if not c.filler][col]
        cell.text, cell.blank, cell.confidence, cell.ocr_blank = "", True, None, True
    rec = extract_document(doc)
    return {f.key: f.value for f in rec.figures}, {t.table: t for t in rec.tables}


def test_a_lost_zero_in_a_total_column_the_identities_do_not_need_is_doubtful():
    v = balanced()
    v["carried_over"] = [0] * 7
    v["new_received"] = [4, 2, 0, 0, 0, 0, 6]
    v["granted"] = [3, 2, 0, 0, 0, 0, 5]
    v["total"] = [4, 2, 0, 0, 0, 0, 6]
    got, st = _scanned(report(rows_of(v)), [("二、上年结转政府信息公开申请数量", 6)])
    assert "t3.carried_over.total" not in got            # never made up
    assert st["t3"].status == "doubtful"
    assert "空白" in st["t3"].note and T.display("t3.carried_over.total") in st["t3"].note


def test_a_lost_zero_in_an_applicant_column_is_doubtful():
    got, st = _scanned(report(rows_of(balanced())), [("1.属于国家秘密", 2)])
    assert st["t3"].status == "doubtful"
    assert T.display("t3.denied.state_secret.research") in st["t3"].note


def test_several_lost_cells_name_the_total_first_and_count_all():
    got, st = _scanned(report(rows_of(balanced())), [("2.重复申请", 0), ("2.重复申请", 6), ("3.其他", 3)])
    note = st["t3"].note
    assert st["t3"].status == "doubtful" and "3 个" in note
    assert note.index(T.display("t3.rejected.duplicate.total")) < note.index(T.display("t3.rejected.duplicate.natural"))


def test_the_same_table_read_whole_by_ocr_stays_verified():
    got, st = _scanned(report(rows_of(balanced())), [])
    assert st["t3"].status == "verified", st["t3"].note


def test_a_lost_cell_where_an_identity_also_fails_is_doubtful_not_source_inconsistent():
    v = balanced()
    v["total"] = [5, 1, 0, 0, 0, 0, 6]                   # a slip, and a lost cell elsewhere
    got, st = _scanned(report(rows_of(v)), [("3.补正后申请内容仍不明确", 4)])
    assert st["t3"].status == "doubtful"


def test_the_assembler_marks_a_cell_it_read_nothing_in():
    cells = [TableCell(0, 10, "一、本年新收政府信息公开申请数量", 0.99), TableCell(10, 20, "3", 0.98),
             TableCell(20, 30, "", None)]
    asm = Assembler()
    asm.page(Page(100, 100, 0.0, [], [TableItem(10, 0, 30, [cells])]))
    out = asm.finish().cells
    assert [c.ocr_blank for c in out] == [False, False, True]
    assert out[2].blank and out[2].confidence is None
