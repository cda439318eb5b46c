"""Commons Table's core: domain, store and command line. Imports no Qt."""

__version__ = "0.1.0"
