"""The article list and the reader: plain text, highlights, search hits, status."""
