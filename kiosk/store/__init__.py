"""The only place in Commons Table that speaks SQL."""

from kiosk.store.database import SCHEMA_VERSION, open_database, open_readonly, set_aside_damaged
from kiosk.store.market import Market, open_market, open_market_readonly

__all__ = ["SCHEMA_VERSION", "Market", "open_database", "open_market", "open_market_readonly", "open_readonly",
           "set_aside_damaged"]
