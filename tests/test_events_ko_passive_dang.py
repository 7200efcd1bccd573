"""Korean: the passive `…당해` (a connective form of 당하다) marks the subject as the one who suffered the act."""
from sentence_acts import sentence_acts


def test_passive_connective_dang_hae():
    acts = sentence_acts("캄보디아는 베트남에게 점령당해 멸망했다.", "ko", 1800, ("KHM", "VNM"))
    assert [(a[0], a[2]) for a in acts] == [("COERCE", "KHM")]
