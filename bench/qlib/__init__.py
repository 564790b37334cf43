"""The helper library of the question sets: measures over gold (``core``; the sets' own in
``sets_a`` … ``sets_c``) and ``evaluate``, which reads an expectation written as an
expression over those names (a small language: a Python expression of calls, names,
constants, comparisons, lambdas and subscripts; no attributes but a report's fields, no
imports, no assignments) into what ``core.expected`` computes."""
from __future__ import annotations

import ast
from functools import lru_cache

from . import core, sets_a, sets_b, sets_c

_ALLOWED = (ast.Expression, ast.Call, ast.Name, ast.Load, ast.Constant, ast.Lambda,
            ast.arguments, ast.arg, ast.Compare, ast.BoolOp, ast.And, ast.Or, ast.UnaryOp,
            ast.Not, ast.USub, ast.BinOp, ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv,
            ast.Mod, ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.In, ast.NotIn,
            ast.Is, ast.IsNot, ast.Tuple, ast.List, ast.Set, ast.Dict, ast.Subscript,
            ast.Slice, ast.IfExp, ast.keyword, ast.Attribute, ast.GeneratorExp,
            ast.ListComp, ast.SetComp, ast.comprehension, ast.Store, ast.Starred,
            ast.JoinedStr, ast.FormattedValue)
_BUILTINS = {n: __builtins__[n] if isinstance(__builtins__, dict) else getattr(__builtins__, n)
             for n in ("len", "sum", "min", "max", "sorted", "set", "any", "all", "abs", "round",
                       "int", "float", "str", "next", "list", "tuple", "dict", "isinstance",
                       "range", "zip", "bool", "None", "True", "False")
             if (n in __builtins__ if isinstance(__builtins__, dict) else hasattr(__builtins__, n))}


@lru_cache(maxsize=1)
def namespace() -> dict:
    ns = {}
    for m in (core, sets_a, sets_b, sets_c):
        ns.update({k: v for k, v in vars(m).items() if not k.startswith("__")})
    return ns


def evaluate(expr: str):
    """The expectation an expression names (``S(both(TOWN, eq(requests, 0)))``)."""
    tree = ast.parse(expr, mode="eval")
    for node in ast.walk(tree):
        if not isinstance(node, _ALLOWED):
            raise ValueError(f"{expr!r}: {type(node).__name__} is not part of the language")
        if isinstance(node, ast.Attribute) and node.attr.startswith("_"):
            raise ValueError(f"{expr!r}: no private attributes")
    return eval(compile(tree, "<expect>", "eval"), {"__builtins__": _BUILTINS, **namespace()})
