"""The .docx reader: a Word document → :class:`~parser.blocks.Document`."""
