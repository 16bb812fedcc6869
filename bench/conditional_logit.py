"""Fitting a conditional logit (one softmax over each group's rows) by Newton's method from zeros: deterministic,
for the learned second opinions (bench/train_headline_ranker.py, bench/train_holder_chooser.py)."""

from __future__ import annotations

import numpy as np


def fit(groups: list[tuple[list[list[float]], list[bool]]], l2: float, steps: int,
        zeroed: tuple[int, ...] = ()) -> tuple[list[float], list[float], list[float]]:
    """(means, spreads, weights), rounded, of the model fitted to groups of (rows, labels), each group with at least
    one true label; the columns in zeroed are set to 0 first (a model blind to those features)."""
    x = np.array([row for rows, _ in groups for row in rows], dtype=float)
    y = np.array([label for _, labels in groups for label in labels], dtype=float)
    for column in zeroed:
        x[:, column] = 0.0
    sizes = [len(rows) for rows, _ in groups]
    starts = np.cumsum([0] + sizes[:-1])
    group = np.repeat(np.arange(len(groups)), sizes)
    target = y / np.add.reduceat(y, starts)[group]
    means = x.mean(axis=0)
    spreads = x.std(axis=0)
    spreads[spreads < 1e-9] = 1.0
    z = (x - means) / spreads

    def loss_and_p(w: np.ndarray) -> tuple[float, np.ndarray]:
        """The penalised negative log-likelihood and each row's probability."""
        s = z @ w
        s = s - np.maximum.reduceat(s, starts)[group]
        log_total = np.log(np.add.reduceat(np.exp(s), starts))[group]
        loss = -(target * (s - log_total)).sum() / len(groups) + l2 / 2 * w @ w
        return loss, np.exp(s - log_total)

    w = np.zeros(z.shape[1])
    loss, p = loss_and_p(w)
    for _ in range(steps):  # Newton's method, each step halved until the loss falls (it is convex)
        gradient = z.T @ (p - target) / len(groups) + l2 * w
        weighted = p[:, None] * z
        means_g = np.add.reduceat(weighted, starts)
        hessian = (z.T @ weighted - means_g.T @ means_g) / len(groups) + l2 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        for _ in range(20):
            new_loss, new_p = loss_and_p(w - step)
            if new_loss <= loss:
                break
            step = step / 2
        w, loss, p = w - step, new_loss, new_p
    rounded = lambda values: [round(float(v), 6) for v in values]  # noqa: E731
    return rounded(means), rounded(spreads), rounded(w)
