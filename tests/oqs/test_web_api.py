"""The Web API on loopback: login and search as a clinic program calls them, tokens per
facility, the lockout (429 with Retry-After, kept across a restart), hostile bodies."""

from __future__ import annotations

import datetime as dt
import http.client
import json
import logging
import socket

import pytest

from kiosk.eligibility import admin
from kiosk.eligibility.lockout import MAX_FAILURES
from kiosk.eligibility.service import Terminal
from kiosk.oqs.web_api.auth import scope_of
from kiosk.oqs.web_api.limits import MAX_BODY, MAX_DEPTH
from kiosk.oqs.web_api.server import (
    LOGIN_PATH,
    SEARCH_PATH,
    NotLoopback,
    _Handler,
    start_web_api,
)
from kiosk.storage.models import Insurer
from tests.eligibility.world import FACILITY, NOW, PASSWORD, build_world, enrolment


@pytest.fixture
def world(database, card_factory):
    return build_world(database, card_factory)


@pytest.fixture
def api(world):
    server = start_web_api(world.database, "127.0.0.1", 0, now=world.clock)
    yield server
    server.close()


def _post(api, path, body, headers=None):
    data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
    connection = http.client.HTTPConnection("127.0.0.1", api.port, timeout=10)
    try:
        connection.request("POST", path, data, {
            "Content-Type": "application/json;charset=UTF-8", **(headers or {})})
        response = connection.getresponse()
        answer = json.loads(response.read().decode("utf-8"))
        return response.status, answer, dict(response.getheaders())
    finally:
        connection.close()


def _login(api, password=PASSWORD, code=FACILITY):
    return _post(api, LOGIN_PATH, {"MedicalInstitutionCode": code, "Password": password})


def _token(api):
    status, answer, _headers = _login(api)
    assert status == 200, answer
    return answer["result"]["idToken"]


def _query(code=FACILITY, **info):
    fields = {"InsurerNumber": "06139921", "InsuredCardSymbol": "1201",
              "InsuredIdentificationNumber": "3456", "Birthdate": "19850412",
              "LimitApplicationCertificateRelatedConsFlg": "1"} | info
    return {"XmlMsg": {"MessageHeader": {"QualificationConfirmationDate": "20261124",
                                         "MedicalInstitutionCode": code},
                       "MessageBody": {"QualificationConfirmSearchInfo": fields}}}


def _search(api, token, body=None):
    return _post(api, SEARCH_PATH, body or _query(), {"Authorization": token,
                                                       "Accept": "application/json"})


def _strings_only(value):
    if isinstance(value, dict):
        return all(_strings_only(v) for v in value.values())
    if isinstance(value, list):
        return all(_strings_only(v) for v in value)
    return isinstance(value, str)


def test_login_then_search_answers_the_result_tree_as_json(api):
    status, login, _headers = _login(api)
    assert status == 200 and login["status"] == "OK"
    assert set(login["result"]) == {"accessToken", "refreshToken", "idToken", "linkSysCharCd"}
    status, answer, headers = _search(api, login["result"]["idToken"])
    assert status == 200 and headers["Content-Type"] == "application/json;charset=UTF-8"
    assert _strings_only(answer)
    header, body = answer["XmlMsg"]["MessageHeader"], answer["XmlMsg"]["MessageBody"]
    assert header["SegmentOfResult"] == "1" and header["CharacterCodeIdentifier"] == "0"
    assert header["ReferenceClassification"] == "2"
    assert header["QualificationConfirmationDate"] == "20261124"  # the world's clock
    assert header["MedicalInstitutionCode"] == FACILITY
    assert "ArbitraryFileIdentifier" not in header
    assert body["QualificationConfirmSearchInfo"]["InsuredIdentificationNumber"] == "3456"
    assert body["ProcessingResultStatus"] == "1" and body["QualificationValidity"] == "1"
    assert isinstance(body["ResultList"], list) and len(body["ResultList"]) == 1
    result = body["ResultList"][0]["ResultOfQualificationConfirmation"]
    assert result["Name"] == "山田　花子" and result["NameKana"] == "ﾔﾏﾀﾞ ﾊﾅｺ"
    assert (result["InsurerNumber"], result["InsuredBranchNumber"]) == ("06139921", "01")
    assert result["Birthdate"] == "19850412" and result["Sex1"] == "2"
    assert result["LimitApplicationCertificateRelatedConsFlg"] == "1"
    assert result["LimitApplicationCertificateRelatedInfo"][
        "LimitApplicationCertificateClassificationFlag"] == "A03"


