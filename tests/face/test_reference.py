"""The card photo as a reference, and genuine and impostor pairs of real photos."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PIL import Image

from hw.vcard.images import encode_jpeg2000
from kiosk.face.decision import MATCH_THRESHOLD
from kiosk.face.engine import FaceEngine
from kiosk.face.reference import (
    CardPhotoError,
    decode_chip_photo,
    face_distances,
    make_reference,
    to_rgb,
)
from tests.face.conftest import PEOPLE


def test_the_chip_photo_decodes_to_the_card_size_in_grey(photos):
    grey = decode_chip_photo(photos.chip("030"))
    assert grey.shape == (400, 300) and grey.dtype == np.uint8


def test_a_face_is_found_in_every_chip_photo_without_upsampling(photos):
    assert [photos.reference(person).upsampled for person in PEOPLE] == [0, 0, 0]


def test_the_reference_keeps_its_encoding_out_of_its_repr(photos):
    assert "encoding" not in repr(photos.reference("030"))


@pytest.mark.parametrize("person", PEOPLE)
def test_the_holder_matches_their_card(photos, person):
    distance = photos.reference(person).distances(photos.probe_encoding(person))[0]
    assert distance <= MATCH_THRESHOLD


@pytest.mark.parametrize(("card", "probe"), list(itertools.permutations(PEOPLE, 2)))
def test_someone_else_does_not_match(photos, card, probe):
    distance = photos.reference(card).distances(photos.probe_encoding(probe))[0]
    assert distance > MATCH_THRESHOLD


def test_bytes_that_are_not_a_photo_are_refused(engine):
    with pytest.raises(CardPhotoError, match="cannot be decoded"):
        make_reference(engine, b"\xff\x4f\xff\x51 not really")


def test_a_photo_without_a_face_is_refused(engine):
    blank = encode_jpeg2000(Image.new("L", (300, 400), 128))
    with pytest.raises(CardPhotoError, match="no face"):
        make_reference(engine, blank)


def test_the_model_loads_on_first_use_and_reports_its_start_up():
    engine = FaceEngine()
    assert not engine.loaded
    times = engine.warm_up()
    assert engine.loaded
    assert times.first_detection_s > 0 and times.first_encoding_s > 0
    assert times.total_s == pytest.approx(
        times.import_s + times.first_detection_s + times.first_encoding_s)


def test_a_large_frame_is_searched_at_reduced_size_with_full_size_landmarks(engine, photos):
    photo = photos.probe("030")
    large = np.asarray(Image.fromarray(photo).resize((1280, 1280)))
    small_face = engine.find_faces(photo)[0]
    large_face = engine.find_faces(large)[0]
    assert np.abs(large_face.landmarks / 2 - small_face.landmarks).mean() < 2.0


def test_decode_reads_what_the_card_issuer_writes():
    image = Image.new("L", (300, 400), 90)
    assert decode_chip_photo(encode_jpeg2000(image)).mean() == pytest.approx(90, abs=2)


def test_distances_compare_directions_not_lengths():
    card = np.array([[3.0, 4.0]])
    probes = np.array([[6.0, 8.0], [-4.0, 3.0], [0.0, 0.0]])
    distances = face_distances(card, probes)[0]
    assert distances[0] == pytest.approx(0.0, abs=1e-7)
    assert distances[1] == pytest.approx(np.sqrt(2.0))  # at right angles
    assert distances[2] == pytest.approx(np.sqrt(2.0))  # an empty encoding matches nothing


def test_the_reference_is_the_photo_and_its_mirror_averaged(engine, photos):
    image = to_rgb(decode_chip_photo(photos.chip("030")))
    face = engine.find_faces(image)[0]
    plain = engine.encode(image, face)
    mirrored = engine.encode(np.ascontiguousarray(image[:, ::-1]), engine.find_faces(
        np.ascontiguousarray(image[:, ::-1]))[0])
    reference = photos.reference("030").encoding
    # The mirror found by the detector is placed a little differently from the encoder's
    # own mirrored crop, so the average is near, not equal.
    assert np.linalg.norm(reference - (plain + mirrored) / 2) < 0.08
    assert np.linalg.norm(reference - (plain + mirrored) / 2) < np.linalg.norm(reference - plain)
