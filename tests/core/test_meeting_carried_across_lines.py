"""Sides a newspaper names in an earlier sentence or line: the visitor and host of a visit told just before, the
visitor met by the host after an arrival, a bare title joined to a named partner, 両首脳 after a title that refers
back, 両首脳 meeting again, a subject with an aside in brackets, and no envoy carried into a summit of two
countries."""

from datetime import date

from tests.core.meeting_helpers import meetings_in, sorted_names


def _talks(text, reference=None):
    return [sorted_names(m) for m in meetings_in(text, reference) if m.kind == "talks"]


def test_a_line_opening_on_the_talks_after_a_visit_line_is_the_visitors_with_the_host():
    text = "ブッシュ米大統領は15日、中国を訪問した。\n16日に北京で首脳会談を行う予定だ。"
    assert ["ブッシュ", "中国"] in _talks(text)


def test_talks_with_a_subject_of_their_own_after_a_visit_line_are_not_the_visit_hosts():
    text = "安倍首相は13日、一連の訪米日程を終え、羽田空港に到着した。\n両首脳は米ワシントンでの会談に続いて別荘に移動した。"
    assert all("米国" not in s and "米" not in s for s in _talks(text))


def test_the_host_meets_the_visitor_after_a_sentence_of_the_arrival():
    text = ("トランプ米大統領が5日午前、来日した。米軍横田基地に大統領専用機で到着。"
            "安倍晋三首相は6日午後に迎賓館で首脳会談に臨み、方針を確認する。")
    assert ["トランプ", "安倍晋三"] in _talks(text)


def test_a_sentence_naming_another_person_between_keeps_the_visitor_out():
    # (a visitor of the talks' level is their side all the same, as the one such official of another state named
    # before: tests/core/test_meeting_counterpart.py; a minister visiting is not a summit's side)
    text = ("ティラーソン米国務長官が5日午前、来日した。麻生太郎副総理が空港で出迎えた。"
            "安倍晋三首相は6日午後に迎賓館で首脳会談に臨み、方針を確認する。")
    assert not any("ティラーソン" in sides for sides in _talks(text))


def test_a_bare_title_joined_to_a_named_person_is_a_side():
    text = "安倍晋三首相は30日夜、トランプ米大統領と電話会談した。\nトランプ氏は11月5日に来日。首相とトランプ氏は6日に会談に臨む。"
    assert ["トランプ", "安倍晋三"] in _talks(text)


def test_both_leaders_are_found_when_one_was_last_referred_to_by_a_bare_title():
    text = ("オバマ米大統領は24日、国賓として来日した。\n安倍首相は同日夜、東京・銀座のすし店で大統領と夕食を共にした。\n"
            "両首脳は25日、首相官邸で会談し、日米安全保障条約の適用を確認した。")
    assert _talks(text, date(2014, 4, 26)).count(["オバマ", "安倍"]) == 2


def test_the_offices_of_the_people_a_count_may_name_are_read_in_one_walk_back():
    """Each person's office written before 両首脳 (with their nearest mention, else an earlier one) comes from one
    walk back over the mentions for all of them, each mention read once, not a walk for each person."""
    from core.clauses.spans import SpanIndex
    from core.meetings.named_before import _OfficesWritten
    from core.nlp.entities import detect
    from core.registry import bundled_registry

    text = ("オバマ米大統領は24日、国賓として来日した。\n安倍首相は同日夜、プーチン大統領、習近平国家主席と夕食を共にした。\n"
            "4首脳は25日、首相官邸で会談した。")
    read = []

    class Counted(SpanIndex):
        def before(self, position, floor=0, limit=64):
            for mention in super().before(position, floor, limit):
                read.append(mention)
                yield mention

    people = Counted(detect(text, bundled_registry()), ("PERSON", "GPE", "ORG"))
    offices = _OfficesWritten(text, people, text.index("4首脳"))
    named = [m for m in people.items if m.type == "PERSON"]
    assert [offices.of(m).group("office") for m in named] == ["大統領", "首相", "大統領", "主席"]
    assert len(read) == len(set(map(id, read))) <= len(people.items)


def test_both_leaders_meeting_again_is_a_meeting_of_its_own():
    text = "安倍晋三首相は9日、ロシアのプーチン大統領と会談した。\n両首脳は露ソチで再び会談することで一致した。"
    assert _talks(text) == [["プーチン", "安倍晋三"], ["プーチン", "安倍晋三"]]


def test_a_subject_with_an_aside_in_brackets_is_carried_into_the_next_sentence():
    text = "ビーガン米国務副長官(北朝鮮担当)は11日、来日した。14日までの日程で、日本政府の高官らと北朝鮮問題について協議する。"
    assert any("ビーガン" in s for s in _talks(text))


def test_an_envoy_no_list_knows_is_not_carried_into_a_summit_of_two_countries():
    text = "金英哲(キムヨンチョル)党副委員長が近く米ワシントンを訪問し、米高官らと会談。2回目の米朝首脳会談に向けて協議するとされる。"
    summit = [m for m in meetings_in(text) if m.text == "首脳会談"]
    assert summit and all("金英哲" not in sorted_names(m) for m in summit)
