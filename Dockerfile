# The Policy Graph app (API + web app). With NEO4J_URI set it uses Neo4j, else an embedded store in /app/data.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=development \
    HOST=0.0.0.0 \
    PORT=3000
COPY package.json package-lock.json ./
# devDependencies are needed at runtime: tsx runs the TypeScript sources and vite builds the web app on first start.
RUN npm ci --no-audit --no-fund
COPY . .
EXPOSE 3000
# Ingests seeds/ into an empty store, then serves http://0.0.0.0:3000/
CMD ["npm", "start"]
