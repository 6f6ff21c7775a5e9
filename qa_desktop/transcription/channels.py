"""Which party is on which channel of a recording (--channels).

Stereo call recorders put the agent on one channel and the customer on the
other; `agent,customer` (the default) or `customer,agent` says which way
round, `mono` treats the file as one mixed line. Conference bridges and some
PBXs write more channels (one per leg, plus a mix): there the parties must be
named by channel number, `agent=0,customer=3` (numbered from 0). A file with
more than two channels and no such mapping is refused with that advice: mixing
it down would put one party's words in the other's turns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from qa_desktop.audio.decode import DecodedAudio, channels_identical
from qa_desktop.errors import AudioError, QAError

ORDERS = {"agent,customer": ["agent", "customer"], "customer,agent": ["customer", "agent"], "mono": []}
_INDEXED = re.compile(r"^\s*(agent|customer)\s*=\s*(\d{1,2})\s*,\s*(agent|customer)\s*=\s*(\d{1,2})\s*$")
HELP = "agent,customer (default), customer,agent, mono, or channel numbers: agent=0,customer=3"


@dataclass(frozen=True, slots=True)
class ChannelMap:
    spec: str
    order: tuple[str, ...]  # speakers of channels 0 and 1 (empty: mono)
    index: tuple[tuple[str, int], ...] = ()  # (speaker, channel number) when given by number

    def __str__(self) -> str:
        return self.spec


def parse_channels(spec: str) -> ChannelMap:
    """The mapping --channels names; QAError when it names none."""
    text = str(spec).strip().replace(" ", "")
    if text in ORDERS:
        return ChannelMap(text, tuple(ORDERS[text]))
    m = _INDEXED.match(text)
    if m is None:
        raise QAError("--channels", f"must be {HELP}; not {spec!r}")
    (who1, ch1), (who2, ch2) = (m.group(1), int(m.group(2))), (m.group(3), int(m.group(4)))
    if who1 == who2:
        raise QAError("--channels", f"names the {who1} twice ({spec!r}); name the agent's and the customer's channel")
    if ch1 == ch2:
        raise QAError("--channels", f"puts both parties on channel {ch1} ({spec!r})")
    return ChannelMap(text, (), ((who1, ch1), (who2, ch2)))


def select_channels(audio: DecodedAudio, cmap: ChannelMap) -> tuple[bool, list[str], dict[str, np.ndarray]]:
    """(stereo?, speaker per used channel, signal per speaker) for this file under this mapping."""
    chans = audio.channels
    n = len(chans)
    if cmap.index:
        for who, ch in cmap.index:
            if ch >= n:
                raise AudioError(audio.path, f"has {n} channel(s) (numbered from 0); --channels puts the {who} "
                                             f"on channel {ch}")
        (w1, c1), (w2, c2) = cmap.index
        if channels_identical(chans[c1], chans[c2]):
            return False, ["unknown"], {"unknown": chans[c1]}
        return True, [w1, w2], {w1: chans[c1], w2: chans[c2]}
    if n > 2:
        raise AudioError(audio.path, f"has {n} channels; which are the agent's and the customer's cannot be "
                                     f"guessed and mixing them down would blend the two parties: give "
                                     f"--channels agent=N,customer=M (channel numbers from 0 to {n - 1})")
    stereo = bool(cmap.order) and n >= 2 and not channels_identical(chans[0], chans[1])
    if not stereo:
        return False, ["unknown"], {"unknown": chans[0]}
    return True, list(cmap.order), dict(zip(cmap.order, chans))
