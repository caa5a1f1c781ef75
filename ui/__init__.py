"""The Qt front end; the only package that may import Qt."""
