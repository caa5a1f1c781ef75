"""The RSA keys a card holds, as its files store them."""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from hw.vcard.model import KeyFile, KeyUse


def pkcs8(key: rsa.RSAPrivateKey) -> bytes:
    """A private key as unencrypted PKCS#8 DER."""
    return key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def key_file(key: rsa.RSAPrivateKey, use: KeyUse, use_pins: tuple[int, ...] = ()) -> KeyFile:
    """A key EF holding `key`."""
    return KeyFile(pkcs8(key), use_pins=use_pins, use=use)


def public_key_of(key_file_: KeyFile) -> rsa.RSAPublicKey:
    """The public half of a key EF's key."""
    key = serialization.load_der_private_key(key_file_.pkcs8, password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValueError("a card key is RSA")
    return key.public_key()
