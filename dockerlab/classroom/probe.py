"""What the instructor's view asks inside a learner's container, as one line of JSON::

    {"engine": "20.10.24", "containers": 3, "passed": {"07.1": true, "07.2": false, ...}}

``engine`` is null (and ``error`` says why) when the learner's engine does not answer.
Run as ``python -m dockerlab.classroom.probe`` (``docker exec`` from the hub's host).
"""

from __future__ import annotations

import json
import sys
from typing import Any

__all__ = ["main", "probe"]


def probe(client: Any = None) -> dict[str, Any]:
    """The learner's engine version, container count and every exercise's state."""
    from ..client import connect
    from ..errors import DockerlabError
    from ..exercises import progress

    try:
        client = client or connect()
        version = str(client.api.version().get("Version"))
        containers = len(client.api.containers(all=True))
        table = progress(client=client)
    except (DockerlabError, OSError) as exc:
        return {"engine": None, "error": str(exc).splitlines()[0], "passed": {}}
    passed = {str(k): bool(v) for k, v in zip(table.iloc[:, 1], table["passed"], strict=True)}
    return {"engine": version, "containers": containers, "passed": passed}


def main() -> int:
    print(json.dumps(probe(), sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
