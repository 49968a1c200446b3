"""``convert --timeout``: a positive number of seconds (0: no limit), and a
document that runs into it is reported as timed out, not as a bug
(issue 18 item 5)."""
import json

import pytest

from conftest import SEED
from councildoc.corpus.cli import main


@pytest.mark.parametrize("value", ["-1", "nan", "inf", "abc", "-0.5"])
def test_bad_timeouts_are_usage_errors(tmp_path, capsys, value):
    with pytest.raises(SystemExit) as e:
        main(["convert", str(SEED), "-o", str(tmp_path / "out"), "--timeout", value])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert "argument --timeout" in err.splitlines()[-1]
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_real_document_past_a_short_timeout(tmp_path, capsys, jobs):
    """A long document (the seed 40 times: well over 10 ms of parsing on any
    machine) against --timeout 0.01, on both local engines."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "long.txt").write_text(SEED.read_text(encoding="utf-8") * 40, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["convert", str(src), "-o", str(out), "--timeout", "0.01", "-j", jobs]) == 1
    err = capsys.readouterr().err
    # before: "still converting after 0.3 s: stopped (a bug; please report)"
    assert "long.txt: timed out after 0.01 s" in err
    assert "bug" not in err and "please report" not in err
    entry = json.loads((out / "_report.json").read_text(encoding="utf-8"))["files"][0]
    assert (entry["status"], entry["kind"]) == ("failed", "timeout")
    assert not (out / "long.json").exists()


def test_zero_means_no_limit(tmp_path, capsys):
    assert main(["convert", str(SEED), "-o", str(tmp_path / "out"), "--timeout", "0", "-q"]) == 0
    assert json.loads((tmp_path / "out" / "_report.json").read_text(encoding="utf-8"))["timeout"] is None
