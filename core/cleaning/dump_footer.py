"""What the lines under a dump's body and its first paragraph credit: the wire, the reporters, the dateline."""

from __future__ import annotations

from core.article import Article
from core.cleaning import bylines
from core.cleaning.agencies import AGENCIES, agency_name
from core.cleaning.datelines import find_dateline
from core.cleaning.lexicon import DOMAIN_LINE
from core.cleaning.lines import Line

def read_footer(footer: list[Line], labels: list[str], result: Article) -> None:
    """Wire credits, reporter lines and source references below the body."""
    content = [line for line in footer if line.kind != "blank"]
    for position, line in enumerate(content):
        text, index = line.stripped, line.number - 1
        agency = agency_name(text) or (_agency_in(text) if len(text) <= 30 else None)
        if agency and line.kind != "copyright":
            result.source_agency = result.source_agency or agency
            labels[index] = "meta"
        elif line.kind == "copyright":
            result.source_agency = result.source_agency or _agency_in(text)
        elif position < 2 and (names := _reporter_names(text)):
            result.authors.extend(n for n in names if n not in result.authors)
            labels[index] = "meta"
        elif text.startswith("Reference"):
            labels[index] = "meta"
            for after in content[position + 1 : position + 3]:
                labels[after.number - 1] = "meta"
                if DOMAIN_LINE.match(after.stripped):
                    result.source_agency = result.source_agency or after.stripped


def _reporter_names(text: str) -> list[str]:
    """The reporters a line under the body names: a dateline alone on it, else a byline."""
    dateline = find_dateline(text)
    if dateline and dateline.text.strip() == text:
        return dateline.authors
    return bylines.byline_names(text)


# Wire service names longer than two letters, longest first (AFP時事 before AFP).
_AGENCY_KEYS = tuple(k for k in sorted(AGENCIES, key=len, reverse=True) if len(k) > 2)


def _agency_in(text: str) -> str | None:
    """The wire service a line names anywhere in it."""
    lower = text.lower()
    for key in _AGENCY_KEYS:
        if key in lower:
            return AGENCIES[key]
    return None


def read_dateline(result: Article) -> None:
    """The dateline that opens the first paragraph (kept in the body verbatim)."""
    if not result.paragraphs:
        return
    found = find_dateline(result.paragraphs[0])
    if found is None:
        return
    result.dateline = found.text.strip()
    result.authors.extend(n for n in found.authors if n not in result.authors)
    if found.agency:
        result.source_agency = found.agency
