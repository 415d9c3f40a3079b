# The monitor in a slim image, running as an unprivileged user.
# Build: docker build -t monitor .   Run: docker run --rm -v monitor-data:/data monitor
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 MONITOR_DB=sqlite:////data/monitor.db
WORKDIR /app
COPY pyproject.toml README.md sources.toml ./
COPY monitor ./monitor
COPY migrations ./migrations
RUN pip install --no-cache-dir --upgrade pip && pip install --no-cache-dir . \
    && useradd --create-home --uid 10001 monitor && mkdir /data && chown monitor /data
USER monitor
VOLUME /data
ENTRYPOINT ["monitor"]
CMD ["demo"]
