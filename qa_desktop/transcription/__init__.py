"""Transcription core: any recording to a per-speaker dialogue with timing and metrics."""

from qa_desktop.transcription.metadata import parse_filename
from qa_desktop.transcription.model_store import ModelInfo, list_models, resolve_model
from qa_desktop.transcription.transcriber import Transcriber

__all__ = ["ModelInfo", "Transcriber", "list_models", "parse_filename", "resolve_model"]
