# syntax=docker/dockerfile:1
# The recruiting application: one image for the web server (the default command), the Celery
# worker, Celery beat and the one-shot migration; docker-compose.yml starts all four from it.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# What WeasyPrint (62 and later) loads at run time: Pango with its FreeType backend and HarfBuzz's
# subsetter. fonts-noto-cjk draws the Chinese in the PDFs; fontconfig builds the font cache once
# here rather than in every process. curl is for the health check.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
        libpango-1.0-0 \
        libpangoft2-1.0-0 \
        libharfbuzz-subset0 \
        fontconfig \
        fonts-noto-cjk \
        curl \
 && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --home-dir /app --no-create-home --shell /usr/sbin/nologin app

# The dependencies, from pyproject.toml alone, so this layer is rebuilt only when they change.
# Without the packages beside it `pip install .` installs every dependency and an empty
# distribution; the code itself runs from /app (PYTHONPATH below), copied in the next step.
COPY pyproject.toml README.md /tmp/build/
RUN pip install /tmp/build && rm -rf /tmp/build

WORKDIR /app
COPY manage.py ./
COPY recruiting/ recruiting/
COPY requisitions/ requisitions/
COPY candidates/ candidates/
COPY interviews/ interviews/
COPY templates/ templates/
COPY static/ static/
COPY locale/ locale/

ENV PYTHONPATH=/app \
    DJANGO_SETTINGS_MODULE=recruiting.settings.production \
    STATIC_ROOT=/app/staticfiles \
    MEDIA_ROOT=/app/var/media \
    WEB_CONCURRENCY=3

# The hashed, compressed static files that whitenoise serves. Production settings refuse to load
# without SECRET_KEY and ALLOWED_HOSTS, so this one command gets throwaway values; they are not
# kept in the image. The SQLite URL only keeps it away from any real database (it opens none).
RUN SECRET_KEY=collectstatic-only-not-a-secret \
    ALLOWED_HOSTS=localhost \
    DATABASE_URL=sqlite:////tmp/collectstatic.sqlite3 \
    python manage.py collectstatic --noinput \
 && rm -f /tmp/collectstatic.sqlite3

# Uploaded files and the beat schedule are the only places the application writes; each is a
# volume in docker-compose.yml. A new named volume takes its owner from these directories.
RUN mkdir -p /app/var/media /var/lib/celery/beat \
 && chown -R app:app /app/var /var/lib/celery

USER 10001:10001

EXPOSE 8000

# Workers: WEB_CONCURRENCY (gunicorn reads it; 3 by default, for 2 cores). Requests to restart
# each worker now and then bound the memory that PDF rendering can leave behind.
CMD ["gunicorn", "recruiting.wsgi:application", \
     "--bind", "0.0.0.0:8000", \
     "--timeout", "60", \
     "--graceful-timeout", "30", \
     "--max-requests", "1000", \
     "--max-requests-jitter", "100", \
     "--worker-tmp-dir", "/dev/shm", \
     "--access-logfile", "-"]
