"""The PySide6 window (DESIGN.md §5). Never imports mlx: the engine runs in `worker.py`'s thread.

Modules: `app` (QApplication, theme, entry), `main_window`, `sidebar`, `chat_view`, `composer`,
`conversation` (the shown branch of a conversation tree), `worker` (engine + store threads),
`history` (the store seam), `settings`, `fonts`, `i18n`.
"""
