"""The kiosk window's parts, one job each; ui.main_window.KioskWindow puts them together."""
