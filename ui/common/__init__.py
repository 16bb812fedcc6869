"""Small widgets and helpers every feature of the window uses."""
