"""Read YAML data files with libyaml's C parser when it is installed (5x faster on a big
gazetteer), the pure-Python safe loader otherwise. Same results either way: both are safe loaders.

Big files read again and again (a newsroom gazetteer of thousands of places, named in the
config and read by every `check`) are also kept as JSON in a cache folder, keyed by the file's
path, size and modification time: a 2,700-place gazetteer loads in 10 ms instead of 160 ms,
which matters for a one-draft check that should answer in under a second. Only data that
survives the JSON round trip unchanged is cached; a cache that cannot be written or read is
skipped silently, since it only ever saves time."""
from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any, Union

import yaml

from checker.cache import cache_dir, digest, keep

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
CACHE_MIN_BYTES = 64 * 1024  # smaller files parse faster than a cache look-up pays back
_CACHE_VERSION = "1"


class SafeLoader(_Base):  # type: ignore[misc, valid-type]
    """The safe loader, refusing a key given twice in one mapping: YAML keeps the last silently,
    so a cue list added under a name already used (`part_clause:` twice in cues.yaml) would
    replace the first without a word."""


def _unique_mapping(loader: Any, node: yaml.MappingNode, deep: bool = False) -> Any:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue
        key = loader.construct_object(key_node, deep=True)
        try:
            first = seen.get(key)
        except TypeError:  # an unhashable key: the constructor below says so
            continue
        if first is not None:
            raise yaml.constructor.ConstructorError(
                "while reading a mapping", node.start_mark,
                f"key {key!r} is given twice (first on line {first + 1})", key_node.start_mark)
        seen[key] = key_node.start_mark.line
    return loader.construct_mapping(node, deep=deep)


SafeLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def load_yaml(stream: Union[str, IO]) -> Any:
    return yaml.load(stream, Loader=SafeLoader)


def load_yaml_file(path: Union[str, Path], cache: bool = False) -> Any:
    """A YAML file's data, from the JSON cache when the file has not changed since it was made.

    Files under CACHE_MIN_BYTES are parsed directly unless `cache` asks for the cache anyway
    (a file every check reads, such as the shipped gazetteer). Raises OSError and
    yaml.YAMLError as reading the file itself would."""
    path = Path(path)
    stat = path.stat()
    if stat.st_size < CACHE_MIN_BYTES and not cache:
        with open(path, encoding="utf-8") as fh:
            return load_yaml(fh)
    key = f"{_CACHE_VERSION}|{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{yaml.__version__}"
    cached = cache_dir() / f"yaml-{digest(key)}.json"
    try:
        return json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    with open(path, encoding="utf-8") as fh:
        data = load_yaml(fh)
    _write_cache(cached, data)
    return data


def _write_cache(cached: Path, data: Any) -> None:
    try:
        text = json.dumps(data, ensure_ascii=False)
        if json.loads(text) != data:  # dates, tuples, non-string keys: not worth a cache
            return
        keep(cached, text.encode("utf-8"))
    except (OSError, TypeError, ValueError):
        pass
