from django.urls import path

from requisitions.views import profiles, staff

app_name = "requisitions"

urlpatterns = [
    path("", staff.requisition_list, name="list"),
    path("new/", staff.requisition_create, name="create"),
    path("<int:pk>/", staff.requisition_detail, name="detail"),
    path("<int:pk>/edit/", staff.requisition_edit, name="edit"),
    path("<int:pk>/submit/", staff.requisition_submit, name="submit"),
    path("<int:pk>/decide/", staff.requisition_decide, name="decide"),
    path("<int:pk>/move/<slug:action>/", staff.requisition_move, name="move"),
    path("<int:pk>/dates/", staff.requisition_dates, name="dates"),
    path("<int:pk>/rows/new/", staff.row_add, name="row_add"),
    path("<int:pk>/rows/<int:row_pk>/edit/", staff.row_edit, name="row_edit"),
    path("<int:pk>/rows/<int:row_pk>/delete/", staff.row_delete, name="row_delete"),
    path("<int:pk>/rows/<int:row_pk>/move/", staff.row_move, name="row_move"),
    path("<int:pk>/questions/new/", staff.question_add, name="question_add"),
    path("<int:pk>/questions/<int:question_pk>/delete/", staff.question_delete, name="question_delete"),
    path("profiles/", profiles.profile_list, name="profile_list"),
    path("profiles/new/", profiles.profile_create, name="profile_create"),
    path("profiles/<int:pk>/", profiles.profile_detail, name="profile_detail"),
    path("profiles/<int:pk>/edit/", profiles.profile_edit, name="profile_edit"),
]
