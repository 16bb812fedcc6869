"""Agreement between the annotators of a team library, per layer, pairwise, overall and per article."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from statistics import mean
from typing import TYPE_CHECKING

from core.team.metrics import cohen_kappa, counts_table, fleiss_kappa, nominal_alpha, percent, span_f1
from core.team.unitizing import concatenate, unitizing_alpha

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

NONE = "(none)"


def load(team: sqlite_utils.Database) -> tuple[list[str], dict]:
    """The team's annotators and their decisions: {layer: {annotator: [(article, start, end, label, holder, target)]}}."""
    names = [n for (n,) in team.execute("SELECT name FROM team_members ORDER BY name")]
    layers: dict = defaultdict(lambda: defaultdict(list))
    for name, layer, *rest in team.execute(
            "SELECT annotator, layer, article_id, start_char, end_char, label, holder, target FROM team_decisions"):
        layers[layer][name].append(tuple(rest))
    return names, layers


def agreement(team: sqlite_utils.Database) -> dict:
    """Every figure: entities, claims, meeting ties, links, the confusion of labels, and each article's."""
    names, layers = load(team)
    states = dict(team.execute("SELECT state, count(*) FROM team_articles GROUP BY state").fetchall())
    text = Continuum(team, names)
    entity = entity_agreement(names, layers["entity"])
    entity["overall"].update(text.alpha(layers["entity"], lambda row: row[3], entity["pairs"]))
    claim = claim_agreement(names, layers["claim"])
    claim["overall"].update(text.alpha(layers["claim"], lambda row: "claim", claim["pairs"]))
    return {
        "annotators": names,
        "articles": team.execute("SELECT count(*) FROM articles").fetchone()[0],
        "states": states,
        "entities": entity,
        "claims": claim,
        "ties": tie_agreement(names, layers["tie"]),
        "links": link_agreement(names, layers["link"]),
        "per_article": per_article(team, names, layers),
    }


class Continuum:
    """The text annotators are compared on for unitizing alpha: the articles every compared annotator holds."""

    def __init__(self, team: sqlite_utils.Database, names: list[str]) -> None:
        self.names = names
        self.lengths = dict(team.execute("SELECT id, length(body) FROM articles"))
        held: dict = defaultdict(set)
        for name, article_id in team.execute("SELECT annotator, article_id FROM team_holdings"):
            held[name].add(article_id)
        # a library merged before holdings were kept: its annotator is taken to hold every article
        self.held = {n: held[n] if n in held else set(self.lengths) for n in names}

    def of(self, coders) -> list[tuple[int, int]]:
        """The articles all the coders hold, with their lengths, in id order."""
        common = set.intersection(*(self.held[c] for c in coders)) if coders else set()
        return [(a, self.lengths[a]) for a in sorted(common) if a in self.lengths]

    def alpha(self, by_name: dict, category, pairs: dict) -> dict:
        """uα of the layer for the whole team (overall figures) and for each pair (written into pairs)."""
        spans = [(n, row[0], row[1], row[2], category(row)) for n in self.names for row in by_name.get(n, ())]

        laid: dict = {}  # the continuum of a set of articles, laid out once for every pair that shares it

        def over(coders):
            articles = self.of(coders)
            key = tuple(a for a, _ in articles)
            if key not in laid:
                laid[key] = concatenate(articles, spans)
            units, length = laid[key]
            return unitizing_alpha(units, list(coders), length)

        for a, b in _pairs(self.names):
            pairs[f"{a} | {b}"]["u_alpha"] = over((a, b))["alpha"]
        team = over(tuple(self.names))
        return {"u_alpha": team["alpha"], "u_alpha_chars": team["length"],
                "u_alpha_by_label": {c: v["alpha"] for c, v in team["categories"].items()}}


def _pairs(names):
    return [(a, b) for a, b in combinations(names, 2)]


def _overall(pairs: dict, key: str):
    values = [p[key] for p in pairs.values() if p.get(key) is not None]
    return mean(values) if values else None


