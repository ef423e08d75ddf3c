"""The benchmarks: `make bench` (run.py), `make bench-startup` (startup.py), `make bench-dates` (dates_bench.py)."""
