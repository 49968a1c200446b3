"""Coverage-guided fuzzing (atheris / libFuzzer) of the plain-text reader and
the whole parser: any bytes give a tree that validates, or one one-line
InputError; and on every input that parses, nothing is lost (the same check as
tests/test_properties_parser.py).

Why outside the test run: a fuzzer runs for minutes to hours and its findings
become plain regression tests (tests/test_regressions.py).

    python fuzz/fuzz_text.py fuzz/corpus/text corpus/samples -dict=fuzz/text.dict \
        -max_len=8192 -max_total_time=600 -artifact_prefix=fuzz/crash-text-

A crash writes the input to ``fuzz/crash-text-<hash>``; replay it with
``python fuzz/fuzz_text.py fuzz/crash-text-<hash>``.
"""
from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from councildoc.parser import InputError, parse_bytes
from councildoc.parser.decode import decode_text
from property_inputs import lost_and_added  # noqa: E402  (the nothing-lost check)


def test_one_input(data: bytes) -> None:
    try:
        tree = parse_bytes("fuzz.txt", data, fmt="text")   # validates: TreeInvalidError is a finding
    except InputError as e:
        if "\n" in str(e) or not str(e).startswith("fuzz.txt: "):
            raise AssertionError(f"InputError message is not one line naming the file: {e!r}") from None
        return
    text, _ = decode_text(data, "fuzz.txt")
    lost, added = lost_and_added(text, tree)
    if lost or added:
        raise AssertionError(f"nothing-lost broken: lost {dict(lost)}, added {dict(added)}")


def main() -> None:
    # The editable install's import finder hides modules from
    # atheris.instrument_imports, so instrument everything loaded instead.
    atheris.instrument_all()
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
