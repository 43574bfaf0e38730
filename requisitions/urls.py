"""URLs of the requisitions app; its pages arrive with its features."""

app_name = "requisitions"

urlpatterns: list = []
