"""Use cases over a session: no Qt, no SQL."""
