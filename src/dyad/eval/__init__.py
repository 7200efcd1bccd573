"""Scoring against gold files (dates, events), shared by the CLI and the tests."""
