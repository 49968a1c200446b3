"""The ``councildoc`` command: one sub-command per module in
``councildoc.corpus.commands``. Errors are one line on stderr, never a
traceback (set COUNCILDOC_DEBUG=1 to see one).

Exit codes: 0 success; 1 the job ran and found failures (failed files, error
findings); 2 bad usage or unreadable input; 3 internal error (a bug).
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from ..parser import InputError, TreeInvalidError, __version__
from ..parser.errors import UsageError  # noqa: F401 (commands import it from here too)

#: sub-command modules, in the order --help lists them
COMMANDS = ["parse", "convert", "export", "check", "index", "search", "refs", "align", "serve"]

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="councildoc",
        description="Turn UN-system council documents (ILO Governing Body first) into validated JSON trees, "
                    "and work over many of them.",
        epilog="Run 'councildoc COMMAND --help' for the options of each command.")
    parser.add_argument("--version", action="version", version=f"councildoc {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"{__package__}.commands.{name}")
        p = sub.add_parser(module.NAME, help=module.HELP, description=module.DESCRIPTION,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args._run(args)
    except UsageError as e:
        print(f"councildoc {args.command}: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except InputError as e:
        print(f"councildoc: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except TreeInvalidError as e:
        print(f"councildoc: {e}", file=sys.stderr)
        return EXIT_BUG
    except KeyboardInterrupt:
        print("councildoc: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader of our output went away (e.g. `| head`): not an error
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return EXIT_OK
    except OSError as e:
        # the machine's fault, not ours nor the input's: a full disk, a read-only
        # or vanished output folder… one line, no "please report"
        where = f" ({e.filename})" if getattr(e, "filename", None) else ""
        print(f"councildoc {args.command}: error: {e.strerror or e}{where}", file=sys.stderr)
        return EXIT_FAILURES
    except Exception as e:  # noqa: BLE001 - last resort: one line, not a traceback
        if os.environ.get("COUNCILDOC_DEBUG"):
            raise
        print(f"councildoc: internal error: {type(e).__name__}: {e} (set COUNCILDOC_DEBUG=1 for details; please report)",
              file=sys.stderr)
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
