"""What an outlet tells someone said (…が、…と語ったと新華社通信が報じた; 共同通信は、政府高官が…と語ったと報じた) is the
speaker's claim with the outlet as `via`, whichever ending the verb of saying has (語った, 語っている, 述べている);
a speaker named by whose they are (サーリーフ候補の批判者, 毛沢東主義派の幹部) holds as written, not the person or body
named inside the name (core.claims.reports, core.claims.named_holder)."""

from tests.core.claim_helpers import candidates, holder_of


def test_a_speaker_before_the_words_an_outlet_reports_holds_them():
    [c] = candidates("中国外務省の報道官が、日本の対応は遺憾だと語ったと新華社通信が報じた。")
    assert (c.text, holder_of(c)) == ("日本の対応は遺憾だ", "中国外務省の報道官")
    assert [v["text"] for v in c.via] == ["新華社通信"]
    [d] = candidates("共同通信は、政府高官が北朝鮮の発射は挑発だと語ったと報じた。")
    assert (d.text, holder_of(d)) == ("北朝鮮の発射は挑発だ", "政府高官")
    assert [v["text"] for v in d.via] == ["共同通信"]


def test_the_verb_ending_does_not_matter():
    for verb in ("語っている", "述べている", "語っていた"):
        [c] = candidates(f"BBCは、政府高官が選挙の運営は公正だったと{verb}と伝えた。")
        assert (c.text, holder_of(c)) == ("選挙の運営は公正だった", "政府高官")


def test_people_named_by_whose_they_are_hold_as_written():
    [c] = candidates("ボストングローブ紙は、サーリーフ候補の批判者は、彼女もまたこの国の荒廃を招いたひとりであり、"
                     "除けられるべきだと主張していると伝えた。")
    assert holder_of(c) == "サーリーフ候補の批判者"
    [d] = candidates("毎日新聞によると、ネパール共産党毛沢東主義派の幹部からは「新政府には参加しない」という声も挙がっているという。")
    assert holder_of(d) == "ネパール共産党毛沢東主義派の幹部"


def test_a_named_speaker_still_holds_by_the_name():
    [c] = candidates("BBCは、プーチン大統領が、米国の計画は脅威だと語ったと伝えた。")
    assert holder_of(c) == "プーチン" and [v["text"] for v in c.via] == ["BBC"]


def test_a_word_of_when_before_the_verb_is_no_part_of_the_words():
    [c] = candidates("共同通信は、円楽氏は三遊亭円楽を弟子である三遊亭楽太郎氏に襲名させることを生前に表明していたと伝えている。")
    assert (c.text, holder_of(c)) == ("三遊亭円楽を弟子である三遊亭楽太郎氏に襲名させる", "円楽")
    assert [v["text"] for v in c.via] == ["共同通信"]
