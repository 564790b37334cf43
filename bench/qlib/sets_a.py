"""Measures the question sets 2–15 wrote for themselves (each set named its own; where two
sets gave one name two meanings, the later one carries its set's number: ``CDEPT_6`` is set
6's 市直部门, ``of_3`` set 11's figure of a report id). Expectations use them by name."""
# ruff: noqa: F403, F405, E731
from __future__ import annotations

import json
import unicodedata

from functools import lru_cache


from .core import *


DEPT = lv('county_dept', 'city_dept', 'province_dept', 'national_dept')


CITYDEPT = lv('city_dept')


COUNTY = lv('county')


def lt(fn, v):
    return lambda r: fn(r) is not None and fn(r) < v


def coercion(r):
    return r.f('t2.coercion.decisions')


def no(pred):
    return lambda r: not pred(r)


def one(name, fn):
    return lambda reps: next((fn(r) for r in reps if r.name == name), None)


def best(fn, pred=lambda r: True, hi=True):
    return lambda r: extreme(fn, pred, hi)(r, GOLD)


def first_n(fn, n, pred=lambda r: True, hi=True):
    return lambda r: top(fn, n, pred, hi)(r, GOLD)


def channels_known(r):
    return bool(r.facts.get('channel'))


def contacts(*fields):
    return lambda reps, pred: [s for f in fields for s in contact(f)(reps, pred)]


ZERO_REQ = eq(requests, 0)


ALL = lambda r: True


def share(fn, scope, value):

    def of(reps):
        vals = [fn(r) for r in reps if scope(r) and fn(r) is not None]
        return sum((v == value for v in vals)) / len(vals) if vals else None
    return of


def has_contact(field_):
    return lambda r: bool(contact(field_)([r], ALL))


ZERO = eq(requests, 0)


BLANK = lambda r: requests(r) is None


YEAR = lambda r: r.year


def problem(s):
    return phrase(s, ('problem',))


PDEPT = lv('province_dept')


CDEPT_6 = lv('city_dept')


CITY = lv('city')


NDEPT = lv('national_dept')


def upheld(r):
    return r.f('t4.review.upheld')


def t2019(r):
    return any((k.startswith(('t2.rules.new_', 't2.normative.new_')) or k.endswith('.prev') for k in r.figs))


def t2021(r):
    return any((k.endswith(('.made', '.repealed', '.in_force')) for k in r.figs))


TS = lv('township', 'subdistrict')


def ge(fn, v):
    return lambda r: fn(r) is not None and fn(r) >= v


def over(p):
    return lambda r: p(r, GOLD)


def of(name, fn, year=None):
    return lambda reps: next((fn(r) for r in reps if r.name == name and (year is None or r.year == year)), None)


def contacts_2(*fields):
    return lambda reps, pred: [c for f in fields for c in contact(f)(reps, pred)]


def carried_forward(r):
    return r.f('t3.carried_forward.total')


def official(value):
    return lambda r: r.has('responsible_official', value)


def level(r):
    return r.level


def year(r):
    return r.year


CITYD = lv('city_dept')


def has(key):
    return lambda r: key(r) is not None


def every(r):
    return True


def county(r):
    return r.county


def stated_8(fn):
    return lambda r: fn(r) is not None


def lacks(table):
    return lambda r: not r.table(table)


@lru_cache(maxsize=None)
def _template(rid):
    p = DEV / 'gold' / f'{rid}.gold.json'
    if not p.exists():
        return None
    return json.loads(p.read_text(encoding='utf-8')).get('template')


def tpl(which):
    return lambda r: _template(r.id) == which


def handled(r):
    return r.f('t3.total.total')


def of_2(name, fn):
    return lambda reps: next((fn(r) for r in reps if r.name == name), None)


def share_2(part, whole):

    def f(reps):
        den = [r for r in reps if whole(r)]
        return sum((1 for r in den if part(r))) / len(den) if den else None
    return f


def ratio(name, num, den):

    def f(reps):
        r = next((r for r in reps if r.name == name), None)
        if r is None or num(r) is None or (not den(r)):
            return None
        return num(r) / den(r)
    return f


def review_upheld(r):
    return r.f('t4.review.upheld')


def review_total(r):
    return r.f('t4.review.total')


def best_2(fn, pred=every, hi=True):
    return lambda r: extreme(fn, pred, hi)(r, GOLD)


def first_n_2(fn, n, pred=every):
    return lambda r: top(fn, n, pred)(r, GOLD)


SH = '上海市人民政府办公厅'


def has_2(kind):
    return lambda r: r.has(kind)


def either(*preds):
    return lambda r: any((p(r) for p in preds))


def problem_2(s):
    return phrase(s, kinds=('problem',))


def remedy(s):
    return phrase(s, kinds=('remedy',))


def n_facts(kind, pred):
    return lambda reps: sum((len(r.facts.get(kind, [])) for r in reps if pred(r)))


DAJIE = named('大街乡人民政府')


BENGBU_FIN = named('蚌埠市财政局')


FUTIAN = named('深圳市福田区集体经济发展服务署')


KUNMING_ZS = named('中国(云南)自贸易区昆明片区(昆明经开区)招商合作局')


SHANGHAI19 = named('上海市人民政府办公厅')


APPLICANTS = ('natural', 'commercial', 'research', 'ngo', 'legal', 'other_org')


ORGS = APPLICANTS[1:]


def cell(key):
    return lambda r: r.f(key)


