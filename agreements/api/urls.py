from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import SimpleRouter

from agreements.api import views

router = SimpleRouter()
router.register("countries", views.CountryViewSet, basename="country")
router.register("agreements", views.AgreementViewSet, basename="agreement")
router.register("events", views.EventViewSet, basename="event")
router.register("stances", views.StanceViewSet, basename="stance")
router.register("announcements", views.AnnouncementViewSet, basename="announcement")
router.register("articles", views.ArticleViewSet, basename="article")
router.register("feeds", views.FeedViewSet, basename="feed")
router.register("submissions", views.SubmissionViewSet, basename="submission")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves its start-up script as a file: the site's CSP runs no inline script.
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="swagger-ui"),
    path("redoc/", views.RedocView.as_view(url_name="schema"), name="redoc"),
    path("v1/auth/token/", views.TokenView.as_view(), name="api-token"),
    path("v1/", include(router.urls)),
    # Anything else under /api/ that ends in a slash is a JSON 404, not the HTML page.
    re_path(r"^.*/$", views.not_found),
]
