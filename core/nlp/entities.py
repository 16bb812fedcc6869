"""Entity mentions in an article body: gazetteer, titles, UniDic tags, abbreviations, dates.

Types follow spaCy/OntoNotes: PERSON, GPE, LOC, ORG, LAW, EVENT, DATE. Spans are
the name without title or honorific, never nested; where candidates overlap
the longest wins, then the more trusted source.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from datetime import date
from operator import itemgetter
from typing import Iterable, Iterator

from core.dates.mentions import find_dates
from core.model import Mention
from core.nlp import tagger as tagger_model
from core.nlp.abbreviations import abbreviation_mentions
from core.nlp.agency_names import agency_mentions
from core.nlp.article_aliases import unify_spellings
from core.nlp.outlet_sites import outlet_sites
from core.nlp.bodies_and_sites import body_mentions, natural_place_mentions, site_mentions
from core.nlp.body_compounds import body_compound_mentions
from core.nlp.club_names import clubs_in_context
from core.nlp.company_names import announcer_mentions, company_mentions, short_company_forms
from core.nlp.company_evidence import companies_by_evidence
from core.nlp.company_heads import with_company_heads
from core.nlp.legal_form_names import with_legal_form_names
from core.nlp.company_suffix import with_company_suffix
from core.nlp.outlet_suffix import with_outlet_suffix
from core.nlp.company_words import with_company_words
from core.nlp.compound_names import compound_mentions
from core.nlp.datelines import dateline_places, joined_dateline_agencies
from core.nlp.defined_short_forms import defined_short_forms
from core.nlp.described_companies import described_companies
from core.nlp.demonyms import without_peoples
from core.nlp.dotted_terms import without_dotted_terms
from core.nlp.gazetteer_names import gazetteer
from core.nlp.given_names import split_given_names
from core.nlp.kind_names import kind_named_mentions
from core.nlp.latin_things import without_latin_things
from core.nlp.learned_spans import tagger_mentions
from core.nlp.lone_letters import without_lone_letters
from core.nlp.member_houses import member_houses
from core.nlp.local_heads import local_heads
from core.nlp.linking import link_new_names
from core.nlp.name_lists import listed_mentions
from core.nlp.name_parts import mend
from core.nlp.name_votes import one_type_per_name
from core.nlp.named_after import named_after
from core.nlp.nesting import give_way
from core.nlp.of_names import of_names
from core.nlp.readings import readings
from core.nlp.short_forms import later_short_forms, short_forms_retyped
from core.nlp.shortened_names import shortened_body_names
from core.nlp.suffixed_names import compounds
from core.nlp.surnames_read_as_places import surnames_before_offices
from core.nlp.text_index import TokenEnds
from core.nlp.team_names import clubs_named_short, school_team_mentions
from core.nlp.title_names import outside_bmp_names, people_before_titles, titles_cut_off
from core.nlp.repeated_surnames import repeated_surname_people, surnames_of_named_people
from core.nlp.titled_people import titled_people
from core.nlp.place_levels import other_levels
from core.nlp.tokens import pos_positions, tokenize, tokenized_ahead
from core.nlp.unidic_names import unidic
from core.nlp.user_lexicon import UserLexicon
from core.registry import Registry
from core.text import fold

TYPES = ("PERSON", "GPE", "LOC", "ORG", "LAW", "EVENT", "DATE")
# Lower is more trusted when two candidates cover the same characters.
PRIORITY = {"user": -1, "registry": 0, "gazetteer": 1, "title": 2, "compound": 3, "date": 4, "abbreviation": 5,
            "tagger": 6, "unidic": 7}
# Whether the tagger's facilities and products keep their characters taken (core.nlp.nesting, hold).
CONTAINERS_HOLD = True
_OUTSIDE_BMP = re.compile(r"[\U00020000-\U0003ffff]")
# A token's fields, read in C by map (detection runs these over every token of an article).
_start, _end = itemgetter(0), itemgetter(1)
# The folded form of each text made ahead by detected_ahead, by text: each is handed to the first detect() of its text.
_folded_ahead: dict[str, str] = {}


def detect(text: str, registry: Registry, reference: date | None = None, tagger=None,
           lexicon: UserLexicon | None = None) -> list[Mention]:
    """Every entity mention in text, in order, non-overlapping.

    tagger: the statistical tagger to fill gaps with (None: the bundled model,
    False: rules alone). Its spans stand only where no rule's span does.
    lexicon: what the user's corrections in the library taught (core.nlp.user_lexicon).
    """
    folded = _folded_ahead.pop(text, None) or fold(text)
    tokens = tokenize(folded)
    day = reference.isoformat() if reference else None
    # where tokens start and end, computed once for every pass below; a token's index by its end is built when a
    # pass first asks for it (edges), and shared
    starts = list(map(_start, tokens))
    index_at = dict(zip(starts, range(len(tokens))))
    ends = set(map(_end, tokens))
    edges = TokenEnds(tokens)
    candidates: list[Mention] = []
    candidates += gazetteer(folded, starts, ends, registry, day, tokens, index_at)
    candidates += titled_people(folded, tokens, starts, index_at, registry, day)
    candidates += local_heads(folded, tokens, index_at, registry)
    if "共同" in folded or "時事" in folded:
        candidates += joined_dateline_agencies(folded, tokens, starts, registry)
    if "=" in folded:
        candidates += dateline_places(folded, registry)
    # the proper nouns, picked once in C (a search of every token's features): UniDic's names and the given
    # names split_given_names reads are among them
    proper = pos_positions(tokens, ",固有名詞,")
    candidates += unidic(folded, tokens, proper)
    candidates += split_given_names(folded, tokens, index_at, registry, proper)
    candidates += abbreviation_mentions(folded, tokens, index_at, registry)
    candidates += listed_mentions(folded, registry.abbreviations)
    if "庁" in folded:
        candidates += agency_mentions(tokens, candidates)
    candidates += compounds(folded, tokens, index_at, candidates)
    candidates += body_compound_mentions(folded, tokens, index_at, ends, candidates)
    candidates += [
        Mention(d.start, d.end, "", "DATE", value=d.value, source="date")
        for d in find_dates(folded, reference)
    ]
    candidates += body_mentions(folded, candidates, registry)
    candidates += compound_mentions(folded, candidates)
    candidates += site_mentions(folded, tokens, index_at, ends)
    candidates += natural_place_mentions(folded, tokens, index_at)
    candidates += kind_named_mentions(folded, tokens, index_at)
    candidates += school_team_mentions(folded, tokens, index_at, edges)
    candidates += company_mentions(folded, tokens, edges)
    if "・オ" in folded:
        candidates += of_names(folded)
    if _OUTSIDE_BMP.search(folded):
        candidates += outside_bmp_names(folded, tokens)
    if lexicon is not None:
        candidates += lexicon.mentions(folded, index_at, ends)
    if tagger is None:
        tagger = tagger_model.load()
    containers: list[Mention] = []
    learned = tagger_mentions(folded, tokens, index_at, registry, tagger, containers) if tagger else []
    taken = bytearray(len(text) + 1)
    # a person's name glued to a body's, an event's or a prize's head is that thing's name (金正日政治軍事大学)
    candidates = named_after(folded, tokens, index_at, candidates)
    learned = named_after(folded, tokens, index_at, learned)
    # one character read as a person's name stands only with a person's word after it or a fuller name
    learned = without_lone_letters(folded, learned, candidates)
    # UniDic's person names compete with the rules (李|明博 is longer than a surname alone);
    # its places come after the tagger, which reads them in context (東京|オリンピック).
    weak = [c for c in candidates if c.source == "unidic" and c.type != "PERSON"]
    chosen = _resolve([c for c in candidates if c.source != "unidic" or c.type == "PERSON"], taken)
    chosen = give_way(folded, chosen, learned, taken)
    if CONTAINERS_HOLD:
        chosen = give_way(folded, chosen, containers, taken, hold=True)
    chosen += _resolve(learned, taken)
    # a company written bare as the one announcing or reported from: only where no rule and no tagger read a name
    chosen += _resolve(announcer_mentions(folded, tokens, edges), taken)
    chosen += _resolve(weak, taken)
    if lexicon is not None:
        chosen = [m for m in chosen if m.source == "user" or lexicon.allows(m, folded[m.start : m.end])]
    chosen = mend(folded, chosen, registry)
    chosen = titles_cut_off(folded, people_before_titles(folded, chosen), index_at, tokens)
    chosen = surnames_before_offices(folded, chosen, registry)  # 仲井真|知事, 堀江|前社長
    chosen = with_company_words(folded, chosen, tokens, index_at)  # 日本|無線, 日本|郵船
    chosen = readings(folded, chosen)
    chosen = one_type_per_name(folded, chosen, tokens, index_at)
    chosen = clubs_in_context(folded, chosen, registry, tokens, index_at)
    chosen = short_company_forms(folded, chosen)
    chosen = with_company_suffix(folded, chosen, tokens, index_at)
    chosen = with_company_heads(folded, chosen, tokens)
    chosen = with_legal_form_names(folded, chosen, tokens, index_at)
    chosen = companies_by_evidence(folded, chosen, tokens, index_at, ends, edges)
    chosen = described_companies(folded, chosen)  # 食品加工会社・ミートホープ, 芸能事務所・『X』: the name after ・
    chosen = without_latin_things(folded, chosen, tokens, index_at)
    chosen = without_dotted_terms(folded, chosen, tokens, index_at)
    chosen = with_outlet_suffix(folded, chosen, tokens)
    chosen = short_forms_retyped(folded, chosen, tokens, index_at)
    chosen = clubs_named_short(folded, chosen)
    chosen = sorted(chosen + later_short_forms(folded, chosen, index_at, ends, tokens), key=lambda m: m.start)
    chosen = defined_short_forms(folded, chosen)
    chosen = shortened_body_names(folded, chosen, index_at, ends)  # 日刊スポーツ … 日刊によると
    chosen = repeated_surname_people(folded, chosen)  # 土性沙羅選手 … 土性選手: a name UniDic reads as words
    chosen = surnames_of_named_people(folded, chosen, tokens, index_at)  # 孫正義 … 孫社長: a one-letter surname
    chosen = other_levels(folded, chosen, registry)
    # the house a named member sits in (河野太郎衆議院議員, 同国上院議員); an office alone names none
    chosen = member_houses(folded, chosen, registry)
    linked = link_new_names(folded, without_peoples(folded, chosen, tokens, index_at), text)
    return outlet_sites(folded, unify_spellings(folded, linked, registry, index_at, ends, text), registry, text)


@contextmanager
def detected_ahead(texts: Iterable[str], registry: Registry | None = None, tagger=None) -> Iterator[None]:
    """A block inside which detect() on each of texts finds its tokens made ahead, the texts tokenised back
    to back (core.nlp.tokens.tokenized_ahead): a worker's chunk of articles, tokenised at once.

    Each text's folded form is made once, here, and handed to the first detect() of that text: the very
    string its tokens and tags were made from, so a worker folds no article twice (folding walks every
    letter of the text: about 3 % of the rule passes' time).

    Given the registry and tagger detect() will be given (tagger as there: None the bundled model, False
    none), the chunk is then tagged back to back too (core.nlp.tagger.Tagger.tagged_ahead)."""
    _folded_ahead.clear()
    for text in texts:
        if text not in _folded_ahead:
            _folded_ahead[text] = fold(text)
    try:
        with tokenized_ahead(_folded_ahead.values()) as made:
            if tagger is None and registry is not None:
                tagger = tagger_model.load()
            if registry is None or not tagger:
                yield
                return
            with tagger.tagged_ahead(((tokens, text) for text, tokens in made.items()), registry):
                yield
    finally:
        _folded_ahead.clear()


def _resolve(candidates: list[Mention], taken: bytearray) -> list[Mention]:
    """Longest first, then the most trusted source; no overlaps with each other or with taken."""
    chosen = []
    for mention in sorted(candidates, key=lambda m: (m.start - m.end, PRIORITY[m.source], m.start)):
        if mention.end <= mention.start or any(taken[mention.start : mention.end]):
            continue
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        chosen.append(mention)
    return chosen
