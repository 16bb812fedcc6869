"""Bylines as Japanese and wire pages write them, and the names of people they give."""

from __future__ import annotations

import re

from core.cleaning.agencies import agency_name
from core.cleaning.person_names import NOT_NAMES, ORGANISATION, is_name, is_person_name

# Capitalised words (Jean-Pierre, J.) with separators; each part can match only one
# way, so a long line of capitalised words cannot make the regex backtrack.
_NAME_WORD = r"(?:[A-Z][a-z'’.]*(?:-[A-Z][a-z'’.]*)?|de|van|von|bin|al)"
_LATIN_NAME_LINE = re.compile(
    rf"^(?:By\s+)?{_NAME_WORD}(?:(?:\s+and\s+|\s*[,&]\s*|\s+){_NAME_WORD})+$"
)
_LATIN_SPLIT = re.compile(r"\s*(?:,|、|/|\band\b|&)\s*")
_JA_BYLINE = re.compile(
    r"^(?:[(（【]?\s*)?(?:文|取材・文|執筆|筆者|記者|Text|写真・文)\s*[:：=＝／/・]\s*(?P<name>[^)）】\s。、！？「」]{2,20})[)）】]?$"
    r"|^(?P<name2>[^\s、。]{2,10})\s*(?:記者|特派員|編集委員|論説委員)$"
)


# A role written after a name on a byline (「JSF | 軍事ブロガー」).
_ROLE = re.compile(r"記者|ジャーナリスト|ブロガー|ライター|作家|評論家|研究員|教授|アナリスト|編集委員|特派員|コラムニスト"
                   r"|解説委員|学者|研究者|専門家|弁護士|医師|コンサルタント|エコノミスト|予報士")
_DATE_LABEL_END = re.compile(r"\s*[(（]?\s*(?:公開|配信|更新|掲載|投稿|発行|最終更新)(?:日時|日|時刻)?\s*[:：]?\s*$")


_OPENER_OR_BAR = re.compile(r"[|｜（(【\[［）)】\]］\xa0]")


def name_after_date(text: str) -> str | None:
    """A byline written after the date on the date line, alone: 「2016.2.10(水) 山田 太郎」."""
    text = text.strip(" \u3000|｜/／")
    if not text or len(text) > 30:
        return None
    names = byline_names(text)
    if names:
        return names[0]
    return text if re.search(r"[\u3040-\u9fff]", text) and is_name(text) else None


def name_before_date(text: str) -> str | None:
    """A byline written before the date on the date line: 「井口裕右 2016/02/11」, 「JSF | 軍事ブロガー 2014年…」."""
    text = _DATE_LABEL_END.sub("", text.strip())  # 「山田太郎 公開日 2016年…」: the label belongs to the date
    text = text.rstrip("|｜/／・ \u3000")  # 「文・山田太郎／2016年…」: the bar between the name and the date
    # a byline of any form, a role after a bar; or the name closing what stands before the date
    # (「World | 山田太郎 2017年…」「BARKS 山田太郎 …」「（ 山田 太郎 …」)
    last = _OPENER_OR_BAR.split(text)[-1].strip()
    for candidate in (_BAR.split(text, maxsplit=1)[0].strip(), text, last):
        # capitalised words before a date are a section or an edition more often than a writer, unless 'By'
        latin = not re.search(r"[\u3040-\u9fff]", candidate) and not candidate.startswith("By ")
        if candidate and not latin and (names := byline_names(candidate)):
            return names[0]
        if is_person_name(candidate):  # 「山田 太郎」: a name written with a space
            return candidate
    parts = [p.strip() for p in re.split(r"[|｜/／\s\xa0]+", text) if p.strip()]
    if not parts or agency_name(parts[0]) or ORGANISATION.search(parts[0]):
        return None
    if is_person_name(parts[0]):
        return parts[0]
    if len(parts) >= 2 and _ROLE.search(parts[1]) and len(parts[0]) <= 20:
        return parts[0]
    return None


def is_byline(line: str) -> bool:
    """A line that names the writer: a byline, or a writing label and a handle (記事執筆：memn0ck)."""
    return bool(_WRITING_LABEL.match(line)) or bool(byline_names(line))


