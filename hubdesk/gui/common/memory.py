"""Keep Python's collector off the objects a window lives with.

After the imports and the pages are built, some 100,000 objects live as long as the
window; a full collection walks them all (about 40 ms on the hub's PCs) at whatever
step of a person's work it happens to fall on. Once a window's pages are built they are
frozen out of the collector (``gc.freeze``); a new window thaws them first, so that the
old window's cycles can be collected.
"""

from __future__ import annotations

import gc


def freeze_long_lived() -> None:
    """Collect what is garbage now, then leave everything alive out of later collections."""
    gc.collect()
    gc.freeze()


def thaw() -> None:
    """Let the collector see every object again (before a window is replaced)."""
    gc.unfreeze()
