"""The screens: the start page, and the four of an open session with their layout-only views."""
