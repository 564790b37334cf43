"""The store's `nianbao` subcommands (entry points in pyproject.toml). Thin: parse, call
the library, print; a ``StoreError`` becomes ``Error: …`` and exit code 1."""
from __future__ import annotations

import functools
import json
import sys

import click

from . import checks as checks_mod
from . import corrections as corr
from . import review_state
from .coverage import missing, read_expected
from .effective import find_report
from .errors import StoreError
from .export import export_csv, export_jsonl, export_xlsx
from .ingest import ingest as ingest_paths
from .schema import connect
from .search import search as search_docs
from .yoy import NEAR_COPY, year_on_year

db_option = click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False),
                         help="The SQLite database file.")


def _existing_db(path: str):
    from pathlib import Path
    if not Path(path).exists():
        raise StoreError(f"{path}: no such database; create it with "
                         f"`nianbao ingest REPORTS --db {path}`")
    return connect(path)


def friendly(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except StoreError as e:
            click.echo(f"Error: {e}", err=True)
            sys.exit(1)
    return inner


def _json(obj) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=1))


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes that extract (the main process writes).")
@click.option("--force", is_flag=True, help="Re-extract files already stored unchanged.")
@friendly
def ingest(paths, db_path, jobs, force):
    """Extract report files and folders (recursively: .txt .html .htm .docx .pdf, scanned
    pages .png .jpg .jpeg .tif .tiff read by OCR, and .jsonl record files) into the
    database. Unchanged files are skipped; every other file in a folder is listed with the
    reason it is not read. Each file is extracted in a
    worker process within the limits NIANBAO_MAX_FILE_MB, NIANBAO_MAX_SECONDS,
    NIANBAO_MAX_MEMORY_MB … (extractor/limits.py); a file over one is named and the rest go on.

    \b
    Example:
        nianbao ingest reports/ extra.pdf --db nianbao.db --jobs 2
    """
    import time

    from .ingest import iter_files
    db = connect(db_path)
    tty = sys.stderr.isatty()
    bar = None

    def on_error(name, reason):
        click.echo(("\n" if bar else "") + f"Error: {name}: {reason}", err=True)

    def on_page(name, page, pages, seconds):  # a scan read by OCR: seconds a page
        click.echo(("\n" if bar else "") + f"{name}: OCR page {page}/{pages} ({seconds:.1f} s)",
                   err=True)

    total = sum(1 for _ in iter_files(paths))
    if tty:
        with click.progressbar(length=total, label="ingesting", file=sys.stderr) as bar:
            result = ingest_paths(db, paths, jobs=jobs, force=force,
                                  on_item=lambda _: bar.update(1), on_error=on_error,
                                  on_page=on_page)
    else:  # a log: a progress line every 10 seconds
        state = {"done": 0, "last": time.monotonic()}

        def on_item(_):
            state["done"] += 1
            if time.monotonic() - state["last"] >= 10:
                state["last"] = time.monotonic()
                click.echo(f"ingesting: {state['done']} of {total} files", err=True)
        result = ingest_paths(db, paths, jobs=jobs, force=force, on_item=on_item,
                              on_error=on_error, on_page=on_page)
    for name, why in result.ignored:
        click.echo(f"Skipped: {name}: {why}", err=True)
    for name, what in result.warnings:
        click.echo(f"Warning: {name}: {what}", err=True)
    click.echo(result.summary(), err=True)
    if result.failed:
        sys.exit(1)


@click.command()
@db_option
@click.option("--report", help="Report id, file name or path, or organ name[@YEAR].")
@click.option("--key", help="A figure key (t3.new_received.total, n.wechat_posts …) or a "
              "metadata field (organ.name, organ.level, year, template, contact.phones …).")
@click.option("--value", help="The correct value (with --fact-kind: the fact's value).")
@click.option("--fact-kind", help="Correct facts of this kind (channel, problem, remedy, "
              "responsible_official, responsible_office).")
@click.option("--add", "add_value", metavar="VALUE", help="With --fact-kind: add a missed fact.")
@click.option("--text", help="With --fact-kind: the fact's sentence in the report.")
@click.option("--delete", is_flag=True, help="Remove the figure / clear the field; with "
              "--fact-kind, hide the facts whose value or text is --value.")
