#!/usr/bin/env bash
# Puts Debian's nginx binary under ./root without installing the package: no service is started, no system file is
# written, and nothing needs root once the package lists are there. The profiles targets/nginx-*.yaml run it with a
# config of their own (proxy.conf, gzip.conf), every path in the run's folder.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The lists may be missing on a fresh machine: refresh them once, then try again.
(cd "$work" && { apt-get download nginx >/dev/null 2>&1 || { apt-get update -qq && apt-get download nginx; }; })
rm -rf root
dpkg -x "$work"/nginx_*.deb root
root/usr/sbin/nginx -v
