"""Small widgets shared by the screens and the window: status bar, read-back strip, type combo."""
