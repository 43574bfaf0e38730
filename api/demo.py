"""Demo data: a published API token for the demo HR user, so the API can be tried at once
(``curl -H "Authorization: Bearer csh_demo-hr-2026" http://127.0.0.1:8000/api/v1/requisitions/``).
Idempotent; seed_demo refuses to run in production."""

DEMO_TOKEN = "csh_demo-hr-2026"  # noqa: S105 - published on purpose, like the demo passwords


def seed(stdout) -> None:
    from django.contrib.auth import get_user_model

    from api.models import ApiToken
    from api.services import api_token_create, hash_key

    hr = get_user_model().objects.filter(username="hr").first()
    if hr is None or ApiToken.objects.filter(key_hash=hash_key(DEMO_TOKEN)).exists():
        return
    api_token_create(actor=hr, name="Demo token", key=DEMO_TOKEN)
    stdout.write(f"API token of the demo HR user: {DEMO_TOKEN} (docs at /api/docs/)")
