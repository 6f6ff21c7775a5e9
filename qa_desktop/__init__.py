"""QA Desktop: call-center quality inspection that runs on the inspector's workstation."""

__version__ = "0.1.0"
