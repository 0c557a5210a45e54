"""Rule-set tables (``*.json``): occupant densities by space use and egress criteria, each figure with its source.

Read them through :mod:`routing.evacuation.rulesets`; this package only holds the data.
"""
