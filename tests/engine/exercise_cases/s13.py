"""Wrong answers to notebook 13's exercises (each writes its compose.yaml as a learner would,
in the folder the exercise names, under the current directory)."""

WRONG = {
    # client waits for web to start, not to be healthy: web has no health check
    "13.1": (
        """mkdir -p ex13-app
cat > ex13-app/compose.yaml <<'EOF'
name: ex13
services:
  web:
    image: dockerlab/web
    ports:
      - "127.0.0.1::80"
  client:
    image: dockerlab/busybox
    command: ["wget", "-q", "-O-", "http://web/"]
    depends_on: [web]
EOF
cd ex13-app
docker compose up client
""",
        "add a healthcheck",
    ),
    # down -v between the runs: the count starts again each time
    "13.2": (
        """mkdir -p ex13-keep
cat > ex13-keep/compose.yaml <<'EOF'
name: ex13-keep
services:
  counter:
    image: dockerlab/busybox
    command: ["sh", "-c", "date >> /data/starts; wc -l < /data/starts"]
    volumes:
      - data:/data
volumes:
  data:
EOF
cd ex13-keep
docker compose up
docker compose down -v
docker compose up
docker compose down -v
docker compose up
""",
        "without -v",
    ),
}
