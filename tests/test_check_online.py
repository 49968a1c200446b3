"""`councildoc check --online` against a local HTTP server on 127.0.0.1 (port
chosen by the system) serving 200, 301, 404, 500, a slow answer and a server
that refuses HEAD. No other address is ever contacted."""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from councildoc.corpus.check.online import Fetcher, HostRateLimiter, ResultCache, UrlResult, check_urls
from councildoc.corpus.cli import main


class _Handler(BaseHTTPRequestHandler):
    def _answer(self):
        self.server.seen.append((self.command, self.path))
        if self.path == "/ok":
            self.send_response(200)
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
        elif self.path == "/missing":
            self.send_response(404)
        elif self.path == "/error":
            self.send_response(500)
        elif self.path == "/slow":
            self.server.release.wait(10)       # answers only when the test is over
            self.send_response(200)
        elif self.path == "/flaky":
            if self.server.seen.count((self.command, "/flaky")) == 1:
                self.close_connection = True       # first time: hang up without an answer
                return
            self.send_response(200)
        elif self.path == "/%E6%96%87%E4%BB%B6?q=%E4%B8%AD":     # /文件?q=中, percent-encoded
            self.send_response(200)
        elif self.path == "/nohead":
            self.send_response(405 if self.command == "HEAD" else 200)
        else:
            self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_HEAD = do_GET = _answer

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    httpd.block_on_close = False
    httpd.seen = []
    httpd.release = threading.Event()
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield httpd
    httpd.release.set()
    httpd.shutdown()
    httpd.server_close()


def _doc(tmp_path, base):
    text = ("\n理 事 会\n\n第 341 届会议，2021 年 3 月，日内瓦\n\nINS\n\n第一项议程\n\n在线检查样例\n\n▶ 导言\n\n"
            f"1. 见[正常]({base}/ok)和[已迁移]({base}/moved)。\n"
            f"2. 见[不存在]({base}/missing)。\n"
            f"3. 见[出错]({base}/error)和[很慢]({base}/slow)。\n"
            f"4. 见[不接受 HEAD]({base}/nohead)，又见[正常]({base}/ok)。\n")
    path = tmp_path / "online.zh.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _run(path, cache, capsys, *extra):
    code = main(["check", str(path), "--online", "--format", "json", "--cache", str(cache),
                 "--timeout", "1", "--rate", "0", "--retries", "1", "--retry-wait", "0.05", *extra])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    return code, sorted((r["line"], r["code"], r["message"].split(" ")[0].rsplit("/", 1)[1]) for r in rows), rows


def test_online_findings(server, tmp_path, capsys):
    base = f"http://127.0.0.1:{server.server_port}"
    path = _doc(tmp_path, base)
    code, got, rows = _run(path, tmp_path / "cache.json", capsys)
    assert code == 1
    # line 14: /ok fine, /moved 301 → /ok; 15: 404; 16: 500 (retried) and a timeout; 17: /nohead GET 200, /ok fine
    assert got == [(14, "url-redirected", "moved"), (15, "url-broken", "missing"),
                   (16, "url-broken", "error"), (16, "url-unreachable", "slow")]
    redirect = next(r for r in rows if r["code"] == "url-redirected")
    assert redirect["level"] == "info" and redirect["suggestion"] == f"link to {base}/ok directly"
    levels = {r["message"].split(" ")[0].rsplit("/", 1)[1]: r["level"] for r in rows}
    assert levels == {"moved": "info", "missing": "error", "error": "warning", "slow": "warning"}
    assert "404" in next(r["message"] for r in rows if r["code"] == "url-broken" and "missing" in r["message"])
    seen = server.seen
    assert seen.count(("HEAD", "/error")) == 2                      # one retry of a 5xx
    assert ("HEAD", "/nohead") in seen and ("GET", "/nohead") in seen  # GET after 405
    assert seen.count(("HEAD", "/ok")) == 2                          # once itself, once after /moved: one per URL


