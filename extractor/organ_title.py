"""The report's title: the organ and the year it names, from the title block before part 一.

Shapes: 某局2022年…年度报告, 2022年某局…, 某局…工作年度报告（2022年）, 某局关于2022年度…报告; the
year in full-width digits or Chinese numerals; the name on its own line above the year's line,
or over several lines (宜良县 / 人力资源和社会保障局 / 2022年…); a parent place on the line above
(桐庐县 / 分水镇人民政府). Never a notice cited in 《》 (《某办公室关于…年度报告有关事项的通知》) and
never the end of a link bar above the year's line (… | 司法部 | 财政部)."""
from __future__ import annotations

import re

from . import gazetteer
from .organ_names import _NAME, _clean, _known_above_township, _name_extension
from .places import ending_across, is_known_place, level_of, place_rank, places, simplify
from .sections import find_sections

# ---------------------------------------------------------------- organ name
_DISCLOSURE = r"(?:政府\s*)?(?:信息\s*公开|政务公开(?=[^\n]{0,6}(?:年度报告|年报)))"


_TITLE = re.compile(rf"(?P<a>{_NAME}{{2,40}}?)[】」』\]]?\s*(?:(?:[:：]|[-—–－]{{1,2}})\s*)?(?P<y>20\d\d)\s*(?:年度?|度)的?\s*{_DISCLOSURE}"
                    rf"|(?P<y2>20\d\d)\s*(?:年度?|度)\s*(?P<b>{_NAME}{{2,40}}?)\s*{_DISCLOSURE}"
                    rf"|(?P<c>{_NAME}{{2,40}}?)(?:政府)?信息公开工作(?P<y3>20\d\d)\s*年度?(?:报告|年报)"
                    rf"|(?P<d>{_NAME}{{2,40}}?)(?:政府)?(?:信息公开|政务公开)工作年度(?:报告|年报)\s*[（(]\s*"
                    rf"(?P<y4>20\d\d)\s*年?度?\s*[)）]"
                    # 某镇政府信息公开 / 2023年度工作报告: the year between the words of disclosure and report
                    rf"|(?P<e>{_NAME}{{2,40}}?)(?:政府)?(?:信息公开|政务公开)\s*(?P<y5>20\d\d)\s*年度?的?工作(?:报告|年报)")
_NAME_GROUPS = ("a", "b", "c", "d", "e")
_YEAR_GROUPS = ("y", "y2", "y3", "y4", "y5")


def title_name(text: str) -> tuple[str | None, int | None, int | None]:
    """(organ, year, position) from the first title-like phrase within the first lines; a
    title split over lines (the organ alone on one line, 2020年…年度报告 on the next) too."""
    head = _arabic_years(simplify(text[:1200]))
    secs = find_sections(text)
    if secs and secs[0].start > 0:
        # the title block is before the first part (一、总体情况); a report's name cited in
        # the body (公开发布《…2021年…年度报告》) is last year's, not this one's
        head = head[:secs[0].start]
    for bare_ok in (False, True):
        for m in _TITLE.finditer(head):
            if _cited(head, m.start(), m.end()) or _name_broken_off(head, m):
                continue
            # 某局关于2022年…报告: the organ is before 关于 (in a title only; a cited
            # 《某办公室关于…的通知》 is another body's)
            name = _clean(re.sub(r"关于$", "", _named(m)), bare_ok)
            if name:
                yg = next(g for g in _YEAR_GROUPS if m.group(g))
                ng = next(g for g in _NAME_GROUPS if m.group(g))
                return _with_place_above(head, m.start(ng), name), int(m.group(yg)), m.start(yg)
        if not bare_ok:
            found = _title_over_lines(head) or _title_joined(head) or _name_below(head)
            if found:
                return found
    for m in re.finditer(rf"^[ \t\u3000]*(?P<n>{_NAME}{{3,40}})[ \t\u3000]*\n[ \t\u3000]*(?P<y>20\d\d)\s*(?:年度?|度)"
                         rf"[^\n]{{0,20}}(?:信息公开|政务公开)[^\n]{{0,12}}报告", head, re.M):
        name = _clean(m.group("n"))
        if name:
            return name, int(m.group("y")), m.start("y")
    # a title line printing no year (某镇人民政府政府信息公开工作年度报告): the name, the year
    # is the statistics period's
    for m in _TITLE_NO_YEAR.finditer(head):
        name = _clean(m.group("n"))
        if name:
            return name, None, None
    # a title naming no organ (2022年政府信息公开工作年度报告) still names the year
    m = _YEAR_TITLE.search(head)
    if m:
        return None, int(m.group("y")), m.start("y")
    return None, None, None


# a title line naming no organ: 2022年（度）政府信息公开工作年度报告
_YEAR_TITLE = re.compile(r"(?m)^[ \t\u3000]*(?P<y>20\d\d)\s*(?:年度?|度)\s*(?:政府)?(?:信息公开|政务公开)"
                         r"[^\n，。；：:]{0,8}(?:报告|年报)[ \t\u3000]*$")


