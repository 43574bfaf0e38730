from django.urls import path

from simulations import authoring_urls, staff_views, views

app_name = "simulations"

urlpatterns = [
    # The candidate's side: reached only through their status link (the token names one application).
    path("status/<str:token>/work-sample/<int:pk>/", views.take, name="take"),
    path("status/<str:token>/work-sample/<int:pk>/practice/", views.practice, name="practice"),
    path("status/<str:token>/work-sample/<int:pk>/start/", views.start, name="start"),
    path("status/<str:token>/work-sample/<int:pk>/item/<int:position>/", views.item, name="item"),
    path("status/<str:token>/work-sample/<int:pk>/save/<int:item_id>/", views.save, name="save"),
    path("status/<str:token>/work-sample/<int:pk>/paste/<int:item_id>/", views.paste, name="paste"),
    path("status/<str:token>/work-sample/<int:pk>/submit/", views.submit, name="submit"),
    # Staff: invitations, attempts and the rubric reviews.
    path("work-samples/invite/<int:application_id>/", staff_views.invite, name="invite"),
    path("work-samples/attempts/<int:pk>/", staff_views.attempt_detail, name="attempt"),
    path("work-samples/attempts/<int:pk>/<slug:action>/", staff_views.attempt_action, name="attempt_action"),
    path("work-samples/reviews/", staff_views.review_list, name="reviews"),
    path("work-samples/reviews/<int:pk>/", staff_views.review_edit, name="review"),
    *authoring_urls.urlpatterns,
]
