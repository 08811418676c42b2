import socket
import urllib.request

import pytest
from pytest_socket import SocketBlockedError


def test_opening_a_network_socket_fails_the_test():
    with pytest.raises(SocketBlockedError):
        socket.create_connection(("127.0.0.1", 9))


def test_urllib_cannot_reach_anything():
    with pytest.raises((SocketBlockedError, OSError)):
        urllib.request.urlopen("http://127.0.0.1:9/", timeout=1)
