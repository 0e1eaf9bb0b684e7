"""Deterministic demo data: a hub that looks like the one of DOMAIN.md today.

``generate_demo(path, scale=..., seed=..., today=...)`` writes a new HubDesk file;
scale N multiplies every volume (N × 148 teams, N wings of the building, …).
"""

from hubdesk.services.demo.generator import DemoSummary, build_demo, generate_demo
from hubdesk.services.demo.people import DEMO_MANAGER

__all__ = ["DEMO_MANAGER", "DemoSummary", "build_demo", "generate_demo"]
