using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Observatoire.Probes.DemoSite.Infrastructure;
using Observatoire.Probes.DemoSite.Procedures;

namespace Observatoire.Probes.DemoSite.FranceConnect;

/// <summary>
/// A local FranceConnect (v2 flow) with a demo identity provider: authorize → provider choice →
/// IdP login → consent ("Données transmises") → redirect to the service provider with code and state.
/// Token and userinfo endpoints exist for completeness; the demo service providers redeem codes in process.
/// </summary>
internal sealed partial class FranceConnectSimulator(ProcedureCatalog catalog)
{
    public const string DemoProvider = "demo";
    private static readonly string[] Amr = ["pwd"];
    private static readonly string[] Scopes = ["openid", "given_name", "family_name", "preferred_username", "gender", "birthdate", "birthplace", "birthcountry", "email"];
    private static readonly string[] AcrValues = ["eidas1", "eidas2", "eidas3"];
    private static readonly string[] SigningAlgorithms = ["HS256"];
    private readonly ConcurrentDictionary<string, Interaction> interactions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Interaction> codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Interaction> tokens = new(StringComparer.Ordinal);

    private sealed class Interaction
    {
        public required string Uid { get; init; }

        public required ProcedureDefinition Client { get; init; }

        public required string RedirectUri { get; init; }

        public required string State { get; init; }

        public required string Nonce { get; init; }

        public required string Acr { get; init; }

        public string Csrf { get; } = NewSecret();

        public TestIdentity? Identity { get; set; }
    }

    public static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string ClientSecret(string clientId) => $"demo-secret-{clientId}";

    public static string AuthorizeUrl(HttpContext context, ProcedureDefinition client, string state, string nonce)
    {
        var callback = $"{context.Request.Scheme}://{context.Request.Host}/{client.Id}/franceconnect/callback";
        var acr = client.FranceConnectPlus ? "eidas2" : "eidas1";
        return "/franceconnect/authorize?response_type=code"
            + $"&client_id={Uri.EscapeDataString(client.Id)}"
            + $"&redirect_uri={Uri.EscapeDataString(callback)}"
            + "&scope=openid%20given_name%20family_name%20birthdate%20gender%20birthplace%20birthcountry%20email"
            + $"&state={state}&nonce={nonce}&acr_values={acr}";
    }

    /// <summary>The service provider's back channel, done in process: code → identity (single use).</summary>
    public TestIdentity? Redeem(string code, string clientId, string nonce) =>
        codes.TryRemove(code, out var interaction) && interaction.Client.Id == clientId && interaction.Nonce == nonce ? interaction.Identity : null;

    public Task AuthorizeAsync(HttpContext context)
    {
        var q = context.Request.Query;
        var clientId = q["client_id"].ToString();
        var client = catalog.Find(clientId);
        string? problem = null;
        if (q["response_type"] != "code")
        {
            problem = "Le paramètre response_type doit valoir « code ».";
        }
        else if (client is null || client.SignIn == SignIn.None)
        {
            problem = "Le fournisseur de service (client_id) est inconnu.";
        }
        else if (!Uri.TryCreate(q["redirect_uri"], UriKind.Absolute, out var redirect) || redirect.AbsolutePath != $"/{client.Id}/franceconnect/callback")
        {
            problem = "L’adresse de retour (redirect_uri) ne correspond pas à celle déclarée par le fournisseur de service.";
        }
        else if (!q["scope"].ToString().Split(' ', '+').Contains("openid"))
        {
            problem = "Le scope doit contenir « openid ».";
        }
        else if (!StateRegex().IsMatch(q["state"].ToString()))
        {
            problem = "Le paramètre state doit contenir au moins 32 caractères alphanumériques.";
        }
        else if (!StateRegex().IsMatch(q["nonce"].ToString()))
        {
            problem = "Le paramètre nonce doit contenir au moins 32 caractères alphanumériques.";
        }
        else if (q["acr_values"].ToString() is not ("eidas1" or "eidas2" or "eidas3"))
        {
            problem = "Le niveau de sécurité demandé (acr_values) n’est pas pris en charge.";
        }

        if (problem is not null)
        {
            return ErrorAsync(context, problem);
        }

        var interaction = new Interaction
        {
            Uid = NewSecret(),
            Client = client!,
            RedirectUri = q["redirect_uri"].ToString(),
            State = q["state"].ToString(),
            Nonce = q["nonce"].ToString(),
            Acr = q["acr_values"].ToString(),
        };
        interactions[interaction.Uid] = interaction;
        context.Response.Redirect($"/franceconnect/interaction/{interaction.Uid}");
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        return Task.CompletedTask;
    }

