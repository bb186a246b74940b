using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Observatoire.Probes.Classification;
using Observatoire.Probes.Results;
using Observatoire.Probes.Scenarios;

namespace Observatoire.Probes.Browser;

public sealed partial class ScenarioWalker
{
    private sealed partial class Run
    {
        /// <summary>What a page the site answered with an error status means for the walk, and how to say it.</summary>
        private static (FailureKind Kind, string What) HttpFailure(int status, string? url) => status switch
        {
            403 => (FailureKind.Blocked, $"accès refusé (HTTP 403) à l'adresse {url} : le site bloque la sonde"),
            429 => (FailureKind.RateLimited, $"trop de requêtes (HTTP 429) à l'adresse {url} : le site limite le rythme de la sonde"),
            404 => (FailureKind.TargetNotFound, $"page introuvable (HTTP 404) à l'adresse {url} : la démarche a changé d'adresse, mettez le scénario à jour"),
            >= 500 => (FailureKind.SiteDown, $"le site est en erreur (HTTP {status}) à l'adresse {url}"),
            _ => (FailureKind.TargetNotFound, $"le site a répondu HTTP {status} à l'adresse {url}"),
        };

        /// <summary>A text as a message quotes it: one line, cut at <paramref name="max"/> characters.</summary>
        private static string Short(string text, int max)
        {
            var line = Spaces().Replace(text, " ").Trim();
            if (line.Length <= max)
            {
                return line;
            }

            var space = line.LastIndexOf(' ', max);
            return line[..(space > max / 2 ? space : max)].TrimEnd(' ', ',', ';', ':', '.') + "…";
        }

        /// <summary>Refines a failure with what the page says: a session that expired, a maintenance page, a block page,
        /// the site's own error messages on its fields.</summary>
        private async Task<StepFailure> ExplainAsync(FailureKind kind, string message)
        {
            string body;
            try
            {
                body = await _page.EvaluateAsync<string>("() => (document.body ? document.body.innerText : '').slice(0, 4000)", null).WaitAsync(TimeSpan.FromSeconds(2));
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                return new StepFailure(kind, message);
            }

            var folded = TextFolding.Fold(body);
            (FailureKind Kind, string What)? known = folded switch
            {
                _ when folded.Contains("session a expire", StringComparison.Ordinal) || folded.Contains("session expiree", StringComparison.Ordinal) => (FailureKind.Timeout, "le site indique que la session a expiré"),
                _ when folded.Contains("trop de requete", StringComparison.Ordinal) => (FailureKind.RateLimited, "le site signale trop de requêtes"),
                _ when folded.Contains("acce refuse", StringComparison.Ordinal) || folded.Contains("acces refuse", StringComparison.Ordinal) => (FailureKind.Blocked, "le site refuse l'accès"),
                _ when folded.Contains("maintenance", StringComparison.Ordinal) || folded.Contains("service indisponible", StringComparison.Ordinal) => (FailureKind.SiteDown, "le site est en maintenance"),
                _ when folded.Contains("erreur inattendue", StringComparison.Ordinal) => (FailureKind.SiteDown, "le site affiche une page d'erreur"),
                _ => null,
            };
            if (known is { } k)
            {
                return new StepFailure(k.Kind, $"{message} ({k.What})");
            }

            // The page refused the values (DSFR's error messages): the persona's values or the steps are to fix, not the form.
            // Fields a script marked refused without a message the selectors know (jQuery Validate's, WPForms') are named with theirs.
            if (kind == FailureKind.TargetNotFound
                && (await PageErrorsAsync() is { Count: > 0 } shown ? shown : [.. _lastRefusal.Fields.Select(f => f.ToString()).Where(f => f.Length > 0).Take(3)]) is { Count: > 0 } errors)
            {
                return new StepFailure(FailureKind.ScenarioError,
                    $"{message}. La page affiche {(errors.Count == 1 ? "une erreur" : "des erreurs")} : {string.Join(" ; ", errors.Select(e => $"« {e} »"))} : "
                    + "le site a refusé une valeur donnée par le scénario (vérifiez les valeurs du persona et les étapes précédentes)");
            }

            return new StepFailure(kind, message);
        }

        /// <summary>Where pages write a field's error: DSFR, GOV.UK Frontend, Bootstrap (Symfony, Laravel), Gravity Forms, Drupal, SPIP,
        /// Contact Form 7 (its tip, drawn in the field's box as soon as a value changes).</summary>
        internal const string FieldErrorSelector = ".fr-message--error, .fr-error-text, .govuk-error-message, .invalid-feedback, .gfield_validation_message, .form-item--error-message, .erreur_message, .wpcf7-not-valid-tip";

