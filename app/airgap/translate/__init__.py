"""The translator workspace's core: segments, languages, glossary, translation memory, counts,
prompts, document formats and the segment-by-segment job. Never imports Qt or mlx; it reaches
the model only through `airgap.engine.api.ChatSession` (any object with its `stream()`).
"""
