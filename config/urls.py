from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("agreements.api.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
]
# Reader pages live under /en/ and /ar/; "/" redirects to the visitor's language.
urlpatterns += i18n_patterns(path("", include("agreements.urls")), prefix_default_language=True)

# A database outage is a 503 with Retry-After rather than a 500 (config/views.py).
handler500 = "config.views.server_error"
