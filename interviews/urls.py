"""URLs of the interviews app; its pages arrive with its features."""

app_name = "interviews"

urlpatterns: list = []
