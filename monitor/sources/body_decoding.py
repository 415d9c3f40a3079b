"""Content-Encoding undone in bounded steps, so a gzip bomb cannot fill the memory.

httpx's own decoders inflate a whole network chunk at once (a 64 KB chunk of zeros can
become 64 MB before anyone counts); here every step asks zlib for at most the room left
under the cap, and the body is refused the moment it would pass it.
"""

from __future__ import annotations

import zlib

try:  # brotli is optional: advertised only when it is installed
    import brotli  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the environment
    brotli = None

ACCEPT_ENCODING = "gzip, deflate, br" if brotli is not None else "gzip, deflate"


class BodyTooLarge(Exception):
    """The body (as received or once decompressed) passed the cap."""


class BadEncoding(Exception):
    """An unknown, broken or truncated Content-Encoding stream."""


class _Inflate:
    """gzip or deflate (zlib-wrapped, or raw as some servers send it)."""

    def __init__(self, gzip: bool) -> None:
        self._gzip = gzip
        self._first = True
        self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 16 if gzip else zlib.MAX_WBITS)

    def decode(self, data: bytes, room: int) -> bytes:
        first, self._first = self._first, False
        try:
            out = self._inflater.decompress(data, room + 1)
        except zlib.error as error:
            if first and not self._gzip:
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                return self.decode(data, room)
            raise BadEncoding(f"invalid {'gzip' if self._gzip else 'deflate'} data ({error})") from None
        if len(out) > room:
            raise BodyTooLarge
        return out

    def finish(self) -> None:
        if not self._inflater.eof:
            raise BadEncoding(f"truncated {'gzip' if self._gzip else 'deflate'} body")


class _Brotli:  # pragma: no cover - only with the optional brotli package
    def __init__(self) -> None:
        self._decompressor = brotli.Decompressor()

    def decode(self, data: bytes, room: int) -> bytes:
        try:
            out = self._decompressor.process(data)
        except brotli.error as error:
            raise BadEncoding(f"invalid br data ({error})") from None
        if len(out) > room:
            raise BodyTooLarge
        return out

    def finish(self) -> None:
        if not self._decompressor.is_finished():
            raise BadEncoding("truncated br body")


class _Stage:
    """One decoder and what it has produced so far."""

    def __init__(self, name: str) -> None:
        if name in ("gzip", "x-gzip"):
            self.decoder = _Inflate(gzip=True)
        elif name == "deflate":
            self.decoder = _Inflate(gzip=False)
        elif name == "br" and brotli is not None:
            self.decoder = _Brotli()
        else:
            raise BadEncoding(f"unsupported content encoding {name!r}")
        self.size = 0


class BoundedBody:
    """Collects a response body, undoing its Content-Encoding, never holding more than ``cap``."""

    def __init__(self, content_encoding: str | None, cap: int) -> None:
        names = [n.strip().lower() for n in (content_encoding or "").split(",")]
        # Encodings are listed in the order applied; undo them from the last.
        self._stages = [_Stage(n) for n in reversed(names) if n and n != "identity"]
        self.cap = cap
        self.raw_size = 0
        self._chunks: list[bytes] = []
        self._size = 0

    def feed(self, raw: bytes) -> None:
        self.raw_size += len(raw)
        if self.raw_size > self.cap:
            raise BodyTooLarge
        data = raw
        for stage in self._stages:
            data = stage.decoder.decode(data, self.cap - stage.size)
            stage.size += len(data)
        self._size += len(data)
        if self._size > self.cap:
            raise BodyTooLarge
        if data:
            self._chunks.append(data)

    def finish(self) -> bytes:
        for stage in self._stages:
            stage.decoder.finish()
        return b"".join(self._chunks)
