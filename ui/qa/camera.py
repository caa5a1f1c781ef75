"""What the emulated camera shows: the holder, someone else, a print, nobody, a video..."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from kiosk.emulator.world import EmulatedWorld
from ui.qa.widgets import narrow
from ui.texts import fill, tr

Report = Callable[[str, bool], None]


def _feeds() -> tuple[tuple[str, str], ...]:
    return (("holder", tr("カードの本人")), ("other", tr("別の人")),
            ("printed", tr("本人の写真（印刷物）")),
            ("replayed", tr("本人の動画（スマートフォン）")), ("nobody", tr("誰もいない")),
            ("dark", tr("暗い部屋の本人")), ("two", tr("本人ともう一人")),
            ("video", tr("動画ファイル")), ("none", tr("カメラなし（未接続）")))


class CameraBox(QWidget):
    """One radio button per feed; choosing one switches `world.camera` at once.

    Switching is only an attribute of the camera feed (no database, no file): the next
    face attempt opens a camera showing it, so this runs on the GUI thread.
    """

    def __init__(self, world: EmulatedWorld, report: Report) -> None:
        super().__init__()
        self.world, self._report = world, report
        self.video_path: str | None = None
        self.group = QButtonGroup(self)
        self.other = QComboBox(objectName="camera_other_persona")
        narrow(self.other)
        for name, persona in world.personas.items():
            self.other.addItem(f"{persona['name']} ({name})", name)
        self.video = QPushButton(tr("ファイルを選ぶ…"), objectName="camera_video_file")
        self.video_label = QLabel(objectName="camera_video_label")
        layout = QGridLayout(self)
        layout.addWidget(QLabel(tr("カメラの映像")), 0, 0, 1, 2)
        for row, (kind, label) in enumerate(_feeds(), 1):
            radio = QRadioButton(label, objectName=f"camera_{kind}")
            radio.setProperty("feed", kind)
            self.group.addButton(radio)
            layout.addWidget(radio, row, 0)
            if kind == "other":
                layout.addWidget(self.other, row, 1)
            elif kind == "video":
                layout.addWidget(self.video, row, 1)
                layout.addWidget(self.video_label, row + 1, 0, 1, 2)
        layout.setRowStretch(layout.rowCount(), 1)
        self._radio(world.camera.feed.partition(":")[0]).setChecked(True)
        self.group.buttonClicked.connect(lambda _button: self.apply())
        self.other.currentIndexChanged.connect(self._other_changed)
        self.video.clicked.connect(self._pick_video)

    def apply(self) -> None:
        """Switch the camera to the feed chosen here."""
        button = self.group.checkedButton()
        kind = button.property("feed") if button is not None else "holder"
        if kind == "video" and self.video_path is None and not self._ask_video():
            self._radio(self.world.camera.feed.partition(":")[0]).setChecked(True)
            return
        feed = {"other": f"other:{self.other.currentData()}",
                "video": f"video:{self.video_path}"}.get(kind, kind)
        try:
            self.world.camera.choose(feed)
        except ValueError as error:
            self._report(str(error), True)
            return
        self._report(fill(tr("カメラ: %1"), button.text() if button else feed), False)

    def _other_changed(self) -> None:
        if self._radio("other").isChecked():
            self.apply()

    def _pick_video(self) -> None:
        if self._ask_video():
            self._radio("video").setChecked(True)
            self.apply()

    def _ask_video(self) -> bool:
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("動画ファイルを選ぶ"), "",
            tr("動画") + " (*.mp4 *.avi *.mov *.mkv *.webm);;* (*)")
        if not path:
            return False
        self.video_path = path
        self.video_label.setText(path)
        return True

    def _radio(self, kind: str) -> QRadioButton:
        return self.findChild(QRadioButton, f"camera_{kind}")
