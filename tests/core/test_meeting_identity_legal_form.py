"""One body written with its legal form in one article and without it in another (株式会社ネクシィーズ, ネクシィーズ):
one side, so one negotiation told by two outlets is one record; the same body's talks of another month, and another
body whose name only begins alike, stay apart."""

from core.meetings.body_names import bare_body, one_body
from tests.core.test_meeting_identity_across import records


def test_a_found_bodys_legal_form_comes_off_before_or_after_its_name_other_keys_stay():
    assert bare_body("found:ORG:株式会社ネクシィーズ") == "found:ORG:ネクシィーズ"
    assert bare_body("found:ORG:楽天株式会社") == "found:ORG:楽天"
    assert bare_body("found:ORG:(株)サンリオ") == "found:ORG:サンリオ"
    assert bare_body("found:ORG:公益財団法人日本相撲協会") == "found:ORG:日本相撲協会"
    assert bare_body("found:ORG:株式会社") == "found:ORG:株式会社"  # nothing left: no name
    assert bare_body("found:PERSON:株式会社") == "found:PERSON:株式会社"
    assert bare_body("org:cdu") == "org:cdu"
    assert one_body("found:ORG:株式会社ネクシィーズ", "found:ORG:ネクシィーズ")
    assert not one_body("found:ORG:株式会社サンリオ", "found:ORG:サンリオピューロランド")


RELEASE = {"reference_date": "2010-06-29", "body": "株式会社ネクシィーズは28日、東京ヴェルディとの交渉が決裂したと発表した。"}
REPORT = {"reference_date": "2010-06-30", "body": "ネクシィーズと東京ヴェルディの交渉は28日、決裂した。"}


def test_one_negotiation_told_with_and_without_the_legal_form_is_one_record():
    found = records({"release": RELEASE, "report": REPORT})
    assert [articles for _, articles in found] == [["release", "report"]]


def test_the_same_body_two_months_later_and_another_body_named_alike_stay_apart():
    later = {"reference_date": "2010-08-30", "body": "ネクシィーズは28日、東京ヴェルディと再び交渉した。"}
    park = {"reference_date": "2010-06-30", "body": "ネクシィーズ・トレードは28日、東京ヴェルディと交渉した。"}
    found = records({"release": RELEASE, "later": later, "park": park})
    assert sorted(articles for _, articles in found) == [["later"], ["park"], ["release"]]


def test_the_join_says_the_body_was_written_with_and_without_its_legal_form():
    from core.meetings.mention import Participant
    from core.meetings.same_sides import sides_evidence

    def country_of(key):
        return None

    full = [Participant("株式会社ネクシィーズ", "found:ORG:株式会社ネクシィーズ", "participant", None),
            Participant("東京ヴェルディ", "found:ORG:東京ヴェルディ", "participant", None)]
    bare = [Participant("ネクシィーズ", "found:ORG:ネクシィーズ", "participant", None), full[1]]
    assert sides_evidence(full, bare, country_of) == \
        "the same sides: 株式会社ネクシィーズ and ネクシィーズ, one body with and without its legal form"
