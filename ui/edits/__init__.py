"""User edits on the undo stack."""
