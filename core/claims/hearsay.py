"""What a person told, written as hearsay (…によると、…という): the source holds it; and what any source, an outlet
too, judges or explains in hearsay (…可能性があるという, …ためだという), not an event it tells."""

from __future__ import annotations

import re

from core.claims.holders import NOT_A_HOLDER, SPEAKER_END, title_after
from core.claims.reports import OUTLET_NAME, SHORT_OUTLET
from core.claims.sources import VIA
from core.scan import skipping


# …と判断したという: the source tells that someone (the subject carried over) judged it; the source holds nothing
HEARSAY_OF = re.compile(r"(?:など)?と[^、。「」]{0,12}?(?:た|ている|ていた)(?:のだ|そうだ)?という[。、]")
_HEARSAY_END = re.compile(r"(?:のだ|だ)?(?:という|と言う)。?$")
_HEARSAY_END = skipping(_HEARSAY_END)  # core.scan's skipping twin: the same matches


def hearsay(body: str, people: list, s_start: int, s_end: int) -> list[tuple]:
    """What a person told, written as hearsay: ハッダド教育相によると、…を行うという。 (an outlet's …という is its report)."""
    end = s_end - 1 if body[s_end - 1] == "。" else s_end
    tail = _HEARSAY_END.search(body, s_start, s_end)
    # a forecast closing the sentence with no という (…によると、…加わる見通しとなっている; …に進む見込み。): a judgment,
    # the source's as …見通しだという is; its words run to 見込み or 見通し
    forecast = _FORECAST_END.search(body, max(s_start, s_end - 12), s_end) if tail is None else None
    if tail is None and forecast is None and (body.find("見込み", s_start, s_end) >= 0 or body.find("見通し", s_start, s_end) >= 0):
        forecast = _FORECAST_CLAUSE.search(body, s_start, s_end)  # …進展する見込みで政府は…: the forecast's clause ends there
    if tail is None and forecast is None:
        return []
    tail = tail or forecast
    for mention in people:
        title = title_after(body, mention.end) if mention.type == "PERSON" else None
        via = VIA.match(body, title.end() if title else mention.end)
        if mention.type == "PERSON" and via and via.group(0) and tail.start() - via.end() >= 6:
            return [(via.end(), min(tail.start(), end), "という" if forecast is None else via.group(0).rstrip("、"),
                     "indirect", None)]
    # a body or people named as the source (人権団体によれば、…たという, 関係者によると、…予定だという): the source's claim
    for via in VIA.finditer(body, s_start, tail.start()):
        if not via.group(0) or tail.start() - via.end() < 6 or "によると" not in via.group(0) and "によれば" not in via.group(0):
            continue
        begin = max(s_start, body.rfind("、", s_start, via.start()) + 1)
        source = _SOURCE.fullmatch(body, begin, via.start())
        if source is None or body.count("「", s_start, via.start()) != body.count("」", s_start, via.start()):
            continue
        name = source.group("name")
        judged = forecast is not None or _JUDGED.search(body, via.end(), tail.start()) is not None
        report = _REPORT_OF.search(name) if judged else None  # 富山市の13日発表によれば: 富山市
        name_end = source.start("name") + (report.start() if report else len(name))
        name = name[: report.start()] if report else name
        judged = judged and not NOT_A_HOLDER.search(name) and not _POINTER.match(name)  # それによると: read elsewhere
        if (OUTLET_NAME.search(name) or SHORT_OUTLET.match(name)) and not judged:
            continue  # 時事通信によると、…死亡したという: an outlet's hearsay tells an event, nobody's claim
        if not judged and (not SPEAKER_END.search(name) or NOT_A_HOLDER.search(name) or name.startswith("同")
                           or any(m.start < via.start() and source.start("name") < m.end for m in people)):
            continue  # JR西日本によると、…置かれていたという: a body named tells the event, as an outlet does
        cue = "という" if forecast is None else via.group(0).rstrip("、")
        return [(via.end(), min(tail.start(), end), cue, "indirect", (source.start("name"), name_end))]
    return []


# What the source judges or explains rather than tells as an event: a conjecture or a reason closing the hearsay
# (CNNによれば、…20頭前後以下だろうという; …可能性があるという; …見通しだという; …高いためだという): the source's claim
_JUDGED = re.compile(r"(?:だろう|でしょう|かもしれない|可能性が(?:ある|高い|強い)|見込み|見通し|ため|からだ?)(?:だ|である)?$")
_JUDGED = skipping(_JUDGED)
# A claim closing on a forecast (…首相に就任する見通し, …上陸する見込み): the source's judgement, never its topic's (野田氏は,
# トヨタ自動車は: what the source forecasts of, read by core.claims.after_source and core.claims.tellers)
FORECAST = re.compile(r"(?:見込み|見通し)$")
# A forecast closing a sentence without という: …見込み。, …見通しだ。, …見通しとなっている。 (the match starts after the noun)
_FORECAST_END = skipping(re.compile(r"(?<=見込み|見通し)(?:だ|である|です|となっている|となった)?。?$"))
# …や、…見込みで、…; …見通しだが、…: a forecast closing the first clause of a sentence (not the で of である, です:
# …継続する見込みである事も決めた, …見通しであることが分かった name the forecast as a thing, no clause of its own)
_FORECAST_CLAUSE = skipping(re.compile(r"(?<=見込み|見通し)(?:で(?![ぁ-ゖ])、?|であり、|であるが、|だが、|となり、)"))
# A source's report named after it, with its day (富山市の13日発表): the source is the name before it
_REPORT_OF = re.compile(r"の[^の]{0,10}(?:発表|報道|続報|記事)$")
_POINTER = re.compile(r"(?:それ|これ|あれ|同)")

# The source a hearsay sentence names, right before によると: 人権団体, 同新聞, ロイター通信 (after a comma or the start)
_SOURCE = re.compile(r"(?:また|さらに)?(?P<name>[^、。「」はがをにでと\n]{2,16})")
