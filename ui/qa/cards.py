"""Cards on the emulated reader, and what offices do to a persona outside the terminal."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.demo.personas import load
from kiosk.eligibility.errors import UnknownPerson
from kiosk.emulator import operations
from kiosk.emulator.persona_state import PersonaState
from kiosk.emulator.slots import MemorySlot
from kiosk.emulator.world import EmulatedWorld
from ui.qa.jobs import Jobs
from ui.qa.persona_text import describe
from ui.qa.widgets import narrow
from ui.terminal_app import TerminalApp
from ui.texts import fill, tr

Report = Callable[[str, bool], None]  # (message, refused)
NAME_ROLE = Qt.ItemDataRole.UserRole  # the card's name on each list item
_NOTICE_S = 3.0  # how long a swap waits for the terminal to see the card go


class CardsBox(QWidget):
    """The card list, insert / remove / swap, and the QA operations on the chosen persona."""

    def __init__(self, world: EmulatedWorld, terminal: TerminalApp, jobs: Jobs,
                 report: Report) -> None:
        super().__init__()
        self.world, self.terminal, self.jobs, self._report = world, terminal, jobs, report
        self.cards = QListWidget(objectName="qa_cards")
        for name in world.card_names():
            item = QListWidgetItem(self._describe(name))
            item.setData(NAME_ROLE, name)
            self.cards.addItem(item)
        self.cards.setCurrentRow(0)
        self.reader_state = QLabel(objectName="qa_reader")
        self.insurers = QComboBox(objectName="qa_insurer")
        narrow(self.insurers)
        for insurer in load()["insurers"]:
            self.insurers.addItem(f"{insurer['name']} ({insurer['number']})", insurer["number"])

        buttons = QHBoxLayout()
        for name, label, slot in (("card_insert", tr("カードを置く"), self.insert),
                                  ("card_remove", tr("カードを取る"), self.remove),
                                  ("card_swap", tr("差し替える"), self.swap)):
            buttons.addWidget(self._button(name, label, slot))
        # Faults of the reader itself (the in-process reader only): unplugged, and a driver
        # that never answers a command (the terminal's watchdog replaces the stuck session).
        faults = QHBoxLayout()
        self.unplug = QPushButton(tr("リーダーを外す（故障）"), objectName="reader_unplug",
                                  checkable=True)
        self.unplug.toggled.connect(self.set_unplugged)
        faults.addWidget(self.unplug)
        self.hang = self._button("reader_hang", tr("次のコマンドで応答しない"), self.hang_next)
        faults.addWidget(self.hang)
        can_fail = isinstance(self.world.slot, MemorySlot)
        for button in (self.unplug, self.hang):
            button.setEnabled(can_fail)
        offices = QGroupBox(tr("窓口・コールセンター・保険者の操作（選んだ人に）"))
        grid = QGridLayout(offices)
        grid.addWidget(self._button("op_reset_pin", tr("暗証番号ロック解除（市区町村窓口）"),
                                    self.reset_pin), 0, 0, 1, 2)
        grid.addWidget(self._button("op_hold", tr("一時利用停止（紛失の届出）"), self.hold), 1, 0)
        grid.addWidget(self._button("op_lift_hold", tr("一時利用停止の解除"), self.lift_hold), 1, 1)
        grid.addWidget(self.insurers, 2, 0)
        grid.addWidget(self._button("op_change_insurer", tr("保険者を変更（本日から）"),
                                    self.change_insurer), 2, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("人物とカード")))
        layout.addWidget(self.cards, 1)
        layout.addWidget(self.reader_state)
        layout.addLayout(buttons)
        layout.addLayout(faults)
        layout.addWidget(offices)
        self.cards.currentRowChanged.connect(self._choose_insurer)
        self._choose_insurer()
        self._show_reader()

    # -- the reader ------------------------------------------------------------------

    @property
    def selected(self) -> str | None:
        """The card chosen in the list."""
        item = self.cards.currentItem()
        return None if item is None else item.data(NAME_ROLE)

    def insert(self) -> None:
        """Put the chosen card on the reader (the terminal's card watcher sees it)."""
        name = self.selected
        if name is not None:
            self._run(lambda: self.world.insert(name),
                      fill(tr("カードを置きました: %1"), self._label(name)))

    def remove(self) -> None:
        """Take the card off the reader."""
        self._run(self.world.remove, tr("カードを取りました"))

    def swap(self) -> None:
        """Take the card off, wait until the terminal has seen it go, put the chosen one on."""
        name = self.selected
        if name is None:
            return

        def work() -> None:
            self.world.remove()
            self._wait_until_terminal_sees_no_card()
            self.world.insert(name)

        self._run(work, fill(tr("カードを差し替えました: %1"), self._label(name)))

    def set_unplugged(self, unplugged: bool) -> None:
        """Unplug the reader (the terminal goes out of service) or plug it back in."""
        slot = self.world.slot
        if isinstance(slot, MemorySlot):
            slot.set_unavailable(unplugged)
            self._report(tr("リーダーを外しました") if unplugged else tr("リーダーを接続しました"),
                         False)

    def hang_next(self) -> None:
        """The reader's next command gets no answer until the card is taken."""
        slot = self.world.slot
        if isinstance(slot, MemorySlot):
            slot.hang_during_next_command()
            self._report(tr("次のコマンドでリーダーが応答しなくなります"), False)

    def _wait_until_terminal_sees_no_card(self) -> None:
        # The card watcher polls the slot; a card put back within one poll would look as if
        # it never left, and the terminal would carry on with the previous person's session.
        watcher = self.terminal.watcher
        deadline = time.monotonic() + _NOTICE_S
        while watcher is not None and watcher.present and time.monotonic() < deadline:
            time.sleep(0.05)

    # -- offices ---------------------------------------------------------------------

    def reset_pin(self) -> None:
        """The municipal office resets the PIN counter (the card must be off the reader)."""
        persona = self._persona()
        if persona is None:
            return

        def work() -> int | None:
            operations.reset_pin(self.world, persona)
            return self.world.pin_tries_left(persona)

        self._run(work, lambda tries: fill(tr("暗証番号のロックを解除しました（残り %1 回）"),
                                           tries))

    def hold(self) -> None:
        """The lost-card hotline puts the persona's certificate on hold."""
        self._status_change("hold", tr("一時利用停止しました（%1）"))

    def lift_hold(self) -> None:
        """The municipal office lifts the hold."""
        self._status_change("lift-hold", tr("一時利用停止を解除しました（%1）"))

    def change_insurer(self) -> None:
        """A job change: the old coverage ends yesterday, the new insurer files from today."""
        persona = self._persona()
        insurer = self.insurers.currentData()
        if persona is None or insurer is None:
            return

        def work() -> None:
            # Nothing open any more (the job change happened already): file only.
            with contextlib.suppress(UnknownPerson):
                operations.end_coverage(self.world, persona)
            operations.file_new_coverage(self.world, persona, insurer)

        self._run(work, fill(tr("保険者を変更しました: %1"), self.insurers.currentText()))

    def _status_change(self, action: str, done: str) -> None:
        persona = self._persona()
        if persona is not None:
            self._run(lambda: operations.change_status(self.world, persona, action),
                      lambda status: fill(done, status))

    def show_states(self, states: dict[str, PersonaState]) -> None:
        """Describe each persona in the list by what a terminal would find now."""
        for row in range(self.cards.count()):
            item = self.cards.item(row)
            state = states.get(item.data(NAME_ROLE))
            if state is not None:
                item.setText(self._describe(item.data(NAME_ROLE), describe(state)))
                item.setToolTip(item.text())

    # -- helpers ---------------------------------------------------------------------

    def _run(self, work: Callable[[], Any], done: str | Callable[[Any], str]) -> None:
        def succeeded(value: Any) -> None:
            self._show_reader()
            self._report(done(value) if callable(done) else done, False)

        def refused(error: Exception) -> None:
            self._show_reader()
            self._report(str(error), True)

        self.jobs.run(work, succeeded, refused)

    def _persona(self) -> str | None:
        name = self.selected
        if name not in self.world.personas:
            self._report(tr("この操作は人物のカードにだけ行えます"), True)
            return None
        return name

    def _choose_insurer(self) -> None:
        # Offer another insurer than the persona's own, so that one click is a job change.
        persona = self.world.personas.get(self.selected or "")
        current = {c["insurer"] for c in persona.get("coverages", [])} if persona else set()
        for index in range(self.insurers.count()):
            if self.insurers.itemData(index) not in current:
                self.insurers.setCurrentIndex(index)
                return

    def _show_reader(self) -> None:
        card = self.world.slot.card
        holder = self.world.camera.holder
        if card is None:
            text = tr("リーダー: カードなし")
        else:
            text = fill(tr("リーダー: %1"), self._label(holder) if holder else tr("その他のカード"))
        self.reader_state.setText(text)

    def _label(self, name: str) -> str:
        persona = self.world.personas.get(name)
        return f"{persona['name']} ({name})" if persona else name

    def _describe(self, name: str, state: str | None = None) -> str:
        persona = self.world.personas.get(name)
        if persona is None:
            others = {"insurance-card": tr("健康保険証（ICチップなし）"),
                      "transit-card": tr("交通系ICカード（マイナンバーカードではない）")}
            return others.get(name, name)
        return f"{persona['name']}  {name}\n    {state or tr('状態を確認中…')}"

    def _button(self, name: str, label: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(label, objectName=name)
        button.clicked.connect(slot)
        return button
