"""An undo or redo refused because another window or process changed the same thing since, in the window's words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.edits.journal import aspect
from ui.common.shortcuts import key_text

# What a change log row changed, by its target table (an article by its aspect: core.edits.journal.thing).
THINGS = {
    "claims": QT_TRANSLATE_NOOP("Elsewhere", "claim {id}"),
    "meetings": QT_TRANSLATE_NOOP("Elsewhere", "meeting {id}"),
    "entities": QT_TRANSLATE_NOOP("Elsewhere", "entity {id}"),
    "mentions": QT_TRANSLATE_NOOP("Elsewhere", "mention {id}"),
    "meeting_mentions": QT_TRANSLATE_NOOP("Elsewhere", "meeting mention {id}"),
    "meeting_links": QT_TRANSLATE_NOOP("Elsewhere", "link between meetings {id}"),
    "status": QT_TRANSLATE_NOOP("Elsewhere", "the status of article {id}"),
    "lines": QT_TRANSLATE_NOOP("Elsewhere", "the line labels of article {id}"),
    "gold": QT_TRANSLATE_NOOP("Elsewhere", "the gold of article {id}"),
    # detection run again on the article (core.store.changes.REWRITES)
    "detected_mentions": QT_TRANSLATE_NOOP("Elsewhere", "the entities detected again in article {id}"),
    "suggested_claims": QT_TRANSLATE_NOOP("Elsewhere", "the claim candidates suggested again in article {id}"),
    "detected_meetings": QT_TRANSLATE_NOOP("Elsewhere", "the meeting mentions detected again in article {id}"),
    "": QT_TRANSLATE_NOOP("Elsewhere", "{target} {id}"),
}
BY = QT_TRANSLATE_NOOP("Elsewhere", "{thing} (by {who}, {when} UTC)")
SOMEONE = QT_TRANSLATE_NOOP("Elsewhere", "someone")
SINCE = QT_TRANSLATE_NOOP("Elsewhere", "changed elsewhere since: {changes} — press {key} to reload and see it")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Elsewhere", text)


def _thing(change) -> str:
    """One changed thing in words: a claim, a meeting… or an article's status, lines or gold."""
    key = aspect(change.target, change.action) or change.target
    return _tr(THINGS.get(key, THINGS[""])).format(id=change.target_id, target=change.target)


def elsewhere_reason(exc) -> str:
    """A ChangedElsewhere refusal in words: each thing once, with who changed it last and when."""
    last = {}
    for change in exc.changes:
        last[_thing(change)] = change
    said = [_tr(BY).format(thing=thing, who=change.annotator or _tr(SOMEONE), when=change.at[:16].replace("T", " "))
            for thing, change in last.items()]
    return _tr(SINCE).format(changes="; ".join(said), key=key_text("reload"))
