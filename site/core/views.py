from django.http import HttpResponsePermanentRedirect, HttpResponseServerError
from django.shortcuts import render
from django.template import loader


def dutch_prefix_redirect(request, path):
    """Dutch is served without prefix; keep /nl/ links working."""
    # Strip leading slashes so "/nl//evil.example" cannot become a protocol-relative URL.
    target = "/" + path.lstrip("/\\")
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(target + (f"?{query}" if query else ""))


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


def server_error(request):
    # Render without a request context: whatever broke may be in a context processor.
    return HttpResponseServerError(loader.get_template("500.html").render())
