#!/usr/bin/env bash
# Install the Debian packages the project needs when a command they provide is missing:
#   scripts/ensure-debian-packages.sh COMMAND=PACKAGE [COMMAND=PACKAGE ...]
# COMMAND may be a name on PATH or an absolute path (a program or any file, such as a
# font). Nothing happens when all are present.
set -euo pipefail

missing=()
for pair in "$@"; do
  cmd=${pair%%=*}
  pkg=${pair#*=}
  if [[ $cmd == /* ]]; then
    [ -e "$cmd" ] && continue
  else
    command -v "$cmd" >/dev/null 2>&1 && continue
  fi
  missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}"
sudo=()
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "Please install as root: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
