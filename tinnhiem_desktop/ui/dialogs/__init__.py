"""Dialogs and modal questions: finalise, addendum, minutes and import previews, the Prompter."""
