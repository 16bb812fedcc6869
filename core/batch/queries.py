"""The aggregates a researcher asks first, as named DuckDB queries over a batch run's Parquet."""

from __future__ import annotations

from pathlib import Path

from core.batch import MEETING_TABLES, TABLES

QUERIES = {
    "meetings-per-pair": (
        "meetings per pair of countries per month (meetings merged across articles)",
        """
        WITH pairs AS (
          SELECT m.month, a.country AS country_a, b.country AS country_b
          FROM meetings m, unnest(m.countries) AS a(country), unnest(m.countries) AS b(country)
          WHERE a.country < b.country AND m.month IS NOT NULL)
        SELECT country_a, country_b, month, count(*) AS meetings
        FROM pairs GROUP BY ALL ORDER BY month, meetings DESC, country_a, country_b
        """),
    "stances": (
        "claims per holder, by stance (candidates have no stance yet)",
        """
        SELECT coalesce(holder_entity_id, holder_text) AS holder, coalesce(stance, 'undecided') AS stance,
               count(*) AS claims
        FROM claims GROUP BY ALL ORDER BY claims DESC, holder, stance
        """),
    "top-actors": (
        "the ten most-mentioned people, organisations and countries per outlet and year",
        """
        WITH counted AS (
          SELECT coalesce(a.outlet, '') AS outlet, substr(a.published, 1, 4) AS year, m.canonical AS actor,
                 m.type, count(*) AS mentions
          FROM mentions m JOIN articles a ON a.id = m.article_id
          WHERE m.type IN ('PERSON', 'ORG', 'GPE') GROUP BY ALL),
        ranked AS (
          SELECT *, row_number() OVER (PARTITION BY outlet, year ORDER BY mentions DESC, actor) AS rank
          FROM counted)
        SELECT outlet, year, rank, actor, type, mentions FROM ranked WHERE rank <= 10
        ORDER BY outlet, year, rank
        """),
}


def connect(out: str | Path):
    """A DuckDB connection with one view per table of the run (all its partitions)."""
    import duckdb

    from core.batch.tables import SCHEMAS  # pyarrow, of the batch extra: loaded only here

    con = duckdb.connect()
    for table in TABLES + MEETING_TABLES:
        files = sorted((Path(out) / table).glob("part-*.parquet"))
        if files:
            names = ", ".join("'" + str(f).replace("'", "''") + "'" for f in files)
            con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet([{names}])")
        else:
            con.register(table, SCHEMAS[table].empty_table())
    return con


def run_query(name: str, out: str | Path) -> tuple[list[str], list[tuple]]:
    """Run a named query; returns its column names and rows."""
    con = connect(out)
    try:
        cursor = con.execute(QUERIES[name][1])
        return [d[0] for d in cursor.description], cursor.fetchall()
    finally:
        con.close()
