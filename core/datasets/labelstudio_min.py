"""Label Studio's JSON_MIN export: a task's data and each control's regions flattened into one object per
annotation. Read back as the full task it stands for, so one path reads both exports."""

from __future__ import annotations

# The region kinds that hold a span of the text
SPAN_KINDS = ("labels", "hypertextlabels")
# A record's keys that describe the annotation, not the task's data
MIN_META = ("id", "annotator", "annotation_id", "created_at", "updated_at", "lead_time")


def is_json_min(item: dict) -> bool:
    """A JSON_MIN record: text fields beside lists of regions ({start, end, labels}) or annotation ids."""
    if "data" in item or not any(isinstance(v, str) for v in item.values()):
        return False
    return "annotation_id" in item or any(_regions(v) for v in item.values())


def _regions(value) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(v, dict) and "start" in v and any(k in v for k in SPAN_KINDS) for v in value)


def from_json_min(item: dict) -> dict:
    """The full task a JSON_MIN record stands for: its regions as the annotation's results."""
    data, results = {}, []
    for key, value in item.items():
        if key in MIN_META:
            continue
        if _regions(value):
            for n, region in enumerate(value):
                kind = next(k for k in SPAN_KINDS if k in region)
                results.append({"id": f"{key}-{n}", "from_name": key, "type": kind, "value": region})
        else:
            data[key] = value
    return {"id": item.get("id"), "data": data, "json_min": True,
            "annotations": [{"id": item.get("annotation_id"), "result": results}]}
