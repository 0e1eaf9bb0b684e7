"""HubDesk: the desk application of a district social-economy hub center."""

__version__ = "0.1.0"
