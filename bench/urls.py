"""Concord's URLs plus /bench/ceiling/; never included by the production URLconf."""

from django.urls import path

from bench.ceiling import ceiling
from config.urls import urlpatterns as concord_urlpatterns

urlpatterns = [path("bench/ceiling/", ceiling), *concord_urlpatterns]
