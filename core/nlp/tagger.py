"""The statistical entity tagger: a CRF over UniDic features, trained on text with a free licence.

The bundled model (resources/tagger/) is trained on the stockmark Wikipedia NER
set (CC BY-SA 3.0, Stockmark Inc. and the Japanese Wikipedia contributors);
a library may carry its own model, retrained on its user's decisions
(core.nlp.learning). The tagger proposes spans the gazetteer and the rules do
not cover; core.nlp.entities decides which of them stand.
"""

from __future__ import annotations

import re
import struct
from bisect import bisect_left
from contextlib import contextmanager
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter, not_
from pathlib import Path
from typing import Iterable, Iterator

import pycrfsuite

from core.nlp.tagger_features import (
    COMPOUND_POS as _COMPOUND_POS, EDGES, NO_MARKS, char_kind, gazetteer_marks, mark_view, shipped_set, token_view, window_features,
)
from core.nlp.tagger_names import renamed
from core.nlp.tokens import Token
from core.paths import resource
from core.registry import Registry, bundled_registry

BUNDLED_MODEL = resource("tagger", "entities.crfsuite")
# The tagger's classes as Kaidan's types; LOCATION is split into GPE and LOC afterwards.
# Facilities and products are left out: the training set names schools, stadiums and
# stations as facilities, which Kaidan's scheme would read as places or organisations.
KAIDAN_TYPE = {"PERSON": "PERSON", "LOCATION": "LOC", "ORG": "ORG", "EVENT": "EVENT"}
# Tokens tagged on each side of a word that may be a name (the features reach two).
REACH = 4
# Token views kept between articles: about 0.7 kB each, so a worker's cache stays near 3.5 MB (news meets
# ~10,000 new words per 1,000 articles: at 200,000 a long import's workers each held ~140 MB of views, at 50,000
# ~35 MB, at 20,000 ~14 MB; every process of an import keeps its own, and the common words are found again soon
# after a clear). With tokens.SHARED_FEATURES, at 10,000 an import's processes held ~16 MB more than at 5,000.
# Held in two halves: past half, the views so far are set aside one turn and a word met again takes its own back.
VIEWS_KEPT = 5_000
_LINE_END = re.compile("\n")
_start = itemgetter(0)
_surface, _feature = itemgetter(2), itemgetter(3)  # what a token's view depends on
_name_like = itemgetter(5)
_ends_sentence = itemgetter(6)
# Kinds of characters that make a word look like a name (token_view's name_like).
_NAME_KINDS = ("kata", "latin", "caps")
# The attributes a surface makes (its own, to the next token, to the previous) and its last character makes (its
# own, as a compound's head), each a slot of Tagger._words' or Tagger._lasts' parts; none known: no part.
_WORD_PREFIXES, _LAST_PREFIXES = ("w=", "b w=", "c w="), ("l=", "h=")
_NO_WORD, _NO_LAST = ((), (), ()), ((), ())


