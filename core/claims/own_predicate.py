"""A quote closed by と and a predicate no list of speech verbs holds, its speaker named beside it.

News tells a speaker's words with whatever they did in saying them: 伊藤部長は…記者会見し、「…」と陳謝した, 峯岸は「…」と
大慌て, 石破幹事長は「…」と政権奪還に胸をなでおろしながらも, オルテガ氏は「…」と勝利宣言をした. The verbs are an open
class; what makes the quote a statement is its shape: said words (a sentence in kana, not a term, a name or a
question), と, and a person or body the article knows named as the topic or subject right before the quote (with
where they spoke or a clause of their own between), right after と (「…」と前原氏が会見を拒否した) or as the person the
sentence closes on, described by the predicate (「…」と照れまくる内田。); a sentence that is
only the quote and its predicate goes on with the speaker before. The predicate is read as theirs unless it names,
labels, asks, mistakes, tells voices or a rumour, becomes, is passive or causative (the words came to the speaker, or
were made another's), or tells a clause the quote is read with (…と、…であると認定した).
"""

from __future__ import annotations

import re

from core.claims.asides import described_speaker_before, speaker_before
from core.claims.line_breaks import after_line_break
from core.claims.quote_marks import SAID_WORDS
from core.sentences import LONGEST
from core.text import line_start

# と (などと, とも) or 旨 (the gist: 旨を中国側に申し入れた) after the quote, then the predicate up to the clause's end
_PREDICATE = re.compile(r"(?:など)?(?:と(?:も)?|旨を?)、?(?P<predicate>[^、。「」\n]{1,30})")
# What both it and _LISTED_PREDICATE below open with (_PREDICATE past a line break or spaces; _LISTED_PREDICATE right
# after the quote, where there are none to pass)
_OPENS = ("と", "など", "旨")
# など and a comma after the quote, then a predicate with no subject of its own that closes a clause: 「…」など、強い不快感を
# 示した (not など、批判が殺到している: the voices' own subject; nor など、様々な意見が出てきたが: no verb of the topic's)
# (or a clause going on after its verb's stem: 「…」など、独自の“大学論”を展開し、)
_LISTED_PREDICATE = re.compile(r"など、(?P<predicate>[^、。「」\nがは]{1,30}(?:[たい]|ている|ていた|ました|した|(?<=を[\u4e00-\u9fff]{2})し))"
                               r"(?=[。、]|$)")
# Predicates that make the quote no statement of the topic's: a name or label given (と題した, と呼ばれる, と表示,
# と称した; not と称えた, と称賛した: praise is said),
# a thing becoming (となった), a question (と尋ねた), a mistake (と勘違い), a rumour or voices about the topic
# (とネットで話題, と物議; not 声明, a statement issued: と弁護士を通じて声明を発表した), a likeness or company
# (と同じ, と共に), a written text (とある, と書かれ)
_NOT_SAID = re.compile(r"^(?:い[うっ]|言[うっ]|の|し[てた、]|す|さ|は|か|な[っるりれ]|あ[りるっ]|同(?!調|意)|共|とも|一緒|並)"
                       r"|題|銘打|名付|名づ|命名|呼|称(?!え|賛|讃)|名乗|表示|表記|書|記|掲|印刷|刻|誤|勘違い|思い込|間違|診断|判定|判断|"
                       r"聞|尋|質問|問|話題|騒|物議|噂|うわさ|評判|声(?!明)|揶揄|皮肉|指摘され|報じ|報道|伝え|発音|読|"
                       # a clause told by the predicate, read as reported speech with the quote (「…」と、組織的な不法行為で
                       # あると認定した; 「…」と…体制を整えることも明らかにした), or words made another's (と言わしめる)
                       r"(?<=[るだいたすう])と(?!いう|して|共|とも)|こと|しめ|させ")
# A question asked (「買えない場合、どうするのか」と追及した): no statement (…ではないか: a view put as one is)
_QUESTION = re.compile(r"(?:[？?]|(?<!ない)か|かな|かね)」$")
# A sentence that opens with the quote, maybe after a connective, its predicate closing it (「…」と陳謝した。): the
# speaker goes on from before; not a thought or a feeling anyone may have (と思ったら, と感じる人も多い), nor a noun
# the predicate describes (と驚く松岡に, と思っているあなた)
_OPENING = re.compile(r"(?:(?:さらに|また|その上で|そのうえで|続けて|加えて|そして|ただ|一方で?|しかし|だが)、?)?"
                      # the matter the words are about, no subject of its own: 中国の対応について「…」と憤った
                      r"(?:[^、。「」はが]{1,30}?(?:について|に対して|に対し|に関して|をめぐって|を巡って|をめぐり|を巡り)(?:は|も)?、?)?")
