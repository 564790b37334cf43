"""A place's name as a reviewer types it before an organ (杭州市民政局, 杭州民政局, 浑南区的民政局):
one reader for the planner that decides a bureau is the place's own and for the asks that offer
the organs a place holds instead."""
import re

# where a place's name ends: every rank's tail, the longest first (自治区 before 区: 内蒙古自治区
# is 内蒙古, never 内蒙古自治); the one definition of kindinplace, names.plausible_place and this
PLACE_END = re.compile(r"(自治县|自治州|自治区|县|区|市|省|州|盟|旗)$")


def without_place_end(name: str) -> str:
    """``name`` without the tail of its rank (杭州市: 杭州; 湖北省: 湖北; 内蒙古自治区: 内蒙古; 正镶白旗:
    正镶白), or as it is when it has none."""
    return PLACE_END.sub("", name)


def typed_forms(region: str) -> tuple[str, ...]:
    """A place's name as typed before its bureau: in full (杭州市) or without its end (杭州;
    of two characters at least: 沈阳, 信丰, never 珙 of 珙县)."""
    bare = without_place_end(region)
    return (region, bare) if bare != region and len(bare) >= 2 else (region,)


def typed_organ(question: str, region: str, name: str, joins: tuple[str, ...] = ("",)) -> str | None:
    """The place and organ as the question types them (浑南区民政局, 浑南民政局, with a join of
    ``joins`` between them: 浑南区的民政局), or None."""
    return next((f + j + name for f in typed_forms(region) for j in joins
                 if f + j + name in question), None)
