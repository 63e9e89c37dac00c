"""ipywidgets for the course: a dashboard, live ``top`` and logs, an inspect tree, an image
browser, ``pull`` with progress, and a real console. Each shows the ``docker`` command it stands
for, exposes the data it shows (``.frame``, ``.lines``, ``.transcript``...) so that notebooks
can check it, updates from background threads by assigning widget values (never through an
Output widget). ``stop()`` ends a widget's threads and sockets and leaves its last view on
screen; ``close()`` does that and removes the view."""

from .console import Console, console
from .dashboard import Dashboard, dashboard
from .images import ImageBrowser, image_browser
from .inspect import InspectTree, inspect_widget
from .logs import LogViewer, logs_widget
from .pull import PullProgress, pull
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
    "dashboard",
    "image_browser",
    "inspect_widget",
    "logs_widget",
    "pull",
    "top_widget",
]
