"""The PySide6 desktop app: the only package that imports Qt.

Pages are plain QWidgets built over the Qt-free core (storage, audit,
transcription, scoring); long work runs in worker threads so the window never
freezes while a recording is transcribed.
"""
