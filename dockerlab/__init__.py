"""dockerlab: the docker CLI's tables as pandas frames, and a course kit that works offline.

>>> import dockerlab as dl
>>> sorted(dl.__all__) == dl.__all__
True

Every listing is a :class:`CliFrame`: it displays exactly as the docker CLI prints, headed by the
command line it stands for, and is a DataFrame with typed columns to analyse.
"""

import logging as _logging

from . import kit
from ._version import __version__
from .client import connect, default_client
from .clihelp import cli_help, management_commands
from .commands import diff, history, images, ps, top
from .coursemap import course_map
from .disk_usage import system_df
from .doctor import doctor
from .documents import Document
from .errors import (
    AmbiguousName,
    BusyboxNotFound,
    ContainerNotFound,
    ContainerNotRunning,
    DockerlabError,
    EngineError,
    EngineUnavailable,
    ImageNotFound,
    InvalidArgument,
    InvalidReference,
    KitError,
    NotFound,
    PortInUse,
    RegistryUnavailable,
)
from .exercises import check, progress, solution
from .i18n import language, set_language
from .logs import logs
from .networks import networks
from .notebook import CommandFailed, begin, finish, reset
from .notebook import load_ipython_extension as load_ipython_extension  # %load_ext dockerlab
from .search import search
from .stats import stats
from .system import image_store, info, inspect, version
from .table import CliFrame, CliView
from .volumes import volumes

# the names of earlier versions, kept working (not in __all__)
from .widgets import console as console
from .widgets import (
    console_widget,
    dashboard_widget,
    images_widget,
    inspect_widget,
    logs_widget,
    pull_widget,
    top_widget,
)
from .widgets import dashboard as dashboard
from .widgets import image_browser as image_browser
from .widgets import pull as pull

# A library logs; the application decides where to (the `dockerlab` command: -v). Without this,
# Python prints a tolerated warning on stderr, into the learner's notebook.
_logging.getLogger("dockerlab").addHandler(_logging.NullHandler())

__all__ = [
    "AmbiguousName",
    "BusyboxNotFound",
    "CliFrame",
    "CliView",
    "CommandFailed",
    "ContainerNotFound",
    "ContainerNotRunning",
    "DockerlabError",
    "Document",
    "EngineError",
    "EngineUnavailable",
    "ImageNotFound",
    "InvalidArgument",
    "InvalidReference",
    "KitError",
    "NotFound",
    "PortInUse",
    "RegistryUnavailable",
    "__version__",
    "begin",
    "check",
    "cli_help",
    "connect",
    "console_widget",
    "course_map",
    "dashboard_widget",
    "default_client",
    "diff",
    "doctor",
    "finish",
    "history",
    "image_store",
    "images",
    "images_widget",
    "info",
    "inspect",
    "inspect_widget",
    "kit",
    "language",
    "logs",
    "logs_widget",
    "management_commands",
    "networks",
    "progress",
    "ps",
    "pull_widget",
    "reset",
    "search",
    "set_language",
    "solution",
    "stats",
    "system_df",
    "top",
    "top_widget",
    "version",
    "volumes",
]
