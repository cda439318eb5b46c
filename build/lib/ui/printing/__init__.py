"""Everything the kiosk puts on paper: the painter (painter.py), where pages go (output.py), the signs."""
