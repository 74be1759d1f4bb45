#!/bin/sh
# Chooses the site configuration: HTTPS (with HTTP redirecting to it) when a certificate is
# mounted in /etc/nginx/certs, plain HTTP otherwise. Then runs nginx in the foreground.
set -eu
if [ -f /etc/nginx/certs/fullchain.pem ] && [ -f /etc/nginx/certs/privkey.pem ]; then
  cp /etc/nginx/naast/https.conf /etc/nginx/conf.d/default.conf
  echo "naast proxy: HTTPS with the certificate in /etc/nginx/certs"
else
  cp /etc/nginx/naast/http.conf /etc/nginx/conf.d/default.conf
  echo "naast proxy: plain HTTP (no fullchain.pem/privkey.pem in /etc/nginx/certs)"
fi
exec nginx -g 'daemon off;'
