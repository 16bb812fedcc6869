"""Meetings in the window: mention marks, cards, the timeline and the meetings window."""
