"""Stand-ins that tally the work a reader does, for the tests of cost: they count work (letters searched, fields
read), never time."""

from core.model import Mention

FIELDS = Mention.field_names()
READS = [0]  # the reads of a CountedMention's fields since a test last set it to 0


class CountedText(str):
    """A text that tallies the letters its count, find and rfind calls cover (in CountedText.read)."""

    read = 0

    def _tally(self, start, end):
        CountedText.read += (len(self) if end is None else min(end, len(self))) - max(start or 0, 0)

    def count(self, sub, start=0, end=None):
        self._tally(start, end)
        return str.count(self, sub, start, end)

    def find(self, sub, start=0, end=None):
        self._tally(start, end)
        return str.find(self, sub, start, end)

    def rfind(self, sub, start=0, end=None):
        self._tally(start, end)
        return str.rfind(self, sub, start, end)


class CountedMention(Mention):
    """A mention that counts every read of its fields (in READS)."""

    __slots__ = ()

    def __getattribute__(self, name):
        if name in FIELDS:
            READS[0] += 1
        return object.__getattribute__(self, name)


def counted_mentions(mentions: list) -> list[CountedMention]:
    """mentions as CountedMentions, their fields copied (the copying itself counted: set READS to 0 after)."""
    return [CountedMention(*(getattr(m, f) for f in FIELDS)) for m in mentions]


class CopiedText(str):
    """A text that tallies the letters its slices copy (in CopiedText.copied)."""

    copied = 0

    def __getitem__(self, key):
        part = str.__getitem__(self, key)
        CopiedText.copied += len(part)
        return part
