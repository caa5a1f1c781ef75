"""全国地方公共団体コード: the code of the issuing local government, from an address."""

from __future__ import annotations

_PREFECTURES = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県",
    "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
    "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府",
    "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
    "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県",
    "鹿児島県", "沖縄県",
)
# An address in no prefecture (a test persona abroad): Tokyo's code rather than none,
# since every card carries one.
_FALLBACK = "13000"


def municipality_code(address: str) -> str:
    """Five digits: the prefecture's code of the address (PP000, the prefecture itself).

    The simulator has no municipality table; a prefecture-level code keeps the field the
    shape real cards have (5 ASCII digits) without pretending to know the town.
    """
    for number, name in enumerate(_PREFECTURES, start=1):
        if address.startswith(name):
            return f"{number:02d}000"
    return _FALLBACK
