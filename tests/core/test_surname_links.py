"""A surname written alone links to a known person only when the evidence agrees: the title written
with it names one of their offices and the article's day falls in or near that office. Otherwise
the name stays a person of its own (span and type unchanged). Sentences from Japanese Wikinews."""

from datetime import date

from core.meetings.plan import plan_meetings
from core.nlp.entities import detect
from core.registry import bundled_registry


def people(text, day):
    return [(text[m.start : m.end], m.entity_id) for m in detect(text, bundled_registry(), day) if m.type == "PERSON"]


def test_a_surname_with_another_office_years_before_the_known_holder_is_not_linked():
    # wn-03251 (2009): the WTO's Pascal Lamy, not David Lammy, the British minister of 2024–
    found = people("世界貿易機関(WTO)の事務局長をラミー事務局長が続投することがほぼ確実になったと伝えた。",
                   date(2009, 1, 7))
    assert found == [("ラミー", "person:pascal-lamy")]  # the WTO's director-general, whom the registry now holds
    # wn-01075 (2008): a football coach named Miller, not a State Department spokesman
    assert people("朝日新聞によると、ミラー新監督は5月10日来日を予定している。", date(2008, 5, 8)) == [
        ("ミラー", "found:PERSON:ミラー")]


def test_a_japanese_surname_long_before_the_known_holders_office_is_not_linked():
    # wn-02813 (2008): 小泉政権 is Junichiro Koizumi's, not Shinjiro's (a minister from 2025)
    found = dict(people("読売新聞によると、麻生氏は小泉政権、安倍政権では重要閣僚を歴任。", date(2008, 8, 1)))
    assert found["小泉"] == "found:PERSON:小泉"
    # the prime minister's title does not fit a defence minister, whatever the day
    assert people("小泉総理は8月15日に靖国神社を参拝した。", date(2025, 11, 1)) == [("小泉", "found:PERSON:小泉")]


def test_a_surname_written_alone_as_a_common_word_out_of_its_holders_time_stays_unlinked():
    found = people("カラスがごみ袋を荒らした。", date(2010, 5, 1))
    assert all(entity_id != "person:kaja-kallas" for _, entity_id in found)


def test_a_reigning_monarch_is_not_the_person_written_with_an_honorific():
    # wn-01943 (2016): Sheikh Salman, a FIFA candidate, not King Salman
    text = "アフリカサッカー連盟は「FIFA会長選に立候補しているサルマン氏を全面的に支援することで合意に至った」"
    assert people(text, date(2016, 2, 6)) == [("サルマン", "found:PERSON:サルマン")]


def test_a_surname_whose_title_and_day_agree_stays_linked():
    assert people("トランプ大統領は習主席と会談した。", date(2025, 10, 30)) == [
        ("トランプ", "person:donald-trump"), ("習", "person:xi-jinping")]
    # wn-00734 (2013), wn-02894 (2014): in office on the day
    assert people("さらにはイギリスのキャメロン首相もマンデラ氏の訃報について声明を表明した。",
                  date(2013, 12, 6))[0] == ("キャメロン", "person:david-cameron")
    assert people("中国雲南省でM6.5の地震、李首相が震災地へ。", date(2014, 8, 6)) == [("李", "person:li-keqiang")]
    assert people("カラス上級代表は記者団に語った。", date(2025, 5, 1)) == [("カラス", "person:kaja-kallas")]


def test_a_former_office_links_after_it_ended_and_not_before_it_began():
    assert people("キャメロン元首相は講演した。", date(2024, 1, 10)) == [("キャメロン", "person:david-cameron")]
    # Nawaz Sharif in 2007, not Shehbaz Sharif (prime minister from 2022)
    assert people("シャリフ元首相が帰国した。", date(2007, 9, 10)) == [("シャリフ", "found:PERSON:シャリフ")]


def test_without_a_day_the_name_and_title_decide_as_before():
    assert people("ラミー外相は述べた。", None) == [("ラミー", "person:david-lammy")]
    assert people("ラミー事務局長は述べた。", None) == [("ラミー", "person:pascal-lamy")]


def test_the_one_character_surname_of_a_known_two_kanji_name_is_that_person_in_the_article():
    # 王毅 … 王氏: a Chinese or Korean name of two kanji, its surname alone later with an honorific
    text = "中国外務省によると、王毅外相は10日、韓国の朴振外相と会談した。王氏は会談で、協力を呼びかけた。"
    found = people(text, date(2023, 5, 10))
    assert ("王", "person:wang-yi") in found
    [talks] = [p for p in plan(text, "2023-05-10") if p.kind == "talks"]
    assert sorted(x.entity_id for x in talks.participants) == ["person:park-jin", "person:wang-yi"]
    assert people("朴振外相は10日、来日した。朴氏は「協力する」と述べた。", date(2023, 5, 10)) == [
        ("朴振", "person:park-jin"), ("朴", "person:park-jin")]
    # a new name of two kanji lends its first character to nobody (the tagger may have cut it from a longer name)
    assert dict(people("劉凱さんは10日、来日した。劉氏は「楽しみだ」と話した。", date(2023, 5, 10))).get("劉") \
        != "found:PERSON:劉凱"


def plan(text, published):
    registry = bundled_registry()
    return plan_meetings(text, detect(text, registry, date.fromisoformat(published)), published, None,
                         registry).proposals
