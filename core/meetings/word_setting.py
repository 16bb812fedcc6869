"""A meeting word's day, place and tense, and the sides read beyond its clause: attendees listed after it, the
sentence's later words and the sentences before, a headline's pair, the arguments of its clause."""

from __future__ import annotations

import re

from core.meetings.arguments import argument_sides, article_topic
from core.meetings.around import place_referred
from core.meetings.attendees import attendees_listed, sat_in
from core.meetings.carried_body import body_subject_before
from core.meetings.country_letters import compound_countries
from core.meetings.cited import in_cited_title, reporter, sides_told_before
from core.meetings.full_names import spelled_out
from core.meetings.joined_pair import countries_joined
from core.meetings.mention import CALL_KINDS, PAIRED_KINDS
from core.meetings.paired_sides import both_of_pair, headline_pair
from core.meetings.more_sides import read_more_sides
from core.meetings.named_before import both_travel
from core.meetings.opening import pair_after_setting
from core.meetings.people import people_count, subject_mark_after, unique
from core.meetings.reading import ArticleReading, SentenceReading, Word
from core.meetings.sentence import visited_after
from core.meetings.setting import meeting_place
from core.meetings.signing_carried import signing_subject_carried
from core.meetings.tense import date_told, tense_and_day
from core.registry import bundled_registry

# the meetings whose sides the clause's arguments may name when no entity names any (a side an entity named stands
# with no unnamed kind beside it: 制作会社は…NHKと協議 is NHK's), and not a visit, whose destination
# may be any place, nor a signing: 協定を結んでいる市, an agreement in force
# A meeting that is what a clause speaks of (会談とその詳細を明らかにした, 会談について語った).
_SPOKEN_OF = re.compile(r"(?:とその|について|に関して|の内容|の詳細|を(?:明らかに|発表|伝え|報じ|説明|評価|歓迎|批判|非難|振り返))")


def read_setting(a: ArticleReading, s: SentenceReading, w: Word) -> None:
    """The meeting's day, place and tense (w.in_past: whether a day read is moved into the past) and its sides
    read beyond the clause."""
    body, actors, places, dates, s_start, s_end = a.body, w.actors, w.places, s.dates, s.s_start, s.s_end
    mention, match, start, end, clause = w.mention, w.match, w.start, w.end, w.clause
    date_told(body, mention, dates, a.all_dates, start, end, clause, s_start, s_end, s.paragraph, a.reference)
    attendees_listed(body, mention, actors, end, s_end)  # 6か国協議には、A、Bらが出席した
    sat_in(body, mention, a.out, actors, end, s_end)  # 会談には、A、Bが同席した
    both_travel(body, mention, a.all_actors, end)  # クアラルンプールを訪れた両外相は
    if mention.kind not in CALL_KINDS:
        mention.place = meeting_place(body, places, s_start, s_end, start, mention.kind,
                                      a.registry or bundled_registry())
        place_referred(body, mention, a.all_places, s_start)  # 当地を訪問予定だった
        visited_after(body, mention, places)  # 訪問中のイラクで
    w.in_past = tense_and_day(body, mention, match.group(0), dates, start, end, s_start, s_end, a.reference,
                              w.captioned)
    read_more_sides(body, mention, match.group(0), actors, places, clause, start, end, s_start, s_end, a.all_actors,
                    a.all_places, a.earlier_countries, a.earlier_bodies, a.out, a.earlier, a.reference, a.registry,
                    s.last_subject, s.far, s.subject, s.thing_since, s.previous_trigger)
    told_again = {b.full_name for b in w.referred_bodies}  # 朝日新聞によると、主催者の同紙と…: the paper takes part
    mention.participants = spelled_out(body, mention.participants,  # LTTE: タミル・イーラム解放のトラ
                                       a.earlier_bodies.within(max(0, s_start - 3000), start))
    mention.participants = [p for p in unique(mention.participants)
                            if p.name in told_again or not reporter(body, p, s_start, s_end)]
    if _SPOKEN_OF.match(body, end) and people_count(mention) < 2 and mention.title is None:
        # 報道官が会談とその詳細を明らかにした: the speaker did not attend; 首相は米朝首脳会談を歓迎した, 米国と中国の
        # 首脳会談を歓迎した: the two countries the word is named by did
        named_by = compound_countries(body, actors, clause, start) | countries_joined(body, actors, clause, start)
        mention.participants = [p for p in mention.participants if p.entity_id in named_by] \
            if named_by <= {p.entity_id for p in mention.participants} else []
    if not mention.participants and mention.title is None:
        headline_pair(body, mention)  # 『首脳会談の延期・中止も日韓、再び試練に直面』
    if mention.title is None:  # (南北首脳会談で、AとBは: the pair stands for the countries)
        pair_after_setting(body, mention, actors, end, s_end)  # 首脳会談後の共同記者会見で、AとBは
    both_of_pair(body, mention, actors, clause, start)  # 自民・公明両与党の「与党協議」で, 自民、公明両党の幹事長が
    if not mention.participants and mention.title is None and in_cited_title(body, start):
        sides_told_before(body, mention, a.out)  # 『東京メトロ、都営地下鉄と統合協議』 after their talks
    if mention.kind in PAIRED_KINDS and mention.title is None and len(mention.participants) < 2:
        argument_sides(body, mention, actors, max(s.previous_trigger, clause), start,  # 国は…居住者との協議に
                       _carried(body, s, clause, end), places,
                       lambda: (body_subject_before(body, a.spans, a.all_actors, a.all_places, s_start,
                                                    a.registry)  # 同市は…。
                                or article_topic(body, a.spans, a.all_actors)) if clause == s_start else None,
                       carried_far=s.far)
    if clause == s_start:  # 同日、モディ首相と協定に署名した: the signer carried from before
        signing_subject_carried(body, mention, clause, start, end, _carried(body, s, clause, end), a.spans,
                                a.all_actors, a.all_places, a.registry)


def _carried(body: str, s: SentenceReading, clause: int, end: int):
    """The person carried into a clause that opens its sentence: from a line that does not go on from them (s.far),
    only into a sentence with no subject of its own, before or after the word (…については今後議会側と協議する), as
    core.meetings.more_sides carries them into talks with a partner named."""
    if clause != s.s_start or s.far and (s.subject is not None or subject_mark_after(body, end + 1, s.s_end)):
        return None
    return s.last_subject
