"""The pictures a card holds: the chip photo (greyscale JPEG 2000 in a JP2 file) and text
images (PNG)."""

from __future__ import annotations

import io
import struct
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps, UnidentifiedImageError

# Chip photos are small portraits; 300x400 keeps a face of about 150 px across, enough for
# face matching, and a compression ratio of 15 keeps it near 8 KB like a real chip's.
PHOTO_SIZE = (300, 400)
PHOTO_COMPRESSION_RATIO = 15
_TEXT_HEIGHT = 40
_MAX_SOURCE_PIXELS = 40_000_000
JP2_SIGNATURE = bytes.fromhex("0000000C6A5020200D0A870A")
_J2K_START = b"\xff\x4f\xff\x51"  # SOC then SIZ: a raw codestream


class ImageError(Exception):
    """A source photo cannot be read or used."""


def chip_photo(path: Path) -> bytes:
    """Read a face photo and convert it to a chip-like greyscale 3:4 JPEG 2000 (JP2 file)."""
    try:
        with Image.open(path) as source:
            if source.width * source.height > _MAX_SOURCE_PIXELS:
                raise ImageError(f"photo {path} is too large ({source.width}x{source.height})")
            portrait = ImageOps.exif_transpose(source).convert("L")
    except FileNotFoundError:
        raise ImageError(f"photo not found: {path}") from None
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise ImageError(f"cannot read photo {path}: {error}") from None
    if min(portrait.size) < 100:
        raise ImageError(f"photo {path} is too small ({portrait.width}x{portrait.height})")
    fitted = ImageOps.fit(portrait, PHOTO_SIZE, method=Image.Resampling.LANCZOS)
    return jp2_file(encode_jpeg2000(fitted))


def encode_jpeg2000(image: Image.Image) -> bytes:
    """A raw JPEG 2000 codestream (J2K), lossy, as cards store photos."""
    out = io.BytesIO()
    image.save(
        out,
        "JPEG2000",
        no_jp2=True,
        irreversible=True,
        quality_mode="rates",
        quality_layers=[PHOTO_COMPRESSION_RATIO],
    )
    return out.getvalue()


def text_image(text: str, font_path: Path, width: int = 640) -> bytes:
    """Render one line of text (Japanese included) as a 1-bit PNG, as on the card face."""
    try:
        font = ImageFont.truetype(str(font_path), size=_TEXT_HEIGHT - 8)
    except OSError as error:
        raise ImageError(f"cannot load font {font_path}: {error}") from None
    width = max(width, int(font.getlength(text)) + 8)
    image = Image.new("1", (width, _TEXT_HEIGHT), 1)
    ImageDraw.Draw(image).text((4, 4), text, font=font, fill=0)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def jp2_file(photo: bytes) -> bytes:
    """A JPEG 2000 codestream wrapped in the JP2 container, as a real card's DF27 holds it;
    a photo already in JP2 is returned as it is (the codestream is never re-encoded)."""
    if photo.startswith(JP2_SIGNATURE):
        return photo
    if not photo.startswith(_J2K_START):
        raise ImageError("the photo is neither a JPEG 2000 codestream nor a JP2 file")
    width, height, components, depth = _siz(photo)
    header = _box(b"ihdr", struct.pack(">IIHBBBB", height, width, components, depth - 1,
                                       7, 0, 0))  # 7: JPEG 2000 compression
    colour_space = 17 if components == 1 else 16  # greyscale, else sRGB
    colour = _box(b"colr", struct.pack(">BBBI", 1, 0, 0, colour_space))
    return (JP2_SIGNATURE + _box(b"ftyp", b"jp2 " + bytes(4) + b"jp2 ")
            + _box(b"jp2h", header + colour) + _box(b"jp2c", photo))


def _siz(codestream: bytes) -> tuple[int, int, int, int]:
    """Width, height, component count and bit depth from the SIZ marker segment."""
    if len(codestream) < 4 + 38 + 3:
        raise ImageError("the JPEG 2000 codestream is truncated")
    _, _, xsiz, ysiz, xosiz, yosiz = struct.unpack(">HHIIII", codestream[4:24])
    components = struct.unpack(">H", codestream[40:42])[0]
    depth = (codestream[42] & 0x7F) + 1
    return xsiz - xosiz, ysiz - yosiz, components, depth


def _box(kind: bytes, content: bytes) -> bytes:
    return struct.pack(">I", 8 + len(content)) + kind + content
