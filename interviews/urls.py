from django.urls import path

from interviews import views

app_name = "interviews"

urlpatterns = [
    path("", views.my_interviews, name="mine"),
    path("schedule/<int:application_id>/", views.interview_schedule, name="schedule"),
    path("<int:pk>/", views.interview_detail, name="detail"),
    path("<int:pk>/edit/", views.interview_edit, name="edit"),
    path("<int:pk>/cancel/", views.interview_cancel, name="cancel"),
    path("<int:pk>/invite.ics", views.interview_ics, name="ics"),
    path("<int:pk>/scorecard/", views.scorecard_edit, name="scorecard_edit"),
    path("scorecards/<int:pk>/", views.scorecard_detail, name="scorecard"),
    path("scorecards/<int:pk>/amend/", views.scorecard_amend, name="scorecard_amend"),
    path("review/<int:requisition_id>/", views.review, name="review"),
    path("questions/", views.question_list, name="questions"),
    path("questions/add/", views.question_form, name="question_add"),
    path("questions/<int:pk>/", views.question_form, name="question_edit"),
]
