#!/usr/bin/env bash
# Installs the system packages the tests need on Debian/Ubuntu: a virtual X server
# (Xvfb) and the X/xcb and Mesa libraries Qt and VTK load, venv for Python,
# poppler to render PDF pages, and gdb to print a native backtrace if the
# desktop tests crash. Uses apt-get as root, or sudo; otherwise says
# what is missing and goes on (the tests that need a display will then fail).
set -euo pipefail

packages=(
  xvfb xauth
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1
  libegl1 libgl1 libgl1-mesa-dri libglx-mesa0 libosmesa6 libdbus-1-3 libfontconfig1 libxrender1
  fonts-dejavu-core poppler-utils
  gdb
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ! python3 -m venv --help >/dev/null 2>&1 || ! python3 -c "import ensurepip" >/dev/null 2>&1; then
  missing+=("python3-venv")
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "system-deps: cannot install ${missing[*]} (not root, no sudo); install them and run again" >&2
  exit 0
fi
echo "system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
