from django.urls import path

from agreements import feeds, views

app_name = "agreements"

# Other tools link to these paths (under /en/ and /ar/): keep them stable.
urlpatterns = [
    path("", views.home, name="home"),
    path("countries/", views.country_list, name="countries"),
    path("countries/<str:iso2>/", views.country_detail, name="country"),
    path("countries/<str:iso2>/feed/", feeds.CountryFeed(), name="country-feed"),
    path("agreements/", views.agreement_list, name="agreements"),
    path("agreements/<slug:slug>/", views.agreement_detail, name="agreement"),
    path("agreements/<slug:slug>/feed/", feeds.AgreementFeed(), name="agreement-feed"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("search/", views.search, name="search"),
]