def cols(row, columns):

    def fn(r):
        vals = [r.f(f't3.{row}.{c}') for c in columns if r.f(f't3.{row}.{c}') is not None]
        return sum(vals) if vals else None
    return fn


def row(name):

    def fn(r):
        v = r.f(f't3.{name}.total')
        return v if v is not None else cols(name, APPLICANTS)(r)
    return fn


def group(prefix):

    def fn(r):
        names = {k[len('t3.'):].rsplit('.', 1)[0] for k in r.figs if k.startswith(f't3.{prefix}.')}
        vals = [row(n)(r) for n in names]
        vals = [v for v in vals if v is not None]
        return sum(vals) if vals else None
    return fn


def stated_sum(*keys):

    def fn(r):
        vals = [r.f(k) for k in keys if r.f(k) is not None]
        return sum(vals) if vals else None
    return fn


def one_2(rid, fn):
    return N(lambda reps: fn(pick(reps, rid)))


def among(p):
    return lambda r: p(r, GOLD)


SH_2 = 'r042'


TOWN_OR_STREET = lv('township', 'subdistrict')


def of_3(rid, fn):
    return lambda reps: fn(pick(reps, rid))


def larger(fn, a, b):

    def p(r):
        ra, rb = (pick(GOLD, a), pick(GOLD, b))
        va, vb = (fn(ra), fn(rb))
        if va is None or vb is None or va == vb:
            return False
        return r.id == (a if va > vb else b)
    return p


def name_has(s):
    return lambda r: s in (r.name or '')


def not_level(*levels):
    return lambda r: r.level not in levels


CDEPT_12 = lv('city_dept')


def template(r):
    return '2019' if t2019(r) else '2021' if t2021(r) else None


def dated(r):
    return r.year is not None


def any_table(r):
    return r.table('t2') or r.table('t3') or r.table('t4')


def balance_ok(r):
    cols = {k.rsplit('.', 1)[1] for k in r.figs if k.startswith('t3.new_received.')}
    checked = [c for c in cols if None not in [r.f(f't3.{row}.{c}') for row in ('new_received', 'carried_over', 'total', 'carried_forward')]]
    return bool(checked) and (not balance_fails(r))


def requests_agree(r):
    a, b = (r.f('n.requests_received'), r.f('t3.new_received.total'))
    return a is not None and b is not None and (a == b)


def in_force_blank(r):
    return t2021(r) and r.f('t2.rules.made') is not None and (r.f('t2.rules.in_force') is None)


def t3_results_blank(r):
    return r.table('t3') and r.f('t3.new_received.total') is not None and any((k.startswith('t3.carried_over.') for k in r.figs)) and (not any((k.startswith(('t3.granted.', 't3.partial.', 't3.total.')) for k in r.figs)))


def multi_year(r):
    if not r.name:
        return False
    return len({x.year for x in GOLD if x.name == r.name and x.year is not None}) > 1


def has_c(field_):
    return lambda r: bool(r.contact.get(field_))


def no_c(field_):
    return lambda r: not r.contact.get(field_)


def has_f(kind):
    return lambda r: r.has(kind)


def no_f(kind):
    return lambda r: not r.has(kind)


def years_of(reps, pred):
    return [str(r.year) for r in reps if pred(r) and r.year is not None]


def of_4(fn, name):
    return lambda reps: next((fn(r) for r in reps if r.name == name), None)


def ranked(rank):
    return lambda r: rank(r, GOLD)


def no_t3(r):
    return not r.table('t3')


def has_t4(r):
    return r.table('t4')


def zero(fn):
    return lambda r: fn(r) is not None and fn(r) == 0


def unstated(fn):
    return lambda r: fn(r) is None


def ext(fn, pred=lambda r: True, hi=True):
    p = extreme(fn, pred, hi)
    return lambda r: p(r, GOLD)


def topn(fn, n, pred=lambda r: True, hi=True):
    p = top(fn, n, pred, hi)
    return lambda r: p(r, GOLD)


def said(s, kinds=('problem',)):

    def p(r):
        return any((s in unicodedata.normalize('NFKC', t or '') for k in kinds for t in r.facts.get(k, [])))
    return p


def carry_rate(r):
    v = [r.f('t3.carried_forward.total'), r.f('t3.new_received.total'), r.f('t3.carried_over.total')]
    if None in v or v[1] + v[2] == 0:
        return None
    return 100 * v[0] / (v[1] + v[2])


def pct(fn):
    return lambda reps, pred: [f'{int(fn(r) * 10) / 10:.1f}' for r in reps if pred(r) and fn(r) is not None]


CDEPT_15 = lv('city_dept')


def of_5(name, fn):

    def get(reps):
        r = next((r for r in reps if r.name == name), None)
        return None if r is None else fn(r)
    return N(get)


def best_3(fn, pred=lambda r: True, hi=True):
    return S(lambda r: extreme(fn, pred, hi)(r, GOLD))


def first_n_3(fn, n, pred=lambda r: True):
    return S(lambda r: top(fn, n, pred)(r, GOLD))


def received_and_carried(r):
    a, b = (r.f('t3.new_received.total'), r.f('t3.carried_over.total'))
    return None if a is None or b is None else a + b


def problem_about(word):
    return lambda r: any((word in unicodedata.normalize('NFKC', t) for k in ('problem', 'remedy') for t in r.facts.get(k, [])))


KUNMING = '中国(云南)自贸易区昆明片区(昆明经开区)招商合作局'
