"""The schema, only here: each migration is applied once, in order."""

from __future__ import annotations

import sqlite_utils


def _m1_articles(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            source_format TEXT NOT NULL,
            url TEXT,
            imported_at TEXT NOT NULL,
            raw TEXT NOT NULL,
            title TEXT,
            published TEXT,
            published_precision TEXT,
            published_text TEXT,
            outlet TEXT,
            source_agency TEXT,
            authors TEXT NOT NULL DEFAULT '[]',
            dateline TEXT,
            captions TEXT NOT NULL DEFAULT '[]',
            body TEXT NOT NULL,
            body_lines TEXT NOT NULL DEFAULT '[]',
            line_labels TEXT NOT NULL DEFAULT '[]',
            cleaning_version INTEGER NOT NULL,
            import_note TEXT,
            status TEXT NOT NULL DEFAULT 'new'
                CHECK (status IN ('new', 'in progress', 'done')),
            notes TEXT
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_title ON articles(title);
        CREATE INDEX articles_outlet ON articles(outlet);

        -- The user's corrections to the cleaner, keyed by content so they
        -- survive deleting and re-importing the same file.
        CREATE TABLE cleaning_overrides (
            content_hash TEXT NOT NULL,
            line INTEGER NOT NULL,
            label TEXT NOT NULL CHECK (label IN ('body', 'drop')),
            annotator TEXT,
            created TEXT NOT NULL,
            PRIMARY KEY (content_hash, line)
        );

        -- Append-only log of every user edit.
        CREATE TABLE changes (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            annotator TEXT,
            action TEXT NOT NULL,
            target TEXT NOT NULL,
            target_id TEXT,
            before TEXT,
            after TEXT
        );

        -- Word search for Japanese: overlapping character bigrams (see
        -- core.store.search), so two-character queries such as 会談 match.
        CREATE VIRTUAL TABLE article_search USING fts5(
            title, body, content='', tokenize='unicode61 remove_diacritics 0'
        );
        """
    )


def _m2_furniture_lines(db: sqlite_utils.Database) -> None:
    # How many imported pages carry each short line: lines that many pages
    # share are site furniture (section names, buttons), never body.
    db.execute(
        "CREATE TABLE furniture_lines (text TEXT PRIMARY KEY, pages INTEGER NOT NULL) WITHOUT ROWID"
    )


MIGRATIONS = [_m1_articles, _m2_furniture_lines]
