"""QR codes in images (zxing-cpp, C++; 8–24 ms an image: call it off the event loop).

Image bytes come from the adapter: ``GroupMessage.image`` (the WeChat adapter
would fill it from the message's file box for image messages; the local
adapter and tests pass bytes directly).
"""
from __future__ import annotations

import io
import logging

log = logging.getLogger(__name__)


def decode_qr(image: bytes) -> tuple[str, ...]:
    """The text of every QR code in the image; () when there is none or the image is unreadable."""
    try:
        import zxingcpp
        from PIL import Image, UnidentifiedImageError
    except ImportError:  # optional: moderation works without image checks
        log.warning("zxing-cpp or Pillow is not installed: QR codes in images are not checked")
        return ()
    try:
        with Image.open(io.BytesIO(image)) as picture:
            gray = picture.convert("L")
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        log.info("image not readable for QR decoding: %s", exc)
        return ()
    formats = (zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.MicroQRCode)
    return tuple(code.text for code in zxingcpp.read_barcodes(gray, formats=formats) if code.text)
