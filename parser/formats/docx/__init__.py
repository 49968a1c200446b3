"""The .docx reader: a Word document → :class:`~parser.raw.RawDocument`."""