def byline_names(line: str) -> list[str]:
    """Author names if the whole line is a byline, else []."""
    text = line.strip()
    bracketed = text[:1] in "（(【［[" and text[-1:] in "）)】］]"
    if bracketed:  # （リー・ワン記者）, ［井上輝一，ITmedia］
        text = text[1:-1].strip()
    names = _labelled(text)
    if names:
        return names
    match = _JA_BYLINE.match(text)
    if match:
        return [_without_role(match["name"] or match["name2"])]
    if bracketed and is_name(text):
        return [text]  # （山田太郎）
    names = _name_and_role(text) or (_name_and_outlet(text) if bracketed else [])
    if names:
        return names
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    if len(text) <= 80 and not words & NOT_NAMES and _LATIN_NAME_LINE.match(text):
        text = re.sub(r"^By\s+", "", text)
        names = []
        for part in _LATIN_SPLIT.split(text):
            names.extend(_pair_words(part.split()))
        return [n for n in names if n]
    return []


# 「取材・文／山田太郎」「（文・写真 山田太郎）」「聞き手・山田太郎」「執筆者：山田太郎（ジャーナリスト）」:
# label words of writing (photo words only beside one of them), a separator, the names.
# (インタビュー：X「…」 is a headline naming the one interviewed, not a byline)
_WRITING = r"(?:取材|文|構成|執筆者?|筆者|記者|記事|聞き手|寄稿|文責|翻訳|Text|Words)"
_WORK = rf"(?:{_WRITING}|写真|撮影|編集|イラスト|Photo)"
_LABELLED = re.compile(
    rf"^(?P<label>{_WORK}(?:\s*[・/／&＆、]\s*{_WORK})*)\s*(?:[:：=＝／/・|｜]\s*|\s+)(?P<rest>\S.{{0,40}})$"
)
_WRITING_LABEL = re.compile(rf"^{_WORK}+\s*[:：=＝]\s*\S")
_NEXT_LABEL = re.compile(rf"[\s/／]+{_WORK}\s*[:：=＝／/]")
_BY = re.compile(r"^(?:Written\s+)?[Bb]y\s+(?P<rest>\S.{0,40})$")
# A role (or a reading) in brackets after a name: 山田太郎（ジャーナリスト）, 山田太郎（やまだ・たろう）.
_TRAILING_BRACKET = re.compile(r"\s*[（(][^（）()]{1,30}[）)]\s*$")
_ROLE_WORDS = (r"記者|特派員|編集委員|論説委員|解説委員|支局長|通信員|ジャーナリスト|ライター|ブロガー|"
               r"コラムニスト|カメラマン|アナリスト|評論家|作家|研究員|教授|編集長|編集部")
# A newsroom's desk or bureau: 政治部, 経済部, ワシントン支局, 大阪本社社会部, 中国総局.
_DESK = r"[^\s・、（）()]{1,10}?(?:部|支局|総局|本社)"
_ROLE_BEFORE = re.compile(rf"^(?:[^\s]{{0,8}}(?:{_ROLE_WORDS}))\s+(?P<name>\S.{{1,20}})$")
_ROLE_AFTER = re.compile(rf"^(?P<name>\S.{{1,20}}?)\s*(?:{_DESK})?(?:{_ROLE_WORDS})$")
_DESK_BEFORE = re.compile(rf"^{_DESK}\s*[・\s]\s*(?P<name>\S.{{1,20}})$")  # 政治部 山田太郎, 経済部・山田太郎
_ROLE_OR_READING = re.compile(
    rf"^\s*[（(](?:.*(?:{_ROLE_WORDS}).*|{_DESK}|[\u3041-\u309fー]+(?:[・\s\u3000][\u3041-\u309fー]+)*)[）)]\s*$")
_BAR = re.compile(r"\s*[|｜]\s*|\s+[:：]\s+")  # 河合薫 | 健康社会学者, 山田 太郎 : ジャーナリスト
_NAME_LIST = re.compile(r"\s*[、，,]\s*")
def _without_role(name: str) -> str:
    return _TRAILING_BRACKET.sub("", name).strip()


