#!/bin/sh
# The README's first ten minutes, in a real terminal (tmux), from a clean folder:
#   1. the README's first command (`monitor demo`) opens the dashboard; the front shows
#      Kupiansk, Izium and Balakliia as Ukrainian and confirmed; filters, map, timeline and
#      help work; q quits it and the demo says how to go on;
#   2. then every command of the README's "Using it" block that reads the front (status,
#      reports, place, tui), read from the README itself, runs in that folder with no
#      extra flag: none prints an error or an empty front.
#
#   scripts/tmux_demo_check.sh                          # a fresh clone, the README's first command verbatim
#                                                       # (creates a venv and installs: needs the network)
#   MONITOR="python -m monitor" scripts/tmux_demo_check.sh   # an empty folder and this monitor (the tests)
#
# Needs tmux (apt-get install -y tmux). Exit status 0 when every check passes.
set -eu

repo=$(cd "$(dirname "$0")/.." && pwd)
readme="$repo/README.md"
command -v tmux >/dev/null 2>&1 || { echo "tmux is not installed (apt-get install -y tmux)" >&2; exit 2; }

work=$(mktemp -d)
# A private tmux server (its own socket): the check neither sees nor disturbs the user's sessions,
# and the server lives until the check ends (a session is replaced by starting the next one
# before killing the last: killing a server's only session stops the server, and a client
# that connects meanwhile fails with "server exited unexpectedly").
socket="monitor-demo-check-$$"
session="demo"
tm() { tmux -L "$socket" "$@"; }
trap 'tm kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

# The README's first command: the first indented line after "On a fresh Debian machine".
first=$(awk '/^On a fresh Debian machine/ { found = 1 } found && /^    [^ ]/ { sub(/^    /, ""); print; exit }' "$readme")
case "$first" in
    *"monitor demo") ;;
    *) echo "FAIL: the README's first command does not end with 'monitor demo': $first" >&2; exit 1 ;;
esac
# The "Using it" commands that read the front, without their comments.
using=$(awk '/^## Using it/ { on = 1; next } /^## / { on = 0 } on && /^    monitor / { sub(/^    /, ""); sub(/  +#.*$/, ""); print }' "$readme" \
        | grep -E '^monitor (tui|status|reports|place)( |$)')
[ -n "$using" ] || { echo "FAIL: no front-reading commands found in the README's Using it block" >&2; exit 1; }

if [ -n "${MONITOR:-}" ]; then
    folder="$work/clean"; mkdir "$folder"
    start="$MONITOR demo"                         # the first command, on the monitor under test
    monitor="$MONITOR"
    patience=120
else
    folder="$work/clone"
    git clone -q "$repo" "$folder"
    start="$first"                                # verbatim: venv, install, demo
    monitor=".venv/bin/monitor"
    patience=900
fi

pane() { tm capture-pane -p -t "$session"; }
fail() { echo "FAIL: $1" >&2; echo "--- the terminal showed:" >&2; pane >&2 || true; exit 1; }
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
no_error() { pane | grep -qiE "error|traceback" && fail "$1 printed an error" || true; }
row() { pane | grep -E "│ $1 " | head -n 1; }
check_row() {
    line=$(row "$1") || true
    [ -n "$line" ] || fail "no row for $1"
    echo "$line" | grep -q "ukraine" || fail "$1 is not shown as ukraine: $line"
    echo "$line" | grep -q "confirmed" || fail "$1 is not shown as confirmed: $line"
    echo "$line" | grep -q "unconfirmed" && fail "$1 is only unconfirmed: $line"
    echo "ok: $(echo "$line" | tr -s ' ' | cut -c1-60)"
}

# 1. The README's first command, in the clean folder.
tm new-session -d -s "$session" -x 100 -y 30 "cd '$folder' && $start; echo demo-exit=\$?; sleep 600"
wait_for "12 of 12 settlements" "$patience"
wait_for "Svatove"
for place in Kupiansk Izium Balakliia; do check_row "$place"; done

tm send-keys -t "$session" f                       # confidence filter: confirmed only
wait_for "3 of 12 settlements"
pane | grep -q "│ Lyman " && fail "the confirmed filter still shows Lyman"
for place in Kupiansk Izium Balakliia; do check_row "$place"; done

# Escape alone: a key sent right after it would arrive as Alt+key.
tm send-keys -t "$session" Escape                  # clear the filters
wait_for "12 of 12 settlements"
tm send-keys -t "$session" /kup Enter               # filter by typing, as fast as one types
wait_for "1 of 12 settlements"
check_row Kupiansk
tm send-keys -t "$session" Escape
wait_for "12 of 12 settlements"

tm send-keys -t "$session" 4                        # the map
wait_for "● confirmed"
pane | grep -q "Kupiansk" || fail "the map does not name Kupiansk"
tm send-keys -t "$session" 1 Enter                  # back to the table, open the first row
wait_for "Timeline"
tm send-keys -t "$session" Escape
wait_gone "Timeline"
tm send-keys -t "$session" '?'
wait_for "Everywhere"
tm send-keys -t "$session" Escape
wait_gone "Everywhere"
tm send-keys -t "$session" q
wait_for "demo-exit=0" 20
wait_for "Go on with"                                 # the demo says where its log is and what to run next
no_error "monitor demo"
echo "ok: monitor demo ran in tmux; Kupiansk, Izium and Balakliia are ukraine, confirmed"

# 2. The README's front-reading commands, in the same folder, as written (no flags added).
echo "$using" | while IFS= read -r command; do
    args=${command#monitor}
    case "$command" in
        "monitor tui"*)
            previous=$session; session="$session-next"
            tm new-session -d -s "$session" -x 100 -y 30 "cd '$folder' && $monitor$args; echo tui-exit=\$?; sleep 600"
            tm kill-session -t "$previous"
            # The status line counts the front once the moment's snapshot is in ("12 of 12 settlements").
            i=0
            until pane | grep -qE " [1-9][0-9]* of [1-9][0-9]* settlements"; do
                i=$((i + 1)); [ "$i" -le 600 ] || fail "$command shows no front (an empty one, or none in 60 s)"
                sleep 0.1
            done
            no_error "$command"
            tm send-keys -t "$session" q
            wait_for "tui-exit=0" 20
            ;;
        *)
            out=$(cd "$folder" && $monitor$args 2>&1) || { echo "$out" >&2; echo "FAIL: $command exited non-zero" >&2; exit 1; }
            echo "$out" | grep -qiE "error|traceback" && { echo "$out" >&2; echo "FAIL: $command printed an error" >&2; exit 1; }
            case "$out" in
                ""|"[]"|"0 settlements"*|*"
0 settlements"|*"
0 unconfirmed reports") echo "$out" >&2; echo "FAIL: $command shows an empty front" >&2; exit 1 ;;
            esac
            ;;
    esac
    echo "ok: $command"
done
echo "ok: every front-reading command of the README answered on the demo's data"
