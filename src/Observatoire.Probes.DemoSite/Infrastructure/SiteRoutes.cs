using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Observatoire.Probes.DemoSite.FranceConnect;

namespace Observatoire.Probes.DemoSite.Infrastructure;

internal static class SiteRoutes
{
    // Relaxed escaping keeps French text readable; the output is served as JSON, never inlined in HTML.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly ConcurrentDictionary<string, byte[]> Assets = new(StringComparer.Ordinal);

    public static void Map(WebApplication app, SiteRuntime runtime)
    {
        app.Use((context, next) => Faults.InvokeAsync(context, next, runtime));

        app.MapGet("/", context => IndexAsync(context, runtime));
        app.MapGet("/favicon.ico", context =>
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
        app.MapGet("/assets/{file}", context => AssetAsync(context, (string)context.GetRouteValue("file")!));
        app.MapGet("/__demo/submissions", context =>
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            return context.Response.WriteAsync(JsonSerializer.Serialize(runtime.Submissions.Snapshot(), Json), context.RequestAborted);
        });
        app.MapGet("/__demo/health", context => context.Response.WriteAsync("ok", context.RequestAborted));

        var fc = runtime.FranceConnect;
        app.MapGet("/franceconnect/authorize", fc.AuthorizeAsync);
        app.MapGet("/franceconnect/interaction/{uid}", context => fc.ChoicePageAsync(context, (string)context.GetRouteValue("uid")!));
        app.MapPost("/franceconnect/redirect-to-idp", fc.RedirectToIdpAsync);
        app.MapGet("/fournisseur-identite/authorize", fc.IdpLoginPageAsync);
        app.MapPost("/fournisseur-identite/login", fc.IdpLoginAsync);
        app.MapGet("/franceconnect/oidc-callback", fc.OidcCallbackAsync);
        app.MapGet("/franceconnect/interaction/{uid}/consent", context => fc.ConsentPageAsync(context, (string)context.GetRouteValue("uid")!));
        app.MapPost("/franceconnect/login", fc.LoginAsync);
        app.MapPost("/franceconnect/token", fc.TokenAsync);
        app.MapGet("/franceconnect/userinfo", fc.UserInfoAsync);
        app.MapGet("/franceconnect/.well-known/openid-configuration", FranceConnectSimulator.DiscoveryAsync);

        app.MapMethods("/{id}/{**rest}", [HttpMethods.Get, HttpMethods.Post], context =>
        {
            var id = (string)context.GetRouteValue("id")!;
            var rest = context.GetRouteValue("rest") as string ?? string.Empty;
            if (rest.Length == 0 && context.Request.Path.Value?.EndsWith('/') != true)
            {
                // "/rsa" → "/rsa/": relative links on the start page need the slash.
                context.Response.Redirect($"/{id}/{context.Request.QueryString}");
                return Task.CompletedTask;
            }

            return runtime.Endpoints.HandleAsync(context, id, rest);
        });
    }

    private static Task IndexAsync(HttpContext context, SiteRuntime runtime)
    {
        var rows = new StringBuilder();
        foreach (var p in runtime.Catalog.All)
        {
            var fc = p.SignIn switch
            {
                Procedures.SignIn.FranceConnectRequired => p.FranceConnectPlus ? "FranceConnect+" : "FranceConnect",
                Procedures.SignIn.FranceConnectOptional => "FranceConnect (facultatif)",
                _ => "Non",
            };
            rows.Append($"<tr><td><a href=\"/{p.Id}/\">{Html.E(p.Title)}</a><br><code>{p.Id}</code></td><td>{Html.E(p.Audience)}</td><td>{Html.E(p.Ministry)}</td><td>{fc}</td><td>{Html.E(p.Mirrors)}</td></tr>\n");
        }

        var body = $"""
            <h1>Démarches en ligne de démonstration</h1>
            <p class="fr-text--lead">Douze répliques fictives de démarches administratives en ligne, pour mesurer l’indicateur « Dites-le-nous une fois » sans toucher aux sites de l’État.</p>
            <div class="fr-notice fr-notice--info fr-mb-4w"><div class="fr-notice__body"><p class="fr-notice__title">Les données saisies ne quittent pas cette machine. Connexion FranceConnect simulée : identifiant <code>test</code>, mot de passe <code>123</code>.</p></div></div>
            <div class="fr-table"><table>
              <caption>Démarches disponibles</caption>
              <thead><tr><th scope="col">Démarche</th><th scope="col">Public</th><th scope="col">Ministère</th><th scope="col">FranceConnect</th><th scope="col">Démarche réelle imitée</th></tr></thead>
              <tbody>
            {rows}
              </tbody>
            </table></div>
            <h2 class="fr-h4">Outils</h2>
            <ul>
              <li><a href="/__demo/submissions">Demandes envoyées (JSON)</a></li>
              <li><a href="/franceconnect/.well-known/openid-configuration">Configuration OpenID du simulateur FranceConnect</a></li>
              <li>Pannes simulées : ajoutez <code>?fault=slow|500|timeout|drift|429|blocked|ressource|coupure</code> (puis <code>?fault=none</code>), <code>?latency=200</code> ou <code>?session=5</code> à n’importe quelle adresse.</li>
            </ul>
            """;
        return Layout.WriteAsync(context, new PageShell("Démarches en ligne de démonstration"), body);
    }

    private static Task AssetAsync(HttpContext context, string file)
    {
        if (!Assets.TryGetValue(file, out var bytes))
        {
            using var stream = typeof(SiteRoutes).Assembly.GetManifestResourceStream($"Assets/{file}");
            if (stream is not null)
            {
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                bytes = Assets.GetOrAdd(file, copy.ToArray());
            }
        }

        if (bytes is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        context.Response.ContentType = Path.GetExtension(file) switch
        {
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        context.Response.Headers.CacheControl = "public, max-age=300";
        return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }
}
