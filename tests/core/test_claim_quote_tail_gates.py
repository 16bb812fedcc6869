"""The readers of what follows a quote try their patterns only where the quote's tail opens as every reading of
theirs needs, with the same claims found (the rarer openings, など and との, included)."""

import re

from core.claims import voices
from core.claims.voices import speaker_after


class _Counted:
    """A compiled pattern whose match calls are counted."""

    def __init__(self, pattern: re.Pattern, calls: list):
        self.pattern, self.calls = pattern, calls

    def match(self, *args):
        self.calls.append(self.pattern.pattern[:12])
        return self.pattern.match(*args)


def _holder(text: str) -> str:
    [(start, end, cue, attribution, _, told)] = speaker_after(text, 0, len(text))
    return text[slice(*told.holder)]


def test_every_reading_of_a_speaker_after_a_quote_opens_with_to_or_nado():
    for pattern in (voices._SPEAKER_AFTER, voices._VIEW_OF, voices._WRITING_OF, voices._SPEAKER_CLOSES):
        assert pattern.pattern.startswith(("(?:など)?と", "(?:など)?(?:という|との|とする|とした|といった)")), pattern.pattern
    assert voices._TOLD_AFTER == ("と", "など")


def test_speakers_after_a_quote_in_each_form_and_its_rarer_openings():
    assert _holder("「日本は謝罪すべきだ」と報じた韓国紙は、さらに批判を強めた。") == "韓国紙"
    assert _holder("「日本は謝罪すべきだ」などと報じた韓国紙は、さらに批判を強めた。") == "韓国紙"
    assert _holder("「交渉は続けたい」とのラブロフ外相の発言が伝えられた。") == "ラブロフ外相"
    assert _holder("「交渉は続けたい」などというラブロフ外相の発言が伝えられた。") == "ラブロフ外相"
    assert _holder("「首相の判断は早すぎた」などと、識者の見方を紹介した。") == "識者"
    assert _holder("「まだ終わっていない」などと語った鈴木監督だった。") == "鈴木監督"


def test_a_quote_followed_by_anything_else_is_not_matched_four_times(monkeypatch):
    calls: list = []
    for name in ("_SPEAKER_AFTER", "_VIEW_OF", "_WRITING_OF", "_SPEAKER_CLOSES"):
        monkeypatch.setattr(voices, name, _Counted(getattr(voices, name), calls))
    text = "「日本は謝罪すべきだ」の見出しで韓国紙が報じ、「反日」を掲げる団体が集会を開いた。"
    assert speaker_after(text, 0, len(text)) == [] and calls == []
    said = "「日本は謝罪すべきだ」と報じた韓国紙は、さらに批判を強めた。"
    assert speaker_after(said, 0, len(said)) and calls  # a quote closed by と is read as before
