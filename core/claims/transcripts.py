"""Interviews written as a transcript: each line opens with its speaker's label (影山：…, 倉田さん：…).

The rules read a sentence's subject from its words, so a transcript line's claim (影山：私は…を作りたいと
考えていて) is held by whoever was named before, or by words that run over the label (影山：必ず走る時は).
A label the article uses on two lines or more is a speaker: it holds its line's claims unless the line
names their holder itself. The interviewer's labels (Q, MC, 司会, ——) and a form's fields (日時：, 場所：)
speak for nobody. A round-table or a talk may also write each speaker's name on a line of its own and their words
on the next (大島優子\n初めての被災地訪問だったので…): each such turn is the named person's.
"""

from __future__ import annotations

import re

from core.claims.candidate import Candidate
from core.sentences import LONGEST
from core.text import line_start

_LABEL = re.compile(r"^[\s\u3000]*(?P<name>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z・]{1,12}?)(?:さん|氏|先生|選手|監督)?[：:]", re.M)
# Labels that are no speaker: the interviewer, a form's fields, a ranking's places
_NOT_A_SPEAKER = re.compile(r"^(?:Q|A|MC|司会|聞き手|インタビュアー|編集部|記者|日時|日程|場所|会場|住所|価格|料金|定価|電話|"
                            r"期間|時間|主催|共催|協力|出演|発売日?|内容|対象|応募|備考|問い合わせ|URL|作品|監督|原作|脚本|"
                            r"配給|公開|タイトル|著者|出版社|写真|文|取材|構成|特徴|ポイント|注意|条件|結果|答え?|質問|"
                            r"第[0-9０-９一二三四五六七八九十]+位)$")


def speaker_labels(body: str, mentions: list = ()) -> dict[str, list[re.Match]]:
    """Labels of a transcript's speakers (used on two lines or more, or once when the label is a person the entity
    detector found there: アンジェラベイビー：…), with where each is written."""
    if "：" not in body and ":" not in body:
        return {}  # most articles: no label at all
    found: dict[str, list[re.Match]] = {}
    for match in _LABEL.finditer(body):
        found.setdefault(match.group("name"), []).append(match)
    people = {(m.start, m.end) for m in mentions if m.type == "PERSON"}
    return {name: matches for name, matches in found.items() if not _NOT_A_SPEAKER.match(name) and (
        len(matches) >= 2 or (matches[0].start("name"), matches[0].end("name")) in people)}


def _person_of(name: str, mentions: list):
    """The person a label names, as the detector found them (not a span run over the label: 野村：ダルビッシュ)."""
    return next((m for m in mentions if m.type == "PERSON" and m.text.startswith(name) and "：" not in m.text
                 and ":" not in m.text), None)


def label_holders(body: str, mentions: list, candidates: list) -> None:
    """Give each claim on a speaker's line that the line does not hold itself to the label's speaker (in place)."""
    labels = speaker_labels(body, mentions)
    if not labels:
        return
    at_line = {m.start(): name for name, matches in labels.items() for m in matches}
    for candidate in candidates:
        line = line_start(body, candidate.start, LONGEST)  # (a label is only read at a line's start: ^ of _LABEL)
        label = next((m for m in _LABEL.finditer(body, line, min(len(body), line + 20)) if m.start() == line), None)
        if label is None or at_line.get(label.start()) is None:
            continue
        text = candidate.holder_text or ""
        line_end = body.find("\n", candidate.end)
        named_here = text and "：" not in text and ":" not in text and body.find(
            text, label.end(), line_end if line_end >= 0 else len(body)) >= 0
        if named_here and not (candidate.holder_entity_id or "").startswith("country:"):
            # 影山：Aさんは「…」と言っていた, 白河：「…」とプロの人は言います: the one the line names (not a country the
            # line speaks of: アンジェラベイビー：日本は…と思います)
            continue
        if candidate.start < label.end():  # 影山：私は…と考えていて: the claim begins after the label
            candidate.start = label.end()
            candidate.text = body[candidate.start : candidate.end]
        name = label.group("name")
        person = _person_of(name, mentions)
        candidate.holder_entity_id = person.entity_id if person is not None else None
        candidate.holder_text = person.text if person is not None else name


