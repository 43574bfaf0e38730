"""Applying, on the public careers pages (mounted with requisitions' careers URLs at /careers/)."""

from django.urls import path

from candidates import views

urlpatterns = [
    path("<slug:slug>/apply/", views.apply, name="apply"),
    path("<slug:slug>/applied/", views.applied, name="applied"),
]
