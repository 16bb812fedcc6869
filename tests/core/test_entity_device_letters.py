"""Letters a machine's device or safety system is named by (ATSが作動, EB装置, AV機器): things, not bodies."""

from tests.core.entity_helpers import spans


def test_a_train_safety_system_that_works_or_not_is_no_organisation():
    found = spans("事故当時、ATSは作動しておらず、EB装置も切られていた。運転室の窓ガラスが割れた。")
    assert not any(kind == "ORG" for _, kind in found)


def test_letters_glued_to_a_kanji_word_for_a_device_are_no_organisation():
    assert ("AV機器", "ORG") not in spans("AV機器との接続も簡単だ。")


def test_a_company_writing_a_system_after_a_particle_stays_a_company():
    found = spans("NTTデータはシステムの刷新を発表した。NECがシステムを納入した。")
    assert ("NEC", "ORG") in found
