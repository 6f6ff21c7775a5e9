"""Call review: player, waveform, transcript dialogue and scorecard, and the
screen that wires them to one stored call."""
