"""The schema, only here and in migrations_first (1-6): each migration is applied once, in order."""

from __future__ import annotations

from contextlib import nullcontext
from typing import TYPE_CHECKING

from core.progress import Progress
from core.store.article_list import LIST_DATE
from core.store.migrations_first import (_m1_articles, _m2_furniture_lines, _m3_entities, _m4_detached_mentions,
                                         _m5_claims, _m6_meetings)
from core.store.scheme import seed_label_names
from core.store.search import marks_text
from core.store.statement_progress import rows_told

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

# The steps a long upgrade reports to its progress(done, total, what), by what: the backup (pages copied),
# a table rebuilt ("rebuild TABLE": rows copied) and the compaction (total 0: its length is unknown); and, in
# place of the compaction's end, COMPACT_LATER when it could not be made (done = total = MB of free disk it
# needs); WAITING (0 of 0) while another process's upgrade of the library is waited for; MARKS: articles whose marks
# were indexed.
BACKUP, REBUILD, COMPACT, COMPACT_LATER, WAITING = "backup", "rebuild", "compact", "compact later", "waiting"
MARKS = "index marks"
MENTION_ORDER = "index mentions"  # mentions indexed, estimated from SQLite's steps (core.store.statement_progress)
# SQLite's virtual machine steps a row of CREATE INDEX over three columns takes: read into the sorter, then
# written to the index (11 in SQLite 3.40; another count only makes the estimate run ahead or behind).
INDEX_STEPS_PER_ROW = 11
REBUILD_BATCH = 500  # rows copied between two reports of a rebuild (a few tens of MB of saved pages)


def _m7_confidence(db: sqlite_utils.Database) -> None:
    # How sure Kaidan is of a proposed claim or meeting (0-1; NULL for the user's own).
    db.executescript(
        """
        ALTER TABLE claims ADD COLUMN confidence REAL;
        ALTER TABLE meetings ADD COLUMN confidence REAL;
        -- participants no entity knows are matched across articles by name
        CREATE INDEX meeting_participants_name ON meeting_participants(name);
        """
    )


