"""Packaging HubDesk for the hub's PCs: the PyInstaller spec's helpers, the build script
and the start-up measurement (``installer/build.py``, ``installer/measure.py``)."""
