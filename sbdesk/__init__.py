"""sbdesk — housing coordination for people exposed to violence in close relationships."""

__version__ = "0.1.0"
