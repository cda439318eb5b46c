"""Several kiosks at one market: the journal files they share (files), folding them into the store
(kiosk/store/journal.py), one exchange with a folder (exchange), the kiosk's own Syncthing (syncthing), and
pairing, the journal folder and USB sticks (sharing)."""
