"""Password protection of a pack: the PDF encrypted with AES-256 (PDF 2.0 security handler, revision 6).

reportlab's own encryption offers RC4 only, which PDF readers still open but
which is broken; pypdf (with the ``cryptography`` package for AES) re-writes
the finished PDF encrypted with AES-256. Every string and stream is encrypted,
the document properties (title, author, marking) included, so a lost tablet
or a forwarded e-mail shows nothing without the password. The password opens
the file with every permission (print, copy): it protects the content in
transit, it does not restrict the holder.
"""

from __future__ import annotations

import io

from venueplanner.briefing.errors import PackError, PackOptionError

__all__ = ["ALGORITHM", "MIN_PASSWORD", "encrypt_pdf"]

#: pypdf's name of the algorithm used.
ALGORITHM = "AES-256"
#: Shortest password accepted, characters.
MIN_PASSWORD = 8


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """`data` (a PDF) encrypted with AES-256 under `password`.

    Raises
    ------
    PackOptionError
        The password is shorter than :data:`MIN_PASSWORD` characters or holds a line break.
    PackError
        pypdf or the cryptography package is not installed.
    """
    if len(password) < MIN_PASSWORD or "\n" in password or "\r" in password:
        raise PackOptionError("password", "*" * len(password), f"use at least {MIN_PASSWORD} characters on one line")
    try:
        import cryptography  # noqa: F401  (pypdf needs it for AES)
        from pypdf import PdfReader, PdfWriter
    except ImportError as e:
        raise PackError(f"cannot encrypt the pack: {e.name} is not installed (install venueplanner[pdf])") from None
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password=password, algorithm=ALGORITHM)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
