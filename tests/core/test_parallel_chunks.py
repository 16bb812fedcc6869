"""core.pool_chunks.Chunks: items handed to workers a chunk per task, each result found again by its share."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import core.pool_chunks
from core.pool_chunks import Chunks


def _lengths(texts: list[str]) -> list[int]:
    return [len(text) for text in texts]


def test_full_chunks_go_at_once_the_rest_when_sent_and_each_share_reads_its_own_result(monkeypatch):
    monkeypatch.setattr(core.pool_chunks, "CHUNK", 3)
    texts = ["会談", "首脳会談", "a", "外相会談した", "", "米国務長官", "日米"]
    sent: list[list[str]] = []

    def work(items: list[str]) -> list[int]:
        sent.append(list(items))
        return _lengths(items)

    with ThreadPoolExecutor(1) as pool:
        chunks = Chunks(pool, work)
        shares = [chunks.add(text) for text in texts]
        assert [share.sent() for share in shares] == [True] * 6 + [False]  # the seventh waits for a full chunk
        chunks.send()
        chunks.send()  # nothing left: no empty task
        assert [share.result() for share in shares] == _lengths(texts)
    assert sent == [texts[0:3], texts[3:6], texts[6:7]]
