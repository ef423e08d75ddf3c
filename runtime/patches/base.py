"""What every patch of third-party code has: the versions it was written for, and a record of
what it replaced.

A patch names the distributions it patches and the exact versions it was written (and its canary
test checked) against. `check_versions` refuses any other installed version with a
`PatchVersionMismatch` that names the patch, the package, the version found and the version
expected: on an upgrade someone must re-run the canary tests (tests/runtime/) and either drop the
patch (its canary says upstream fixed it) or re-check it and move its pin.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any, Callable, Dict, List, Tuple

logger = logging.getLogger(__name__)

DISABLE_ENV = "COACH_NO_PATCHES"


class PatchVersionMismatch(RuntimeError):
    """A patch was asked to patch a version of a package it was not written for."""


def patches_disabled() -> bool:
    """COACH_NO_PATCHES=1 (or true/yes): run the third-party code exactly as it ships."""
    return os.environ.get(DISABLE_ENV, "").strip().lower() in ("1", "true", "yes")


def installed_version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


@dataclass(frozen=True)
class Patch:
    """One patch: its name, why it exists, where it must run, the versions it was written for."""

    name: str
    fixes: str  # one line: what upstream does that this patch changes
    where: str  # which processes need it (the Rasa server, the action server, ...)
    written_for: Dict[str, str]  # distribution -> the exact version the patch and its canary were checked on
    apply: Callable[[], None] = field(repr=False)
    needed: Callable[[], bool] = field(default=lambda: True, repr=False)  # False: not needed in this process


def check_versions(patch: Patch, installed: Callable[[str], str | None] | None = None) -> None:
    """Raise PatchVersionMismatch unless every patched distribution has the version the patch expects."""
    installed = installed or installed_version
    wrong: List[str] = []
    for distribution, expected in patch.written_for.items():
        found = installed(distribution)
        if found != expected:
            wrong.append(f"{distribution} {found or 'not installed'} (written for {expected})")
    if wrong:
        raise PatchVersionMismatch(
            f"Patch '{patch.name}' refuses to patch {', '.join(wrong)}. Run the canary tests "
            f"(tests/runtime/): drop the patch if upstream fixed what it fixes ({patch.fixes}), "
            f"otherwise re-check it against the new version and update its written_for in runtime/patches/. "
            f"{DISABLE_ENV}=1 starts without any patch."
        )


_MISSING = object()
# (owner, attribute) -> what owner.__dict__ held before a patch replaced it (_MISSING: inherited).
_originals: Dict[Tuple[Any, str], Any] = {}


def replace(owner: Any, attribute: str, new: Any) -> None:
    """Set `owner.attribute = new`, remembering what was there so `restore_all` can undo it."""
    _originals.setdefault((owner, attribute), vars(owner).get(attribute, _MISSING))
    setattr(owner, attribute, new)


def original(owner: Any, attribute: str) -> Any:
    """`owner.attribute` as upstream ships it, whether or not a patch replaced it."""
    saved = _originals.get((owner, attribute), _MISSING)
    if saved is _MISSING:
        if (owner, attribute) in _originals:  # inherited: look it up past the patched class
            return getattr(super(owner, owner), attribute) if isinstance(owner, type) else None
        return getattr(owner, attribute)
    return saved.__get__(None, owner) if isinstance(owner, type) and hasattr(saved, "__get__") else saved


def is_replaced(owner: Any, attribute: str) -> bool:
    return (owner, attribute) in _originals


def restore_all() -> None:
    """Undo every replacement (for tests)."""
    for (owner, attribute), value in list(_originals.items()):
        if value is _MISSING:
            delattr(owner, attribute)
        else:
            setattr(owner, attribute, value)
    _originals.clear()
