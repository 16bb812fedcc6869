"""One two-worker Dask cluster for the batch tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def cluster_client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    yield client
    client.close()
    cluster.close()
