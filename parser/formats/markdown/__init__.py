"""The Markdown reader (``.md``): see :mod:`.reader`."""