# A speaker's name alone on a line, an age or job in brackets after it (大島優子, 美紀（21歳）, A子さん(28歳・会社員))
_NAME_LINE = re.compile(r"^[ \t\u3000]*(?P<name>[\u4e00-\u9fff\u30a1-\u30faーA-Za-zＡ-Ｚａ-ｚ・]{1,12}?)(?:さん|氏)?"
                        r"(?P<aside>[（(][0-9０-９]{1,2}歳?[^（）()\n]{0,12}[）)])?[ \t\u3000]*$", re.M)
_SHORTEST_TURN = 12  # あーわかる, それ、いいよね: a turn that only agrees states nothing
# Words spoken, not a profile or a list under a name (…24歳のモデル。日々…励んでいる。, THE NIGHT PORTER／one spo)
_SPOKEN = re.compile(r"(?:です|ます|ました|でした|ません|でしょう|だよ|よね|けど|んだ|思う|思って|（笑）|\(笑\))")


def name_line_turns(body: str, mentions: list = ()) -> list[tuple[int, int, str, object]]:
    """(start, end, name, person mention or None) of each turn of a transcript whose speakers' names stand on lines of
    their own, the words on the next line (one paragraph a line), spoken (です, ます, けど…); none unless the article has
    two turns.
    A name line is a person the entity detector found there, or a name with an age in brackets after it."""
    if "\n" not in body:
        return []
    people = {(m.start, m.end): m for m in mentions if m.type == "PERSON"}
    turns = []
    for match in _NAME_LINE.finditer(body):
        person = people.get(match.span("name"))
        if person is None and not (match.group("aside") and "歳" in match.group("aside")):
            continue
        start = match.end() + 1  # the words: the paragraph on the next line
        end = body.find("\n", start)
        end = len(body) if end < 0 else end
        if end - start >= _SHORTEST_TURN and _SPOKEN.search(body, start, end) and _NAME_LINE.match(body, start) is None:
            turns.append((start, end, match.group("name"), person))
    return turns if len(turns) >= 2 else []


# Words told on a speaker's line (溝端：「…」と思った, 籠谷さん：…自分でも「合ってる」って思いますから): a quote closed by
# と or って and a verb of speech or thought; not a term the line goes on to talk of (「キムチの素」を使って, 「…」って感じ,
# 「Yomuca」としては), not a question, not words the speaker heard or made others say
# (「…」って冷たく言われ, と思われても, と言わせた, と思ってもらえる)
_TOLD_ON_LINE = re.compile(r"「(?P<words>[^「」\n]{2,400})」(?:と(?!いう|いった|の|か|し)|って)(?:も|は)?"
                           r"(?=(?:よく|いつも|つい|思わず|ずっと|すぐ)?(?:言|話|語|思|答|考え|説明|お話し|伝え|書))")
_HEARD = re.compile(r"[^。\n]{0,12}?(?:[言思]われ|聞かれ|[ぁ-ゖ]られ|され|[言思]わせ|もら[えうっ])")
# Someone other than the speaker named as the sentence's subject or source before the quote (彼が「…」, 読者から「…」,
# 先輩は「…」): their words, not the speaker's; the speaker's own 私は, 僕が, 自分でも are theirs
_OTHER_SUBJECT = re.compile(r"(?<!私)(?<!僕)(?<!俺)(?<!自分)(?<!わたし)(?<!あたし)(?:が|は|から|に|も)$")
# Words the speaker did not state: a verb that qualifies a noun (「狙う」って言う人, と思える切り口, と書いた画用紙), words not
# said (と言えなくて, と言わない所) or a supposed or habitual act (って思うかもなぁ, と思いがち, って言って受け取っちゃうかな)
_NOT_STATED = re.compile(r"[^。\n]{0,3}?(?:[うるすくつた](?=[\u4e00-\u9fff\u30a1-\u30fa]|ような|よう[なに])|[わえ]な[いく]|"
                         r"[^。\n]{0,16}?(?:かも|かな|がち|たら))")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
