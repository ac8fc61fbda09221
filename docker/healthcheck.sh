#!/bin/bash
# Docker HEALTHCHECK of a Keydesk node: HTTP 200 from readiness on the management port, with nothing but bash
# (the JRE image promises no curl). Runs inside the container, so loopback reaches the management server when
# it listens on 127.0.0.1 (the default) or on every address; a specific address is asked directly.
set -u
port=${MANAGEMENT_SERVER_PORT:-8081}
address=${MANAGEMENT_SERVER_ADDRESS:-127.0.0.1}
case $address in
    0.0.0.0 | :: | '[::]' | '') address=127.0.0.1 ;;
esac
{ exec 3<>"/dev/tcp/${address}/${port}"; } 2>/dev/null || exit 1
printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS= read -r -t 3 status <&3 || exit 1
case $status in
    "HTTP/1."?" 200"*) exit 0 ;;
    *) exit 1 ;;
esac