class Tagger:
    """A loaded CRF model; tag() gives (start, end, label, confidence) spans over tokens."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._crf = pycrfsuite.Tagger()
        self._crf.open(str(self.path))
        try:
            # The same model with attribute names of a few bytes (core.nlp.tagger_names); CRFsuite
            # reads the bytes in place, so the object is kept as long as the tagger.
            self._model, short = renamed(self.path.read_bytes())
            crf = pycrfsuite.Tagger()
            crf.open_inmemory(self._model)
            self._crf = crf
            # The attributes the model weighs: CRFsuite saves those its features use and no other, so
            # they are its attribute table, read without the text dump info() parses (a tenth of a second).
            known = set(short)
        except (ValueError, struct.error):
            short = {}  # a model laid out otherwise keeps its own names
            known = {attribute for attribute, _ in self._crf.info().state_features}
        self._names = {attribute: short.get(attribute) or attribute.encode() for attribute in known}
        # Each attribute the model knows → a tuple of its short name, the part of a view it makes; one lookup
        # with () as the default gives a part for any attribute (a new word's view is built from them).
        self._parts = {attribute: (name,) for attribute, name in self._names.items()}
        # (surface, UniDic features) → the token's view: one lookup a token, its key a pair zip makes and reuses.
        self._views: dict[tuple[str, str], tuple] = {}
        # The views before the last turn of halves: a word met again takes its own back (news' common words), the rest
        # are dropped at the next turn; emptying the views whole had every common word's built again after each clear.
        self._older: dict[tuple[str, str], tuple] = {}
        self._edges = tuple(tuple(self._names[f] for f in edge if f in self._names) for edge in EDGES)
        # A model trained with the gazetteer's marks (core.nlp.tagger_features.gazetteer_marks) reads them.
        self.reads_gazetteer = any(attribute.startswith("g=") for attribute in known)
        # A model trained with compounds' heads (core.nlp.tagger_features: head) reads them.
        self.reads_heads = any(attribute.startswith("h=") for attribute in known)
        self._mark_views: dict[str, tuple] = {}
        # A new word's view is put together from parts shared with other words (see _view).
        self._by_surface: dict[str, tuple] = {}
        # The parts a surface and its last character make, for those the model weighs (a few thousand): a new word
        # looks its surface and its last character up once each, not five attributes spelled out and hashed.
        self._words: dict[str, tuple[tuple, tuple, tuple]] = {}
        self._lasts: dict[str, tuple[tuple, tuple]] = {}
        for attribute, part in self._parts.items():
            for slot, prefix in enumerate(_WORD_PREFIXES):
                if attribute.startswith(prefix):
                    _set_part(self._words, attribute[len(prefix):], slot, part, _NO_WORD)
            for slot, prefix in enumerate(_LAST_PREFIXES):
                if attribute.startswith(prefix):
                    _set_part(self._lasts, attribute[len(prefix):], slot, part, _NO_LAST)
        self._by_pos: dict[tuple, tuple] = {}
        self._by_kind: dict[str, tuple] = {}
        # Spans found ahead by tagged_ahead: id of the tokens → (the tokens, what else tag was given, the spans).
        self._ahead: dict[int, tuple[list[Token], tuple, list]] = {}

    def tag(self, tokens: list[Token], text: str, reach: int = REACH,
            registry: Registry | None = None) -> list[tuple[int, int, str, float]]:
        """Spans of the model's classes over the tokens of text, each with the model's confidence.

        The confidence is the lowest marginal probability of the span's labels:
        how sure the model is of the whole name, read once the sequence is tagged.
        registry: whose names mark the tokens, for a model that reads them (None: the bundled gazetteer).
        """
        if self._ahead:
            found = self._ahead.pop(id(tokens), None)
            if found is not None and found[0] is tokens and found[1] == (text, reach, registry):
                return found[2]
        if len(self._views) > VIEWS_KEPT // 2:  # two halves of the bound: the views since and those before
            self._older, self._views = self._views, {}
            self._by_surface.clear()
        # Every token is looked up, so the loops run in C (map, zip, compress); only new words cost Python, and a
        # word met before the last turn of halves only a lookup (no call): each word of the article not yet among
        # the views is looked up among those, then the older ones, then built, the feature set read once a call.
        found = self._views.get
        views = list(map(found, zip(map(_surface, tokens), map(_feature, tokens))))
        missing = list(compress(count(), map(not_, views)))
        if missing:
            kept, older, shipped = self._views, self._older.get, shipped_set()
            for index in missing:
                key = tokens[index][2:]
                view = found(key)
                if view is None:
                    view = older(key)
                    if view is None:
                        view = self._built(key, shipped)
                    else:
                        kept[key] = view
                views[index] = view
        out = []
        crf, edges, marked, heads = self._crf, self._edges, self._mark_view, self.reads_heads
        windows = _windows(views, _sentence_bounds(tokens, views, text), reach)
        marks = NO_MARKS
        if self.reads_gazetteer and windows:
            marks = gazetteer_marks(text, tokens, registry if registry is not None else bundled_registry())
        for first, last, low, high in windows:
            labels = crf.tag(window_features(views, first, last, low, high, edges, marks, marked, heads))
            if labels.count("O") == len(labels):
                continue  # most windows name nothing
            marginal = crf.marginal
            for begin, stop, label in _label_runs(labels):
                confidence = min(map(marginal, labels[begin:stop], range(begin, stop)))
                out.append((tokens[first + begin][0], tokens[first + stop - 1][1], label, confidence))
        return out

    @contextmanager
    def tagged_ahead(self, texts: Iterable[tuple[list[Token], str]], registry: Registry | None = None) -> Iterator[None]:
        """Tag each (tokens, text) back to back, each then given to the first tag() of those very tokens inside the block.

        An article's rule passes, run between two calls of the tagger, push the model's attribute table and
        weights and the views of known words out of the processor's caches; a worker's chunk of articles,
        tagged one after the other while they stay there, costs the tagger less. The spans are those tag()
        gives, found earlier: tag() hands them out only for the same tokens object, text, reach and registry.
        """
        self._ahead.clear()
        for tokens, text in texts:
            self._ahead[id(tokens)] = (tokens, (text, REACH, registry), self.tag(tokens, text, registry=registry))
        try:
            yield
        finally:
            self._ahead.clear()

    def forget(self) -> None:
        """Drop the views kept from the articles tagged so far."""
        self._views.clear()
        self._older = {}
        self._by_surface.clear()

    def views_kept(self) -> int:
        return len(self._views)

    def _mark_view(self, mark: str) -> tuple:
        """A gazetteer mark's features by their short names (those the model knows)."""
        view = self._mark_views.get(mark)
        if view is None:
            names = self._names
            view = self._mark_views[mark] = tuple(tuple(names[f] for f in part if f in names) for part in mark_view(mark))
        return view

    def _view(self, key: tuple[str, str]) -> tuple:
        """A token's view with only the features the model knows, by their short names (the same tags): one
        kept from before the last turn of halves, else built (_built)."""
        older = self._older.get(key)
        if older is not None:
            self._views[key] = older
            return older
        return self._built(key, shipped_set())

    def _built(self, key: tuple[str, str], shipped: bool) -> tuple:
        """A new token's view, kept (shipped: whether the shipped feature set is on, tagger_features.shipped_set).

        With the shipped feature set, put together from parts each computed once: those of its
        surface, of its POS (a few hundred in all) and of its kind of characters; the features
        keep token_view's order, so CRFsuite adds the same weights in the same order.
        """
        if not shipped:
            view = token_view.__wrapped__(*key)  # not memoised: this trimmed copy is the one kept (VIEWS_KEPT)
            names = self._names
            trimmed = tuple(tuple([names[f] for f in part if f in names]) for part in view[:5]) + view[5:7] + \
                (tuple([names[f] for f in view[7] if f in names]), view[8])
            self._views[key] = trimmed
            return trimmed
        surface, feature = key
        fields = feature.split(",", 4)
        unknown = feature.count(",") < 9  # token_view: fewer than ten fields
        word = self._by_surface.get(surface) or self._surface_parts(surface)
        pos = self._by_pos.get(tuple(fields[:4])) or self._pos_parts(fields[:4])
        kind = word[3] + ("1" if unknown else "0")
        kind_part = self._by_kind.get(kind) or self._kind_part(kind)
        name_like = (unknown and fields[0] == "名詞" and fields[1] != "数詞") or ",固有名詞," in feature or word[4]
        view = (word[0][0] + pos[0] + kind_part + word[0][1], word[1] + pos[1], word[2] + pos[2], pos[3], pos[4],
                name_like, surface == "。", word[5], fields[0] in _COMPOUND_POS and surface != "・")
        self._views[key] = view
        return view

    def _surface_parts(self, surface: str) -> tuple:
        """((own word, own last character), to the next, to the previous, kind, name-like by its letters, as a head)."""
        own, to_next, to_previous = self._words.get(surface, _NO_WORD)
        last, as_head = self._lasts.get(surface[-1], _NO_LAST)
        kind = char_kind(surface)
        parts = self._by_surface[surface] = (
            (own, last), to_next, to_previous, kind, kind in _NAME_KINDS or surface[0].isupper(), as_head)
        return parts

    def _pos_parts(self, fields: list[str]) -> tuple:
        """The POS's features: its own, to the next, to the previous, two after, two before."""
        part, pos = self._parts.get, "/".join(fields[:3])
        parts = self._by_pos[tuple(fields)] = (part("p=" + "/".join(fields), ()), part("b p=" + pos, ()),
                                               part("c p=" + pos, ()), part("a p=" + pos, ()), part("d p=" + pos, ()))
        return parts

    def _kind_part(self, kind: str) -> tuple:
        part = self._by_kind[kind] = self._parts.get("k=" + kind, ())
        return part


