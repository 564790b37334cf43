"""Measures the question sets 16–30 wrote for themselves (each set named its own; where two
sets gave one name two meanings, the later one carries its set's number: ``CDEPT_6`` is set
6's 市直部门, ``of_3`` set 11's figure of a report id). Expectations use them by name."""
# ruff: noqa: F403, F405, E731
from __future__ import annotations

import re
import json
import unicodedata


from .core import *
from .sets_a import *


CITY_DEPT = lv('city_dept')


def has_table(t):
    return lambda r: r.table(t)


def no_table(t):
    return lambda r: not r.table(t)


PROV = lv('province')


CDEPT_C = lv('city_dept')


def stated_17(fn):
    return lambda r: fn(r) is not None


def ranked_2(maker, *args, **kw):
    p = maker(*args, **kw)
    return lambda r: p(r, GOLD)


def fig(rid, key):
    return lambda reps: pick(reps, rid).f(key)


def best_4(fn, pred=lambda r: True, hi=True):
    p = extreme(fn, pred, hi)
    return lambda r: p(r, GOLD)


def first_n_4(fn, n, pred=lambda r: True):
    p = top(fn, n, pred)
    return lambda r: p(r, GOLD)


def val(fn, pred):

    def v(reps):
        hits = [r for r in reps if pred(r)]
        return fn(hits[0]) if len(hits) == 1 else None
    return v


def heads(kind, n=10):
    return lambda reps, pred: [v[:n] for v in fact(kind)(reps, pred)]


def litigation_only(r):
    v = [r.f('t4.direct.total'), r.f('t4.after_review.total')]
    if None not in v:
        return sum(v)
    return r.f('n.litigation_cases')


def one_3(fn, pred):

    def value(reps):
        hits = [r for r in reps if pred(r)]
        return fn(hits[0]) if len(hits) == 1 else None
    return value


def ranked_3(p):
    return lambda r: p(r, GOLD)


def no_tables(r):
    return not any((r.table(t) for t in ('t2', 't3', 't4')))


def has_office(r):
    return r.has('responsible_office')


def val_2(fn, name):
    return lambda reps: next((fn(r) for r in reps if r.name == name))


def best_5(fn, n=1, pred=lambda r: True, hi=True):
    return lambda r: top(fn, n, pred, hi)(r, GOLD)


def t3_rows(prefix):

    def fn(r):
        rows: dict = {}
        for k, v in r.figs.items():
            if k.startswith(prefix):
                row, col = k.rsplit('.', 1)
                rows.setdefault(row, {})[col] = v
        if not rows:
            return None
        return sum((c['total'] if 'total' in c else sum(c.values()) for c in rows.values()))
    return fn


partial = t3_rows('t3.partial.')


denied_any = t3_rows('t3.denied.')


unavailable_any = t3_rows('t3.unavailable.')


rejected_any = t3_rows('t3.rejected.')


def carried_over(r):
    return r.f('t3.carried_over.total')


def fig_2(key):
    return lambda r: r.f(key)


def said_2(s, kind):
    return lambda r: any((s in unicodedata.normalize('NFKC', t) for t in r.facts.get(kind, [])))


def has_3(kind):
    return lambda r: bool(r.facts.get(kind))


def strings(*ss):
    return lambda reps, pred: list(ss)


def best_6(fn, pred, hi=True):
    return lambda r: extreme(fn, pred, hi)(r, GOLD)


def first_n_5(fn, n, pred, hi=True):
    return lambda r: top(fn, n, pred, hi)(r, GOLD)


def one_4(name, fn, year=None):

    def value(reps):
        for r in reps:
            if r.name == name and (year is None or r.year == year):
                return fn(r)
        return None
    return value


def has_problem(r):
    return r.has('problem')


def rank(p):
    return lambda r: p(r, GOLD)


def t3(key):
    return lambda r: r.f('t3.' + key)


HEALTH = name_has('卫生健康')


POLICE = name_has('公安局')


EDU = name_has('教育局')


FINANCE = name_has('财政局')


def template_2(reps, pred):
    return ['2019' if t2019(r) else '2021' for r in reps if pred(r) and (t2019(r) or t2021(r))]


def year_2(reps, pred):
    return [str(r.year) for r in reps if pred(r) and r.year]


def one_of(*names):
    return lambda r: (r.name or '') in names


def most(fn, *names):
    return lambda r: extreme(fn, one_of(*names))(r, GOLD)


def figure(fn, name):
    return N(total(fn, named(name)))


def one_5(rid, fn):
    return lambda reps: fn(pick(reps, rid))


def g(pred_of_reps):
    return lambda r: pred_of_reps(r, GOLD)


def heads_2(kind):
    return lambda reps, pred: [re.split('[,，。；;:：\\n]', v)[0].strip() for r in reps if pred(r) for v in r.facts.get(kind, [])]


def of_6(pred_reps):
    return lambda r: pred_reps(r, GOLD)


def zero_requests(r):
    return requests(r) == 0


def no_requests_figure(r):
    return requests(r) is None


def no_active_figure(r):
    return active(r) is None


def organ_has(word):
    return lambda r: word in (r.name or '')


def year_of(r):
    return r.year


def value_of(rid, fn):
    return lambda reps: fn(pick(reps, rid))


def best_7(fn, pred=lambda r: True):
    return lambda r: extreme(fn, pred)(r, GOLD)


def first_n_6(fn, n):
    return lambda r: top(fn, n)(r, GOLD)


def of_7(name, fn):
    return total(fn, named(name))


def new_plus_carried(r):
    a, b = (r.f('t3.new_received.total'), r.f('t3.carried_over.total'))
    return None if a is None or b is None else a + b


def minzheng_ju(r):
    # a reviewer's 民政局 is the civil affairs body whatever its tail: 民政局 or a province's
    # 民政厅 (the sector family of blind set 4, assistant/sectors.py); never 人民政府
    return (r.name or '').endswith(('民政局', '民政厅'))


def by_year(r):
    return r.year


def X(p):
    return lambda r: p(r, GOLD)


def said_3(s, kinds):
    s = unicodedata.normalize('NFKC', s)
    return lambda r: any((s in unicodedata.normalize('NFKC', t or '') for k in kinds for t in r.facts.get(k, [])))


TEMPLATE_CACHE: dict = {}


def template_3(r):
    if r.id not in TEMPLATE_CACHE:
        p = DEV / 'gold' / f'{r.id}.gold.json'
        TEMPLATE_CACHE[r.id] = json.loads(p.read_text(encoding='utf-8')).get('template') if p.exists() else None
    return TEMPLATE_CACHE[r.id]


BASE = lv('township', 'subdistrict')


def of_8(name, fn):
    return lambda reps: fn(next((r for r in reps if r.name == name)))


def blank(fn):
    return lambda r: fn(r) is None


def new_plus_carried_2(name):

    def fn(reps):
        r = next((x for x in reps if x.name == name))
        a, b = (r.f('t3.new_received.total'), r.f('t3.carried_over.total'))
        return None if a is None or b is None else a + b
    return fn
