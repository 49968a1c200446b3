"""The plain-text reader: decoded lines for the line-oriented layout stage."""
