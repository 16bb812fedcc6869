"""Words around a meeting word that say which occasion it is, read before it may join a meeting told before
in its article (core.meetings.told_again):

- told as the point a span starts from (…と会談して以来2年ぶり, 国際会議で立ち話をして以来): an earlier
  meeting the sentence measures from, never the meeting the article reports, so the same sides alone do not
  make it that one (…に続いて is left alone: 首脳会談に続いて夕食会 follows the meeting told, it is no earlier one);
- told as this occasion (今回の会談, 来日は9年ぶり): the meeting that is taking place or took place, never one only proposed
  (大統領は首脳会談の早期実現を求めた。今回の会談では…);
- told as held in person (両外相の対面での会談は初めて): not a phone or video call of the same sides;
- told as a plan of old (首脳会談は当初、9日に行われる予定だった): the meeting held, as it was first planned;
- told as another occasion than the one at hand (前回の会談で, 以前の会談, 3年前の会談, かつて…会談したことがある,
  ソウルでも会談した, 就任直後にも会談している, 協議を続けている): an earlier or further meeting of the same sides, never the one told
  before in the article; and a meeting told first as an earlier one takes no meeting of the same sides told after it;
- told as repeated (何度も会談している, たびたび来日, 定期的に協議する): meetings of the sides on many occasions, never
  the one told before in the article;
- a signing told as an agreement in force (提携を結んでいる, 契約を締結していた, 協定に調印しており): an agreement signed
  some time before, never the signing of a day the article tells (両社は11日、業務提携を結んだ。…また両社は…提携を結んでいる).
"""

from __future__ import annotations

import re

from core.meetings.mention import MeetingMention

# the meeting word, its verb (して, を行って, が開かれて), then 以来: where a span starts from
_SINCE = re.compile(r"(?:を|が)?(?:し|行っ|行われ|開い|開かれ|持っ|実施し|実施され)?て?以来")
# 日朝首脳会談から10年, 会談からのちょうど1年, 訪朝してから3カ月: the years or months counted from a meeting, which
# took place that long before the words (not 会談から2日: days, which may still be the report's)
_COUNTED_FROM = re.compile(r"(?:が行われて|が開かれて|して)?から(?:の|、)?(?:ちょうど|丸|満|約|ほぼ|およそ)?"
                           r"[0-9０-９一二三四五六七八九十数]+(?:年|カ月|ヶ月|か月|周年)")
# 今回の会談, 今回の訪日で: the occasion at hand
_THIS_TIME = re.compile(r"今回(?:の|は)?$")
# 中国国家主席の来日は…以来約9年ぶり, 会談は3年ぶり: the word as the topic of a span it ends, the occasion at
# hand (not 会談が実現すれば3年ぶり, 開かれる場合は…ぶり: a condition, the meeting only hoped for)
_FIRST_IN = re.compile(r"(?:は|が)(?:(?!れば|なら|たら|場合)[^。、「」『』]){0,25}?ぶり")
# 対面で会談, 対面での会談, 対面会談: in person
_IN_PERSON = re.compile(r"対面(?:で(?:の)?|の|形式で|形式の)?$")
# 前回の会談, 以前の首脳会談, かつて会談した, 当時の会談, 3年前の会談: a meeting of the past, named by no day (a day
# written dates it and sets it apart already); the clause's few words between (前回の日中首脳会談); not a measure
# of the meeting at hand against the past (これまでにない, かつてない規模の, これまで以上に, これまでで最も, 過去最長の,
# 過去10年で初めての) nor a wish held since (以前から求めていた会談)
# (the words of the past, read by core.meetings.agreement too)
# 前の会談, 先の会談, 先般の協議: the previous one, 前 and 先 standing alone after a particle or a comma (not 会談前の,
# 直前の, 訪問先の, この先の, その前の: before something, a destination, the future)
PAST_WORDS = (r"(?:前回|前々回|以前|過去|かつて|当時|これまで(?:に)?|[0-9０-９一二三四五六七八九十数]+(?:年|カ月|ヶ月|か月|週間)前"
              r"|(?<![^\s、。はがもでにと「『（(])(?:前|先|先般)(?=の))"
              r"(?!に?ない|で|以上|から|より|最|[0-9０-９一二三四五六七八九十数]+年間?で)")
