import json
import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
NIANBAO = [sys.executable, "-m", "extractor"]


def run(*args, cwd=None):
    return subprocess.run(NIANBAO + list(args), capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def test_extract_prints_one_record_per_line_unescaped():
    p = run("extract", str(FIXTURES / "word_export_2019.txt"))
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert len(lines) == 1
    assert "政府信息公开" in lines[0]  # UTF-8, not \\u escapes
    rec = json.loads(lines[0])
    assert rec["schema"] == "nianbao.record/1"
    assert rec["source"]["format"] == "txt" and rec["source"]["chars"] == len(rec["text"])


def test_bad_files_are_named_and_the_rest_still_extracted(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    noise = tmp_path / "noise.pdf"
    noise.write_bytes(os.urandom(2000))
    odd = tmp_path / "report.xls"
    odd.write_text("x")
    p = run("extract", str(empty), str(FIXTURES / "word_export_2019.txt"), str(noise), str(odd))
    assert p.returncode == 1
    assert len(p.stdout.splitlines()) == 1
    err = p.stderr.splitlines()
    assert f"Error: {empty}: the file is empty (check that the download or export finished)" in err
    assert any(line.startswith(f"Error: {noise}: ") for line in err)
    assert any(line.startswith(f"Error: {odd}: unknown format '.xls'") for line in err)
    assert err[-1] == "3 of 4 file(s) could not be read."


def test_a_text_that_is_no_report_gets_a_warning(tmp_path):
    p = tmp_path / "note.txt"
    p.write_text("会议通知\n请各位准时参加。\n", encoding="utf-8")
    rec = json.loads(run("extract", str(p)).stdout)
    assert rec["figures"] == [] and rec["facts"] == []
    assert any("does not look like" in w for w in rec["warnings"])
