"""A doccano 1.8 server driven through its REST API, as its web client does: log in, create a sequence
labeling project with relations, upload a JSONL file through the upload queue, export the project, and
make a colleague's edits. Used by bench/interop_tools.py; the server must run on 127.0.0.1 with its task
worker (`doccano webserver` and `doccano task`).
"""

from __future__ import annotations

import io
import json
import time
import urllib.request
import uuid
import zipfile
from pathlib import Path

# doccano's name for a sequence labeling upload whose rows carry entities and relations
RELATION_TASK = "RelationExtraction"


class Doccano:
    """One logged-in user of a doccano server."""

    def __init__(self, base: str, user: str, password: str) -> None:
        self.base = base.rstrip("/")
        self.token = None
        self.token = self.call("/v1/auth/login/", {"username": user, "password": password})["key"]

    def call(self, path: str, body=None, method: str | None = None, data: bytes | None = None,
             content_type: str = "application/json", raw: bool = False):
        """One REST call; JSON in and out unless raw."""
        if body is not None:
            data = json.dumps(body).encode()
        headers = {"Content-Type": content_type}
        if self.token:
            headers["Authorization"] = f"Token {self.token}"
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        with urllib.request.urlopen(request, timeout=120) as response:
            payload = response.read()
        return payload if raw else json.loads(payload or b"null")

    def create_project(self, name: str) -> int:
        """A sequence labeling project with relations and overlapping spans (a claim quotes a name)."""
        project = self.call("/v1/projects", {
            "name": name, "description": "Kaidan interop", "guideline": "", "project_type": "SequenceLabeling",
            "resourcetype": "SequenceLabelingProject", "use_relation": True, "allow_overlapping": True,
            "collaborative_annotation": False, "random_order": False})
        return project["id"]

    def upload(self, project: int, path: Path) -> list:
        """The file through doccano's upload queue as "JSONL(Relation)"; the errors doccano reports."""
        boundary = uuid.uuid4().hex
        data = (f'--{boundary}\r\nContent-Disposition: form-data; name="filepond"; filename="{path.name}"\r\n'
                "Content-Type: application/octet-stream\r\n\r\n").encode() + path.read_bytes() \
            + f"\r\n--{boundary}--\r\n".encode()
        upload_id = self.call("/v1/fp/process/", data=data, content_type=f"multipart/form-data; boundary={boundary}",
                              raw=True).decode()
        job = self.call(f"/v1/projects/{project}/upload",
                        {"format": "JSONL", "task": RELATION_TASK, "uploadIds": [upload_id]})
        result = self.wait(job["task_id"])
        return (result or {}).get("error", [])

    def export(self, project: int) -> list[dict]:
        """The project's JSONL export (every member's file, from the zip doccano makes), one dict per example."""
        job = self.call(f"/v1/projects/{project}/download", {"format": "JSONL", "exportApproved": False})
        self.wait(job["task_id"])
        archive = zipfile.ZipFile(io.BytesIO(self.call(f"/v1/projects/{project}/download?taskId={job['task_id']}",
                                                       raw=True)))
        rows = []
        for name in archive.namelist():
            rows += [json.loads(line) for line in archive.read(name).decode("utf-8").splitlines() if line.strip()]
        return rows

    def wait(self, task_id: str, seconds: int = 300):
        """The result of a job of doccano's task worker; TimeoutError when it never ends (no worker running)."""
        for _ in range(seconds * 2):
            status = self.call(f"/v1/tasks/status/{task_id}")
            if status.get("error"):
                raise OSError(f"doccano task failed: {status['error']}")
            if status.get("ready"):
                return status.get("result")
            time.sleep(0.5)
        raise TimeoutError(f"doccano task {task_id} did not finish: is `doccano task` running?")

    def colleague_edits(self, project: int, exported: list[dict], proposed_key: str) -> tuple[int, int]:
        """What a colleague does in doccano: gives one of Kaidan's proposals another label, and marks one
        span nobody had. Returns (retyped, added)."""
        types = {t["text"]: t["id"] for t in self.call(f"/v1/projects/{project}/span-types")}
        retyped = added = 0
        for row in exported:
            proposals = {tuple(p) for p in row.get(proposed_key) or []}
            spans = [(e["start_offset"], e["end_offset"]) for e in row["entities"]]
            pick = next((e for e in row["entities"]
                         if (e["start_offset"], e["end_offset"], e["label"]) in proposals), None)
            if pick is None:
                continue
            other = "ORG" if pick["label"] != "ORG" else "GPE"
            if other not in types:
                continue
            self.call(f"/v1/projects/{project}/examples/{row['id']}/spans/{pick['id']}",
                      {"label": types[other]}, method="PATCH")
            text = row["text"]
            start = next((s for s in range(len(text) - 2) if all(e <= s or b >= s + 2 for b, e in spans)
                          and not any(ch.isspace() for ch in text[s:s + 2])), None)
            if start is not None:
                self.call(f"/v1/projects/{project}/examples/{row['id']}/spans",
                          {"label": types[other], "start_offset": start, "end_offset": start + 2,
                           "example": row["id"], "prob": 0.0})
                added = 1
            return 1, added
        return retyped, added
