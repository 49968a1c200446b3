"""Readers, one package per input format."""
