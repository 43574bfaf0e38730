from django.urls import path

from candidates import board_views, offer_views, staff_views, views

app_name = "candidates"

urlpatterns = [
    path("status/<str:token>/", views.status, name="status"),
    path("status/<str:token>/withdraw/", views.withdraw, name="withdraw"),
    path("status/<str:token>/offer/", views.offer_answer, name="offer_answer"),
    path("status/<str:token>/offer.pdf", views.offer_letter_for_candidate, name="offer_letter_candidate"),
    path("applications/<int:application_id>/offer/", offer_views.offer_create, name="offer_create"),
    path("offers/<int:pk>/", offer_views.offer_detail, name="offer"),
    path("offers/<int:pk>/edit/", offer_views.offer_edit, name="offer_edit"),
    path("offers/<int:pk>/letter/<int:version>.pdf", offer_views.offer_letter, name="offer_letter"),
    path("offers/<int:pk>/<slug:action>/", offer_views.offer_action, name="offer_action"),
    path("probation/<int:pk>/", offer_views.probation_detail, name="probation"),
    path("probation/<int:pk>/review/", offer_views.probation_review, name="probation_review"),
    path("probation/<int:pk>/outcome/", offer_views.probation_outcome, name="probation_outcome"),
    path("resumes/<int:pk>/", views.resume_download, name="resume_download"),
    path("", staff_views.application_list, name="list"),
    path("board/<int:requisition_id>/", board_views.board, name="board"),
    path("board/<int:requisition_id>/move/<int:pk>/", board_views.board_move, name="board_move"),
    path("<int:pk>/", staff_views.candidate_detail, name="detail"),
    path("<int:pk>/tags/", staff_views.candidate_tags, name="tags"),
    path("<int:pk>/notes/", staff_views.candidate_note, name="note"),
    path("<int:pk>/add-to-requisition/", staff_views.candidate_add_to_requisition, name="add_to_requisition"),
    path("pool/", staff_views.talent_pool, name="pool"),
    path("bulk/", staff_views.applications_bulk, name="bulk"),
    path("<int:pk>/export.json", staff_views.candidate_export_json, name="export"),
    path("<int:pk>/erase/", staff_views.candidate_erase_view, name="erase"),
    path("<int:pk>/merge/", staff_views.candidate_merge_view, name="merge"),
    path("applications/<int:pk>/move/", staff_views.application_move, name="move"),
    path("applications/<int:pk>/revoke-links/", staff_views.application_revoke_links_view, name="revoke_links"),
]

# HR's lists: rejection reasons and candidate messages (appended as one block, with its import).
from candidates import list_views  # noqa: E402

urlpatterns += [
    path("settings/", list_views.lists, name="lists"),
    path("settings/reasons/add/", list_views.reason_form, name="reason_add"),
    path("settings/reasons/<int:pk>/", list_views.reason_form, name="reason_edit"),
    path("settings/messages/add/", list_views.message_form, name="message_add"),
    path("settings/messages/<int:pk>/", list_views.message_form, name="message_edit"),
]

# HR imports people from a spreadsheet into the talent pool.
from candidates import import_views  # noqa: E402

urlpatterns += [
    path("imports/", import_views.import_list, name="imports"),
    path("imports/new/", import_views.import_new, name="import_new"),
    path("imports/template.csv", import_views.import_template, name="import_template"),
    path("imports/<int:pk>/", import_views.import_detail, name="import_detail"),
    path("imports/<int:pk>/progress/", import_views.import_progress, name="import_progress"),
]
