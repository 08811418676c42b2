"""Simplified → Traditional Chinese (Taiwan forms) with OpenCC's tables, for M2M-100's output.

The cases are the ones a character table alone gets wrong: one Simplified character for several
Traditional ones, told apart by the phrase it is in (发: 出發 "set out", 頭髮 "hair"), and the
Taiwan forms the curated Traditional content uses (裡, 為 rather than OpenCC's standard 裏, 爲).
"""

from __future__ import annotations

import pytest

from evac_toolkit.core.translation import han_convert, many_to_many
from evac_toolkit.core.translation.han_convert import to_traditional
from evac_toolkit.core.translation.han_script import HANS, HANT, han_variant


@pytest.mark.parametrize(("simplified", "traditional"), [
    ("出发", "出發"), ("头发", "頭髮"),                    # 发 by phrase
    ("干杯", "乾杯"), ("干净的毛巾", "乾淨的毛巾"), ("干部", "幹部"),   # 干
    ("面条", "麵條"), ("见面", "見面"),                    # 面
    ("后天", "後天"), ("皇后", "皇后"),                    # 后
    ("只有一个", "只有一個"), ("一只鸟", "一隻鳥"),          # 只
    ("这里有饮用水。", "這裡有飲用水。"), ("里面", "裡面"),    # 里, Taiwan's 裡
    ("为了安全，请关灯。", "為了安全，請關燈。"),            # Taiwan's 為
    ("请到体育馆的入口领取晚饭。", "請到體育館的入口領取晚飯。"),
])
def test_phrases_before_characters_and_taiwan_forms(simplified, traditional):
    assert to_traditional(simplified) == traditional


def test_what_is_not_simplified_chinese_is_kept_as_it_is():
    for text in ("みず ください", "Wi-Fi 18:00 – 2F", "避難所 廁所 醫生", "", "체육관", "😀"):
        assert to_traditional(text) == text


def test_a_whole_notice_comes_out_traditional():
    notice = ("今天晚饭在体育馆门口发放。有过敏的人请到接待处说明。饮用水在入口旁边，每人限两瓶。"
              "厕所在走廊尽头。晚上十点熄灯。手机可以在办公室充电。身体不舒服的人请马上告诉附近的工作人员。")
    assert han_variant(notice) == HANS
    converted = to_traditional(notice)
    assert han_variant(converted) == HANT
    assert len(converted) == len(notice)
    assert "體育館" in converted and "廁所" in converted and "辦公室" in converted


def test_the_tables_are_read_whole():
    phrases, characters, tw_phrases, tw_characters = han_convert.tables()
    assert len(phrases.entries) > 40_000 and phrases.longest >= 4
    assert len(characters.entries) > 3_000
    assert tw_characters.entries["裏"] == "裡" and tw_characters.entries["爲"] == "為"
    assert tw_phrases.entries


def test_a_conversion_the_program_lacks_is_a_data_error():
    assert many_to_many.families()["m2m100"].converted_from == {"zh-Hant": "zh-Hans"}
    with pytest.raises(ValueError, match="no conversion from ja into zh-Hant"):
        many_to_many._conversions("m2m100", {"zh-Hant": "ja"})
