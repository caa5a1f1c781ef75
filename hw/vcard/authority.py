"""A test certificate authority standing in for J-LIS: it issues the cards' certificates."""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import string
import tempfile
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from hw.vcard import cvc, tlv

JST = dt.timezone(dt.timedelta(hours=9), "JST")
AUTHORITY_FILE = "authority.json"

# JPKI's own object identifiers for the holder's details in a signature certificate.
OID_JPKI_NAME = x509.ObjectIdentifier("1.2.392.200149.8.5.5.1")
OID_JPKI_GENDER = x509.ObjectIdentifier("1.2.392.200149.8.5.5.3")
OID_JPKI_BIRTH_DATE = x509.ObjectIdentifier("1.2.392.200149.8.5.5.4")
OID_JPKI_ADDRESS = x509.ObjectIdentifier("1.2.392.200149.8.5.5.5")

_CA_NOT_BEFORE = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
_CA_NOT_AFTER = dt.datetime(2099, 12, 31, 23, 59, 59, tzinfo=dt.UTC)
_ISSUER_UNITS = {
    "auth": "JPKI for user authentication",
    "sign": "JPKI for digital signature",
}
# The keys of the card-verifiable hierarchy (purpose -> the digits of its key identifier).
# Authority files written before these existed lack them: loading adds them.
CVC_KEYS = {
    "cvc-root": cvc.ROOT_NUMBER,
    "cvc-mf-intermediate": cvc.MF_INTERMEDIATE_NUMBER,
    "cvc-card-face-ca": cvc.CARD_FACE_CA_NUMBER,
    "cvc-card-face": cvc.CARD_FACE_SIGNER_NUMBER,
    "cvc-card-info-ca": cvc.CARD_INFO_CA_NUMBER,
    "cvc-card-info": cvc.CARD_INFO_SIGNER_NUMBER,
}


class AuthorityError(Exception):
    """The authority's key file is missing pieces or cannot be read."""


@dataclass(frozen=True)
class SignatureHolder:
    """The holder's details a signature certificate carries."""

    name: str
    birth_date: dt.date
    sex: str
    address: str
    prefecture: str
    municipality: str


