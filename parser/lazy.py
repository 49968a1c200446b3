"""Package attributes imported on first use (PEP 562).

A package's ``__init__`` that imports its heavy modules makes every command
pay for them at start-up, even ``councildoc --version``. With
:func:`lazy_attributes` a package keeps its public names, and the module
behind a name is imported only when the name is first read."""
from __future__ import annotations

from importlib import import_module


def lazy_attributes(package: str, names: dict[str, str], namespace: dict):
    """``(__getattr__, __dir__)`` for *package*, whose public *names* map to the
    relative module defining each (``{"search": ".query"}``). *namespace* is the
    package's ``globals()``: a name read once is stored there, so the next read
    is a plain lookup."""

    def __getattr__(name: str):
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(module, package), name)
        namespace[name] = value
        return value

    def __dir__():
        return sorted(set(namespace) | set(names))

    return __getattr__, __dir__