def entity_agreement(names: list[str], by_name: dict) -> dict:
    """Span F1 (exact and overlap, with and without the type) and type kappa/alpha on spans marked alike."""
    typed = {n: {(a, s, e, t) for a, s, e, t, *_ in by_name.get(n, ())} for n in names}
    spans = {n: {(a, s, e): t for a, s, e, t, *_ in by_name.get(n, ())} for n in names}
    pairs, confusion = {}, Counter()
    for a, b in _pairs(names):
        common = sorted(spans[a].keys() & spans[b].keys())
        pairs[f"{a} | {b}"] = {
            "f1_exact": span_f1(typed[a], typed[b]),
            "f1_overlap": span_f1(typed[a], typed[b], overlap=True),
            "f1_span_only": span_f1(set(spans[a]), set(spans[b])),
            "type_kappa": cohen_kappa([spans[a][k] for k in common], [spans[b][k] for k in common]),
            "agreed_spans": len(common),
        }
        for k in spans[a].keys() | spans[b].keys():
            confusion[(spans[a].get(k, NONE), spans[b].get(k, NONE))] += 1
    everyone = set.intersection(*(set(s) for s in spans.values())) if names else set()
    units = sorted(set().union(*(set(s) for s in spans.values()))) if names else []
    return {
        "pairs": pairs,
        "overall": {
            "f1_exact": _overall(pairs, "f1_exact"), "f1_overlap": _overall(pairs, "f1_overlap"),
            "f1_span_only": _overall(pairs, "f1_span_only"), "type_kappa_mean": _overall(pairs, "type_kappa"),
            "type_fleiss": _fleiss([[spans[n][k] for n in names] for k in sorted(everyone)]),
            "type_alpha": nominal_alpha([[spans[n].get(k) for k in units] for n in names]),
            "spans": len(units),
        },
        "confusion": _confusion(confusion),
    }


def claim_units(names: list[str], by_name: dict) -> list[dict]:
    """Claims of all annotators grouped into units: spans of one article that overlap are the same claim."""
    items = sorted(((c[0], c[1], c[2], n, c) for n in names for c in by_name.get(n, ())), key=lambda x: x[:4])
    units, current, reach = [], None, (None, -1)
    for article, start, end, name, claim in items:
        if current is None or article != reach[0] or start >= reach[1]:
            current = {}
            units.append(current)
            reach = (article, end)
        reach = (article, max(reach[1], end))
        current.setdefault(name, claim)
    return units


def claim_agreement(names: list[str], by_name: dict) -> dict:
    """Whether the same claims were marked (overlap F1), and stance, holder, target on the same claim."""
    units = claim_units(names, by_name)
    field = {"stance": 3, "holder": 4, "target": 5}
    value = lambda unit, n, f: None if n not in unit else (unit[n][field[f]] or NONE)  # noqa: E731
    pairs, confusion = {}, Counter()
    for a, b in _pairs(names):
        both = [u for u in units if a in u and b in u]
        spans_a = {c[:3] for c in by_name.get(a, ())}
        spans_b = {c[:3] for c in by_name.get(b, ())}
        pairs[f"{a} | {b}"] = {
            "f1_overlap": span_f1(spans_a, spans_b, overlap=True),
            "stance_kappa": cohen_kappa([value(u, a, "stance") for u in both], [value(u, b, "stance") for u in both]),
            "holder_agreement": percent(sum(value(u, a, "holder") == value(u, b, "holder") for u in both), len(both)),
            "target_agreement": percent(sum(value(u, a, "target") == value(u, b, "target") for u in both), len(both)),
            "same_claims": len(both),
        }
        for u in units:
            if a in u or b in u:
                confusion[(value(u, a, "stance") or "(no claim)", value(u, b, "stance") or "(no claim)")] += 1
    everyone = [u for u in units if all(n in u for n in names)]
    return {
        "pairs": pairs,
        "overall": {
            "f1_overlap": _overall(pairs, "f1_overlap"), "stance_kappa_mean": _overall(pairs, "stance_kappa"),
            "stance_fleiss": _fleiss([[value(u, n, "stance") for n in names] for u in everyone]),
            **{f"{f}_alpha": nominal_alpha([[value(u, n, f) for u in units] for n in names]) for f in field},
            "claims": len(units),
        },
        "confusion": _confusion(confusion),
    }


