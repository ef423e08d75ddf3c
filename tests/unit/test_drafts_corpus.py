"""The blind drafts the review is measured on (coach/review/corpus.py): labels and a fixed held-out quarter."""

from coach.review.corpus import KIND_CHECKS, heldout_ids, load


def test_every_draft_is_labelled_on_its_kinds_checks_and_a_quarter_per_kind_is_held_out():
    drafts = load()
    held = heldout_ids(drafts)
    for kind, checks in KIND_CHECKS.items():
        mine = [d for d in drafts if d.kind == kind]
        assert all(set(checks) <= set(d.fine) for d in mine)
        assert abs(sum(d.id in held for d in mine) - len(mine) / 4) <= 1
    assert heldout_ids(list(reversed(drafts))) == held  # by id, not by order

