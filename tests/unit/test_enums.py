"""Every value a user can see has a Dutch label, and translation reaches the labels."""

from __future__ import annotations

from enum import StrEnum

import pytest

from utregs_plekkie.core import enums, i18n
from utregs_plekkie.core.enums import CareFamily, CareForm, Interest, label

ALL_ENUMS = [
    obj
    for obj in vars(enums).values()
    if isinstance(obj, type) and issubclass(obj, StrEnum) and obj is not StrEnum
]


@pytest.mark.parametrize("enum_cls", ALL_ENUMS, ids=lambda e: e.__name__)
def test_every_member_has_its_own_label(enum_cls) -> None:
    for member in enum_cls:
        assert (type(member), member.value) in enums._LABELS, member


def test_equal_values_of_different_enums_keep_their_own_labels() -> None:
    assert label(CareForm.STEUNOUDER) == "steunouder: een paar uur"
    assert label(Interest.STEUNOUDER) == "steunouder (een paar uur)"
    assert label(CareFamily.STEUNOUDER) == "steunouder"


def test_care_forms_belong_to_the_three_ways_to_help() -> None:
    assert {f.family for f in CareForm} == set(CareFamily)
    assert CareForm.DEELTIJD_WEEKEND.family is CareFamily.DEELTIJD


def test_labels_follow_the_installed_translator() -> None:
    try:
        i18n.set_translator(lambda text: {"crisis": "crisis (EN)"}.get(text, text))
        enums.refresh_labels()
        assert label(Interest.CRISIS) == "crisis (EN)"
    finally:
        i18n.set_translator(None)
        enums.refresh_labels()
    assert label(Interest.CRISIS) == "crisis"