def _add_kokuho_member(world):
    """髙橋 﨑子 on a 6-digit 国保 number, with a kanji symbol."""
    with world.database.session() as session, session.begin():
        session.add(Insurer(number="138057", name="千代田区国民健康保険"))
        person = admin.person_for(session, "t" * 64)
        admin.file_enrolment(session, person, enrolment(
            insurer_number="138057", symbol="千代田", number="200777", branch="00",
            family_name="髙橋", given_name="﨑子", family_kana="タカハシ", given_kana="サキコ",
            birth_date=dt.date(1954, 3, 10)), "insurer", NOW)


def test_a_six_digit_number_padded_with_spaces_or_zeros(api, world):
    _add_kokuho_member(world)
    token = _token(api)
    for insurer in ("  138057", "00138057", "138057"):
        status, answer, _headers = _search(api, token, _query(
            InsurerNumber=insurer, InsuredCardSymbol="千代田",
            InsuredIdentificationNumber="200777", Birthdate="19540310"))
        assert status == 200, answer
        [result] = answer["XmlMsg"]["MessageBody"]["ResultList"]
        assert result["ResultOfQualificationConfirmation"]["InsurerNumber"] == "  138057"
        assert result["ResultOfQualificationConfirmation"]["Name"] == "髙橋　﨑子"


def test_a_branch_given_must_match(api):
    token = _token(api)
    _status, answer, _headers = _search(api, token, _query(InsuredBranchNumber="01"))
    assert answer["XmlMsg"]["MessageBody"]["QualificationValidity"] == "1"
    _status, answer, _headers = _search(api, token, _query(InsuredBranchNumber="02"))
    assert answer["XmlMsg"]["MessageBody"]["QualificationValidity"] == "4"
    status, answer, _headers = _search(api, token, _query(InsurerNumber="0613992"))
    assert status == 400 and "InsurerNumber" in answer["msg"]


def test_another_birth_date_finds_no_coverage(api):
    status, answer, _headers = _search(api, _token(api), _query(Birthdate="19850413"))
    body = answer["XmlMsg"]["MessageBody"]
    assert status == 200 and body["QualificationValidity"] == "4"
    assert "ResultList" not in body


def test_a_bad_field_is_named_never_echoed(api):
    status, answer, _headers = _search(api, _token(api), _query(Birthdate="1985-04-12"))
    assert status == 400 and answer["error"] == "invalid_request"
    assert "Birthdate" in answer["msg"] and "1985-04-12" not in answer["msg"]


def test_a_token_is_good_for_its_own_facility_only(api):
    token = _token(api)
    status, answer, _headers = _search(api, token, _query(code="1310000002"))
    assert status == 401 and answer["error"] == "unauthorized"
    assert _search(api, "")[0] == 401
    assert _search(api, token + "x")[0] == 401


def test_tokens_expire_after_an_hour(api, world):
    token = _token(api)
    world.clock.moment += dt.timedelta(minutes=61)
    assert _search(api, token)[0] == 401


def test_five_wrong_passwords_give_429_even_to_the_right_one_and_survive_a_restart(
        api, world):
    statuses = [_login(api, f"guess-{n}")[0] for n in range(MAX_FAILURES)]
    assert statuses == [401] * (MAX_FAILURES - 1) + [429]
    status, answer, headers = _login(api)
    assert status == 429 and answer["error"] == "locked"
    assert int(headers["Retry-After"]) == 300
    # The staff screen lists it like a terminal's lock.
    assert [lock.scope for lock in world.service.password_locks(FACILITY)] == [
        scope_of(FACILITY)]
    api.close()
    restarted = start_web_api(world.database, "127.0.0.1", 0, now=world.clock)
    try:
        world.clock.moment += dt.timedelta(minutes=2)
        status, _answer, headers = _login(restarted)
        assert status == 429 and int(headers["Retry-After"]) == 180
        world.clock.moment += dt.timedelta(minutes=3)
        assert _login(restarted)[0] == 200
    finally:
        restarted.close()


def test_staff_unlock_the_web_api_at_the_staff_screen(api, world):
    for n in range(MAX_FAILURES):
        _login(api, f"guess-{n}")
    assert _login(api)[0] == 429
    staff = Terminal("staff-desk-1", FACILITY)
    assert world.service.unlock_password(staff, scope_of(FACILITY), PASSWORD).accepted
    assert _login(api)[0] == 200


