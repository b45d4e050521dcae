"""Actors: the registry of names an article's actors are found by (``registry``) and the resolution
of every actor mention of an article body (``resolver``)."""
from tidings.records import ARMED_SECTORS

from .registry import ActorRegistry, builtin, make_actor
from .resolver import resolve

__all__ = ["ARMED_SECTORS", "ActorRegistry", "builtin", "make_actor", "resolve"]
