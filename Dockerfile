# The rp image: one image for every stage service (rp extract, score, report, ingest-server) and rp itself.
#   docker build -t resume-pipeline:0.1.0 .                 # runtime, no OCR
#   docker build -t resume-pipeline:0.1.0-ocr --target ocr .  # with tesseract-ocr (rp extract --ocr)
# Every base image is pinned; docker-compose.yml builds the default target.

# --- build: the same Maven build as ./rp and CI (fat jar cli/target/rp.jar), tests left to CI ---------------
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
# the whole reactor (.dockerignore leaves out target/, data/ and .git): every module the root pom lists
COPY . .
RUN mvn -B -q -DskipTests -Dmaven.test.skip.exec=true package -pl cli -am

# --- base: slim Java 17 runtime, non-root user, the jar -------------------------------------------------------
FROM eclipse-temurin:17.0.13_11-jre-jammy AS base
RUN groupadd --system --gid 10001 rp \
 && useradd --system --uid 10001 --gid rp --home-dir /var/lib/rp --create-home rp
COPY --from=build /src/cli/target/rp.jar /opt/rp/rp.jar
COPY samples /opt/rp/samples
# Memory: the service's heap is a share of the container's limit (-XX:MaxRAMPercentage). rp extract also starts
# --workers Tika worker JVMs of 384 MB heap each (270 MB resident measured after the samples, up to about 450 MB),
# outside that share: size an extract container as heap share + workers x 450 MB + 150 MB (see README,
# Operating). The other stages start no worker.
ENV RP_JAVA_OPTS="-XX:MaxRAMPercentage=60 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError" \
    RP_HTTP_BIND=0.0.0.0 \
    RP_DATA_DIR=/var/lib/rp/data \
    RP_HOME=/opt/rp
USER rp
WORKDIR /var/lib/rp
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $RP_JAVA_OPTS -jar /opt/rp/rp.jar \"$@\"", "rp"]
CMD ["--help"]

# --- ocr: the runtime with tesseract for rp extract --ocr (about 10 s a scanned page) ------------------------
FROM base AS ocr
USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng \
 && rm -rf /var/lib/apt/lists/*
USER rp

# --- runtime (the default target): no OCR --------------------------------------------------------------------
FROM base AS runtime
