"""``venueplanner brief``: the command writes the pack, reads the password from a file or the environment."""

from __future__ import annotations

import pytest

from venueplanner.cli import main

from .conftest import CONCERT, page_texts, pdf_info


def test_brief_writes_a_pack_with_the_options_given(tmp_path, capsys):
    out = tmp_path / "pack.pdf"
    code = main([
        "brief", str(CONCERT), "-o", str(out), "--lang", "en", "--sections", "cover,log", "--date", "2025-03-01",
        "--classification", "OFFICIAL-SENSITIVE", "--author", "Sgt Smith", "--distribution", "Gold command",
    ])  # fmt: skip
    assert code == 0
    assert f"wrote {out}" in capsys.readouterr().out
    texts = page_texts(out.read_bytes())
    assert len(texts) == 2
    assert "OFFICIAL-SENSITIVE" in texts[0] and "Sgt Smith" in texts[0] and "1 March 2025" in texts[0]
    assert "Gold command" in texts[1]
    assert (out.stat().st_mode & 0o777) == 0o600  # a new pack is readable by its owner only


def test_brief_encrypts_with_the_password_file(tmp_path):
    secret = tmp_path / "password.txt"
    secret.write_text("correct horse battery\n", encoding="utf-8")
    out = tmp_path / "pack.pdf"
    assert main(["brief", str(CONCERT), "-o", str(out), "--sections", "cover", "--password-file", str(secret)]) == 0
    assert pdf_info(out.read_bytes(), "correct horse battery")["Encrypted"].startswith("yes")


def test_brief_reads_the_password_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("VENUEPLANNER_PACK_PASSWORD", "from the environment")
    out = tmp_path / "pack.pdf"
    assert main(["brief", str(CONCERT), "-o", str(out), "--sections", "cover"]) == 0
    assert pdf_info(out.read_bytes(), "from the environment")["Encrypted"].startswith("yes")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--route", "STG-1"], "error: --route 'STG-1': write it FROM:TO or FROM:TO:PROFILE"),
        (["--date", "1/3/2025"], "error: --date '1/3/2025': write it YYYY-MM-DD"),
        (["--route", "STG-1:NOWHERE"], "error: route STG-1 -> NOWHERE: 'NOWHERE': no marker"),
        (["--sections", "annexes"], "error: sections 'annexes': choose among"),
    ],
)
def test_bad_arguments_give_one_error_line_and_status_2_and_write_nothing(tmp_path, capsys, args, message):
    out = tmp_path / "pack.pdf"
    assert main(["brief", str(CONCERT), "-o", str(out), "--sections", "routes", *args]) == 2
    assert capsys.readouterr().err.startswith(message)
    assert not out.exists()
