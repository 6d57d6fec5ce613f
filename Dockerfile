# Builds the application from the project and runs it on an external PostgreSQL (prod profile).
# The jar carries no embedded PostgreSQL (decision 6): about 101 MB, the image eclipse-temurin:17-jre plus that jar.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY plan-core/pom.xml plan-core/
COPY plan-persistence/pom.xml plan-persistence/
COPY plan-web/pom.xml plan-web/
RUN ./mvnw -B -q dependency:go-offline -DexcludeGroupIds=cn.laoling || true
COPY plan-core plan-core
COPY plan-persistence plan-persistence
COPY plan-web plan-web
COPY seeds seeds
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 ledger
WORKDIR /app
COPY --from=build /src/plan-web/target/plan-web-*.jar app.jar
USER ledger
# 8080 the users' pages, 8081 the actuator (health, metrics, info): keep 8081 off the users' network
EXPOSE 8080 8081
ENV SPRING_PROFILES_ACTIVE=prod
# The heap may take three quarters of the container's memory limit (set one: docs/operations.md, "Memory").
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
