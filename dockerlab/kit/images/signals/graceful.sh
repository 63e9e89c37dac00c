#!/bin/sh
# As PID 1, a process gets only the signals it has a handler for: this script installs
# handlers (trap) for SIGTERM and SIGINT. `sleep & wait` keeps the shell interruptible.
echo "graceful: running as PID $$; stop me with SIGTERM"
trap 'echo "graceful: got SIGTERM, cleaning up"; sleep "$CLEANUP_SECONDS"; echo "graceful: bye"; exit 143' TERM
trap 'echo "graceful: got SIGINT"; exit 130' INT
while true; do
  sleep 1 &
  wait $!
done
