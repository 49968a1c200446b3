"""What did not pair, said once per version: how many units and the first
few, so that a translator sees the gaps instead of a silently shorter
memory. Header lines that did not pair are information only (mastheads
legitimately differ between language versions); body units, items, rows and
footnotes are warnings."""
from __future__ import annotations

from .model import Alignment, Finding

#: how many unpaired units a finding names before "and N more"
FIRST_FEW = 5


def report_unpaired(out: Alignment, names: tuple[str, str]) -> None:
    for side, name, other in (("a", names[0], names[1]), ("b", names[1], names[0])):
        units = [u for u in out.unpaired if u.side == side]
        body = [u for u in units if u.kind != "header"]
        header = [u for u in units if u.kind == "header"]
        if body:
            out.findings.append(Finding("warning", "unpaired", describe_unpaired(body, "unit", name, other),
                                        data=unpaired_data(side, body)))
        if header:
            out.findings.append(Finding("info", "header-unpaired", describe_unpaired(header, "header line", name, other),
                                        data=unpaired_data(side, header)))


def describe_unpaired(units: list, what: str, name: str, other: str) -> str:
    """``3 units of A have no counterpart in B: paragraph p-7 ('…'), …``"""
    what = what if len(units) == 1 else what + "s"
    verb = "has" if len(units) == 1 else "have"
    shown = ", ".join(u.describe() for u in units[:FIRST_FEW])
    more = f" and {len(units) - FIRST_FEW} more" if len(units) > FIRST_FEW else ""
    return f"{len(units)} {what} of {name} {verb} no counterpart in {other}: {shown}{more}"


def unpaired_data(side: str, units: list) -> dict:
    """The facts for programs: which version, how many, and every node id."""
    return {"side": side, "count": len(units), "nodes": [u.node for u in units]}
