"""Fixed vocabularies shared by the models, the extractors, the API and the pages.

The string values are part of Concord's public contract (API, exports, extract output):
keep them stable.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AgreementKind(models.TextChoices):
    TREATY = "treaty", _("Treaty")
    CONVENTION = "convention", _("Convention")
    PROTOCOL = "protocol", _("Protocol")
    ACCORD = "accord", _("Political accord or declaration")
    ORGANISATION = "organisation", _("Organisation or alliance")
    INITIATIVE = "initiative", _("Initiative")


class EventKind(models.TextChoices):
    ANNOUNCED_INTENT = "announced_intent", _("Announced intent to join")
    ANNOUNCED_JOINING = "announced_joining", _("Announced joining")
    SIGNED = "signed", _("Signed")
    RATIFIED = "ratified", _("Ratified")
    ACCEPTED_APPROVED = "accepted_approved", _("Accepted or approved")
    ACCEDED = "acceded", _("Acceded")
    SUCCEEDED = "succeeded", _("Succeeded")
    JOINED = "joined", _("Joined")
    ENTERED_INTO_FORCE = "entered_into_force", _("Entered into force")
    PROVISIONAL_APPLICATION = "provisional_application", _("Provisional application")
    SUSPENDED = "suspended", _("Suspended")
    REINSTATED = "reinstated", _("Reinstated")
    WITHDRAWAL_ANNOUNCED = "withdrawal_announced", _("Announced withdrawal")
    WITHDRAWAL_NOTIFIED = "withdrawal_notified", _("Notified withdrawal")
    WITHDREW = "withdrew", _("Withdrew")


class StanceKind(models.TextChoices):
    REFUSES = "refuses", _("Refuses to join")
    CONDITIONS = "conditions", _("Sets conditions")
    CONSIDERING = "considering", _("Considering joining")


class ClaimKind(models.TextChoices):
    """What an announcement may claim: any event kind or any stance kind."""

    ANNOUNCED_INTENT = EventKind.ANNOUNCED_INTENT.value, EventKind.ANNOUNCED_INTENT.label
    ANNOUNCED_JOINING = EventKind.ANNOUNCED_JOINING.value, EventKind.ANNOUNCED_JOINING.label
    SIGNED = EventKind.SIGNED.value, EventKind.SIGNED.label
    RATIFIED = EventKind.RATIFIED.value, EventKind.RATIFIED.label
    ACCEPTED_APPROVED = EventKind.ACCEPTED_APPROVED.value, EventKind.ACCEPTED_APPROVED.label
    ACCEDED = EventKind.ACCEDED.value, EventKind.ACCEDED.label
    SUCCEEDED = EventKind.SUCCEEDED.value, EventKind.SUCCEEDED.label
    JOINED = EventKind.JOINED.value, EventKind.JOINED.label
    ENTERED_INTO_FORCE = EventKind.ENTERED_INTO_FORCE.value, EventKind.ENTERED_INTO_FORCE.label
    PROVISIONAL_APPLICATION = (
        EventKind.PROVISIONAL_APPLICATION.value,
        EventKind.PROVISIONAL_APPLICATION.label,
    )
    SUSPENDED = EventKind.SUSPENDED.value, EventKind.SUSPENDED.label
    REINSTATED = EventKind.REINSTATED.value, EventKind.REINSTATED.label
    WITHDRAWAL_ANNOUNCED = (
        EventKind.WITHDRAWAL_ANNOUNCED.value,
        EventKind.WITHDRAWAL_ANNOUNCED.label,
    )
    WITHDRAWAL_NOTIFIED = EventKind.WITHDRAWAL_NOTIFIED.value, EventKind.WITHDRAWAL_NOTIFIED.label
    WITHDREW = EventKind.WITHDREW.value, EventKind.WITHDREW.label
    REFUSES = StanceKind.REFUSES.value, StanceKind.REFUSES.label
    CONDITIONS = StanceKind.CONDITIONS.value, StanceKind.CONDITIONS.label
    CONSIDERING = StanceKind.CONSIDERING.value, StanceKind.CONSIDERING.label


class Precision(models.TextChoices):
    """How much of a date is known. A stored date is the first day of its period."""

    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


class Derivation(models.TextChoices):
    """How a date was obtained."""

    STATED = "stated", _("Stated in the source")
    RELATIVE = "relative", _("Derived from a relative phrase and the publication date")
    INFERRED = "inferred", _("Inferred")


# Kinds that express a state's consent to be bound (it becomes a party / member).
CONSENT_KINDS = frozenset(
    {
        EventKind.RATIFIED,
        EventKind.ACCEPTED_APPROVED,
        EventKind.ACCEDED,
        EventKind.SUCCEEDED,
        EventKind.JOINED,
        EventKind.ENTERED_INTO_FORCE,
    }
)
# Political accords, declarations and initiatives have no ratification step: signing is joining.
SIGNATURE_IS_CONSENT = frozenset({AgreementKind.ACCORD, AgreementKind.INITIATIVE})
# Kinds that end participation.
EXIT_KINDS = frozenset({EventKind.WITHDREW})
# An announced joining is a claim that has not been formalised: it leaves the answer open.
UNRESOLVED_KINDS = frozenset({EventKind.ANNOUNCED_JOINING})
