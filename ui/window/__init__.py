"""The library window: its frame, menus, docks, shortcuts and help."""
