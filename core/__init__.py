"""Kaidan core: everything before the window, free of Qt."""

__version__ = "0.1.0"