_CLOSES = re.compile(r".*(?:[たいだ]|ている|ていた|ました)")  # (not …と齋藤先生。: a caption naming someone else)
_THOUGHT = re.compile(r"思|感じ|考え|願|悩|迷|焦|期待")
# What leads from a quote's verb to the next quote of the same speaker, no one else named: X氏は「A」と話し、さらに、
# 「B」と…, と述べた上で、「B」。 (the verb and its ending, a connective, the matter the next words are on: と述べ、
# 北朝鮮については「B」); also core.claims.quote_neighbours' reading of a closing quote with no verb of its own
THEN_NEXT_QUOTE = re.compile(r"(?:など)?と(?P<verb>[^「」。、はが]{0,10}?)(?:上で|うえで|ほか|一方で?)?、"
                             r"(?:さらに|また|その上で|そのうえで|続けて|加えて|一方で?)?、?"
                             r"(?:[^「」。、はが]{1,20}?(?:について|に関して|に対して|に対し)(?:は|も)?、?)?")
# A line of a list (related articles' headlines under the text)
_LIST_ITEM = re.compile(r"[ \u3000]*[・●○■□◆◇▼▽★☆※]")
# A passive verb: 言われた, 書かれて, 褒められる, 示された (the words came to the topic)
_PASSIVE = re.compile(r"[さらかわまたなばが]れ(?:た|て|る|ている|ていた|ており)?$")


def own_predicate(body: str, s_start: int, q_start: int, q_end: int, people: list) -> tuple | None:
    """(cue, speaker span) for a quote said by the topic right before it and closed by と and any predicate of theirs
    (菅官房長官は「…」と陳謝した), named right after と (「…」と前原氏が会見を拒否した) or closing the sentence as the one
    the predicate describes (「…」と満面の笑みを浮かべる具志堅氏。); (cue, None) for a sentence that
    is such a quote and its closing predicate, the speaker carried from before; else None. people: the sentence's
    mentions."""
    at = after_line_break(body, q_end, len(body))  # (「…」 と: past the spaces)
    if not body.startswith(_OPENS, at):
        return None  # a quote followed by の, を, （ or a line break, as most are: neither predicate can follow it
    if not SAID_WORDS.search(body, q_start, q_end) or _QUESTION.search(body, q_start, q_end) or q_end - q_start < 6:
        return None  # a term, a name or a question
    line = line_start(body, q_start, LONGEST)
    if (line == 0 or body[line - 1] == "\n") and _LIST_ITEM.match(body, line):
        return None  # ・上島竜兵が「出川には負けない！」と極秘実験で変身: a link to another article, told as its headline
    match = _PREDICATE.match(body, at)
    listed = _LISTED_PREDICATE.match(body, q_end) if match is None else None
    if listed is not None:  # 外務省幹部は「…」など、強い不快感を示した: the topic's own predicate, its speaker named
        speaker = None if _NOT_SAID.search(listed.group("predicate")) else speaker_before(
            body, s_start, q_start, people) or described_speaker_before(body, s_start, q_start)
        return (listed.group("predicate")[:16], speaker) if speaker is not None else None
    if match is None:
        return None
    predicate = match.group("predicate")
    if _NOT_SAID.search(predicate) or _PASSIVE.search(predicate):
        return None
    closing = _closing_on_speaker(body, match, people)
    if closing is not None:  # 「…」と満面の笑みを浮かべる具志堅氏。: the verb, without the name it describes
        return body[match.start("predicate"): closing[0]][:16], closing
    speaker = subject_after_to(body, match.start("predicate"), people) or speaker_before(body, s_start, q_start, people) \
        or (None if _THOUGHT.search(predicate) else described_speaker_before(body, s_start, q_start))
    # (サービスエリア関係者は「…」と真っ向から反論した: people by what they are; not 世間の人は「…」と思ったものだ, the
    # writer's guess at what anyone thought)
    if speaker is None and not (_OPENING.fullmatch(body, s_start, q_start) and _CLOSES.fullmatch(predicate)
                                and body.startswith("。", match.end()) and not _THOUGHT.search(predicate)) \
            and not (_said_before(body, s_start, q_start) and not _THOUGHT.search(predicate)):
        return None
    return predicate[:16], speaker  # (a sentence that is the quote and its predicate: the speaker carried from before)


