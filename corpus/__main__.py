"""``python -m councildoc`` (and ``python -m councildoc.corpus``): the
``councildoc`` command without its console script. setup.py installs this
file as ``councildoc/__main__.py`` too, hence the absolute import."""
import sys

from councildoc.corpus.cli import main

if __name__ == "__main__":
    sys.exit(main())
