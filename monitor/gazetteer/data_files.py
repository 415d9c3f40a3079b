"""The data files shipped in the packages' ``data`` folders, read without `importlib.resources`
where the package is installed as files (as pip and the editable install leave it): that
module and the readers it loads (zipfile among them) cost ~0.01 s of every start-up, and the
extractor's start-up reads several data files. A package installed otherwise (a zip) is
read through `importlib.resources`, as before."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path


def data_bytes(package: str, name: str) -> bytes:
    """The bytes of ``data/<name>`` in ``package``."""
    module = sys.modules.get(package) or importlib.import_module(package)
    folder = getattr(module, "__file__", None)
    if folder:
        try:
            return (Path(folder).parent / "data" / name).read_bytes()
        except OSError:
            pass  # not a file beside the module: let importlib.resources find it (or say why not)
    from importlib import resources

    return resources.files(package).joinpath("data", name).read_bytes()


def data_text(package: str, name: str) -> str:
    """``data/<name>`` in ``package`` as UTF-8 text, its line ends made "\\n" (as a file read as text)."""
    return data_bytes(package, name).decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
