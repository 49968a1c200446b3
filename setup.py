"""Package discovery only (everything else is declared in setup.cfg).

The user's layout keeps ``parser/``, ``corpus/`` and ``schema/`` at the top of
the repository; they install as ``councildoc.parser``, ``councildoc.corpus`` and
``councildoc.schema``, with every sub-package found automatically.
"""
from setuptools import find_packages, setup

TOP = ("parser", "corpus", "schema")
packages = [f"councildoc.{p}" for p in find_packages(include=[f"{t}*" for t in TOP]
                                                     + list(TOP))]
# ``python -m councildoc``: corpus/__main__.py is also installed as the module
# councildoc.__main__ (councildoc itself stays a namespace package, no __init__)
setup(packages=packages, package_dir={"councildoc": "corpus", **{f"councildoc.{t}": t for t in TOP}},
      py_modules=["councildoc.__main__"])
