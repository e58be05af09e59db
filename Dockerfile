# syntax=docker/dockerfile:1
# The self-help app as a container: a standalone Next.js build run by scripts/server.mjs (JSON logs, metrics,
# graceful drain on SIGTERM) as a non-root user. Content is baked in at /app/content; mount another directory
# over it read-only (`-v /srv/articles:/app/content:ro`) to serve that instead, and set SELFHELP_WATCH=1 to
# pick up its changes without a restart.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- deps: the full install, with build tools for native modules (a SQLite driver compiles from source here)
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# --- build: `next build` writes .next/standalone; postbuild copies static assets and the server entry into it
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
RUN npm run build

# --- runtime: only the standalone output (traced server files and the node_modules they need) and content
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    SELFHELP_CONTENT_DIR=/app/content \
    SELFHELP_CATALOG_CACHE=/var/cache/selfhelp \
    NODE_OPTIONS=--max-old-space-size=384
WORKDIR /app
# The one folder the app writes: the catalog snapshot, so a restart skips the metadata pass. Mount a volume here
# to keep it across containers (it is rebuilt, never trusted, when the build or a file's stamp differs).
RUN mkdir -p /var/cache/selfhelp && chown node /var/cache/selfhelp
# The image's `node` user (uid 1000) owns nothing it serves: the app and content stay read-only to it.
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/content ./content
USER node
EXPOSE 3000
# Ready = catalog loaded and not draining; the balancer uses the same endpoint.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# exec form: node is PID 1's only process and receives SIGTERM itself, so in-flight requests drain.
STOPSIGNAL SIGTERM
# The start-up heap of package.json `config.nodeFlags`, which NODE_OPTIONS does not accept (the cap is set above, in
# NODE_OPTIONS, so that it can be raised when the container is run).
CMD ["node", "--initial-old-space-size=128", "scripts/server.mjs"]
