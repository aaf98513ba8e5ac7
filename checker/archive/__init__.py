"""The archive of published articles (SQLite, embedded, no server) that drafts are checked against.

- `connection`: open a file safely (recognise it, migrate it, reword SQLite's errors)
- `migrations`: the table layout and its version history
- `store`: `Archive` (add, list, show, export, check drafts) and `AddSummary`
- `drafts`: the (measure, place) look-up that keeps draft checks fast
- `scope`: which archived records each rule kind can compare with a draft's (narrows that look-up)
- `sqlterms`: the SQL conditions it uses, which read dates and groups as the rules do
"""
from checker.archive.store import AddSummary, Archive, content_hash

__all__ = ["Archive", "AddSummary", "content_hash"]