def _said_before(body: str, s_start: int, q_start: int) -> bool:
    """Whether a quote of the sentence said before this one leads to it with its verb and a connective only: the
    speaker goes on (プラティニ氏は「A」と話し、さらに、「B」と…感触を示した), not one the words came to (と言われ、)."""
    closed = body.rfind("」", s_start, q_start)
    said = THEN_NEXT_QUOTE.fullmatch(body, closed + 1, q_start) if closed >= 0 else None
    return said is not None and _PREDICATE_OF_SPEECH.match(said.group("verb")) is not None


# The first quote's verb, one of speech (話し, 述べ, 語り, 強調し, 訴え…; not a deed: と叫んで走り出し, nor words
# received: と言われ, と指摘され), whole: no verb of this list names, labels or is passive (_NOT_SAID, _PASSIVE)
_PREDICATE_OF_SPEECH = re.compile(r"(?:話し|述べ|語り|語っ|言い|強調し|訴え|説明し|指摘し|明かし|主張し|批判し|非難し|反論し|答え|"
                                  r"コメントし|発言し|振り返り|振り返っ|明らかにし|表明し)(?:た|て|ており)?$")


# What may follow the name a sentence closes on: a title or honorific, an age, the sentence's end
_TITLE_AFTER = r"(?:さん|氏|ちゃん|くん|君|夫人|選手|監督|アナ|[\u4e00-\u9fff]{0,4}?(?:長|官|相|督|手))?(?:[(（][^()（）「」]{1,16}[)）])?"
_CLOSING_NAME = re.compile(_TITLE_AFTER + r"(?=。|\n|$)")
# Or the name the verb describes as the topic or subject the sentence goes on with: 「…」と気を引き締める宮里は、
_TOPIC_NAME = re.compile(_TITLE_AFTER + r"(?:は|が|も)")
# What the one named may be called between the verb and the name: と感想を漏らしたカメラマンの宮澤正明氏
_CALLED = re.compile(r"(?:[\u4e00-\u9fff\u30a1-\u30faー]{1,10}の)$")
# A verb's attributive ending right before the name: 返す川崎, 浮かべる具志堅氏, 荒げた星野監督 (not …と斎藤, …の内田: the
# name is one of two or something's, not the one the verb describes)
_ATTRIBUTIVE = re.compile(r"[るたいすうくぐむぶつぬだ]$")


def _closing_on_speaker(body: str, match: re.Match, people: list) -> tuple[int, int] | None:
    """The span of the person a sentence closes on after the quote's predicate describes them (「…」と満面の笑みを
    浮かべる具志堅氏。, 「…」と声を荒げた星野監督。), else None: the one the verb tells of said it."""
    end = match.end("predicate")
    for m in people:
        if m.type != "PERSON" or not match.start("predicate") < m.start < end:
            continue
        tail = _CLOSING_NAME.match(body, m.end)
        tail = tail if tail is not None and tail.end() == end else _TOPIC_NAME.match(body, m.end)
        verb = body[match.start("predicate"): m.start]
        called = _CALLED.search(verb)
        verb = verb[: called.start()] if called is not None else verb
        if tail is not None and _ATTRIBUTIVE.search(verb) and not _PASSIVE.search(verb):
            return m.start, tail.end()
    return None


# A subject named right after と, with its title or honorific: 「…」と前原氏が会見を拒否した
_SUBJECT_TAIL = re.compile(r"(?:・?[\u4e00-\u9fff\u30a1-\u30fa]{0,8}?)?(?:氏|さん)?(?:が|は)、?")


def subject_after_to(body: str, at: int, people: list) -> tuple[int, int] | None:
    """The span of a person or body the predicate opens with as its subject (と前原氏が…), else None."""
    mention = next((m for m in people if m.start == at and m.type in ("PERSON", "ORG")), None)
    tail = _SUBJECT_TAIL.match(body, mention.end) if mention is not None else None
    return (mention.start, tail.end()) if tail is not None else None
