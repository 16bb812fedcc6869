"""The subject of the clause a speech verb heads holds what is told over a nearer name inside it (issue 13: a nearer
name taken for the holder): a が-subject naming the press conference it spoke at (Xが…会見で、Yが…としている), and a
topic whose clause went on with し、 before the topic of the clause told (Xは…会見し、Yは…だとした)."""

from tests.core.claim_helpers import candidates, holder_of


def test_the_subject_of_the_conference_holds_the_clause_told_there():
    text = ("日経新聞によると、KDDIの小野寺正社長が4月23日に行った会見で、KDDIが株式を大量に取得したJCOMと"
            "2社で作業部会を設置し、通信設備導入の効率化などを検討するとしている。")
    assert [holder_of(c) for c in candidates(text)] == ["小野寺正"]
    text = "トヨタ自動車の豊田章男社長が記者会見で、トヨタが新工場を建設すると発表した。"
    assert [holder_of(c) for c in candidates(text)] == ["豊田章男"]


def test_a_subject_with_no_setting_or_a_report_between_keeps_its_own_clause():
    text = "トヨタ自動車の豊田章男社長が来日し、トヨタが新工場を建設すると発表した。"  # no conference named
    assert "豊田章男" not in [holder_of(c) for c in candidates(text)]


def test_the_topic_whose_clause_went_on_holds_the_topic_told_after_it():
    text = "同国のドミニク・ガルゾー・ド=ビルパン首相は24日会見し、フランスは準備が最もよくできている国の1つだとした。"
    assert [holder_of(c) for c in candidates(text)] == ["ドミニク・ガルゾー・ド=ビルパン"]
    text = "沖縄タイムスは小泉元首相の演説と比較し、安倍政権は沖縄への政策に対して関心が低いと指摘している。"
    assert [holder_of(c) for c in candidates(text)] == ["沖縄タイムス"]  # the administration, not its leader


def test_a_person_named_as_themself_after_the_clause_went_on_speaks_for_themself():
    text = "米国務省は声明を出し、ケリー国務長官は北朝鮮の挑発は容認できないと述べた。"
    assert [holder_of(c) for c in candidates(text)] == ["ジョン・ケリー"]
