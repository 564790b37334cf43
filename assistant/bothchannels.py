"""Two channels said of one report, each of them asked (既有公开栏又设了查阅点, 公开栏和查阅点都有,
同时通过微博和微信公开): the reports naming every one, never the last channel read alone (rule
``channels_both``). Said with a word of both (``facets.BOTH``: 既…又, 同时, 并且; or 都 / 均 /
两个都 after the channels); two channels with no such word stay as read (或: any of them is
another question).
"""
from __future__ import annotations

import re

from .facets import BOTH

_ALL_AFTER = re.compile(r"[^，,。？?]{0,6}?(?:都|均|全都|两个都|两样都|二者都)")


def both_channels(p, q: str, channel_at: list) -> bool:
    """``p.channels_also``: the channels said besides ``p.channel`` when ``q`` asks for both;
    True when it set them."""
    said = list(dict.fromkeys(v for _, _, v in channel_at))
    if len(said) < 2 or p.negate or any("," in v for v in said):
        return False
    first, last = channel_at[0][0], channel_at[-1][1]
    between = q[first:last]
    if not (BOTH.search(q[:last]) or _ALL_AFTER.match(q, last)) or "或" in between:
        return False
    p.channel, p.channels_also = said[0], tuple(said[1:])
    return True
