"""A place's name as a reviewer types it before an organ (杭州市民政局, 杭州民政局, 浑南区的民政局):
one reader for the planner that decides a bureau is the place's own and for the asks that offer
the organs a place holds instead."""
import re

_PLACE_END = re.compile(r"(自治县|自治州|自治区|县|区|市|省|州|盟|旗)$")


def typed_forms(region: str) -> tuple[str, ...]:
    """A place's name as typed before its bureau: in full (杭州市) or without its end (杭州;
    of two characters at least: 沈阳, 信丰, never 珙 of 珙县)."""
    bare = _PLACE_END.sub("", region)
    return (region, bare) if bare != region and len(bare) >= 2 else (region,)


def typed_organ(question: str, region: str, name: str, joins: tuple[str, ...] = ("",)) -> str | None:
    """The place and organ as the question types them (浑南区民政局, 浑南民政局, with a join of
    ``joins`` between them: 浑南区的民政局), or None."""
    return next((f + j + name for f in typed_forms(region) for j in joins
                 if f + j + name in question), None)
