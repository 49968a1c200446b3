"""--similar: translation-memory style fuzzy matching. The passages are
edited copies of paragraphs of the seed and of the English test document:
clauses reordered, words changed and added."""
import json

import pytest
from search_support import conn, seed_db  # noqa: F401

from councildoc.corpus.cli import main
from councildoc.corpus.search.query import Filters, QueryError
from councildoc.corpus.search.similar import similar

# ¶29 of the seed, first two sentences swapped, 相当大的 → 很大, a clause added at the end
P29_EDITED = ("在当前预算极其紧张、筹资前景暗淡的环境下，联合国会员国继续将注意力集中在潜在的增效节支上，"
              "并渴望看到这些节约正得以实现的证据。虽然在建立新的驻地协调员系统方面取得了很大进展，"
              "但该系统自愿供资安排的长期可持续性仍存在一些问题。然而，早期的增效节支未给驻地协调员系统带来现成的资金。"
              "此外，对各机构的专项资金征收 1% 的税收所得将低于早期预测。联合国秘书长和常务副秘书长继续动员现有和新的"
              "捐助方为该系统提供所需资金，且已有 39 个国家进行供资。然而，就 2020 年而言，相较于 2.81 亿美元的初始预算，"
              "预算缺口仍有约 7,300 万美元。正在审查联合国机构缴费的费用分摊公式，并在联合国可持续发展集团内对此进行协商，"
              "但该公式在 2021 年之前将保持不变。将于 2021 年对驻地协调员系统混合供资模式进行一次更全面的审查。此外还需更多努力。")

# ¶5 of the English document, words reordered, changed ("staff" → "personnel") and added
P5_EDITED = ("Meetings with the resident coordinator were most useful, personnel in the field reported, "
             "when the tripartite constituents were invited right from the very start.")


def test_reordered_and_changed_chinese_paragraph_is_found_first(conn):
    results = similar(conn, P29_EDITED, min_score=70)
    assert results[0]["citation"] == "GB.340/INS/6 ¶29"
    assert 80 <= results[0]["score"] < 100
    assert all(r["citation"] != "GB.340/INS/6 ¶29" for r in results[1:])


def test_reordered_and_changed_english_sentence_is_found(conn):
    results = similar(conn, P5_EDITED, min_score=70)
    assert [r["citation"] for r in results] == ["GB.999/INS/9 ¶5"]


def test_identical_text_scores_100(conn):
    text = "The agenda of the session in Abidjan is available from the Regional Office for Africa."
    (best, *_) = similar(conn, text)
    assert best["citation"] == "GB.999/INS/9 fn 1" and best["score"] == 100


def test_min_score_excludes_weak_matches(conn):
    # a short fragment of ¶29 is only a small part of it: a translation memory does not offer it
    assert similar(conn, "驻地协调员系统混合供资模式", min_score=70) == []
    assert similar(conn, P29_EDITED, min_score=99.5) == []


def test_filters_apply(conn):
    assert similar(conn, P5_EDITED, filters=Filters(lang="zh")) == []
    assert [r["node"] for r in similar(conn, P5_EDITED, filters=Filters(scope="paragraphs"))] == ["p-5"]


def test_passage_without_words_is_refused(conn):
    with pytest.raises(QueryError):
        similar(conn, "…！？ -- ::")


