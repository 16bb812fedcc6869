"""Meetings: one record per meeting across articles, and the links between meetings."""
