"""Each check's rules: which measure, which limits, and what to tell the person when one fails.

A check passes when all its rules hold. Its result shows the first rule that fails, or the
first rule when none fails, so that the value and the limit shown always belong together.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.face.messages import Message


@dataclass(frozen=True)
class Rule:
    """One measure held between limits (PhotoLimits field names, or fixed numbers)."""

    measure: str  # a PhotoMeasures field
    words: str  # what the measure is, as the limit text starts
    low: str | float | None = None
    high: str | float | None = None
    too_low: Message | None = None
    too_high: Message | None = None
    unit: str = ""  # after the number, e.g. " degrees"


NO_FACE = Message("顔が見つからないため確認できません。",
                  "Not checked: no face was found.")
MANY_FACES = Message("複数の顔が写っているため確認できません。",
                     "Not checked: more than one face was found.")
NO_BACKGROUND = Message(
    "背景がほとんど写っていないため確認できません。カメラから少し離れてください。",
    "Not checked: too little background is in view. Move back from the camera a little.")

_TOO_LOW_IN_FRAME = Message("顔の位置が低すぎます。顔を枠に合わせてください。",
                            "Your face is too low in the photo. Line it up with the guide.")

RULES: dict[str, tuple[Rule, ...]] = {
    "one_face": (
        Rule("face_count", "faces found", 1, 1,
             Message("顔が見つかりません。カメラの正面を向いてください。",
                     "No face was found. Face the camera."),
             Message("複数の顔が写っています。お一人で撮影してください。",
                     "More than one face is in the photo. Only you may be in it.")),
    ),
    "facing_front": (
        Rule("turn", "head turn (nose tip off the eyes' midpoint)", None, "max_turn",
             too_high=Message("顔が横を向いています。まっすぐカメラを見てください。",
                              "Your head is turned to the side. Look straight at the camera."),
             unit=" eye distances"),
        Rule("tilt", "head tilt (eye line)", None, "max_tilt_degrees",
             too_high=Message("顔が傾いています。頭をまっすぐにしてください。",
                              "Your head is tilted. Hold it straight."),
             unit=" degrees"),
    ),
    "framing": (
        Rule("head_height", "head height (crown to chin)", "min_head_height",
             "max_head_height",
             Message("顔が小さすぎます。カメラに近づいてください。",
                     "Your face is too small in the photo. Move closer to the camera."),
             Message("顔が大きすぎます。カメラから少し離れてください。",
                     "Your face is too large in the photo. Move back a little."),
             unit=" of the photo's height"),
        Rule("space_above", "space above the head", "min_space_above", "max_space_above",
             Message("頭の上に余白がありません。顔を枠に合わせてください。",
                     "There is not enough space above your head. Line your face up with "
                     "the guide."),
             _TOO_LOW_IN_FRAME, unit=" of the photo's height"),
        Rule("space_below", "space below the chin", "min_space_below", None,
             _TOO_LOW_IN_FRAME, unit=" of the photo's height"),
        Rule("off_centre", "head off the middle", None, "max_off_centre",
             too_high=Message("顔が中央からずれています。顔を枠の中央に合わせてください。",
                              "Your face is off to one side. Line it up with the middle of "
                              "the guide."),
             unit=" of the photo's width"),
    ),
    "eyes_visible": (
        Rule("eye_opening", "eye opening (eye aspect ratio)", "min_eye_opening", None,
             Message("目が閉じているようです。目を開けてください。",
                     "Your eyes look closed. Keep them open.")),
        Rule("eye_contrast", "eye contrast (grey spread by the eyes over their face half's)",
             "min_eye_contrast", None,
             Message("目が見えません。サングラスや色の濃い眼鏡を外してください。",
                     "Your eyes cannot be seen. Take off sunglasses or tinted glasses.")),
    ),
    "plain_background": (
        Rule("background_edges", "edge pixels in the busiest background area", None,
             "max_background_edges",
             too_high=Message("背景に模様や物が写っています。無地の背景の前で撮影してください。",
                              "There is a pattern or an object in the background. Stand in "
                              "front of a plain background.")),
        Rule("background_colour", "background colour spread (Lab a, b)", None,
             "max_background_colour",
             too_high=Message("背景の色が一様ではありません。無地の背景の前で撮影してください。",
                              "The background has more than one colour. Stand in front of "
                              "a plain background.")),
    ),
    "no_shadow": (
        Rule("face_evenness", "darker face half over the brighter", "min_face_evenness",
             None,
             Message("顔に影があります。顔全体に均等に光が当たるようにしてください。",
                     "There is a shadow on your face. Make sure the light falls evenly on "
                     "it.")),
        Rule("background_evenness", "darkest background area over the brightest",
             "min_background_evenness", None,
             Message("背景に影があります。背景から少し離れて撮影してください。",
                     "There is a shadow on the background. Stand a little further from "
                     "it.")),
    ),
    "sharp": (
        Rule("sharpness", "face detail (Laplacian variance of log brightness)",
             "min_sharpness", None,
             Message("写真がぼやけています。動かずに撮影し直してください。",
                     "The photo is blurred. Keep still and take it again.")),
    ),
    "exposure": (
        Rule("face_brightness", "face brightness (mean grey, 0-255)", "min_face_brightness",
             "max_face_brightness",
             Message("写真が暗すぎます。明るい場所で撮影してください。",
                     "The photo is too dark. Take it in brighter light."),
             Message("写真が明るすぎます。光を弱めてください。",
                     "The photo is too bright. Reduce the light.")),
        Rule("face_clipped", "washed-out face pixels", None, "max_face_clipped",
             too_high=Message("顔が白飛びしています。光を弱めてください。",
                              "Parts of your face are washed out. Reduce the light."),
             unit=" of the face"),
        Rule("highlight", "brightest 1 % of the photo (grey, 0-255)", "min_highlight", None,
             Message("写真が暗すぎます。明るい場所で撮影してください。",
                     "The photo is too dark. Take it in brighter light.")),
    ),
}
