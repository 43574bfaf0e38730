"""URLs of the candidates app; its pages arrive with its features."""

app_name = "candidates"

urlpatterns: list = []
