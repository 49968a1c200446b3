"""The tree helpers everyone uses: one walker over nodes (:func:`walk_nodes`)
and over every text with its spans (:func:`text_sites`), lookup by id
(:func:`node_index`), and one loader for "tree JSON or document" that always
validates (:func:`load_tree`). ``check``, ``search``, ``align``, ``render``
and the builder's passes use these; none walks the tree by hand.
"""
from .load import NotATree, is_tree, is_tree_file, load_tree, read_tree_json, source_file, checked_tree
from .texts import Site, node_index, text_sites, walk_nodes, walk_with_sections

__all__ = ["NotATree", "Site", "checked_tree", "is_tree", "is_tree_file", "load_tree", "node_index",
           "read_tree_json", "source_file", "text_sites", "walk_nodes", "walk_with_sections"]
