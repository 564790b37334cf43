"""The `nianbao` command. The extractor's own command is `extract`; the store and the
assistant contribute theirs through the entry-point group ``nianbao.commands`` (see
pyproject.toml), so this package imports nothing of theirs."""
from __future__ import annotations

import json
import sys

import click

from .pipeline import extract
from .readers import ReadError
from .readers.ocr import progress as ocr_progress


class _Commands(click.Group):
    """The extractor's own commands, and the entry-point group's loaded only when named
    (``nianbao extract`` imports neither the store nor the assistant, so it starts fast)."""

    def _plugins(self) -> dict:
        from importlib.metadata import entry_points  # only when a command is looked up

        return {ep.name: ep for ep in entry_points(group="nianbao.commands")}

    def list_commands(self, ctx) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self._plugins()))

    def get_command(self, ctx, name):
        cmd = super().get_command(ctx, name)
        if cmd is None and (ep := self._plugins().get(name)) is not None:
            cmd = ep.load()
            self.add_command(cmd, name)
        return cmd


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="nianbao")
def main():
    """nianbao (年报): government information-disclosure annual reports -> records -> SQLite.

    \b
    Example:
        nianbao extract report.txt > records.jsonl
    """


@main.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=str))
@click.option("--indent", is_flag=True, help="Pretty-print (one record spans several lines).")
def extract_cmd(files, indent):
    """Print one JSON record (contract nianbao.record/1) per FILE, one per line.

    \b
    Example:
        nianbao extract reports/huagou-2020.txt reports/*.html > records.jsonl

    A file that cannot be read is named on stderr with the reason; the others are
    still extracted, and the exit code is then 1. Scanned pages (image-only PDFs, .png,
    .jpg, .tiff) are read by OCR with the `ocr` extra; each page's progress goes to stderr.
    """
    failed = 0
    out = sys.stdout
    for path in files:
        def page_done(page: int, pages: int, seconds: float, path=path) -> None:
            click.echo(f"{path}: OCR page {page}/{pages} ({seconds:.1f} s)", err=True)

        try:
            with ocr_progress(page_done):
                record = extract(path)
        except ReadError as e:
            click.echo(f"Error: {e}", err=True)
            failed += 1
            continue
        except Exception as e:  # one bad file must not stop the batch
            click.echo(f"Error: {path}: could not be extracted ({type(e).__name__}: {e}); "
                       "this is a bug in nianbao, please report it with the file", err=True)
            failed += 1
            continue
        out.write(json.dumps(record.to_dict(), ensure_ascii=False, indent=1 if indent else None) + "\n")
        out.flush()
    if failed:
        click.echo(f"{failed} of {len(files)} file(s) could not be read.", err=True)
        sys.exit(1)
