"""Atom feeds of newly accepted events, one per country and one per agreement."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from agreements.display import date_text, interface_language
from agreements.models import Agreement, Country, ParticipationEvent
from agreements.selectors import recent_events


class _EventFeed(Feed):
    feed_type = Atom1Feed

    def item_title(self, item: ParticipationEvent) -> str:
        lang = interface_language()
        return _("%(country)s: %(kind)s, %(agreement)s (%(date)s)") % {
            "country": item.country.name(lang),
            "kind": item.get_kind_display(),
            "agreement": item.agreement.name(lang),
            "date": date_text(item.date, item.precision),
        }

    def item_description(self, item: ParticipationEvent) -> str:
        sources = [
            f"{evidence.title or evidence.url}: “{evidence.quote}”"
            if evidence.quote
            else evidence.title or evidence.url
            for evidence in item.evidence.all()
        ]
        return "\n".join(sources)

    def item_link(self, item: ParticipationEvent) -> str:
        url = reverse("agreements:country", kwargs={"iso2": item.country.iso2})
        return f"{url}#event-{item.pk}"

    def item_guid(self, item: ParticipationEvent) -> str:
        return f"concord-event-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: ParticipationEvent):
        return item.created_at

    def item_updateddate(self, item: ParticipationEvent):
        return item.updated_at


class CountryFeed(_EventFeed):
    def get_object(self, request, iso2: str) -> Country:
        return get_object_or_404(Country, iso2=iso2.upper())

    def title(self, obj: Country) -> str:
        return _("Concord: %(country)s") % {"country": obj.name(interface_language())}

    def subtitle(self, obj: Country) -> str:
        return _("New facts on the agreements of %(country)s") % {
            "country": obj.name(interface_language())
        }

    def link(self, obj: Country) -> str:
        return reverse("agreements:country", kwargs={"iso2": obj.iso2})

    def items(self, obj: Country) -> list[ParticipationEvent]:
        return recent_events(country=obj)


class AgreementFeed(_EventFeed):
    def get_object(self, request, slug: str) -> Agreement:
        return get_object_or_404(Agreement, slug=slug)

    def title(self, obj: Agreement) -> str:
        return _("Concord: %(agreement)s") % {"agreement": obj.name(interface_language())}

    def subtitle(self, obj: Agreement) -> str:
        return _("New facts on who takes part in %(agreement)s") % {
            "agreement": obj.name(interface_language())
        }

    def link(self, obj: Agreement) -> str:
        return reverse("agreements:agreement", kwargs={"slug": obj.slug})

    def items(self, obj: Agreement) -> list[ParticipationEvent]:
        return recent_events(agreement=obj)
