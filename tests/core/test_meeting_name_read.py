"""Where a side's name ends in its clause: past its title, a delegation, a person's group, up to the particle."""

from types import SimpleNamespace

from core.meetings.name_read import read_name


def _mention(body, name, kind):
    start = body.index(name)
    return SimpleNamespace(start=start, end=start + len(name), type=kind)


def test_a_name_is_read_past_its_title_and_what_the_title_runs_on_with():
    body = "ヒル国務次官補と会談した。"
    read = read_name(body, _mention(body, "ヒル", "PERSON"))
    assert body[read.position :].startswith("と会談") and read.kind == "PERSON" and read.office


def test_a_country_read_as_its_delegation_and_a_person_as_their_group():
    body = "北朝鮮代表団と会談した。"
    read = read_name(body, _mention(body, "北朝鮮", "GPE"))
    assert body[read.position :].startswith("と会談") and read.delegation is not None and read.title is None
    body = "橋下氏のグループは結いの党と協議した。"
    read = read_name(body, _mention(body, "橋下", "PERSON"))
    assert body[read.position :].startswith("は結いの党") and read.kind == "ORG" and read.office is None


def test_a_spouse_who_comes_along_is_no_side():
    body = "安倍首相は昭恵夫人とともに訪れた。"
    assert read_name(body, _mention(body, "昭恵", "PERSON")) is None
