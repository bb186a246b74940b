using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Observatoire.Probes.Browser;

/// <summary>
/// Stops the final submission at the network layer, whatever triggers it (a click, Enter in a field,
/// <c>form.submit()</c>, <c>requestSubmit()</c>, <c>fetch</c>): every page's inventory reports the forms whose submit
/// control reads like a final submission or is the scenario's <c>stop_before</c> target, and from then on a request
/// to that form's target with its method is aborted in the browser context (every page, every frame) and recorded.
/// </summary>
internal sealed partial class SubmissionGuard(IBrowserContext context)
{
    private readonly ConcurrentQueue<string> _blocked = new();
    private readonly ConcurrentDictionary<string, FinalTarget> _targets = new(StringComparer.Ordinal);

    /// <summary>A final form's target: its method, and the name=value pairs of its other (non-final) submit buttons.</summary>
    private sealed record FinalTarget(string Method, string Url, string Button, IReadOnlyList<string> OtherSubmitters, string FinalPair);

    /// <summary>What was blocked so far, for the failure message ("POST /x/envoyer").</summary>
    public IReadOnlyCollection<string> Blocked => _blocked;

    /// <summary>
    /// Hears the page say it stopped a final form's <c>submit</c> event (inventory.js): a script that sends the form itself
    /// on that event (Contact Form 7 posts it by fetch to its own address) never sees it, and the walk is told as for a
    /// blocked request.
    /// </summary>
    public Task HearScriptSubmissionsAsync() => context.ExposeBindingAsync("__probeRefusedSubmit", (BindingSource _, string button) =>
        _blocked.Enqueue($"envoi par le script de la page, formulaire de « {button} »"));

    /// <summary>Registers the final forms an inventory found (the <c>finals</c> array of inventory.js).</summary>
    public async Task LearnAsync(JsonElement finals)
    {
        if (finals.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var f in finals.EnumerateArray())
        {
            var action = f.GetProperty("action") is { ValueKind: JsonValueKind.String } a ? a.GetString() : null;
            if (!Uri.TryCreate(action, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                continue;
            }

            var method = (f.GetProperty("method").GetString() ?? "GET").ToUpperInvariant();
            var target = new FinalTarget(method, WithoutQuery(url), f.GetProperty("button").GetString() ?? "",
                [.. f.GetProperty("others").EnumerateArray().Select(o => o.GetString() ?? "").Where(o => o.Length > 0)],
                f.TryGetProperty("pair", out var pair) ? pair.GetString() ?? "" : "");
            if (!_targets.TryAdd($"{method} {target.Url}", target))
            {
                continue;
            }

            await context.RouteAsync(new Regex("^" + Regex.Escape(target.Url) + @"(\?.*)?$"), route => HandleAsync(route, target));
        }
    }

    private async Task HandleAsync(IRoute route, FinalTarget target)
    {
        var request = route.Request;
        var method = request.Method.ToUpperInvariant();
        // A GET form submits as a navigation with a query string; the page itself can still be opened.
        var submits = target.Method == "GET"
            ? method == "GET" && request.IsNavigationRequest && request.Url.Contains('?', StringComparison.Ordinal)
            : method == target.Method && !ByOtherSubmitter(request, target) && !UpdatesDraft(request, target);
        if (!submits)
        {
            await route.FallbackAsync();
            return;
        }

        _blocked.Enqueue($"{method} {target.Url} (formulaire de « {target.Button} »)");
        await route.AbortAsync("blockedbyclient");
    }

    /// <summary>
    /// A script's request that says it is another method (Rails' <c>x-http-method-override: PATCH</c>) updates the draft:
    /// Démarche Numérique saves each answer that way to the form's own target, whose POST is the final submission.
    /// </summary>
    private static bool UpdatesDraft(IRequest request, FinalTarget target) =>
        !request.IsNavigationRequest
        && request.Headers.TryGetValue("x-http-method-override", out var declared)
        && declared.Trim().Equals("PATCH", StringComparison.OrdinalIgnoreCase)
        // A PUT, or a body naming the final button, is an application sent by a script (Laravel, Backbone): blocked.
        && !(target.FinalPair.Length > 0 && BodyPairs(request) is { } pairs && pairs.Contains(target.FinalPair));

    /// <summary>A draft or "previous" button of the same form names itself in the body: that request is not the final one.</summary>
    private static bool ByOtherSubmitter(IRequest request, FinalTarget target)
    {
        if (target.OtherSubmitters.Count == 0)
        {
            return false;
        }

        // A multipart body with files is not readable as text: treat it as the final one.
        return BodyPairs(request) is { } pairs && target.OtherSubmitters.Any(pairs.Contains);
    }

    /// <summary>The name=value pairs of a form-encoded body, or null when it has none or cannot be read as text.</summary>
    private static HashSet<string>? BodyPairs(IRequest request)
    {
        string? body;
        try
        {
            body = request.PostData;
        }
        catch (PlaywrightException)
        {
            return null;
        }

        return body?.Split('&').Select(p => Uri.UnescapeDataString(p.Replace('+', ' '))).ToHashSet(StringComparer.Ordinal);
    }

    private static string WithoutQuery(Uri url) => url.GetLeftPart(UriPartial.Path);
}
