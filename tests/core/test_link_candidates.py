"""Link candidates: an entity shares a name only as a whole name, alias, reading, English name or surname."""

from core.registry import bundled_entities
from core.store.link_candidates import best_candidate, library_names, names_index, shares_name, sharing_name


def _entity(entity_id: str):
    return next(e for e in bundled_entities() if e.id == entity_id)


def test_a_part_of_a_name_is_not_a_shared_name():
    shapps = _entity("person:grant-shapps")
    assert not shares_name(shapps, "グラント")  # his given name, another man's surname
    assert shares_name(shapps, "シャップス") and shares_name(shapps, "グラント・シャップス")
    assert shares_name(shapps, "grant shapps") and shares_name(shapps, "ぐらんとしゃっぷす")


def test_best_candidate_is_none_when_nothing_or_several_share_the_name():
    entities = list(bundled_entities())
    assert best_candidate(entities, "グラント") is None
    assert best_candidate(entities, "United Kingdom").id == "country:GB"
    assert best_candidate(entities, "ＵＫ").id == "country:GB"  # full-width folded


def test_the_names_index_finds_what_shares_name_finds_entity_by_entity():
    entities = list(bundled_entities())
    index = names_index(entities)
    for surface in ("グラント", "シャップス", "ぐらんとしゃっぷす", "ＵＫ", "米国", "王毅", "", "・", "Wang Yi"):
        assert sharing_name(index, surface) == {e.id for e in entities if shares_name(e, surface)}, surface
    assert "country:GB" in sharing_name(index, "ＵＫ")


def test_library_names_lists_unlinked_surfaces_the_registry_lacks(tmp_path):
    from pathlib import Path

    from core.jobs import import_paths
    from core.store.db import open_db

    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "英外相が会見\n\n【ロンドン共同】英国のオリバー・グラント外相は11日、記者会見した。"
        "グラント外相は「対話を続ける」と述べた。\n", encoding="utf-8")
    import_paths([folder], tmp_path / "lib.db")
    names = {(e.name, e.type) for e in library_names(open_db(Path(tmp_path / "lib.db")))}
    assert ("オリバー・グラント", "PERSON") in names
    assert not any(name in ("英国", "ロンドン") for name, _t in names)  # linked to the registry
    assert not any(kind == "DATE" for _n, kind in names)
