"""One file in, table rows out: core's own cleaning and detection, with no library and no lock.

Every row carries the article's content hash as its key, so rows computed on
different machines join without a shared counter. Offsets are code points
into the clean body, as in the jsonl export.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from core.analysis import DETECTOR_VERSION
from core.analysis_limit import analysed_part
from core.batch import TABLES
from core.claims.suggest import suggest
from core.cleaning.apply import DUMP_FORMATS, apply_cleaning
from core.cleaning.lines import furniture_candidates
from core.cleaning.sites import SITE_MIN_PAGES, clean_for_site, left_out, site_of
from core.dates import reference_date
from core.export.records import ARTICLE_KEYS, EXTRA_KEYS
from core.ingest import IngestError, read_path
from core.learning import library_lexicon, library_tagger
from core.meetings.known_record import levels_told, words_of
from core.meetings.plan import plan_meetings
from core.nlp.entities import detect
from core.store import open_db
from core.store.registry import load_registry



@dataclass
class Detector:
    """What detection needs on a worker: the registry, the tagger and a lexicon (empty in a batch)."""

    registry: object
    tagger: object
    lexicon: object = None


def default_detector() -> Detector:
    """The bundled registry and tagger, as a fresh desktop library detects with."""
    db = open_db(":memory:")
    try:
        return Detector(load_registry(db), library_tagger(db), library_lexicon(db))
    finally:
        db.close()


@dataclass
class Rows:
    """The rows of every table one file gave."""

    tables: dict[str, list[dict]] = field(default_factory=lambda: {name: [] for name in TABLES})

    def extend(self, other: "Rows") -> None:
        for name, rows in other.tables.items():
            self.tables[name].extend(rows)


def page_lines(path: str) -> list[str]:
    """The candidate furniture lines of each page dump in a file (one list per page); [] when unreadable."""
    try:
        return [sorted(furniture_candidates(a.raw)) for a in read_path(Path(path), clean_pages=False)
                if a.source_format in DUMP_FORMATS]
    except IngestError:
        return []


def page_site_lines(path: str, common: frozenset[str]) -> list[tuple[tuple[str, int], tuple[str, int]]]:
    """((site, line key), (file, position)) for each line the cleaning leaves out of a page dump of a known site."""
    found = []
    try:
        for position, article in enumerate(read_path(Path(path), clean_pages=False)):
            if article.source_format in DUMP_FORMATS:
                apply_cleaning(article, common & furniture_candidates(article.raw))
                site = site_of(article)
                if site is not None:
                    found += [((site, key), (str(path), position)) for key in left_out(article)]
    except IngestError:
        pass
    return found


# site -> {line key: (file, position) of the page after which SITE_MIN_PAGES pages of the site left it out}
SiteCounts = dict[str, dict[int, tuple[str, int]]]


def file_rows(path: str, detector: Detector, common: frozenset[str] = frozenset(), imported_at: str = "",
              sites: SiteCounts | None = None) -> Rows:
    """Read, clean and analyse every article of one file; a bad file or article becomes an error row."""
    out = Rows()
    try:
        for position, article in enumerate(read_path(Path(path), clean_pages=False)):
            try:
                _article_rows(article, detector, common, imported_at, out, (str(path), position), sites or {})
            except Exception as exc:  # one hostile article never stops the file, let alone the run
                out.tables["errors"].append(_error(article.source, f"{type(exc).__name__}: {exc}"))
    except IngestError as exc:
        out.tables["errors"].append(_error(str(path), str(exc)))
    except Exception as exc:
        out.tables["errors"].append(_error(str(path), f"{type(exc).__name__}: {exc}"))
    return out


def _clean(article, common: frozenset[str], sites: SiteCounts, place: tuple[str, int]) -> None:
    """Clean a page dump as the desktop does: furniture out, then the lines its outlet left out of earlier pages.

    Earlier is the desktop's import order (files sorted, articles in file order); a line counts once
    SITE_MIN_PAGES pages before this one left it out of their first cleaning.
    """
    apply_cleaning(article, common)
    site = site_of(article)
    if site is None or site not in sites:
        return
    after = sites[site]
    clean_for_site(article, common, lambda _site, keys: {
        key: SITE_MIN_PAGES for key in keys if key in after and tuple(after[key]) < place})


def _error(source: str, reason: str) -> dict:
    return {"source": source, "reason": reason}


def _article_rows(article, detector: Detector, common: frozenset[str], imported_at: str, out: Rows,
                  place: tuple[str, int] = ("", 0), sites: SiteCounts | None = None) -> None:
    if article.source_format in DUMP_FORMATS:
        _clean(article, common & furniture_candidates(article.raw), sites or {}, place)
    if not article.paragraphs:
        out.tables["errors"].append(_error(article.source, "no article text found"))
        return
    body, key = article.body, article.content_hash
    published = article.published or article.published_inferred  # an undated page: the day its text gives
    day = reference_date(published, article.dateline)
    text = analysed_part(body)  # as the desktop's import: a long text's head (offsets are the body's)
    found = detect(text, detector.registry, day, tagger=detector.tagger, lexicon=detector.lexicon)
    record = {name: getattr(article, name, None) for name in ARTICLE_KEYS + EXTRA_KEYS if name != "id"}
    record.update(id=key, body=body, content_hash=key, imported_at=imported_at, status=None, notes=None,
                  authors=list(article.authors), captions=list(article.captions),
                  entities_version=DETECTOR_VERSION, raw=article.raw, published_text=article.published_text,
                  body_lines=list(article.body_lines), line_labels=list(article.line_labels),
                  import_note=article.import_note, cleaning_check=article.cleaning_check,
                  cleaning_check_line=article.cleaning_check_line)
    out.tables["articles"].append(record)
    registry = detector.registry
    for d in found:
        entity = registry.get(d.entity_id) if d.entity_id else None
        out.tables["mentions"].append({
            "article_id": key, "start": d.start, "end": d.end, "text": d.text, "type": d.type,
            "canonical": entity.name if entity else d.text, "entity_id": d.entity_id,
            "value": d.value, "origin": "detected", "state": "proposed", "source": d.source})
    for c in suggest(text, found, day.isoformat() if day else None, registry, title=article.title):
        out.tables["claims"].append({
            "article_id": key, "start": c.start, "end": c.end, "text": c.text,
            "holder_entity_id": c.holder_entity_id, "holder_text": c.holder_text,
            "holder_via": json.dumps(c.via, ensure_ascii=False), "stance": None,
            "attribution": c.attribution, "cue": c.cue, "origin": "suggested", "state": "candidate",
            "confidence": getattr(c, "confidence", None)})
    plan = plan_meetings(text, found, published, article.dateline, registry)
    for number, p in enumerate(plan.proposals):
        participants = [vars(x) for x in p.participants]
        out.tables["proposals"].append({
            "article_id": key, "proposal": number, "kind": p.kind, "status": p.status,
            "start_date": p.start, "end_date": p.end or p.start, "precision": p.precision,
            "date_text": p.date_text, "place_entity_id": p.place, "place_text": p.place_text, "title": p.title,
            "participants": json.dumps(participants, ensure_ascii=False, default=str),
            "countries": sorted({_country(x, plan.country_of) for x in participants} - {None}),
            "file": place[0], "position": place[1], "level": p.level, "reported": p.reported,
            "levels": sorted(levels_told(*zip(*[words_of(body, m.start, m.end) for m in p.mentions]))
                             if p.mentions else ())})
        for m in p.mentions:
            out.tables["meeting_mentions"].append({
                "article_id": key, "proposal": number, "start": m.start, "end": m.end, "text": m.text,
                "trigger": m.text, "sentence": body[m.sentence[0]:m.sentence[1]], "origin": "detected",
                "state": "proposed"})
    number_of = {id(p): n for n, p in enumerate(plan.proposals)}
    for source, target, relation, evidence in plan.links:
        out.tables["proposal_links"].append({
            "article_id": key, "from_proposal": number_of[id(source)], "to_proposal": number_of[id(target)],
            "relation": relation, "evidence": evidence})


def _country(participant: dict, country_of) -> str | None:
    entity = participant.get("entity_id")
    if not entity:
        return None
    return country_of(entity)
