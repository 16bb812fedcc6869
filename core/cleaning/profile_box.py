"""The writer's profile a page prints after the article: a name (or a label) over a short life story.

山田 太郎（やまだ・たろう） / 1980年生まれ。…を経て現職。著書に『…』など。 — or 【著者プロフィール】 over the two,
or ■山田太郎 over it. The body ends before the box. A life story of someone the article is about (a new
minister's career closing a personnel story) names a person the text has named already: it stays."""

from __future__ import annotations

import re

from core.cleaning.bylines import byline_names
from core.cleaning.person_names import is_name, is_person_name
from core.cleaning.lines import Line, without_blanks

# What a short life story says: a birth year, a career's steps, the present post, books, a field
_LIFE = re.compile(r"(?:19|20)\d\d年[^。]{0,12}生まれ|生まれ。|を経て|現職|著書に|主な著書|専門は|卒業後|修了後|入社|"
                   r"特派員|研究員|准教授|教授を|客員|に就任")
LIFE_MARKS = 2  # marks of a life story a line holds at least
LIFE_LENGTH = 300  # characters of a box's life story at most
_LIFE_WORD = re.compile(r"生まれ|経て|現職|著書")  # one of them in every life story: a cheap look first
BOX_LINES = 6  # body lines from the end the box may start at most
HEAD_LENGTH = 30  # characters of the box's name or label line at most


# The label of a box about the article's writer: the name follows it.
_PROFILE_LABEL = re.compile(
    r"^(?:この記事の(?:筆者|著者|執筆者|ライター)|この記事を書いた人|(?:筆者|著者|執筆者|記者|ライター)(?:プロフィール|紹介|情報)?"
    r"|プロフィール|Profile|PROFILE|About the author|Author)\s*[:：]?$"
)


def profile_label(text: str) -> bool:
    """A box's label over a writer's name: この記事の筆者, 【著者プロフィール】, ■プロフィール."""
    return len(text) <= 24 and bool(_PROFILE_LABEL.match(text.strip().strip("【】[]［］〈〉<>＜＞■□◆◇●○★☆ \u3000")))


def profile_name(texts: list[str]) -> str | None:
    """The writer a box below the article names: its label (この記事の筆者, 【著者プロフィール】), then the name
    (a byline, a name alone, or a box's head line: 山田 太郎（やまだ・たろう）, 山田太郎 / ジャーナリスト)."""
    for i, text in enumerate(texts[:-1]):
        if profile_label(text):
            following = texts[i + 1].strip()
            names = byline_names(following) or ([following] if is_name(following) else [])
            if names or (names := [name] if (name := box_head_name(following)) else []):
                return names[0]
    return None


_READING_AFTER = re.compile(r"[（(][\u3041-\u309f・ 　]{2,20}[）)]$")


_BOX_MARK = re.compile(r"^[■□◆◇●○★☆▼▽▲△・]\s*")


_ROLE_TAIL = re.compile(r"[\s\u3000/／|｜（(].*$")


_MARKED_ROLE_TAIL = re.compile(r"[\s\u3000]*[/／|｜（(].*$")  # (a name written with a space: 佐藤 健一 / 記者)


def box_head_name(text: str) -> str | None:
    """The person a writer's box names on its head line: 山田 太郎（やまだ・たろう）, ■山田太郎, 山田太郎 / ジャーナリスト."""
    plain = _READING_AFTER.sub("", _BOX_MARK.sub("", text.strip())).strip()
    if is_person_name(plain):
        return plain
    for tail in (_MARKED_ROLE_TAIL, _ROLE_TAIL):
        name = tail.sub("", plain).strip()
        if name and name != plain and is_person_name(name):
            return name
    return None


def life_story(text: str) -> bool:
    """A short life story: a birth year, a career's steps, the present post, books (two marks at least)."""
    return len(text) <= LIFE_LENGTH and bool(_LIFE_WORD.search(text)) and len(set(_LIFE.findall(text))) >= LIFE_MARKS


def writer_box(lines: list[Line], labels: list[str]) -> int | None:
    """The raw index where the writer's box after the article's text starts, if there is one."""
    tail = []  # the body's last lines, read from the end (a page's lines are many, its box's few)
    for i in range(len(labels) - 1, -1, -1):
        if labels[i] == "body":
            tail.append(i)
            if len(tail) == BOX_LINES:
                break
    for index in reversed(tail):
        if not life_story(lines[index].stripped):
            continue
        above = [i for i in range(index - 1, -1, -1) if lines[i].kind != "blank"][:2]
        for at, head in enumerate(above):  # the name right over the story, a label over the name
            text = lines[head].stripped
            if len(text) > HEAD_LENGTH:
                break
            if profile_label(text):
                return head
            name = box_head_name(text)
            if name is not None:
                earlier = without_blanks("".join(lines[i].stripped for i in range(head) if labels[i] == "body"))
                if without_blanks(name) in earlier:
                    return None  # someone the article speaks of: their career is its text
                label = above[at + 1] if at + 1 < len(above) and profile_label(lines[above[at + 1]].stripped) else None
                return label if label is not None else head
            break
        return None
    return None


def trim_writer_box(lines: list[Line], labels: list[str]) -> list[str]:
    """End the body where the writer's box begins; the writer the box names ([] without a box or a name)."""
    start = writer_box(lines, labels)
    if start is None:
        return []
    box = [lines[index].stripped for index in range(start, len(labels)) if labels[index] == "body"]
    for index in range(start, len(labels)):
        if labels[index] == "body":
            labels[index] = "drop"
    return box_writer(box)


def before_writer_box(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """An extracted text's paragraphs up to the writer's box after them (the same box a dump's body ends before),
    and the box's paragraphs."""
    lines = [Line(number, text, "other") for number, text in enumerate(paragraphs, 1)]
    start = writer_box(lines, ["body"] * len(lines))
    return (paragraphs, []) if start is None else (paragraphs[:start], paragraphs[start:])


def box_writer(box: list[str]) -> list[str]:
    """The writer a box names: on its head line (■山田太郎, 山田太郎 / ジャーナリスト) or under its label."""
    if not box:
        return []
    name = profile_name(box[:2]) if profile_label(box[0].strip()) else box_head_name(box[0])
    return [name] if name else []


FOOT_REACH = 6  # lines under the text where the writer's box stands


def footer_writer(footer: list[str], body: str) -> str | None:
    """The writer a box under the text names: its label then the name (この記事の筆者, 【著者プロフィール】), or a name
    (■山田太郎, 山田太郎（やまだ・たろう）) right over a short life story, someone the text does not speak of."""
    if name := profile_name(footer):
        return name
    for head, story in zip(footer[:FOOT_REACH], footer[1 : FOOT_REACH + 1]):
        if len(head) <= HEAD_LENGTH and life_story(story) and (name := box_head_name(head)):
            # someone the text speaks of, even by the surname alone (中村さん): a profile of the article's subject
            surname = name.split()[0] if len(name.split()) > 1 else name[:2]
            return None if surname in without_blanks(body) else name
    return None