        /// <summary>Where they sum the errors up above the form.</summary>
        internal const string SummaryErrorSelector = ".fr-alert--error, .govuk-error-summary__list li, .gform_validation_errors, .alert-danger, .messages--error, .reponse_formulaire_erreur";

        /// <summary>The error messages the page shows for its fields, at most three; empty when none or no answer.</summary>
        private async Task<IReadOnlyList<string>> PageErrorsAsync()
        {
            try
            {
                return await _page.EvaluateAsync<string[]>($$"""
                    () => {
                      // The fields' own messages; the summary above the form only when the fields have none.
                      const shown = (sel) => [...new Set(Array.from(document.querySelectorAll(sel))
                        .filter((e) => !e.closest('[hidden]') && (e.offsetWidth || e.offsetHeight)).map((e) => e.innerText.replace(/\s+/g, ' ').trim()).filter(Boolean))];
                      const fields = shown('{{FieldErrorSelector}}');
                      return (fields.length ? fields : shown('{{SummaryErrorSelector}}')).slice(0, 3);
                    }
                    """).WaitAsync(TimeSpan.FromSeconds(2));
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                return [];
            }
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    /// <summary>A Playwright timeout in French: the patience it had (« Timeout 30000ms exceeded »), or its own line, and
    /// what may be the cause: a page opened that did not come is the site; an element acted on may also not be ready.</summary>
    private static string NoAnswer(string message, StepKind kind)
    {
        var cause = kind == StepKind.Goto ? "le site est lent ou ne répond plus" : "le site est lent, ou l'élément n'est pas prêt (caché, désactivé)";
        return TimeoutOf().Match(message) is { Success: true } m && int.TryParse(m.Groups["ms"].Value, System.Globalization.CultureInfo.InvariantCulture, out var ms)
            ? $"pas de réponse dans le délai de {(ms + 500) / 1000} s : {cause}"
            : $"pas de réponse dans le délai (Playwright : « {FirstLine(message)} ») : {cause}";
    }

    /// <summary>A browser error in French: the site that does not answer (its network error and address kept), the
    /// errors a step may meet, else Playwright's own line, quoted.</summary>
    private static string BrowserWords(string message)
    {
        var line = FirstLine(message);
        if (NetworkError().Match(line) is { Success: true } network)
        {
            return $"le site ne répond pas ({network.Groups["error"].Value})" + (network.Groups["url"].Success ? $" à l'adresse {network.Groups["url"].Value}" : "")
                + " : vérifiez l'adresse, ou réessayez plus tard";
        }

        return line switch
        {
            _ when line.EndsWith(ProbeBrowser.AllDisconnected, StringComparison.Ordinal) => ProbeBrowser.AllDisconnected,
            _ when line.Contains("did not change its state", StringComparison.Ordinal) => "le clic n'a pas changé l'état de la case",
            _ when line.Contains("has been closed", StringComparison.Ordinal) || line.Contains("Target closed", StringComparison.Ordinal) => "la page ou le navigateur a été fermé pendant l'étape",
            _ when line.Contains("not attached to the DOM", StringComparison.Ordinal) => "l'élément a quitté la page pendant l'étape",
            _ when line.Contains("Element is not an <input>", StringComparison.Ordinal) => "l'élément trouvé n'est pas un champ de saisie",
            _ when line.Contains("Element is not a <select>", StringComparison.Ordinal) => "l'élément trouvé n'est pas une liste",
            _ when line.Contains("Not a checkbox or radio button", StringComparison.Ordinal) => "l'élément trouvé n'est ni une case à cocher ni un bouton radio",
            _ => $"erreur du navigateur (Playwright : « {line} »)",
        };
    }

    /// <summary>Playwright's words for an action on an element of the wrong kind (a list, a field, a box).</summary>
    private static bool WrongElement(string message) =>
        FirstLine(message) is var line && (line.Contains("Element is not an <input>", StringComparison.Ordinal) || line.Contains("Element is not a <select>", StringComparison.Ordinal)
            || line.Contains("Not a checkbox or radio button", StringComparison.Ordinal));

    [GeneratedRegex(@"Timeout (?<ms>\d+)ms exceeded")]
    private static partial Regex TimeoutOf();

    [GeneratedRegex(@"(?<error>net::ERR_[A-Z_]+)(?: at (?<url>\S+))?")]
    private static partial Regex NetworkError();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
