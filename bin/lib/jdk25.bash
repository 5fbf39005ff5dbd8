# Finding a JDK 25, in plain bash (no subprocesses: the launcher does this on every start). Sourced by bin/jdk25 and
# bin/homey-console.

homey_is_jdk25() {
  local line
  [ -x "$1/bin/java" ] && [ -r "$1/release" ] || return 1
  while IFS= read -r line; do
    case $line in JAVA_VERSION=\"25*) return 0 ;; esac
  done <"$1/release"
  return 1
}

# Sets homey_jdk to the home of a JDK 25: HOMEY_JAVA_HOME, JAVA_HOME, the usual install folders, then the java on
# PATH. Returns 1, with homey_jdk empty, when there is none.
homey_find_jdk25() {
  local home
  homey_jdk=
  for home in "${HOMEY_JAVA_HOME:-}" "${JAVA_HOME:-}"; do
    if [ -n "$home" ] && homey_is_jdk25 "$home"; then homey_jdk=$home; return 0; fi
  done
  for home in /usr/lib/jvm/* "$HOME"/.jdks/* "$HOME"/.sdkman/candidates/java/* /opt/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if homey_is_jdk25 "$home"; then homey_jdk=$home; return 0; fi
  done
  if command -v java >/dev/null 2>&1; then
    home=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
    if [ -n "$home" ] && homey_is_jdk25 "$home"; then homey_jdk=$home; return 0; fi
  fi
  return 1
}

homey_no_jdk25() {
  cat >&2 <<'MSG'
homey-console needs a JDK 25 and none was found (looked in HOMEY_JAVA_HOME, JAVA_HOME, /usr/lib/jvm,
~/.jdks, ~/.sdkman, /opt and the java on PATH). Install Temurin 25 (https://adoptium.net/temurin/releases/?version=25;
on Debian/Ubuntu: apt-get install temurin-25-jdk from the Adoptium repository), or point HOMEY_JAVA_HOME at one.
MSG
}
