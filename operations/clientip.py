"""The visitor's real address, also behind load balancers and reverse proxies.

Behind a proxy every request arrives from the proxy's address; keyed on that, one stranger's
failed logins would lock everybody out. Each trusted proxy appends the address it received the
request from to `X-Forwarded-For`, so with `TRUSTED_PROXY_COUNT` = n (env
`DJANGO_TRUSTED_PROXY_COUNT`) the client is the n-th address from the right; anything left of
it was written by the client and is not believed. Without proxies (n = 0) the header is ignored.
Login lockouts (django-axes, `AXES_CLIENT_IP_CALLABLE`), the newsletter form and password
resets all key on this address.
"""

import ipaddress

from django.conf import settings


def _valid(address):
    """The address in its canonical spelling, or None if it is none."""
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return None


def client_ip(request):
    """The client's address as the trusted proxies saw it; None without one (a bare request)."""
    remote = _valid(request.META.get("REMOTE_ADDR", "") or "")
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if count > 0:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= count:
            address = _valid(hops[-count])
            if address:
                return address
    return remote
