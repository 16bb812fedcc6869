"""Forms that tell a quote after it beyond a verb of speech right after と, read after a quote only (core.claims.clauses
puts them in AFTER_QUOTE).

- what the words told or showed, an object of any length before the verb: 「…」と強気の姿勢を出していた,
  と船が傾いた時の事を証言した, と、妻から指導を受けていたことを明かした, と自然体ながらも、信頼の大切さを語った,
  と戦没者に「追悼の意」を表し; with という the verb must tell (「…」という衝撃の事実を明かし), as 「…」という表情を見せ
  shows a likeness, not words said;
- verbs of resolve and plain saying written in kana: 「…」と意気込んだ, 「…」といっていた (not といっても: even so;
  not といった: such as).
Not a label or a name (「…」と書かれた紙を見せ, と呼ばれる, と題した), nor a likeness (と同じ考えを示した).
"""

from __future__ import annotations

# Verbs that tell words, and verbs that show a mind
_TELLING = r"語|述べ|話(?=し|す)|明かし|明らかにし|告白|打ち明け|証言し|吐露し|口にし|表明し|強調し"
_SHOWING = r"表し|示し|見せ|みせ|のぞかせ|覗かせ|にじませ|滲ませ|打ち出し|出し(?=て|た)"
# What the object may not open with: a label (書かれた, 記した, 表示), a name (呼ばれる, 題した), a likeness (同じ),
# a word of saying that belongs to the quote itself (という, との, とする, として), or a verb's own ending
_NOT_TOLD = r"(?!い[うっ]|言[うっ]|の|す|し|さ|同じ|同様|共に|一緒|並|書|記|題|銘|名付|名づけ|呼|称|表示|印|刻)"
# The object: no sentence end, comma or other quote but a short term in brackets after its first word (「…」と「遺憾の意」を
# 表明した: the term is a claim of its own, read as an object); と only inside こと
_OBJECT = r"(?!「)(?:[^。「」、と]|(?<=こ)と|「[^「」。]{1,10}」){1,30}?を"
# A manner before it, set off by a comma: と自然体ながらも、…を語った
_MANNER = r"(?:[^。「」、はがと]{1,8}?ながら(?:も)?、)?"
# A name or a title given is no words told: 「…」という曲名を明かした
_NAMED = "".join(f"(?<!{word})" for word in ("名", "名前", "タイトル", "題名", "曲", "作品", "番組"))
WHAT_IT_TOLD = ("|と、?" + _MANNER + _NOT_TOLD + _OBJECT + "(?P<cue9>" + _TELLING + "|" + _SHOWING + ")"
                + "|という(?!こと)[^。「」、と]{1,12}?" + _NAMED + "を(?P<cue10>" + _TELLING + ")")
# After a quote only: 「…」と意気込んだ, 「…」といっていた
RESOLVED = r"意気込(?=ん|む)|いっ(?=て(?!も))"
