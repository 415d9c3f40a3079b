"""The dashboard's screens: the main one, a place's timeline, and the small dialogs."""
