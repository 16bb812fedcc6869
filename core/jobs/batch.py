"""A queued article, and a batch of analysed articles written inside the writer's transaction."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.analysis import DETECTOR_VERSION
from core.clock import now
from core.import_analysis import Analysis, row_values
from core.meetings.store_plan import store_meetings
from core.store.articles import insert_article
from core.store.claims import CANDIDATE_COLUMNS
from core.store.furniture import count_lines, count_site_pairs
from core.store.mentions import DETECTED_COLUMNS
from core.store.rows import article_rows, insert_values


@dataclass
class Pending:
    article: object
    candidates: set
    # an Analysis (cleaned and analysed here), or its Share of a chunk sent to a worker (core.pool_chunks.Chunks),
    # which cleans and analyses it (core.import_cleaning.Cleaned), to be settled here in the order read
    result: object
    file: int  # the index of the file it was read from
    site: str | None = None  # the outlet the page comes from, when known
    left_out: frozenset = frozenset()  # keys of the lines its cleaning left out of the body
    digest: str = ""  # the article's content hash
    common: frozenset = frozenset()  # the furniture lines it was sent to a worker with
    seen: dict = field(default_factory=dict)  # on how many earlier pages each of its candidates was seen
    twins: list = field(default_factory=list)  # sources of the same content read while it was unsettled



def write_batch(db, pairs: list[tuple[Pending, Analysis]]) -> list[tuple[Pending, int, bool]]:
    """Save analysed articles with their annotations and their pages' line counts (inside the caller's transaction).

    Each article is one row (its detector version in it) and its search index row; the mentions, claim
    candidates and line counts of all of them follow, one statement per table. Returns (item, id, created).
    """
    stored, mentions, claims, lines, site_lines = [], [], [], [], []
    settled = False  # whether this transaction dropped the proposed meetings no article speaks of
    for item, analysis in pairs:
        article = item.article
        article_id, created = insert_article(db, article, analysis.index, item.digest, DETECTOR_VERSION)
        stored.append((item, article_id, created))
        if not created:  # known content: nothing of it to keep or replace
            continue
        body, stamp = article.body, now()
        lines.extend(item.candidates)
        if item.site:
            site_lines.extend((item.site, key) for key in item.left_out)
        mention_values, claim_values = row_values(body, analysis)
        mentions.extend(article_rows(article_id, mention_values, stamp))
        claims.extend(article_rows(article_id, claim_values, stamp))
        # once this transaction dropped the proposed meetings no article speaks of (a read of them all, which
        # grows with the library), a new article without proposals or links has no meeting to store or drop
        if not settled or analysis.plan.proposals or analysis.plan.links:
            store_meetings(db, article_id, body, analysis.plan)
            settled = True
    count_lines(db, lines)
    count_site_pairs(db, site_lines)
    insert_values(db, "mentions", DETECTED_COLUMNS, mentions)
    insert_values(db, "claims", CANDIDATE_COLUMNS, claims)
    return stored

