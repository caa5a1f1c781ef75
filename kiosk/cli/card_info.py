"""What a terminal can read from a card without any PIN, as data and as text."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hw.reader import CardReader
from kiosk.card import (
    CardError,
    CardUnresponsive,
    FileNotFound,
    MyNumberCardProtocol,
    PinKind,
    PinNotUsable,
)

# Certificate dates are shown as the card's issuer states them, in Japan time.
JST = dt.timezone(dt.timedelta(hours=9), "JST")

_PINS = {
    "auth": (PinKind.AUTH, "user-authentication PIN (利用者証明用)"),
    "signature": (PinKind.SIGNATURE, "signature password (署名用)"),
    "card_info": (PinKind.INPUT_SUPPORT, "card-info PIN (券面事項入力補助用)"),
    "face_collation_b": (PinKind.CARD_FACE_COLLATION_B, "照合番号B (券面事項確認)"),
}


def gather_card_info(reader: CardReader, now: dt.datetime | None = None) -> dict[str, Any]:
    """Read the certificate and the PIN counters (no try used); JSON-ready."""
    now = now or dt.datetime.now(dt.UTC)
    card = MyNumberCardProtocol(reader)
    info: dict[str, Any] = {"reader": reader.name}
    try:
        info["atr"] = card.connect().hex().upper()
    except CardUnresponsive:
        return info | {"answers": False, "error": "the card does not answer (chip destroyed?)"}
    except CardError as error:
        return info | {"answers": False, "error": str(error)}
    info["answers"] = True
    try:
        info["auth_certificate"] = _certificate(card, now)
    except CardError as error:
        info["auth_certificate"] = {"error": f"{type(error).__name__}: {error}"}
    info["pins"] = {key: _pin_state(card, kind) for key, (kind, _label) in _PINS.items()}
    face_auth = info["pins"]["auth"]["state"] == "not set"
    info["kind"] = "face-authentication" if face_auth else "standard"
    info["signature_certificate"] = info["pins"]["signature"]["state"] != "absent"
    reader.disconnect()
    return info


def _certificate(card: MyNumberCardProtocol, now: dt.datetime) -> dict[str, str]:
    certificate = card.read_auth_certificate().certificate
    not_before = certificate.not_valid_before_utc
    not_after = certificate.not_valid_after_utc
    state = "valid"
    if now < not_before:
        state = "not yet valid"
    elif now > not_after:
        state = "expired"
    return {
        "serial": f"{certificate.serial_number:X}",
        "subject": certificate.subject.rfc4514_string(),
        "issuer": certificate.issuer.rfc4514_string(),
        "not_before": not_before.astimezone(JST).isoformat(),
        "not_after": not_after.astimezone(JST).isoformat(),
        "state": state,
    }


def _pin_state(card: MyNumberCardProtocol, kind: PinKind) -> dict[str, Any]:
    try:
        left = card.pin_tries_left(kind)
    except PinNotUsable:
        return {"state": "not set"}
    except FileNotFound:
        return {"state": "absent"}
    except CardError as error:
        return {"state": "error", "error": f"{type(error).__name__}: {error}"}
    state = "locked" if left == 0 else "usable"
    return {"state": state, "tries_left": left, "max_tries": kind.max_tries}


def render_card_info(info: dict[str, Any]) -> str:
    """The info as lines a person reads."""
    lines = [f"reader: {info['reader']}"]
    if not info.get("answers"):
        return "\n".join([*lines, f"card: {info.get('error')}"])
    lines += [f"ATR: {info['atr']}", f"kind: {info['kind']}"]
    cert = info["auth_certificate"]
    if "error" in cert:
        lines.append(f"user-authentication certificate: unreadable ({cert['error']})")
    else:
        lines += [
            "user-authentication certificate:",
            f"  serial {cert['serial']}",
            f"  subject {cert['subject']}",
            f"  issuer {cert['issuer']}",
            f"  valid {cert['not_before']} to {cert['not_after']} ({cert['state']})",
        ]
    lines.append(f"signature certificate: {'present' if info['signature_certificate'] else 'none'}")
    lines.append("PINs (tries left; reading them uses no try):")
    for key, (_kind, label) in _PINS.items():
        pin = info["pins"][key]
        detail = pin["state"]
        if "tries_left" in pin:
            detail = f"{pin['tries_left']}/{pin['max_tries']}" + (" locked" if pin[
                "state"] == "locked" else "")
        elif "error" in pin:
            detail = pin["error"]
        lines.append(f"  {label}: {detail}")
    return "\n".join(lines)
