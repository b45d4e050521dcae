"""Build the virtual environment from the locks: `python tools/install.py VENV`.

1. Create VENV with the running Python.
2. Bring it to the installer pinned in installer.lock (by version and sha256).
3. Install requirements.lock with that installer, every package by version and hash.
4. Install Tidings itself on top, editable, without dependencies.

pip's output goes to VENV/install.log. On failure the last step's errors are printed; when the
package index could not be reached, one line says so instead of a resolver trace.
Standard library only: it runs before anything is installed.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What pip concludes when it could read no release of a requirement: a missing release, or an
# index that cannot be reached (pip itself does not always say which).
NOT_FOUND = re.compile(r"Could not find a version that satisfies|No matching distribution found")


def index_url() -> str:
    """The index pip will ask, as its configuration names it (for the error message)."""
    found = os.environ.get("PIP_INDEX_URL")
    if not found:
        asked = subprocess.run([sys.executable, "-m", "pip", "config", "get", "global.index-url"],
                               capture_output=True, text=True)
        found = asked.stdout.strip() if asked.returncode == 0 else ""
    return found or "https://pypi.org/simple"


def unreachable(url: str) -> str | None:
    """Why the index at url cannot be read, or None when it answers."""
    try:
        with urllib.request.urlopen(url.rstrip("/") + "/pip/", timeout=20):
            return None
    except urllib.error.HTTPError:
        return None  # it answered
    except (OSError, ValueError) as error:
        return str(getattr(error, "reason", error))


def pip(venv_dir: Path, log: Path, *args: str) -> None:
    """Run the venv's pip, appending its output to the log; exit with a clear line on failure."""
    command = [str(venv_dir / "bin" / "python"), "-m", "pip", "install", "--disable-pip-version-check", *args]
    with log.open("a", encoding="utf-8") as out:
        out.write(f"$ {' '.join(command)}\n")
        out.flush()
        done = subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
    if done.returncode == 0:
        return
    text = log.read_text("utf-8", errors="replace")
    url = index_url()
    if NOT_FOUND.search(text) and (problem := unreachable(url)):
        sys.exit(f"make install: cannot reach the package index {url} ({problem}); check the network or proxy, "
                 f"or set PIP_INDEX_URL to a mirror, and run it again. pip's output: {log}")
    errors = [line for line in text.splitlines() if line.startswith("ERROR")]
    sys.exit("\n".join([*errors[-5:], f"make install: pip failed (exit {done.returncode}); "
                                      f"its whole output is in {log}"]))


def main(venv_dir: Path) -> None:
    venv.EnvBuilder(with_pip=True, clear=True).create(venv_dir)
    log = venv_dir / "install.log"
    pip(venv_dir, log, "--require-hashes", "--no-deps", "-r", str(ROOT / "installer.lock"))
    pip(venv_dir, log, "--require-hashes", "-r", str(ROOT / "requirements.lock"))
    pip(venv_dir, log, "--no-deps", "--no-build-isolation", "-e", str(ROOT))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tools/install.py VENV")
    main(Path(sys.argv[1]).resolve())
