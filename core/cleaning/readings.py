"""Ruby readings a select-all copy prints after their words: 国会（こっかい）, 習近平(しゅう・きんぺい)."""

from __future__ import annotations

import re

from core.nlp.tokens import tagger

# A word of kanji, then its reading in brackets: kana alone, at least one per kanji and at most four per kanji
# (checked below), a ・ between a name's parts allowed.
_READING = re.compile(r"(?P<word>[\u4e00-\u9fff々〆ヶ]{1,8})[（(](?P<kana>[\u3041-\u309fー・]{1,32})[）)]")
PER_KANJI = 4  # kana of a reading per kanji at most (承（うけたまわ）る: 4)


def without_readings(text: str) -> str:
    """The text with each reading printed after its kanji word taken out; other brackets kept (（仮）, （上）)."""
    if "（" not in text and "(" not in text:
        return text
    return _READING.sub(_word_alone, text)


def _word_alone(match: re.Match) -> str:
    run, kana = match["word"], match["kana"].replace("・", "")
    return run if _reads(run, kana) else match.group(0)


def _reads(run: str, kana: str) -> bool:
    """The kana read a word closing the run of kanji (ruby covers one word: 瑛太主演（しゅえん） reads 主演). A note in
    kana after a word (事件（まとめ）) is no reading: the dictionary's reading of the word must be the kana or open
    the same way (a name's or a place's reading it does not know exactly still starts with its first sound)."""
    fitting = [run[i:] for i in range(len(run)) if len(run) - i <= len(kana) <= PER_KANJI * (len(run) - i)]
    said = [dictionary_reading(word) for word in fitting]
    if any(reading == kana for reading in said):
        return True
    return any(reading is None or reading[:1] == kana[:1] for reading in said)


def dictionary_reading(word: str) -> str | None:
    """The word's reading in hiragana as UniDic gives it, None where it gives none."""
    kana = []
    for token in tagger()(word):
        said = getattr(token.feature, "kana", None)
        if not said or said == "*":
            return None
        kana.append(said)
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in "".join(kana))
