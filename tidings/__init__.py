"""Tidings: news articles in, a sourced database of political events out."""

__version__ = "0.1.0"
