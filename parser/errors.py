"""The two ways a parse can fail: bad input (the user's to fix) and a bug (ours).

Both carry a one-line message that names the file, so command-line tools can
print ``str(error)`` and exit without a traceback.
"""


class InputError(Exception):
    """The input cannot be read as a council document: empty, binary, wrong
    encoding, truncated, too large, malformed. The message is one line."""

    def __init__(self, path: str, problem: str):
        self.path = path
        # one line whatever the cause says (lxml's messages end in a newline)
        self.problem = problem = " ".join(str(problem).split())
        super().__init__(f"{path}: {problem}")


class TreeInvalidError(Exception):
    """The parser produced a tree that does not validate against the schema.

    This is always a bug in councildoc, never the user's fault; such a tree is
    never written."""

    def __init__(self, path: str, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: internal error, the tree does not validate ({problem}); please report this as a bug")


class UsageError(ValueError):
    """Bad usage: an option value or a combination of options the user must
    change (an unknown language code, say). Command-line tools print it as one
    line and exit 2; library callers see a ValueError."""