@click.option("--note", help="Why (kept with the correction).")
@click.option("--by", default=None, help="Who (default: $USER).")
@click.option("--revert", "revert_id", type=int, help="Revert correction ID (machine value returns).")
@click.option("--list", "list_", is_flag=True, help="List corrections (of --report, or all).")
@friendly
def correct(db_path, report, key, value, fact_kind, add_value, text, delete, note, by,
            revert_id, list_):
    """Correct what the machine got wrong; corrections survive every re-ingest.

    \b
    Examples:
        nianbao correct --db n.db --report 12 --key t3.new_received.total --value 15
        nianbao correct --db n.db --report huagou-2020.txt --key organ.level --value township
        nianbao correct --db n.db --report 12 --fact-kind channel --add wechat
        nianbao correct --db n.db --report 12 --fact-kind channel --delete --value weibo
        nianbao correct --db n.db --revert 7
    """
    db = _existing_db(db_path)
    if revert_id is not None:
        rid = corr.revert(db, revert_id, by=by)
        click.echo(f"reverted correction {revert_id} of report {rid}")
        return
    rid = find_report(db, report) if report else None
    if list_:
        _json(corr.list_corrections(db, rid))
        return
    if rid is None:
        raise StoreError("give --report (id, file name or organ name), or --revert ID, or --list")
    if fact_kind:
        if key:
            raise StoreError("give either --key or --fact-kind, not both")
        if add_value is not None:
            cid = corr.add_fact(db, rid, fact_kind, add_value, text=text, note=note, by=by)
        elif delete:
            if value is None:
                raise StoreError("say which fact to delete with --value (its value or text)")
            cid = corr.delete_fact(db, rid, fact_kind, value, note=note, by=by)
        elif value is not None:
            cid = corr.set_fact(db, rid, fact_kind, value, text=text, note=note, by=by)
        else:
            raise StoreError("with --fact-kind give --add VALUE, --delete --value V, or --value V")
    elif key:
        if add_value is not None:
            raise StoreError("--add is for facts; give --fact-kind KIND --add VALUE")
        if key in corr.META_FIELDS:
            if not delete and value is None:
                raise StoreError(f"give the new value of {key} with --value, or --delete")
            cid = corr.correct_meta(db, rid, key, None if delete else value, note=note, by=by)
        else:
            cid = corr.correct_figure(db, rid, key, value, delete=delete, note=note, by=by)
    else:
        raise StoreError("say what to correct: --key KEY --value V, or --fact-kind KIND "
                         "--add V / --delete --value V")
    click.echo(f"correction {cid} saved for report {rid}")


def _print_checks(rows) -> None:
    for r in rows:
        verdict = f" [{r['verdict']}: {r['comment'] or ''}]" if r["verdict"] else ""
        click.echo(f"{r['report_id']}\t{r['organ_name'] or ''}\t{r['year'] or ''}\t"
                   f"{r['rule']}\t{r['message']}{verdict}")


@click.command("checks")
@db_option
@click.option("--report", help="Only this report (id, file name or organ name[@YEAR]).")
@click.option("--all", "all_", is_flag=True, help="Also checks that passed or cannot be assessed.")
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@click.option("--confirm", metavar="RULE", help="Mark RULE of --report confirmed (the report is wrong).")
@click.option("--dismiss", metavar="RULE", help="Mark RULE of --report dismissed (explained, "
              "or the extraction was wrong).")
@click.option("--mark", type=click.Choice(review_state.STATES),
              help="Set the review state of --report (or of its --table): reviewed (已审核), "
                   "question (有疑问) or pending (待审核).")
@click.option("--table", type=click.Choice(["t2", "t3", "t4"]), help="With --mark: one table's state.")
@click.option("--comment", help="The reviewer's comment on the verdict or review state.")
@click.option("--by", default=None, help="Who (default: $USER).")
@friendly
def checks_cmd(db_path, report, all_, as_json, confirm, dismiss, mark, table, comment, by):
    """List failed checks: each report's own, across years (结转 carried over, 现行有效
    in force) and duplicate reports; or record a verdict on one, or a report's review state.

    \b
    Examples:
        nianbao checks --db n.db --json
        nianbao checks --db n.db --report 12 --dismiss t3.balance.total --comment "表内注明"
        nianbao checks --db n.db --report 12 --mark reviewed --by 张三
    """
    db = _existing_db(db_path)
    rid = find_report(db, report) if report else None
    if mark:
        if rid is None:
            raise StoreError("a review state needs --report")
        review_state.set_state(db, rid, mark, scope=table or "", note=comment, by=by)
        click.echo(f"report {rid}{' table ' + table if table else ''}: {mark}")
        return
    if confirm or dismiss:
        if rid is None:
            raise StoreError("a verdict needs --report")
        rule, verdict = (confirm, "confirmed") if confirm else (dismiss, "dismissed")
        checks_mod.set_verdict(db, rid, rule, verdict, comment, by=by)
        click.echo(f"{rule} of report {rid}: {verdict}")
        return
    rows = checks_mod.list_checks(db, failed_only=not all_, report_id=rid)
    _json(rows) if as_json else _print_checks(rows)


