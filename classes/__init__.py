"""Classes: institutions, classes with join codes, memberships and assignments."""
