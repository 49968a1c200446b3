"""WordprocessingML names, spelled once (Clark notation, as lxml reports tags)."""
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
W = "{%s}" % W_NS
R_ID = "{%s}id" % R_NS
W_VAL = W + "val"


def w(tag: str) -> str:
    return W + tag


def val(el, default=None):
    """The ``w:val`` attribute of ``el`` (``default`` when el is None)."""
    if el is None:
        return default
    return el.get(W_VAL, default)
