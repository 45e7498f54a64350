"""Turn the bytes of an article extract into NFC text, or say exactly why not."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Decoded:
    text: str | None
    encoding: str | None
    error: str | None = None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode_article(data: bytes) -> Decoded:
    """UTF-8 (with or without BOM) or UTF-16 with BOM, normalised to NFC with LF line ends.

    Anything else is refused with a reason: an empty file, binary data, or text in a legacy encoding (TCVN3, VNI,
    Windows-1258…) whose bytes are not valid UTF-8; guessing those would put wrong letters into quotes.
    """
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8-sig", data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, body = "utf-16", data
    else:
        encoding, body = "utf-8", data
    if not body.strip(b" \t\r\n\x00") and encoding != "utf-16":
        return Decoded(None, encoding, "empty file")
    if encoding == "utf-8" and b"\x00" in body:
        return Decoded(None, None, "binary data (NUL bytes) and no UTF-16 byte-order mark")
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        return Decoded(
            None,
            None,
            f"not valid {encoding.upper()} at byte {exc.start}: a legacy encoding (TCVN3, VNI, Windows-1258) "
            "or binary data; convert the file to UTF-8",
        )
    text = text.lstrip("\ufeff")
    if not text.strip():
        return Decoded(None, encoding, "empty file")
    controls = len(_CONTROL.findall(text))
    if controls > max(3, len(text) // 100):
        return Decoded(None, encoding, f"binary data: {controls} control characters in {len(text)} characters")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return Decoded(text, encoding)
