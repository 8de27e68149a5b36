"""Run by test_crash.py in a child process: records ballots one by one until killed.

``python crash_helper.py FILE SEED`` opens FILE for writing through ``Session`` (as the app does,
rolling copies on) and prints ``ready``, then the number of each ballot *after* ``record_ballot``
has returned, flushed at once: a printed number is a ballot the screen would show as recorded.
"""

from __future__ import annotations

import random
import sys

from tinnhiem_desktop.services.session import Session


def main() -> int:
    path, seed = sys.argv[1], int(sys.argv[2])
    rnd = random.Random(seed)
    with Session.open(path, rolling_backup=True) as s:
        t = s.ballot_type().id
        n = len(s.candidates(t))
        print("ready", flush=True)
        while True:
            if rnd.random() < 0.05:
                ballot = s.record_ballot(t, invalid_reason="Phiếu không do Ban kiểm phiếu phát ra")
            else:
                ballot = s.record_ballot(t, "".join(rnd.choice("1230x") for _ in range(n)))
            print(ballot.number, flush=True)


if __name__ == "__main__":
    sys.exit(main())
