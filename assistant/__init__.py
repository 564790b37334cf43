"""The question assistant: a reviewer's Chinese question -> plan -> SQL over the store's
effective (corrected) views -> an answer with its rows, SQL and source passages. Offline,
no language model.

    question ─▶ plan.parse (jieba + lexicons + organ names; followup.follow_up with the
    previous plan) ─▶ QueryPlan ─▶ sql.build ─▶ Query (parameterised) ─▶ run.run
    (read-only connection) ─▶ Answer; a question not understood ─▶ suggest.not_understood

Library first::

    from assistant import ask, Conversation
    a = ask("nianbao.db", "哪些乡镇全年没有收到政府信息公开申请？")
    a.text, a.rows, a.sql, a.params, a.reports, a.passages, a.value
    c = Conversation("nianbao.db"); c.ask("2021年收到申请最多的县级部门是哪个？"); c.ask("那2020年呢？")
"""
from .answer import Answer, AskError, Conversation, ask, open_db  # noqa: F401
from .plan import parse  # noqa: F401
from .queryplan import QueryPlan  # noqa: F401
