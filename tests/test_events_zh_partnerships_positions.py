"""Chinese: a partnership established or relations raised to one agree; holding a position is no seizure."""

from sentence_acts import sentence_acts


def test_partnership_established_or_raised_agrees():
    assert sentence_acts("中華人民共和國與越南於2008年建立全面戰略合作夥伴關係,並維持至今。", "zh", 2008) == [
        ("AGREE", "CHN", "VNM", "asserted", None)]
    acts = sentence_acts("2008年5月,兩國關係被再次提升為「戰略合作夥伴關係」。", "zh", 2008, ("CHN", "KOR"))
    assert [a[0] for a in acts] == ["AGREE"]


def test_holding_a_position_is_no_seizure():
    assert sentence_acts("中俄都是联合国安理会常任理事国,在国际关系体系中占据重要地位。", "zh", 2010, ("CHN", "RUS")) == []
    assert sentence_acts("1945年苏联军队占据了满洲。", "zh", 1945, ("CHN", "SUN"))[0][0] == "COERCE"
