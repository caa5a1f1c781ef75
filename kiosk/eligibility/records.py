"""What a lookup answers: the validity code and everything a reception needs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum

from kiosk.storage.models import Coverage

CONSENT_CATEGORIES = {
    "medical": "診療・薬剤",
    "surgery": "手術",
    "checkup": "特定健診",
}


class Validity(IntEnum):
    """The eligibility system's validity codes."""

    VALID = 1
    INVALID = 2
    INVALID_NEWER_EXISTS = 3
    NO_COVERAGE = 4
    SEVERAL_MATCHES = 5


class ConsentFlag(StrEnum):
    """Per consent category, what the facility may see."""

    NONE = "none"
    CONSENTED = "consented"
    EXPIRED = "expired"
    NOT_OBTAINABLE = "not_obtainable"


@dataclass(frozen=True)
class CoverageView:
    """One insured record as a reception sees it."""

    insurer_number: str
    insurer_name: str
    symbol: str
    number: str
    branch: str
    relationship: str
    family_name: str
    given_name: str
    family_kana: str
    given_kana: str
    sex: str
    birth_date: dt.date
    address: str
    valid_from: dt.date
    valid_until: dt.date | None
    loss_reason: str | None
    copay_ratio: int
    elderly_copay_ratio: int | None
    high_cost_category: str | None

    @classmethod
    def of(cls, coverage: Coverage, insurer_name: str) -> CoverageView:
        """The view of a stored coverage."""
        return cls(coverage.insurer_number, insurer_name, coverage.symbol, coverage.number,
                   coverage.branch, coverage.relationship, coverage.family_name,
                   coverage.given_name, coverage.family_kana, coverage.given_kana,
                   coverage.sex, coverage.birth_date, coverage.address, coverage.valid_from,
                   coverage.valid_until, coverage.loss_reason, coverage.copay_ratio,
                   coverage.elderly_copay_ratio, coverage.high_cost_category)


@dataclass(frozen=True)
class Lookup:
    """The answer to an eligibility lookup."""

    validity: Validity
    message: str
    coverage: CoverageView | None = None
    matches: int = 0
    person_id: int | None = None
    certificate_id: int | None = None
    sharing_allowed: bool = False
    renewal_alert: bool = False
    consents: dict[str, ConsentFlag] = field(default_factory=dict)
    # The stored coverage shown (what a reception record points to).
    coverage_id: int | None = None

