"""``convert --scheduler``: a bad or unreachable address is one line, exit 2,
at once (no 20 s hang and no traceback from a half-made Dask client); a run
on a real local cluster sends the documents as scattered data, not inside
the task graph (issue 18 item 6)."""
from __future__ import annotations

import http.server
import json
import subprocess
import sys
import threading
import warnings

import pytest

from convert_corpus import make_copies

distributed = pytest.importorskip("distributed", reason="Dask is an optional extra: pip install 'councildoc[dask]'")


def _convert(tmp_path, address):
    """The real command in its own process: a traceback printed at exit (Client.__del__) shows there."""
    src = tmp_path / "in"
    make_copies(src, 2)
    return subprocess.run([sys.executable, "-m", "councildoc.corpus.cli", "convert", str(src), "-o",
                           str(tmp_path / "out"), "--scheduler", address],
                          capture_output=True, text=True, timeout=60)


def _closed_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]       # free again once closed: nothing listens there


def test_the_issues_bogus_address_is_one_line_exit_2_at_once(tmp_path):
    """Run as the user did, in a process of its own: a half-made client's
    traceback would show at exit (before: the error, a 20 s wait, then
    "Exception ignored in: Client.__del__ … TimeoutError")."""
    done = _convert(tmp_path, "bogus")
    assert done.returncode == 2
    assert done.stderr == ("councildoc convert: error: --scheduler bogus: not a scheduler address "
                           "(missing port number in address 'bogus'; e.g. tcp://host:8786)\n")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("address, message", [
    ("tcp://127.0.0.1:notaport", "--scheduler tcp://127.0.0.1:notaport: not a scheduler address"),
    ("tcp://127.0.0.1:{closed}", "cannot reach the Dask scheduler at tcp://127.0.0.1:{closed} (Connection refused)"),
])
def test_bad_addresses_are_one_line_exit_2(tmp_path, capsys, address, message):
    from councildoc.corpus.cli import main
    closed = _closed_port()
    src = tmp_path / "in"
    make_copies(src, 2)
    assert main(["convert", str(src), "-o", str(tmp_path / "out"), "--scheduler", address.format(closed=closed)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message.format(closed=closed) in err, err
    assert not (tmp_path / "out").exists()


class _Silent(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass


def test_a_web_server_is_not_a_scheduler_and_does_not_hang_us():
    """A web server accepts the connection and waits for a request line that
    Dask's binary handshake never sends: the check gives up after the connect
    timeout with one line (the engine's default is 10 s; 1 s here)."""
    from councildoc.corpus.batch.engine_dask import DaskEngine
    from councildoc.corpus.cli import UsageError

    server = http.server.HTTPServer(("127.0.0.1", 0), _Silent)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    address = f"tcp://127.0.0.1:{server.server_port}"
    try:
        with pytest.raises(UsageError) as e:
            with DaskEngine(address, connect_timeout="1s"):
                pass
    finally:
        server.shutdown()
        server.server_close()
    assert str(e.value) == f"{address} accepts connections but no Dask scheduler answered within 1 s"


def test_a_local_cluster_gets_the_documents_as_data_not_in_the_graph(tmp_path, capsys):
    """40 documents of ~30 KB. With the threshold of Dask's "Sending large
    graph" warning lowered from 10 MB to 10 kB (one document: the issue saw it
    at 17 MiB), a graph carrying a document warns; scattered, every graph is
    a function and a reference."""
    import dask
    from councildoc.corpus.cli import main

    src = tmp_path / "in"
    make_copies(src, 40)
    assert min(p.stat().st_size for p in src.rglob("*.txt")) > 20_000
    with dask.config.set({"distributed.admin.large-graph-warning-threshold": "10kB"}), \
            distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                     dashboard_address=None) as cluster, \
            warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        code = main(["convert", str(src), "-o", str(tmp_path / "out"), "--scheduler", cluster.scheduler_address,
                     "-q"])
    assert code == 0
    assert [str(w.message) for w in caught if "large graph" in str(w.message)] == []
    report = json.loads((tmp_path / "out" / "_report.json").read_text(encoding="utf-8"))
    assert (report["engine"], report["converted"]) == ("dask", 40)
    assert "large graph" not in capsys.readouterr().err
