"""The pictures a card holds: the chip photo (greyscale JPEG 2000) and text images (PNG)."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps, UnidentifiedImageError

# Chip photos are small portraits; 300x400 keeps a face of about 150 px across, enough for
# face matching, and a compression ratio of 15 keeps it near 8 KB like a real chip's.
PHOTO_SIZE = (300, 400)
PHOTO_COMPRESSION_RATIO = 15
_TEXT_HEIGHT = 40
_MAX_SOURCE_PIXELS = 40_000_000


class ImageError(Exception):
    """A source photo cannot be read or used."""


def chip_photo(path: Path) -> bytes:
    """Read a face photo and convert it to a chip-like greyscale 3:4 JPEG 2000 codestream."""
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
    return encode_jpeg2000(fitted)


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
