"""Venue -> navigation graph -> access routes and evacuation results. Imports :mod:`models` only."""
