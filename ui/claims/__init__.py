"""Claims in the window: marks, the editor, the panel and the browser."""
