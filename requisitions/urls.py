from django.urls import path

from requisitions.views import demand_table, profiles, staff

REQUISITION = {"kind": "requisition"}
PROFILE = {"kind": "profile"}

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
    path("<int:pk>/rows/new/", demand_table.row_add, REQUISITION, name="row_add"),
    path("<int:pk>/rows/<int:row_pk>/edit/", demand_table.row_edit, REQUISITION, name="row_edit"),
    path("<int:pk>/rows/<int:row_pk>/delete/", demand_table.row_delete, REQUISITION, name="row_delete"),
    path("<int:pk>/rows/<int:row_pk>/move/", demand_table.row_move, REQUISITION, name="row_move"),
    path("<int:pk>/questions/new/", staff.question_add, name="question_add"),
    path("<int:pk>/questions/<int:question_pk>/delete/", staff.question_delete, name="question_delete"),
    path("profiles/", profiles.profile_list, name="profile_list"),
    path("profiles/new/", profiles.profile_create, name="profile_create"),
    path("profiles/<int:pk>/", profiles.profile_detail, name="profile_detail"),
    path("profiles/<int:pk>/edit/", profiles.profile_edit, name="profile_edit"),
    path("profiles/<int:pk>/rows/new/", demand_table.row_add, PROFILE, name="profile_row_add"),
    path("profiles/<int:pk>/rows/<int:row_pk>/edit/", demand_table.row_edit, PROFILE, name="profile_row_edit"),
    path("profiles/<int:pk>/rows/<int:row_pk>/delete/", demand_table.row_delete, PROFILE, name="profile_row_delete"),
    path("profiles/<int:pk>/rows/<int:row_pk>/move/", demand_table.row_move, PROFILE, name="profile_row_move"),
]
