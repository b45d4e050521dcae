"""The web dashboard (`tidings serve`): pages and a JSON API over a store opened read-only."""
from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
