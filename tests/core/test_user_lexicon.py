"""The user lexicon: names a user kept are found in other articles, spans a user rejected are not proposed again."""

from core import learning
from core.analysis import analyze_library
from core.jobs import import_paths
from core.nlp.entities import detect
from core.nlp.user_lexicon import lexicon_from
from core.registry import bundled_registry
from core.store import open_db
from core.store.mentions import add_user_mention, mentions_for


def spans(text, lexicon=None):
    return [(m.text, m.type) for m in detect(text, bundled_registry(), None, lexicon=lexicon)]


def test_a_kept_name_is_found_elsewhere_and_a_rejected_span_is_not_proposed():
    text = "ティモシェンコ・ブロックの議員がクレムリンを批判した。"
    lexicon = lexicon_from([("ティモシェンコ・ブロック", "ORG")], [("クレムリン", "ORG")])
    found = spans(text, lexicon)
    assert ("ティモシェンコ・ブロック", "ORG") in found
    assert ("クレムリン", "ORG") not in found and ("クレムリン", "ORG") in spans(text)


def test_ambiguous_or_one_character_decisions_teach_nothing():
    lexicon = lexicon_from([("朝日", "ORG"), ("朝日", "LOC"), ("米", "GPE"), ("ガザ", "LOC")], [("ガザ", "LOC")])
    assert lexicon.kept == {} and lexicon.rejected == frozenset()


def test_a_library_applies_its_users_decisions_on_the_next_analysis(tmp_path):
    (tmp_path / "a.txt").write_text("コルダニアは声明を出した。コルダニアによると、協議は続く。\n"
                                    "専門家は両国の動きを注視している。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("専門家はコルダニアの動きを注視している。\n与野党は協議を続けた。", encoding="utf-8")
    db_path = tmp_path / "lib.db"
    import_paths([tmp_path / "a.txt", tmp_path / "b.txt"], db_path)
    db = open_db(db_path)
    taught, other = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
    add_user_mention(db, taught, 0, 5, "ORG")  # overlapping proposals are rejected
    db.close()
    analyze_library(db_path)
    db = open_db(db_path)
    found = [(m.text, m.type) for m in mentions_for(db, other)]
    assert learning.library_lexicon(db).kept == {"コルダニア": "ORG"}
    db.close()
    assert ("コルダニア", "ORG") in found


def test_a_place_the_user_kept_is_not_taken_by_a_longer_name_the_tagger_is_sure_of():
    text = "北海道日本ハムファイターズは12日、新監督を発表した。"
    assert ("北海道日本ハムファイターズ", "ORG") in spans(text)  # the tagger's name
    assert ("北海道", "LOC") in spans(text, lexicon_from([("北海道", "LOC")], []))


def test_a_body_the_rules_build_on_a_kept_place_is_still_one_name():
    text = "京都新聞によれば、京都府人事委員会は12日、2006年度の府職員給与を据え置くように勧告した。"
    assert ("京都府人事委員会", "ORG") in spans(text, lexicon_from([("京都府", "LOC")], []))
