"""The extractor on the generated prose of bench/gen_prose_figures.py: every family's keys read
with their values (recall) and nothing read that the sentence does not state (precision)."""
from __future__ import annotations

from bench.gen_prose_figures import KEYS, _extract, cases, paragraphs, score


def test_every_generated_family_is_read_right():
    res = score(_extract, list(cases()) + paragraphs())
    wrong = {fam: p for fam, p in res["families"].items() if p[0] != p[1] or p[2] != p[3]}
    assert not wrong, res["misses"][:5]


def test_the_generator_covers_every_key_and_a_none_of_each():
    items = list(cases())
    assert {k for _, _, e, *_ in items for k, v in e.items() if v is not None} == set(KEYS)
    assert {k for _, _, e, *_ in items for k, v in e.items() if v is None} == set(KEYS)
    assert len(items) > 2000 and len({(t, str(c)) for _, t, _, *c in items}) == len(items)
