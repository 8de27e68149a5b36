"""What a menu action and a screen button both do: open, close (finalise, addenda), export."""
