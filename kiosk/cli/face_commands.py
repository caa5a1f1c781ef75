"""`kiosk face compare|evaluate`: check a face against a card photo; benchmark the matcher."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from hw.memory_reader import MemoryCardReader
from hw.vcard.card_file import CardFileError, load_card
from hw.vcard.images import ImageError, chip_photo
from kiosk.card import CardError, MyNumberCardProtocol
from kiosk.cli.errors import CommandError
from kiosk.face import held_out
from kiosk.face import report as face_report
from kiosk.face.decision import DecisionPolicy
from kiosk.face.engine import FaceEngine
from kiosk.face.evaluation import EvaluationError, evaluate_folder, people_in
from kiosk.face.liveness_trial import run_trials
from kiosk.face.media import MediaError, is_image_file, read_image, read_video
from kiosk.face.messages import Decision
from kiosk.face.reference import CardPhotoError
from kiosk.face.verification import FaceVerifier

_USAGE_STATUS = 2  # a missing or unreadable input, as for other commands' bad arguments


def register(commands: argparse._SubParsersAction) -> None:
    """Add `face compare|evaluate` to the command tree."""
    face = commands.add_parser("face", help="face verification against the card photo")
    sub = face.add_subparsers(dest="face_command", metavar="FACE_COMMAND", required=True)

    compare = sub.add_parser(
        "compare", help="compare a face with a card photo",
        description="Compare PROBE with the card photo. Exit status 0 for MATCH, 1 for "
        "NO_MATCH or no decision, 2 when an input cannot be read.")
    compare.add_argument("reference", type=Path,
                         help="card file (its chip photo is read with 照合番号B) or a face "
                         "photo (converted to chip form first)")
    compare.add_argument("probe", type=Path,
                         help="image (compared alone, no liveness check) or video (frames "
                         "decided as at the terminal)")
    compare.add_argument("--json", action="store_true", help="print JSON")
    compare.set_defaults(handler=_compare)

    evaluate = sub.add_parser(
        "evaluate", help="false accept and reject rates over a folder of people",
        description="DIR holds one folder per person with two photos or more. Every photo "
        "serves in turn as the card photo (in chip form) and as a probe: the person's other "
        "photos are genuine probes, other persons' photos impostor probes. The people are "
        "also split in two halves (alternately by name): each half is checked at the "
        "threshold chosen on the other (FAR <= 0.1%) and at the shipped one, per still "
        "image and per attempt (a card photo against up to 4 other photos, median).")
    evaluate.add_argument("folder", type=Path, metavar="DIR")
    evaluate.add_argument("--liveness", type=int, default=0, metavar="N",
                          help="also run N emulated live and N printed-photo attempts per "
                          "person (about 5 s each)")
    evaluate.add_argument("--json", action="store_true", help="print JSON")
    evaluate.set_defaults(handler=_evaluate)


def _compare(args: argparse.Namespace) -> int:
    photo, source = _reference_photo(args.reference)
    verifier = FaceVerifier(FaceEngine())
    try:
        verifier.load_reference(photo)
    except CardPhotoError as error:
        raise CommandError(f"{args.reference}: {error}") from None
    try:
        if is_image_file(args.probe):
            result = face_report.still(verifier.compare_still(read_image(args.probe)),
                                       verifier.policy)
        else:
            attempt = verifier.start()
            for frame in read_video(args.probe, verifier.policy.max_frames):
                attempt.add(frame)
                if attempt.done:
                    break
            result = face_report.verdict(attempt.verdict())
    except MediaError as error:
        raise CommandError(str(error), status=_USAGE_STATUS) from None
    finally:
        verifier.forget()
    result = {"reference": str(args.reference), "reference_source": source,
              "probe": str(args.probe), **result}
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(face_report.render_comparison(result))
    return 0 if result["decision"] == Decision.MATCH else 1


def _reference_photo(path: Path) -> tuple[bytes, str]:
    """The chip photo: from a card file through the card protocol, or made from an image."""
    if is_image_file(path):
        try:
            return chip_photo(path), "photo converted to chip form"
        except ImageError as error:
            raise CommandError(str(error), status=_USAGE_STATUS) from None
    try:
        card = load_card(path)
    except CardFileError as error:
        raise CommandError(str(error), status=_USAGE_STATUS) from None
    collation_b = card.image.notes.get("collation_b")
    if not collation_b:
        raise CommandError(f"{path}: the card file has no 照合番号B (notes.collation_b) "
                           "to open the card face with", status=_USAGE_STATUS)
    reader = MemoryCardReader()
    reader.insert(card)
    protocol = MyNumberCardProtocol(reader)
    try:
        protocol.connect()
        photo = protocol.read_card_face(collation_b).photo
    except CardError as error:
        raise CommandError(f"{path}: cannot read the card face: {error}") from None
    finally:
        reader.disconnect()
    return photo, "card face (券面事項確認AP), opened with 照合番号B"


def _evaluate(args: argparse.Namespace) -> int:
    if args.liveness < 0:
        raise CommandError("--liveness needs 0 or more attempts per person", status=2)
    engine = FaceEngine()
    try:
        evaluation = evaluate_folder(engine, args.folder)
    except EvaluationError as error:
        raise CommandError(str(error), status=_USAGE_STATUS) from None
    threshold = DecisionPolicy().threshold
    result = face_report.evaluation(evaluation, threshold)
    result["held_out"] = face_report.held_out(held_out.folds(evaluation, threshold))
    if args.liveness:
        people, _ = people_in(args.folder)
        result["liveness"] = face_report.trials(run_trials(engine, people, args.liveness))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(face_report.render_evaluation(result))
    return 0