def tie_agreement(names: list[str], by_name: dict) -> dict:
    """Meeting ties: for each two meeting mentions of an article, do they speak of the same meeting?"""
    ties = {n: defaultdict(dict) for n in names}
    for n in names:
        for article, start, end, meeting, *_ in by_name.get(n, ()):
            ties[n][article][(start, end)] = meeting
    same = {n: {} for n in names}
    for n in names:
        for article, spans in ties[n].items():
            for x, y in combinations(sorted(spans), 2):
                same[n][(article, x, y)] = spans[x] == spans[y]
    pairs = {}
    for a, b in _pairs(names):
        common = sorted(same[a].keys() & same[b].keys())
        pairs[f"{a} | {b}"] = {"kappa": cohen_kappa([same[a][k] for k in common], [same[b][k] for k in common]),
                               "agreement": percent(sum(same[a][k] == same[b][k] for k in common), len(common)),
                               "mention_pairs": len(common)}
    units = sorted(set().union(*(set(s) for s in same.values()))) if names else []
    return {"pairs": pairs, "overall": {
        "kappa_mean": _overall(pairs, "kappa"),
        "alpha": nominal_alpha([[same[n].get(k) for k in units] for n in names]), "mention_pairs": len(units)}}


def link_agreement(names: list[str], by_name: dict) -> dict:
    """Links between meetings: the same two meetings linked (F1), and with the same relation."""
    links = {n: {(h, t): rel for _a, _s, _e, rel, h, t in by_name.get(n, ())} for n in names}
    pairs = {}
    for a, b in _pairs(names):
        common = sorted(links[a].keys() & links[b].keys())
        pairs[f"{a} | {b}"] = {
            "f1": span_f1({("", *k) for k in links[a]}, {("", *k) for k in links[b]}),
            "relation_kappa": cohen_kappa([links[a][k] for k in common], [links[b][k] for k in common]),
            "same_links": len(common)}
    units = sorted(set().union(*(set(s) for s in links.values()))) if names else []
    return {"pairs": pairs, "overall": {
        "f1": _overall(pairs, "f1"), "relation_alpha": nominal_alpha([[links[n].get(k) for k in units] for n in names]),
        "links": len(units)}}


def per_article(team: sqlite_utils.Database, names: list[str], layers: dict) -> list[dict]:
    """Each article's state, entity F1 (mean over pairs) and how many units annotators decided differently."""
    per: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(set)))
    for layer, by_name in layers.items():
        for n, rows in by_name.items():
            for row in rows:
                per[row[0]][layer][n].add(row)
    out = []
    for article_id, title, state in team.execute(
            "SELECT a.id, a.title, t.state FROM articles a LEFT JOIN team_articles t ON t.article_id = a.id "
            "ORDER BY a.id"):
        layers_here = per.get(article_id, {})
        ents = layers_here.get("entity", {})
        f1s = [span_f1(ents.get(a, set()), ents.get(b, set())) for a, b in _pairs(names)]
        f1s = [f for f in f1s if f is not None]
        differing = 0
        for by_name in layers_here.values():
            seen = Counter(row for n in names for row in by_name.get(n, ()))
            differing += sum(1 for c in seen.values() if c < len(names))
        out.append({"article_id": article_id, "title": title, "state": state,
                    "entity_f1": mean(f1s) if f1s else None, "differing": differing})
    return out


def _fleiss(units: list[list]) -> float | None:
    units = [[v if v is not None else NONE for v in u] for u in units]
    if not units or len(units[0]) < 2:
        return None
    return fleiss_kappa(counts_table(units))


def _confusion(counts: Counter) -> dict:
    labels = sorted({x for pair in counts for x in pair}, key=lambda s: (s.startswith("("), s))
    worst = sorted(((n, a, b) for (a, b), n in counts.items() if a != b), reverse=True)[:5]
    return {"labels": labels, "matrix": [[counts.get((r, c), 0) for c in labels] for r in labels],
            "most_confused": [{"first": a, "second": b, "count": n} for n, a, b in worst]}
