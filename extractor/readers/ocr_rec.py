"""The recogniser: RapidOCR's Chinese model run on crops we cut ourselves (``ocr`` extra).

* ``recognise(crops)``: grey line crops, each scaled to the model's height and batched
  with crops of like width (RapidOCR's own call pads every crop to 320 px: twice the time
  on the short crops of table cells), decoded greedily (CTC).
* ``numeric=True`` (table cells): a reading with no Chinese in it is read again from the
  same output restricted to digits and number punctuation, since the model's first choice
  for a lone ``0`` is often the letter ``o``; the confidence is then the least sure digit's
  and the other readings (one digit swapped for its runner-up) are kept for the table's
  identities to referee. A reading that is Latin text (an ``@``, or two letters no digit
  is mistaken for: an e-mail or a website in a contact table) is no number and stays as read.
* ``engine``: onnxruntime on every core the process may use (its default, one thread a
  physical core, is one thread on a 2-thread machine; ``NIANBAO_OCR_THREADS`` overrides),
  idle threads sleeping rather than spinning; batches padded to a few widths, as a new
  input shape costs onnxruntime 2-3 times a repeated one.
* ``punctuation``: ASCII punctuation next to Chinese as the full-width form the report
  prints, and the 一 of an enumerator that the model reads as a dash. One character for
  one: lengths never change.
"""
from __future__ import annotations

import math
import os
import re
from functools import lru_cache

from ._layout import is_cjk

NUMBER = re.compile(r"^[-+]?\d[\d,.]*%?$")   # a number as a table cell prints it


def threads() -> int:
    """Threads for the recogniser: the cores this process may use (``NIANBAO_OCR_THREADS``
    overrides)."""
    env = os.environ.get("NIANBAO_OCR_THREADS", "")
    if env.isdigit() and int(env) > 0:
        return min(int(env), os.cpu_count() or 1)
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        n = os.cpu_count() or 1
    return max(1, min(n, os.cpu_count() or 1))


@lru_cache(maxsize=1)
def engine():
    from rapidocr_onnxruntime import RapidOCR

    # onnxruntime's default is one thread per physical core: one on a 2-thread machine
    engine = RapidOCR(intra_op_num_threads=threads())
    # never scale a page region up before detection (the default 'min' 736 blows a short
    # strip of text up to thousands of pixels wide); regions are scaled down by us
    engine.text_det.limit_type = "max"
    if os.environ.get("NIANBAO_OCR_SPIN", "") != "1":
        for wrapper in (engine.text_det.infer, engine.text_rec.session):
            wrapper.session = _without_spinning(wrapper.session)
    return engine


def _without_spinning(session):
    """The same model in a session whose idle threads sleep rather than spin: a spinning
    thread takes a core from the other work on a shared machine (and between our short
    recogniser calls) for nothing."""
    import onnxruntime as ort

    opts = session.get_session_options()
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    opts.add_session_config_entry("session.inter_op.allow_spinning", "0")
    return ort.InferenceSession(session._model_path, sess_options=opts, providers=session.get_providers())


_REC_HEIGHT = 48  # the recogniser's input height
_REC_BATCH = 16  # crops per batch at most
_REC_AREA = 3200  # padded width of a batch at most (one wider crop goes alone)


def recognise(crops: list, numeric: bool = False) -> list[tuple[str, float, list[str]]]:
    """Recognise grey line crops as they are: each scaled to the recogniser's height and
    batched with crops of like width (RapidOCR's own call pads every crop to 320 px, which
    costs twice the time on the short crops of table cells).

    With ``numeric`` (table cells), a reading with no Chinese in it is read again from the
    same output restricted to digits and number punctuation: the recogniser's first choice
    for a lone ``0`` is often the letter ``o``, its digit alternative is right."""
    import cv2
    import numpy as np

    if not crops:
        return []
    rec = engine().text_rec
    h = _REC_HEIGHT
    widths = [max(h, math.ceil(h * c.shape[1] / max(1, c.shape[0]))) for c in crops]
    order = sorted(range(len(crops)), key=widths.__getitem__)
    out: list[tuple[str, float, list[str]]] = [("", 0.0, [])] * len(crops)
    batches: list[list[int]] = []
    for i in order:  # ascending width: a batch is padded to its widest crop, so cap its area
        if batches and len(batches[-1]) < _REC_BATCH and widths[i] * (len(batches[-1]) + 1) <= _REC_AREA:
            batches[-1].append(i)
        else:
            batches.append([i])
    chars, digits = _alphabet()
    for idx in batches:
        w = _bucket(max(widths[i] for i in idx))
        batch = np.zeros((len(idx), 3, h, w), np.float32)
        for k, i in enumerate(idx):
            batch[k, :, :, :widths[i]] = cv2.resize(crops[i], (widths[i], h)).astype(np.float32) / 127.5 - 1
        preds = rec.session(batch)[0]  # (crops, steps, classes): probabilities
        for k, i in enumerate(idx):
            steps = max(1, math.ceil(preds.shape[1] * widths[i] / w))  # steps over the crop, not its padding
            text, score, alts = _ctc(preds[k, :steps], chars, None)
            if numeric and text and not any(is_cjk(c) and c not in _ZERO_LIKE + _SPECKS for c in text) \
                    and not latin_text(text):
                num, num_score, num_alts = _ctc(preds[k, :steps], chars, digits)
                if num.strip(".,") and NUMBER.match(num.strip(".,")):
                    # a speck read as a point at either end
                    text, score = num.strip(".,"), num_score
                    alts = [a.strip(".,") for a in num_alts if NUMBER.match(a.strip(".,"))]
            out[i] = (punctuation(text), score, alts)
    return out


