from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import SimpleRouter

from api import account_views
from api.views.candidates import ApplicationViewSet, CandidateViewSet
from api.views.interviews import InterviewViewSet, ScorecardViewSet
from api.views.offers import OfferViewSet
from api.views.postings import PostingViewSet
from api.views.requisitions import RequisitionViewSet

router = SimpleRouter(use_regex_path=False)
router.register("postings", PostingViewSet, basename="posting")
router.register("requisitions", RequisitionViewSet, basename="requisition")
router.register("candidates", CandidateViewSet, basename="candidate")
router.register("applications", ApplicationViewSet, basename="application")
router.register("interviews", InterviewViewSet, basename="interview")
router.register("scorecards", ScorecardViewSet, basename="scorecard")
router.register("offers", OfferViewSet, basename="offer")

app_name = "api"

urlpatterns = [
    path("api/v1/", include(router.urls)),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    re_path(r"^api/", account_views.api_not_found),  # an unknown API address answers in the API's format
    path("accounts/api-tokens/", account_views.token_list, name="tokens"),
    path("accounts/api-tokens/<int:pk>/revoke/", account_views.token_revoke, name="token_revoke"),
]
