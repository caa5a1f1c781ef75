"""The staff screen names a locked place as staff know it, not by its internal key."""

from __future__ import annotations

from ui.staff.lockout_panel import place_name


def test_a_reader_keeps_its_id_and_the_web_api_is_named(qapp):
    assert place_name("clinic-reader-1") == "clinic-reader-1"
    assert place_name("web-api:1310000001") == "Web API（医療機関コード 1310000001）"
    assert place_name("web-api:unknown-facility") == "Web API（登録のない医療機関コード）"
