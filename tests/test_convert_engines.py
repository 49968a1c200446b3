"""The engines that map the per-document work: the result does not depend on
the engine, a worker that dies costs one document (not the batch), and the
same work runs on a Dask cluster."""
from __future__ import annotations

import json
import os
import pickle
import shutil
import time

import pytest

from conftest import SEED
from convert_corpus import SHORT_EN, make_copies
from councildoc.corpus.batch.engine_local import ProcessEngine, SerialEngine
from councildoc.corpus.batch.run import BatchConfig, run_batch
from councildoc.corpus.cli import main
from councildoc.corpus.batch.work import Options, Result, convert_document
from councildoc.parser import parse_file


def crash_on_poison(name: str, data: bytes, options: Options = Options()) -> Result:
    """The normal work, except that the process converting "poison.txt" dies at once."""
    if name.endswith("poison.txt"):
        os._exit(9)
    return convert_document(name, data, options)


def dies_once(name: str, data: bytes, options: Options = Options()) -> Result:
    """Like a worker killed from outside (out-of-memory killer): dies the first time it meets "victim.txt"."""
    marker = os.environ["COUNCILDOC_TEST_MARKER"]
    if name.endswith("victim.txt") and not os.path.exists(marker):
        open(marker, "w").close()
        os._exit(9)
    return convert_document(name, data, options)


def hangs_on_slow(name: str, data: bytes, options: Options = Options()) -> Result:
    """A document that never ends (as a parser bug with catastrophic backtracking would)."""
    if name.endswith("slow.txt"):
        time.sleep(3600)
    return convert_document(name, data, options)


def test_the_work_function_is_pure_and_picklable():
    data = SEED.read_bytes()
    work = pickle.loads(pickle.dumps(convert_document))
    a, b = work("x/seed.txt", data), work("x/seed.txt", data)
    assert a.ok and a.text == b.text
    tree = json.loads(a.text)
    assert tree["source"]["path"] == "x/seed.txt"
    assert tree["body"] == parse_file(SEED)["body"]
    bad = work("empty.txt", b"")
    assert not bad.ok and bad.kind == "input" and "empty" in bad.error
    assert pickle.loads(pickle.dumps(bad)) == bad


def test_serial_and_process_engines_give_the_same_results():
    tasks = [(i, (f"d{i}.txt", SHORT_EN.replace("first", f"first ({i})").encode(), Options())) for i in range(12)]
    with SerialEngine() as serial:
        one = dict(serial.map(tasks))
    with ProcessEngine(2, max_in_flight=3) as pool:
        two = dict(pool.map(iter(tasks)))
    assert one.keys() == two.keys() == set(range(12))
    assert all(one[k].text == two[k].text for k in one)
    assert "The first (5) paragraph" in one[5].text


def test_a_worker_that_dies_fails_its_document_only(tmp_path, capsys):
    src = tmp_path / "in"
    make_copies(src, 10)
    (src / "poison.txt").write_text(SHORT_EN, encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch(BatchConfig(inputs=[str(src)], outdir=str(out), jobs=2, work=crash_on_poison))
    assert (summary["converted"], summary["failed"]) == (10, 1)
    assert summary["failed_by_kind"] == {"crash": 1}
    with open(out / "_report.json", encoding="utf-8") as f:
        entries = {e["path"]: e for e in json.load(f)["files"]}
    assert entries["poison.txt"]["kind"] == "crash"
    assert "worker process" in entries["poison.txt"]["error"]
    assert len(list(out.rglob("doc*.json"))) == 10
    _, err = capsys.readouterr()
    assert err.count("poison.txt") == 1



def test_a_document_whose_worker_was_killed_from_outside_is_converted_again(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COUNCILDOC_TEST_MARKER", str(tmp_path / "killed-once"))
    src = tmp_path / "in"
    make_copies(src, 6)
    (src / "victim.txt").write_text(SHORT_EN, encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch(BatchConfig(inputs=[str(src)], outdir=str(out), jobs=2, work=dies_once))
    assert (tmp_path / "killed-once").exists()          # the worker did die
    assert (summary["converted"], summary["failed"]) == (7, 0)
    with open(out / "_report.json", encoding="utf-8") as f:
        entries = {e["path"]: e for e in json.load(f)["files"]}
    assert entries["victim.txt"]["retried"] is True
    assert json.loads((out / "victim.json").read_text(encoding="utf-8"))["symbol"] == "GB.340/INS/99"
    _, err = capsys.readouterr()
    assert "a worker process died" in err


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_document_past_the_timeout_fails_and_the_batch_goes_on(tmp_path, capsys, jobs):
    src = tmp_path / "in"
    make_copies(src, 6)
    (src / "slow.txt").write_text(SHORT_EN, encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch(BatchConfig(inputs=[str(src)], outdir=str(out), jobs=jobs, work=hangs_on_slow, timeout=0.5))
    assert (summary["converted"], summary["failed"]) == (6, 1)
    assert summary["failed_by_kind"] == {"timeout": 1}
    with open(out / "_report.json", encoding="utf-8") as f:
        entries = {e["path"]: e for e in json.load(f)["files"]}
    assert entries["slow.txt"]["kind"] == "timeout"
    assert "timed out after 0.5 s" in entries["slow.txt"]["error"]
    _, err = capsys.readouterr()
    assert "slow.txt: timed out after 0.5 s" in err and "bug" not in err
    assert "worker process died" not in err


def test_the_same_batch_on_a_local_dask_cluster(tmp_path, capsys):
    distributed = pytest.importorskip("distributed", reason="Dask is an optional extra: pip install 'councildoc[dask]'")
    src = tmp_path / "in"
    make_copies(src, 6)
    shutil.copyfile(SEED, src / "seed.txt")
    (src / "empty.txt").write_bytes(b"")
    local_out, dask_out = tmp_path / "local", tmp_path / "dask"
    run_batch(BatchConfig(inputs=[str(src)], outdir=str(local_out), jobs=1))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        code = main(["convert", str(src), "-o", str(dask_out), "--scheduler", cluster.scheduler_address])
    assert code == 1  # empty.txt
    with open(dask_out / "_report.json", encoding="utf-8") as f:
        summary = json.load(f)
    assert summary["engine"] == "dask"
    assert (summary["converted"], summary["failed"]) == (7, 1)
    local = sorted(p.relative_to(local_out) for p in local_out.rglob("*.json") if p.name != "_report.json")
    remote = sorted(p.relative_to(dask_out) for p in dask_out.rglob("*.json") if p.name != "_report.json")
    assert local == remote and len(local) == 7
    for rel in local:
        assert (local_out / rel).read_bytes() == (dask_out / rel).read_bytes()


def test_an_unreachable_scheduler_is_bad_usage():
    pytest.importorskip("distributed")
    from councildoc.corpus.batch.engine_dask import DaskEngine
    from councildoc.corpus.cli import UsageError
    with pytest.raises(UsageError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        with DaskEngine("tcp://127.0.0.1:9", connect_timeout="1s"):
            pass
