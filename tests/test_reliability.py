"""Reliability: bad inputs of every family are named with a reason and leave the batch and
the store intact; identity by content, organ and year (same-named files of two organs stay
two reports, a correction never moves between them and is flagged when its source changes);
limits (size, special files, zip and PDF bombs, pages, wall time, memory); encodings; the
app's address, login and plain-text rendering. Every bad input is built here. The kill -9
trials are marked slow."""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import tomllib
import zipfile
import zlib
from pathlib import Path

import pytest

import store
from extractor.limits import Limits, LimitError, check_docx, check_file, check_pdf, read_bounded
from extractor.narrative_lex import MAX_REACH, SENT_END, bounds
from extractor.readers import ReadError, decode, read_document
from store import corrections, workers
from store.uploads import allowed, ingest_roots, safe_name, save_upload

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

REPORT = """{county}{town}人民政府{year}年政府信息公开工作年度报告

一、总体情况
{year}年，我镇由副镇长分管政务公开工作，党政办公室具体负责。全年共收到政府信息公开申请{n}件。
二、主动公开政府信息情况
本年通过微信公众号发布信息{n}条。
三、收到和处理政府信息公开申请情况
本年新收政府信息公开申请{n}件。
四、政府信息公开行政复议、行政诉讼情况
无。
五、存在的主要问题及改进情况
一是公开内容不够全面。二是更新不够及时。
六、其他需要报告的事项
无。
"""


def report(town="白河镇", county="青石县", year=2022, n=3) -> str:
    return REPORT.format(town=town, county=county, year=year, n=n)


# ---------------------------------------------------------------- bad inputs, built here
def zip_bomb(path: Path, mb: int = 80) -> Path:
    """A DOCX-looking ZIP whose document part inflates to ``mb`` MB (the file is ~80 kB)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        head = b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body>'
        z.writestr("word/document.xml", head + b" " * (mb << 20) + b"</w:body></w:document>")
    return path


def pdf_bomb(path: Path, mb: int = 80) -> Path:
    """A one-page PDF whose content stream inflates to ``mb`` MB of blanks."""
    body = zlib.compress(b" " * (mb << 20), 9)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def word_table_with(value: str) -> str:
    """Our Word-export fixture with ``value`` in the first cell of table 3's first row."""
    text = (ROOT / "tests" / "fixtures" / "word_export_2019.txt").read_text(encoding="utf-8")
    i = text.index("一、本年新收政府信息公开申请数量\n\t")
    j = text.index("\n\t", text.index("\n\t", i) + 2)
    return text[:j] + "\n\t" + value + text[text.index("\n", j + 2):]


