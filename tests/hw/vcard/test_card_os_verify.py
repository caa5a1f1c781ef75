"""VERIFY and CHANGE REFERENCE DATA answer as the real My Number card does."""

from __future__ import annotations

import pytest

from hw.vcard.card import PersistError, VirtualCard
from hw.vcard.model import CardImage
from tests.hw.vcard.card_os_kit import (
    AUTH_PIN,
    COLLATION_B,
    COMMON_AID,
    COMMON_PIN,
    JPKI_AID,
    SIGN_PASSWORD,
    SURFACE_AID,
    TEXT_AID,
    TEXT_PIN,
    Talk,
    ascii_data,
    face_authentication_image,
    select,
    select_ef,
    standard_image,
)


@pytest.fixture
def talk() -> Talk:
    return Talk()


def test_empty_verify_reports_the_counter(talk):
    talk(select(JPKI_AID))
    assert talk("00200098") == "63C3"  # auth PIN, 3 tries
    assert talk("0020009B") == "63C5"  # signature password, 5 tries
    assert talk(select_ef(0x0018), "00200080") == "63C3"


def test_empty_verify_after_success_is_still_63cx(talk):
    # OpenSC's JPKI driver (real-card trace): after `00 20 00 80 04 <PIN>` -> 9000, an empty
    # VERIFY answers 63C3, the counter back at its maximum; anything but 63xx breaks it.
    talk(select(JPKI_AID), select_ef(0x0018))
    assert talk("00200080" + ascii_data("0000")) == "63C2"
    assert talk("00200080" + ascii_data(AUTH_PIN)) == "9000"
    assert talk("00200080") == "63C3"
    assert talk("0020009B" + ascii_data(SIGN_PASSWORD)) == "9000"
    assert talk("0020009B") == "63C5"


def test_empty_verify_keeps_the_verification(talk):
    talk(select(JPKI_AID), "00200098" + ascii_data(AUTH_PIN), "00200098")
    assert len(talk.data("802A0097" + "0401020304" + "00")) == 256


def test_the_try_that_exhausts_the_counter_is_63c0_then_6984(talk):
    talk(select(JPKI_AID))
    assert talk("00200098" + ascii_data("0000")) == "63C2"
    assert talk("00200098" + ascii_data("0000")) == "63C1"
    assert talk("00200098" + ascii_data("0000")) == "63C0"
    assert talk("00200098" + ascii_data(AUTH_PIN)) == "6984"  # even the right PIN
    assert talk("00200098") == "63C0"


def test_a_blocked_key_answers_63c0_empty_and_6984_with_data(talk):
    # Text AP IEF 0012 is issued blocked on real cards.
    talk(select(TEXT_AID))
    assert talk("00200092") == "63C0"
    assert talk("00200092" + ascii_data("0000")) == "6984"


def test_a_pin_never_set_answers_6984_to_both_forms():
    # Face-authentication cards: the 4-digit PINs were never set. The terminal tells this
    # apart from a locked PIN (empty VERIFY 63C0) by the 6984 to the empty VERIFY.
    talk = Talk(face_authentication_image())
    assert talk(select(JPKI_AID), "00200098") == "6984"
    assert talk("00200098" + ascii_data(AUTH_PIN)) == "6984"
    assert talk(select(TEXT_AID), "00200091") == "6984"
    assert talk("00200091" + ascii_data(TEXT_PIN)) == "6984"


def test_verify_by_sfi_in_every_application(talk):
    assert talk(select(TEXT_AID), "00200091" + ascii_data(TEXT_PIN)) == "9000"
    assert talk(select(SURFACE_AID), "00200092" + ascii_data(COLLATION_B)) == "9000"
    assert talk(select(COMMON_AID), "0020009C" + ascii_data(COMMON_PIN)) == "9000"


def test_verify_addressing_errors(talk):
    talk(select(JPKI_AID))
    assert talk("00200080") == "6986"  # no current EF
    assert talk("0020009F") == "6A82"  # no EF with SFI 1F
    assert talk("00200097") == "6981"  # 0017 is a key
    assert talk("00200000") == "6A86"  # global reference: not on this card
    assert talk("002000B8") == "6A86"
    assert talk("00200198") == "6A86"
    assert talk(select(COMMON_AID), "00200080") == "6986"


def test_verify_at_card_level_finds_no_pin(talk):
    assert talk("00200098") == "6A82"


