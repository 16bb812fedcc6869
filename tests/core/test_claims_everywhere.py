"""The same article gets the same claim candidates from import, from analysing it again (one article, the
library, claims only) and from the batch: all read it with its day and the registry, so a title alone
(首相は, no name in the article) is held by whoever held the office that day, and a quote naming nobody that
repeats the headline is held by the headline's speaker, whichever path ran."""

import pytest

from core.analysis import analyze_article, analyze_library, suggest_claims
from core.batch.records import default_detector, file_rows
from core.jobs import import_paths
from core.store import open_db
from core.store.claims import claims_for
from core.store.registry import load_registry

# Written for Kaidan after a 2007 report: the prime minister is never named in the body.
ARTICLE = """首相、代表質問に答えず

2007年9月12日

首相は、与党の国会対策委員長にも「代表質問に答えられない」との意向を伝えた。
政府関係者によると、首相は前日まで続投の意向を示していた。
"""

# A sports news article's headline and opening (livedoor news, CC BY-ND 2.1 JP): the second quote names nobody.
HEADLINED = """代表監督不在に、ラモス「やりたいですよ。それは間違いない」

2010年6月30日

29日深夜放送、TBSのスポーツ番組「S1」では、ゲスト解説のラモス瑠偉が、日本代表監督が決まらぬ現状に怒りを露わにした。
W杯出場国で代表監督が決まっていない国が、日本と北朝鮮のみという現状、「いや、情けなさすぎるよ。特に選ばれた選手達のモチベーションは下がります」と露骨にムッとした表情で話しはじめるラモス。
「ラモスさん、やっちゃえばいいじゃないですか？」という声がかかると、「いや、やりたいですよ。それは間違いないです」とキッパリ言い放った。
"""


def _shown(claims) -> list[tuple]:
    return sorted((c.start, c.end, c.holder_entity_id, c.holder_text, c.attribution, c.cue) for c in claims)


@pytest.fixture(params=[ARTICLE, HEADLINED], ids=["title-alone", "headline-speaker"])
def library(tmp_path, request):
    path = tmp_path / "article.txt"
    path.write_text(request.param, encoding="utf-8")
    db_path = tmp_path / "lib.db"
    article_id = import_paths([path], db_path).imported[0][1]
    db = open_db(db_path)
    yield db, db_path, path, article_id
    db.close()


def _candidates(db, article_id) -> list[tuple]:
    return _shown(claims_for(db, article_id, states=("candidate",)))


def test_import_holds_a_title_alone_by_the_office_holder_of_the_day(library):
    db, _, path, article_id = library
    if "首相" in path.read_text(encoding="utf-8"):
        assert {holder for _s, _e, holder, _t, _a, _c in _candidates(db, article_id)} == {"person:shinzo-abe"}
    else:
        said = [text for _s, _e, _h, text, _a, cue in _candidates(db, article_id) if cue == "言い放った"]
        assert said == ["ラモス瑠偉"]  # 「いや、やりたいですよ。…」: the headline's words, his


def test_analysing_again_gives_the_claims_import_gave(library):
    db, db_path, _, article_id = library
    imported = _candidates(db, article_id)
    analyze_article(db, article_id, load_registry(db))
    assert _candidates(db, article_id) == imported
    suggest_claims(db, article_id)
    assert _candidates(db, article_id) == imported
    db.close()
    for claims_only in (True, False):
        analyze_library(db_path, [article_id], claims_only=claims_only)
        again = open_db(db_path)
        try:
            assert _candidates(again, article_id) == imported
        finally:
            again.close()


def test_the_batch_gives_the_claims_import_gave(library):
    db, _, path, article_id = library
    rows = file_rows(str(path), default_detector()).tables["claims"]
    batch = sorted((r["start"], r["end"], r["holder_entity_id"], r["holder_text"], r["attribution"], r["cue"]) for r in rows)
    assert batch == _candidates(db, article_id)
