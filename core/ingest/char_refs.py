"""Character references a page writes for characters no XML document may hold.

A page that writes a control character as a reference (&#7; &#x1b; &#1;) asks
the parser for a character that lxml keeps in the tree but the text extractor
cannot serialise, so the whole page read as empty. The same page with the raw
control bytes parses with them left out; the references are read the same way.
"""

from __future__ import annotations

import re

# C0 controls other than tab, line feed and carriage return, and NUL: the characters XML 1.0 forbids
# below U+0020, written in decimal or hexadecimal (leading zeros allowed), the closing ; optional as in HTML.
_CONTROL_REFERENCE = re.compile(
    r"&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01])|[xX]0*(?:[0-8]|[bBcCeEfF]|1[0-9a-fA-F]))(?![0-9a-fA-F]);?")


def without_control_references(html: str) -> str:
    """The page with its references to forbidden control characters left out; any other page as it came."""
    if "&#" not in html:
        return html
    return _CONTROL_REFERENCE.sub("", html)
