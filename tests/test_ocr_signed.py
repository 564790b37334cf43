"""Family: a signed change in a scanned table cell (table 2's 本年增/减 printed +3, -2, 0):
read as a number its plus sign is kept, never turned into the digit most like it (+1 read 41,
+3 read 43). Crops drawn here, read by the shipped models."""
from pathlib import Path

import numpy as np
import pytest

FONTS = [Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
         Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")]


def _crop(text, size):
    from PIL import Image, ImageDraw, ImageFont
    font = next((f for f in FONTS if f.exists()), None)
    if font is None:
        pytest.skip("no font to draw digits")
    img = Image.new("L", (16 + int(size * 0.7 * len(text)), int(size * 1.4)), 255)
    ImageDraw.Draw(img).text((8, int(size * 0.15)), text, font=ImageFont.truetype(str(font), size), fill=0)
    return np.asarray(img)


@pytest.mark.parametrize("text", ["+1", "+3", "+12", "+7", "41", "43", "12"])
@pytest.mark.parametrize("size", [22, 30])
def test_a_signed_change_keeps_its_sign(text, size):
    pytest.importorskip("rapidocr_onnxruntime")
    from extractor.readers.ocr_rec import recognise
    assert recognise([_crop(text, size)], numeric=True)[0][0] == text


def test_the_number_alphabet_holds_both_signs():
    from extractor.readers import ocr_rec
    assert "+" in ocr_rec._DIGIT_CHARS and "-" in ocr_rec._DIGIT_CHARS
