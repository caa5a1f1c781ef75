"""The real OpenSC 0.23 clients against a virtual card in the private pcscd.

OpenSC's JPKI driver is what desktop users' browsers and e-Tax use: it must name the card,
read every certificate, log in to both PIN slots, sign, and count wrong PINs as a real card
lets it. The programs reach the private pcscd through PCSCLITE_CSOCK_NAME (its unix socket
in our own directory), as the tests' own PC/SC client does.
"""

from __future__ import annotations

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from hw.pcsc_reader import PcscCardReader
from hw.vcard.issuer import IssuedCard
from hw.vcard.model import BinaryFile
from tests.cards import AUTH_PIN, SIGNATURE_PASSWORD
from tests.hw.opensc_support import (
    AUTH_TOKEN,
    CERTIFICATE_FILES,
    SIGN_TOKEN,
    OpenSc,
    require_tools,
)
from tests.pcsc_support import READER, ServedCard
from tests.slots import card_file

AUTH_LABEL = "User Authentication PIN"
SIGN_LABEL = "Digital Signature PIN"


@pytest.fixture
def issued(card_factory) -> IssuedCard:
    """The standard card: an auth PIN and a signature password, so both slots exist."""
    return card_factory.issued()


@pytest.fixture
def opensc(private_pcscd, issued, tmp_path):
    """The card served into the private pcscd, and the OpenSC programs pointed at it."""
    require_tools()
    served = ServedCard(private_pcscd, card_file(tmp_path, issued.image))
    assert PcscCardReader(READER).wait_for_card(5), "pcscd did not see the card"
    home = tmp_path / "home"
    home.mkdir()
    yield OpenSc(private_pcscd, home)
    served.close()


def certificate_on_card(issued: IssuedCard, fid: int) -> bytes:
    """The DER certificate in JPKI EF `fid` of the card image, without the file's filler."""
    file = issued.image.application_named("jpki").files[fid]
    assert isinstance(file, BinaryFile)
    size = int.from_bytes(file.data[2:4], "big") + 4
    return file.data[:size]


def test_opensc_names_the_card_jpki(opensc):
    assert opensc.run("opensc-tool", "-n").stdout.strip().lower() == "jpki"


@pytest.mark.parametrize("cert_id", sorted(CERTIFICATE_FILES))
def test_pkcs15_reads_every_certificate_as_on_the_card(opensc, issued, cert_id):
    # 02, the signature certificate, is private: OpenSC asks for the signature password.
    extra = ["--verify-pin", "--auth-id", "02", "--pin", SIGNATURE_PASSWORD] \
        if cert_id == "02" else []
    pem = opensc.run("pkcs15-tool", "--read-certificate", cert_id, *extra).stdout
    der = x509.load_pem_x509_certificate(pem.encode()).public_bytes(serialization.Encoding.DER)
    assert der == certificate_on_card(issued, CERTIFICATE_FILES[cert_id])


@pytest.mark.parametrize(("token", "pin"), [(AUTH_TOKEN, AUTH_PIN),
                                            (SIGN_TOKEN, SIGNATURE_PASSWORD)])
def test_pkcs11_login_test_passes_on_both_slots(opensc, token, pin):
    done = opensc.pkcs11(token, "--login", "--pin", pin, "--test")
    assert "No errors" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize(("token", "pin", "key_id", "fid"), [
    (AUTH_TOKEN, AUTH_PIN, "01", 0x000A),
    (SIGN_TOKEN, SIGNATURE_PASSWORD, "02", 0x0001),
])
def test_pkcs11_signature_verifies_with_openssl(opensc, issued, tmp_path, token, pin, key_id,
                                                fid):
    message = tmp_path / "message.txt"
    message.write_bytes(b"health insurance check-in\n")
    signature = tmp_path / "signature.bin"
    opensc.pkcs11(token, "--login", "--pin", pin, "--sign", "--id", key_id,
                  "--mechanism", "SHA256-RSA-PKCS", "--input-file", str(message),
                  "--output-file", str(signature))
    certificate = tmp_path / "certificate.der"
    certificate.write_bytes(certificate_on_card(issued, fid))
    public_key = tmp_path / "public.pem"
    public_key.write_text(opensc.run("openssl", "x509", "-inform", "DER", "-in",
                                     str(certificate), "-pubkey", "-noout").stdout)
    verified = opensc.run("openssl", "dgst", "-sha256", "-verify", str(public_key),
                          "-signature", str(signature), str(message))
    assert verified.stdout.strip() == "Verified OK"


def test_tries_left_before_any_pin(opensc):
    assert opensc.tries_left() == {AUTH_LABEL: 3, SIGN_LABEL: 5}


@pytest.mark.parametrize(("token", "wrong", "right", "label", "limit"), [
    (AUTH_TOKEN, "9999", AUTH_PIN, AUTH_LABEL, 3),
    (SIGN_TOKEN, "WRONG1", SIGNATURE_PASSWORD, SIGN_LABEL, 5),
])
def test_a_wrong_pin_costs_one_try_and_a_right_one_restores_them(opensc, token, wrong, right,
                                                                  label, limit):
    refused = opensc.pkcs11(token, "--login", "--pin", wrong, "--list-objects", check=False)
    assert refused.returncode != 0
    assert "CKR_PIN_INCORRECT" in refused.stdout + refused.stderr
    assert opensc.tries_left()[label] == limit - 1
    opensc.pkcs11(token, "--login", "--pin", right, "--list-objects")
    assert opensc.tries_left()[label] == limit


def test_the_tools_see_the_private_pcscd_readers(opensc):
    listing = opensc.run("opensc-tool", "--list-readers").stdout
    assert f"Yes             {READER}" in listing
