"""One module per ``councildoc`` sub-command. Each defines NAME, HELP,
DESCRIPTION, ``add_arguments(parser)`` and ``run(args) -> exit code``."""