def test_verify_by_sfi_does_not_change_the_current_ef(talk):
    talk(select(JPKI_AID), select_ef(0x000A), "00200098" + ascii_data(AUTH_PIN))
    assert talk("00B0000002") == "30829000"


def test_verified_state_is_dropped_by_select_by_name(talk):
    talk(select(JPKI_AID), "00200098" + ascii_data(AUTH_PIN))
    assert talk(select(JPKI_AID), "802A0097" + "0401020304" + "00") == "6982"


def test_even_a_failed_select_by_name_drops_it(talk):
    talk(select(JPKI_AID), "00200098" + ascii_data(AUTH_PIN))
    assert talk(select("D392F0002601000000FF")) == "6A82"
    assert talk("802A0097" + "0401020304" + "00") == "6982"
    assert talk(select_ef(0x0008), "00B0000003") == "8F8F009000"  # still in JPKI


def test_select_ef_keeps_it(talk):
    talk(select(JPKI_AID), "00200098" + ascii_data(AUTH_PIN), select_ef(0x0017))
    assert len(talk.data("802A0080" + "0401020304" + "00")) == 256


def test_reset_drops_it(talk):
    talk(select(JPKI_AID), "00200098" + ascii_data(AUTH_PIN))
    talk.reset()
    assert talk(select(JPKI_AID), "802A0097" + "0401020304" + "00") == "6982"


def test_a_wrong_pin_drops_an_earlier_verification(talk):
    talk(select(JPKI_AID), "00200098" + ascii_data(AUTH_PIN))
    talk("00200098" + ascii_data("0000"))
    assert talk("802A0097" + "0401020304" + "00") == "6982"


def test_the_try_is_saved_before_comparing():
    saved: list[int] = []
    image = standard_image()
    pin = image.application_named("jpki").files[0x18]

    def persist(_image: CardImage) -> None:
        saved.append(pin.tries_left)  # type: ignore[union-attr]

    card = VirtualCard(image, persist)
    card.power_on()
    card.process(bytes.fromhex(select(JPKI_AID)))
    assert card.process(bytes.fromhex("00200098" + ascii_data(AUTH_PIN))) == b"\x90\x00"
    assert saved == [2, 3]


def test_a_failed_save_answers_6581_without_comparing():
    def full_disk(_image: CardImage) -> None:
        raise PersistError("no space left")

    card = VirtualCard(standard_image(), full_disk)
    card.power_on()
    card.process(bytes.fromhex(select(JPKI_AID)))
    assert card.process(bytes.fromhex("00200098" + ascii_data(AUTH_PIN))) == b"\x65\x81"


def test_change_reference_data(talk):
    talk(select(JPKI_AID))
    assert talk("00240198" + ascii_data("9999")) == "6982"  # not verified
    talk("00200098" + ascii_data(AUTH_PIN))
    assert talk("00240198" + ascii_data("99999")) == "6A80"  # five digits
    assert talk("00240098" + ascii_data("9999")) == "6A86"
    assert talk("00240198" + ascii_data("9999")) == "9000"
    talk(select(JPKI_AID))
    assert talk("00200098" + ascii_data(AUTH_PIN)) == "63C2"
    assert talk("00200098" + ascii_data("9999")) == "9000"


def test_change_of_a_blocked_or_unchangeable_pin(talk):
    assert talk(select(TEXT_AID), "00240192" + ascii_data("9999")) == "6984"
    talk(select(SURFACE_AID), "00200092" + ascii_data(COLLATION_B))
    assert talk("00240192" + ascii_data("1" * 14)) == "6985"


def test_signature_password_format_on_change(talk):
    talk(select(JPKI_AID), "0020009B" + ascii_data(SIGN_PASSWORD))
    assert talk("0024019B" + ascii_data("ABCDEF")) == "6A80"  # no digit
    assert talk("0024019B" + ascii_data("abc123")) == "6A80"  # lower case
    assert talk("0024019B" + ascii_data("XYZ789")) == "9000"


def test_common_application_changes_its_pin_with_80_32(talk):
    # 共通 and 住基 use the proprietary `80 32 00 80 <new>` after VERIFY.
    talk(select(COMMON_AID), select_ef(0x001C))
    assert talk("80320080" + ascii_data("1111")) == "6982"
    talk("00200080" + ascii_data(COMMON_PIN))
    assert talk("80320180" + ascii_data("1111")) == "6A86"
    assert talk("80320080" + ascii_data("1111")) == "9000"
    assert talk(select(COMMON_AID), "0020009C" + ascii_data("1111")) == "9000"
