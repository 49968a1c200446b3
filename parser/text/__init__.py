"""The plain-text reader: text converted from the official PDF, read in named
stages (classify lines → header → assemble blocks), each testable alone."""