def _m8_team(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        -- A team library: each annotator's library merged in, decisions kept apart.
        CREATE TABLE team_members (
            name TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            merged_at TEXT NOT NULL
        );
        -- One annotator's decision: an entity span, a claim, a meeting tie or a link.
        -- source_id is the record's id in the annotator's own library (merging again
        -- updates it in place); tie labels and link ends name a meeting by its first
        -- mention (content hash:start-end), the only key libraries share.
        CREATE TABLE team_decisions (
            id INTEGER PRIMARY KEY,
            annotator TEXT NOT NULL REFERENCES team_members(name),
            layer TEXT NOT NULL CHECK (layer IN ('entity', 'claim', 'tie', 'link')),
            source_id INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text TEXT NOT NULL,
            label TEXT,
            holder TEXT,
            target TEXT,
            detail TEXT NOT NULL DEFAULT '{}',
            UNIQUE (annotator, layer, source_id)
        );
        CREATE INDEX team_decisions_article ON team_decisions(article_id, layer);
        -- Where adjudication stands for each article of a team library.
        CREATE TABLE team_articles (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            state TEXT NOT NULL DEFAULT 'disagreeing'
                CHECK (state IN ('agreeing', 'disagreeing', 'adjudicated')),
            adjudicator TEXT,
            updated TEXT
        );
        """
    )


def _m9_cleaning_check(db: sqlite_utils.Database) -> None:
    # Why the cleaner is unsure of an article (NULL when sure) and the raw line the
    # doubt is about; a reference day read from the text of an undated article,
    # kept apart from the publication date.
    db.executescript(
        """
        ALTER TABLE articles ADD COLUMN cleaning_check TEXT;
        ALTER TABLE articles ADD COLUMN cleaning_check_line INTEGER;
        ALTER TABLE articles ADD COLUMN published_inferred TEXT;
        ALTER TABLE articles ADD COLUMN published_inferred_precision TEXT;
        """
    )


def _m10_site_lines(db: sqlite_utils.Database) -> None:
    # Per site (outlet or host), how many stored pages left each line out of
    # their body (the line by a 64-bit key of its text): a line an outlet
    # prints on its pages is furniture on its later pages, even a sentence.
    db.execute(
        "CREATE TABLE site_lines (site TEXT NOT NULL, line INTEGER NOT NULL, pages INTEGER NOT NULL, "
        "PRIMARY KEY (site, line)) WITHOUT ROWID"
    )


def _m11_label_names(db: sqlite_utils.Database) -> None:
    # Label schemes carry both names. Meeting kinds get a table of their own (key, English and
    # Japanese label); topics, named in Japanese, an English label. Stance labels had label_ja:
    # the defaults take the words the Japanese interface uses, unless the user changed them.
    # Statement by statement: executescript would commit the upgrade's transaction half-way.
    db.execute("CREATE TABLE meeting_kinds (key TEXT PRIMARY KEY, label TEXT NOT NULL, label_ja TEXT, "
               "position INTEGER NOT NULL)")
    db.execute("ALTER TABLE topics ADD COLUMN label_en TEXT")
    renamed = (("favor", "賛成・支持", "賛成"), ("against", "反対・批判", "反対"), ("mixed", "混合", "混在"))
    for key, before, after in renamed:
        db.execute("UPDATE stance_labels SET label_ja = ? WHERE key = ? AND label_ja = ?", [after, key, before])
    seed_label_names(db)


def _m12_team_gold(db: sqlite_utils.Database) -> None:
    # Which articles each merged annotator holds (agreement compares annotators
    # on the articles both hold), and the team's gold meetings by the key the
    # annotators' libraries share (a meeting's first tied mention).
    db.execute("CREATE TABLE team_holdings (annotator TEXT NOT NULL, article_id INTEGER NOT NULL "
               "REFERENCES articles(id) ON DELETE CASCADE, PRIMARY KEY (annotator, article_id)) WITHOUT ROWID")
    db.execute("CREATE TABLE team_gold_meetings (anchor TEXT PRIMARY KEY, meeting_id INTEGER NOT NULL "
               "REFERENCES meetings(id) ON DELETE CASCADE)")


def _m13_list_order(db: sqlite_utils.Database) -> None:
    # The article list sorted ascending keeps articles without a date (title, outlet) last: an index
    # in that order lets a large library show its first page without sorting every article.
    # (Descending, the plain indexes of migration 1 already put them last.)
    for column in ("published", "title", "outlet"):
        db.execute(f"CREATE INDEX articles_{column}_nulls_last ON articles({column} IS NULL, {column})")


def _m14_large_texts_last(db: sqlite_utils.Database, progress: Progress | None = None) -> None:
    # SQLite reads a row from its start: a column stored after the saved page (raw, often hundreds of
    # kilobytes) is reached through the page's whole chain of overflow pages, so each row the list showed
    # or sorted read the page. The list's columns come first and the large texts last, raw the very last
    # (read only by the raw view): a column added later must not come after them (rebuild, never ALTER
    # TABLE ADD COLUMN, for a column of articles).
    _rebuild(db, "articles", """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            title TEXT,
            published TEXT,
            outlet TEXT,
            status TEXT NOT NULL DEFAULT 'new'
                CHECK (status IN ('new', 'in progress', 'done')),
            source TEXT NOT NULL,
            cleaning_check TEXT,
            published_inferred TEXT,
            published_precision TEXT,
            published_inferred_precision TEXT,
            published_text TEXT,
            source_format TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            url TEXT,
            imported_at TEXT NOT NULL,
            source_agency TEXT,
            dateline TEXT,
            authors TEXT NOT NULL DEFAULT '[]',
            cleaning_version INTEGER NOT NULL,
            cleaning_check_line INTEGER,
            entities_version INTEGER,
            import_note TEXT,
            notes TEXT,
            captions TEXT NOT NULL DEFAULT '[]',
            body TEXT NOT NULL,
            body_lines TEXT NOT NULL DEFAULT '[]',
            line_labels TEXT NOT NULL DEFAULT '[]',
            raw TEXT NOT NULL
        )""", progress)


def _rebuild(db: sqlite_utils.Database, table: str, create: str, progress: Progress | None = None) -> None:
    """Remake table by create (same name, same columns, any order), its rows, ids, indexes and triggers kept.

    SQLite's way of changing a table: a new table, the rows copied, the old one dropped, the new one renamed,
    with foreign keys off (migrate turns them off: dropping the old table must not delete the rows of the
    tables that point at it), all in the migration's transaction. The rows are copied in batches of
    REBUILD_BATCH by rowid, progress(rows copied, rows, "rebuild TABLE") told after each.
    """
    extras = [sql for (sql,) in db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL "
        "ORDER BY type, name", [table])]
    old = [row[1] for row in db.execute(f"PRAGMA table_info([{table}])")]
    db.execute(create.replace(f"CREATE TABLE {table} (", f"CREATE TABLE [{table}_rebuilt] (", 1))
    new = [row[1] for row in db.execute(f"PRAGMA table_info([{table}_rebuilt])")]
    if sorted(old) != sorted(new):
        raise ValueError(f"rebuilding {table}: its columns {sorted(old)} are not {sorted(new)}")
    names = ", ".join(f"[{c}]" for c in new)
    total = db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
    what, done, after = f"{REBUILD} {table}", 0, -(2 ** 63)
    while True:
        # the last rowid of the next batch (read from the table's tree alone, not its rows' texts)
        upto = db.execute(f"SELECT rowid FROM [{table}] WHERE rowid > ? ORDER BY rowid LIMIT 1 OFFSET ?",
                          [after, REBUILD_BATCH - 1]).fetchone()
        last = upto[0] if upto else 2 ** 63 - 1
        done += db.execute(f"INSERT INTO [{table}_rebuilt] ({names}) SELECT {names} FROM [{table}] "
                           "WHERE rowid > ? AND rowid <= ? ORDER BY rowid", [after, last]).rowcount
        if progress:
            progress(done, max(total, done), what)
        if upto is None:
            break
        after = last
    db.execute(f"DROP TABLE [{table}]")
    db.execute(f"ALTER TABLE [{table}_rebuilt] RENAME TO [{table}]")
    for sql in extras:
        db.execute(sql)


def _m15_search_marks(db: sqlite_utils.Database, progress: Progress | None = None) -> None:
    # The search index keeps letters only: a search of marks alone (＆, ++) read every article's text. This
    # index holds each article's distinct marks, one token each (core.store.search.marks_text): the rowids
    # alone (detail none, no sizes), a few bytes an article. Filled from the articles' own texts.
    db.execute("CREATE VIRTUAL TABLE article_search_marks USING fts5("
               "marks, content='', detail='none', columnsize=0, tokenize='unicode61 remove_diacritics 0')")
    after, done = 0, 0
    total = db.execute("SELECT count(*) FROM articles").fetchone()[0] if progress else 0
    while True:
        rows = db.execute("SELECT id, title, body FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                          [after, REBUILD_BATCH]).fetchall()
        if not rows:
            break
        db.conn.executemany("INSERT INTO article_search_marks(rowid, marks) VALUES (?, ?)",
                            [(article_id, marks_text(title, body)) for article_id, title, body in rows])
        after, done = rows[-1][0], done + len(rows)
        if progress:
            progress(done, max(total, done), MARKS)
    db.execute("INSERT INTO article_search_marks(article_search_marks) VALUES ('optimize')")  # one segment


# Migrations that rewrite a large table: they take progress(done, total, what) as well, and the library
# is compacted after them (VACUUM), or the old table's pages would stay in the file, free, as large as it.
COMPACT_AFTER = frozenset({_m14_large_texts_last})
def _m16_list_dates(db: sqlite_utils.Database) -> None:
    # The list sorts an undated page by the day its text gives (LIST_DATE): indexed in both of the list's
    # orders, as migrations 1 and 13 index the page's own date, so a large library's first page sorts nothing.
    db.execute(f"CREATE INDEX articles_list_date ON articles({LIST_DATE})")
    db.execute(f"CREATE INDEX articles_list_date_nulls_last ON articles({LIST_DATE} IS NULL, {LIST_DATE})")


def _m17_mentions_in_reading_order(db: sqlite_utils.Database, progress: Progress | None = None) -> None:
    # An article's mentions are read in reading order, by start and then end (core.store.mentions.mentions_for):
    # indexed by start alone, every opening sorted them again (a transcript's 40,000 in a fifth of the query's
    # time). The index with the end too serves every query the narrower one did. It reads every mention (some
    # seconds a 100,000 articles, a minute or so at a million): a long upgrade, told in mentions indexed.
    total = db.execute("SELECT count(*) FROM mentions").fetchone()[0] if progress else 0
    if progress:
        progress(0, total, MENTION_ORDER)
    db.execute("DROP INDEX IF EXISTS mentions_article")  # (a library a tool left without it is indexed too)
    told = (rows_told(db.conn, total, INDEX_STEPS_PER_ROW, lambda done: progress(done, total, MENTION_ORDER))
            if progress else nullcontext())
    with told:
        db.execute("CREATE INDEX mentions_article ON mentions(article_id, start_char, end_char)")
    if progress:
        progress(total, total, MENTION_ORDER)


# Migrations that read every article or mention (and so take progress too) but leave no old pages to give back
LONG = COMPACT_AFTER | {_m15_search_marks, _m17_mentions_in_reading_order}

MIGRATIONS = [_m1_articles, _m2_furniture_lines, _m3_entities, _m4_detached_mentions, _m5_claims,
              _m6_meetings, _m7_confidence, _m8_team, _m9_cleaning_check, _m10_site_lines,
              _m11_label_names, _m12_team_gold, _m13_list_order, _m14_large_texts_last,
              _m15_search_marks, _m16_list_dates, _m17_mentions_in_reading_order]
