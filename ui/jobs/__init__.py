"""Long jobs in the window: import, analysis, export, and the workers that run them."""
