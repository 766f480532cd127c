from django.http import HttpResponse
from django.shortcuts import render
from django.urls import path

ITEMS = [{"title": f"Item {n}", "number": n} for n in range(10)]


def ok(request):
    return HttpResponse("ok", content_type="text/plain")


def small_template(request):
    return render(request, "small.html", {"title": "Floor", "items": ITEMS})


urlpatterns = [path("", ok), path("template/", small_template)]
