"""The claims panel is narrow: a holder → target heading cut short in its row reads whole on hover."""

from core.model import Claim
from ui.claims.panel import ClaimsPanel

DELEGATION = "日本国際貿易促進協会訪中代表団団長河野洋平元衆院議長" * 20  # 500 characters, pasted as the holder


def _claim(claim_id, state, text, stance=None, cue="述べた"):
    return Claim(claim_id, 1, 0, len(text), text, state=state, stance=stance, confidence=0.8, cue=cue,
                 origin="suggested" if state == "candidate" else "user")


def test_the_whole_heading_is_in_the_rows_tooltip(qtbot):
    panel = ClaimsPanel()
    qtbot.addWidget(panel)
    panel.resize(270, 400)  # the width the dock gives it beside the reader
    claims = [_claim(1, "accepted", "「対話による解決を目指す」", "favor"),
              _claim(2, "candidate", "「協議を続ける」")]
    names = {1: (DELEGATION, "東南アジア諸国連合(ASEAN)"), 2: ("マレー・ヒーパート", "")}
    panel.set_claims(claims, names, {"favor": "#2e7d32"}, {"favor": "Favor"})
    panel.show()
    accepted, candidate = panel.tree.topLevelItem(0), panel.tree.topLevelItem(1)
    assert panel.tree.columnWidth(0) < panel.tree.fontMetrics().horizontalAdvance(accepted.text(0))  # cut in its row
    assert f"{DELEGATION} → 東南アジア諸国連合(ASEAN)" in accepted.toolTip(0)
    assert "Favor. Enter edits" in accepted.toolTip(0)
    # 述べた, a verb form, names no target: the candidate is shown by its holder alone; the cue stays in the tooltip
    assert candidate.text(0) == "マレー・ヒーパート" and candidate.text(1) == "「協議を続ける」"
    assert "マレー・ヒーパート" in candidate.toolTip(0) and "80% sure" in candidate.toolTip(0)
    assert "cue: 述べた" in candidate.toolTip(0)


def test_a_candidate_is_shown_by_the_noun_its_cue_names_else_by_its_holder_alone(qtbot):
    panel = ClaimsPanel()
    qtbot.addWidget(panel)
    said = "「彼は本当に優しい人で、誰からも好かれていた」"
    claims = [_claim(1, "candidate", said, cue="言っていた"),
              _claim(2, "candidate", "北朝鮮の弾道ミサイル発射に強い懸念", cue="懸念を表明"),
              _claim(3, "candidate", "政府として中国側に抗議した", cue="こと"),
              _claim(4, "accepted", "「対話による解決を目指す」", "favor", cue="述べた")]
    names = {1: ("友人", ""), 2: ("岸田文雄", ""), 3: ("", ""), 4: ("林芳正", "中華人民共和国")}
    panel.set_claims(claims, names, {"favor": "#2e7d32"}, {"favor": "Favor"})
    headings = [panel.tree.topLevelItem(row).text(0) for row in range(panel.tree.topLevelItemCount())]
    assert headings == ["友人", "岸田文雄 · 懸念", "?", "林芳正 → 中華人民共和国"]
