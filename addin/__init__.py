"""Handmade Relist: reactivate inactive Amazon Handmade listings in bulk."""

__version__ = "0.1.0"
