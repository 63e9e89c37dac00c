"""The package's version, defined here only (pyproject.toml reads it from this file)."""

__version__ = "0.2.0"
