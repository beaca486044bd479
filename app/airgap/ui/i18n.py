"""Translations: the five UI languages, loading `.qm` files and switching at run time.

Every user-visible string goes through `self.tr()` (QObject subclasses) or
`QCoreApplication.translate(context, text)`. The `.ts` sources live in
`resources/translations/` (updated with `make translations`, i.e. `pyside6-lupdate`);
`make setup` compiles them with `pyside6-lrelease` into `airgap/resources/i18n/*.qm`, inside the
package so that Briefcase bundles them. Qt's own `qtbase_*.qm` (standard dialogs, context
menus) come from PySide6's translations folder. Installing a translator makes Qt send
`LanguageChange` to every widget; ours answer with `retranslate()`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

# Language code -> its own name (shown in the language menu, never translated).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "zh_CN": "简体中文",
    "zh_TW": "繁體中文",
    "ja": "日本語",
    "ko": "한국어",
}
DEFAULT_LANGUAGE = "en"
QM_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"


def qm_path(language: str, qm_dir: Path | None = None) -> Path:
    return (qm_dir or QM_DIR) / f"airgap_{language}.qm"


def system_language() -> str:
    """The best UI language for the system locale (Traditional for TW/HK/MO or Hant)."""
    locale = QLocale.system()
    return match_language(locale.name(), locale.script() == QLocale.Script.TraditionalHanScript)


def match_language(name: str, traditional: bool = False) -> str:
    """Map a locale name like 'zh_HK', 'ja_JP' or 'ko' to one of LANGUAGES."""
    lang, _, region = name.replace("-", "_").partition("_")
    if lang == "zh":
        return "zh_TW" if traditional or region in ("TW", "HK", "MO") else "zh_CN"
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


class Translations:
    """The installed translators of one QCoreApplication (ours + Qt's own)."""

    def __init__(self, app: QCoreApplication, qm_dir: Path | None = None) -> None:
        self._app = app
        self._qm_dir = qm_dir
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def set_language(self, language: str) -> bool:
        """Switch the UI language; returns False (and keeps English) when files are missing."""
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        ok = True
        ours = QTranslator(self._app)
        if ours.load(str(qm_path(language, self._qm_dir))):
            self._installed.append(ours)
        else:
            ok = language == DEFAULT_LANGUAGE  # English needs no file: sources are English
            if not ok:
                log.warning("no translation file for %s in %s", language, self._qm_dir or QM_DIR)
        if language != DEFAULT_LANGUAGE:
            qt = QTranslator(self._app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{language}", qt_dir):
                self._installed.append(qt)
        for translator in self._installed:
            self._app.installTranslator(translator)
        QLocale.setDefault(QLocale(language))
        self.language = language
        # Qt posts LanguageChange to the widgets; deliver it now so the switch is immediate.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return ok
