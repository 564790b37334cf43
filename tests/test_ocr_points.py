"""Family: a decimal point in a scanned table cell lost (the recogniser drops it, or the page's
despeckling takes it for dust: 39.98 read 3998), or a speck read as a point. The cell's
print is measured (``ocr_marks.points`` on its ink before despeckling) and a cell whose
reading and print disagree on a point is doubtful, never verified (``ocr._check_point``).
Crops drawn here."""
from pathlib import Path

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")
from extractor.readers import ocr_marks as marks  # noqa: E402
from extractor.readers.ocr import POINT_DOUBT, TableCell, _check_point  # noqa: E402

FONTS = [Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
         Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")]


def _ink(text, size=30, speck=None):
    """A cell's binary ink (255 = ink) with ``text`` printed in it, a speck at (x, y) if asked."""
    from PIL import Image, ImageDraw, ImageFont
    font = next((f for f in FONTS if f.exists()), None)
    if font is None:
        pytest.skip("no font to draw digits")
    img = Image.new("L", (40 + size * len(text), size * 2), 255)
    ImageDraw.Draw(img).text((15, size // 3), text, font=ImageFont.truetype(str(font), size), fill=0)
    bw = np.where(np.asarray(img) < 128, 255, 0).astype(np.uint8)
    if speck:
        x, y = speck
        bw[y:y + 3, x:x + 3] = 255
    return bw


@pytest.mark.parametrize("text, want", [("39.98", [(2, ".")]), ("0.5", [(1, ".")]), ("1234.56", [(4, ".")]),
                                        ("1,112", [(1, ",")]), ("2,345.6", [(1, ","), (4, ".")]),
                                        ("12", []), ("3998", [])])
@pytest.mark.parametrize("size", [24, 34])
def test_the_marks_between_a_numbers_digits(text, want, size):
    assert marks.points(_ink(text, size)) == want


def test_dust_away_from_the_line_is_left_out():
    assert marks.points(_ink("3998", 30, speck=(60, 2))) == []


def test_a_word_is_no_number():
    assert marks.points(_ink("—", 30)) is None


def _cell(text, conf=0.99, alts=None):
    return TableCell(0, 100, text, conf, list(alts or []))


def test_a_point_printed_and_not_read_makes_the_cell_doubtful_with_the_point_reading():
    c = _cell("3998", alts=["3098"])
    _check_point(c, [(2, ".")])
    assert c.confidence == POINT_DOUBT and c.alternatives == ["39.98", "3098"]


def test_a_point_read_and_not_printed_makes_the_cell_doubtful():
    c = _cell("1.2")
    _check_point(c, [])
    assert c.confidence == POINT_DOUBT


@pytest.mark.parametrize("text, marks", [("39.98", [(2, ".")]), ("1112", [(1, ",")]), ("1,112", [(1, ",")]),
                                         ("3998", None), ("12", [])])
def test_reading_and_print_agreeing_change_nothing(text, marks):
    c = _cell(text)
    _check_point(c, marks)
    assert c.confidence == 0.99 and c.alternatives == []
