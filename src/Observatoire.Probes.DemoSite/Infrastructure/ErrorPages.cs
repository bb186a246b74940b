using Microsoft.AspNetCore.Http;

namespace Observatoire.Probes.DemoSite.Infrastructure;

/// <summary>DSFR "response" pages (layout/page/response) for errors, rate limiting and bot blocking.</summary>
internal static class ErrorPages
{
    public static Task WriteAsync(HttpContext context, int status)
    {
        var (title, lead, detail) = status switch
        {
            StatusCodes.Status403Forbidden => (
                "Accès refusé",
                "Votre navigateur a été identifié comme un robot : l’accès à ce service vous est refusé.",
                "Si vous pensez qu’il s’agit d’une erreur, contactez l’assistance en précisant l’heure de votre connexion."),
            StatusCodes.Status404NotFound => (
                "Page non trouvée",
                "La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.",
                "Si vous avez tapé l’adresse web dans le navigateur, vérifiez qu’elle est correcte. La page n’est peut-être plus disponible."),
            StatusCodes.Status429TooManyRequests => (
                "Trop de requêtes",
                "Vous avez effectué trop de requêtes en peu de temps.",
                "Merci de réessayer dans quelques minutes."),
            StatusCodes.Status503ServiceUnavailable or StatusCodes.Status504GatewayTimeout => (
                "Service indisponible",
                "Le service rencontre un problème, nous travaillons pour le résoudre le plus rapidement possible.",
                "Merci de réessayer plus tard, vous serez bientôt en mesure d’utiliser notre service."),
            _ => (
                "Erreur inattendue",
                "Désolé, le service rencontre un problème, nous travaillons pour le résoudre le plus rapidement possible.",
                "Essayez de rafraîchir la page ou bien réessayez plus tard."),
        };

        var body = $"""
            <div class="fr-grid-row fr-my-7w">
              <div class="fr-col-12 fr-col-md-8">
                <h1>{Html.E(title)}</h1>
                <p class="fr-text--sm fr-mb-3w">Erreur {status}</p>
                <p class="fr-text--lead fr-mb-3w">{Html.E(lead)}</p>
                <p class="fr-text--sm fr-mb-5w">{Html.E(detail)}</p>
                <ul class="fr-btns-group fr-btns-group--inline-md">
                  <li><a class="fr-btn" href="/">Page d’accueil</a></li>
                </ul>
              </div>
            </div>
            """;
        return Layout.WriteAsync(context, new PageShell($"{title} - Erreur {status}"), body, status);
    }
}
