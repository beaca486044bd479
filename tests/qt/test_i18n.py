"""Five languages: every tr() string translated, switching retranslates the open window."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from airgap.ui.i18n import LANGUAGES, match_language
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from qt_fakes import ROOT, TS_DIR, WindowFactory


def lupdate() -> str:
    return shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")


def test_every_tr_string_has_a_translation_in_all_five(tmp_path: Path) -> None:
    """Re-extract the sources (as `make translations` does) and check each .ts is complete."""
    sources = sorted(str(p) for p in (ROOT / "app" / "airgap" / "ui").glob("*.py"))
    missing: list[str] = []
    for code in LANGUAGES:
        ts = tmp_path / f"airgap_{code}.ts"
        shutil.copy(TS_DIR / f"airgap_{code}.ts", ts)
        subprocess.run(
            [lupdate(), *sources, "-silent", "-locations", "none", "-no-obsolete", "-ts", str(ts)],
            check=True,
        )
        root = ET.parse(ts).getroot()
        for context in root.iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                source = message.findtext("source")
                if (
                    translation is None
                    or translation.get("type") in ("unfinished", "vanished", "obsolete")
                    or not "".join(translation.itertext()).strip()
                ):
                    missing.append(f"{code}: {name}: {source!r}")
    assert not missing, "untranslated strings:\n" + "\n".join(missing)


def test_placeholders_survive_translation() -> None:
    for code in LANGUAGES:
        root = ET.parse(TS_DIR / f"airgap_{code}.ts").getroot()
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            element = message.find("translation")
            forms = (
                [f.text or "" for f in element.iter("numerusform")] if element is not None else []
            )
            for translation in forms or [message.findtext("translation") or ""]:
                for marker in ("%1", "%2", "%n"):
                    assert (marker in source) == (marker in translation), (
                        code,
                        source,
                        translation,
                    )


def test_switching_language_retranslates_the_open_window(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    expected = {
        "en": ("Send", "&File"),
        "zh_CN": ("发送", "文件(&F)"),
        "zh_TW": ("傳送", "檔案(&F)"),
        "ja": ("送信", "ファイル(&F)"),
        "ko": ("보내기", "파일(&F)"),
    }
    for code, (send, file_menu) in [*expected.items(), ("en", expected["en"])]:
        window.set_language(code, save=False)
        assert window.composer.button.text() == send
        assert window.file_menu.title() == file_menu
        assert window.translations is not None and window.translations.language == code
    # Qt's own strings (standard dialogs) come from qtbase_*.qm.
    window.set_language("ja", save=False)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
    window.set_language("en", save=False)


def test_locale_names_map_to_the_five_languages() -> None:
    assert match_language("zh_CN") == "zh_CN"
    assert match_language("zh_HK") == "zh_TW"
    assert match_language("zh_SG") == "zh_CN"
    assert match_language("zh", traditional=True) == "zh_TW"
    assert match_language("ja_JP") == "ja"
    assert match_language("ko-KR") == "ko"
    assert match_language("fr_FR") == "en"
