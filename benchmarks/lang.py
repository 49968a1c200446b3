"""Latin-script and older-layout parsing, and alignment, beside the Chinese
seed measured in the same run.

Figures: parse + validate time of each test document in tests/data/lang (en,
fr, es, older zh) per KB, as a ratio to the seed's time per KB; a generated
English document (plain-digit markers, ``1 text`` footnote blocks, page
furniture, hyphenated page-break joins) at two sizes, whose time ratio should
track the size ratio (linear); and ``align`` of two parsed trees against the
time to parse one of them: paragraphs, sentences, and on the 200-page generated
document paired with itself, once with its numbers (anchors) and once with
every number removed (the whole document aligned by order and length).

    python benchmarks/lang.py [--repeat N]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import median_seconds, ms  # noqa: E402

from councildoc.corpus.align import align_trees, tmx_bytes  # noqa: E402
from councildoc.corpus.align.sentences import sentence_alignment  # noqa: E402
from councildoc.parser import parse_bytes  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpus" / "samples" / "GB.340-INS-6.zh.txt"
LANG = REPO / "tests" / "data" / "lang"


def generated_english(pages: int) -> bytes:
    """A header and *pages* pages of 6 paragraphs, a footnote block per page
    (plain digits), the last paragraph of a page cut by a hyphen."""
    head = (LANG / "GB.340-INS-6.en.txt").read_text(encoding="utf-8").split("▶ Introduction")[0]
    out = [head, "▶ Introduction\n"]
    para = note = 0
    for page in range(1, pages + 1):
        notes = []
        for k in range(6):
            para += 1
            if k == 2:
                note += 1
                notes.append(note)
                out.append(f"{para}. In 2020 the Office reviewed 72/279 and the COVID-19 plans with 36 entities,{note} "
                           "and the country teams reported on the progress made in the regions.\n")
            elif k == 5:
                out.append(f"{para}. The regional review proposed that the platforms would bring the develop-\n")
            else:
                out.append(f"{para}. The guidance was issued in June 2019 and applied by 16 country teams in 2020.\n")
        out.extend(f"{n} Document GB.340/POL/{n}, a note on the reform of the system.\n" for n in notes)
        out.append(f"\n{page + 1}\nGB.340/INS/6\n\nment of the system into line early in the next year.\n")
    return "".join(out).encode("utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    seed = SEED.read_bytes()
    t_seed = median_seconds(lambda: parse_bytes(SEED.name, seed), repeat=args.repeat)
    per_kb_seed = t_seed / (len(seed) / 1024)
    print(f"baseline  seed zh {len(seed) / 1024:7.1f} KB {ms(t_seed)}  ({per_kb_seed * 1e6:7.1f} µs/KB)")
    for path in sorted(LANG.glob("*.txt")):
        data = path.read_bytes()
        t = median_seconds(lambda: parse_bytes(path.name, data), repeat=args.repeat)
        per_kb = t / (len(data) / 1024)
        print(f"{path.name:34s} {len(data) / 1024:6.1f} KB {ms(t)}  {per_kb / per_kb_seed:5.2f}x seed per KB")
    small, large = generated_english(50), generated_english(200)
    t_small = median_seconds(lambda: parse_bytes("gen.en.txt", small), repeat=max(3, args.repeat // 4))
    t_large = median_seconds(lambda: parse_bytes("gen.en.txt", large), repeat=max(3, args.repeat // 4))
    print(f"generated en  50 pages {len(small) / 1024:7.1f} KB {ms(t_small)}  {t_small / (len(small) / 1024) / per_kb_seed:5.2f}x seed per KB")
    print(f"generated en 200 pages {len(large) / 1024:7.1f} KB {ms(t_large)}  {t_large / (len(large) / 1024) / per_kb_seed:5.2f}x seed per KB")
    print(f"  size ratio {len(large) / len(small):4.2f}, time ratio {t_large / t_small:4.2f} (linear when close)")
    en = parse_bytes("en", (LANG / "GB.340-INS-6.en.txt").read_bytes())
    zh = parse_bytes("zh", (LANG / "GB.340-INS-6.zh.txt").read_bytes())
    t_parse = median_seconds(lambda: parse_bytes("en", (LANG / "GB.340-INS-6.en.txt").read_bytes()), repeat=args.repeat)
    t_align = median_seconds(lambda: align_trees(en, zh), repeat=args.repeat)
    t_tmx = median_seconds(lambda: tmx_bytes(align_trees(en, zh)), repeat=args.repeat)
    print(f"align en-zh {ms(t_align)}  ({t_align / t_parse:5.3f}x parsing the en document)")
    print(f"align + TMX {ms(t_tmx)}  ({t_tmx / t_parse:5.3f}x parsing the en document)")
    t_sent = median_seconds(lambda: tmx_bytes(sentence_alignment(align_trees(en, zh))), repeat=args.repeat)
    print(f"align --level sentence + TMX {ms(t_sent)}  ({t_sent / t_parse:5.3f}x parsing the en document)")
    big = parse_bytes("gen.en.txt", large)
    other = dict(parse_bytes("gen.en.txt", large), language="fr")
    t_big = median_seconds(lambda: align_trees(big, other), repeat=3)
    t_flat = median_seconds(lambda: align_trees(_unnumbered(big), _unnumbered(other)), repeat=3)
    units = sum(1 for _ in _texts(big["body"]))
    print(f"align generated 200 pages ({units} units) {ms(t_big)}  ({t_big / t_large:5.3f}x parsing it); "
          f"without numbers {ms(t_flat)}  ({t_flat / t_large:5.3f}x)")


def _texts(nodes):
    for node in nodes:
        if node["type"] == "section":
            yield from _texts(node["children"])
        else:
            yield node


def _unnumbered(tree: dict) -> dict:
    """A copy of *tree* whose paragraphs and sections carry no number."""
    def strip(nodes):
        out = []
        for node in nodes:
            node = dict(node, number=None) if node["type"] != "table" else node
            if node["type"] == "section":
                node["children"] = strip(node["children"])
            out.append(node)
        return out
    return dict(tree, body=strip(tree["body"]))


if __name__ == "__main__":
    main()
