"""Made-up but realistic-looking eligibility records for the scale benchmark, in batches.

Rows are tuples in the column order of `COLUMNS`, so one batch can go to SQLAlchemy Core
(as dicts) or to PostgreSQL's COPY (as is). Person, coverage and certificate ids are equal,
which lets the benchmark pick certificates without asking the database.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

ISSUER = ("CN=Japan Agency for Local Authority Information Systems, OU=JPKI for user "
          "authentication, O=JPKI, C=JP")
PREFECTURES = [(13, "東京都", "千代田区"), (14, "神奈川県", "横浜市中区"),
               (27, "大阪府", "大阪市北区"), (23, "愛知県", "名古屋市中区"),
               (1, "北海道", "札幌市中央区"), (40, "福岡県", "福岡市博多区"),
               (11, "埼玉県", "さいたま市浦和区"), (12, "千葉県", "千葉市中央区"),
               (28, "兵庫県", "神戸市中央区"), (22, "静岡県", "静岡市葵区")]
FAMILY = [("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"),
          ("伊藤", "イトウ"), ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"),
          ("小林", "コバヤシ"), ("加藤", "カトウ"), ("吉田", "ヨシダ"), ("山田", "ヤマダ"),
          ("佐々木", "ササキ"), ("山口", "ヤマグチ"), ("松本", "マツモト"), ("井上", "イノウエ")]
GIVEN = {"1": [("翔", "ショウ"), ("大輔", "ダイスケ"), ("健太", "ケンタ"), ("一郎", "イチロウ"),
               ("蓮", "レン"), ("拓也", "タクヤ"), ("誠", "マコト"), ("悠真", "ユウマ")],
         "2": [("花子", "ハナコ"), ("美穂", "ミホ"), ("恵", "メグミ"), ("陽葵", "ヒマリ"),
               ("由美", "ユミ"), ("さくら", "サクラ"), ("愛", "アイ"), ("結衣", "ユイ")]}
INSURER_COLUMNS = ("number", "name")
COLUMNS = {
    "people": ("id", "individual_code"),
    "coverages": ("id", "person_id", "insurer_number", "symbol", "number", "branch",
                  "relationship", "family_name", "given_name", "family_kana", "given_kana",
                  "sex", "birth_date", "address", "valid_from", "valid_until", "loss_reason",
                  "copay_ratio", "elderly_copay_ratio", "high_cost_category", "filed_at"),
    "certificates": ("id", "issuer", "serial", "not_before", "not_after", "status",
                     "status_changed_at", "individual_code"),
    # No id: the database's own sequence numbers them, as it will the terminals' rows.
    "registrations": ("certificate_id", "person_id", "registered_at", "terminal"),
}


def check_digit(digits: str) -> str:
    """The 検証番号 of an insurer number: weights 2,1,2... from the right, digit sums."""
    total = 0
    for position, digit in enumerate(reversed(digits)):
        product = int(digit) * (2 if position % 2 == 0 else 1)
        total += product // 10 + product % 10
    return str((10 - total % 10) % 10)


def make_insurers() -> dict[str, list[tuple[str, str]]]:
    """A few dozen insurers by kind: 協会けんぽ, 健保組合, 国保 and 後期高齢者医療."""
    kinds: dict[str, list[tuple[str, str]]] = {"employee": [], "national": [], "elderly": []}
    for number, prefecture, city in PREFECTURES:
        # 法別番号 (01 協会けんぽ, 39 後期高齢者), 都道府県番号, 保険者別番号; 国保 has no 法別.
        kinds["employee"].append((f"01{number:02d}001", f"全国健康保険協会 {prefecture[:-1]}支部"))
        kinds["national"].append((f"{number:02d}010", f"{city}国民健康保険"))
        kinds["elderly"].append((f"39{number:02d}001", f"{prefecture}後期高齢者医療広域連合"))
    for index, name in enumerate(["関東ITソフトウェア", "東京薬業", "トヨタ自動車", "日立",
                                  "全国土木建築", "大阪府製薬", "三菱電機", "パナソニック"]):
        kinds["employee"].append((f"0613{index + 1:03d}", f"{name}健康保険組合"))
    return {kind: [(digits + check_digit(digits), name) for digits, name in insurers]
            for kind, insurers in kinds.items()}


def insurer_rows(insurers: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str]]:
    """Rows for the `insurers` table."""
    return [row for rows in insurers.values() for row in rows]


@dataclass
class Batch:
    """One batch of rows per table, and which certificate ids were left unregistered."""

    rows: dict[str, list[tuple]] = field(default_factory=lambda: {t: [] for t in COLUMNS})
    unregistered: list[int] = field(default_factory=list)


class Generator:
    """Makes persons `first..` in batches; the same seed makes the same people."""

    def __init__(self, today: dt.date, seed: int = 2024, registered_share: float = 0.8) -> None:
        self.random = random.Random(seed)
        self.today = today
        self.insurers = make_insurers()
        self.registered_share = registered_share

    def batch(self, first: int, count: int) -> Batch:
        """Rows for persons first..first+count-1: person, coverage, certificate, maybe a
        registration."""
        made = Batch()
        for person_id in range(first, first + count):
            code = self.random.randbytes(32).hex()
            made.rows["people"].append((person_id, code))
            made.rows["coverages"].append(self._coverage(person_id))
            not_before = self._moment(days_back=4 * 365)
            made.rows["certificates"].append((
                person_id, ISSUER, f"{person_id:08X}{self.random.getrandbits(56):014X}",
                not_before, not_before + dt.timedelta(days=5 * 365), "active", None, code))
            if self.random.random() < self.registered_share:
                made.rows["registrations"].append(
                    (person_id, person_id, self._moment(days_back=900), "bulk-load"))
            else:
                made.unregistered.append(person_id)
        return made

    def _moment(self, days_back: int) -> dt.datetime:
        seconds = self.random.randrange(days_back * 86400)
        start = dt.datetime.combine(self.today, dt.time(), tzinfo=dt.UTC)
        return start - dt.timedelta(seconds=seconds)

    def _coverage(self, person_id: int) -> tuple:
        pick = self.random
        age = pick.randrange(0, 100)
        birth = self.today - dt.timedelta(days=age * 365 + pick.randrange(365))
        sex = pick.choice("12")
        family, family_kana = pick.choice(FAMILY)
        given, given_kana = pick.choice(GIVEN[sex])
        _, prefecture, city = pick.choice(PREFECTURES)
        address = f"{prefecture}{city}{pick.randrange(1, 9)}丁目{pick.randrange(1, 30)}番" \
                  f"{pick.randrange(1, 20)}号"
        if age >= 75:
            kind, symbol, relationship = "elderly", "", "principal"
        else:
            kind = "national" if pick.random() < 0.25 else "employee"
            symbol = f"{pick.randrange(10**7, 10**8)}" if kind == "employee" else "国保"
            relationship = "dependent" if age < 20 or pick.random() < 0.2 else "principal"
        insurer_number = pick.choice(self.insurers[kind])[0]
        copay = 10 if age >= 75 else 20 if age >= 70 or age < 6 else 30
        valid_from = max(birth, self.today - dt.timedelta(days=pick.randrange(3650)))
        # A few coverages ended recently (a job change not yet followed by the new filing).
        ended = pick.random() < 0.03
        valid_until = self.today - dt.timedelta(days=pick.randrange(1, 90)) if ended else None
        if valid_until is not None:
            valid_from = min(valid_from, valid_until)
        return (
            person_id, person_id, insurer_number, symbol, f"{person_id:08d}",
            "00" if relationship == "principal" else f"{pick.randrange(1, 5):02d}",
            relationship, family, given, family_kana, given_kana, sex, birth, address,
            valid_from, valid_until,
            "退職による資格喪失" if ended else None, copay, copay if age >= 70 else None,
            pick.choice(["一般", "低所得Ⅱ", "現役並みⅠ"]) if age >= 70
            else pick.choice(["区分ア", "区分イ", "区分ウ", "区分エ", "区分オ"]),
            dt.datetime.combine(valid_from, dt.time(9), tzinfo=dt.UTC),
        )