# A speaker's line that is their words in brackets and nothing else (小島：「女は面白さを求められていない！」): a transcript
# that quotes each answer; a term the line goes on to talk of (小島：「負け美女」という本を…) leaves words after it
_WHOLE_LINE = re.compile(r"[ \t\u3000]*「(?P<words>[^「」\n]*[ぁ-ゖ][^「」\n]*)」[。 \t\u3000]*(?=\n|$)")


def labelled_quotes(body: str, mentions: list, found: list) -> list[tuple[int, int, str, object, str]]:
    """(start, end, label, person mention or None, the word after) of each quote told on a transcript speaker's line
    by the speaker (with a verb, or the whole line: 小島：「…」) and that no claim read covers."""
    labels = speaker_labels(body, mentions)
    if not labels:
        return []
    people = [m for m in mentions if m.type == "PERSON"]
    quotes = []
    for name, matches in labels.items():
        person = _person_of(name, people)
        for label in matches:
            line_end = body.find("\n", label.end())
            line_end = len(body) if line_end < 0 else line_end
            whole = _WHOLE_LINE.match(body, label.end())
            if whole is not None and not whole.group("words").rstrip().endswith(("？", "?")) and not any(
                    c.start < whole.end("words") + 1 and whole.start("words") - 1 < c.end for c in found):
                quotes.append((whole.start("words") - 1, whole.end("words") + 1, name, person, "："))
                continue
            for quote in _TOLD_ON_LINE.finditer(body, label.end(), line_end):
                if quote.group("words").rstrip().endswith(("？", "?")) or _HEARD.match(body, quote.end()) or \
                        _NOT_STATED.match(body, quote.end()):
                    continue
                sentence = max([label.end()] + [m.end() for m in _SENTENCE_END.finditer(body, label.end(), quote.start())])
                before = body[sentence : quote.start()].rstrip("、 \u3000")
                if "」" in before or _OTHER_SUBJECT.search(before) or any(
                        m.type in ("PERSON", "ORG") and sentence <= m.start < quote.start() for m in mentions):
                    continue  # another quote or someone named before it in the sentence: not (only) the speaker's words
                start, end = quote.start(), quote.end("words") + 1
                if any(c.start < end and start < c.end for c in found):
                    continue
                quotes.append((start, end, name, person, body[quote.end() : quote.end() + 8].split("。")[0]))
    return quotes


def turn_claims(body: str, mentions: list, found: list[Candidate]) -> list[Candidate]:
    """Each turn of a transcript written under its speaker's name line is theirs: the claims read inside it that name no
    holder in it take that speaker, and a turn with no claim read is one direct claim of its own."""
    turns = name_line_turns(body, mentions)
    if not turns:
        return found
    added = []
    for start, end, name, person in turns:
        inside = [c for c in found if start <= c.start < end]
        for candidate in inside:
            if not candidate.holder_text or body.find(candidate.holder_text, start, candidate.start) < 0:
                candidate.holder_entity_id = person.entity_id if person is not None else None
                candidate.holder_text = person.text if person is not None else name
        if not inside:
            added.append(Candidate(start, end, body[start:end], name, "direct", person.entity_id if person is not None else None,
                                   person.text if person is not None else name, [], 0.6))
    return sorted(found + added, key=lambda c: c.start) if added else found


def labelled_quote_claims(body: str, mentions: list, found: list[Candidate]) -> list[Candidate]:
    """A direct claim for each quote that opens a transcript speaker's line and no claim read covers, held by the
    line's speaker."""
    added = [Candidate(start, end, body[start:end], cue, "direct", person.entity_id if person is not None else None,
                       person.text if person is not None else name, [], 0.6)
             for start, end, name, person, cue in labelled_quotes(body, mentions, found)]
    return sorted(found + added, key=lambda c: c.start) if added else found
