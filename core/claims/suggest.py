"""Claim candidates: quoted passages and reported speech, with their cue and probable holder.

A quote 「…」 followed by a speech verb (と述べた, と指摘。, との見方を示した…) is a
direct claim; a clause ending in と + a speech verb is an indirect one. The
holder is the last person, organisation or country before it that is the
topic or subject of the clause (Xは, X外相は, Xも, Xが); a sentence with no
holder of its own continues the previous claim's holder (the omitted subject
of Japanese prose). 「AによるとBは…」 records A as the source the claim came through.
Sentences are read in core.claims.sentence_claims (reported clauses in core.claims.reported, holders in
core.claims.subjects) and checked in core.claims.clause_check; the steps after them are listed in suggest().
"""

from __future__ import annotations

from core.claims.after_source import topics_after_sources
from core.claims.among import held_among
from core.claims.article_topics import held_by_articles
from core.claims.carried_reporters import carried_reporters
from core.claims.asked_by import asked_by
from core.claims.bare_bodies import bare_body_holders
from core.claims.bodies_named import ministries_of_their_country
from core.claims.carried_holders import carried_corrections, holders_of
from core.claims.described_topics import described_topics
from core.claims.candidate import Candidate
from core.claims.clause_check import checked_by_clauses
from core.claims.content_subjects import topics_over_content_subjects
from core.claims.country_pairs import pair_holders
from core.claims.court_judgments import courts_for_judgments
from core.claims.governed_holders import governed_holders
from core.claims.headlines import headline_speaker
from core.claims.holder_chooser import chosen
from core.claims.imperial import imperial_mentions
from core.claims.inquiry_holders import inquiry_holders
from core.claims.inside import holders_outside
from core.claims.interviewed import interviewed_speakers
from core.claims.listed_speakers import listed_speaker_claims
from core.claims.listed_voices import listed_voices
from core.claims.name_shape import named_holders
from core.claims.mention_views import MentionViews, views_of
from core.claims.own_media import held_by_own_media
from core.claims.paired_turns import paired_turns
from core.claims.people_at_quote import people_at_quotes, people_reporting
from core.claims.posts import post_claims
from core.claims.quote_marks import as_corner_quotes
from core.claims.referred_sources import referred_sources
from core.claims.relayed import relayed
from core.claims.seats import Seats
from core.claims.sentence_claims import read_sentences
from core.claims.share_subjects import share_subject_holders
from core.claims.short_forms import held_by_full_names
from core.claims.surveys import survey_holders
from core.claims.titled_bodies import titled_holders
from core.claims.topic_speakers import topic_speakers
from core.claims.transcripts import label_holders, labelled_quote_claims, turn_claims
from core.claims.written_out import written_out_claims
from core.nlp.office_terms import seat_holder
from core.nlp.anonymous_people import initial_people
from core.nlp.whole_names import whole_names


