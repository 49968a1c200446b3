"""The batch's fixed names and limits, apart from the machinery that uses
them, so ``councildoc convert --help`` can show them without loading it."""

REPORT_NAME = "_report.json"
#: seconds one document may take: parsing is linear, a 50 MB file takes seconds;
#: far beyond that is a parser bug that must not hold up the batch
DEFAULT_TIMEOUT = 300.0
