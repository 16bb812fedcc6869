"""What a meeting card lists besides the record: mentioning articles, claims about it, its links."""

from __future__ import annotations

from core.model import MeetingMention
from core.store.articles import get_article
from core.store.claim_queries import ClaimFilter, claim_rows
from core.store.meetings import links_of, meeting_mentions_for

EXCERPT = 22  # characters of context either side of a mention


def mention_rows(db, item: dict) -> list[dict]:
    """The meeting's mentions with their article's title and a short excerpt, in article order."""
    out, articles = [], {}
    for mention in item["mentions"]:
        article_id = mention["article_id"]
        if article_id not in articles:
            articles[article_id] = get_article(db, article_id)
        article = articles[article_id]
        body = article.body if article else ""
        start, end = mention["start"], mention["end"]
        before = body[max(0, start - EXCERPT):start].split("\n")[-1]
        after = body[end:end + EXCERPT].split("\n")[0]
        out.append({
            "article_id": article_id, "start": start, "end": end,
            "title": (article.title if article else None) or f"Article {article_id}",
            "outlet": (article.outlet if article else None) or "",
            "published": ((article.published if article else None) or "")[:10],
            "before": before, "text": body[start:end], "after": after,
        })
    return out


def claims_about(db, registry, meeting_id: int) -> list[dict]:
    """Accepted claims whose target is this meeting."""
    rows = claim_rows(db, registry, ClaimFilter(target=str(meeting_id)))
    return [r for r in rows if r.get("target_kind") == "meeting" and r.get("target_ref") == str(meeting_id)]


def link_rows(db, meeting_id: int, labels: dict[int, str]) -> list[dict]:
    """The meeting's links seen from it: the other meeting, the direction, and the rest of the row."""
    out = []
    for link in links_of(db, meeting_id):
        outgoing = link.from_id == meeting_id
        other = link.to_id if outgoing else link.from_id
        out.append({**link.to_dict(), "outgoing": outgoing, "other": other,
                    "other_label": labels.get(other, f"meeting {other}")})
    return out


def mention_at(db, article_id: int, offset: int) -> MeetingMention | None:
    """The (not rejected) meeting mention covering a body offset, the shortest first."""
    found = [m for m in meeting_mentions_for(db, article_id) if m.start <= offset < m.end]
    return min(found, key=lambda m: m.end - m.start) if found else None
