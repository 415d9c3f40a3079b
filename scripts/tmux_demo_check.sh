#!/bin/sh
# `monitor demo` in a real terminal (tmux): the dashboard opens, keys work, and the front
# table shows Kupiansk, Izium and Balakliia as Ukrainian and confirmed.
#
#   scripts/tmux_demo_check.sh            # uses `monitor` on PATH (else python3 -m monitor)
#   MONITOR="python -m monitor" scripts/tmux_demo_check.sh
#
# Needs tmux (apt-get install -y tmux). Exit status 0 when every check passes.
set -eu

if [ -z "${MONITOR:-}" ]; then
    if command -v monitor >/dev/null 2>&1; then MONITOR=monitor; else MONITOR="python3 -m monitor"; fi
fi
command -v tmux >/dev/null 2>&1 || { echo "tmux is not installed (apt-get install -y tmux)" >&2; exit 2; }

work=$(mktemp -d)
session="monitor-demo-check-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT

pane() { tmux capture-pane -p -t "$session"; }
fail() { echo "FAIL: $1" >&2; echo "--- the terminal showed:" >&2; pane >&2; exit 1; }
# Wait (up to $2 seconds, default 60) until the terminal shows $1.
wait_for() {
    limit=$(( ${2:-60} * 10 )); i=0
    until pane | grep -qF -- "$1"; do
        i=$((i + 1)); [ "$i" -le "$limit" ] || fail "waited for '$1'"
        sleep 0.1
    done
}
# Wait until the terminal no longer shows $1.
wait_gone() {
    i=0
    while pane | grep -qF -- "$1"; do
        i=$((i + 1)); [ "$i" -le 200 ] || fail "waited for '$1' to go"
        sleep 0.1
    done
}
row() { pane | grep -E "│ $1 " | head -n 1; }
check_row() {
    line=$(row "$1") || true
    [ -n "$line" ] || fail "no row for $1"
    echo "$line" | grep -q "ukraine" || fail "$1 is not shown as ukraine: $line"
    echo "$line" | grep -q "confirmed" || fail "$1 is not shown as confirmed: $line"
    echo "$line" | grep -q "unconfirmed" && fail "$1 is only unconfirmed: $line"
    echo "ok: $(echo "$line" | tr -s ' ' | cut -c1-60)"
}

tmux new-session -d -s "$session" -x 100 -y 30 \
    "cd '$work' && $MONITOR demo; echo demo-exit=\$?; sleep 600"
wait_for "12 of 12 settlements" 120
wait_for "Svatove"
for place in Kupiansk Izium Balakliia; do check_row "$place"; done

tmux send-keys -t "$session" f                       # confidence filter: confirmed only
wait_for "3 of 12 settlements"
pane | grep -q "│ Lyman " && fail "the confirmed filter still shows Lyman"
for place in Kupiansk Izium Balakliia; do check_row "$place"; done

# Escape alone: a key sent right after it would arrive as Alt+key.
tmux send-keys -t "$session" Escape                  # clear the filters
wait_for "12 of 12 settlements"
tmux send-keys -t "$session" /kup Enter               # filter by typing, as fast as one types
wait_for "1 of 12 settlements"
check_row Kupiansk
tmux send-keys -t "$session" Escape
wait_for "12 of 12 settlements"

tmux send-keys -t "$session" 4                        # the map
wait_for "● confirmed"
pane | grep -q "Kupiansk" || fail "the map does not name Kupiansk"
tmux send-keys -t "$session" 1 Enter                  # back to the table, open the first row
wait_for "Timeline"
tmux send-keys -t "$session" Escape
wait_gone "Timeline"
tmux send-keys -t "$session" '?'
wait_for "Everywhere"
tmux send-keys -t "$session" Escape
wait_gone "Everywhere"
tmux send-keys -t "$session" q
wait_for "demo-exit=0" 20
echo "ok: monitor demo ran in tmux; Kupiansk, Izium and Balakliia are ukraine, confirmed"