def test_second_run_uses_the_cache(server, tmp_path, capsys):
    base = f"http://127.0.0.1:{server.server_port}"
    path = _doc(tmp_path, base)
    cache = tmp_path / "cache.json"
    _, first, _ = _run(path, cache, capsys)
    server.seen.clear()
    _, second, _ = _run(path, cache, capsys)
    assert second == first
    # only the transient failures (500, timeout) are asked again
    assert {p for _, p in server.seen} == {"/error", "/slow"}
    entries = json.loads(cache.read_text(encoding="utf-8"))["results"]
    assert set(entries) == {f"{base}/{p}" for p in ("ok", "moved", "missing", "nohead")}


def test_offline_by_default(server, tmp_path, capsys):
    path = _doc(tmp_path, f"http://127.0.0.1:{server.server_port}")
    assert main(["check", str(path)]) == 0
    assert server.seen == []


def test_connection_refused_is_unreachable(tmp_path):
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()                                  # nothing listens there now
    r = Fetcher(timeout=1, retries=0, limiter=HostRateLimiter(0)).check(f"http://127.0.0.1:{port}/x")
    assert r.status is None and r.error == "connection refused"


def test_rate_limiter_spaces_requests_per_host():
    clock = [0.0]
    waits = []
    limiter = HostRateLimiter(1.0, clock=lambda: clock[0], sleep=waits.append)
    assert limiter.wait("a.org") == 0
    assert limiter.wait("b.org") == 0          # other hosts do not wait
    assert limiter.wait("a.org") == 1.0
    assert limiter.wait("a.org") == 2.0        # queued behind the previous one
    clock[0] = 10.0
    assert limiter.wait("a.org") == 0
    assert waits == [1.0, 2.0]


def test_cache_expires_and_skips_transient(tmp_path):
    now = [1000.0]
    cache = ResultCache(tmp_path / "c.json", ttl=60, clock=lambda: now[0])
    cache.put(UrlResult("http://127.0.0.1/a", status=200, final_url="http://127.0.0.1/a"))
    cache.put(UrlResult("http://127.0.0.1/b", status=503))
    cache.put(UrlResult("http://127.0.0.1/c", error="no answer within 1 s"))
    cache.save()
    again = ResultCache(tmp_path / "c.json", ttl=60, clock=lambda: now[0])
    assert again.get("http://127.0.0.1/a").status == 200 and again.get("http://127.0.0.1/a").cached
    assert again.get("http://127.0.0.1/b") is None and again.get("http://127.0.0.1/c") is None
    now[0] += 61
    assert again.get("http://127.0.0.1/a") is None


def test_damaged_cache_is_ignored(tmp_path, server):
    bad = tmp_path / "c.json"
    bad.write_text("{not json", encoding="utf-8")
    url = f"http://127.0.0.1:{server.server_port}/ok"
    results = check_urls([url], Fetcher(timeout=1, limiter=HostRateLimiter(0)), ResultCache(bad))
    assert results[url].status == 200
    assert url in json.loads(bad.read_text(encoding="utf-8"))["results"]


def test_connection_reset_is_retried(server):
    url = f"http://127.0.0.1:{server.server_port}/flaky"
    r = Fetcher(timeout=2, retries=1, retry_delay=0, limiter=HostRateLimiter(0)).check(url)
    assert (r.status, r.attempts, r.error) == (200, 2, None)
    assert server.seen == [("HEAD", "/flaky"), ("HEAD", "/flaky")]


def test_without_retry_a_reset_is_reported(server):
    url = f"http://127.0.0.1:{server.server_port}/flaky"
    r = Fetcher(timeout=2, retries=0, limiter=HostRateLimiter(0)).check(url)
    assert r.status is None and "RemoteDisconnected" in r.error and r.attempts == 1


def test_non_ascii_address_is_encoded(server):
    url = f"http://127.0.0.1:{server.server_port}/文件?q=中"
    r = Fetcher(timeout=2, retries=0, limiter=HostRateLimiter(0)).check(url)
    assert (r.status, r.error) == (200, None)


def test_unwritable_cache_is_a_warning(tmp_path, server, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    cache = ResultCache(blocker / "sub" / "links.json")      # its folder cannot be made
    url = f"http://127.0.0.1:{server.server_port}/ok"
    results = check_urls([url], Fetcher(timeout=1, limiter=HostRateLimiter(0)), cache)
    assert results[url].status == 200
    assert "cannot be written" in capsys.readouterr().err