    public Task ChoicePageAsync(HttpContext context, string uid)
    {
        if (!interactions.TryGetValue(uid, out var i))
        {
            return ErrorAsync(context, "La session FranceConnect a expiré ou est introuvable.");
        }

        var sp = i.Client.ServiceName;
        var providers = new StringBuilder();
        providers.Append(Provider(i, DemoProvider, "Identité de démonstration", available: true));
        var others = i.Client.FranceConnectPlus
            ? new[] { ("laposte", "L’Identité Numérique La Poste"), ("franceidentite", "France Identité") }
            : new[] { ("impots", "impots.gouv.fr"), ("ameli", "ameli.fr"), ("laposte", "L’Identité Numérique La Poste"), ("msa", "MSA"), ("franceidentite", "France Identité") };
        foreach (var (id, name) in others)
        {
            providers.Append(Provider(i, id, name, available: false));
        }

        var body = $"""
            <div class="fc-page">
              <h1>Connexion en cours sur {Html.E(sp)}</h1>
              <h2 class="fr-h4">Choisissez un compte pour vous connecter :</h2>
              <div class="fc-providers">
              {providers}
              </div>
              <p class="fr-mt-4w"><a class="fr-link fr-icon-arrow-left-line" href="{Html.E(WithError(i))}">Revenir sur {Html.E(sp)}</a></p>
            </div>
            """;
        return Layout.WriteAsync(context, Shell(i, "Connexion - Choix du compte - FranceConnect"), body);
    }

    private static string Provider(Interaction i, string id, string name, bool available) => $"""
        <form method="post" action="/franceconnect/redirect-to-idp" class="fc-provider">
          <input type="hidden" name="providerUid" value="{id}">
          <input type="hidden" name="csrfToken" value="{i.Csrf}">
          <input type="hidden" name="interactionUid" value="{i.Uid}">
          <button type="submit" class="fr-btn fr-btn--tertiary fc-btn--provider" id="idp-{id}" role="link" data-testid="idp-{id}"{Html.Flag("disabled", !available)}>
            <span class="fc-provider__figure"><span class="fc-provider__logo" aria-hidden="true">{Html.E(name[..1].ToUpperInvariant())}</span><span class="fc-provider__name">{Html.E(name)}</span>{(available ? string.Empty : "<span class=\"fr-badge fr-badge--sm\">Indisponible</span>")}</span>
          </button>
        </form>
        """;

    public async Task RedirectToIdpAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (!interactions.TryGetValue(form["interactionUid"].ToString(), out var i) || form["csrfToken"] != i.Csrf)
        {
            await ErrorAsync(context, "La session FranceConnect a expiré ou est introuvable.");
            return;
        }

        if (form["providerUid"] != DemoProvider)
        {
            await ErrorAsync(context, "Ce fournisseur d’identité est indisponible pour le moment.");
            return;
        }

