"""H5P: package validation, library store, player and xAPI intake."""
