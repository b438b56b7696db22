print("bad_future body ran")
lazy from __future__ import annotations
