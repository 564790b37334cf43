"""``nianbao ask``: questions in Chinese, answered from the store (library: ``assistant.ask``)."""
from __future__ import annotations

import json

import click

from .answer import AskError, Conversation
from .answer import ask as ask_reading_


def _table(a) -> str:
    if not a.rows:
        return ""
    cols = a.columns
    rows = [[("" if v is None else str(v)) for v in r] for r in a.rows[:20]]
    widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)) for r in rows]
    if len(a.rows) > 20:
        lines.append(f"… {len(a.rows) - 20} more rows (use --json for all)")
    return "\n".join(lines)


def ask_reading(conn, question, reading, previous):
    """``question`` answered as ``reading`` says (an option's chips), outside the conversation."""
    return ask_reading_(conn, question, previous.plan if previous.plan and previous.plan.followup
                        else None, reading=reading)


@click.command("ask")
@click.argument("questions", nargs=-1, required=True)
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False),
              help="The nianbao database (opened read-only).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per question per line.")
def ask(questions, db_path, as_json):
    """Answer QUESTIONS (Chinese) from the database; several questions are one conversation,
    so a later one may follow up an earlier one (那2020年呢？).

    \b
    Examples:
        nianbao ask "哪些乡镇全年没有收到政府信息公开申请？" --db nianbao.db
        nianbao ask "2021年收到申请最多的县级部门是哪个？" "那2020年呢？" --db nianbao.db --json
    """
    try:
        conv = Conversation(db_path)
    except AskError as e:
        raise click.ClickException(str(e)) from None
    for q in questions:
        a = conv.ask(q)
        if as_json:
            d = a.to_dict()
            out = {k: d[k] for k in ("question", "answer", "reading_text", "reading", "options",
                                     "rules", "unread", "understood", "value", "columns",
                                     "rows", "reports", "sql", "params", "suggestions",
                                     "passages")}
            click.echo(json.dumps(out, ensure_ascii=False, default=str))
            continue
        click.echo(f"问：{q}")
        click.echo(f"答：{a.text}")
        t = _table(a)
        if t:
            click.echo(t)
        if a.sql:
            click.echo("SQL:\n" + a.sql)
            click.echo("params: " + json.dumps(a.params, ensure_ascii=False))
        for o in a.options:   # the other readings of an ambiguous question, each answered
            b = ask_reading(conv.conn, o.get("question") or q, o.get("reading"), a)
            click.echo(f"另一种理解：{o['label']} → " + b.text.replace("\n", " "))
        click.echo("")
