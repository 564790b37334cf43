"""Benchmarks and the synthetic report corpus generator (bench.generate)."""
