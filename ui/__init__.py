"""The Qt window of Kaidan (PySide6 only lives here, never in core/)."""
