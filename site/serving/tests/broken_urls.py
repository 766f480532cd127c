"""A URL configuration with one view that fails, for the error-reporting tests."""

from django.urls import path


def broken(request):
    raise RuntimeError("kapot")


urlpatterns = [path("kapot/", broken)]
handler500 = "core.views.server_error"
