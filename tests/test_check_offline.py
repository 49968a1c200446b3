"""``check --online`` without a network (issue 18 item 12): a host that
cannot be reached is its own warning-level result, not an error that fails
the check; when no URL can be reached at all, one line says so."""
import json
import socket

from councildoc.corpus.check.online import Fetcher, HostRateLimiter, UrlResult, findings_for, offline_warning
from councildoc.corpus.cli import main


def _closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()                                  # nothing listens there now
    return port


def _doc(tmp_path, urls):
    text = "\n理 事 会\n\n第 341 届会议，2021 年 3 月，日内瓦\n\nINS\n\n第一项议程\n\n离线检查样例\n\n▶ 导言\n\n" + "".join(
        f"{i}. 见[链接 {i}]({url})。\n" for i, url in enumerate(urls, 1))
    path = tmp_path / "offline.zh.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_closed_port_is_an_unreachable_warning(tmp_path, capsys):
    port = _closed_port()
    urls = [f"http://127.0.0.1:{port}/a", f"http://127.0.0.1:{port}/b"]
    path = _doc(tmp_path, urls)
    code = main(["check", str(path), "--online", "--no-cache", "--format", "json", "--timeout", "2",
                 "--rate", "0", "--retries", "0"])
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    # before: both 'error' ('connection refused'), exit 1
    assert code == 0
    assert [(r["code"], r["level"]) for r in rows] == [("url-unreachable", "warning")] * 2
    assert all("cannot be reached: connection refused" in r["message"] for r in rows)
    assert "none of the 2 URLs (1 hosts) could be reached: is this machine offline?" in captured.err
    # --strict still makes warnings count
    assert main(["check", str(path), "--online", "--no-cache", "--strict", "--timeout", "2", "--rate", "0",
                 "--retries", "0"]) == 1


def test_the_fetcher_marks_no_answer_as_unreachable():
    r = Fetcher(timeout=1, retries=0, limiter=HostRateLimiter(0)).check(f"http://127.0.0.1:{_closed_port()}/x")
    assert (r.status, r.error, r.unreachable) == (None, "connection refused", True)


class _Report:
    file, urls = "d.txt", []


def test_levels_by_outcome():
    report = _Report()
    Place = type("Place", (), {"line": 3, "node": "p-1"})
    report.urls = [(u, Place) for u in ("http://a/x", "http://b/y", "http://c/z")]
    results = {
        "http://a/x": UrlResult("http://a/x", error="host name not found", unreachable=True),
        "http://b/y": UrlResult("http://b/y", error="redirect loop"),            # an answer, a broken link
        "http://c/z": UrlResult("http://c/z", status=404, final_url="http://c/z"),
    }
    got = sorted((f.message.split()[0].rstrip(":"), f.code, f.level) for f in findings_for(report, results))
    assert got == [("http://a/x", "url-unreachable", "warning"), ("http://b/y", "url-broken", "error"),
                   ("http://c/z", "url-broken", "error")]
    assert offline_warning(results) is None             # some hosts answered
    assert offline_warning({"http://a/x": results["http://a/x"]}).startswith("none of the 1 URLs")
