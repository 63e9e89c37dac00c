"""Pure: Engine API JSON → :class:`~dockerlab.CliFrame`, one module per family of commands.

Each builder takes the JSON that one Engine call returned and the CLI's flags, and returns the
CLI's table plus typed columns. ``now`` (epoch seconds) is a parameter so that "2 minutes ago"
is testable without a daemon.
"""

from .containers import containers_frame, diff_frame, exit_code_of, top_frame
from .images import history_frame, image_rows, images_frame
from .logs import logs_frame
from .networks import networks_frame
from .search import catalog_frame, search_frame
from .stats import stats_frame, stats_row
from .volumes import volumes_frame

__all__ = [
    "catalog_frame",
    "containers_frame",
    "diff_frame",
    "exit_code_of",
    "history_frame",
    "image_rows",
    "images_frame",
    "logs_frame",
    "networks_frame",
    "search_frame",
    "stats_frame",
    "stats_row",
    "top_frame",
    "volumes_frame",
]
