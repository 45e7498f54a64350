"""Decoding article bytes: the encodings we accept and the reasons we give for the ones we refuse."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from ocop_pipeline.articles.decode import decode_article

SENTENCE = "Toàn tỉnh Trà Vinh hiện có 184 sản phẩm OCOP."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SENTENCE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), "utf-8-sig"),
        (SENTENCE.encode("utf-16"), "utf-16"),  # with BOM, native order
        (codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le"), "utf-16"),
        (SENTENCE.encode("utf-16-le"), "utf-16-le"),  # no BOM: the NUL high bytes of ASCII letters say which order
        (SENTENCE.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_accepted_encodings_give_the_same_nfc_text(data: bytes, encoding: str) -> None:
    decoded = decode_article(data)
    assert (decoded.text, decoded.encoding, decoded.error, decoded.warnings) == (SENTENCE, encoding, None, ())


def test_decomposed_text_and_windows_line_ends_are_normalised() -> None:
    nfd = unicodedata.normalize("NFD", "Cà Mau\r\ncó 145 sản phẩm\r")
    assert decode_article(nfd.encode("utf-8")).text == "Cà Mau\ncó 145 sản phẩm\n"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \r\n\t ", "empty file"),
        (codecs.BOM_UTF8, "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data"),
        (SENTENCE.encode("cp1258", errors="replace"), "legacy encoding"),
        ("Sóc Trăng".encode("utf-8") + bytes([1, 2, 3, 4, 5, 6, 7, 8] * 20), "binary data"),
    ],
)
def test_refused_files_say_why(data: bytes, reason: str) -> None:
    decoded = decode_article(data)
    assert decoded.text is None
    assert reason in decoded.error
