"""A Label Studio 1.23 server driven through its REST API (token from `label-studio start --user-token KEY
--enable-legacy-api-token`): calls, and a colleague's edits. Used by bench/interop_tools.py.
"""

from __future__ import annotations

import json
import urllib.request

from core.export.labelstudio import PROPOSED_MARK


def api(base: str, path: str, token: str, body=None, method: str | None = None):
    """One call to a server's REST API, JSON in and out."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base.rstrip("/") + path, data=data, method=method, headers={
        "Authorization": f"Token {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.loads(response.read() or b"null")


def colleague_edits(base: str, token: str, exported: list) -> tuple[int, int, int]:
    """What a colleague does in Label Studio: accepts one proposed entity (copies the prediction's region
    into the annotation), retypes one accepted entity, and retypes one proposal Kaidan put into the
    annotation (a claim's holder). Returns (accepted, retyped decisions, retyped proposals)."""
    accepted = retyped = proposal = 0
    for task in exported:
        annotations = [a for a in task.get("annotations") or [] if isinstance(a, dict)]
        if not annotations:
            continue
        # the JSON export gives predictions by id only: the colleague sees them through the API
        predictions = api(base, f"/api/predictions?task={task['id']}", token) if task.get("predictions") else []
        result = annotations[0]["result"]
        ids = {r.get("id") for r in result}
        spans = {(r["value"]["start"], r["value"]["end"]) for r in result if r.get("type") == "labels"}
        entities = [r for r in result if r.get("from_name") == "entities"]
        marked = [r for r in entities if any(line.startswith(PROPOSED_MARK) for line in (r.get("meta") or {}).get("text", []))]
        changed = False
        if not accepted:
            for p in predictions:
                pick = next((r for r in p.get("result") or [] if r.get("from_name") == "entities"
                             and r.get("id") not in ids and (r["value"]["start"], r["value"]["end"]) not in spans), None)
                if pick:
                    result.append({**pick, "origin": "prediction-changed"})
                    accepted, changed = 1, True
                    break
        for wanted, pool in (("decision", [r for r in entities if r not in marked]), ("proposal", marked)):
            if (retyped if wanted == "decision" else proposal) or not pool:
                continue
            label = pool[0]["value"]["labels"][0]
            pool[0]["value"]["labels"] = ["GPE" if label != "GPE" else "ORG"]
            retyped, proposal = (1, proposal) if wanted == "decision" else (retyped, 1)
            changed = True
        if changed:
            api(base, f"/api/annotations/{annotations[0]['id']}", token, {"result": result}, method="PATCH")
        if accepted and retyped and proposal:
            break
    return accepted, retyped, proposal
