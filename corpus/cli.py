"""The ``councildoc`` command: one sub-command per module in
``councildoc.corpus.commands``. Errors are one line on stderr, never a
traceback (set COUNCILDOC_DEBUG=1 to see one).

Exit codes: 0 success; 1 the job ran and found failures (failed files, error
findings), or a result could not be written (a folder where a file name is
needed, a full disk, no permission); 2 bad usage or unreadable input; 3
internal error (a bug).
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from ..parser import InputError, TreeInvalidError, __version__
from ..parser.errors import UsageError  # noqa: F401 (commands import it from here too)

from .output import OutputError

#: sub-command modules, in the order --help lists them
COMMANDS = ["parse", "convert", "export", "check", "index", "search", "refs", "align", "serve"]

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line; with *only*, just that command's sub-parser (each
    command module imported is start-up time, and a run needs one), none
    for ``--version``."""
    parser = argparse.ArgumentParser(
        prog="councildoc",
        description="Turn UN-system council documents (ILO Governing Body first) into validated JSON trees, "
                    "and work over many of them.",
        epilog="Run 'councildoc COMMAND --help' for the options of each command.\n\n"
               "Exit status: 0 success; 1 failures found (failed files, error findings) or an output\n"
               "cannot be written (named, with the reason); 2 bad usage or unreadable input; 3 internal error.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"councildoc {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in ([only] if only in COMMANDS else [] if only == "--version" else COMMANDS):
        module = importlib.import_module(f"{__package__}.commands.{name}")
        p = sub.add_parser(module.NAME, help=module.HELP, description=module.DESCRIPTION,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def _command_in(argv: list[str]) -> str | None:
    """The command *argv* runs: its first word that is not an option (the
    top-level options, --help and --version, take no value); "--version"
    when that comes first (it needs no command at all)."""
    for a in argv:
        if a in ("--version", "-h", "--help") or not a.startswith("-"):
            return a
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(only=_command_in(argv))
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
    except OutputError as e:
        # a result that cannot be written: the user's path and the reason
        print(f"councildoc {args.command}: error: {e}", file=sys.stderr)
        return EXIT_FAILURES
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
