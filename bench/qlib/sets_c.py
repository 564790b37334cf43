"""Measures the question sets 31–45 wrote for themselves (each set named its own; where two
sets gave one name two meanings, the later one carries its set's number: ``CDEPT_6`` is set
6's 市直部门, ``of_3`` set 11's figure of a report id). Expectations use them by name."""
# ruff: noqa: F403, F405, E731
from __future__ import annotations


from .core import *
from .sets_a import *
from .sets_b import *


def ext_2(fn, pred=lambda r: True, hi=True):
    return lambda r: extreme(fn, pred, hi)(r, GOLD)


def tops(fn, n, pred=lambda r: True):
    return lambda r: top(fn, n, pred)(r, GOLD)


def has_t3(r):
    return r.table('t3')


def no_requests(r):
    return requests(r) is None


def address_phones(reps, pred):
    return contact('address')(reps, pred) + contact('phones')(reps, pred)


PROVINCE = lv('province')


def tp(fn, n, pred=lambda r: True, hi=True):
    p = top(fn, n, pred, hi)
    return lambda r: p(r, GOLD)


def first_n_7(fn, n, pred=lambda r: True, hi=True):
    p = top(fn, n, pred, hi)
    return lambda r: p(r, GOLD)


def heads_3(kind, n=12):
    return lambda reps, pred: [v[:n] for r in reps if pred(r) for v in r.facts.get(kind, []) if v]


def health(r):
    return '卫生健康' in (r.name or '')


def over_all(p):
    return lambda r: p(r, GOLD)


def lead(kind, n=12):
    return lambda reps, pred: [v[:n] for r in reps if pred(r) for v in r.facts.get(kind, [])]


def S2(p):
    return S(lambda r: p(r, GOLD))


def one_6(fn, pred):

    def v(reps):
        vals = [fn(r) for r in reps if pred(r)]
        return vals[0] if len(vals) == 1 else None
    return v


def key(k):
    return lambda r: r.f(k)


def t2_no_t3(r):
    return r.table('t2') and (not r.table('t3'))


def review_or_suit(r):
    return gt(review, 0)(r) or gt(litigation, 0)(r)


SH_3 = named('上海市人民政府办公厅')


def not_stated(fn):
    return lambda r: fn(r) is None


def one_7(fn, name):

    def value(reps):
        vals = [fn(r) for r in reps if r.name == name and fn(r) is not None]
        return sum(vals) if vals else None
    return value


def office(value):
    return lambda r: r.has('responsible_office', value)


def at(p):
    return lambda r: p(r, GOLD)


def val_3(name, fn):

    def v(reps):
        hits = [fn(r) for r in reps if r.name == name and fn(r) is not None]
        return hits[0] if len(hits) == 1 else None
    return v


def rules_in_force(r):
    return r.f('t2.rules.in_force')


def NOT(p):
    return lambda r: not p(r)


def inname(s):
    return lambda r: s in (r.name or '')


def contacts_3(*fields):

    def g(reps, pred):
        out = []
        for f in fields:
            out += contact(f)(reps, pred)
        return out
    return g


def table(t):
    return lambda r: r.table(t)


def no_phone(r):
    return not r.contact.get('phones')


SHANGHAI = '上海市人民政府办公厅'


def ranked_4(make):
    return lambda r: make(r, GOLD)


def licensing_(r):
    return r.f('t2.licensing.decisions')


def tp_2(fn, n, pred=lambda r: True, hi=True):
    return lambda r: top(fn, n, pred, hi)(r, GOLD)


def normative_in_force(r):
    return r.f('t2.normative.in_force')


def natural_applicants(r):
    return r.f('t3.new_received.natural')


def always(r):
    return True


def ex(p):
    return lambda r: p(r, GOLD)


def in_plus_over(r):
    a, b = (r.f('t3.new_received.total'), r.f('t3.carried_over.total'))
    return None if a is None or b is None else a + b


SHSW = '上海市人民政府办公厅'


ZSJ = '中国(云南)自贸易区昆明片区(昆明经开区)招商合作局'


def topn_2(fn, n, pred=lambda r: True, hi=True):
    return lambda r: top(fn, n, pred, hi)(r, GOLD)


def val_4(fn, pred):

    def f(reps):
        vals = [fn(r) for r in reps if pred(r)]
        assert len(vals) == 1, vals
        return vals[0]
    return f


def official_2(post):
    return lambda r: r.has('responsible_official', post)


def of_9(name, fn):

    def f(reps):
        r = next((r for r in reps if r.name == name), None)
        return fn(r) if r is not None else None
    return f


def no_requests_stated(r):
    return requests(r) is None