def test_cli_similar_json(seed_db, capsys):
    code = main(["search", "--similar", P29_EDITED, "--db", str(seed_db), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out[0]["node"] == "p-29" and out[0]["number"] == 29
    assert out[0]["path"] == ["I. 联合国发展系统改革进展", "为驻地协调员系统供资"]


def test_cli_similar_nothing_close_enough_is_said(seed_db, capsys):
    code = main(["search", "--similar", "completely unrelated words about weather", "--db", str(seed_db)])
    captured = capsys.readouterr()
    assert code == 1 and captured.out == "" and "no indexed unit scores 70 or more" in captured.err


def test_readme_example_finds_the_clause_of_paragraph_29(conn):
    # the README's example: a clause of ¶29's second sentence, verbatim
    passage = "联合国会员国继续将注意力集中在潜在的增效节支上"
    (best, *_) = similar(conn, passage, min_score=60)
    assert best["citation"] == "GB.340/INS/6 ¶29" and best["score"] == 100
    assert best["text"][slice(*best["span"])] == passage
    assert best["snippet"][slice(*best["highlights"][0])] == passage


# ¶22 has three sentences (seed line 96); its second, reworded: 的定义为 → 是指, 共用房舍 → 共用的房舍,
# 已设立 → 目前已设定, 提高到 → 提高至, and 共同房地 moved after 联合国发展系统中
P22_MIDDLE = "共同房地是指任何两个机构共用的房舍，目前已设定到 2021 年将整个联合国发展系统中共同房地的比例提高至 50% 的目标。"
P22_SECOND = "共同房地的定义为任何两个机构共用房舍，且已设立到 2021 年将共同房地在整个联合国发展系统中的比例提高到 50% 的目标。"
# ¶41 (seed line 141, three sentences), its second: 请求 → 请, 技术支持 → 技术支助, 以更好地 → 以便更好地, a comma added
P41_MIDDLE = ("因此，亚美尼亚、阿塞拜疆、哥伦比亚、科特迪瓦、纳米比亚、菲律宾、索马里和津巴布韦等国的工会请工人活动局提供"
              "技术支助，以便更好地与驻地协调员和联合国国家工作队接触，或参与共同国家分析和合作框架进程。")


def test_reworded_middle_sentence_ranks_its_paragraph_first_with_the_sentence_as_span(conn):
    (best, *rest) = similar(conn, P22_MIDDLE, min_score=40)
    assert best["citation"] == "GB.340/INS/6 ¶22"
    assert best["text"][slice(*best["span"])] == P22_SECOND
    assert 70 <= best["score"] < 100 and all(r["score"] < best["score"] - 20 for r in rest)
    (best, *_) = similar(conn, P41_MIDDLE)
    assert best["citation"] == "GB.340/INS/6 ¶41" and 90 <= best["score"] < 100
    assert best["text"][slice(*best["span"])].startswith("因此，亚美尼亚") and best["score"] < 100


def test_english_sentence_of_a_paragraph_scores_on_its_own(conn):
    # ¶3 of the English document, its first sentence with "remained" → "stayed" and "in 2030" dropped
    (best, *_) = similar(conn, "Voluntary funding for the field offices stayed uncertain.")
    assert best["citation"] == "GB.999/INS/9 ¶3"
    assert best["text"][slice(*best["span"])] == "Voluntary funding for the field offices remained uncertain in 2030."
    assert 70 <= best["score"] < 90


def test_readme_commands(tmp_path, monkeypatch, capsys):
    # README: councildoc index corpus/samples/ && councildoc search --similar "…" --min-score 60
    from search_support import SEED
    monkeypatch.chdir(tmp_path)
    assert main(["index", str(SEED.parent)]) == 0
    capsys.readouterr()
    passage = "联合国会员国继续将注意力集中在潜在的增效节支上"
    assert main(["search", "--similar", passage, "--min-score", "60", "--json"]) == 0
    (best, *_) = json.loads(capsys.readouterr().out)
    assert best["citation"] == "GB.340/INS/6 ¶29" and best["text"][slice(*best["span"])] == passage
    assert main(["search", "--similar", passage, "--min-score", "60", "--color", "always"]) == 0
    assert f"\x1b[1;31m{passage}\x1b[0m" in capsys.readouterr().out


def test_windows_are_clause_runs_sentence_runs_and_the_whole_unit():
    from councildoc.corpus.search.windows import atoms, windows
    text = "Funding remained uncertain, the Office said. It proposed a fund."
    spans, bounds = atoms(text, [(0, 44), (45, 64)])
    assert [text[a:b] for a, b in spans] == ["Funding remained uncertain", "the Office said.", "It proposed a fund."]
    assert bounds == [(0, 1), (2, 2)]
    # clauses of sentence 1: (0,0) (1,1) (0,1); sentences: (0,1) (2,2), both (0,2) = the whole unit
    assert windows(bounds) == [(0, 0), (0, 1), (0, 2), (1, 1), (2, 2)]
