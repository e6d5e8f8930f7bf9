# The container image: `docker build -t rescale-dashboard .`, then see README.md (Deploy).
# scripts/container-smoke.ts reads the `COPY --from=build` lines below and checks that
# the files they copy run on their own, so keep each copy on one line.

FROM node:22-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000 HOSTNAME=0.0.0.0 NEXT_TELEMETRY_DISABLED=1
# Owned by root and read-only to the server: it writes nothing where it runs.
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
USER node
EXPOSE 3000
# Liveness only: readiness (`?ready=1`) also fails while Redis is away, which a restart would not fix.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node is PID 1, so `docker stop`'s SIGTERM reaches the server, which lets requests in flight
# finish for up to SHUTDOWN_GRACE_S (25 s): give it longer than that (`--stop-timeout 30`).
CMD ["node", "server.js"]
