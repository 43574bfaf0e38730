from django.urls import path

from candidates import views

app_name = "candidates"

urlpatterns = [
    path("status/<str:token>/", views.status, name="status"),
    path("status/<str:token>/withdraw/", views.withdraw, name="withdraw"),
    path("resumes/<int:pk>/", views.resume_download, name="resume_download"),
]
