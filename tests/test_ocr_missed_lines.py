"""Family: a paragraph's last line of a character or two (件。, 元。) that the text detector
misses on a scan: ink of a line's height that no detected box covers is read as a line of its
own (``ocr_marks.unread_ink``), kept only when read surely and as words or digits. Pages
drawn here."""
from pathlib import Path

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")
from extractor.readers import ocr_marks as marks  # noqa: E402

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def test_ink_beside_the_detected_lines_of_their_height_is_a_line_to_read():
    bw = np.zeros((200, 800), np.uint8)
    bw[20:50, 40:760] = 255          # a detected line
    bw[70:100, 40:100] = 255         # two characters on the next line, missed
    rects = [(18, 52, 38, 762)]
    (box,) = marks.unread_ink(bw, rects)
    y0, y1, x0, x1 = box
    assert y0 <= 70 and y1 >= 100 and x0 <= 40 and x1 >= 100


@pytest.mark.parametrize("blot", [(150, 153, 300, 303),      # dust
                                  (120, 190, 300, 304),      # a rule's stub, taller than a line
                                  (150, 152, 100, 700)])     # a thin rule
def test_dust_and_rules_are_no_line(blot):
    bw = np.zeros((200, 800), np.uint8)
    bw[20:50, 40:760] = 255
    y0, y1, x0, x1 = blot
    bw[y0:y1, x0:x1] = 255
    assert marks.unread_ink(bw, [(18, 52, 38, 762)]) == []


def test_nothing_detected_nothing_added():
    bw = np.zeros((100, 100), np.uint8)
    bw[10:40, 10:40] = 255
    assert marks.unread_ink(bw, []) == []


@pytest.mark.parametrize("tail", ["件。", "元。", "8件。", "日"])
def test_a_paragraphs_short_last_line_is_read(tail):
    pytest.importorskip("rapidocr_onnxruntime")
    if not FONT.exists():
        pytest.skip("no Chinese font")
    from PIL import Image, ImageDraw, ImageFont
    from extractor.readers.ocr import read_page
    page = Image.new("L", (1400, 420), 236)
    d = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), 30)
    d.text((80, 60), "公开申请8件，均在法定期限内答复。全年发生政府信息公开行政复议1件、行政诉讼0", font=font, fill=20)
    d.text((80, 110), tail, font=font, fill=20)
    d.text((140, 200), "（三）政府信息管理", font=font, fill=20)
    text = "\n".join(ln.text for ln in read_page(page).lines)
    assert tail in text.split("\n"), text
