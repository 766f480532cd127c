"""What every view of requests shares: the refusal page and the no-store rule."""

from django.shortcuts import render


def forbidden(request, reason="request"):
    """403 with a page that says who may see this and how to become one of them."""
    return render(request, "bookings/forbidden.html", {"reason": reason}, status=403)