_EARLIER = re.compile(PAST_WORDS + r"(?:の|に|は|、)?[^、。「」をがはも]{0,8}$")
# 会談したことがある, 会ったことがあった: a meeting the sides have had, some time before the one at hand
_EXPERIENCE = re.compile(r"(?:を|が)?(?:し|行っ|持っ|開い|重ね)?た(?:こと|経験)が(?:ある|あり|あっ)")
# 協議を続けている, 会談を重ねてきた, 交渉を進めており: talks going on for some time, the sides' process, not one
# meeting of the report's days (a day told after it is a round of its own: 両国は10日、北京で協議した)
# (歴訪を進めていた: a trip under way, the journey the article tells)
_ONGOING = re.compile(r"を(?:続け|重ね|進め)て(?:い|き|お)")
_TALKS = ("talks", "negotiation_round")
# 提携を結んでいる, 契約を締結していた, 協定に調印しており: a signing word whose own verb is in the perfect, the agreement in
# force since some time before (not 締結していない, 結んでいく: none yet; not 結んだ, 締結した: the signing told)
_IN_FORCE = re.compile(r"(?:んで|(?:を)?して)(?:い(?:る|た|ます|ました)|おり)(?!ませ)")
# 当初…予定だった, 行われるはずだった: a plan told in the past, the meeting held as it was planned before; read in
# the word's own stretch of its sentence (a sentence of thousands of words is not read whole for each of them)
_FORMER_PLAN = re.compile(r"当初|(?:予定|見通し|見込み|方向)(?:だった|であった)|はずだった")
_PLAN_BEFORE, _PLAN_AFTER = 40, 60
# ソウルでも会談した, 夕食会でも協議した, 就任直後にも会談している: also at another place or time than the meeting
# told, the particle after a noun written in kanji, katakana or letters (not でも opening a sentence, それでも,
# なかでも: but, above all; not 何でも, 最近でも, 今でも: even; not 中でも: among them, though 会期中にも is also
# during it; not とも: another partner; not 来月にも会談する: a plan's earliest day), the word told as a deed (not
# 来訪者, 訪問着: a word of its own)
_ALSO_ELSEWHERE = re.compile(r"(?<=[\u4e00-\u9fff\u30a1-\u30ffA-Za-z0-9０-９Ａ-Ｚａ-ｚ])(?<!何)(?<!最近)(?<!今)"
                             r"(?:(?<!中)で|に)も、?[^、。「」をがはもと]{0,6}$")
# 何度も会談している, たびたび来日, 定期的に協議, 数回にわたって会談: meetings told as many, the adverb in the word's
# clause right before it or with nouns between (何度も日米首脳会談を; not 何度も延期された会談: another verb's adverb)
_REPEATED = re.compile(r"(?:何度も|何度か|何回も|幾度も|幾度となく|度々|たびたび|再三|しばしば|頻繁に|繰り返し|定期的に"
                       r"|毎年|毎月|その都度|(?:数|複数|[0-9０-９一二三四五六七八九十]+)回(?:にわた(?:って|り)|も))"
                       r"、?[\u4e00-\u9fff\u30a0-\u30ff]{0,8}$")
_WORD_GOES_ON = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]")


def read_occasion(body: str, mention: MeetingMention) -> None:
    """Note on the mention what the words right around it say of its occasion (the flags told_again reads)."""
    mention.since_point = bool(_SINCE.match(body, mention.end))
    mention.counted_from = bool(_COUNTED_FROM.match(body, mention.end))
    before = max(mention.sentence[0], mention.start - 6)
    mention.this_time = bool(_THIS_TIME.search(body, before, mention.start) or _FIRST_IN.match(body, mention.end))
    mention.in_person = bool(_IN_PERSON.search(body, before, mention.start))
    clause = max(mention.sentence[0], mention.start - 14)
    mention.former_plan = bool(_FORMER_PLAN.search(body, max(mention.sentence[0], mention.start - _PLAN_BEFORE),
                                                   min(mention.sentence[1], mention.end + _PLAN_AFTER)))
    mention.earlier_occasion = bool(_EARLIER.search(body, clause, mention.start) or _EXPERIENCE.match(body, mention.end)
                                    or mention.kind in _TALKS and _ONGOING.match(body, mention.end) is not None
                                    or mention.kind == "signing" and _IN_FORCE.match(body, mention.end) is not None)
    mention.repeated = bool(_REPEATED.search(body, clause, mention.start))
    mention.another_occasion = mention.earlier_occasion or mention.repeated or (
        mention.status == "held" and bool(_ALSO_ELSEWHERE.search(body, clause, mention.start))
        and not _WORD_GOES_ON.match(body, mention.end))
