using Microsoft.AspNetCore.Http;

namespace Observatoire.Probes.DemoSite.Infrastructure;

internal enum ConsentBanner
{
    None,

    /// <summary>DSFR consent banner, fixed at the bottom of the page, rendered by the server.</summary>
    Dsfr,

    /// <summary>tarteaucitron "middle" banner injected by script ~300 ms after load, with an overlay that blocks clicks.</summary>
    Tarteaucitron,
}

internal sealed record PageShell(string Title)
{
    public string ServiceName { get; init; } = "Démarches en ligne";

    public string? Tagline { get; init; } = "Site de démonstration Observatoire.Probes";

    public ConsentBanner Banner { get; init; }

    /// <summary>Page shown inside an iframe: no header, no footer.</summary>
    public bool Embedded { get; init; }

    public string HomeHref { get; init; } = "/";
}

internal static class Layout
{
    public const string ConsentCookie = "demo_consent";

    public static Task WriteAsync(HttpContext context, PageShell shell, string main, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(Render(context, shell, main), context.RequestAborted);
    }

    /// <summary>The document start both page shapes share (standalone and embedded in an iframe).</summary>
    private static string Head(PageShell shell) => $"""
        <!doctype html>
        <html lang="fr" data-fr-scheme="light">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Html.E(shell.Title)}</title>
        <link rel="stylesheet" href="/assets/dsfr-lite.css">
        <script src="/assets/demo.js" defer></script>
        </head>
        """;

    public static string Render(HttpContext context, PageShell shell, string main)
    {
        var banner = shell.Banner == ConsentBanner.Dsfr && !context.Request.Cookies.ContainsKey(ConsentCookie)
            ? DsfrConsentBanner(context.Request.Host.Host)
            : string.Empty;
        var tac = shell.Banner == ConsentBanner.Tarteaucitron ? " data-tarteaucitron=\"middle\"" : string.Empty;
        banner += Faults.HasStuckResource(context) ? $"<img src=\"{Faults.StuckResource}\" alt=\"\" width=\"1\" height=\"1\">" : string.Empty;
        if (shell.Embedded)
        {
            return $"""
                {Head(shell)}
                <body class="embedded"{tac}>
                <main id="contenu" class="fr-container fr-py-2w">
                {main}
                </main>
                {banner}
                </body>
                </html>
                """;
        }

        var tagline = shell.Tagline is null ? string.Empty : $"<p class=\"fr-header__service-tagline\">{Html.E(shell.Tagline)}</p>";
        return $"""
            {Head(shell)}
            <body{tac}>
            <div class="fr-skiplinks"><nav role="navigation" aria-label="Accès rapide"><ul class="fr-skiplinks__list"><li><a class="fr-link" href="#contenu">Contenu</a></li></ul></nav></div>
            <header role="banner" class="fr-header">
              <div class="fr-header__body">
                <div class="fr-container">
                  <div class="fr-header__body-row">
                    <div class="fr-header__brand">
                      <div class="fr-header__logo"><p class="fr-logo">République<br>Française</p></div>
                      <div class="fr-header__service">
                        <a href="{Html.E(shell.HomeHref)}" title="Accueil - {Html.E(shell.ServiceName)}"><p class="fr-header__service-title">{Html.E(shell.ServiceName)}</p></a>
                        {tagline}
                      </div>
                    </div>
                  </div>
                </div>
              </div>
            </header>
            <main id="contenu" role="main" class="fr-container fr-py-4w">
            {main}
            </main>
            <footer class="fr-footer" role="contentinfo">
              <div class="fr-container">
                <p class="fr-footer__content-desc">Site de démonstration Observatoire.Probes : répliques fictives de démarches en ligne. Aucune donnée n’est transmise à une administration.</p>
                <ul class="fr-footer__bottom-list"><li><a class="fr-footer__bottom-link" href="/">Liste des démarches</a></li><li><a class="fr-footer__bottom-link" href="#">Accessibilité : partiellement conforme</a></li><li><a class="fr-footer__bottom-link" href="#">Données personnelles et cookies</a></li></ul>
              </div>
            </footer>
            {banner}
            </body>
            </html>
            """;
    }

    private static string DsfrConsentBanner(string host) => $"""
        <div class="fr-consent-banner" id="consent-banner">
          <h2 class="fr-h6">À propos des cookies sur {Html.E(host)}</h2>
          <div class="fr-consent-banner__content">
            <p class="fr-text--sm">Bienvenue ! Nous utilisons des cookies pour améliorer votre expérience et les services disponibles sur ce site. Pour en savoir plus, visitez la page <a href="#">Données personnelles et cookies</a>. Vous pouvez, à tout moment, avoir le contrôle sur les cookies que vous souhaitez activer.</p>
          </div>
          <ul class="fr-consent-banner__buttons fr-btns-group fr-btns-group--right fr-btns-group--inline-reverse fr-btns-group--inline-sm">
            <li><button type="button" class="fr-btn" title="Autoriser tous les cookies" data-consent="accepte">Tout accepter</button></li>
            <li><button type="button" class="fr-btn" title="Refuser tous les cookies" data-consent="refuse">Tout refuser</button></li>
            <li><button type="button" class="fr-btn fr-btn--secondary" data-fr-opened="false" aria-controls="consent-modal" title="Personnaliser les cookies">Personnaliser</button></li>
          </ul>
        </div>
        <dialog id="consent-modal" class="fr-modal" aria-labelledby="consent-modal-title">
          <div class="fr-modal__body">
            <h1 id="consent-modal-title" class="fr-modal__title">Panneau de gestion des cookies</h1>
            <div class="fr-consent-manager">
              <div class="fr-consent-service">
                <fieldset class="fr-fieldset fr-fieldset--inline">
                  <legend class="fr-consent-service__title">Cookies obligatoires</legend>
                  <div class="fr-consent-service__radios">
                    <div class="fr-radio-group"><input type="radio" id="consent-obligatoire-accepte" name="consent-obligatoire" checked><label class="fr-label" for="consent-obligatoire-accepte">Accepter</label></div>
                    <div class="fr-radio-group"><input type="radio" id="consent-obligatoire-refuse" name="consent-obligatoire" disabled><label class="fr-label" for="consent-obligatoire-refuse">Refuser</label></div>
                  </div>
                </fieldset>
              </div>
              <div class="fr-consent-service">
                <fieldset class="fr-fieldset fr-fieldset--inline">
                  <legend class="fr-consent-service__title">Mesure d’audience</legend>
                  <div class="fr-consent-service__radios">
                    <div class="fr-radio-group"><input type="radio" id="consent-audience-accepte" name="consent-audience"><label class="fr-label" for="consent-audience-accepte">Accepter</label></div>
                    <div class="fr-radio-group"><input type="radio" id="consent-audience-refuse" name="consent-audience"><label class="fr-label" for="consent-audience-refuse">Refuser</label></div>
                  </div>
                </fieldset>
              </div>
              <ul class="fr-consent-manager__buttons fr-btns-group fr-btns-group--right fr-btns-group--inline-sm">
                <li><button type="button" class="fr-btn" data-consent="personnalise">Confirmer mes choix</button></li>
              </ul>
            </div>
          </div>
        </dialog>
        """;
}
