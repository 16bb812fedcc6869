"""Analysing a whole archive on a Dask cluster into partitioned Parquet, and asking it questions."""

# The tables of a batch run, one Parquet folder each.
TABLES = ("articles", "mentions", "claims", "meeting_mentions", "proposals", "proposal_links", "errors")
# The tables of the meeting identity step, written whole after the partitions.
MEETING_TABLES = ("meetings", "links", "proposal_meetings")
