"""The session of a General Assembly resolution numbered in the old style.

Until its thirtieth session (1975) the Assembly numbered its resolutions
consecutively (1 to 3541) and printed the session in Roman numerals after the
number: ``1514 (XV)``. Documents often cite them by number alone
(``第1514号决议``, ``resolution 2758``), so the symbol's session must be
looked up. The table holds, for each regular session, resolutions known to
have been adopted at it (the first and last numbers we are sure of, not the
session's full range): a number between two of them belongs to that session;
a number outside every interval gets no session, and no reference is made
rather than a wrong one (precision first).
"""
from __future__ import annotations

from bisect import bisect_right

# (first, last, session): resolutions first..last are known to be of that session
_KNOWN = (
    (1, 96, "I"), (174, 181, "II"), (194, 273, "III"), (302, 319, "IV"), (377, 428, "V"),
    (1386, 1386, "XIV"), (1514, 1541, "XV"), (1653, 1721, "XVI"), (1803, 1803, "XVII"),
    (1904, 1962, "XVIII"), (1995, 1995, "XIX"), (2029, 2106, "XX"), (2200, 2222, "XXI"),
    (2373, 2373, "XXII"), (2398, 2398, "XXIII"), (2542, 2542, "XXIV"), (2625, 2626, "XXV"),
    (2758, 2758, "XXVI"), (2997, 2997, "XXVII"), (3068, 3068, "XXVIII"), (3236, 3314, "XXIX"),
    (3363, 3541, "XXX"),
)
_FIRSTS = [k[0] for k in _KNOWN]
LAST_OLD_STYLE = 3541


def session_of(number: int) -> str | None:
    """``1514`` → ``XV``; None when the session is not known for certain."""
    i = bisect_right(_FIRSTS, number) - 1
    if i >= 0 and _KNOWN[i][0] <= number <= _KNOWN[i][1]:
        return _KNOWN[i][2]
    return None
