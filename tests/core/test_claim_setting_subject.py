"""A が-subject that names the press conference it spoke at (Xが…会見で、Yが…としている) holds what it announced there,
not the が-subject of the clause it told (issue 13: a nearer name taken for the holder)."""

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
