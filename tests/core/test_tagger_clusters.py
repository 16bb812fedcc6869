"""Word clusters as a feature set to compare: built from text, read back, carried by token views only when asked."""


import pytest

from bench.entity_errors import classify
from bench.word_clusters import build, write
from core.nlp import tagger_features
from core.nlp.tagger_clusters import cluster_of, read
from core.nlp.tokens import tokenize


@pytest.fixture
def toy_lines():
    # towns stand after に and before で; verbs stand after が; the two kinds never share a context
    towns = ["ベオグラード", "サラエボ", "ザグレブ", "リュブリャナ"]
    verbs = ["歩く", "走る", "泳ぐ", "眠る"]
    lines = []
    for first in towns:
        for second in towns:
            lines.append(["彼", "は", first, "で", "会い", second, "で", "別れ"])
    for verb in verbs:
        for _ in range(4):
            lines.append(["犬", "が", verb, "。"])
    return lines, towns, verbs


def test_words_in_the_same_places_share_a_cluster_and_others_do_not(toy_lines):
    lines, towns, verbs = toy_lines
    clusters = build(lines, min_count=3, coarse_k=2, fine_each=2)
    assert len({clusters[t][0] for t in towns}) == 1
    assert len({clusters[v][0] for v in verbs}) == 1
    assert clusters[towns[0]][0] != clusters[verbs[0]][0]
    assert all(fine // 2 == coarse for coarse, fine in clusters.values())  # a fine cluster lies inside its coarse one


def test_a_cluster_file_reads_back_and_a_missing_or_broken_one_gives_none(tmp_path, toy_lines):
    lines, towns, _ = toy_lines
    path = tmp_path / "clusters.tsv.gz"
    clusters = build(lines, min_count=3, coarse_k=2, fine_each=2)
    write(clusters, path)
    assert cluster_of(towns[0], str(path)) == tuple(map(str, clusters[towns[0]]))
    assert cluster_of("アトランティス", str(path)) == ("", "")
    assert read(str(tmp_path / "none.tsv.gz")) == {}
    broken = tmp_path / "broken.tsv.gz"
    broken.write_bytes(b"not gzip")
    assert read(str(broken)) == {}


def test_token_views_carry_clusters_only_when_a_feature_set_asks(tmp_path, toy_lines):
    lines, _, _ = toy_lines
    path = tmp_path / "clusters.tsv.gz"
    write(build(lines, min_count=3, coarse_k=2, fine_each=2), path)
    token = tokenize("サラエボ")[0]
    assert not any(f.startswith("q=") for f in tagger_features.token_view(token.surface, token.pos)[0])
    try:
        tagger_features.configure(clusters=str(path))
        own, to_next = tagger_features.token_view(token.surface, token.pos)[:2]
        assert any(f.startswith("q=") and f != "q=-" for f in own) and any(f.startswith("b q=") for f in to_next)
    finally:
        tagger_features.configure(clusters=None)
    assert not any(f.startswith("q=") for f in tagger_features.token_view(token.surface, token.pos)[0])


def test_errors_are_put_in_one_class_each():
    span = lambda start, end, kind: {"start": start, "end": end, "type": kind}  # noqa: E731
    gold = [span(0, 4, "ORG"), span(10, 12, "PERSON"), span(20, 22, "GPE"), span(30, 33, "LOC"), span(40, 42, "DATE")]
    found = [span(0, 2, "GPE"), span(10, 12, "ORG"), span(19, 23, "GPE"), span(40, 42, "DATE"), span(50, 52, "ORG")]
    kinds = sorted(kind for kind, _, _ in classify(gold, found))
    assert kinds == ["extra", "missed", "too long", "too short", "wrong type"]
