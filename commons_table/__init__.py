"""The command line: the one place above both the core (kiosk/) and the screens (ui/)."""