def bad_folder(folder: Path) -> dict[str, str]:
    """Good reports and one bad input of each family; returns {file name: family}."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good1.txt").write_text(report("东山镇"), encoding="utf-8")
    (folder / "good2.txt").write_text(report("西山镇"), encoding="utf-8")
    # a GBK file name (a Windows ZIP unpacked on Linux): bytes that are not UTF-8
    gbk = os.fsencode(folder) + b"/" + "南山镇年报".encode("gbk") + b".txt"
    with open(gbk, "wb") as fh:
        fh.write(report("南山镇").encode("utf-8"))
    (folder / "digits20.txt").write_text(word_table_with("12345678901234567890"), encoding="utf-8")
    (folder / "records.jsonl").write_bytes((json.dumps({"text": 5}) + "\n" + "not json\n"
                                            + json.dumps(["a list"]) + "\n").encode()
                                           + "{\"text\": \"报告\"}\n".encode("gbk"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "random.pdf").write_bytes(os.urandom(400))
    (folder / "noise.docx").write_bytes(b"not a word file" * 20)
    zip_bomb(folder / "bomb.docx")
    pdf_bomb(folder / "bomb.pdf")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (folder / "sheet.xlsx").write_bytes(b"PK\x03\x04")
    os.mkfifo(folder / "pipe.txt")
    os.symlink(folder / "gone.txt", folder / "dangling.txt")
    os.symlink(folder / "loop.txt", folder / "loop.txt")  # a link to itself
    outside = folder.parent / "outside.txt"
    outside.write_text(report("外面镇"), encoding="utf-8")
    os.symlink(outside, folder / "link_out.txt")
    return {"digits20.txt": "stored", "records.jsonl:1": "failed", "records.jsonl:2": "failed",
            "records.jsonl:3": "failed", "records.jsonl:4": "failed", "empty.txt": "failed", "binary.txt": "failed",
            "random.pdf": "failed", "noise.docx": "failed", "bomb.docx": "failed",
            "bomb.pdf": "failed", "old.doc": "ignored", "sheet.xlsx": "ignored",
            "pipe.txt": "ignored", "dangling.txt": "ignored", "link_out.txt": "ignored",
            "loop.txt": "ignored"}


def snapshot(db) -> list:
    return [db.execute(q).fetchall() for q in (
        "SELECT id, sha256, path, organ_id, year FROM reports ORDER BY id",
        "SELECT report_id, key, value FROM figures ORDER BY report_id, key",
        "SELECT id, report_id, key, new_value, source_changed FROM corrections ORDER BY id",
        "SELECT report_id, key, value FROM effective_figures ORDER BY report_id, key")]


def consistent(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)  # autocommit: never holds a lock after
    try:
        _consistent(conn)
    finally:
        conn.close()


def _consistent(conn) -> None:
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("INSERT INTO docs_fts(docs_fts, rank) VALUES ('integrity-check', 1)")
    n = conn.execute("SELECT count(*) FROM reports").fetchone()[0]
    # every report whole: its text and its main-figure row are there, no orphan rows
    assert conn.execute("SELECT count(*) FROM docs WHERE kind = 'text'").fetchone()[0] == n
    assert conn.execute("SELECT count(*) FROM main_figures").fetchone()[0] == n
    for table in ("figures", "facts", "checks", "docs"):
        assert conn.execute(f"SELECT count(*) FROM {table} WHERE report_id NOT IN "
                            "(SELECT id FROM reports)").fetchone() == (0,)


# ---------------------------------------------------------------- isolation
def test_every_bad_input_is_named_and_the_batch_and_store_stay_intact(tmp_path):
    db = store.connect(tmp_path / "n.db")
    first = tmp_path / "first.txt"
    first.write_text(report("北山镇", n=9), encoding="utf-8")
    (rid,) = store.ingest(db, [first]).report_ids
    corrections.correct_figure(db, rid, "n.requests_received", "10", note="以表格为准")
    before = snapshot(db)

    expected = bad_folder(tmp_path / "in")
    result = store.ingest(db, [tmp_path / "in", "/dev/zero"])

    names = {Path(n).name if ":" not in Path(n).name else Path(n).name: r for n, r in result.failed}
    ignored = {Path(n).name: r for n, r in result.ignored}
    for name, family in expected.items():
        if family == "failed":
            assert name in names, (name, result.failed)
            assert any("\u4e00" <= c <= "\u9fff" for c in names[name]), names[name]  # Chinese
        elif family == "ignored":
            assert name in ignored, (name, result.ignored)
    assert names["/dev/zero" if "/dev/zero" in names else "zero"].startswith("是设备文件")
    assert "压缩炸弹" in names["bomb.docx"] and "压缩炸弹" in names["bomb.pdf"]
    assert ignored["pipe.txt"].startswith("是命名管道") and "之外" in ignored["link_out.txt"]
    assert ".doc" in ignored["old.doc"]
    # the good files, the GBK-named one and the 20-digit one are stored; nothing else is
    stored = {Path(p).name for (p,) in db.execute("SELECT path FROM reports")}
    assert stored == {"first.txt", "good1.txt", "good2.txt", "南山镇年报.txt", "digits20.txt"}
    assert result.stored == 4
    # what was stored before is as it was
    after = snapshot(db)
    for old, new in zip(before, after):
        assert set(old) <= set(new)
    assert db.execute("SELECT value FROM effective_figures WHERE report_id = ? AND "
                      "key = 'n.requests_received'", [rid]).fetchone() == (10,)
    consistent(tmp_path / "n.db")


def test_a_twenty_digit_cell_is_stored_approximately_with_a_warning(tmp_path):
    f = tmp_path / "digits.txt"
    f.write_text(word_table_with("12345678901234567890"), encoding="utf-8")
    db = store.connect(tmp_path / "n.db")
    result = store.ingest(db, [f], isolate=False)
    assert result.failed == [] and result.stored == 1
    (warnings,) = db.execute("SELECT warnings FROM reports").fetchone()
    assert any("too large" in w for w in json.loads(warnings))


def test_a_jsonl_line_with_a_non_string_text_is_named(tmp_path, make_record):
    f = tmp_path / "r.jsonl"
    good = make_record()
    f.write_text(json.dumps({**good, "text": ["x"]}, ensure_ascii=False) + "\n"
                 + json.dumps(good, ensure_ascii=False) + "\n", encoding="utf-8")
    result = store.ingest(store.connect(tmp_path / "n.db"), [f])
    assert result.stored == 1
    assert [n for n, _ in result.failed] == [f"{f}:1"]
    assert "text" in result.failed[0][1]


def test_file_names_in_any_bytes(tmp_path):
    raw = os.fsencode(tmp_path) + b"/\xff\xfe" + "报告".encode("gbk") + b".txt"
    with open(raw, "wb") as fh:
        fh.write(report().encode())
    db = store.connect(tmp_path / "n.db")
    result = store.ingest(db, [tmp_path])
    assert result.failed == [] and result.stored == 1
    (path,) = db.execute("SELECT path FROM reports").fetchone()
    assert path.endswith(".txt") and "\\x" in path  # printable, the odd bytes escaped


def test_an_unreadable_subfolder_is_listed(tmp_path, monkeypatch):
    top = tmp_path / "in"
    (top / "locked").mkdir(parents=True)
    (top / "locked" / "a.txt").write_text(report(), encoding="utf-8")
    (top / "b.txt").write_text(report("西山镇"), encoding="utf-8")
    real = os.scandir

    def scandir(path="."):  # as for a folder without read permission (root reads any)
        if Path(path) == top / "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)
    monkeypatch.setattr(os, "scandir", scandir)
    result = store.ingest(store.connect(tmp_path / "n.db"), [top], isolate=False)
    assert result.stored == 1 and result.failed == []
    assert result.ignored == [(str(top / "locked"),
                               "文件夹无法读取（Permission denied），其中的文件未导入")]


# ---------------------------------------------------------------- identity
def test_same_named_uploads_of_two_organs_stay_two_reports(tmp_path):
    db = store.connect(tmp_path / "n.db")
    up = tmp_path / "uploads"
    a = save_upload(up, "年度报告.txt", report("东山镇", n=4).encode())
    b = save_upload(up, "C:\\下载\\年度报告.txt", report("西山镇", n=7).encode())
    assert a != b and a.name == b.name == "年度报告.txt"
    ra, rb = store.ingest(db, [a]).report_ids[0], store.ingest(db, [b]).report_ids[0]
    assert ra != rb
    corrections.correct_figure(db, ra, "n.requests_received", "40", note="东山镇的更正")
    store.ingest(db, [a, b], force=True)
    assert db.execute("SELECT count(*) FROM reports").fetchone() == (2,)
    eff = dict(db.execute("SELECT report_id, value FROM effective_figures WHERE "
                          "key = 'n.requests_received'").fetchall())
    assert eff == {ra: 40, rb: 7}  # the correction stayed with 东山镇
    assert [c["report_id"] for c in corrections.list_corrections(db)] == [ra]


def test_a_new_version_keeps_the_correction_but_flags_it(tmp_path):
    db = store.connect(tmp_path / "n.db")
    up = tmp_path / "uploads"
    first = save_upload(up, "年度报告.txt", report("东山镇", n=4).encode())
    (rid,) = store.ingest(db, [first]).report_ids
    cid = corrections.correct_figure(db, rid, "n.requests_received", "40")
    corrections.add_fact(db, rid, "channel", "weibo", text="政务微博")
    facts = lambda: {v for (v,) in db.execute(  # noqa: E731
        "SELECT value FROM effective_facts WHERE report_id = ? AND kind = 'channel'", [rid])}
    assert "weibo" in facts()
    revised = save_upload(up, "年度报告.txt", report("东山镇", n=5).encode())
    (rid2,) = store.ingest(db, [revised]).report_ids
    assert rid2 == rid  # the same organ's same year under the same name: a new version
    figure, fact = corrections.list_corrections(db, rid)
    assert (figure["id"], figure["source_changed"], fact["source_changed"]) == (cid, 1, 1)
    assert "weibo" not in facts()  # kept, 需复核：原文已变, not applied
    assert db.execute("SELECT value FROM effective_figures WHERE report_id = ? AND "
                      "key = 'n.requests_received'", [rid]).fetchone() == (5,)  # not applied
    from store import review_queue
    (item,) = [q for q in review_queue.queue(db) if q["report_id"] == rid]
    assert "需复核：原文已变（2 项更正未应用）" in item["reasons"]
    # a correction made on the new content applies, and that key no longer needs a look
    corrections.correct_figure(db, rid, "n.requests_received", "50")
    assert db.execute("SELECT value FROM effective_figures WHERE report_id = ? AND "
                      "key = 'n.requests_received'", [rid]).fetchone() == (50,)
    (item,) = [q for q in review_queue.queue(db) if q["report_id"] == rid]
    assert "需复核：原文已变（1 项更正未应用）" in item["reasons"]


def test_a_file_changed_to_another_organ_is_another_report(tmp_path):
    db = store.connect(tmp_path / "n.db")
    f = tmp_path / "年度报告.txt"
    f.write_text(report("东山镇", n=4), encoding="utf-8")
    (ra,) = store.ingest(db, [f]).report_ids
    corrections.correct_figure(db, ra, "n.requests_received", "40")
    f.write_text(report("西山镇", n=7), encoding="utf-8")
    (rb,) = store.ingest(db, [f]).report_ids
    assert rb != ra
    assert [c["report_id"] for c in corrections.list_corrections(db)] == [ra]
    assert corrections.list_corrections(db)[0]["source_changed"] == 0


def test_a_record_naming_an_existing_path_with_another_organ_is_another_report(tmp_path, make_record):
    db = store.connect(tmp_path / "n.db")
    a = make_record(name="青石县东山镇人民政府", figures={"n.requests_received": 4})
    ra = store.save_record(db, a)
    corrections.correct_figure(db, ra, "n.requests_received", "40")
    b = make_record(name="青石县西山镇人民政府", figures={"n.requests_received": 7})
    b["source"]["path"] = a["source"]["path"]
    f = tmp_path / "b.jsonl"
    f.write_text(json.dumps(b, ensure_ascii=False) + "\n", encoding="utf-8")
    (rb,) = store.ingest(db, [f]).report_ids
    assert rb != ra
    eff = dict(db.execute("SELECT report_id, value FROM effective_figures WHERE "
                          "key = 'n.requests_received'").fetchall())
    assert eff == {ra: 40, rb: 7}


# ---------------------------------------------------------------- limits
def test_special_files_are_refused_without_opening(tmp_path):
    os.mkfifo(tmp_path / "p.txt")  # opening it would block forever
    for p in (tmp_path / "p.txt", Path("/dev/zero"), tmp_path):
        with pytest.raises(LimitError) as e:
            check_file(p)
        assert "不是普通文件" in e.value.zh
    with pytest.raises(ReadError) as e:
        read_document("/dev/zero")
    assert "设备" in e.value.zh


def test_file_size_limit(tmp_path):
    f = tmp_path / "big.txt"
    f.write_bytes(b"a" * (2 << 20))
    with pytest.raises(LimitError) as e:
        read_bounded(f, Limits(max_file_mb=1))
    assert "超过上限 1 MB" in e.value.zh
    assert len(read_bounded(f, Limits(max_file_mb=3))) == 2 << 20


def test_limits_given_to_ingest_reach_the_workers(tmp_path):
    (tmp_path / "in").mkdir()
    pdf_bomb(tmp_path / "in" / "small.pdf", 3)  # under the default limits
    lim = Limits(max_stream_mb=2)
    for isolate in (True, False):
        result = store.ingest(store.connect(tmp_path / f"{isolate}.db"), [tmp_path / "in"],
                              limits=lim, isolate=isolate)
        assert [r for _, r in result.failed] and "2 MB" in result.failed[0][1], result.failed
    from extractor import limits
    assert limits.LIMITS.max_stream_mb == Limits.from_env().max_stream_mb  # restored


def test_docx_and_pdf_bombs_are_refused_before_inflating(tmp_path):
    with pytest.raises(LimitError, match="zip bomb"):
        check_docx("b.docx", zip_bomb(tmp_path / "b.docx", 3).read_bytes(), Limits(max_part_mb=2))
    check_docx("b.docx", (tmp_path / "b.docx").read_bytes(), Limits(max_part_mb=4))
    with pytest.raises(LimitError, match="PDF bomb"):
        check_pdf("b.pdf", pdf_bomb(tmp_path / "b.pdf", 3).read_bytes(), Limits(max_stream_mb=2))
    check_pdf("b.pdf", (tmp_path / "b.pdf").read_bytes(), Limits(max_stream_mb=4))
    with pytest.raises(LimitError, match="1 pages, over the 0 page limit"):
        check_pdf("b.pdf", (tmp_path / "b.pdf").read_bytes(), Limits(max_pages=0))


def _peak_rss_mb(path: Path) -> tuple[float, str]:
    # VmHWM: this process's peak resident memory (ru_maxrss would count the forking parent's)
    code = ("import re, sys\nfrom extractor.readers import ReadError, read_document\n"
            "try:\n    read_document(sys.argv[1]); out = 'read'\n"
            "except ReadError as e:\n    out = e.zh\n"
            "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read())[1]\n"
            "print(int(hwm) / 1024, out)")
    r = subprocess.run([PY, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True,
                       timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    mb, out = r.stdout.split(" ", 1)
    return float(mb), out.strip()


def test_zip_and_pdf_bombs_stay_under_the_memory_limit(tmp_path):
    for bomb in (zip_bomb(tmp_path / "b.docx", 200), pdf_bomb(tmp_path / "b.pdf", 200)):
        assert bomb.stat().st_size < 1 << 20
        mb, reason = _peak_rss_mb(bomb)
        assert "压缩炸弹" in reason
        assert mb < 300, f"{bomb.name}: {mb:.0f} MB"  # inflated, it would be over 200 MB more


def _sleepy(item):
    if item == "stuck":
        time.sleep(60)
    return ("done", item)


def test_a_stuck_file_is_stopped_and_named_and_the_batch_goes_on():
    t0 = time.monotonic()
    # 8 s a file: a new worker (started after the stuck one is stopped) must have time to start
    # and read "b" on a loaded machine (2 s was too short there once)
    out = dict(workers.run(["a", "stuck", "b"], _sleepy, jobs=1, seconds=8))
    assert out == {"a": ("done", "a"), "stuck": workers.TIMEOUT, "b": ("done", "b")}
    assert time.monotonic() - t0 < 45


def _hog(item):
    if item == "hog":
        blocks = []
        while True:
            blocks.append(bytearray(50 << 20))
    return item


def test_a_file_that_takes_too_much_memory_is_stopped_and_named():
    out = dict(workers.run(["a", "hog", "b"], _hog, jobs=1, seconds=60, memory_mb=300))
    assert out == {"a": "a", "hog": workers.DIED, "b": "b"}


def _loop_bounds(text, i, j, ends, reach=MAX_REACH):
    s, stop = i, max(0, i - reach)
    while s > stop and text[s - 1] not in ends:
        s -= 1
    e, stop = j, min(len(text), j + reach)
    while e < stop and text[e] not in ends:
        e += 1
    return s, e


def test_bounds_and_holds_any_equal_the_character_loop():
    from extractor.narrative_lex import CLAUSE_END, holds_any
    rng = random.Random(5)
    terms = ("甲乙", "丙", "乙。", "甲乙丙甲", "甲甲")  # 甲甲 overlaps itself in 甲甲甲
    for _ in range(3000):
        t = "".join(rng.choice("甲甲乙丙。，；\n!?：") for _ in range(rng.randint(0, 40)))
        i = rng.randint(0, len(t))
        j = rng.randint(i, len(t))
        for ends in (SENT_END, CLAUSE_END, CLAUSE_END + "、"):
            assert bounds(t, i, j, ends) == _loop_bounds(t, i, j, ends), (t, i, j)
        assert holds_any(t, i, j, terms) == any(c in t[i:j] for c in terms), (t, i, j)


def test_a_sentence_with_no_end_is_bounded():
    text = "依法受理政府信息公开申请" * 2000  # 24,000 characters and no 。
    s, e = bounds(text, 12000, 12002, SENT_END)
    assert (12000 - s, e - 12002) == (MAX_REACH, MAX_REACH)
    assert bounds("甲。乙丙丁。戊", 3, 4, SENT_END) == (2, 5)


# ---------------------------------------------------------------- encodings
TRAD = "某某縣人民政府2023年政府資訊公開工作年度報告\n一、總體情況\n本機關全年共收到申請12件，已全部按時答復。\n"
SIMP = "某某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n本机关全年共收到申请12件，已全部按时答复。\n"


@pytest.mark.parametrize("text,encoding", [
    (TRAD, "big5"), (TRAD * 20, "big5"), (SIMP, "gbk"), (SIMP[:30], "gbk"), (SIMP + "€", "gb18030"),
    (SIMP, "utf-16-le"), (SIMP, "utf-16-be"), (SIMP, "utf-16"), (SIMP, "utf-8-sig")])
def test_encodings_are_detected(text, encoding):
    assert decode(text.encode(encoding), "f.txt") == text


def test_a_cut_last_utf8_character_is_read_with_a_warning():
    warnings = []
    data = SIMP.encode() + "报".encode()[:2]
    assert decode(data, "f.txt", warnings) == SIMP
    assert warnings == ["the last character of the UTF-8 text was cut short and is left out"]
    with pytest.raises(ReadError):
        decode(b"abc\x80\x81" + SIMP.encode(), "f.txt")  # broken in the middle: refused


def test_big5_is_read_as_traditional_characters_with_a_warning(tmp_path):
    f = tmp_path / "b.txt"
    f.write_bytes(TRAD.encode("big5"))
    doc = read_document(f)
    assert doc.text == TRAD
    assert any("big5" in w for w in doc.warnings)


# ---------------------------------------------------------------- access
def test_uploads_and_roots(tmp_path):
    assert safe_name("../../etc/passwd") == "passwd" and safe_name("C:\\a\\.b.txt") == "b.txt"
    with pytest.raises(store.StoreError, match="超过上限"):
        save_upload(tmp_path, "a.txt", b"x" * (2 << 20), Limits(max_file_mb=1))
    a = save_upload(tmp_path, "a.txt", b"same")
    assert save_upload(tmp_path, "a.txt", b"same") == a  # the same bytes: one file
    (tmp_path / "r").mkdir()
    roots = ingest_roots({"NIANBAO_INGEST_ROOTS": f"{tmp_path / 'r'}{os.pathsep}/nonexistent"})
    assert roots == [(tmp_path / "r").resolve()]
    assert allowed(tmp_path / "r" / "sub", roots) and not allowed("/etc", roots)
    os.symlink("/etc", tmp_path / "r" / "etc")
    assert not allowed(tmp_path / "r" / "etc", roots)  # a link out of the root is outside
    result = store.ingest(store.connect(tmp_path / "n.db"), ["/etc/hostname"], roots=roots)
    assert result.failed == [("/etc/hostname", "不在允许导入的文件夹内")]


def test_the_app_listens_on_this_machine_only():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["address"] == "127.0.0.1"
    assert config["server"]["maxUploadSize"] <= Limits().max_file_mb
    assert config["client"]["showErrorDetails"] == "none"  # no traceback in the browser


APP = str(ROOT / "app.py")


def _app(page, monkeypatch, tmp_path, **params):
    from streamlit.testing.v1 import AppTest
    monkeypatch.setenv("NIANBAO_AUTH", str(tmp_path / "no-auth.yaml"))  # no login
    at = AppTest.from_file(APP, default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_a_markdown_note_renders_as_text(tmp_path, monkeypatch, make_record):
    path = tmp_path / "a.db"
    db = store.connect(path)
    rid = store.save_record(db, make_record(figures={"t3.new_received.total": 2}))
    note = "**急** [点这里](http://example.com/x) ![](http://example.com/i.png) :red[假]"
    corrections.correct_figure(db, rid, "t3.new_received.total", "3", note=note, by="张三")
    db.conn.close()
    monkeypatch.setenv("NIANBAO_DB", str(path))
    at = _app("app_pages/review.py", monkeypatch, tmp_path, report=str(rid))
    assert any(note in t.value and "张三" in t.value for t in at.text)
    assert not any("example.com" in m.value for m in at.markdown)


def test_folder_ingest_only_inside_the_configured_roots(tmp_path, monkeypatch):
    monkeypatch.setenv("NIANBAO_DB", str(tmp_path / "a.db"))
    monkeypatch.delenv("NIANBAO_INGEST_ROOTS", raising=False)
    at = _app("app_pages/ingest.py", monkeypatch, tmp_path)
    assert any("NIANBAO_INGEST_ROOTS" in i.value for i in at.info)
    assert not [t for t in at.text_input if t.key == "ingest_folder"]

    (tmp_path / "r").mkdir()
    monkeypatch.setenv("NIANBAO_INGEST_ROOTS", str(tmp_path / "r"))
    at = _app("app_pages/ingest.py", monkeypatch, tmp_path)
    at.text_input(key="ingest_folder").set_value("/etc").run()
    at.button(key="ingest_dir").click().run()
    assert [e.value for e in at.error] == ["这个文件夹不在允许导入的范围内。"]
    n = store.connect(tmp_path / "a.db").execute("SELECT count(*) FROM reports "
                                                 "WHERE path LIKE '/etc/%'").fetchone()[0]
    assert n == 0


def test_with_a_login_file_the_pages_wait_for_a_reviewer(tmp_path, monkeypatch):
    import bcrypt
    from streamlit.testing.v1 import AppTest
    auth = tmp_path / "auth.yaml"
    pw = bcrypt.hashpw(b"secret", bcrypt.gensalt(4)).decode()
    auth.write_text("credentials:\n  usernames:\n    zhang:\n      name: 张三\n"
                    f"      password: '{pw}'\ncookie: {{name: nb, key: k0123456789abcdef, "
                    "expiry_days: 1}\n", encoding="utf-8")
    monkeypatch.setenv("NIANBAO_AUTH", str(auth))
    monkeypatch.setenv("NIANBAO_DB", str(tmp_path / "a.db"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    assert [t.label for t in at.text_input] == ["用户名", "密码"]
    assert not at.chat_input  # the ask page did not run
    at.text_input[0].set_value("zhang")
    at.text_input[1].set_value("wrong")
    at.button[0].click().run()
    assert [e.value for e in at.error] == ["用户名或密码不对。"]


def test_a_broken_login_file_keeps_the_app_closed(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest
    (tmp_path / "auth.yaml").write_text("credentials: [\n", encoding="utf-8")
    monkeypatch.setenv("NIANBAO_AUTH", str(tmp_path / "auth.yaml"))
    monkeypatch.setenv("NIANBAO_DB", str(tmp_path / "a.db"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert [e.value for e in at.error] == ["登录配置文件有误，暂时无法登录；详情已写入服务器日志。"]
    assert not at.chat_input and not at.exception


def test_the_reviewer_name_goes_into_corrections(tmp_path, make_record):
    db = store.connect(tmp_path / "n.db")
    rid = store.save_record(db, make_record(figures={"t3.new_received.total": 2}))
    token = corrections.REVIEWER.set("张三")
    try:
        cid = corrections.correct_figure(db, rid, "t3.new_received.total", "3")
    finally:
        corrections.REVIEWER.reset(token)
    assert corrections.list_corrections(db)[0]["by"] == "张三" and cid == 1


# ---------------------------------------------------------------- kill -9 (slow)
@pytest.mark.slow
def test_kill_9_at_random_points_leaves_a_consistent_store_and_a_rerun_completes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(120):
        (folder / f"r{i:03d}.txt").write_text(report(f"第{i}镇", n=i + 1), encoding="utf-8")
    bad_folder(tmp_path / "in" / "bad")
    rng = random.Random(17)
    cmd = [PY, "-m", "extractor", "ingest", str(folder), "--jobs", "2"]
    for trial in range(5):
        db = tmp_path / f"t{trial}.db"
        proc = subprocess.Popen(cmd + ["--db", str(db)], cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rng.uniform(1.0, 8.0))  # a random point: opening, extracting or writing
        os.killpg(proc.pid, signal.SIGKILL)  # the CLI, its fork server and its workers
        proc.wait()
        if db.exists():
            consistent(db)
        r = subprocess.run(cmd + ["--db", str(db)], cwd=ROOT, capture_output=True, text=True,
                           timeout=600)
        assert r.returncode == 1, r.stderr  # the bad inputs fail, named
        # bad/: 5 files not read, 10 failures (4 of them lines of records.jsonl); its link to
        # ../outside.txt stays inside the folder given, so it is read (the same report)
        assert r.stderr.strip().splitlines()[-1].endswith(" 5 not read, 10 failed"), r.stderr
        consistent(db)
        conn = sqlite3.connect(db)
        # 120 + good1, good2, the GBK-named file, the 20-digit one and outside.txt
        assert conn.execute("SELECT count(*), count(DISTINCT sha256) FROM reports").fetchone() == (125, 125)
        conn.close()


def test_a_slow_file_does_not_keep_the_store_locked(tmp_path):
    db = store.connect(tmp_path / "n.db")
    db.conn.execute("BEGIN IMMEDIATE")  # as the ingest holds its open batch
    calls = []

    def on_idle():
        calls.append(1)
        if db.conn.in_transaction:
            db.conn.execute("COMMIT")
    out = dict(workers.run(["a", "stuck"], _sleepy, seconds=2, on_idle=on_idle, tick=0.2))
    assert out["stuck"] == workers.TIMEOUT and calls and not db.conn.in_transaction
