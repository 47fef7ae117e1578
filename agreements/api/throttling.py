"""Request throttles that read their rates when asked, so settings changes take effect.

DRF's own classes copy the rates once, at import.
"""

from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, ScopedRateThrottle, UserRateThrottle


class _SettingsRate:
    def get_rate(self) -> str | None:
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class AnonThrottle(_SettingsRate, AnonRateThrottle):
    pass


class UserThrottle(_SettingsRate, UserRateThrottle):
    """Signed-in users' rate. Anonymous requests are AnonThrottle's alone: counting them here
    too would cost two more cache round trips per request for a limit they never reach."""

    def get_cache_key(self, request, view) -> str | None:
        if not request.user or not request.user.is_authenticated:
            return None
        return super().get_cache_key(request, view)


class ScopedThrottle(_SettingsRate, ScopedRateThrottle):
    pass
