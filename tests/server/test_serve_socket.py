"""The socket `belli serve` listens on: connections on it send small answers at once."""

from __future__ import annotations

import asyncio
import socket

from belli.server.serve import _bind


def test_connections_to_the_served_socket_do_not_wait_for_nagle() -> None:
    # asyncio sets TCP_NODELAY only where the socket says IPPROTO_TCP; a socket made with
    # protocol 0 held every keep-alive answer about 40 ms (Nagle meets delayed ACKs).
    sock = _bind("127.0.0.1", 0)
    port = sock.getsockname()[1]

    async def scenario() -> int:
        accepted: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def on_connect(_: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            conn = writer.get_extra_info("socket")
            accepted.set_result(conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        server = await asyncio.start_server(on_connect, sock=sock)
        async with server:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            nodelay = await asyncio.wait_for(accepted, timeout=5)
            writer.close()
        return nodelay

    assert asyncio.run(scenario()) != 0
