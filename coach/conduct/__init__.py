"""How a call line is said: a small model trained on labelled Danish call lines (data/conduct/)."""
