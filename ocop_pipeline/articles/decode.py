"""Turn the bytes of an article extract into NFC text, or say exactly why not.

Every step is linear in the size of the input (C-level ``bytes``/``str`` operations and one regex pass), so a 30 MB
article on one line decodes in well under a second.
"""

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
    warnings: tuple[str, ...] = ()  # the text was read, but something in it was repaired (what, how many, where)


# C0 control characters other than TAB, LF and CR, and DEL: never in real text.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Word writes a manual line break as VT and a page break as FF: they become line ends, every other control a space.
_CONTROL_AS = {"\x0b": "\n", "\x0c": "\n"}

# How much of a sample to look at for the NUL-byte pattern of UTF-16 without a BOM.
UTF16_SAMPLE_BYTES = 4096
# Share of 16-bit units whose high byte is NUL above which a BOM-less file is taken as UTF-16: Vietnamese text is
# 60-80 % ASCII letters, digits and spaces, each a NUL high byte in UTF-16; UTF-8 text has no NUL at all.
UTF16_MIN_NUL_SHARE = 0.3
# A file with more control characters than this is binary data, not text with a stray byte: at most
# max(MAX_STRAY_CONTROLS, 1 % of its characters). Below that they are replaced and reported.
MAX_STRAY_CONTROLS = 3
# Damaged UTF-8 against a legacy encoding: invalid sequences are replaced by U+FFFD only when there are at least
# this many valid non-ASCII characters per invalid sequence. UTF-8 Vietnamese with a few damaged bytes keeps
# hundreds of valid accented letters per damaged one; TCVN3, VNI and Windows-1258 text has almost none (every
# accented letter is an invalid UTF-8 byte), so a ratio of 20 separates them with a wide margin on both sides.
MIN_VALID_PER_INVALID = 20


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when a sample of ``data`` has the NUL pattern of UTF-16 text without a BOM.

    In UTF-16 text every ASCII character has a NUL high byte: at odd offsets in little-endian, even offsets in
    big-endian, and (almost) never at the other parity. Binary data has NULs at both, UTF-8 text none.
    """
    sample = data[:UTF16_SAMPLE_BYTES]
    units = len(sample) // 2
    if units < 2:
        return None
    even, odd = sample[0:units * 2:2].count(0), sample[1:units * 2:2].count(0)
    if odd >= UTF16_MIN_NUL_SHARE * units and even <= 0.02 * units:
        return "utf-16-le"
    if even >= UTF16_MIN_NUL_SHARE * units and odd <= 0.02 * units:
        return "utf-16-be"
    return None


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def decode_article(data: bytes) -> Decoded:
    """UTF-8 (with or without BOM) or UTF-16 (with a BOM, or without one: LE/BE told apart by where the NUL bytes
    are), normalised to NFC with LF line ends (CRLF and CR-only both become LF).

    Refused, with a reason: an empty or whitespace-only file; binary data; text in a legacy encoding (TCVN3, VNI,
    Windows-1258…) whose bytes are not UTF-8 — guessing those would put wrong letters into quotes.

    Read, with a warning in ``warnings``:

    * a few invalid UTF-8 byte sequences in otherwise good UTF-8 text are replaced by U+FFFD. "A few" means at least
      ``MIN_VALID_PER_INVALID`` (20) valid non-ASCII characters per invalid sequence: damaged Vietnamese UTF-8 keeps
      hundreds of good accented letters per damaged byte, legacy-encoded Vietnamese has (almost) none, since every
      accented letter is then a lone byte in 0x80-0xFF. So all-ASCII text with even one invalid byte is refused too
      (it is most likely Windows-1252/1258 punctuation, and there is no good UTF-8 to vouch for the rest).
    * a few C0 control characters (NUL, BEL, ESC…; at most ``MAX_STRAY_CONTROLS`` or 1 % of the characters) are
      replaced by a space — VT and FF, Word's manual line and page breaks, by a line end. A space, not U+FFFD:
      these are stray bytes between characters, not lost letters; a space keeps the words on either side apart
      and never lands inside a quote as a fake letter. More than that is binary data and refused.
    """
    warnings: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        encoding, body, offset = "utf-8-sig", data[len(codecs.BOM_UTF8):], len(codecs.BOM_UTF8)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, body, offset = "utf-16", data, 0
    else:
        encoding, body, offset = "utf-8", data, 0
        guessed = utf16_without_bom(data)
        if guessed:
            encoding = guessed
    if encoding.startswith("utf-8") and not body.strip(b" \t\r\n\x00"):
        return Decoded(None, encoding, "empty file")

    if encoding.startswith("utf-16"):
        if len(body) % 2:
            body = body[:-1]
            warnings.append("odd trailing byte dropped (a truncated UTF-16 file?)")
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError as exc:
            return Decoded(None, None, f"not valid {encoding.upper()} at byte {exc.start} (broken surrogate pair): "
                                       "binary data or a damaged file; convert it to UTF-8")
    else:
        controls = len(body) - len(body.translate(None, _CONTROL_BYTES))
        if controls > max(MAX_STRAY_CONTROLS, len(body) // 100):
            nuls = body.count(0)
            what = f"{_plural(nuls, 'NUL byte')}, " if nuls else ""
            return Decoded(None, None, f"binary data ({what}{_plural(controls, 'control byte')} in {len(body)} "
                                       "bytes) and no UTF-16 byte-order mark: not a text file")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            first = exc.start + offset
            text = body.decode("utf-8", errors="replace")
            invalid = text.count("\ufffd") - body.count(b"\xef\xbf\xbd")
            non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
            valid = non_ascii - text.count("\ufffd")
            if invalid * MIN_VALID_PER_INVALID > valid:
                return Decoded(None, None, f"not valid UTF-8 at byte {first}: "
                                           f"{_plural(invalid, 'invalid byte sequence')} and only {valid} valid "
                                           "non-ASCII characters, so a legacy encoding "
                                           "(TCVN3, VNI, Windows-1258) or binary data; convert the file to UTF-8")
            warnings.append(f"{_plural(invalid, 'invalid UTF-8 byte sequence')} replaced by U+FFFD "
                            f"(first at byte {first})")

    text = text.lstrip("\ufeff")
    if encoding.startswith("utf-16"):
        controls = len(_CONTROL.findall(text))
        if controls > max(MAX_STRAY_CONTROLS, len(text) // 100):
            return Decoded(None, encoding, f"binary data: {controls} control characters in {len(text)} characters")
    first_control = _CONTROL.search(text)
    if first_control:
        found = _CONTROL.findall(text)  # at most 1 % of the text, checked above
        kinds = ", ".join("NUL" if c == "\x00" else f"U+{ord(c):04X}" for c in sorted(set(found)))
        text = _CONTROL.sub(lambda m: _CONTROL_AS.get(m.group(), " "), text)
        warnings.append(f"{_plural(len(found), 'control character')} ({kinds}) replaced by a space (VT and FF by a "
                        f"line end), first at character {first_control.start()}")
    if not text.strip():
        return Decoded(None, encoding, "empty file")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return Decoded(text, encoding, None, tuple(warnings))