def _bucket(width: int) -> int:
    """The batch width a crop of ``width`` is padded to. onnxruntime prepares every new
    input shape afresh (the first call at a width costs 2-3 times a repeated one), and the
    lines of a page come in as many widths as there are lines: a few widths serve them
    all, for a padding of at most ~5 %."""
    step = 32 if width <= 256 else 64 if width <= 1024 else 128
    return -(-width // step) * step


_DIGIT_LIKE = "oOQDlIiLSsBbgqZzGT"  # letters the recogniser may make of a digit (0 1 5 8 9 2 6 7)
_LATIN = re.compile(f"[A-Za-z](?<![{_DIGIT_LIKE}])")


def latin_text(text: str) -> bool:
    """A cell's reading that is words in Latin letters, never a misread number (family: a
    contact block printed as a table, its e-mail and website in cells read as numbers): an
    ``@``, or two letters that no digit is mistaken for (kmjk@163.com, www.jixi.gov.cn); a
    number read with a letter or two for its digits (1o5, lOO) is none."""
    return "@" in text or "＠" in text or len(_LATIN.findall(text)) >= 2


_ZERO_LIKE = "。○〇"  # what the recogniser may make of a lone 0
_SPECKS = "‘’“”·、"  # what it may make of a speck beside a number
_DIGIT_CHARS = "0123456789,.%-+"  # the sign of a change (本年增/减 +3): restricted to digits it was read 43


@lru_cache(maxsize=1)
def _alphabet():
    import numpy as np

    chars = engine().text_rec.postprocess_op.character  # 0 = CTC blank
    return chars, np.array([i for i, c in enumerate(chars) if c in _DIGIT_CHARS])


def _ctc(probs, chars, digits) -> tuple[str, float, list[str]]:
    """Greedy CTC decoding: text, confidence, and other readings worth a look.

    Plain, the confidence is the mean of the characters' probabilities and there are no
    other readings. With ``digits`` (class indices), every character of the path is the
    likeliest of them at its step, with the probability of that choice among them (how sure
    which digit, given that the cell holds a number: ``0`` against ``8``, not against the
    letter ``o``); the confidence is the lowest of them (one wrong digit makes a wrong
    number), and the other readings swap one digit for its runner-up (at least 5 %), the
    likeliest first, at most ``_ALTERNATIVES``."""
    best = probs.argmax(axis=1)
    text, scores, prev, swaps = [], [], 0, []
    for t, c in enumerate(best):
        if c != 0 and c != prev:
            p = float(probs[t, c])
            if digits is not None:
                sub = probs[t, digits] / max(float(probs[t, digits].sum()), 1e-9)
                order = sub.argsort()[::-1]
                c, p = int(digits[order[0]]), float(sub[order[0]])
                if len(order) > 1 and sub[order[1]] >= 0.05:
                    swaps.append((float(sub[order[1]]), len(text), chars[int(digits[order[1]])]))
            text.append(chars[c])
            scores.append(p)
        prev = best[t]
    if not scores:
        return "", 0.0, []
    if digits is None:
        return "".join(text), sum(scores) / len(scores), []
    alts = []
    for _, pos, ch in sorted(swaps, reverse=True)[:_ALTERNATIVES]:
        alts.append("".join(text[:pos] + [ch] + text[pos + 1:]))
    return "".join(text), min(scores), alts


_ALTERNATIVES = 3


_ASCII_PUNCT = str.maketrans({"(": "（", ")": "）", ",": "，", ":": "：", ";": "；", "?": "？", "!": "！"})


_DASHES = "－—–―-"  # ASCII hyphen last: a literal in a character class
_ONE = re.compile(f"(?<=[（(])[{_DASHES}](?=[）)])|^[{_DASHES}](?=、)")


def punctuation(text: str) -> str:
    """ASCII punctuation next to Chinese read as the full-width form the report prints
    (the recogniser often returns ``)`` for ``）``); between digits or Latin it stays. A
    dash alone in brackets or before 、 is the numeral 一 of an enumerator (（一）, 一、),
    which a recogniser without context reads as a dash. One character for one: lengths
    do not change."""
    text = _ONE.sub("一", text)
    if any(c in "(),:;?!" for c in text):
        chars = list(text)
        for i, c in enumerate(chars):
            if c in "(),:;?!":
                a = text[i - 1] if i else ""
                b = text[i + 1] if i + 1 < len(text) else ""
                if (a and is_cjk(a)) or (b and is_cjk(b)):
                    chars[i] = c.translate(_ASCII_PUNCT)
        text = "".join(chars)
    return text
