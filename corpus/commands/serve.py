"""``councildoc serve``: the local web app (``corpus/web``) over an index."""
from __future__ import annotations

import sys

from ..cli import UsageError
from ..search.schema import DEFAULT_DB, IndexProblem

NAME = "serve"
HELP = "read and search the index in a web browser (local, read-only)"
DESCRIPTION = f"""\
Serve the index built by 'councildoc index' as a small web site: search
(the same as 'councildoc search'), read each document with its footnotes,
cross-references and check findings, compare two language versions side by
side. The index is opened read-only. It listens on 127.0.0.1 (this machine
only) unless --host says otherwise.

Pages: /  /search?q=…  /doc/SYMBOL?lang=zh  /doc/SYMBOL/compare?with=fr
       /api/search?q=… (the JSON of 'councildoc search --json')

Needs the web extra: pip install 'councildoc[web]'

examples:
  councildoc serve
  councildoc serve --db gb.db --port 9000
"""


def add_arguments(p) -> None:
    p.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help=f"the index file (default: ./{DEFAULT_DB})")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8765, help="port (default 8765)")


def run(args) -> int:
    try:
        import uvicorn
        from ..web.app import create_app as app_factory
    except ImportError as e:
        raise UsageError(f"the web app needs the 'web' extra ({e.name} is missing): "
                         f"pip install 'councildoc[web]'") from None
    if not 0 < args.port < 65536:
        raise UsageError("--port must be between 1 and 65535")
    try:
        app = app_factory(args.db)
    except IndexProblem as e:
        raise UsageError(str(e)) from None
    store = app.state.store
    if store.without_tree:
        print(f"councildoc serve: {store.without_tree} document(s) were indexed before councildoc kept the "
              f"documents for reading; run 'councildoc index' on their sources again to read them here",
              file=sys.stderr)
    print(f"councildoc serve: {args.db} on http://{args.host}:{args.port}/ (Ctrl-C to stop)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", server_header=False)
    return 0
