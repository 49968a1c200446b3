"""Batch conversion: many documents in, one JSON tree each out, nothing lost.

The pieces, each with one job:

- :mod:`.discover`: command-line inputs (files, folders, globs) → documents
  with the relative path their output mirrors;
- :mod:`.work`: the pure per-document function ``(name, bytes) → Result``
  that any engine maps (local processes, a Dask cluster);
- :mod:`.incremental`: is an existing output up to date? (hash + version);
- :mod:`.engine_serial`, :mod:`.engine_local` and :mod:`.engine_dask`: run the
  work in this process, in worker processes, or on a Dask cluster, bounded in
  flight, with crashes and time-outs costing one document each;
- :mod:`.sinks`: write trees atomically (mirrored folder or one JSONL file);
- :mod:`.report`: counts, warnings by code, ``_report.json``;
- :mod:`.progress`: a bar on a terminal, quiet lines in a pipe;
- :mod:`.run`: ties them together for ``councildoc convert``.

The work function is a parameter (``BatchConfig.work``, ``ProcessEngine(work=…)``):
tests substitute one that kills its worker to check that a dying process
costs one document, never the batch.
"""
