"""The HTML reader: a web page → :class:`~parser.raw.RawDocument`."""
