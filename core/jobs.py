"""Long work as plain functions with progress and cancel; Qt (or the CLI) only carries them."""

from __future__ import annotations

from collections import Counter, deque
from itertools import chain, islice
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from core.analysis import DETECTOR_VERSION
from core.clock import now
from core.cleaning.apply import DUMP_FORMATS, apply_cleaning
from core.cleaning.lines import furniture_candidates
from core.cleaning.sites import clean_for_site, repeats_kept
from core.analysis_limit import too_long_note
from core.import_analysis import Analysis, analyse, row_values, warm
from core.import_cleaning import clean_and_work_many
from core.ingest import IngestError, expand_paths, read_path
from core.ingest.paths import path_text
from core.learning import library_lexicon, library_model_path, library_tagger
from core.meetings.propose import country_lookup
from core.meetings.store_plan import store_meetings
from core.parallel import MIN_PARALLEL, Chunks, Detector, start_pool
from core.progress import Cancelled, FileProgress, Progress, run_each
from core.store import atomic, open_db
from core.store.articles import has_hash, insert_article, overrides_for
from core.store.claims import CANDIDATE_COLUMNS
from core.store.errors import WriteRefused
from core.store.furniture import MIN_PAGES, count_lines, count_site_pairs, line_counts, site_line_counts
from core.store.mentions import DETECTED_COLUMNS
from core.store.registry import load_registry
from core.store.rows import article_rows, insert_values
from core.store.search_index import merge_after_import
from core.tally import Tally

# Articles stored per transaction: short enough that the window and other writers barely wait
# (a few tens of milliseconds), long enough that committing costs little per article.
BATCH = 32
NO_TEXT = "no article text found"
# Batches queued (read, being analysed) ahead of the one stored next when workers analyse: enough to
# keep every core busy, few enough to bound memory.
QUEUED_BATCHES = 4


@dataclass
class ImportSummary:
    # Counts with their first items (core.tally): a list of every article grew with the import.
    imported: Tally = field(default_factory=Tally)  # (source, article id)
    duplicates: Tally = field(default_factory=Tally)  # source
    failed: Tally = field(default_factory=Tally)  # (source, reason)
    partly_analysed: Tally = field(default_factory=Tally)  # (source, note): stored whole, analysed in part
    skipped: list = field(default_factory=list)  # (source, reason): a folder's LICENSE, README…, not read
    cancelled: bool = False
    stopped: str = ""  # why the import stopped early (disk full, library busy or read-only)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed or self.stopped else 0


def import_paths(
    paths: Iterable[str | Path],
    db_path: str | Path | None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    on_article: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Import files and folders (recursively) into the library at db_path.

    Detection runs in worker processes (one per core) for larger imports; this
    process, the only writer, stores finished articles a batch per short
    transaction, so an interrupted import leaves no half article and running
    it again completes it. When the library refuses a write (disk full, busy,
    read-only) the import stops and `stopped` says what was stored.
    """
    summary = ImportSummary()
    # Strings, not Paths: a Path object costs three times the memory (a 100,000-file import, 20 MB more).
    files, missing = expand_paths(paths, summary.skipped)
    summary.failed.extend(missing)
    db = open_db(db_path, make_folder=True)
    run = _Run(db, library_detector(db), summary, on_article, FileProgress(files, progress))
    try:
        def read(item: tuple[int, str]) -> None:
            done, path = item
            run.files.reading(done, run.queue[0].file if run.queue else None)
            _read_file(run, Path(path), cancelled, big=len(files) >= MIN_PARALLEL)

        # progress is the file reporter's (files read and stored); a file cancelled inside stops the loop
        if run_each(enumerate(files), read, None, lambda: summary.cancelled or bool(cancelled and cancelled()),
                    total=len(files)):
            summary.cancelled = True
        if not summary.cancelled:
            run.files.reading(len(files), run.queue[0].file if run.queue else None)
            run.flush(everything=True, cancelled=cancelled)
        if not summary.cancelled:
            merge_after_import(db, len(summary.imported), cancelled)
            run.files.report(len(files))
    except WriteRefused as exc:
        summary.stopped = (f"{exc}: {len(summary.imported):,} articles imported, from {run.files.stored:,} of "
                           f"{len(files):,} files; the rest were not")
    finally:
        run.close()
        db.close()
    return summary


def library_detector(db) -> Detector:
    """What detection reads from the library once per run; the tagger is loaded when this process detects."""
    model_path = library_model_path(db)
    tagger_path = str(model_path) if model_path is not None and model_path.exists() else None
    return Detector(load_registry(db), None, library_lexicon(db), tagger_path)


@dataclass
class _Pending:
    article: object
    candidates: set
    # an Analysis (cleaned and analysed here), or its Share of a chunk sent to a worker (core.parallel.Chunks),
    # which cleans and analyses it (core.import_cleaning.Cleaned), to be settled here in the order read
    result: object
    file: int  # the index of the file it was read from
    site: str | None = None  # the outlet the page comes from, when known
    left_out: frozenset = frozenset()  # keys of the lines its cleaning left out of the body
    digest: str = ""  # the article's content hash
    common: frozenset = frozenset()  # the furniture lines it was sent to a worker with
    seen: dict = field(default_factory=dict)  # on how many earlier pages each of its candidates was seen
    twins: list = field(default_factory=list)  # sources of the same content read while it was unsettled


class _Run:
    """One import: articles cleaned in order, analysed (in workers when worth it), stored in batches."""

    def __init__(self, db, detector: Detector, summary: ImportSummary, on_article, files: FileProgress) -> None:
        self.db, self.detector, self.summary, self.on_article = db, detector, summary, on_article
        self.files = files
        self.pool = None
        self.pool_tried = False
        self.country_of = None  # the lookup every meeting plan from a worker is given (one per run)
        self.queue: deque[_Pending] = deque()
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
            item = _Pending(article, candidates, self.chunks.add((article, common)), self.files.current,
                            digest=digest, common=common, seen=seen)
        else:
            site, dropped = self._clean(article, common)
            if not article.paragraphs:
                self.summary.failed.append((article.source, NO_TEXT))
                return
            item = _Pending(article, candidates, self._analyse(article), self.files.current, site, dropped, digest)
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
            self.pool = start_pool(self.detector, MIN_PARALLEL, warm)
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

    def _store(self, items: list[_Pending]) -> None:
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
            for pair in pairs:  # store what still fits, one article per transaction, up to the refusal
                self._commit([pair])
        self.files.report(self.queue[0].file if self.queue else self.files.current)

    def _settle(self, item: _Pending, later) -> Analysis | None:
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

    def _unqueue(self, item: _Pending, later) -> None:
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
            stored = _write(self.db, pairs)
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


def _read_file(run: _Run, path: Path, cancelled, big: bool) -> None:
    try:
        for count, article in enumerate(read_path(path, clean_pages=False)):
            if cancelled and cancelled():
                run.summary.cancelled = True
                return
            if big or count >= MIN_PARALLEL:
                run.want_pool()
            run.add(article)
    except IngestError as exc:
        run.summary.failed.append((path_text(path), exc.reason))


def _write(db, pairs: list[tuple[_Pending, Analysis]]) -> list[tuple[_Pending, int, bool]]:
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
