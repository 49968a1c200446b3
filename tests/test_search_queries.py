"""Query parsing and the search command: bad queries give a clear message
(never an SQL error), FTS5 syntax characters are inert, --json has the
documented shape, an empty answer is never silent."""
import json

import pytest
from search_support import conn, seed_db  # noqa: F401

from councildoc.corpus.cli import main
from councildoc.corpus.search.query import QueryError, build_expression, parse_query, search


@pytest.mark.parametrize("query", ["", "   ", "!!!", '"', '""', "*", "-", ":", "()", "OR", "“”", "— …"])
def test_queries_with_nothing_to_search_are_refused_clearly(conn, query):
    with pytest.raises(QueryError, match="no words or characters"):
        search(conn, query)


@pytest.mark.parametrize("query", ['NEAR(', 'a:b', '-供资', '供资*', '"供资', 'AND', 'NOT 供资', '^供资',
                                   'bi : "x', "uni:劳工", "'; DROP TABLE units; --", '供资 OR', 'OR 供资'])
def test_fts_syntax_characters_never_reach_fts5_as_syntax(conn, query):
    out = search(conn, query)          # no sqlite3.OperationalError
    assert out.matched >= 0


def test_syntax_characters_are_ignored_not_interpreted(conn):
    plain = {r["citation"] for r in search(conn, "供资", limit=50).results}
    for query in ("-供资", "供资*", '"供资', "(供资)", "供资:"):
        assert {r["citation"] for r in search(conn, query, limit=50).results} == plain, query


def test_parse_query_groups():
    groups = parse_query('劳工 "decent work" a OR b educat*')
    assert [[(t.text, t.phrase, t.prefix) for t in g] for g in groups] == [
        [("劳工", False, False)], [("decent work", True, False)], [("a", False, False), ("b", False, False)],
        [("educat", False, True)]]


def test_expression_columns():
    expr, _ = build_expression(parse_query('发 发展 "2020年" Résumé'))
    # an unquoted Latin word matches by stem: 'resum' under all three rules (English stems 'resume' unaccented)
    assert expr == 'uni : "发" AND bi : "发展" AND uni : "2020 年" AND stem : "resum"'


def run_cli(capsys, *args):
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_json_shape(seed_db, capsys):
    code, out, err = run_cli(capsys, "search", "供资", "--db", str(seed_db), "--json", "--in", "paragraphs")
    assert code == 0
    results = json.loads(out)
    assert {r["node"] for r in results} == {"p-28", "p-29", "p-30", "p-37", "p-45"}
    for r in results:
        assert {"symbol", "node", "number", "score", "path", "snippet", "highlights", "citation"} <= set(r)
        assert r["symbol"] == "GB.340/INS/6" and r["number"] == int(r["node"][2:])
        assert isinstance(r["path"], list) and isinstance(r["score"], float)
        assert all(r["snippet"][s:e] == "供资" for s, e in r["highlights"])
    assert results == sorted(results, key=lambda r: -r["score"])
    assert "5 unit(s) match" in err


def test_cli_people_output_marks_matches_in_a_pipe(seed_db, capsys):
    code, out, _ = run_cli(capsys, "search", "混合供资模式", "--db", str(seed_db))
    assert code == 0
    assert out.splitlines()[0].startswith("1. GB.340/INS/6 ¶29")
    assert "«混合供资模式»" in out and "\x1b[" not in out


def test_cli_no_result_is_said_not_silent(seed_db, capsys):
    code, out, err = run_cli(capsys, "search", "薪", "--db", str(seed_db), "--lang", "zh")
    assert code == 1 and out == ""
    assert "no matches for '薪' with --lang zh" in err


def test_cli_bad_query_is_one_line_exit_2(seed_db, capsys):
    code, out, err = run_cli(capsys, "search", '"*:-', "--db", str(seed_db))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "no words or characters to search for" in err


def test_cli_missing_index_is_one_line_exit_2(tmp_path, capsys):
    code, _, err = run_cli(capsys, "search", "供资", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "no index here" in err and "Traceback" not in err
    assert not (tmp_path / "none.db").exists()


def test_cli_not_an_index_file(tmp_path, capsys):
    bogus = tmp_path / "bogus.db"
    bogus.write_text("not a database at all, just text " * 100)
    code, _, err = run_cli(capsys, "search", "供资", "--db", str(bogus))
    assert code == 2 and "not a usable councildoc index" in err


def test_cli_usage_errors(seed_db, capsys):
    assert run_cli(capsys, "search", "--db", str(seed_db))[0] == 2
    assert run_cli(capsys, "search", "a", "--similar", "b", "--db", str(seed_db))[0] == 2
    assert run_cli(capsys, "search", "a", "--limit", "0", "--db", str(seed_db))[0] == 2
    assert run_cli(capsys, "search", "--similar", "供资", "--min-score", "101", "--db", str(seed_db))[0] == 2


def test_every_match_is_ranked_not_only_the_newest(tmp_path):
    """An old short paragraph saying 供资 three times outranks 1,200 newer,
    longer ones saying it once (the ranking once looked only at the 1,000 most
    recently indexed matches)."""
    from councildoc.corpus.search import index_tree, open_index
    from councildoc.corpus.search.query import search

    def tree(symbol, texts):
        body = [{"type": "paragraph", "id": f"p-{i}", "number": i, "text": t, "spans": []}
                for i, t in enumerate(texts, 1)]
        return {"symbol": symbol, "language": "zh", "body": body, "footnotes": []}

    conn = open_index(tmp_path / "i.db", write=True)
    index_tree(conn, tree("OLD/1", ["供资、供资和供资。"]))
    filler = "各机构在国家一级的合作继续加强，劳工组织参与了共同国家分析和合作框架进程，"
    for d in range(4):
        index_tree(conn, tree(f"NEW/{d}", [f"{filler}第 {i} 段提到供资。" for i in range(300)]))
    out = search(conn, "供资", limit=1)
    assert out.matched == 1201
    assert out.results[0]["citation"] == "OLD/1 ¶1"