# …and the organ alone on the next line, bracketed or not ((某县市场监督管理局))
_NAME_LINE = re.compile(rf"\n[ \t\u3000]*\n?[ \t\u3000]*[（(【]?[ \t\u3000]*(?P<n>{_NAME}{{3,40}}?)[ \t\u3000]*[）)】]?[ \t\u3000]*(?:\n|$)")


def _name_below(head: str) -> tuple[str, int, int] | None:
    """A title that names no organ with the organ's name alone on the line below it (2022年
    政府信息公开工作年度报告 / （某县市场监督管理局）): a full name only (a place and an organ type)."""
    for m in _YEAR_TITLE.finditer(head):
        b = _NAME_LINE.match(head, m.end())
        if not b:
            continue
        name = _clean(b.group("n"))
        if name and level_of(name) is not None and places(simplify(name)):
            return name, int(m.group("y")), m.start("y")
    return None


_TITLE_NO_YEAR = re.compile(rf"(?m)^[ \t\u3000]*(?P<n>{_NAME}{{2,40}}?)(?:政府)?(?:信息公开|政务公开)工作"
                            r"年度(?:报告|年报)[ \t\u3000]*$")


_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0", "Ｏ": "0", "O": "0"}


_CN_YEAR = re.compile(r"二[〇零○Ｏ][〇零○Ｏ一二三四五六七八九]{2}(?=\s*年)")


_FULL_DIGITS = {0xFF10 + i: str(i) for i in range(10)}


def _arabic_years(head: str) -> str:
    """Years printed in full-width digits (２０２２年) or Chinese numerals (二〇二二年) as ASCII
    digits, one character for one (offsets hold), so a title's year is read whatever the print."""
    head = head.translate(_FULL_DIGITS)
    # a letter O for a zero inside a year (2O23年, as a scan's text or a typist has it)
    head = _O_YEAR.sub(lambda m: m.group().replace("O", "0").replace("o", "0"), head)
    return _CN_YEAR.sub(lambda m: "".join(_CN_DIGIT[c] for c in m.group()), head)


_O_YEAR = re.compile(r"2[0Oo][0-9Oo]{2}(?=\s*年)")


def _named(m: re.Match) -> str:
    return next(m.group(g) for g in _NAME_GROUPS if m.group(g))


def _name_broken_off(head: str, m: re.Match) -> bool:
    """A name before the year's line is the title's only when it is all of its own line:
    the last item of a link bar (… | 司法部 | 财政部) above 2022年…年度报告 is none."""
    if not m.group("a"):
        return False
    if "\n" not in head[m.end("a"):m.start("y")]:
        return False
    line_start = head.rfind("\n", 0, m.start("a")) + 1
    return bool(head[line_start:m.start("a")].strip(" \t\u3000"))


def _cited(head: str, s: int, e: int) -> bool:
    """Whether a title-like phrase is inside a cited document's name (《某办公室关于2020年政府信息公开
    工作年度报告有关事项的通知》) rather than the report naming itself (《某局2020年…年度报告》)."""
    line_start = head.rfind("\n", 0, s) + 1
    before = head[line_start:s]
    if before.rfind("《") <= before.rfind("》"):
        return False
    close = head.find("》", e)
    line_end = head.find("\n", e)
    if close < 0 or (0 <= line_end < close):
        return False
    return not re.fullmatch(r"[^《》]*?(?:报告|年报)", head[e:close])


_TITLE_TAIL = re.compile(r"(?:(?P<n>[^\n]{0,30}?)\s*)?(?P<y>20\d\d)\s*(?:年度?|度)[^\n]{0,20}(?:信息公开|政务公开)[^\n]{0,12}(?:报告|年报)")


_RANK_ORDER = {"province": 3, "city": 2, "county": 1, "township": 0}


def _with_place_above(head: str, at: int, name: str) -> str:
    """The title's name with the place printed alone on the line above it, when the name
    begins at its line's start and that place is above the name's own first place (桐庐县 /
    分水镇人民政府); a place the gazetteer puts elsewhere (宜良县 above 昆明市财政局) never."""
    line_start = head.rfind("\n", 0, at) + 1
    if head[line_start:at].strip(" \t\u3000") or line_start == 0:
        return name
    prev = head[head.rfind("\n", 0, line_start - 1) + 1:line_start - 1].strip(" \t\u3000")
    sprev = simplify(prev)
    # (a run of places too: 湖州市吴兴区 / 织里镇人民政府; the lowest of them is the parent)
    if not sprev or "".join(places(sprev)) != sprev or sprev in name:
        return name
    sprev = places(sprev)[-1]
    if not is_known_place(sprev):
        return name
    up = _RANK_ORDER.get(place_rank(sprev), -1)
    own = places(simplify(name))
    if own:
        first = own[0]
        if _RANK_ORDER.get(place_rank(first), 3) >= up:
            return name
        known = gazetteer.places_named(first) if gazetteer.available() else ()
        if known and not any(sprev in q.parents for q in known):
            return name
    else:
        lv = level_of(name)
        if lv not in ("township", "subdistrict") or up != 1:
            return name
        base = re.sub(r"(人民政府|政府|办事处)$", "", simplify(name))
        towns = [q for q in (gazetteer.places_named(base) if gazetteer.available() else ())
                 if q.rank == "township"]
        if towns and not any(q.county == sprev for q in towns):
            return name
    joined = prev + name
    return joined if level_of(joined) == level_of(name) else name


