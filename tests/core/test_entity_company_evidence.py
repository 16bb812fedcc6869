"""A common word the article shows to be a company or a body (シャープ, 楽天, グリー, 連合) is an ORG."""

from tests.core.entity_helpers import spans


def test_a_name_referred_back_to_as_the_company_is_one_in_the_whole_article():
    found = spans("シャープは10日、新しいスマートフォンを発表した。同社は来年度の黒字化を目指す。シャープの株価は上がった。")
    assert found.count(("シャープ", "ORG")) == 2


def test_a_name_with_its_officer_named_after_it_is_a_company():
    assert ("楽天", "ORG") in spans("楽天の三木谷浩史会長兼社長は記者会見で述べた。")
    assert ("グリー", "ORG") in spans("グリー田中良和社長が訴訟の判決にコメントした。")


def test_a_federation_needs_its_officer_and_a_sentence_of_its_own():
    found = spans("連合の古賀伸明会長は政府に賃上げを求めた。連合は声明を出した。")
    assert found.count(("連合", "ORG")) == 2
    assert ("連合", "ORG") not in spans("連合の古賀伸明会長は政府に賃上げを求めた。")
    assert ("逮捕", "ORG") not in spans("逮捕の小川会長が辞任した。")  # an act, not a body


def test_a_deal_with_another_company_and_a_kind_before_the_name():
    assert ("グリー", "ORG") in spans("グリーはミクシィと業務提携した。")
    assert ("シャープ", "ORG") in spans("家電大手シャープは新製品を発表した。")
    assert ("SNS", "ORG") not in spans("米最大手のSNS「MySpace」が日本に上陸した。")
    assert ("ゼネコン", "ORG") not in spans("談合で準大手ゼネコンの熊谷組の共同事業体に受注させた。")


def test_a_name_written_with_its_legal_form_is_the_company_where_written_bare():
    found = spans("株式会社楽天は東京に本社を置く。楽天は好調だ。東北楽天が勝った。楽天市場で買う。")
    assert ("株式会社楽天", "ORG") in found and ("楽天", "ORG") in found
    assert ("楽天市場", "ORG") not in found and found.count(("楽天", "ORG")) == 1  # parts of longer names stay
    found = spans("日本郵政株式会社は発表した。日本郵政は米アフラックと業務提携の協議を始めた。")
    assert ("日本郵政", "ORG") in found and ("日本", "GPE") not in found


def test_no_kind_of_company_a_person_or_a_product_is_read():
    assert spans("合同会社形式で設立された。") == []
    assert ("ビール", "ORG") not in spans("キリンビール(株) 横浜工場。ビールは旨い。")
    assert ("ブース", "ORG") not in spans("妖精眼鏡株式会社ブースの様子。ブースは広い。")
    assert ("掛布", "ORG") not in spans("株式会社掛布が破産した。掛布“自己破産”の危機。")
    assert ("妖精眼鏡", "ORG") not in spans("アプリ「妖精眼鏡」を紹介する。妖精眼鏡株式会社が作った。")
    found = spans("ショッピングサイト「楽天市場」で情報が流出した。楽天は28日に発表した。同社は調査を続ける。")
    assert ("楽天", "ORG") in found  # a service named after the company leaves the company one
    assert ("企業", "ORG") not in spans("企業の山田太郎社長が来た。")
    assert ("新設", "ORG") not in spans("新設の子会社である不二製油が事業を始めた。")


def test_a_name_after_its_legal_form_is_the_company_whatever_its_words():
    assert ("株式会社孔官堂", "ORG") in spans("株式会社孔官堂は大阪府大阪市に本社を置く。")
    assert ("株式会社四季社", "ORG") in spans("社名を株式会社四季社と改める。")
    assert ("株式会社映画24区", "ORG") in spans("「株式会社映画24区」を設立した。")
    assert spans("株式会社設立の大学が募集を停止した。") == []  # an act
    assert spans("株式会社等の法人組織が多い。") == []  # a suffix, no name
