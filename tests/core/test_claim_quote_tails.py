"""A sentence's quotes and how their tails open are read once by the sentence reader and handed to the steps that
read after a closing 」 (core.claims.quote_tails, issue 14): the quote and its verb (direct), the speaker named after
it (speaker_after), readers' voices (voices) and a remark told as a noun (remarks). A step handed a reading made for
another sentence, or for another body, reads its own: the claims stay those it finds handed nothing."""

import sys

from core.claims import quote_marks, reports
from core.claims.quote_tails import TOLD_AFTER, QuoteTails, tails_of
from core.claims.quotes import direct
from core.claims.reports import remarks
from core.claims.seats import Seats
from core.claims.sentence_claims import read_sentences
from core.claims.voices import chains, speaker_after, voices
from core.model import Mention

# Two sentences, each with quotes every tail reader reads: a verb after the quote, a speaker named after it, readers'
# voices, a remark told as a noun (their spans differ, so a reading of one is wrong for the other)
_FIRST = "ネット上では「説明が足りない」「納得できない」などと批判の声が相次いだ。"
_SECOND = "「日本は謝罪すべきだ」と報じた韓国紙は、石原知事の「前向きに考える」という発言も伝えた。"
_BODY = _FIRST + _SECOND
_ONE, _TWO = (0, len(_FIRST)), (len(_FIRST), len(_BODY))
_KOREAN = Mention(_BODY.index("韓国紙"), _BODY.index("韓国紙") + 3, "韓国紙", "ORG", source=None)
_ISHIHARA = Mention(_BODY.index("石原"), _BODY.index("石原") + 2, "石原", "PERSON", source=None)


def _fields(tails):
    return tails.spans, tails.outer, tails.told


def _steps(body, s_start, s_end, people, tails):
    """What each tail reader reads in the sentence, handed tails (None: each reads its own)."""
    return {
        "direct": direct(body, s_start, s_end, people, tails),
        "chains": chains(body, s_start, s_end, tails),
        "speaker_after": speaker_after(body, s_start, s_end, people, frozenset(), tails),
        "voices": voices(body, s_start, s_end, None, tails),
        "remarks": remarks(body, s_start, s_end, people, [], tails),
    }


def test_each_reader_handed_the_sentence_s_reading_finds_what_it_finds_alone():
    people = [_KOREAN, _ISHIHARA]
    for span in (_ONE, _TWO):
        alone = _steps(_BODY, *span, people, None)
        assert _steps(_BODY, *span, people, QuoteTails(_BODY, *span)) == alone
    first, second = _steps(_BODY, *_ONE, people, None), _steps(_BODY, *_TWO, people, None)
    assert [_BODY[a:b] for a, b, *_ in first["voices"]] == ["「説明が足りない」「納得できない」"]
    assert [_BODY[a:b] for a, b, *_ in second["speaker_after"]] == ["「日本は謝罪すべきだ」"]
    assert [_BODY[a:b] for a, b, *_ in second["remarks"]] == ["「前向きに考える」"]
    assert [_BODY[a:b] for a, b, *_ in first["direct"]] == ["「説明が足りない」", "「納得できない」"]


def test_each_reader_handed_another_sentence_s_reading_reads_its_own():
    people = [_KOREAN, _ISHIHARA]
    for span, other in ((_ONE, _TWO), (_TWO, _ONE)):
        wrong = QuoteTails(_BODY, *other)  # the same body, the other sentence's quotes
        assert _steps(_BODY, *span, people, wrong) == _steps(_BODY, *span, people, None), span
    shifted = QuoteTails(_BODY, _TWO[0] + 1, _TWO[1])  # a reading one letter off the sentence
    assert _steps(_BODY, *_TWO, people, shifted) == _steps(_BODY, *_TWO, people, None)


def test_each_reader_handed_another_body_s_reading_of_the_same_span_reads_its_own():
    # an earlier article with quotes at the same offsets, ending the other way: a stale reading of its tails
    stale_body = _FIRST + "「日本は謝罪すべきだ」の見出しで、石原知事の「前向きに考える」の一文が添えられた。"
    people = [_KOREAN, _ISHIHARA]
    stale = QuoteTails(stale_body, *_TWO)
    assert stale.told == frozenset()  # nothing told after its quotes: a reader trusting it would find nothing
    assert _steps(_BODY, *_TWO, people, stale) == _steps(_BODY, *_TWO, people, None)
    assert tails_of(_BODY, *_TWO, stale) is not stale and tails_of(_BODY, *_TWO, stale).told
    copy = "".join(list(_BODY))  # equal text, another string: read anew, with the same readings
    again = tails_of(copy, *_TWO, QuoteTails(_BODY, *_TWO))
    assert again.body is copy and (again.spans, again.outer, again.told) == (_fields(QuoteTails(_BODY, *_TWO)))


