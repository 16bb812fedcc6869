"""One import's queue: articles cleaned in order, analysed (in workers when worth it), stored in batches."""

from __future__ import annotations

from collections import Counter, deque
from itertools import chain, islice
from typing import Callable

from core.analysis_limit import too_long_note
from core.cleaning.apply import DUMP_FORMATS, apply_cleaning
from core.cleaning.lines import furniture_candidates
from core.cleaning.sites import clean_for_site, repeats_kept
from core.import_analysis import Analysis, analyse, warm
from core.import_cleaning import clean_and_work_many
from core.jobs.batch import Pending, write_batch
from core.jobs.summary import NO_TEXT, ImportSummary
from core.learning import library_tagger
from core.meetings.country_of import country_lookup
from core.parallel import MIN_PARALLEL, Detector
from core.pool_chunks import Chunks
from core.progress import Cancelled, FileProgress
from core.store import atomic
from core.store.articles import has_hash, overrides_for
from core.store.errors import WriteRefused
from core.store.furniture import MIN_PAGES, line_counts, site_line_counts

# Articles stored per transaction: short enough that the window and other writers barely wait
# (a few tens of milliseconds), long enough that committing costs little per article.
BATCH = 32
# Batches queued (read, being analysed) ahead of the one stored next when workers analyse: enough to
# keep every core busy, few enough to bound memory.
QUEUED_BATCHES = 4


