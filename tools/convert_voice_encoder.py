"""Convert Resemblyzer's GE2E voice encoder (pretrained.pt) to the .npz the app loads.

Run once by hand when the weights change (never at run time, never with torch):

    pip download --no-deps resemblyzer==0.1.4 -d /tmp/rz
    python tools/convert_voice_encoder.py /tmp/rz/Resemblyzer-0.1.4-py3-none-any.whl

pretrained.pt is torch's legacy (pre-1.6) serialisation: a few pickles in a
row (magic number, protocol, system info, the checkpoint, the storage keys)
followed by each storage's raw little-endian bytes. The checkpoint is read by
an unpickler that accepts only the three names a tensor dictionary needs, so
nothing in the file can run code; tensors are rebuilt with numpy.
"""

from __future__ import annotations

import collections
import io
import pickle
import struct
import sys
import zipfile
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "qa_desktop" / "audio" / "data" / "voice_encoder.npz"
MAGIC = 0x1950A86A20F9469CFC6C
KEEP = ("lstm.", "linear.")  # the similarity weights only served training


class _Storage:
    def __init__(self, key: str, size: int) -> None:
        self.key, self.size = key, size


def _rebuild_tensor_v2(storage, offset, size, stride, requires_grad=False, hooks=None, metadata=None):
    return ("tensor", storage, offset, tuple(size), tuple(stride))


class _FloatStorage:  # only a marker: the persistent id names it
    pass


class _Restricted(pickle.Unpickler):
    ALLOWED = {
        ("torch._utils", "_rebuild_tensor_v2"): _rebuild_tensor_v2,
        ("torch", "FloatStorage"): _FloatStorage,
        ("collections", "OrderedDict"): collections.OrderedDict,
    }

    def find_class(self, module: str, name: str):
        try:
            return self.ALLOWED[(module, name)]
        except KeyError:
            raise pickle.UnpicklingError(f"refusing {module}.{name} in a weights file") from None

    def persistent_load(self, pid):
        kind, storage_type, key, _location, size, view = pid
        if kind != "storage" or storage_type is not _FloatStorage or view is not None:
            raise pickle.UnpicklingError(f"unexpected storage {pid!r}")
        return _Storage(key, size)


def read_legacy(data: bytes) -> dict[str, np.ndarray]:
    fh = io.BytesIO(data)
    if _Restricted(fh).load() != MAGIC:
        raise ValueError("not a legacy torch file")
    _Restricted(fh).load()  # protocol version
    _Restricted(fh).load()  # system info
    checkpoint = _Restricted(fh).load()
    keys = _Restricted(fh).load()
    raw = {}
    for key in keys:
        (numel,) = struct.unpack("<q", fh.read(8))
        raw[key] = np.frombuffer(fh.read(4 * numel), dtype="<f4")
    out = {}
    for name, (_tag, storage, offset, size, stride) in checkpoint["model_state"].items():
        flat = raw[storage.key]
        arr = np.lib.stride_tricks.as_strided(flat[offset:], size, [4 * s for s in stride])
        out[name] = np.ascontiguousarray(arr, dtype=np.float32)
    return out


def convert(source: Path) -> dict[str, np.ndarray]:
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as whl:
            data = whl.read("resemblyzer/pretrained.pt")
    else:
        data = source.read_bytes()
    state = read_legacy(data)
    weights = {}
    for layer in range(3):
        weights[f"w_ih{layer}"] = state[f"lstm.weight_ih_l{layer}"].T.copy()  # (in, 4H), gates i f g o
        weights[f"w_hh{layer}"] = state[f"lstm.weight_hh_l{layer}"].T.copy()
        weights[f"b{layer}"] = state[f"lstm.bias_ih_l{layer}"] + state[f"lstm.bias_hh_l{layer}"]
    weights["w_out"] = state["linear.weight"].T.copy()
    weights["b_out"] = state["linear.bias"]
    return weights


def main() -> None:
    source = Path(sys.argv[1])
    weights = convert(source)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(OUT, **weights)
    n = sum(w.size for w in weights.values())
    print(f"{OUT}: {n:,} parameters, {OUT.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
