#!/bin/sh
# Numbered lines forever: "tick N" to stdout, and every fifth as "tock N" to stderr,
# one every $TICK_INTERVAL seconds (fractions work: TICK_INTERVAL=0.1).
i=0
while true; do
  i=$((i + 1))
  if [ $((i % 5)) -eq 0 ]; then
    echo "tock $i" >&2
  else
    echo "tick $i"
  fi
  sleep "$TICK_INTERVAL"
done
