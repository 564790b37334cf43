"""The store's typed error: the CLI prints ``Error: <message>`` and exits 1."""


class StoreError(Exception):
    """Bad input or a missing thing; the message names what is wrong and the fix."""
