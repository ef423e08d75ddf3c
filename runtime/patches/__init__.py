"""Every patch of third-party code, in one list, applied by `runtime.launch` and nowhere else.

    PATCHES                    applied in this order by apply_all()
    skops_estimators           skops 0.9.0 / scikit-learn 1.1.3: skops' import without the crawl of
                               all of scikit-learn (before anything imports skops)
    tensorflow_model_guard     Rasa 3.6.21: a server without TensorFlow refuses a model that needs it
                               (only when runtime/tensorflow_standin.py is installed)
    action_result_validator    Rasa 3.6.21 / jsonschema 4.17.3: one validator for action-server replies
    action_server_faults       Rasa 3.6.21: a Danish apology (BotUttered, recorded in the tracker)
                               when the action server is down or slower than COACH_ACTION_TIMEOUT

Where they run. All four change what the *Rasa server* does (the process that loads the model and
calls the action server), so `runtime.launch` applies them only for the commands that serve a
model: `run` (not `run actions`), `shell` and `test core`. Every way this project starts a Rasa
server goes through it (scripts/run.sh, scripts/run_scaled.sh, the Makefile, the tests, bench/).
The action server (`rasa run actions`) needs none of them: it runs rasa_sdk, which none patches.
`rasa train`, `rasa data validate` and a plain `rasa run` import nothing from here and run Rasa
exactly as it ships (a plain `rasa run` then has no timeout or apology for a failed action server,
which is what the bench's "plain rasa" measures). The custom NLU components in components/ and
the channels in channels/ are Rasa extension points, loaded by Rasa itself; they are not patches.
channels/webchat.py's socket.io fixes live in its channel subclass, checked by the same version
guard (`check_versions(WEBCHAT_FIXES)`, when Rasa builds the channel).

Each patch (a module with a `PATCH`):
- names the versions it was written for; `apply_all` refuses any other installed version with a
  `PatchVersionMismatch` naming the patch, the package and both versions (runtime/patches/base.py);
- is skipped, with all the others, when COACH_NO_PATCHES=1 (the log says so);
- has a canary test in tests/runtime/ that fails once upstream no longer has the behaviour the
  patch fixes: then the patch can go.
"""

from __future__ import annotations

import logging
from typing import List

from runtime.patches import action_result_validator, action_server_faults, skops_estimators, tensorflow_model_guard
from runtime.patches.base import DISABLE_ENV, Patch, PatchVersionMismatch, check_versions, patches_disabled

logger = logging.getLogger(__name__)

PATCHES: List[Patch] = [
    skops_estimators.PATCH,
    tensorflow_model_guard.PATCH,
    action_result_validator.PATCH,
    action_server_faults.PATCH,
]

# Not a patch (a channel subclass Rasa loads from credentials.yml), but written for these versions.
WEBCHAT_FIXES = Patch(
    name="webchat_socketio_fixes",
    fixes="Rasa's socket.io channel does not await python-socketio 5.10+'s enter_room, and its "
          "send_custom_json only sends {'data': ...} payloads",
    where="Rasa server, in channels/webchat.py",
    written_for={"rasa": "3.6.21", "python-socketio": "5.18.1"},
    apply=lambda: None,
)

__all__ = ["DISABLE_ENV", "PATCHES", "Patch", "PatchVersionMismatch", "WEBCHAT_FIXES", "apply_all", "check_versions"]

_applied: List[str] = []


def apply_all() -> str:
    """Check every needed patch's versions, then apply them in order; returns a line for the log.

    Raises PatchVersionMismatch (before patching anything) when a patched package has another
    version than its patch was written for. Applying twice applies nothing more."""
    if patches_disabled():
        return f"none applied ({DISABLE_ENV}=1): Rasa and its libraries run as they ship"
    if not _applied:
        needed = [patch for patch in PATCHES if patch.needed()]
        for patch in needed:
            check_versions(patch)
        for patch in needed:
            patch.apply()
            _applied.append(patch.name)
    return f"applied {', '.join(_applied) or 'none'} (runtime/patches/; {DISABLE_ENV}=1 skips them)"


def applied() -> List[str]:
    """The names of the patches applied in this process."""
    return list(_applied)
