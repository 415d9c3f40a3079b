"""The egress policy: where an address taken from fetched content may lead.

An operator's own addresses (a source's ``url``, a hook's) are trusted as written, on any
address: an intranet feed is a legitimate source. Addresses that come from what a
server sent — a redirect target, a full-text item link, a feed's next or archive link,
a channel's ``?before=`` page — are not: a hostile feed could otherwise make the
monitor read an internal page (an admin console, a cloud metadata service) and show it
as an article (server-side request forgery). Those are fetched with a client whose
connections may only reach public addresses, unless the source says
``allow_private = true`` (Miniflux's fetcher does the same).

The check is made where the connection is made, on the addresses the name resolves to
then, and the connection goes to the very address that was checked: a name that
resolves to a public address when looked at and to 127.0.0.1 a moment later (DNS
rebinding) cannot pass. Refused classes: loopback, private (RFC 1918, unique local),
link-local (cloud metadata lives there), multicast, unspecified, reserved and any other
address not globally reachable (shared 100.64/10, documentation ranges, ...); IPv4
addresses inside IPv6 (mapped, NAT64) are judged as the IPv4 address they carry.

Through a proxy (HTTP(S)_PROXY) the proxy makes the connection: the proxy itself is the
operator's and is allowed, and the target's name is checked as resolved here just
before the request, which a rebinding name could still pass; say so when relying on it.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import typing

import httpcore
import httpx

from monitor.domain.redaction import redact_url

_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class AddressRefused(Exception):
    """A connection the egress policy does not allow: names the host, the address and its class."""

    def __init__(self, host: str, address: str, kind: str) -> None:
        self.host = host
        self.address = address
        self.kind = kind
        shown = address if host in (address, f"[{address}]") else f"{host} is {address}"
        super().__init__(f"{_article(kind)} {kind} address ({shown})")


def address_class(address: str) -> str | None:
    """The class of an address the policy refuses (``"loopback"``, ``"private"``, ...), or
    None for a public, globally reachable address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6:
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        elif ip in _NAT64:
            ip = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_multicast:
        return "multicast"
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_private:
        return "private"
    if ip.is_reserved:
        return "reserved"
    if not ip.is_global:
        return "non-public"
    return None


async def public_addresses(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to, if at least one is public (only those); else
    :class:`AddressRefused` naming the first."""
    try:
        found = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise httpcore.ConnectError(str(error)) from None
    addresses = list(dict.fromkeys(info[4][0] for info in found))
    public = [a for a in addresses if address_class(a) is None]
    if not public:
        raise AddressRefused(host, addresses[0], address_class(addresses[0]) or "non-public")
    return public


class CheckedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend, connecting only to public addresses.

    The name is resolved here, the addresses are checked, and the connection is made to
    a checked address (the TLS layer still verifies the certificate against the name);
    the connected peer is checked once more. ``exempt`` lists (host, port) pairs to
    connect to unchecked: the operator's proxy.
    """

    def __init__(self, inner: httpcore.AsyncNetworkBackend, exempt: frozenset[tuple[str, int]] = frozenset()) -> None:
        self._inner = inner
        self._exempt = exempt

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: typing.Iterable[typing.Any] | None = None) -> httpcore.AsyncNetworkStream:
        if (host, port) in self._exempt:
            return await self._inner.connect_tcp(host, port, timeout=timeout, local_address=local_address,
                                                 socket_options=socket_options)
        try:
            async with asyncio.timeout(timeout):
                addresses = await public_addresses(host, port)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"resolving {host} took longer than {timeout:g} s") from None
        failure: Exception | None = None
        for address in addresses:
            try:
                stream = await self._inner.connect_tcp(address, port, timeout=timeout, local_address=local_address,
                                                       socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                failure = error
                continue
            peer = stream.get_extra_info("server_addr")
            kind = address_class(peer[0]) if peer else None
            if kind is not None:
                await stream.aclose()
                raise AddressRefused(host, peer[0], kind)
            return stream
        assert failure is not None
        raise failure

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: typing.Iterable[typing.Any] | None = None
                                  ) -> httpcore.AsyncNetworkStream:
        raise AddressRefused(path, path, "local socket")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class CheckedTransport(httpx.AsyncHTTPTransport):
    """An httpx transport whose every connection passes :class:`CheckedBackend`."""

    def __init__(self, *, proxy: str | None = None, **options: typing.Any) -> None:
        super().__init__(proxy=proxy, **options)
        exempt: frozenset[tuple[str, int]] = frozenset()
        self._proxied = proxy is not None
        if proxy is not None:
            url = httpx.URL(proxy)
            exempt = frozenset({(url.host, url.port or (443 if url.scheme == "https" else 80))})
        pool = self._pool
        # httpcore's pools take a network backend; httpx (0.28) builds the pool without one.
        assert hasattr(pool, "_network_backend"), "httpcore changed: the egress check cannot be installed"
        pool._network_backend = CheckedBackend(pool._network_backend, exempt)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._proxied:  # the proxy connects: check the target's name as it resolves here
            await public_addresses(request.url.host, request.url.port or (443 if request.url.scheme == "https" else 80))
        return await super().handle_async_request(request)


def environment_proxies() -> dict[str, str | None]:
    """HTTP(S)_PROXY / ALL_PROXY / NO_PROXY as httpx reads them (pattern -> proxy or None)."""
    from httpx._utils import get_environment_proxies  # httpx does not export it; pinned version

    return get_environment_proxies()


REFUSED = "refused "


def refusal(url: str, refused: AddressRefused) -> str:
    """The one line of a refused fetch, its address class first (the poller adds the source's name)."""
    return (f"{REFUSED}{refused}: {redact_url(url)} came from fetched content; allow_private = true on the source "
            "allows it")


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"
