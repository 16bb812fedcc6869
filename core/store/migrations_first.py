"""The schema's first migrations (1-6): articles, furniture lines, entities, claims, meetings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.store.scheme import seed_scheme

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
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


def _m3_entities(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        -- The user's side of the entity registry: entities they created, and
        -- their edits of bundled ones (same id), which always win over the
        -- bundled gazetteer, whatever its version.
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            name TEXT NOT NULL,
            en TEXT,
            reading TEXT,
            aliases TEXT NOT NULL DEFAULT '[]',
            attributes TEXT NOT NULL DEFAULT '{}',
            origin TEXT NOT NULL CHECK (origin IN ('user', 'edited')),
            merged_into TEXT,
            updated TEXT NOT NULL
        );

        -- Entity mentions in article bodies; offsets are code points into body.
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            entity_id TEXT,
            value TEXT,
            origin TEXT NOT NULL CHECK (origin IN ('detected', 'user')),
            source TEXT,
            state TEXT NOT NULL DEFAULT 'proposed'
                CHECK (state IN ('proposed', 'accepted', 'rejected')),
            context TEXT,
            annotator TEXT,
            created TEXT NOT NULL,
            updated TEXT
        );
        CREATE INDEX mentions_article ON mentions(article_id, start_char);
        CREATE INDEX mentions_entity ON mentions(entity_id);

        ALTER TABLE articles ADD COLUMN entities_version INTEGER;
        """
    )


def _m4_detached_mentions(db: sqlite_utils.Database) -> None:
    # A user's mention whose text left the body (its line was marked as
    # boilerplate) is kept, detached, and re-attached when the text returns.
    db.execute("ALTER TABLE mentions ADD COLUMN detached INTEGER NOT NULL DEFAULT 0")


def _m5_claims(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        -- The library's stance scheme and topic list (seeded from resources/).
        CREATE TABLE stance_labels (
            key TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            label_ja TEXT,
            colour TEXT NOT NULL,
            shortcut TEXT,
            position INTEGER NOT NULL
        );
        CREATE TABLE topics (
            name TEXT PRIMARY KEY,
            created TEXT NOT NULL
        );

        -- Claims: who takes what position toward whom, as a span of the body.
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text TEXT NOT NULL,
            holder_entity_id TEXT,
            holder_text TEXT,
            holder_via TEXT NOT NULL DEFAULT '[]',
            target_kind TEXT CHECK (target_kind IN ('entity', 'meeting', 'topic', 'text')),
            target_ref TEXT,
            target_text TEXT,
            stance TEXT,
            intensity TEXT CHECK (intensity IN ('low', 'medium', 'high')),
            attribution TEXT CHECK (attribution IN ('direct', 'indirect', 'mixed', 'unattributed')),
            cue TEXT,
            note TEXT,
            origin TEXT NOT NULL CHECK (origin IN ('suggested', 'user')),
            state TEXT NOT NULL CHECK (state IN ('candidate', 'accepted', 'dismissed')),
            context TEXT,
            detached INTEGER NOT NULL DEFAULT 0,
            annotator TEXT,
            created TEXT NOT NULL,
            updated TEXT
        );
        CREATE INDEX claims_article ON claims(article_id, start_char);
        CREATE INDEX claims_holder ON claims(holder_entity_id);
        """
    )
    seed_scheme(db)


def _m6_meetings(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        -- One record per meeting, however many articles mention it.
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('talks', 'phone_call', 'video_call', 'visit',
                'multilateral', 'negotiation_round', 'signing', 'trip')),
            status TEXT NOT NULL CHECK (status IN ('held', 'scheduled', 'proposed', 'cancelled',
                'none_planned')),
            start_date TEXT,
            end_date TEXT,
            precision TEXT NOT NULL DEFAULT 'unknown' CHECK (precision IN ('part_of_day', 'day',
                'days', 'week', 'month', 'half_year', 'year', 'unknown')),
            date_text TEXT,
            place_entity_id TEXT,
            place_text TEXT,
            parent_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
            title TEXT,
            note TEXT,
            origin TEXT NOT NULL CHECK (origin IN ('proposed', 'user')),
            state TEXT NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'confirmed', 'rejected')),
            annotator TEXT,
            created TEXT NOT NULL,
            updated TEXT
        );
        CREATE INDEX meetings_start ON meetings(start_date);

        CREATE TABLE meeting_participants (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            entity_id TEXT,
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('host', 'visitor', 'participant', 'head_of_delegation',
                'delegation_member', 'mediator', 'witness')),
            office TEXT
        );
        CREATE INDEX meeting_participants_meeting ON meeting_participants(meeting_id);
        CREATE INDEX meeting_participants_entity ON meeting_participants(entity_id);

        -- A span of an article that speaks of a meeting (tied to one, or not yet).
        CREATE TABLE meeting_mentions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text TEXT NOT NULL,
            trigger TEXT,
            sentence TEXT,
            origin TEXT NOT NULL CHECK (origin IN ('detected', 'user')),
            state TEXT NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'confirmed', 'rejected')),
            context TEXT,
            detached INTEGER NOT NULL DEFAULT 0,
            annotator TEXT,
            created TEXT NOT NULL
        );
        CREATE INDEX meeting_mentions_article ON meeting_mentions(article_id, start_char);
        CREATE INDEX meeting_mentions_meeting ON meeting_mentions(meeting_id);

        CREATE TABLE meeting_links (
            id INTEGER PRIMARY KEY,
            from_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            to_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            relation TEXT NOT NULL CHECK (relation IN ('same_as', 'part_of', 'precedes', 'prepares',
                'follow_up', 'series')),
            origin TEXT NOT NULL CHECK (origin IN ('proposed', 'user')),
            state TEXT NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'accepted', 'rejected')),
            evidence TEXT,
            article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            annotator TEXT,
            created TEXT NOT NULL,
            UNIQUE (from_id, to_id, relation)
        );
        """
    )
