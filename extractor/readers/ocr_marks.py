"""Ink on a scanned page that is not what it seems, measured without a recogniser (``ocr``
extra's numpy and OpenCV only, so every step is tested on images we draw ourselves).

* ``without_seal``: a colour page made grey with its red ink (a seal, 公章, stamped over the
  signature, a contact table or the title) as pale as the paper, the black print under it kept;
  red print with no black under it (a 红头 title, its red rule) kept as print.
* ``points``: the decimal points and thousands commas between a number's glyphs in a cell
  (a point the recogniser or the despeckling lost is caught by ``ocr._check_point``).
* ``unread_ink``: ink of a text line's height no detected box covers (a paragraph's last
  line of a character or two the detector missed).
"""
from __future__ import annotations

import cv2
import numpy as np

from .ocr_grid import to_gray

SEAL_RED = 20, 60  # how much redder than green and blue a pixel starts to count as seal ink, and is fully
SEAL_GAIN = 1.15   # a seal's red channel over the paper's (the ink's red is ~0.8-0.9 of white)


def without_seal(rgb: np.ndarray) -> np.ndarray:
    """A colour page (RGB) as grey with red ink dropped: where a pixel is red (its red channel
    well above green and blue) the grey is its red channel, brightened by the ink's own shade
    (``SEAL_GAIN``), in which a red seal is as pale as the paper while black print under it
    stays black; other pixels keep their luminance (a blend between, so no edge is drawn).
    A page with no red is unchanged."""
    if rgb.ndim != 3 or rgb.shape[2] < 3:
        return to_gray(rgb)
    rgb = rgb[:, :, :3]
    lum = cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2GRAY)
    r = rgb[:, :, 0].astype(np.int16)
    redness = r - np.maximum(rgb[:, :, 1], rgb[:, :, 2]).astype(np.int16)
    lo, hi = SEAL_RED
    if not (redness > lo).any():
        return lum
    w = np.clip((redness - lo) / float(hi - lo), 0.0, 1.0)
    w[_red_print(redness > lo, (lum < 128) & (redness <= lo))] = 0.0   # red print is print: kept
    pale = np.maximum(lum.astype(np.float32), np.minimum(255.0, r * SEAL_GAIN))
    return np.clip(lum * (1 - w) + pale * w + 0.5, 0, 255).astype(np.uint8)


def _red_print(red: np.ndarray, black: np.ndarray) -> np.ndarray:
    """The red ink that is print, not a seal over print: each patch of red (joined over small
    gaps) with next to no black ink inside its box — a 红头 title, a red rule under it — is kept
    as it is; a seal stamped over a signature, a date or a contact table has black print under it."""
    keep = np.zeros(red.shape, bool)
    joined = cv2.dilate(red.astype(np.uint8), np.ones((9, 9), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    for i in range(1, n):
        x, y, w, h, _area = stats[i]
        box = (slice(y, y + h), slice(x, x + w))
        inside = labels[box] == i
        reds = int((red[box] & inside).sum())
        if reds and int((black[box] & inside).sum()) <= max(20, 0.002 * reds):   # (a few stray pixels)
            keep[box] |= inside & red[box]
    return keep


def points(bw: np.ndarray) -> list[tuple[int, str]] | None:
    """The small marks on the baseline between the glyphs of a number printed on one line, in
    a binary ink crop (255 = ink; a cell's, its ruling removed): a decimal point or a thousands
    comma, each as (how many glyphs stand left of it, ``.`` or ``,``).

    A glyph is a blob at least 0.55 of the tallest's height; a mark is a blob 0.07-0.4 of that
    wide and at most 0.5 high, lying low (its top under the glyphs' middle) between the first
    and the last glyph; a mark running below the glyphs' foot, or much taller than wide, is a
    comma. Blobs smaller than a mark, or away from the glyphs' line, are left out (dust). None
    when another blob stands in the line (the crop is no plain number)."""
    if bw.ndim != 2 or min(bw.shape) < 8:
        return None
    n, _, stats, _ = cv2.connectedComponentsWithStats((bw > 0).astype(np.uint8), connectivity=8)
    blobs = [tuple(int(v) for v in stats[i, :4]) for i in range(1, n)]  # x, y, w, h
    if not blobs:
        return None
    height = max(h for _, _, _, h in blobs)
    glyphs = [b for b in blobs if b[3] >= 0.55 * height]
    if len(glyphs) < 2 or height < 10:
        return None
    top = min(y for _, y, _, _ in glyphs)
    foot = sorted(y + h for _, y, _, h in glyphs)[len(glyphs) // 2]
    middle = (top + foot) / 2
    left = min(x + w / 2 for x, _, w, _ in glyphs)
    right = max(x + w / 2 for x, _, w, _ in glyphs)
    lo_x, hi_x = min(x for x, _, _, _ in glyphs), max(x + w for x, _, w, _ in glyphs)
    marks = []
    for x, y, w, h in blobs:
        if h >= 0.55 * height or max(w, h) < 0.07 * height:
            continue
        if y > foot + 0.3 * height or y + h < top - 0.3 * height or x > hi_x + height or x + w < lo_x - height:
            continue   # away from the line: dust
        mark = w <= 0.4 * height and h <= 0.5 * height and y > middle and left < x + w / 2 < right
        if not mark:
            return None
        kind = "," if y + h > foot + 0.08 * height or h > 1.6 * w else "."
        marks.append((sum(1 for g in glyphs if g[0] + g[2] / 2 < x + w / 2), kind))
    return sorted(marks)


def unread_ink(bw: np.ndarray, rects: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Ink of text-line height that no detected box covers (family: a paragraph's last line of
    a character or two, 件。, that the text detector missed), as boxes (y0, y1, x0, x1) to read.

    The boxes' own ink (grown by a few pixels) is left out; what remains is joined along the
    line (gaps under a line's height) into runs, and a run as tall as the detected lines (0.6
    to 1.5 of their middle height), at least as wide as tall and not wider than ten lines'
    height, is one; nothing when no line was detected."""
    if not rects:
        return []
    heights = sorted(y1 - y0 for y0, y1, _, _ in rects)
    line = heights[len(heights) // 2]
    rest = bw.copy()
    g = max(2, line // 6)
    for y0, y1, x0, x1 in rects:
        rest[max(0, y0 - g):y1 + g, max(0, x0 - g):x1 + g] = 0
    joined = cv2.dilate(rest, cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, line // 2), 1)))
    n, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    out = []
    for i in range(1, n):
        x, y, w, h, area = (int(v) for v in stats[i])
        if 0.6 * line <= h <= 1.5 * line and h <= w <= 10 * line:
            ink = int((rest[y:y + h, x:x + w] > 0).sum())
            if ink >= 0.08 * w * h:
                pad = max(2, line // 8)
                out.append((max(0, y - pad), y + h + pad, max(0, x - pad), x + w + pad))
    return out
