#!/bin/sh
echo "schema engine unavailable offline: use npm run db:diff / npm run db:migrate:create" >&2
exit 1
