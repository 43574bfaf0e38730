from django.apps import AppConfig


class BenchmarksConfig(AppConfig):
    """A data set at scale (``seed_scale``) and the benchmark (``bench``): tooling above every app,
    adding no model and no page to the product."""

    name = "benchmarks"
    verbose_name = "Benchmarks"
