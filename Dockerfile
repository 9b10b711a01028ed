# One image for every role: EventFly__Role=All (default), Web (UI + API + hub, applies migrations) or Worker (background jobs).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig dotnet-tools.json ./
COPY EventFly.Domain/EventFly.Domain.csproj EventFly.Domain/
COPY EventFly.Services/EventFly.Services.csproj EventFly.Services/
COPY EventFly.Migrations.Sqlite/EventFly.Migrations.Sqlite.csproj EventFly.Migrations.Sqlite/
COPY EventFly.Migrations.SqlServer/EventFly.Migrations.SqlServer.csproj EventFly.Migrations.SqlServer/
COPY EventFly.Migrations.PostgreSql/EventFly.Migrations.PostgreSql.csproj EventFly.Migrations.PostgreSql/
COPY EventFly.Client/EventFly.Client.csproj EventFly.Client/
COPY EventFly.Web/EventFly.Web.csproj EventFly.Web/
RUN dotnet restore EventFly.Web/EventFly.Web.csproj
COPY EventFly.Domain/ EventFly.Domain/
COPY EventFly.Services/ EventFly.Services/
COPY EventFly.Migrations.Sqlite/ EventFly.Migrations.Sqlite/
COPY EventFly.Migrations.SqlServer/ EventFly.Migrations.SqlServer/
COPY EventFly.Migrations.PostgreSql/ EventFly.Migrations.PostgreSql/
COPY EventFly.Client/ EventFly.Client/
COPY EventFly.Web/ EventFly.Web/
RUN dotnet publish EventFly.Web/EventFly.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    EventFly__DataPath=/data
RUN mkdir -p /data && chown app /data
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "EventFly.Web.dll"]
