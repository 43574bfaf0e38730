"""The benchmark's URLconf: the product's, plus the floor views under /bench-floor/."""

from django.urls import include, path

from benchmarks import floor

urlpatterns = [
    path("bench-floor/careers/", floor.careers),
    path("bench-floor/job/<slug:slug>/", floor.job),
    path("bench-floor/requisitions/", floor.requisitions),
    path("bench-floor/board/<int:requisition_id>/", floor.board),
    path("bench-floor/search/", floor.search),
    path("bench-floor/candidate/<int:pk>/", floor.candidate),
    path("bench-floor/review/<int:requisition_id>/", floor.review),
    path("bench-floor/dashboard/", floor.dashboard),
    path("", include("recruiting.urls")),
]
