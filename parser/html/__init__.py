"""The HTML reader: a web page → :class:`~parser.blocks.Document`."""
