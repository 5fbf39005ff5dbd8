# The client side of the resident console (homey-console daemon), in plain bash: sourced by bin/homey-console.
# Protocol: see homey-console/src/main/java/dev/homeytoolkit/console/daemon/Daemon.java.

# homey_daemon_run DIR BUILD_ID ARG...
#   Runs the command in the daemon serving DIR. On success sets homey_daemon_code to the command's exit code and
#   returns 0. Returns 1, having printed nothing, when no daemon could take it; homey_daemon_state then says why:
#   none (nothing running), starting (one is warming up), busy (a command is running there), stale (it belongs to
#   an older build), denied.
homey_daemon_run() {
  local dir=$1 build=$2 port token pid reply session code name out_pid err_pid
  shift 2
  homey_daemon_state=none
  if [ ! -r "$dir/daemon" ]; then
    if [ -r "$dir/starting" ] && read -r pid <"$dir/starting" && kill -0 "$pid" 2>/dev/null; then
      homey_daemon_state=starting
    fi
    return 1
  fi
  read -r port token pid <"$dir/daemon" 2>/dev/null || return 1
  [ -n "$port" ] && [ -n "$token" ] || return 1
  { exec 7<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
  local env=()
  while IFS= read -r name; do env+=("$name=${!name-}"); done < <(compgen -e)
  # Whatever listens on a stale port may hang up on us: a failed write, not a SIGPIPE that ends this shell.
  trap '' PIPE
  if ! {
    printf 'HOMEY-DAEMON 1\n%s\n%s\n' "$token" "$build"
    printf '%s\0' "$PWD" "${#env[@]}" ${env[@]+"${env[@]}"} "$#" "$@"
  } >&7 2>/dev/null; then
    trap - PIPE
    homey_daemon_state=denied
    exec 7<&-
    return 1
  fi
  trap - PIPE
  # A daemon answers at once; whatever else listens on a stale port gets 10 s.
  read -r -t 10 reply session <&7 || reply=
  case $reply in
    OK) ;;
    BUSY) homey_daemon_state=busy; exec 7<&-; return 1 ;;
    STALE) homey_daemon_state=stale; exec 7<&-; return 1 ;;
    *) homey_daemon_state=denied; exec 7<&-; return 1 ;;
  esac
  if ! { exec 8<>"/dev/tcp/127.0.0.1/$port" 9<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
    exec 7<&- 8<&- 9<&-
    return 1
  fi
  printf 'OUT %s\n' "$session" >&8
  printf 'ERR %s\n' "$session" >&9
  # Each cat holds only its own stream: the control connection must close when this shell goes.
  cat <&8 7<&- 9<&- &
  out_pid=$!
  cat <&9 >&2 7<&- 8<&- &
  err_pid=$!
  exec 8<&- 9<&-
  # Ctrl-C: closing the control connection tells the daemon to stop whatever it runs. `wait`, unlike `read`, returns
  # at once for a trapped signal; the daemon sends EXIT after it closed both streams.
  trap 'kill $out_pid $err_pid 2>/dev/null; exec 7<&-; exit 130' INT TERM
  wait "$out_pid" "$err_pid" 2>/dev/null
  read -r -t 10 reply code <&7 || reply=
  exec 7<&-
  trap - INT TERM
  if [ "$reply" = EXIT ]; then homey_daemon_code=$code; else homey_daemon_code=1; fi
  return 0
}
