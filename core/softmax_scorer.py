"""A linear scorer over standardised features whose probabilities are a softmax over one group's rows (a
conditional logit): the shape of Kaidan's learned second opinions, the headline ranker and the holder chooser."""

from __future__ import annotations

import json
import math

from core.paths import resource


class SoftmaxScorer:
    """Scores rows of FEATURES (a subclass names them); a model of another feature set is refused."""

    FEATURES: tuple[str, ...] = ()

    def __init__(self, names: list[str], means: list[float], spreads: list[float], weights: list[float]) -> None:
        if list(names) != list(self.FEATURES):
            raise ValueError("the model's features are not this Kaidan's")
        self.means, self.spreads, self.weights = means, spreads, weights

    def scores(self, rows: list[list[float]]) -> list[float]:
        return [sum(w * (x - m) / s for w, x, m, s in zip(self.weights, row, self.means, self.spreads))
                for row in rows]

    def probabilities(self, rows: list[list[float]]) -> list[float]:
        scores = self.scores(rows)
        if not scores:
            return []
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def as_json(self) -> dict:
        return {"features": list(self.FEATURES), "means": self.means, "spreads": self.spreads, "weights": self.weights}

    @classmethod
    def load(cls, *parts: str):
        """The model stored under resources/ at parts, or None when the file is missing or of another feature set."""
        try:
            data = json.loads(resource(*parts).read_text(encoding="utf-8"))
            return cls(data["features"], data["means"], data["spreads"], data["weights"])
        except (OSError, ValueError, KeyError):
            return None