        context.Response.Redirect($"/fournisseur-identite/authorize?interaction={i.Uid}");
    }

    public Task IdpLoginPageAsync(HttpContext context) =>
        interactions.TryGetValue(context.Request.Query["interaction"].ToString(), out var i)
            ? WriteIdpLoginAsync(context, i, error: false, login: string.Empty)
            : ErrorAsync(context, "La session FranceConnect a expiré ou est introuvable.");

    public async Task IdpLoginAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (!interactions.TryGetValue(form["interactionId"].ToString(), out var i))
        {
            await ErrorAsync(context, "La session FranceConnect a expiré ou est introuvable.");
            return;
        }

        var login = form["login"].ToString().Trim();
        var identity = TestIdentity.Find(login);
        if (identity is null || form["password"] != TestIdentity.Password)
        {
            await WriteIdpLoginAsync(context, i, error: true, login);
            return;
        }

        i.Identity = identity;
        var code = NewSecret();
        context.Response.Redirect($"/franceconnect/oidc-callback?code={code}&state={i.Uid}");
    }

    private static Task WriteIdpLoginAsync(HttpContext context, Interaction i, bool error, string login)
    {
        var alert = error
            ? "<div class=\"fr-alert fr-alert--error fr-mb-3w\" role=\"alert\"><p>Email ou mot de passe incorrect.</p></div>"
            : string.Empty;
        var accounts = string.Join("\n", TestIdentity.All.Select(t => $"<tr><td><code>{Html.E(t.Login)}</code></td><td>{Html.E(t.FullName)}</td><td>{Html.E(t.Birthdate)}</td></tr>"));
        var level = i.Client.FranceConnectPlus ? "FCP-HIGH" : "FCP-LOW";
        var body = $"""
            <div class="fr-grid-row"><div class="fr-col-12 fr-col-md-6">
            <h1 class="fr-h3">Fournisseur d’identité de démonstration - {level}</h1>
            {alert}
            <form method="post" action="/fournisseur-identite/login" novalidate>
              <input type="hidden" name="interactionId" value="{i.Uid}">
              <div class="fr-input-group">
                <label class="fr-label" for="login">Identifiant</label>
                <input class="fr-input" type="text" id="login" name="login" autocomplete="username" spellcheck="false" value="{Html.E(login)}">
              </div>
              <div class="fr-password fr-input-group" id="password-group">
                <label class="fr-label fr-password__label" for="password">Mot de passe</label>
                <div class="fr-input-wrap">
                  <input class="fr-password__input fr-input" type="password" id="password" name="password" autocomplete="current-password" autocapitalize="off" autocorrect="off">
                </div>
                <div class="fr-password__checkbox fr-checkbox-group fr-checkbox-group--sm">
                  <input id="password-show" type="checkbox" data-password-toggle="password">
                  <label class="fr-password__checkbox fr-label" for="password-show">Afficher</label>
                </div>
              </div>
              <div class="fr-input-group">
                <label class="fr-label" for="acr">Niveau de sécurité (acr_values)</label>
                <input class="fr-input" type="text" id="acr" name="acr" value="{Html.E(i.Acr)}">
              </div>
              <button class="fr-btn" type="submit">Valider</button>
            </form>
            <p class="fr-mt-3w"><a class="fr-link" href="/franceconnect/oidc-callback?error=access_denied&amp;state={i.Uid}" data-testid="back-to-fc-link">Retour</a></p>
            <details class="fr-mt-3w">
              <summary>Je choisis parmi les identités de test disponibles</summary>
              <p class="fr-text--sm">Mot de passe de tous les comptes : <code>123</code>.</p>
              <div class="fr-table"><table><thead><tr><th>Identifiant</th><th>Identité</th><th>Date de naissance</th></tr></thead><tbody>{accounts}</tbody></table></div>
            </details>
            </div></div>
            """;
        return Layout.WriteAsync(context, new PageShell("Fournisseur d’identité de démonstration") { ServiceName = "Fournisseur d’identité de démonstration", Tagline = "Environnement de test" }, body);
    }

    public Task OidcCallbackAsync(HttpContext context)
    {
        var q = context.Request.Query;
        if (!interactions.TryGetValue(q["state"].ToString(), out var i))
        {
            return ErrorAsync(context, "La session FranceConnect a expiré ou est introuvable.");
        }

        if (q["error"].Count > 0 || i.Identity is null)
        {
            interactions.TryRemove(i.Uid, out _);
            context.Response.Redirect(WithError(i));
            return Task.CompletedTask;
        }

        context.Response.Redirect($"/franceconnect/interaction/{i.Uid}/consent");
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        return Task.CompletedTask;
    }

    public Task ConsentPageAsync(HttpContext context, string uid)
    {
        if (!interactions.TryGetValue(uid, out var i) || i.Identity is null)
        {
            return ErrorAsync(context, "La session FranceConnect a expiré ou est introuvable.");
        }

        var sp = i.Client.ServiceName;
        var consent = i.Client.FranceConnectConsent
            ? """
              <div class="fr-checkbox-group fr-mb-3w">
                <input type="checkbox" id="consent" name="consent" value="true" data-enables="consent-continue">
                <label class="fr-label" for="consent">J’accepte que FranceConnect transmette mes données au service pour me connecter</label>
              </div>
              """
            : string.Empty;
        var claims = new[] { "Prénom(s)", "Nom de naissance", "Sexe", "Date de naissance", "Lieu de naissance", "Pays de naissance", "Adresse email" };
        var body = $"""
            <div class="fc-page">
              <h1>Vous allez vous connecter en tant que :</h1>
              <h2 class="fr-h3" data-testid="identity-fullname-label">{Html.E(i.Identity.FullName)}</h2>
              <section class="fr-accordion fr-mb-3w">
                <h3 class="fr-accordion__title"><button type="button" class="fr-accordion__btn" aria-expanded="false" aria-controls="donnees-transmises">Données transmises</button></h3>
                <div class="fr-collapse" id="donnees-transmises">
                  <p>Informations récupérées depuis Identité de démonstration :</p>
                  <ul>{string.Concat(claims.Select(c => $"<li>{c}</li>"))}</ul>
                </div>
              </section>
              <form method="post" action="/franceconnect/login">
                <input type="hidden" name="interactionUid" value="{i.Uid}">
                <input type="hidden" name="csrfToken" value="{i.Csrf}">
                {consent}
                <button type="submit" class="fr-btn" id="consent-continue" data-testid="consent-continue"{Html.Flag("disabled", i.Client.FranceConnectConsent)}>Continuer sur {Html.E(sp)}</button>
              </form>
            </div>
            """;
        return Layout.WriteAsync(context, Shell(i, "Connexion - Consentement - FranceConnect"), body);
    }

    public async Task LoginAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (!interactions.TryGetValue(form["interactionUid"].ToString(), out var i) || form["csrfToken"] != i.Csrf || i.Identity is null)
        {
            await ErrorAsync(context, "La session FranceConnect a expiré ou est introuvable.");
            return;
        }

        if (i.Client.FranceConnectConsent && form["consent"] != "true")
        {
            await ConsentPageAsync(context, i.Uid);
            return;
        }

        interactions.TryRemove(i.Uid, out _);
        var code = NewSecret();
        codes[code] = i;
        context.Response.Redirect($"{i.RedirectUri}?code={code}&state={Uri.EscapeDataString(i.State)}");
    }

    public async Task TokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var clientId = form["client_id"].ToString();
        if (form["grant_type"] != "authorization_code" || form["client_secret"] != ClientSecret(clientId) || !codes.TryRemove(form["code"].ToString(), out var i) || i.Client.Id != clientId)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(new Dictionary<string, string> { ["error"] = "invalid_grant" }, context.RequestAborted);
            return;
        }

        var access = NewSecret();
        tokens[access] = i;
        var idToken = Jwt(i, new Dictionary<string, object?> { ["nonce"] = i.Nonce, ["acr"] = i.Acr, ["amr"] = Amr });
        await context.Response.WriteAsJsonAsync(new Dictionary<string, object> { ["access_token"] = access, ["token_type"] = "Bearer", ["expires_in"] = 60, ["id_token"] = idToken }, context.RequestAborted);
    }

    public async Task UserInfoAsync(HttpContext context)
    {
        var auth = context.Request.Headers.Authorization.ToString();
        if (!auth.StartsWith("Bearer ", StringComparison.Ordinal) || !tokens.TryGetValue(auth[7..], out var i) || i.Identity is null)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var id = i.Identity;
        var claims = new Dictionary<string, object?>
        {
            ["given_name"] = id.GivenName,
            ["family_name"] = id.FamilyName,
            ["preferred_username"] = id.PreferredUsername,
            ["gender"] = id.Gender,
            ["birthdate"] = id.Birthdate,
            ["birthplace"] = id.Birthplace,
            ["birthcountry"] = id.Birthcountry,
            ["email"] = id.Email,
        };
        context.Response.ContentType = "application/jwt";
        await context.Response.WriteAsync(Jwt(i, claims), context.RequestAborted);
    }

    public static Task DiscoveryAsync(HttpContext context)
    {
        var issuer = $"{context.Request.Scheme}://{context.Request.Host}/franceconnect";
        return context.Response.WriteAsJsonAsync(new Dictionary<string, object>
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = $"{issuer}/authorize",
            ["token_endpoint"] = $"{issuer}/token",
            ["userinfo_endpoint"] = $"{issuer}/userinfo",
            ["scopes_supported"] = Scopes,
            ["acr_values_supported"] = AcrValues,
            ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
        }, context.RequestAborted);
    }

    private static string Jwt(Interaction i, Dictionary<string, object?> claims)
    {
        claims["iss"] = "franceconnect-demo";
        claims["aud"] = i.Client.Id;
        claims["sub"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(i.Identity!.Login + i.Client.Id)));
        claims["iat"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        claims["exp"] = DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds();
        var header = Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"u8);
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(ClientSecret(i.Client.Id)), Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string WithError(Interaction i) =>
        $"{i.RedirectUri}?error=access_denied&error_description={Uri.EscapeDataString("L’utilisateur a annulé la connexion.")}&state={Uri.EscapeDataString(i.State)}";

    private static PageShell Shell(Interaction i, string title) => new(title)
    {
        ServiceName = i.Client.FranceConnectPlus ? "FranceConnect+" : "FranceConnect",
        Tagline = "Environnement de démonstration",
    };

    private static Task ErrorAsync(HttpContext context, string message)
    {
        var body = $"""
            <div class="fc-page">
              <h1>Une erreur technique est survenue</h1>
              <div class="fr-alert fr-alert--error fr-mb-3w"><p>{Html.E(message)}</p></div>
              <p class="fr-text--sm">Code d’erreur : Y000400</p>
              <p><a class="fr-link" href="/">Retour à l’accueil</a></p>
            </div>
            """;
        return Layout.WriteAsync(context, new PageShell("Erreur - FranceConnect") { ServiceName = "FranceConnect", Tagline = "Environnement de démonstration" }, body, StatusCodes.Status400BadRequest);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{32,}$")]
    private static partial Regex StateRegex();
}
