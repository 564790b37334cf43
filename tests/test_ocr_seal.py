"""Families of scans with colour (pages drawn here, small):

* a red seal (公章) stamped over print: over a contact block printed as a table (its ring
  crossing the cells' walls, its star over the value), over a contact line running to the
  margin, over a date; the page is made grey with the red ink as pale as the paper
  (``ocr_marks.without_seal``), so the print under it is read and the ring draws no wall;
* a contact table's e-mail or website in a cell is Latin text, never re-read as a number
  (``ocr_rec.latin_text``).
"""
import math
from pathlib import Path

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")
from extractor.readers import ocr_grid as grid  # noqa: E402
from extractor.readers import ocr_marks as marks  # noqa: E402
from extractor.readers.ocr_rec import latin_text  # noqa: E402

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
RED = (205, 35, 45)


def _font(size):
    from PIL import ImageFont
    if not FONT.exists():
        pytest.skip("no Chinese font: apt-get install fonts-wqy-microhei")
    return ImageFont.truetype(str(FONT), size)


def _seal(size, centre, radius, ink=0.85, text="某某县人民政府办公室"):
    """A seal layer (RGB, white ground) to multiply over a page: ring, star, name on the arc."""
    from PIL import Image, ImageDraw
    layer = Image.new("RGB", size, (255, 255, 255))
    d = ImageDraw.Draw(layer)
    shade = tuple(round(255 - ink * (255 - c)) for c in RED)
    cx, cy = centre
    d.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=shade, width=max(3, radius // 28))
    star = []
    for k in range(10):
        r = radius * (0.3 if k % 2 == 0 else 0.12)
        a = -math.pi / 2 + k * math.pi / 5
        star.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    d.polygon(star, fill=shade)
    font = _font(max(14, radius // 5))
    for k, ch in enumerate(text):
        a = math.pi * (1.15 + 0.7 * k / max(1, len(text) - 1))
        d.text((cx + 0.78 * radius * math.cos(a) - 8, cy + 0.78 * radius * math.sin(a) - 10), ch, font=font, fill=shade)
    return layer


def _stamp(page, layer):
    """The seal multiplied over the page, as ink over paper."""
    from PIL import Image
    a = np.asarray(page.convert("RGB"), np.float32)
    b = np.asarray(layer, np.float32)
    return Image.fromarray((a * b / 255).astype(np.uint8))


def _contact_table(rows, paper=(244, 240, 228), width=1200, height=520):
    """A two-column contact table (label | value), as a ruled grid on tinted paper."""
    from PIL import Image, ImageDraw
    page = Image.new("RGB", (width, height), paper)
    d = ImageDraw.Draw(page)
    font = _font(30)
    x0, xm, x1, y0, rh = 80, 280, 1100, 60, 70
    for k in range(len(rows) + 1):
        d.line((x0, y0 + k * rh, x1, y0 + k * rh), fill=(20, 20, 20), width=3)
    for x in (x0, xm, x1):
        d.line((x, y0, x, y0 + len(rows) * rh), fill=(20, 20, 20), width=3)
    for k, (label, value) in enumerate(rows):
        d.text((x0 + 40, y0 + k * rh + 18), label, font=font, fill=(15, 15, 15))
        d.text((xm + 20, y0 + k * rh + 18), value, font=font, fill=(15, 15, 15))
    return page


# ---------------------------------------------------------------- the grey made of a colour page

def test_red_ink_turns_pale_and_black_print_under_it_stays_black():
    page = np.full((40, 90, 3), (240, 236, 224), np.uint8)
    page[:, 30:60] = (198, 34, 40)          # seal ink on paper
    page[10:30, 40:50] = (18, 4, 6)         # black print under the seal
    page[10:30, 5:15] = (20, 20, 20)        # black print beside it
    page[:, 60:70] = (219, 125, 117)         # a seal's paler ink (its uneven edge)
    gray = marks.without_seal(page)
    paper = int(gray[0, 0])
    assert gray[0, 35] >= paper - 15 and gray[0, 65] >= paper - 25      # the seal as pale as the paper
    assert gray[20, 45] < 60 and gray[20, 10] < 60                      # the print kept
    assert grid.ink(gray)[0, 35] == 0 and grid.ink(gray)[20, 45] == 255


@pytest.mark.parametrize("paper", [(228, 228, 224), (246, 238, 214), (235, 226, 205)])
def test_a_page_without_red_keeps_its_luminance(paper):
    page = np.full((30, 30, 3), paper, np.uint8)
    page[10:20, 10:20] = (30, 28, 25)
    assert np.array_equal(marks.without_seal(page), cv2.cvtColor(page, cv2.COLOR_RGB2GRAY))


def test_a_grey_page_reads_as_before():
    gray = np.full((30, 30), 230, np.uint8)
    gray[5:10, 5:25] = 10
    assert np.array_equal(marks.without_seal(gray), gray)


# ---------------------------------------------------------------- e-mails and websites in cells

@pytest.mark.parametrize("text", ["abcxzfb@126.com", "qhx_zwgk@163.com", "www.qinghe.gov.cn", "zwgk.example.cn",
                                  "ab@c"])
def test_latin_text_in_a_cell_is_no_number(text):
    assert latin_text(text)


@pytest.mark.parametrize("text", ["0", "o", "1o5", "lOO", "S8", "12.5%", "1,234", "Bg", "I0"])
def test_a_number_read_with_a_letter_for_a_digit_is_still_a_number(text):
    assert not latin_text(text)


# ---------------------------------------------------------------- read whole (the shipped models)

def _read(image):
    pytest.importorskip("rapidocr_onnxruntime")
    from extractor.readers.ocr import read_page
    return read_page(image)


CONTACT = [("地址", "清河县城关镇建设路36号"), ("邮编", "054800"), ("电话", "0319-5123456"),
           ("邮箱", "qhxzfb@163.com")]


@pytest.mark.parametrize("centre, radius", [((560, 190), 150),    # over the address and postcode
                                            ((800, 300), 170),    # over the phone, e-mail and the right wall
                                            ((300, 200), 140)])   # over the labels' wall
def test_a_contact_table_under_a_seal_reads_label_and_value(centre, radius):
    page = _contact_table(CONTACT)
    page = _stamp(page, _seal(page.size, centre, radius))
    (table,) = _read(page).tables
    got = [[c.text for c in row] for row in table.rows]
    assert got == [list(r) for r in CONTACT]


def test_a_contact_table_of_four_rows_with_a_website_reads_it_as_text():
    rows = [("地址", "平山县平山镇中山路9号"), ("邮编", "050400"), ("电话", "0311-8291234"),
            ("网址", "www.pingshan.gov.cn")]
    (table,) = _read(_contact_table(rows, paper=(230, 230, 226))).tables
    assert [[c.text for c in row] for row in table.rows] == [list(r) for r in rows]


def test_a_contact_line_under_a_seal_is_read_to_its_end():
    from PIL import Image, ImageDraw
    page = Image.new("RGB", (1300, 360), (246, 238, 214))
    d = ImageDraw.Draw(page)
    font = _font(30)
    d.text((60, 60), "联系方式：某县统计局办公室，地址：某县和平街88号；邮编：", font=font, fill=(15, 15, 15))
    d.text((60, 120), "065000；联系电话：0316-2345678；电子邮箱：mxtjy@126.com。", font=font, fill=(15, 15, 15))
    d.text((900, 220), "某县统计局", font=font, fill=(15, 15, 15))
    page = _stamp(page, _seal(page.size, (1020, 170), 150, text="某县统计局"))
    text = "\n".join(ln.text for ln in _read(page).lines)
    assert "mxtjy@126.com" in text and "0316-2345678" in text and "某县统计局" in text


def test_red_print_with_no_black_under_it_is_kept():
    # a 红头 title and its red rule are print: dark in the grey page, never made paper
    page = np.full((60, 120, 3), (245, 243, 236), np.uint8)
    page[5:20, 10:110] = (210, 30, 30)       # a red title line
    page[25:27, 5:115] = (210, 30, 30)       # its red rule
    page[40:55, 10:60] = (20, 20, 20)        # black print below, apart
    gray = marks.without_seal(page)
    assert gray[10, 50] < 128 and gray[26, 50] < 128 and gray[45, 30] < 60


def test_a_red_header_title_is_read_with_the_shipped_models():
    # a 红头 document's red title line (the organ's name) over a page with a red rule: read, never erased
    pytest.importorskip("rapidocr_onnxruntime")
    import os
    from PIL import Image, ImageDraw, ImageFont
    from extractor.readers import ocr
    font = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if not os.path.exists(font):
        pytest.skip("no CJK font")
    img = Image.new("RGB", (1240, 400), (250, 250, 245))
    d = ImageDraw.Draw(img)
    d.text((200, 60), "青石县人民政府办公室", fill=(210, 30, 30), font=ImageFont.truetype(font, 56))
    d.line((100, 150, 1140, 150), fill=(210, 30, 30), width=4)
    d.text((150, 200), "2023年政府信息公开工作年度报告", fill=(20, 20, 20), font=ImageFont.truetype(font, 34))
    assert "青石县人民政府办公室" in [ln.text for ln in ocr.read_page(img).lines]
