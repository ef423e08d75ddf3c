"""The test servers' ports: outgoing connections cannot take one before its server binds it."""

import socket

from devkit.servers import HOST, _ephemeral_ports, free_port


def test_ports_lie_outside_the_range_outgoing_connections_use_and_are_never_given_twice():
    ports = [free_port() for _ in range(20)]
    assert len(set(ports)) == 20
    assert not set(ports) & set(_ephemeral_ports())
    with socket.socket() as s:
        s.bind((HOST, ports[-1]))  # still free: nothing was left listening
