# Otopair: a multi-stage build of the production jar, run as a non-root user.
#   docker build -t otopair .
#   docker run -p 8080:8080 -e OTOPAIR_PUBLIC_URL=https://otopair.example \
#     -e OTOPAIR_SECURITY_REMEMBER_ME_KEY=... -e OTOPAIR_BOOKING_LINK_SECRET=... \
#     -e SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/otopair \
#     -e SPRING_DATASOURCE_USERNAME=otopair -e SPRING_DATASOURCE_PASSWORD=... otopair
# Without SPRING_DATASOURCE_URL the image runs its embedded PostgreSQL, with data in /data.

FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -Pproduction dependency:go-offline
COPY src src
COPY frontend frontend
COPY liquibase liquibase
COPY themes themes
RUN mvn -B -ntp -Pproduction -DskipTests package \
 && cp target/otopair-*.jar /src/otopair.jar \
 && java -Djarmode=tools -jar /src/otopair.jar extract --destination /src/app

FROM eclipse-temurin:25-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system otopair \
 && useradd --system --gid otopair --home-dir /app --shell /usr/sbin/nologin otopair \
 && mkdir -p /app /data \
 && chown otopair:otopair /app /data
WORKDIR /app
# The jar extracted (the application's jar beside lib/): the layout the JVM's AOT cache needs.
COPY --from=build --chown=otopair:otopair /src/app /app
USER otopair
ENV SPRING_PROFILES_ACTIVE=prod \
    OTOPAIR_EMBEDDED_POSTGRES_DATA_DIRECTORY=/data/postgres \
    OTOPAIR_FILES_DIRECTORY=/data/files \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# The AOT cache (JDK 25, Spring Boot's "AOT Cache"): a training run starts the application until its
# context has refreshed (on a throwaway embedded database, then deleted) and the JVM writes the
# classes it loaded, linked, into otopair.aot; every start then reads them from there.
# bench/cluster/run.sh startup measures what it saves. Without the file (a failed training run) the
# JVM logs that it cannot map the cache and starts as before (checked with JDK 25.0.3). The training
# run exits without stopping its embedded PostgreSQL; the server ends with this build step.
RUN OTOPAIR_EMBEDDED_POSTGRES_DATA_DIRECTORY=/tmp/training-postgres \
    OTOPAIR_FILES_DIRECTORY=/tmp/training-files \
    OTOPAIR_PUBLIC_URL=http://localhost:8080 \
    OTOPAIR_SECURITY_REMEMBER_ME_KEY=training-only \
    OTOPAIR_BOOKING_LINK_SECRET=training-only \
    java -XX:AOTCacheOutput=/app/otopair.aot -Dspring.context.exit=onRefresh -jar /app/otopair.jar \
 || echo "The AOT cache's training run failed: the image starts without the cache, only slower" >&2; \
 rm -rf /tmp/training-postgres /tmp/training-files
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=/app/otopair.aot", "-jar", "/app/otopair.jar"]
