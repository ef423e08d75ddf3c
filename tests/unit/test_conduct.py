"""The conduct model's data and training: the split is a fixed rule, nothing trained is stored, it learns quickly."""

from __future__ import annotations

from pathlib import Path

from coach.conduct.corpus import (
    CHECKS,
    HELDOUT_DIR,
    HOW_IT_IS_SAID,
    TRAIN_DIR,
    heldout_ids,
    heldout_items,
    paraphrase_items,
    resolve_days,
    train_items,
)
from coach.conduct.tune import fold_split

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


def test_paraphrases_are_of_training_lines_only_and_take_their_labels_on_how_a_line_is_said():
    lines = train_items()
    by_id = {i.id: i for i in lines}
    paraphrases = paraphrase_items(lines)
    assert len(paraphrases) >= len(lines)
    held = {i.id for i in heldout_items()}
    for p in paraphrases:
        line = by_id[p.source]  # a KeyError here would be a paraphrase of no training line
        assert p.source not in held and p.line != line.line
        assert {k: p.labels[k] for k in HOW_IT_IS_SAID} == {k: line.labels[k] for k in HOW_IT_IS_SAID}
        assert all(p.labels[k] is None for k in CHECKS if k not in HOW_IT_IS_SAID)
    assert len({p.id for p in paraphrases}) == len(paraphrases)


def test_a_fold_never_learns_from_a_paraphrase_of_a_line_it_is_judged_on():
    lines = train_items()
    paraphrases = paraphrase_items(lines)
    for fold in range(5):
        learn, judged = fold_split(lines, paraphrases, fold, 5)
        judged_ids = {lines[n].id for n in judged}
        assert judged_ids and not {i.source for i in learn} & judged_ids
        assert len(learn) > len(lines)  # the other folds' paraphrases are learnt from


def test_a_cue_fires_only_on_its_own_words():
    from coach.conduct.cues import CUES
    from coach.conduct.text import loose

    plain = loose("Hej, det er Morten. Hvornår regner I med at have en beslutning?")
    assert not [name for name in ("filler", "pressure", "irony") if CUES[name].search(plain)]
    assert CUES["filler"].search(loose("øh, ja… jeg ville bare høre"))