def suggest(body: str, mentions: list, day: str | None = None, registry=None, *,
            title: str | None = None) -> list[Candidate]:
    """Claim candidates in body; mentions are the article's entity mentions (start, end, type...).

    With the article's day (ISO) and the registry, a title alone that no one in the article holds
    (首相は「…」) is held by whoever the registry records in that office on that day. With the article's
    headline (title), a speaker it names holds the body's first quote with nobody named that repeats
    its words; the headline itself is never a claim."""
    written = body
    body = as_corner_quotes(body)  # ｢…｣ and 『…』と述べた read as 「…」; same offsets
    seats = Seats(registry, day)
    mentions = whole_names(body, ministries_of_their_country(body, mentions))
    views = MentionViews(mentions)  # its indexes, each built once for the steps below that read them
    royals = imperial_mentions(body, mentions, lambda title, at: seat_holder(registry, title, None, day))
    speaker = headline_speaker(title, body, mentions)
    # people by an initial (Aさん(32歳)は「…」) speak in sentences; a line under ■Kさん is her profile, not her words
    read = initial_people(body, sorted(mentions + royals, key=lambda m: m.start) if royals else mentions)
    read_views = views_of(read, views)  # read's indexes: the mentions' own when no one is added, else built once
    found = read_sentences(body, read, seats, speaker, read_views)
    first = holders_of(found)  # the sentence reader's holders, before the readers below correct some
    found = checked_by_clauses(body, read, found, seats, read_views)
    label_holders(body, mentions, found)  # 影山：…と考えていて: a transcript's line is its labelled speaker's
    found = turn_claims(body, mentions, found)  # 大島優子\n初めての…: a turn under a name line is theirs
    found = labelled_quote_claims(body, mentions, found)  # 溝端：「…」と思った: words opening a speaker's line are theirs
    found = post_claims(body, mentions, found)  # ※以下、Aのツイートから抜粋 / ○A氏: the posts under it are A's
    found = written_out_claims(body, mentions, found)  # Aは自身のTwitterで\n…\nと、…コメントしており: the lines are A's
    found = listed_voices(body, found)  # ネット掲示板では\n「A」\n「B」: one quote a line, the place's voices
    found = listed_speaker_claims(body, mentions, found)  # ・TBS「朝ズバッ！」みのもんた\n「…」: the name line above speaks
    found = holders_outside(body, found, mentions)  # また、この教団が…と認めた: the claim's matter is not who tells it
    found = relayed(body, mentions, found, registry)  # 日本経済新聞は共同通信電として、…と伝えた: 共同通信 tells it
    found = referred_sources(body, mentions, found, views)  # 毎日新聞は…と報じた。それによれば、…: via 毎日新聞
    found = topics_after_sources(body, mentions, found)  # 朝日新聞によると、出版社・ぴあは、…: ぴあ, via 朝日新聞
    found = held_by_full_names(body, mentions, found)  # 東京都教育委員会(都教委) … 都教委は「…」: the body named in full
    found = pair_holders(body, mentions, found)  # 日韓両政府は…と発表した: the pair, not 韓国
    found = topics_over_content_subjects(body, mentions, found, views)  # Xは…、Yが…ことを発表した: X, Y is what it tells of
    found = held_by_own_media(body, mentions, found, views)  # 気象庁のウェブページで「…」と掲載: the agency speaks there
    found = named_holders(found)  # 悔しさを滲ませながら, 春日・と, 番組「NEWS23 X: a piece of the sentence holds nothing
    found = titled_holders(body, mentions, found)  # パキスタン外務大臣は「…」: the minister, not Pakistan
    found = people_at_quotes(body, mentions, found, views)  # 周囲の職員らも「…」と話している: the staff, no name from elsewhere
    found = people_reporting(body, mentions, found, views)  # 地裁は…したが、遺族は…として: the bereaved, not the court
    found = topic_speakers(body, read, found, read_views)  # 耐えかねた篤姫は「…」と宣言: the topic right before the quote speaks
    found = described_topics(body, read, found, read_views)  # この教諭は、「…」と説明: the described topic, not a name before
    found = carried_corrections(body, read, first, found, read_views)  # 「…」と話した。また「…」とも: the corrected speaker goes on
    found = paired_turns(body, read, found, read_views)  # 染谷は、「A。」二階堂は、「B」と語った: A is 染谷's, told by the same verb
    found = survey_holders(body, mentions, found, views)  # A社の世論調査によると、…ことが判明した: the survey's maker finds it
    found = share_subject_holders(body, found)  # …調査によると、30代女性の42％が「…」と回答: the share, not the survey's maker
    found = governed_holders(body, read, found)  # JTBは…ないが、観光省は「…」と伝えている: the main clause's subject
    found = asked_by(body, mentions, found, views)  # 「…」と、松岡氏に訊かれた錦織は: the one who asked holds the question
    found = interviewed_speakers(body, mentions, found, views)  # NHKが現地の男性へインタビューしたところでは、「…」: the man
    found = held_among(body, mentions, found, views)  # ネットユーザーの間でも「…」というコメントが: the users
    found = bare_body_holders(body, mentions, found, views)  # 所属事務所・X … 事務所は「…」: X, the one body named with the word
    found = courts_for_judgments(body, mentions, found)  # 知財高裁は…判決を言い渡した。…判決は、「…」と指摘: the court
    found = inquiry_holders(body, mentions, found)  # 同署は山田さんは自殺を図ったと見て調べている: the police, not the victim
    found = held_by_articles(body, mentions, found, views)  # …と毎日新聞が報じた。同記事では「…」: the paper tells it
    found = carried_reporters(body, mentions, found)  # …と「WIRED」が報じた。さらに、…とも報じた: WIRED reports on
    found = chosen(body, mentions, found)  # the learned holder chooser, when its policy is on (off by default)
    if body is not written:
        for candidate in found:
            candidate.text = written[candidate.start : candidate.end]  # the claim as the article writes it
    return found
