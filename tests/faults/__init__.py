"""Fault tests: crashes, full disk, bad files, concurrent writers, bad values."""
