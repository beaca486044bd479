"""The status bar: model, tokens/s, time to first token, memory, context use, expert
streaming, the offline indicator and the Undo button of a deleted conversation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from airgap import offline
from airgap.engine.api import GenerationStats

OFFLINE_REFRESH_MS = 5000


class ElidedLabel(QLabel):
    """A status label that ends in "…" when the window is too narrow for all of them,
    rather than pushing the figures out (cut to "f" for "first token 0.21 s"). The whole
    text stays in text(), for accessibility and the tooltip."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        least = self.fontMetrics().horizontalAdvance("x…") + margins.left() + margins.right()
        return QSize(min(hint.width(), least), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(self.text()) <= rect.width():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        shown = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown
        )


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The figures keep their width; the model's name and the offline line (whose
        # tooltip says it all) give way first in a narrow window.
        self.model = ElidedLabel(self)
        self.speed = QLabel(self)
        self.ttft = QLabel(self)
        self.memory = QLabel(self)
        self.context = QLabel(self)
        self.experts = ElidedLabel(self)
        self.offline = ElidedLabel(self)
        self.offline.setObjectName("offlineLabel")
        self.loading = QProgressBar(self)  # busy while the model loads in the background
        self.loading.setObjectName("modelLoading")
        self.loading.setRange(0, 0)
        self.loading.setTextVisible(False)
        self.loading.setMaximumWidth(100)
        self.loading.hide()
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setFlat(True)
        self.undo_button.hide()
        self.experts.hide()
        for label in (self.model, self.loading, self.speed, self.ttft):
            self.addWidget(label)
        for widget in (self.undo_button, self.memory, self.context, self.experts, self.offline):
            self.addPermanentWidget(widget)
        self._model_text = ""
        self._failed = False
        # What the figures were made from, so a language switch redraws them in the new one.
        self._generating = False
        self._speed: float | None = None
        self._stats: tuple[GenerationStats, int] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(OFFLINE_REFRESH_MS)
        self._timer.timeout.connect(self.update_offline)
        self._timer.start()
        self.retranslate()

    # -- model -----------------------------------------------------------------------------
    def show_model(self, model_id: str | None, error: str = "") -> None:
        """The loaded model's id; None while loading; an error leaves "No model"."""
        self._model_text = model_id or ""
        self.model.setToolTip(error or self._model_text)  # the whole name, when elided
        self._failed = bool(error)
        self._show_model_text()

    def _show_model_text(self) -> None:
        self.loading.setVisible(not self._failed and not self._model_text)
        if self._failed:
            self.model.setText(self.tr("No model"))
        elif self._model_text:
            self.model.setText(self._model_text)
        else:
            self.model.setText(self.tr("Loading the model…"))

    # -- generation ------------------------------------------------------------------------
    def generating(self) -> None:
        self._generating, self._speed = True, None
        self.speed.setText(self.tr("Generating…"))
        self.ttft.clear()

    def show_speed(self, tokens_per_s: float) -> None:
        self._generating, self._speed = False, tokens_per_s
        self.speed.setText(self.tr("%1 tokens/s").replace("%1", f"{tokens_per_s:.1f}"))

    def show_stats(self, stats: GenerationStats, context_length: int) -> None:
        self._stats = (stats, context_length)
        self._generating = False
        if stats.generation_tokens:
            self.show_speed(stats.generation_tps)
        else:
            self.speed.clear()
        if stats.time_to_first_token_s:
            self.ttft.setText(
                self.tr("first token %1 s").replace("%1", f"{stats.time_to_first_token_s:.2f}")
            )
        if stats.peak_memory_bytes:
            gb = stats.peak_memory_bytes / 1e9
            self.memory.setText(self.tr("memory %1 GB").replace("%1", f"{gb:.1f}"))
        context = stats.context_length or context_length
        if context:
            share = 100 * stats.context_used / context
            self.context.setText(self.tr("context %1%").replace("%1", f"{share:.0f}"))
        experts = stats.experts
        self.experts.setVisible(bool(experts and experts.experts_per_token))
        if experts and experts.experts_per_token:
            self.experts.setText(
                self.tr("experts: %1 MB/token, %2% cached")
                .replace("%1", f"{experts.bytes_read_per_token / 1e6:.0f}")
                .replace("%2", f"{100 * experts.cache_hit_rate:.0f}")
            )

    def update_offline(self) -> None:
        count = offline.attempt_count()
        self.offline.setText(
            self.tr("Offline — %1 network attempts this session").replace("%1", str(count))
        )
        self.offline.setToolTip(
            self.tr("Airgap never connects to the network. Blocked attempts: %1").replace(
                "%1", str(count)
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.undo_button.setText(self.tr("Undo"))
        self._show_model_text()
        self.update_offline()
        speed, generating = self._speed, self._generating
        if self._stats is not None:
            self.show_stats(*self._stats)
        if generating:
            self.generating()
        elif speed is not None:
            self.show_speed(speed)
