"""A linear score over named features, as the learned rankers keep it (``order_quantity.QuantityModel``,
``party_ranker.PartyModel``): a bias and one weight per feature, saved as JSON with its fitting's notes (``meta``)."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path


class LinearWeights:
    def __init__(self, bias: float, weights: dict[str, float], meta: dict | None = None) -> None:
        self.bias, self.weights, self.meta = bias, weights, meta or {}

    @classmethod
    def from_json(cls, data: dict):
        return cls(float(data["bias"]), dict(data["weights"]), data.get("meta"))

    def to_json(self) -> dict:
        return {"meta": self.meta, "bias": round(self.bias, 4),
                "weights": {k: round(w, 4) for k, w in sorted(self.weights.items())}}

    def logit(self, kinds: set[str]) -> float:
        return self.bias + sum(self.weights.get(k, 0.0) for k in kinds)


@lru_cache(maxsize=8)
def load(kind: type, path: str):
    """``kind``'s model saved at ``path``, read once; None where no fit was saved yet (before ``qunbot train``)."""
    file = Path(path)
    return kind.from_json(json.loads(file.read_text("utf-8"))) if file.exists() else None