def test_a_tail_is_told_when_it_opens_with_to_or_nado_whatever_follows():
    for opening in ("と", "など", "などと", "との", "という", "などという", "とする", "、", "の", "を", "\nと", " と", "（", ""):
        body = "首相は「対話を続けたい」" + opening + "述べた。"
        end = body.index("」") + 1
        tails = QuoteTails(body, 0, len(body))
        assert tails.spans == ((3, end),) and tails.outer == ((3, end),)
        assert (end in tails.told) == body.startswith(TOLD_AFTER, end) == opening.startswith(TOLD_AFTER), opening
    lost = "対話を続けたい」と首相は述べ、「制裁は続ける」と強調した。"  # the first quote's opening mark lost
    tails = QuoteTails(lost, 0, len(lost))
    assert tails.spans == ((0, 8),) + tails.outer and tails.told == frozenset({8, 23})


def test_a_reading_s_quotes_are_those_the_readers_found_alone_in_any_sentence():
    # lost opening marks, a bracket or 『 before one, nested quotes, marks unclosed or closed twice, no quote at all
    for text in ("対話を続けたい」と首相は述べ、「制裁は続ける」と強調した。", "（対話を続けたい」と述べた。", "『対話」を続けたい」と述べた。",
                 "「A「B」C」と「D」など", "」」「「」", "「」", "」", "「", "対話」", "外相は会談した。", "",
                 "首相は「対話を続けたい」と述べ、「制裁は続ける」と強調した。" * 3):
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1, 3):
                tails = QuoteTails(text, start, end)
                assert tails.spans == tuple(quote_marks.quote_spans(text, start, end)), (text, start, end)
                assert tails.outer == quote_marks.quotes(text, start, end), (text, start, end)
                assert tails.told == {b for _, b in tails.spans if text.startswith(("と", "など"), b)}


def test_the_reader_finds_a_sentence_s_quotes_once_for_all_its_tail_readers(monkeypatch):
    read: list = []
    spans_of = quote_marks.quote_spans

    def counted(body, s_start, s_end):
        read.append((s_start, s_end))
        return spans_of(body, s_start, s_end)

    for module in list(sys.modules.values()):  # wherever a step took it from
        if getattr(module, "__name__", "").startswith("core.claims.") and getattr(module, "quote_spans", None) is spans_of:
            monkeypatch.setattr(module, "quote_spans", counted)
    found = read_sentences(_BODY, [_KOREAN, _ISHIHARA], Seats(None, None))
    assert {c.text for c in found} >= {"「説明が足りない」「納得できない」", "「日本は謝罪すべきだ」", "「前向きに考える」"}
    assert sorted(read) == [_ONE, _TWO]  # once a sentence (direct, chains, speaker_after each found them before)


def test_a_remark_is_looked_for_only_after_a_quote_told_with_to_or_nado(monkeypatch):
    assert reports._REMARK.pattern.startswith("(?:など)?(?:という|との)")  # as TOLD_AFTER assumes
    tried: list = []
    pattern = reports._REMARK

    class _Counted:
        def match(self, *args):
            tried.append(args[1])
            return pattern.match(*args)

    monkeypatch.setattr(reports, "_REMARK", _Counted())
    text = "首相の「前向きに考える」の一文と、石原知事の「対話を続けたい」との発言が伝えられた。"
    people = [Mention(text.index("石原"), text.index("石原") + 2, "石原", "PERSON", source=None)]
    assert [(text[a:b], cue) for a, b, cue, *_ in remarks(text, 0, len(text), people, [])] == [("「対話を続けたい」", "発言")]
    assert tried == [text.index("」との") + 1]  # the quote followed by の is not tried
    rarer = "石原知事の「対話を続けたい」などという発言が伝えられた。"  # など before という: told, tried
    people = [Mention(0, 2, "石原", "PERSON", source=None)]
    assert [cue for _, _, cue, *_ in remarks(rarer, 0, len(rarer), people, [])] == ["発言"]


def test_a_caption_s_comment_is_told_by_a_comma_or_stop_searched_in_place(monkeypatch):
    from core.claims import quotes as module

    looked_up: list = []
    search = module.re.search

    def uncompiled(pattern, *args):
        looked_up.append(pattern) if pattern == "[、。]" else None
        return search(pattern, *args)

    monkeypatch.setattr(module.re, "search", uncompiled)
    text = "談話(スポーツニッポンより)王監督「選手たちが本当によく頑張ってくれた。最高の気分です」なお、号外が配られた。"
    assert [(text[a:b], cue, text[slice(*named)]) for a, b, cue, _, named in direct(text, 0, len(text))] == [
        ("「選手たちが本当によく頑張ってくれた。最高の気分です」", "談", "王監督")]
    name = "談話(スポーツニッポンより)王監督「最高の気分です」なお、号外が配られた。"  # no comma or stop: a name, no caption read
    assert direct(name, 0, len(name)) == []
    assert looked_up == []  # the quote's marks are searched in place, by a pattern compiled once
