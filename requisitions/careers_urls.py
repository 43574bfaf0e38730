"""The public careers pages, mounted at /careers/ (namespace "careers", composed in recruiting.urls)."""

from django.urls import path

from requisitions.views import careers

urlpatterns = [
    path("", careers.posting_list, name="list"),
    path("feed.json", careers.posting_feed, name="feed"),
    path("<slug:slug>/", careers.posting_detail, name="detail"),
]
