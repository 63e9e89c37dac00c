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

from .console import Console, console, console_widget
from .dashboard import Dashboard, dashboard, dashboard_widget
from .images import ImageBrowser, image_browser, images_widget
from .inspect import InspectTree, inspect_widget
from .logs import LogViewer, logs_widget
from .pull import PullProgress, pull, pull_widget
from .top import TopViewer, top_widget

__all__ = [
    "Console",
    "Dashboard",
    "ImageBrowser",
    "InspectTree",
    "LogViewer",
    "PullProgress",
    "TopViewer",
    "console",
    "console_widget",
    "dashboard",
    "dashboard_widget",
    "image_browser",
    "images_widget",
    "inspect_widget",
    "logs_widget",
    "pull",
    "pull_widget",
    "top_widget",
]
