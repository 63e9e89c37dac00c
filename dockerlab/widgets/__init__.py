"""ipywidgets for the course: a dashboard, live ``top`` and logs, an inspect tree, an image
browser, ``pull`` with progress, and a real console.

Every factory is named after the docker command it shows, plus ``_widget``: ``logs_widget``,
``top_widget``, ``inspect_widget``, ``images_widget``, ``pull_widget``, ``console_widget``
(``docker attach``/``exec -it``) and ``dashboard_widget``; the names of earlier versions
(``console``, ``dashboard``, ``image_browser``, ``pull``) stay as aliases.

Each widget shows the ``docker`` command it stands for and exposes the data it shows
(``.frame``, ``.lines``, ``.transcript``...) so that notebooks can check it. The threaded ones
share :class:`~dockerlab.widgets._base.LiveWidget`: ``stop(timeout) -> bool`` ends their threads
and sockets and leaves the last view on screen, ``close()`` also removes the view, ``with``
stops them at the end of the block; an error shows in the widget, and when the Engine goes
away they wait for it and recover.
"""

from .console import Console, console_widget
from .console import console as console  # the earlier names, kept working
from .dashboard import Dashboard, dashboard_widget
from .dashboard import dashboard as dashboard
from .images import ImageBrowser, images_widget
from .images import image_browser as image_browser
from .inspect import InspectTree, inspect_widget
from .logs import LogViewer, logs_widget
from .pull import PullProgress, pull_widget
from .pull import pull as pull
from .top import TopViewer, top_widget

__all__ = [
    "Console",
    "Dashboard",
    "ImageBrowser",
    "InspectTree",
    "LogViewer",
    "PullProgress",
    "TopViewer",
    "console_widget",
    "dashboard_widget",
    "images_widget",
    "inspect_widget",
    "logs_widget",
    "pull_widget",
    "top_widget",
]
