"""The errors the library and the command line share: bad input (the user's
to fix), bad usage of a command or library call, and a bug (ours).

Each carries a one-line message (naming the file when there is one), so the
command line prints ``str(error)`` and exits without a traceback; the library
raises them and never imports the command line to do so.
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


class UsageError(Exception):
    """Bad usage found after the arguments were read: an input that does not
    exist, a pattern that matches nothing, an option that needs another, a
    cluster that cannot be reached (the command line exits 2)."""
