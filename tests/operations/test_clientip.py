"""The visitor's address: behind trusted proxies from X-Forwarded-For, never a forged one."""

import ipaddress

from django.test import RequestFactory
from hypothesis import given
from hypothesis import strategies as st

from operations.clientip import client_ip


def request(remote="127.0.0.1", forwarded=None):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **meta)


def test_without_proxies_the_connection_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request("192.0.2.9", "203.0.113.7")) == "192.0.2.9"


def test_the_address_the_trusted_proxies_saw(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request(forwarded="203.0.113.7")) == "203.0.113.7"
    assert client_ip(request(forwarded="1.2.3.4, 203.0.113.7")) == "203.0.113.7"
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(request(forwarded="1.2.3.4, 203.0.113.7, 10.0.0.2")) == "203.0.113.7"
    assert client_ip(request(forwarded="2001:db8::1, 10.0.0.2")) == "2001:db8::1"


def test_a_request_that_bypassed_the_proxies_counts_by_its_connection(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(request("192.0.2.9", "203.0.113.7")) == "192.0.2.9"
    assert client_ip(request("192.0.2.9", "kein-name, 10.0.0.2")) == "192.0.2.9"


def test_a_request_without_an_address_has_none():
    assert client_ip(RequestFactory().get("/", REMOTE_ADDR="")) is None


@given(forwarded=st.text(max_size=200), count=st.integers(0, 3))
def test_any_header_gives_an_address(forwarded, count):
    from django.conf import settings

    settings.TRUSTED_PROXY_COUNT = count
    try:
        ipaddress.ip_address(client_ip(request(forwarded=forwarded)))
    finally:
        del settings.TRUSTED_PROXY_COUNT
