"""The dashboard's panes, each a widget that shows frozen values and reports what the user asks."""
