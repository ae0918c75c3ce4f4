"""Service levels: first-response and resolution targets per inbox and priority.

An inbox's ``service_levels`` look like::

    {"first_response": {"urgent": 60, "high": 240, "normal": 480, "low": 1440},   # minutes
     "resolution": {"urgent": 1440, ...},
     "business_hours": {"days": [0, 1, 2, 3, 4], "start": "09:00", "end": "18:00", "tz": "Europe/Madrid"}}

Without ``business_hours`` the clock runs around the clock; with them, only
inside those hours (a ticket at 17:30 on Friday with a two-hour target is
due at 10:30 on Monday). Deadlines are computed when a ticket opens or its
priority changes, and stored, so the queue sorts on them in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from workstation.errors import InvalidInput

DEFAULT_FIRST_RESPONSE = {"urgent": 60, "high": 240, "normal": 480, "low": 1440}  # minutes
DEFAULT_RESOLUTION = {"urgent": 1440, "high": 2880, "normal": 4320, "low": 7200}
PRIORITIES = ("urgent", "high", "normal", "low")
#: "Due soon": due within this much time and not yet overdue.
DUE_SOON = timedelta(hours=4)


@dataclass(frozen=True)
class BusinessHours:
    days: frozenset[int]  # 0 = Monday
    start: time
    end: time
    tz: ZoneInfo

    @classmethod
    def parse(cls, spec: dict[str, Any] | None) -> BusinessHours | None:
        if not spec:
            return None
        try:
            days = frozenset(int(d) for d in spec.get("days", [0, 1, 2, 3, 4]))
            start = time.fromisoformat(str(spec.get("start", "09:00")))
            end = time.fromisoformat(str(spec.get("end", "18:00")))
            tz = ZoneInfo(str(spec.get("tz", "UTC")))
        except (ValueError, TypeError, ZoneInfoNotFoundError) as exc:
            raise InvalidInput(f"The business hours {spec!r} are not valid: {exc}.", code="business_hours_invalid",
                               params={**_hours_facts(spec), "reason": str(exc)}) from exc
        if not days or not days <= set(range(7)) or end <= start:
            raise InvalidInput(f"The business hours {spec!r} need working days 0-6 and an end after the start.",
                               code="business_hours_empty", params=_hours_facts(spec))
        return cls(days, start, end, tz)

    def add(self, start: datetime, minutes: float) -> datetime:
        """``start`` plus ``minutes`` of working time."""
        local = start.astimezone(self.tz)
        remaining = timedelta(minutes=minutes)
        for _ in range(3660):  # at most ten years of days: a bad spec cannot loop forever
            day_start = datetime.combine(local.date(), self.start, self.tz)
            day_end = datetime.combine(local.date(), self.end, self.tz)
            if local.weekday() in self.days and local < day_end:
                begin = max(local, day_start)
                if begin + remaining <= day_end:
                    return (begin + remaining).astimezone(UTC)
                remaining -= day_end - begin
            local = datetime.combine(local.date() + timedelta(days=1), self.start, self.tz)
        raise InvalidInput("The business hours leave no working time for this deadline.",
                           code="business_hours_no_time")


def _hours_facts(spec: dict[str, Any]) -> dict[str, str]:
    """The facts of business hours a person typed, as the window says them (start, end, time zone)."""
    return {"start": str(spec.get("start", "09:00")), "end": str(spec.get("end", "18:00")),
            "zone": str(spec.get("tz", "UTC"))}


def targets(levels: dict[str, Any] | None, priority: str) -> tuple[int, int]:
    """(first response, resolution) in minutes for an inbox's levels and a priority."""
    levels = levels or {}
    first = (levels.get("first_response") or DEFAULT_FIRST_RESPONSE).get(priority, DEFAULT_FIRST_RESPONSE[priority])
    resolution = (levels.get("resolution") or DEFAULT_RESOLUTION).get(priority, DEFAULT_RESOLUTION[priority])
    return int(first), int(resolution)


def deadlines(levels: dict[str, Any] | None, priority: str, opened: datetime) -> tuple[datetime, datetime]:
    first, resolution = targets(levels, priority)
    hours = BusinessHours.parse((levels or {}).get("business_hours"))
    if hours is None:
        return opened + timedelta(minutes=first), opened + timedelta(minutes=resolution)
    return hours.add(opened, first), hours.add(opened, resolution)


def parse_setting(levels: dict[str, Any], assignment: str) -> dict[str, Any]:
    """Apply one ``first_response.high=120`` or ``business_hours=09:00-18:00@Europe/Madrid`` setting."""
    key, _, value = assignment.partition("=")
    updated = {k: (dict(v) if isinstance(v, dict) else v) for k, v in levels.items()}
    if key == "business_hours":
        if value in ("", "none", "off"):
            updated.pop("business_hours", None)
            return updated
        span, _, zone = value.partition("@")
        start, _, end = span.partition("-")
        spec = {"days": [0, 1, 2, 3, 4], "start": start, "end": end, "tz": zone or "UTC"}
        BusinessHours.parse(spec)
        updated["business_hours"] = spec
        return updated
    kind, _, priority = key.partition(".")
    if kind not in ("first_response", "resolution") or priority not in PRIORITIES:
        raise InvalidInput(f"{assignment!r}: use first_response.PRIORITY=MINUTES or resolution.PRIORITY=MINUTES "
                           f"(priorities: {', '.join(PRIORITIES)}), or business_hours=09:00-18:00@Europe/Madrid.")
    try:
        minutes = int(value)
    except ValueError:
        raise InvalidInput(f"{value!r} is not a number of minutes.", code="not_minutes",
                           params={"value": value}) from None
    if minutes <= 0:
        raise InvalidInput("A target must be at least one minute.", code="target_too_short")
    defaults = DEFAULT_FIRST_RESPONSE if kind == "first_response" else DEFAULT_RESOLUTION
    updated.setdefault(kind, dict(defaults))[priority] = minutes
    return updated
