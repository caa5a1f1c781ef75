"""Where the staff screen opens next to a kiosk window: never on top of it when there is
room, on a second screen when there is one."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

from ui.staff.placement import place_beside

SIZE, MINIMUM = QSize(1366, 768), QSize(800, 560)
FULL_HD = QRect(0, 0, 1920, 1040)  # 1920×1080 less a task bar
LAPTOP = QRect(0, 0, 1366, 728)
KIOSK = QRect(0, 0, 1026, 800)  # the 1024×768 kiosk window and its frame, at the top left


def inside(rect: QRect, screen: QRect) -> bool:
    return screen.contains(rect)


def test_beside_the_kiosk_on_one_full_hd_screen():
    spot = place_beside(SIZE, MINIMUM, [FULL_HD], [KIOSK])
    assert not spot.intersects(KIOSK)
    assert inside(spot, FULL_HD)
    assert spot.left() == KIOSK.right() + 1 and spot.width() == 1920 - 1026


def test_on_a_second_screen_when_there_is_one():
    second = QRect(1920, 0, 1366, 728)
    spot = place_beside(SIZE, MINIMUM, [FULL_HD, second], [KIOSK])
    assert inside(spot, second)
    assert spot.size() == QSize(1366, 728)  # as large as the screen allows


def test_the_kiosk_on_the_second_screen_leaves_the_first_one_free():
    second = QRect(1920, 0, 1920, 1040)
    kiosk = KIOSK.translated(1920, 0)
    spot = place_beside(SIZE, MINIMUM, [FULL_HD, second], [kiosk])
    assert spot == QRect((1920 - 1366) // 2, (1040 - 768) // 2, 1366, 768)  # centred


def test_below_a_kiosk_that_leaves_room_underneath():
    wide = QRect(0, 0, 1280, 1400)  # a portrait screen
    spot = place_beside(SIZE, MINIMUM, [wide], [KIOSK])
    assert not spot.intersects(KIOSK)
    assert inside(spot, wide) and spot.top() == KIOSK.bottom() + 1


def test_a_screen_too_small_for_both_covers_as_little_of_the_kiosk_as_it_can():
    spot = place_beside(SIZE, MINIMUM, [LAPTOP], [KIOSK])
    assert spot.size() == MINIMUM
    assert spot.right() == LAPTOP.right() and spot.top() == 0  # pushed to the free side


def test_without_a_kiosk_the_window_is_centred_and_fits_the_screen():
    spot = place_beside(SIZE, MINIMUM, [LAPTOP], [])
    assert spot == QRect(0, 0, 1366, 728)
    spot = place_beside(SIZE, MINIMUM, [FULL_HD], [])
    assert inside(spot, FULL_HD) and spot.size() == SIZE