def _set_part(table: dict[str, tuple], text: str, slot: int, part: tuple, empty: tuple) -> None:
    """Put part in the slot of text's parts in table (each slot starts without one)."""
    parts = list(table.get(text, empty))
    parts[slot] = part
    table[text] = tuple(parts)


def _label_runs(labels: list[str]) -> list[tuple[int, int, str]]:
    """(first, last + 1, class) of the BIO runs; an I- without its B- starts a run."""
    out, current = [], None
    for index, label in enumerate(labels):
        if label == "O":
            current = None
        elif label[0] == "I" and current == label[2:]:
            out[-1] = (out[-1][0], index + 1, current)
        else:
            current = label[2:]
            out.append((index, index + 1, current))
    return out


def _sentence_bounds(tokens: list[Token], views: list[tuple], text: str) -> list[int]:
    """Token indices where sentences begin (after 。 and at line ends), with 0 and len(tokens)."""
    cuts = set(compress(count(1), map(_ends_sentence, views)))
    cuts.update(bisect_left(tokens, m.start(), key=_start) for m in _LINE_END.finditer(text))
    cuts.add(0)
    cuts.add(len(tokens))
    return sorted(cuts)


def _windows(views: list[tuple], bounds: list[int], reach: int = REACH) -> list[tuple[int, int, int, int]]:
    """(first, last, sentence start, sentence end) of the runs within reach tokens of a word that may be a name.

    A sentence without a proper noun, katakana, Latin or unknown word gives
    nothing: the model finds no name there, and tagging it would cost time.
    Runs stay inside their sentence, whose edges the features see.
    """
    out, sentence = [], 0
    for i in compress(count(), map(_name_like, views)):
        while bounds[sentence + 1] <= i:
            sentence += 1
        low_bound, high_bound = bounds[sentence], bounds[sentence + 1]
        low, high = max(i - reach, low_bound), min(i + reach + 1, high_bound)
        if out and out[-1][2] == low_bound and low <= out[-1][1]:
            out[-1] = (out[-1][0], high, low_bound, high_bound)
        else:
            out.append((low, high, low_bound, high_bound))
    return out


@lru_cache(maxsize=4)
def load(path: str | None = None) -> Tagger | None:
    """The model at path (the bundled one when None), loaded once per process; None if absent."""
    target = Path(path) if path else BUNDLED_MODEL
    if not target.exists():
        return None
    return Tagger(target)


def load_file(path: str | Path) -> Tagger:
    """The model at path, loaded again only when the file changed (a library's retrained model)."""
    path = Path(path)
    return _load_version(str(path), path.stat().st_mtime_ns)


@lru_cache(maxsize=4)
def _load_version(path: str, version: int) -> Tagger:
    return Tagger(path)
