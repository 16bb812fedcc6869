"""The one date module: Japan time, the reference day, offsets as ISO writes them."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from core.dates import JST, offset_text, reference_date
from core.dates.fields import parse_date
from core.dates.lines import find_datetime


def test_reference_date_prefers_the_dateline_day():
    assert str(reference_date("2025-07-12T01:58:00+09:00", "[クアラルンプール 11日 ロイター]")) == "2025-07-11"
    assert str(reference_date("2025-07-12", None)) == "2025-07-12"
    assert reference_date(None, "[東京 3日 ロイター]") is None


def test_reference_date_ignores_a_dateline_day_more_than_a_week_back_and_bad_dates():
    assert str(reference_date("2025-07-12", "[ワシントン 28日 共同]")) == "2025-07-12"
    assert reference_date("not a date", "[東京 3日]") is None


def test_offsets_are_written_as_iso_does():
    assert offset_text(JST) == "+09:00"
    assert offset_text(timezone.utc) == "+00:00"
    assert offset_text(timezone(-timedelta(hours=5, minutes=30))) == "-05:30"


def test_page_lines_and_fields_read_japan_time_alike():
    """A time written without a zone is Japan time in a page line and in a metadata field."""
    found = find_datetime("2025年7月11日 10時30分 配信")
    field = parse_date("2025-07-11T10:30")
    assert datetime.fromisoformat(found.iso) == datetime.fromisoformat(field[0])
    assert field[0].endswith("+09:00")
    assert parse_date("2025-07-11T10:30 JST", default_offset=None)[0].endswith("+09:00")
