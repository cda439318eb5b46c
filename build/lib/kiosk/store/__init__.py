"""The only place in Commons Table that speaks SQL."""

from kiosk.store.database import SCHEMA_VERSION, open_database, set_aside_damaged
from kiosk.store.market import Market, open_market

__all__ = ["SCHEMA_VERSION", "Market", "open_database", "open_market", "set_aside_damaged"]