@click.command()
@db_option
@click.option("--report", help="Only this report (id, file name or organ name[@YEAR]).")
@click.option("--threshold", default=NEAR_COPY, show_default=True, type=click.FloatRange(0, 1),
              help="Section similarity at or above which it is flagged as a near-copy.")
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@friendly
def yoy(db_path, report, threshold, as_json):
    """Each report beside the same organ's report of the year before: changed figures and
    per-section text similarity (near-copies flagged 内容雷同).

    \b
    Example:
        nianbao yoy --db n.db --report 高青县花沟镇人民政府@2021
    """
    db = _existing_db(db_path)
    rid = find_report(db, report) if report else None
    rows = year_on_year(db, rid, threshold=threshold)
    if as_json:
        _json(rows)
        return
    for r in rows:
        secs = " ".join(f"{n}:{s:.2f}" for n, s in r["sections"].items())
        flag = f"\t内容雷同: {'、'.join(r['near_copies'])}" if r["near_copies"] else ""
        click.echo(f"{r['report_id']}\t{r['organ_name'] or ''}\t{r['year']}\tvs {r['prev_report_id']}"
                   f"\t{len(r['changed'])} figures changed\t{secs}{flag}")


@click.command()
@db_option
@click.option("--expected", required=True, type=click.Path(dir_okay=False),
              help="CSV of organs expected to report: name[,level,county].")
@click.option("--year", required=True, type=int, help="The report year.")
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@friendly
def coverage(db_path, expected, year, as_json):
    """List the expected organs with no report for YEAR.

    \b
    Example:
        nianbao coverage --db n.db --expected organs.csv --year 2023
    """
    db = _existing_db(db_path)
    rows = read_expected(expected)
    gone = missing(db, rows, year)
    if as_json:
        _json(gone)
        return
    for r in gone:
        click.echo("\t".join(r.get(k) or "" for k in ("name", "level", "county")).rstrip("\t"))
    click.echo(f"{len(gone)} of {len(rows)} expected organs have no report for {year}", err=True)


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "xlsx"]), default="jsonl",
              show_default=True)
@click.option("--out", type=click.Path(dir_okay=False), help="Output file (default: stdout).")
@friendly
def export(db_path, fmt, out):
    """Export with corrections applied: jsonl (one contract record per report; `ingest`
    reads it back), csv (one row per report with Chinese headers, UTF-8 with BOM for Excel)
    or xlsx (the review workbook: reports with table status, failed checks, corrections with
    notes and review state; sheets 报告, 更正, 校验; needs --out).

    \b
    Examples:
        nianbao export --db n.db --format csv --out reports.csv
        nianbao export --db n.db --format xlsx --out review.xlsx
    """
    db = _existing_db(db_path)
    if fmt == "xlsx":
        if not out:
            raise StoreError("an Excel workbook needs a file: add --out review.xlsx")
        n = export_xlsx(db, out)
        click.echo(f"{n} reports exported", err=True)
        return
    fn = export_jsonl if fmt == "jsonl" else export_csv
    enc = "utf-8-sig" if fmt == "csv" else "utf-8"
    if out:
        with open(out, "w", encoding=enc, newline="") as fh:
            n = fn(db, fh)
    else:
        import io
        buf = io.StringIO(newline="")
        n = fn(db, buf)
        sys.stdout.buffer.write(buf.getvalue().encode(enc))
        sys.stdout.flush()
    click.echo(f"{n} reports exported", err=True)


@click.command()
@click.argument("query")
@db_option
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["text", "problem", "remedy"]),
              help="Search only these (repeatable; default all).")
@click.option("--limit", default=20, show_default=True, type=int)
@friendly
def search(query, db_path, kinds, limit):
    """Search report texts, problems and remedies (Chinese of any length).

    \b
    Example:
        nianbao search 公开 --db n.db --kind problem
    """
    db = _existing_db(db_path)
    _json(search_docs(db, query, kinds=kinds or ("text", "problem", "remedy"), limit=limit))
