"""runtime/patches/: one list, versions checked, COACH_NO_PATCHES honoured."""

import sys

import pytest

from runtime import launch, patches
from runtime.patches import WEBCHAT_FIXES, PatchVersionMismatch, base, check_versions


def test_one_visible_list_in_the_order_they_are_applied():
    assert [p.name for p in patches.PATCHES] == [
        "skops_estimators", "tensorflow_model_guard", "action_result_validator", "action_server_faults"]
    for patch in [*patches.PATCHES, WEBCHAT_FIXES]:
        assert patch.written_for and patch.fixes and patch.where


@pytest.mark.parametrize("patch", [*patches.PATCHES, WEBCHAT_FIXES], ids=lambda p: p.name)
def test_every_patch_was_written_for_the_installed_versions(patch):
    check_versions(patch)  # the pins in constraints.txt


@pytest.mark.parametrize("patch", [*patches.PATCHES, WEBCHAT_FIXES], ids=lambda p: p.name)
def test_another_version_is_refused_loudly(patch):
    distribution = next(iter(patch.written_for))
    with pytest.raises(PatchVersionMismatch) as refused:
        check_versions(patch, installed=lambda name: "9.9.9" if name == distribution else patch.written_for[name])
    message = str(refused.value)
    assert f"Patch '{patch.name}'" in message
    assert f"{distribution} 9.9.9 (written for {patch.written_for[distribution]})" in message
    assert "COACH_NO_PATCHES=1" in message


def test_apply_all_refuses_before_patching_anything(monkeypatch):
    monkeypatch.delenv(base.DISABLE_ENV, raising=False)
    monkeypatch.setattr(patches, "_applied", [])
    monkeypatch.setattr(base, "installed_version", lambda name: "3.7.0" if name == "rasa" else None)
    applied = []
    monkeypatch.setattr(patches, "PATCHES", [
        base.Patch("ok", "x", "y", {}, apply=lambda: applied.append("ok")),
        base.Patch("old", "x", "y", {"rasa": "3.6.21"}, apply=lambda: applied.append("old")),
    ])
    with pytest.raises(PatchVersionMismatch, match="rasa 3.7.0 \\(written for 3.6.21\\)"):
        patches.apply_all()
    assert applied == []


def test_coach_no_patches_applies_nothing_and_says_so(monkeypatch):
    monkeypatch.setenv(base.DISABLE_ENV, "1")
    monkeypatch.setattr(patches, "_applied", [])
    calls = []
    monkeypatch.setattr(patches, "PATCHES", [base.Patch("p", "x", "y", {"rasa": "0"}, apply=lambda: calls.append(1))])
    assert patches.apply_all() == "none applied (COACH_NO_PATCHES=1): Rasa and its libraries run as they ship"
    assert calls == [] and patches.applied() == []


def test_apply_all_applies_the_needed_patches_once(monkeypatch):
    monkeypatch.delenv(base.DISABLE_ENV, raising=False)
    monkeypatch.setattr(patches, "_applied", [])
    calls = []
    monkeypatch.setattr(patches, "PATCHES", [
        base.Patch("a", "x", "y", {}, apply=lambda: calls.append("a")),
        base.Patch("b", "x", "y", {}, apply=lambda: calls.append("b"), needed=lambda: False),
        base.Patch("c", "x", "y", {}, apply=lambda: calls.append("c")),
    ])
    assert patches.apply_all().startswith("applied a, c (runtime/patches/")
    patches.apply_all()
    assert calls == ["a", "c"] and patches.applied() == ["a", "c"]


def test_replacements_are_recorded_and_undone():
    class Upstream:
        def method(self):
            return "upstream"

    base.replace(Upstream, "method", lambda self: "patched")
    assert Upstream().method() == "patched" and base.is_replaced(Upstream, "method")
    assert base.original(Upstream, "method")(Upstream()) == "upstream"
    base.restore_all()
    assert Upstream().method() == "upstream" and not base.is_replaced(Upstream, "method")


def test_only_processes_that_serve_a_model_are_patched(monkeypatch):
    calls = []
    monkeypatch.setattr(sys, "argv", list(sys.argv))  # launch.main sets it for Rasa
    monkeypatch.setattr(patches, "apply_all", lambda: calls.append(1) or "applied")
    monkeypatch.setattr(launch.tensorflow_standin, "decide", lambda model: (False, "TensorFlow loaded"))
    monkeypatch.setattr("rasa.__main__.main", lambda: None)
    for args, patched in ((["run", "actions"], False), (["train"], False), (["data", "validate"], False),
                          (["run"], True), (["shell"], True), (["test", "core"], True)):
        calls.clear()
        launch.main(args)
        assert bool(calls) is patched, args
