"""Wire services and how pages name them (ロイター, [ロイター], (共同), Reuters…), to one display name."""

from __future__ import annotations

import re

AGENCIES = {
    "ロイター": "ロイター", "reuters": "ロイター", "トムソンロイター": "ロイター",
    "共同": "共同通信", "共同通信": "共同通信", "kyodo": "共同通信",
    "時事": "時事通信", "時事通信": "時事通信", "jiji": "時事通信",
    "afp": "AFP", "afp時事": "AFP", "afp=時事": "AFP", "ap": "AP", "ap通信": "AP",
    "ブルームバーグ": "ブルームバーグ", "bloomberg": "ブルームバーグ",
    "新華社": "新華社", "新華社通信": "新華社", "xinhua": "新華社",
    "聯合": "聯合ニュース", "聯合ニュース": "聯合ニュース", "yonhap": "聯合ニュース",
    "タス": "タス通信", "タス通信": "タス通信", "インタファクス": "インタファクス通信",
    "dpa": "dpa", "epa": "EPA", "cnn": "CNN", "bbc": "BBC",
}
AGENCY_ALT = "|".join(sorted((re.escape(k) for k in AGENCIES), key=len, reverse=True))
_OPENERS, _CLOSERS = "[［【(（", "]］】)）"


def agency_name(text: str) -> str | None:
    """The wire service a credit names (ロイター, [ロイター], (共同), Reuters...)."""
    start, end = 0, len(text)  # brackets and blanks around it off, one character at a time (most lines have none)
    while start < end and (text[start] in _OPENERS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _CLOSERS or text[end - 1].isspace()):
        end -= 1
    return AGENCIES.get(text[start:end].lower())