class _Run:
    """One import: articles cleaned in order, analysed (in workers when worth it), stored in batches."""

    def __init__(self, db, detector: Detector, summary: ImportSummary, on_article, files: FileProgress,
                 start_pool: Callable) -> None:
        self.db, self.detector, self.summary, self.on_article = db, detector, summary, on_article
        self.files = files
        self.start_pool = start_pool  # the caller's (core.jobs): an import without workers replaces it there
        self.pool = None
        self.pool_tried = False
        self.country_of = None  # the lookup every meeting plan from a worker is given (one per run)
        self.queue: deque[Pending] = deque()
        self.chunks: Chunks | None = None  # articles sent to the workers, a chunk a task (when there are workers)
        self.hashes: set[str] = set()
        self.lines: Counter = Counter()  # furniture lines of queued, not yet stored pages
        self.site_lines: Counter = Counter()  # (site, line key) left out by queued, not yet stored pages

    def add(self, article) -> None:
        """Clean one read article and analyse it, or send it to a worker to be, unless its content is known."""
        digest = article.content_hash  # hashed once here: the text is read line by line for it
        if digest in self.hashes or has_hash(self.db, digest):
            twin = next((item for item in self.queue  # read while its first copy is still in a worker
                         if item.digest == digest and not isinstance(item.result, Analysis)), None)
            (twin.twins if twin is not None else self.summary.duplicates).append(article.source)
            return
        candidates, common, seen = self._common(article, digest)
        if self.chunks is not None:  # cleaned and analysed by a worker, settled when stored (_settle)
            item = Pending(article, candidates, self.chunks.add((article, common)), self.files.current,
                            digest=digest, common=common, seen=seen)
        else:
            site, dropped = self._clean(article, common)
            if not article.paragraphs:
                self.summary.failed.append((article.source, NO_TEXT))
                return
            item = Pending(article, candidates, self._analyse(article), self.files.current, site, dropped, digest)
            self.site_lines.update((site, key) for key in dropped)
        self.queue.append(item)
        self.hashes.add(digest)
        self.lines.update(candidates)
        self.flush()

    def _analyse(self, article) -> Analysis:
        """An article cleaned here analysed here."""
        if self.detector.tagger is None:  # workers load their own: this process only when it detects
            self.detector.tagger = library_tagger(self.db)
        published = article.published or article.published_inferred  # an undated page: the day its text gives
        return analyse(article.title, article.body, published, article.dateline, self.detector)

    def want_pool(self) -> None:
        """Start the worker pool once an import proves large enough."""
        if not self.pool_tried:
            self.pool_tried = True
            self.pool = self.start_pool(self.detector, MIN_PARALLEL, warm)
            if self.pool is not None:
                self.chunks = Chunks(self.pool, clean_and_work_many)

    def flush(self, everything: bool = False, cancelled: Cancelled | None = None) -> None:
        """Store the oldest queued articles, a batch per transaction, as soon as a batch is analysed."""
        limit = BATCH if self.pool is None else BATCH * QUEUED_BATCHES
        while self.queue:
            if cancelled and cancelled():
                self.summary.cancelled = True
                return
            ready = self._ready()
            if ready < BATCH and len(self.queue) < limit and not everything:
                return
            if self.chunks is not None:  # the batch stored next waits for its articles: each must be on its way
                self.chunks.send()
            self._store([self.queue.popleft() for _ in range(min(BATCH, len(self.queue)))])

    def _ready(self) -> int:
        """How many articles at the head of the queue are analysed (at most a batch)."""
        ready = 0
        for item in self.queue:
            if ready >= BATCH or not (isinstance(item.result, Analysis) or item.result.done()):
                break
            ready += 1
        return ready

    def _store(self, items: list[Pending]) -> None:
        pairs = []
        for position, item in enumerate(items):  # settled in the order read: each counts for those after it
            analysis = self._settle(item, chain(islice(items, position + 1, None), self.queue))
            if analysis is not None:
                pairs.append((item, analysis))
        try:
            if pairs:
                self._commit(pairs)
        except WriteRefused:
            if len(pairs) == 1:
                raise
            for position, pair in enumerate(pairs):  # store what still fits, one article per transaction, up to
                self._commit([pair])                   # the refusal, each file counted once its articles are in
                self.files.report(pairs[position + 1][0].file if position + 1 < len(pairs) else self._oldest())
        self.files.report(self._oldest())

    def _oldest(self) -> int:
        """The file of the oldest article still queued: every file before it is stored."""
        return self.queue[0].file if self.queue else self.files.current

    def _settle(self, item: Pending, later) -> Analysis | None:
        """A queued article's analysis, its page cleaned as it would have been here; None: it has no text.

        A worker cleaned the page with the furniture lines known when it was read, its outlet's lines aside.
        Those are counted now, every page read before it settled: where they would change its cleaning (a line
        the outlet left out of earlier pages kept in its body), where a page read before it turned out empty
        (and so not counted), where it has no text or where its worker failed, it is cleaned and analysed here
        as add does.
        """
        if isinstance(item.result, Analysis):
            return item.result
        page, article = _worker_result(item.result), item.article
        common = frozenset(line for line, pages in item.seen.items() if pages >= MIN_PAGES)
        if (page is not None and common == item.common and page.analysis is not None
                and not (page.site and repeats_kept(page.keys, self._site_counts(page.site, page.keys), page.dropped))):
            page.apply(article)
            item.site, item.left_out, analysis = page.site, frozenset(page.dropped), self._attach(page.analysis)
        else:
            item.site, item.left_out = self._clean(article, common)
            analysis = self._analyse(article) if article.paragraphs else None
        if analysis is None:
            self._unqueue(item, later)
            return None
        self.site_lines.update((item.site, key) for key in item.left_out)
        self.summary.duplicates.extend(item.twins)
        item.result, item.seen = analysis, {}  # settled
        return analysis

    def _unqueue(self, item: Pending, later) -> None:
        """Account for a page found to have no text after pages read later were queued: those saw it counted."""
        self.summary.failed.extend((source, NO_TEXT) for source in [item.article.source, *item.twins])
        self.hashes.discard(item.digest)
        _uncount(self.lines, item.candidates)
        for other in later:
            for line in item.candidates & other.seen.keys():
                other.seen[line] -= 1

    def _commit(self, pairs: list) -> None:
        """Write analysed articles in one transaction, then account for them."""
        with atomic(self.db):
            stored = write_batch(self.db, pairs)
        for item, article_id, created in stored:
            self.hashes.discard(item.digest)
            _uncount(self.lines, item.candidates)
            _uncount(self.site_lines, [(item.site, key) for key in item.left_out])
            if created:
                self.summary.imported.append((item.article.source, article_id))
                note = too_long_note(item.article.body)
                if note:
                    self.summary.partly_analysed.append((item.article.source, note))
                if self.on_article:
                    self.on_article(article_id)
            else:
                self.summary.duplicates.append(item.article.source)

    def _attach(self, analysis: Analysis) -> Analysis:
        """A worker's result made whole again: the meeting plan's country lookup is a closure."""
        if self.country_of is None:
            self.country_of = country_lookup(self.detector.registry)
        analysis.plan.country_of = self.country_of
        return analysis

    def _common(self, article, digest: str) -> tuple[set[str], frozenset[str], dict[str, int]]:
        """What cleaning a page reads of the library when it is read: the user's fixes (set on article), then
        its candidate furniture lines, those of them seen on MIN_PAGES pages and on how many each was seen.

        Lines of pages queued but not yet stored count as if stored, as they will be.
        """
        article.overrides = overrides_for(self.db, digest)
        if article.source_format not in DUMP_FORMATS:
            return set(), frozenset(), {}
        candidates = furniture_candidates(article.raw)
        counts = line_counts(self.db, candidates)
        seen = {line: counts.get(line, 0) + self.lines.get(line, 0) for line in candidates}
        return candidates, frozenset(line for line, pages in seen.items() if pages >= MIN_PAGES), seen

    def _clean(self, article, common: frozenset[str]) -> tuple[str | None, frozenset[int]]:
        """Clean with what the library knows: the user's fixes, furniture lines, the outlet's own lines.

        Returns the page's site and the keys of the lines its cleaning left out, to be counted once it is stored.
        """
        if article.source_format not in DUMP_FORMATS:
            if article.overrides:
                apply_cleaning(article)
            return None, frozenset()
        site, dropped = clean_for_site(article, common, self._site_counts)
        if not article.paragraphs and (common or dropped):
            # Furniture surrounds a text: lines of other pages that leave nothing are the text itself, seen
            # before (a list of short lines the outlet published again), so the page keeps what it says.
            site, dropped = clean_for_site(article, frozenset(), _nothing_repeated)
        return site, frozenset(dropped)

    def _site_counts(self, site: str, keys: dict[int, str]) -> dict[int, int]:
        """Stored and queued pages of site that left out each of keys."""
        stored = site_line_counts(self.db, site, keys)
        return {key: stored.get(key, 0) + self.site_lines.get((site, key), 0) for key in keys}

    def close(self) -> None:
        """Stop the workers; queued articles not stored are left for the next import."""
        self.queue.clear()
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)



def _worker_result(share):
    """A worker's page (core.import_cleaning.Cleaned), None when its chunk failed (a worker killed or in error):
    then the writer cleans and analyses the page itself."""
    try:
        return share.result()
    except Exception:  # whatever went wrong there, the page is done here as without workers
        return None


def _nothing_repeated(_site: str, keys: dict[int, str]) -> dict[int, int]:
    """Site line counts as if the site's other pages left out none of keys."""
    return dict.fromkeys(keys, 0)


def _uncount(counter: Counter, keys) -> None:
    """Take one off each key's count, forgetting keys at zero: a long import's unique lines would pile up."""
    for key in keys:
        left = counter[key] - 1
        if left > 0:
            counter[key] = left
        else:
            del counter[key]

