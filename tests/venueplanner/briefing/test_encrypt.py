"""A password-protected pack: AES-256, opens only with its password, and the content is the plain pack's."""

from __future__ import annotations

import pytest

from venueplanner.briefing import PackOptionError, build_pack

from .conftest import PdfReadError, options, page_texts, pdf_info

PASSWORD = "Zéphyr-2025!"


@pytest.fixture(scope="module")
def packs(concert):
    small = options(sections=("cover", "log"))
    return build_pack(concert, small), build_pack(concert, options(sections=("cover", "log"), password=PASSWORD))


def test_the_encrypted_pack_opens_with_its_password_and_shows_the_same_pages(packs):
    plain, locked = packs
    assert page_texts(locked, PASSWORD) == page_texts(plain)


def test_the_encrypted_pack_does_not_open_without_its_password(packs):
    _, locked = packs
    with pytest.raises(PdfReadError):
        page_texts(locked)
    with pytest.raises(PdfReadError):
        page_texts(locked, "wrong password")


def test_the_encryption_is_aes_256_and_hides_the_properties(packs):
    import io

    from pypdf import PdfReader

    _, locked = packs
    reader = PdfReader(io.BytesIO(locked))
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)  # PDF 2.0 / ISO 32000-2: AES-256
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    assert b"Le Z" not in locked and b"DIFFUSION" not in locked  # title and marking are not readable
    info = pdf_info(locked, PASSWORD)
    assert info["Title"] == "Dossier d'intervention — Le Zéphyr"
    assert info["Encrypted"].startswith("yes")


def test_a_short_password_is_refused_before_anything_is_written(concert):
    with pytest.raises(PackOptionError, match="at least 8 characters"):
        build_pack(concert, options(sections=("cover",), password="1234"))
