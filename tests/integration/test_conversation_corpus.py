"""A fast subset of the blind conversation corpus (tests/conversations/dev), played over REST as
`make bench-conversations` plays all of it: four "todays", eleven conversations of every kind
(no facts at first, ISO dates, attempts made, a week number, holidays, escalation).
The full corpus and its pass rate: `make bench-conversations` (docs/conversations.md)."""

import pytest

from bench.conversations import load_corpus, run

pytestmark = pytest.mark.integration

SUBSET = ("A008", "B013", "C026", "A024", "B003", "C003", "A036", "B023", "C040", "A013", "B002")


def test_a_subset_of_the_blind_corpus_passes_without_loops():
    corpus = [c for c in load_corpus("dev") if c["id"] in SUBSET]
    assert len(corpus) == len(SUBSET)
    results = run(corpus, jobs=2)
    failed = {verdict.id: verdict.problems + ([f"loop: {verdict.loop}"] if verdict.loop else [])
              for *_, verdict in results if not verdict.passed}
    assert not failed, failed
