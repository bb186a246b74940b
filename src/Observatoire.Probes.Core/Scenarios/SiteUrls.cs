namespace Observatoire.Probes.Scenarios;

/// <summary>
/// What a scenario may open: http(s) pages of the procedure's own site and of the sign-in provider, never a
/// script, a local file or another site (a probe must not be steered into leaking files or submitting elsewhere).
/// </summary>
public static class SiteUrls
{
    /// <summary>FranceConnect's hosts (production, sandbox, FranceConnect+): a scenario may open its pages directly.</summary>
    public static readonly IReadOnlyList<string> SignInDomains = ["franceconnect.gouv.fr", "dev-franceconnect.fr"];

    /// <summary>Why <paramref name="url"/> cannot be opened by a scenario, or null when it is an http(s) URL or a path from the site's root.</summary>
    public static string? Problem(string url)
    {
        var text = url.Trim();
        if (text.StartsWith("//", StringComparison.Ordinal) || text.StartsWith("/\\", StringComparison.Ordinal) || text.StartsWith('\\'))
        {
            return "a protocol-relative URL (`//host/…`) would leave the procedure's site";
        }

        if (text.StartsWith('/'))
        {
            return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon > 0 ? text[..colon].ToLowerInvariant() : null;
        if (scheme is "http" or "https")
        {
            return Uri.TryCreate(text, UriKind.Absolute, out var absolute) && absolute.Host.Length > 0 ? null : "not a valid URL";
        }

        return scheme is not null && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')
            ? $"the `{scheme}:` scheme is not allowed: only http(s) pages of the procedure's site"
            : "a relative path must start with `/`";
    }

    /// <summary>True for a host of the sign-in provider (FranceConnect and its sandboxes).</summary>
    public static bool IsSignInHost(string host) =>
        SignInDomains.Any(d => host.Equals(d, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + d, StringComparison.OrdinalIgnoreCase));

    /// <summary>A page of the sign-in provider (FranceConnect, its identity providers): it shows the person's identity.</summary>
    public static bool IsSignInPage(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (IsSignInHost(u.Host)
            || u.AbsolutePath.Contains("franceconnect", StringComparison.OrdinalIgnoreCase) || u.AbsolutePath.Contains("fournisseur-identite", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="url"/> is on the procedure's site (the start URL's host) or the sign-in provider's.</summary>
    public static bool IsAllowed(Uri url, Uri start) =>
        url.Scheme is "http" or "https"
        && (string.Equals(url.IdnHost, start.IdnHost, StringComparison.OrdinalIgnoreCase) || IsSignInHost(url.IdnHost));
}
