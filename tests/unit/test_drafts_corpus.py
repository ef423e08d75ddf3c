"""The blind drafts the review is measured on (coach/review/corpus.py): labels and a fixed held-out quarter."""

from coach.review.corpus import KIND_CHECKS, batch_of, heldout_ids, load


def test_every_draft_is_labelled_on_its_kinds_checks_and_a_quarter_per_kind_and_batch_is_held_out():
    drafts = load()
    held = heldout_ids(drafts)
    for kind, checks in KIND_CHECKS.items():
        for batch in {batch_of(d.id) for d in drafts}:
            mine = [d for d in drafts if d.kind == kind and batch_of(d.id) == batch]
            assert all(set(checks) <= set(d.fine) for d in mine)
            assert abs(sum(d.id in held for d in mine) - len(mine) / 4) <= 1
    assert heldout_ids(list(reversed(drafts))) == held  # by id, not by order


def test_a_new_batch_leaves_the_earlier_split_as_it_was():
    drafts = load()
    first = [d for d in drafts if batch_of(d.id) == "DR"]
    assert heldout_ids(first) == {i for i in heldout_ids(drafts) if batch_of(i) == "DR"}

