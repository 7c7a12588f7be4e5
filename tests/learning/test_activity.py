"""Each kind of activity registers with learning how it reports outcomes."""

import pytest

from courses.activity import ActivityBlock
from h5p.blocks import H5PActivityBlock
from learning import activity
from quizzes.blocks import QuizBlock


def test_quizzes_and_h5p_register_their_kinds():
    kinds = {kind.name: kind.block for kind in activity.kinds()}
    assert kinds == {"quiz": QuizBlock, "h5p": H5PActivityBlock}
    assert activity.kind_of(QuizBlock()).name == "quiz"
    assert activity.kind_of(H5PActivityBlock()).name == "h5p"


def test_an_unregistered_kind_is_refused_by_name():
    class PollBlock(ActivityBlock):
        pass

    with pytest.raises(LookupError, match="PollBlock"):
        activity.kind_of(PollBlock())