def _labelled(text: str) -> list[str]:
    """Names after a writing label (取材・文／…) or a 'by'."""
    match = _LABELLED.match(text)
    if match and re.search(_WRITING, match["label"]):
        rest = match["rest"]
    elif match := _BY.match(text):
        rest = match["rest"]
        if not re.search(r"[\u3040-\u9fff]", rest):
            return []  # a Latin byline is read by its own rule
    else:
        return []
    if re.search(r"[。！？!?「」『』]", rest):
        return []  # 筆者：…でしょうか？ is the interviewer's question
    later = _NEXT_LABEL.search(rest)  # 文／A　イラスト／B: the writer only
    rest = rest[: later.start()] if later else rest
    names = [_without_role(part) for part in _NAME_LIST.split(_without_role(rest))]
    names = [n for n in names if 2 <= len(n) <= 20 and not re.search(r"[。！？!?「」『』“”…]|\d", n)
             and not ORGANISATION.search(n)]
    return names if names and len(names) <= 4 else []


def _name_and_role(text: str) -> list[str]:
    """A person's name with a role before or after it: 「ジャーナリスト 山田太郎」「山田太郎 (編集部)」「河合薫 | 健康社会学者」."""
    parts = _BAR.split(text, maxsplit=1)
    if len(parts) == 2 and _ROLE.search(parts[1]) and "一覧" not in parts[1]:
        return [parts[0]] if is_name(parts[0]) else []
    bracket = _TRAILING_BRACKET.search(text)
    if bracket and is_name(text[: bracket.start()]) and _ROLE_OR_READING.search(bracket.group(0)):
        return [text[: bracket.start()].strip()]  # the brackets hold a role or a reading
    for pattern in (_ROLE_BEFORE, _ROLE_AFTER, _DESK_BEFORE):
        match = pattern.match(text)
        if match and is_name(match["name"].strip()):
            return [match["name"].strip()]
    # the name, then the outlet's title for them: ジョナサン・エイモス、BBC科学担当編集委員
    parts = _NAME_THEN_TITLE.split(text, maxsplit=1) if _ROLE_AFTER_ALL.search(text) else []
    if (len(parts) == 2 and len(parts[1]) <= ROLE_TITLE and (role := _ROLE_AFTER_ALL.search(parts[1]))
            and is_name(parts[0]) and not _ROLE_AFTER_ALL.search(parts[0])
            and not is_name(parts[1][: role.start()])):  # (青木志保記者、村田健記者: two writers, read elsewhere)
        return [parts[0].strip()]
    return []


_NAME_THEN_TITLE = re.compile(r"\s*[、，,]\s*|\s+")
_ROLE_AFTER_ALL = re.compile(rf"(?:{_ROLE_WORDS})$")
ROLE_TITLE = 25  # characters of an outlet's title for its writer (BBC科学担当編集委員) at most


def _name_and_outlet(text: str) -> list[str]:
    """「井上輝一，ITmedia」 in brackets: the names, then the outlet they write for."""
    parts = _NAME_LIST.split(text)
    if len(parts) < 2 or not re.fullmatch(r"[A-Za-z][A-Za-z0-9 .!&'-]*|.*(?:新聞|ニュース|通信|編集部).*", parts[-1]):
        return []
    names = parts[:-1]
    return names if all(is_name(n) for n in names) else []


def _pair_words(words: list[str]) -> list[str]:
    """Split 'Given Family Given Family' into names of two words (initials stay attached)."""
    names, current = [], []
    for word in words:
        current.append(word)
        is_initial = len(word.rstrip(".")) == 1
        if len(current) >= 2 and not is_initial and word[0].isupper():
            names.append(" ".join(current))
            current = []
    if current:
        if names and len(current) == 1:
            names[-1] += " " + current[0]
        else:
            names.append(" ".join(current))
    return names


def distinct_people(names: list[str]) -> list[str]:
    """Names without repeats, a name written again with its role after it (山田太郎記者) counting as a repeat."""
    kept: list[str] = []
    for name in names:
        if name in kept or any(name.startswith(other) and _ROLE_AFTER.match(name) for other in kept):
            continue
        kept = [other for other in kept if not (other.startswith(name) and _ROLE_AFTER.match(other))]
        kept.append(name)
    return kept