def new_rsa_key() -> rsa.RSAPrivateKey:
    """An RSA-2048 key as the cards use."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


class TestAuthority:
    """Two issuing CAs (user authentication, signature) and the card-verifiable hierarchy
    that certifies the keys signing the 券面 applications' data."""

    __test__ = False  # not a pytest test class, despite its name

    def __init__(self, keys: dict[str, rsa.RSAPrivateKey],
                 certificates: dict[str, x509.Certificate]) -> None:
        self._keys = keys
        self._certificates = certificates
        # Keys this instance had to make because its file predates them (saved by
        # load_or_create); an older authority directory keeps working.
        self.added_keys = tuple(purpose for purpose in CVC_KEYS if purpose not in keys)
        for purpose in self.added_keys:
            keys[purpose] = new_rsa_key()

    @classmethod
    def create(cls) -> TestAuthority:
        """A new authority with fresh keys."""
        keys = {purpose: new_rsa_key() for purpose in _ISSUER_UNITS}
        certificates = {purpose: _ca_certificate(purpose, keys[purpose]) for purpose in
                        _ISSUER_UNITS}
        authority = cls(keys, certificates)
        authority.added_keys = ()
        return authority

    @classmethod
    def load_or_create(cls, directory: Path) -> TestAuthority:
        """The authority kept in `directory`, made on first use, completed if older."""
        path = directory / AUTHORITY_FILE
        if path.exists():
            authority = cls.load(path)
            if authority.added_keys:
                authority.save(path)
            return authority
        authority = cls.create()
        authority.save(path)
        return authority

    @classmethod
    def load(cls, path: Path) -> TestAuthority:
        """Read an authority file."""
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            # Keys this authority made and wrote itself: checking their primes again at every
            # start costs about 50 ms a key (150 ms of the emulator's start-up to its
            # first screen); a damaged file still fails to parse.
            keys = {
                purpose: serialization.load_pem_private_key(
                    pem.encode(), password=None, unsafe_skip_rsa_key_validation=True)
                for purpose, pem in document["keys"].items()
            }
            certificates = {
                purpose: x509.load_pem_x509_certificate(pem.encode())
                for purpose, pem in document["certificates"].items()
            }
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise AuthorityError(f"cannot read authority file {path}: {error}") from None
        if not set(_ISSUER_UNITS) <= set(keys) or set(certificates) != set(_ISSUER_UNITS):
            raise AuthorityError(f"authority file {path} is incomplete")
        if not all(isinstance(key, rsa.RSAPrivateKey) for key in keys.values()):
            raise AuthorityError(f"authority file {path} holds a key that is not RSA")
        return cls(keys, certificates)  # type: ignore[arg-type]

    def save(self, path: Path) -> None:
        """Write the authority's keys (private: mode 0600) atomically."""
        document = {
            "keys": {
                purpose: key.private_bytes(
                    serialization.Encoding.PEM,
                    serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption(),
                ).decode()
                for purpose, key in self._keys.items()
            },
            "certificates": {
                purpose: cert.public_bytes(serialization.Encoding.PEM).decode()
                for purpose, cert in self._certificates.items()
            },
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".authority.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(document, out, indent=1)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, path)

    @property
    def auth_ca_certificate(self) -> x509.Certificate:
        """The user-authentication CA certificate (EF 000B, the eligibility system's anchor)."""
        return self._certificates["auth"]

    @property
    def sign_ca_certificate(self) -> x509.Certificate:
        """The signature CA certificate (EF 0002 of JPKI)."""
        return self._certificates["sign"]

    @cached_property
    def card_face_signer(self) -> cvc.CvcSigner:
        """Signs the 券面事項確認AP's data; certified in its EF 0004 (issuer 6000023)."""
        return self._signer("cvc-card-face", "cvc-card-face-ca")

    @cached_property
    def card_info_signer(self) -> cvc.CvcSigner:
        """Signs the 券面事項入力補助AP's data; certified in its EF 0004 (issuer 6000033)."""
        return self._signer("cvc-card-info", "cvc-card-info-ca")

    @cached_property
    def card_level_chain(self) -> cvc.CvcSigner:
        """The card level's root-to-intermediate certificate (GET DATA 00F8)."""
        return self._signer("cvc-mf-intermediate", "cvc-root")

    def cvc_public_key(self, purpose: str) -> rsa.RSAPublicKey:
        """The public half of one key of the card-verifiable hierarchy (see CVC_KEYS)."""
        return self._keys[purpose].public_key()

    def _signer(self, purpose: str, ca_purpose: str) -> cvc.CvcSigner:
        return cvc.CvcSigner(self._keys[purpose], cvc.key_id(CVC_KEYS[purpose]),
                             self._keys[ca_purpose], cvc.key_id(CVC_KEYS[ca_purpose]))

    def issue_auth_certificate(self, public_key: rsa.RSAPublicKey, issued_on: dt.date,
                               expires_on: dt.date) -> x509.Certificate:
        """A user-authentication certificate; like the real one it names no person."""
        subject = x509.Name([
            x509.NameAttribute(NameOID.COUNTRY_NAME, "JP"),
            x509.NameAttribute(NameOID.COMMON_NAME, _random_subject_id()),
        ])
        usage = x509.KeyUsage(True, False, False, False, False, False, False, False, False)
        return self._issue("auth", subject, public_key, issued_on, expires_on, usage, [])

    def issue_signature_certificate(self, public_key: rsa.RSAPublicKey, holder: SignatureHolder,
                                    issued_on: dt.date, expires_on: dt.date) -> x509.Certificate:
        """A signature certificate carrying the basic four items, as JPKI's does."""
        subject = x509.Name([
            x509.NameAttribute(NameOID.COUNTRY_NAME, "JP"),
            x509.NameAttribute(NameOID.LOCALITY_NAME, holder.prefecture),
            x509.NameAttribute(NameOID.LOCALITY_NAME, holder.municipality),
            x509.NameAttribute(NameOID.COMMON_NAME, _random_subject_id()),
        ])
        details = x509.SubjectAlternativeName([
            x509.OtherName(OID_JPKI_NAME, _der_utf8(holder.name)),
            x509.OtherName(OID_JPKI_GENDER, _der_utf8(holder.sex)),
            x509.OtherName(OID_JPKI_BIRTH_DATE, _der_utf8(holder.birth_date.strftime("%Y%m%d"))),
            x509.OtherName(OID_JPKI_ADDRESS, _der_utf8(holder.address)),
        ])
        usage = x509.KeyUsage(True, True, False, False, False, False, False, False, False)
        return self._issue("sign", subject, public_key, issued_on, expires_on, usage, [details])

    def _issue(self, purpose: str, subject: x509.Name, public_key: rsa.RSAPublicKey,
               issued_on: dt.date, expires_on: dt.date, usage: x509.KeyUsage,
               extensions: list[x509.ExtensionType]) -> x509.Certificate:
        ca_key, ca_cert = self._keys[purpose], self._certificates[purpose]
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(ca_cert.subject)
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(dt.datetime.combine(issued_on, dt.time(0, 0), JST))
            .not_valid_after(dt.datetime.combine(expires_on, dt.time(23, 59, 59), JST))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(usage, critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                critical=False,
            )
        )
        for extension in extensions:
            builder = builder.add_extension(extension, critical=False)
        return builder.sign(ca_key, hashes.SHA256())


def _ca_certificate(purpose: str, key: rsa.RSAPrivateKey) -> x509.Certificate:
    name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "JP"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "JPKI"),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, _ISSUER_UNITS[purpose]),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME,
                           "Test authority of the My Number kiosk simulator, not J-LIS"),
    ])
    usage = x509.KeyUsage(False, False, False, False, False, True, True, False, False)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(_CA_NOT_BEFORE)
        .not_valid_after(_CA_NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA256())
    )


def _random_subject_id() -> str:
    alphabet = string.ascii_uppercase + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(20))


def _der_utf8(text: str) -> bytes:
    return tlv.der(0x0C, text.encode("utf-8"))  # DER UTF8String
