"""User edits on the undo stack: one command over core edits, and the library session that saves them."""
