"""Analysing a whole archive on a Dask cluster into partitioned Parquet, and asking it questions."""
