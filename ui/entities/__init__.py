"""Entities in the window: marks in the reader, the panel, the registry."""
