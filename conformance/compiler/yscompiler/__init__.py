"""The yieldspec scenario compiler: spec/scenarios/<category>/<name>.py -> C for the runtime.

The front end is spec/tools/subset.py (parse + validate); this package only lowers.
"""