def test_wrong_tokens_lock_but_an_issued_token_keeps_working(api):
    token = _token(api)
    statuses = [_search(api, f"guess-{n}")[0] for n in range(MAX_FAILURES)]
    assert statuses == [401] * (MAX_FAILURES - 1) + [429]
    status, _answer, headers = _search(api, "guess-again")
    assert status == 429 and "Retry-After" in headers
    assert _login(api)[0] == 429
    assert _search(api, token)[0] == 200


def test_unknown_facilities_share_one_lock(api):
    statuses = [_login(api, code=f"99999999{n:02d}")[0] for n in range(MAX_FAILURES + 1)]
    assert statuses == [401] * (MAX_FAILURES - 1) + [429, 429]
    assert _login(api)[0] == 200


def test_passwords_and_tokens_never_reach_the_log(api, caplog):
    caplog.set_level(logging.DEBUG)
    token = _token(api)
    _search(api, token)
    _login(api, "wrong-password-xyz")
    assert PASSWORD not in caplog.text and token not in caplog.text
    assert "wrong-password-xyz" not in caplog.text and "山田" not in caplog.text


@pytest.mark.parametrize(("body", "status", "code"), [
    (b"x" * (MAX_BODY + 1), 413, "too_large"),
    (b"[" * 100_000 + b"]" * 100_000, 413, "too_large"),
    (b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1), 400, "too_deep"),
    (b'{"a": ' * 2000, 400, "too_deep"),
    (b'{"MedicalInstitutionCode": "1310000001", ', 400, "malformed"),
    (b'{"a": NaN}', 400, "malformed"),
    ('{"a": "山田"}'.encode("shift_jis"), 400, "not_utf8"),
])
def test_hostile_bodies_get_a_json_error(api, body, status, code):
    for path in (LOGIN_PATH, SEARCH_PATH):
        got, answer, _headers = _post(api, path, body)
        assert (got, answer["error"]) == (status, code)


def test_a_deep_body_within_the_size_limit_is_refused_before_parsing(api):
    body = b"[" * (MAX_BODY // 2) + b"]" * (MAX_BODY // 2)
    got, answer, _headers = _post(api, LOGIN_PATH, body)
    assert (got, answer["error"]) == (400, "too_deep")


def test_brackets_inside_strings_do_not_count_as_depth(api):
    status, _answer, _headers = _login(api, password="[[[[[[[[[[{{{{{{{{{{")
    assert status == 401


def test_a_body_without_length_other_methods_and_paths(api):
    connection = http.client.HTTPConnection("127.0.0.1", api.port, timeout=10)
    try:
        connection.putrequest("POST", LOGIN_PATH)
        connection.putheader("Transfer-Encoding", "chunked")
        connection.endheaders()
        connection.send(b"0\r\n\r\n")
        response = connection.getresponse()
        assert response.status == 411 and json.loads(response.read())["error"]
    finally:
        connection.close()
    for method, path, status in (("GET", SEARCH_PATH, 405), ("GET", "/", 404),
                                 ("POST", "/oqs-api-pro/other", 404)):
        connection = http.client.HTTPConnection("127.0.0.1", api.port, timeout=10)
        try:
            connection.request(method, path, b"{}" if method == "POST" else None)
            response = connection.getresponse()
            assert response.status == status
            assert json.loads(response.read())["status"] == "NG"
        finally:
            connection.close()


def test_a_body_that_never_comes_is_cut_off(api, monkeypatch):
    monkeypatch.setattr(_Handler, "timeout", 0.5)
    connection = socket.create_connection(("127.0.0.1", api.port), timeout=10)
    try:
        connection.sendall(f"POST {LOGIN_PATH} HTTP/1.1\r\nHost: x\r\n"
                           "Content-Length: 100\r\n\r\n{".encode())
        answer = connection.makefile("rb").read()
    finally:
        connection.close()
    assert answer.startswith(b"HTTP/1.0 408") and b'"error": "timeout"' in answer
    assert _login(api)[0] == 200  # the server goes on


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.1", "example.invalid"])
def test_only_loopback_unless_allowed(world, host):
    with pytest.raises(NotLoopback):
        start_web_api(world.database, host, 0)


def test_localhost_and_ipv6_loopback_are_loopback(world):
    for host in ("localhost", "::1"):
        try:
            server = start_web_api(world.database, host, 0)
        except OSError:
            continue  # no IPv6 on this machine: still not a remote address
        assert server.port > 0
        server.close()
