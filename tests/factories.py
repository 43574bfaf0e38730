import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from recruiting.models import Notification
from recruiting.roles import Role

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if create and extracted:
            names = {str(r) for r in extracted}
            groups = list(Group.objects.filter(name__in=names))
            # The groups come from the data migration; a flushed database has none. Fail loudly.
            assert len(groups) == len(names), f"role groups missing: {names - {g.name for g in groups}}"
            self.groups.add(*groups)
        if create:
            self.save()


def hr_user(**kwargs):
    return UserFactory(roles=[Role.HR], **kwargs)


class NotificationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Notification

    recipient = factory.Sequence(lambda n: f"person{n}@example.com")
    template_key = "account/password_changed"
    language = "en"
    context = factory.LazyFunction(lambda: {"name": "Ada", "username": "ada", "changed_at": "2026-11-24 10:00"})


class DepartmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "requisitions.Department"

    name_en = factory.Sequence(lambda n: f"Customer Service {n}")
    name_zh = factory.Sequence(lambda n: f"客户服务部{n}")


class CandidateFactory(factory.django.DjangoModelFactory):
    """A person as the application form leaves them (e-mail lower-cased, education known)."""

    class Meta:
        model = "candidates.Candidate"

    full_name = factory.Sequence(lambda n: f"Person {n}")
    email = factory.Sequence(lambda n: f"person{n}@example.com")
    education = "bachelor"
