"""Whatever bytes a terminal sends, the virtual card answers with a status word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hw.vcard.card import VirtualCard
from tests.hw.vcard.card_os_kit import standard_image

HEADERS = [bytes.fromhex(h) for h in (
    "00A4040C", "00A40400", "00A4020C", "00A40000", "00B00000", "00B00004", "00B08A00",
    "00B08100", "00B0FF00", "00B2010C", "00B20104", "00B2010D", "00200080", "00200098",
    "00200091", "00240180", "80320080", "802A0080", "802A0097", "802A0000", "802A0397",
    "802A0597", "00880099", "00880080", "00840000", "00CA7F21", "00CA0045", "80FC0000",
    "80A20000", "80AE0000", "01A4040C", "08A4040C", "80A40000",
)]
SELECTS = [bytes.fromhex(h) for h in (
    "00A4040C0AD392F000260100000001", "00A4040C0AD3921000310001010408",
    "00A4040C0AD3921000310001010402", "00A4040C0AD3921000310001010100",
    "00A4040C07A0000001510000", "00A4040C04D3921000",
    "00A4020C020018", "00A4020C02000A", "00A4020C020017", "00A4020C020002",
    "00A4020C020001", "00A4020C020019", "00A4020C020009", "00A4020C020016",
    "00200098043132333400", "0020009B06414243313233",
)]
# Every status word the card may give; 6F00 (an internal error) is not among them.
ALLOWED_SW1 = (0x90, 0x63, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6D, 0x6E)
# Length forms: none, short Le, short Lc + data (+ Le), extended Le, extended Lc (+ Le).
bodies = st.one_of(
    st.binary(max_size=270),
    st.binary(max_size=3).map(lambda le: b"\x00" + le[:2]),
    st.binary(min_size=1, max_size=255).map(lambda d: bytes([len(d)]) + d + b"\x00"),
    st.binary(min_size=1, max_size=300).map(
        lambda d: b"\x00" + len(d).to_bytes(2, "big") + d + b"\x00\x00"),
)
apdus = st.one_of(
    st.binary(max_size=300),
    st.builds(lambda h, body: h + body, st.sampled_from(HEADERS), bodies),
    st.builds(lambda h, p, body: h[:2] + p + body, st.sampled_from(HEADERS),
              st.binary(min_size=2, max_size=2), bodies),
    st.sampled_from(SELECTS),
)


@settings(max_examples=400, deadline=None, database=None)
@given(commands=st.lists(apdus, min_size=1, max_size=12))
def test_every_command_gets_a_status_word(commands):
    card = VirtualCard(standard_image())  # a fresh copy: fresh retry counters
    card.power_on()
    for command in commands:
        response = card.process(command)
        assert response is not None and len(response) >= 2
        sw = response[-2:]
        assert sw[0] in ALLOWED_SW1, response.hex()
        if sw != b"\x90\x00":
            assert len(response) == 2  # only successful commands return data
