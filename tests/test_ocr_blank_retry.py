"""An OCR'd table cell with ink the recogniser reads as nothing (family: a lone 0 in a narrow
cell, the model seeing one small glyph with no space around it) is read again with white
margins beside it; only a number is taken from the retry, and what it reads keeps its own
confidence. The logic is tested with a stand-in recogniser; one real crop with the shipped
models when the ``ocr`` extra is installed."""
import numpy as np
import pytest

from extractor.readers import ocr


def _crop(width: int, fill: int = 0) -> np.ndarray:
    a = np.full((30, width), 255, np.uint8)
    a[8:22, 4:width - 4] = fill
    return a


def _fake(readings):
    """A recogniser reading a crop by its width: {width: text} (blank when not listed)."""
    def recognise(crops, numeric=False):
        return [(readings.get(c.shape[1], ""), 0.9 if readings.get(c.shape[1]) else 0.0, []) for c in crops]
    return recognise


@pytest.mark.parametrize("readings, want", [
    ({24: "", 24 + 60: "0"}, "0"),          # read with margins as wide as the crop is high
    ({24: "", 24 + 120: "0"}, "0"),         # or twice that
    ({24: "", 24 + 60: "12"}, "12"),
    ({24: "", 24 + 60: "动"}, ""),          # a speck read as a word stays blank
    ({24: "", 24 + 60: "", 24 + 120: ""}, ""),   # read as nothing again: an OCR blank
    ({24: "7"}, "7"),                       # read at once: no retry
])
def test_a_blank_cell_crop_is_read_again_with_margins(monkeypatch, readings, want):
    monkeypatch.setattr(ocr, "recognise", _fake(readings))
    assert ocr._recognise_cells([_crop(24)])[0][0] == want


def test_only_the_blank_crops_are_read_again(monkeypatch):
    calls = []

    def recognise(crops, numeric=False):
        calls.append([c.shape[1] for c in crops])
        return [("5" if c.shape[1] in (40, 24 + 60) else "", 0.9, []) for c in crops]
    monkeypatch.setattr(ocr, "recognise", recognise)
    got = ocr._recognise_cells([_crop(40), _crop(24)])
    assert [g[0] for g in got] == ["5", "5"] and calls == [[40, 24], [24 + 60]]


def test_a_lone_zero_in_a_narrow_cell_with_the_shipped_models():
    pytest.importorskip("rapidocr_onnxruntime")
    from PIL import Image, ImageDraw, ImageFont
    from extractor.readers.ocr_rec import recognise
    font = next((f for f in ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                             "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf") if __import__("os").path.exists(f)), None)
    if font is None:
        pytest.skip("no font to draw the digit")
    img = Image.new("L", (24, 31), 255)
    ImageDraw.Draw(img).text((5, 3), "0", fill=0, font=ImageFont.truetype(font, 22))
    crop = np.asarray(img)
    first = recognise([crop], numeric=True)[0][0]
    assert ocr._recognise_cells([crop])[0][0] == "0", first
