"""A test certificate authority standing in for J-LIS: it issues the cards' certificates."""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import string
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

from hw.vcard import tlv

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
    """Two issuing CAs (user authentication, signature) and a key for signing card data."""

    __test__ = False  # not a pytest test class, despite its name

    def __init__(self, keys: dict[str, rsa.RSAPrivateKey],
                 certificates: dict[str, x509.Certificate]) -> None:
        self._keys = keys
        self._certificates = certificates

    @classmethod
    def create(cls) -> TestAuthority:
        """A new authority with fresh keys."""
        keys = {purpose: new_rsa_key() for purpose in ("auth", "sign", "card-data")}
        certificates = {purpose: _ca_certificate(purpose, keys[purpose]) for purpose in
                        _ISSUER_UNITS}
        return cls(keys, certificates)

    @classmethod
    def load_or_create(cls, directory: Path) -> TestAuthority:
        """The authority kept in `directory`, made on first use."""
        path = directory / AUTHORITY_FILE
        if path.exists():
            return cls.load(path)
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
        if set(keys) != {"auth", "sign", "card-data"} or set(certificates) != set(_ISSUER_UNITS):
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

    @property
    def card_data_public_key(self) -> rsa.RSAPublicKey:
        """The key that verifies the signatures over card data (券面 files)."""
        return self._keys["card-data"].public_key()

    def sign_card_data(self, data: bytes) -> bytes:
        """RSA PKCS#1 v1.5 SHA-256 signature over card data."""
        return self._keys["card-data"].sign(data, padding.PKCS1v15(), hashes.SHA256())

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
    return tlv.encode(0x0C, text.encode("utf-8"))  # DER UTF8String
