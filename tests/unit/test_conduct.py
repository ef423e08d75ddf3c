"""The conduct model's data and training: the split is a fixed rule, nothing trained is stored, it learns quickly."""

from __future__ import annotations

from pathlib import Path

from coach.conduct.corpus import CHECKS, HELDOUT_DIR, TRAIN_DIR, heldout_ids, heldout_items, resolve_days, train_items

ROOT = Path(__file__).resolve().parents[2]


def test_the_held_out_quarter_is_the_rule_of_the_ids_and_never_in_training():
    train, held = train_items(), heldout_items()
    assert len(train) + len(held) >= 800
    assert not {i.id for i in train} & {i.id for i in held}
    def round_of(item_id: str) -> str:
        return item_id[0] if item_id[0] in "WXYZ" else "AB"

    for round_name in ("AB", "W", "X", "Y", "Z"):  # each corpus (A/B, W1-W4, X1-X3, Y1-Y3, Z1-Z3): split on its own
        part = [i for i in train + held if round_of(i.id) == round_name]
        assert part and heldout_ids(part) == {i.id for i in held if round_of(i.id) == round_name}
    assert 0.24 <= len(held) / (len(train) + len(held)) <= 0.26


def test_every_item_has_the_nine_labels_and_a_case_whose_days_fit():
    for item in train_items() + heldout_items():
        assert set(item.labels) == set(CHECKS)
        assert (item.labels["graceful_rejection"] is None) == (item.situation != "rejection")
        assert item.case.interview_date <= item.today


def test_danish_days_without_a_year_get_the_year_their_weekdays_fit():
    interview, today = resolve_days("torsdag den 14. januar", "fredag den 22. januar")
    assert (interview.isoformat(), today.isoformat()) == ("2027-01-14", "2027-01-22")
    interview, today = resolve_days("tirsdag den 24. november", "mandag den 30. november")
    assert (interview.year, today.year) == (2026, 2026)


def test_nothing_trained_is_kept_in_the_repository():
    data = [p for p in (*TRAIN_DIR.rglob("*"), *HELDOUT_DIR.rglob("*")) if p.is_file()]
    assert all(p.suffix in (".yml", ".md") for p in data)  # the lines, the labellers' votes, their guides
    assert not [p for p in (ROOT / "coach" / "conduct").rglob("*") if p.suffix in (".pkl", ".joblib", ".skops", ".npz")]
