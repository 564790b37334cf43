"""nianbao's store: contract records in SQLite, corrections kept apart, effective views.

    records ─▶ ingest.save_record ─▶ tables (schema) ─▶ effective views ─▶ export / checks /
    yoy / coverage / search ─▶ assistant and app

Open a database with ``store.connect(path)``; read current values through the views and
helpers documented in ``store.effective`` (the one place corrections are applied).
"""
from .errors import StoreError  # noqa: F401
from .schema import MAIN_FIGURES, connect, write  # noqa: F401
from .effective import effective_record, find_report  # noqa: F401
from .ingest import IngestResult, ingest, save_record  # noqa: F401