def _title_over_lines(head: str) -> tuple[str, int, int] | None:
    """A title block printed over several lines: the place on one line, the organ type on the
    next and the year's report on a third (宜良县 / 人力资源和社会保障局 / 2022年…年度报告), or a
    name broken anywhere (湖州市自然资源 / 和规划局2022年…; 某县人民政府 / 办公室). Lines before
    the report's line join only when they are short, begin with a place the gazetteer knows and
    together make an organ's name; a line that is an organ's name by itself (a host site's)
    takes only a government's office after it (人民政府 / 办公室), never another body."""
    lines, pos = [], 0
    for line in head.split("\n"):
        lines.append((line, pos))
        pos += len(line) + 1
    for i, (line, at) in enumerate(lines):
        m = _TITLE_TAIL.match(line.strip())
        if not m or i == 0:
            continue
        lead = len(line) - len(line.lstrip())
        own = (m.group("n") or "").strip()
        if own and not re.fullmatch(rf"{_NAME}+", own):
            continue
        parts = []
        for k in range(i - 1, max(-1, i - 4), -1):
            prev = _title_line(lines[k][0])
            if not prev:
                break
            parts.insert(0, prev)
            above = "".join(parts)
            ps = places(simplify(parts[0]))
            if not ps or not _known_above_township(ps[0]):
                continue  # the block must begin with a place (宜良县, 湖州市自然资源)
            first = simplify(parts[0])
            whole = level_of(first) is not None and "".join(places(first)) != first \
                and not ending_across(above + own, len(first))
            rest = "".join(parts[1:]) + own
            if whole and rest and not _name_extension(rest):
                continue  # 某市人民政府 (a host's header) + 民政局 is no name
            name = _clean(above + own)
            if name and level_of(name) is not None:
                return name, int(m.group("y")), at + lead + m.start("y")
    return None


def _title_line(line: str) -> str | None:
    """A line of a title block as its name part: short, no punctuation; one space allowed after
    a place (长兴县 林城镇)."""
    line = line.strip(" \t\u3000")
    m = re.fullmatch(rf"({_NAME}{{1,30}})(?:[ \t\u3000]+({_NAME}{{1,30}}))?", line)
    if not m:
        return None
    if m.group(2):
        first = simplify(m.group(1))
        if "".join(places(first)) != first:
            return None
        return m.group(1) + m.group(2)
    return line


_NOT_TITLE_LINE = re.compile(r"[。，,；;：:|｜>]")


def _title_joined(head: str) -> tuple[str, int, int] | None:
    """A title whose words are broken anywhere, across lines or by a space (某旗某镇 / 人民政府2021年
    政府信息 / 公开工作年度报告; 某区某街 道办事处 / 2021年…): up to four short lines with no
    punctuation, joined without their breaks and spaces, read as one title whose name starts
    the block; a first line that is an organ's name by itself (a host site's) takes only a
    government's word or office after it, never another body."""
    lines, pos = [], 0
    for line in head.split("\n"):
        lines.append((line, pos))
        pos += len(line) + 1
    for i, (first, _) in enumerate(lines):
        if not first.strip() or _NOT_TITLE_LINE.search(first):
            continue
        buf, at = "", []
        for k in range(i, min(len(lines), i + 4)):
            line, lpos = lines[k]
            if not line.strip() or len(line.strip()) > 40 or _NOT_TITLE_LINE.search(line):
                break
            for off, ch in enumerate(line):
                if ch not in " \t\u3000\xa0":
                    buf += ch
                    at.append(lpos + off)
            if k == i and not re.search(r"[ \t\u3000\xa0]", first.strip()):
                continue  # one line without a break inside it: the title regex read it already
            m = _TITLE.match(buf)
            if not m:
                continue
            ng = next(g for g in _NAME_GROUPS if m.group(g))
            yg = next(g for g in _YEAR_GROUPS if m.group(g))
            # the block starts with the name, or with the year before it (2023年某镇政府信息 /
            # 公开工作年度报告: the break inside the words of disclosure)
            if m.start(ng) != 0 and not (yg == "y2" and m.start(yg) == 0):
                continue
            name = _clean(re.sub(r"关于$", "", m.group(ng)))
            if not name or level_of(name) is None:
                continue
            own = simplify(first.strip().replace(" ", "").replace("\u3000", ""))
            rest = name[len(own):] if name.startswith(own) else ""
            whole = level_of(own) is not None and "".join(places(own)) != own and own != name \
                and not ending_across(name, len(own))
            if whole and rest and not _name_extension(rest):
                continue  # 某市人民政府 (a host's header) + 民政局 is no name
            return name, int(m.group(yg)), at[m.start(yg)]
    return None
