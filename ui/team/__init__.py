"""Team work in the window: merging libraries, the agreement table, the curation view."""
