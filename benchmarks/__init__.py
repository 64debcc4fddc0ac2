"""On-demand benchmarks for crosscheck (never run by the test suite); see README.md."""
