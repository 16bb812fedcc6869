"""The claims, summary, registry and meetings tables answer their roles, asked as Qt's enum members or as the
plain ints a paint passes, alike; the roles they do not answer give nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.registry import Entity
from ui.claims.model import ROW_ROLE, ClaimTableModel, SummaryModel
from ui.entities.registry_model import ID_ROLE, SEARCH_ROLE, TYPE_ROLE, RegistryModel
from ui.meetings.model import ID_ROLE as MEETING_ID_ROLE, MeetingsModel

STANCES = [{"key": "support", "label": "Support", "colour": "#2a9d4b"},
           {"key": "oppose", "label": "Oppose", "colour": "#c0392b"}]
CLAIM = {"published": "2025-07-11", "outlet": "ロイター", "holder": "ルビオ", "stance": "support", "target": "中国",
         "text": "非常に建設的で前向きな会談で、やるべきことはたくさんある", "article_title": "米中外相が初会談",
         "annotator": "me"}


def _alike(model, row: int, column: int, role) -> object:
    index = model.index(row, column)
    value = model.data(index, role)
    assert model.data(index, int(role)) == value
    assert index.data(role) == value  # through Qt, as a view asks
    return value


def test_claims_and_summary_answer_enum_and_int_roles_alike(qtbot):
    claims = ClaimTableModel(STANCES)
    claims.set_rows([CLAIM])
    assert _alike(claims, 0, 2, Qt.DisplayRole) == "ルビオ"
    assert _alike(claims, 0, 5, Qt.ToolTipRole)
    assert _alike(claims, 0, 3, Qt.DecorationRole).name() == "#2a9d4b"
    assert claims.data(claims.index(0, 0), ROW_ROLE) is CLAIM
    assert claims.data(claims.index(0, 0), Qt.FontRole) is None
    assert claims.data(claims.index(0, 0), Qt.SizeHintRole) is None
    summary = SummaryModel(STANCES)
    summary.set_summary([{"holder": "ルビオ", "target": "中国", "total": 5, "stances": {"support": 3, "oppose": 2}}])
    assert _alike(summary, 0, 3, Qt.DisplayRole) == "3"
    assert _alike(summary, 0, 2, Qt.TextAlignmentRole) == int(Qt.AlignRight | Qt.AlignVCenter)
    assert _alike(summary, 0, 3, Qt.BackgroundRole).alpha() == 30 + 60
    assert _alike(summary, 0, 3, Qt.ForegroundRole) is not None
    assert summary.data(summary.index(0, 0), Qt.ToolTipRole) is None


def test_registry_and_meetings_answer_enum_and_int_roles_alike(qtbot):
    registry = RegistryModel([Entity(id="person:wang-yi", type="PERSON", name="王毅", en="Wang Yi",
                                     aliases=["王外相"], origin="bundled")])
    assert _alike(registry, 0, 3, Qt.DisplayRole) == "王外相"
    assert _alike(registry, 0, 0, Qt.ToolTipRole)
    assert (registry.data(registry.index(0, 0), ID_ROLE), registry.data(registry.index(0, 0), TYPE_ROLE)) \
        == ("person:wang-yi", "PERSON")
    assert "wang yi" in registry.data(registry.index(0, 0), SEARCH_ROLE).lower()
    assert registry.data(registry.index(0, 0), Qt.DecorationRole) is None
    meetings = MeetingsModel()
    meetings.set_items([{"id": 7, "start": "2025-07-11", "end": "2025-07-11", "kind": "talks", "label": "ルビオ、王毅",
                         "state": "proposed", "status": "held", "place": {"text": "クアラルンプール"},
                         "participants": [{"name": "ルビオ", "role": "participant"}]}])
    assert _alike(meetings, 0, 0, Qt.DisplayRole) == "2025-07-11"
    assert _alike(meetings, 0, 4, Qt.DisplayRole) == "クアラルンプール"
    assert "ルビオ" in _alike(meetings, 0, 2, Qt.ToolTipRole)
    assert meetings.data(meetings.index(0, 0), MEETING_ID_ROLE) == 7
    assert meetings.data(meetings.index(0, 0), Qt.ForegroundRole) is None
