"""Posts written out under a line naming their writer (livedoor news, CC BY-ND 2.1 JP, NHN Japan: net news quoting a
writer's and celebrities' posts, a seminar's speakers listed, pundits' lineups and scores)."""

from core.claims.posts import listed_turns
from tests.core.claim_helpers import candidates, holder_of, people_named as _people

_EXCERPT = ("21日、作家・戸梶圭太氏が執筆中の本が販売停止になったことを戸梶氏自身がツイッターで明かし、物議を醸している。\n"
            "※以下、戸梶氏のツイートより抜粋\n"
            "本当に驚きました。たかが校了にそこまでの権力があるとは。\n"
            "というわけで『迷宮警視正2』はこれから、私個人でどうにかして世に出すべく働きかけて生きます。\n"
            "ストップをかけた校了者たちが得意になってそうで、本気で恐ろしい。\n"
            "現時点では、編集部に非がないことはわかったそうだが、戸梶氏も今後の経過は全てツイートしていくと発言している。\n")

_NAMES = ("北朝鮮の金正日総書記が死亡したことについて、多くの著名人がツイッターで言及している。\n"
          "○片山さつき氏\n"
          "韓国軍が非常警戒態勢に入ったので我々も急いでソウルへ。\n"
          "ソウルでも金正日死亡報道。今、三十八度線から遠くない公園にいます。\n"
          "○東浩紀氏\n"
          "2011年すごすぎる。\n"
          "ちなみに、ぼくは、北朝鮮からの難民はできるだけ受け入れるべき派です。\n"
          "ツイッターでは、上記の著名人以外にも、金正日総書記死亡に関するツイートが多く寄せられた。\n")


def test_each_post_under_a_header_is_its_writers_until_the_article_names_them_again():
    posts = [c for c in candidates(_EXCERPT) if c.cue.startswith("※以下")]
    assert [c.text for c in posts] == ["本当に驚きました。たかが校了にそこまでの権力があるとは。",
                                       "というわけで『迷宮警視正2』はこれから、私個人でどうにかして世に出すべく働きかけて生きます。",
                                       "ストップをかけた校了者たちが得意になってそうで、本気で恐ろしい。"]
    assert all(c.attribution == "direct" and "戸梶" in holder_of(c) for c in posts)


def test_the_lines_under_each_listed_name_are_one_turn_of_theirs_until_the_article_points_back():
    turns = [(holder_of(c), c.text) for c in candidates(_NAMES) if c.cue.startswith("○")]
    assert turns == [("片山さつき", "韓国軍が非常警戒態勢に入ったので我々も急いでソウルへ。\n"
                                    "ソウルでも金正日死亡報道。今、三十八度線から遠くない公園にいます。"),
                     ("東浩紀", "2011年すごすぎる。\nちなみに、ぼくは、北朝鮮からの難民はできるだけ受け入れるべき派です。")]


def test_a_list_of_names_a_lineup_and_a_score_are_no_turns():
    speakers = "・ドワンゴ取締役　夏野剛氏\n・脳科学者 茂木健一郎氏\n・ガンホー 孫泰蔵氏\n各氏により興味深い話を聞くことができた。\n"
    assert listed_turns(speakers, _people(speakers, "夏野剛", "茂木健一郎", "孫泰蔵")) == []
    lineups = "■福田正博氏\nFW　森本貴幸\nMF　香川真司　本田圭佑\n■秋田豊氏\nFW　？\nMF　岡崎慎司　香川真司\n"
    assert listed_turns(lineups, _people(lineups, "福田正博", "秋田豊")) == []
    scores = "■名波氏\n採点：90点\n評価：攻守の連動\n■松木氏\n採点：70点\n評価：2点目の時間。\n"
    assert listed_turns(scores, _people(scores, "名波", "松木")) == []
