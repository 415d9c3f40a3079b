# The monitor daemon in a slim image, running as an unprivileged user.
# Build: docker build -t monitor .
# Run:   docker run -d -v monitor-data:/data -v "$PWD/sources.toml:/app/sources.toml:ro" monitor
# Look:  docker exec <container> monitor status    (or: docker run --rm monitor demo)
# Several daemons on one PostgreSQL: compose.yaml (docker compose up -d --build).
# The postgres extra (psycopg) is installed so one image serves SQLite and PostgreSQL.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 MONITOR_DB=sqlite:////data/monitor.db
WORKDIR /app
COPY pyproject.toml README.md sources.toml ./
COPY monitor ./monitor
COPY migrations ./migrations
RUN pip install --no-cache-dir --upgrade pip && pip install --no-cache-dir ".[postgres]" \
    && useradd --create-home --uid 10001 monitor && mkdir /data && chown monitor /data
USER monitor
VOLUME /data
ENTRYPOINT ["monitor"]
CMD ["run", "--init"]
