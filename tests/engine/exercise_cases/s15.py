"""Wrong answers to notebook 15's exercise."""

from dockerlab.exercises.s15 import _automated

# the whole project, up and holding the note, but never taken down and up again
_NOT_RECREATED = _automated().split("# new containers", 1)[0]

WRONG = {
    "15.1": (_NOT_RECREATED, "docker compose down, then docker compose up -d"),
}
