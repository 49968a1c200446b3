"""`councildoc check --corpus DIR`: citations of council documents the corpus
does not hold, with the nearest symbols suggested, and the who-cites-whom
picture. The corpus is built in tmp_path: the seed (GB.340/INS/6) plus three
tiny documents whose symbols are inferred from their headers."""
import json
import shutil
from pathlib import Path

from councildoc.corpus.check.corpus_refs import family
from councildoc.corpus.cli import main

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "corpus" / "samples" / "GB.340-INS-6.zh.txt"

TINY = "\n理 事 会\n\n第 {session} 届会议，2020 年 10 月，日内瓦\n\n{segment}\n\n日期：2020 年 10 月 1 日\n\n{item}\n\n标题\n\n▶ 导言\n\n1. 正文。\n"


def _corpus(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    shutil.copy(SEED, d / SEED.name)
    for name, session, segment, item in [("pol6", 340, "POL", "第六项议程"),       # GB.340/POL/6
                                         ("ins10", 335, "INS", "第十项议程"),      # GB.335/INS/10
                                         ("ins18", 340, "INS", "第十八项议程")]:   # GB.340/INS/18
        (d / f"{name}.zh.txt").write_text(TINY.format(session=session, segment=segment, item=item), encoding="utf-8")
    return d


def test_missing_citations_with_suggestions(tmp_path, capsys):
    d = _corpus(tmp_path)
    assert main(["check", str(SEED), "--corpus", str(d), "--format", "json"]) == 0   # warnings only
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    missing = [r for r in rows if r["code"] == "xref-not-in-corpus"]
    gb = sorted((r["line"], r["node"], r["message"].split(" ")[0]) for r in missing if r["level"] == "warning")
    # by hand: the seed cites GB.338/INS/9 (summary, line 19), GB.340/POL/6, GB.340/INS/18/6 and
    # GB.335/INS/10 (line 23), again GB.340/POL/6 (fn-6, line 41), GB.340/INS/18/6 (fn-11, line 62)
    # and GB.335/INS/10 (fn-12, line 64); the corpus holds GB.340/POL/6 and GB.335/INS/10.
    assert gb == [(19, "meta", "GB.338/INS/9"), (23, "meta", "GB.340/INS/18/6"), (62, "fn-11", "GB.340/INS/18/6")]
    near = next(r for r in missing if r["line"] == 62)
    assert "GB.340/INS/18" in near["suggestion"]
    # UN symbols (A/RES/72/279 in fn-1…): the corpus holds no UN documents, so only info
    assert all(r["level"] == "info" for r in missing if not r["message"].startswith("GB."))
    # footnote 1 cites it twice ("第 72/279 号决议" and "A/RES/72/279"): reported once
    assert sum(1 for r in missing if r["message"].startswith("A/RES/72/279")) == 1


def test_graph_who_cites_whom(tmp_path, capsys):
    d = _corpus(tmp_path)
    graph_path = tmp_path / "graph.json"
    main(["check", str(d), "--corpus", str(d), "--graph", str(graph_path)])
    out = capsys.readouterr().out
    graph = json.loads(graph_path.read_text(encoding="utf-8"))
    seed = graph["documents"]["GB.340/INS/6"]
    assert seed["in_corpus"] is True
    assert seed["cites"][:4] == ["GB.338/INS/9", "GB.340/POL/6", "GB.340/INS/18/6", "GB.335/INS/10"]
    assert graph["documents"]["GB.340/POL/6"]["cited_by"] == ["GB.340/INS/6"]
    missing = {m["symbol"]: m["cited_by"] for m in graph["missing"]}
    assert missing["GB.338/INS/9"] == ["GB.340/INS/6"]
    assert "GB.340/POL/6" not in missing
    assert "cited but missing" in out and "GB.338/INS/9" in out


def test_family_matching():
    assert family("GB.343/INS/2 (Rev.1)") == family("GB.343/INS/2") == "gb.343/ins/2"
    assert family("GB.340/POL/4(Rev.1)/decision") != family("GB.340/POL/4")  # suffix not at the end


def test_corpus_from_search_index(tmp_path, capsys):
    """--corpus DB: the index built by corpus/search (its own API) gives the symbols."""
    from councildoc.corpus.search import index_tree, open_index
    from councildoc.parser import parse_file
    d = _corpus(tmp_path)
    db = tmp_path / "index.db"
    conn = open_index(db, write=True)
    for name in ("pol6", "ins10", "ins18"):
        index_tree(conn, parse_file(d / f"{name}.zh.txt"))
    conn.close()
    assert main(["check", str(SEED), "--corpus", str(db), "--format", "json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    gb = sorted(r["message"].split(" ")[0] for r in rows if r["code"] == "xref-not-in-corpus" and r["level"] == "warning")
    # the index holds GB.340/POL/6, GB.335/INS/10, GB.340/INS/18 (not the seed itself, nor 18/6)
    assert gb == ["GB.338/INS/9", "GB.340/INS/18/6", "GB.340/INS/18/6"]


def test_sqlite_file_that_is_no_index_is_a_usage_error(tmp_path, capsys):
    import sqlite3
    db = tmp_path / "other.db"
    con = sqlite3.connect(db)
    con.execute("create table t (x)")
    con.commit()
    con.close()
    assert main(["check", str(SEED), "--corpus", str(db)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--corpus" in err[0] and "index" in err[0]


CITER = TINY.format(session=341, segment="INS", item="第九项议程").replace(   # GB.341/INS/9, 3 paragraphs
    "1. 正文。\n",
    "1. 见 GB.340/POL/6 号文件第 5 段和 GB.340/POL/6 号文件第 1 段。\n"
    "2. 见 GB.999/INS/1 号文件第 2 段。\n"
    "3. 见 GB.341/INS/9 号文件第 7 段。\n")


def test_references_into_other_documents(tmp_path, capsys):
    d = _corpus(tmp_path)
    citer = tmp_path / "citer.zh.txt"
    citer.write_text(CITER, encoding="utf-8")
    main(["check", str(citer), "--corpus", str(d), "--format", "json"])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    got = sorted((r["line"], r["code"], r["message"]) for r in rows)
    # by hand: GB.340/POL/6 (tiny document) has paragraph 1 only; GB.999/INS/1 is not in the
    # corpus (reported once, not once per reference); 第 7 段 of the citer itself does not exist
    assert got == [
        (16, "xref-remote-unresolved", '"第 5 段" refers to GB.340/POL/6#p-5: in GB.340/POL/6, paragraph 5 does not exist'),
        (17, "xref-not-in-corpus", "GB.999/INS/1 (gb_document) is not in the corpus"),
        (18, "xref-internal-unresolved", '"第 7 段" refers to #p-7: paragraph 7 does not exist'),
    ]
    remote = next(r for r in rows if r["code"] == "xref-remote-unresolved")
    assert remote["suggestion"] == "GB.340/POL/6: the document has only paragraph 1"
