"""Read YAML data files with libyaml's C parser when it is installed (5x faster on a big
gazetteer), the pure-Python safe loader otherwise. Same results either way: both are safe loaders."""
from __future__ import annotations

from typing import IO, Any, Union

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(stream: Union[str, IO]) -> Any:
    return yaml.load(stream, Loader=SafeLoader)
