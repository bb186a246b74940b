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
    public static string? Problem(string url) => Fault(url) switch
    {
        UrlFault.ProtocolRelative => "a protocol-relative URL (`//host/…`) would leave the procedure's site",
        UrlFault.Invalid => "not a valid URL",
        UrlFault.Scheme => $"the `{Scheme(url)}:` scheme is not allowed: only http(s) pages of the procedure's site",
        UrlFault.NotRooted => "a relative path must start with `/`",
        _ => null,
    };

    /// <summary><see cref="Problem"/> in French, for the walk's messages.</summary>
    public static string? FrenchProblem(string url) => Fault(url) switch
    {
        UrlFault.ProtocolRelative => "une adresse sans protocole (`//hôte/…`) quitterait le site de la démarche",
        UrlFault.Invalid => "l'adresse n'est pas valide",
        UrlFault.Scheme => $"le schéma `{Scheme(url)}:` n'est pas permis : seules les pages http(s) du site de la démarche s'ouvrent",
        UrlFault.NotRooted => "un chemin relatif doit commencer par `/`",
        _ => null,
    };

    private enum UrlFault
    {
        None,
        ProtocolRelative,
        Invalid,
        Scheme,
        NotRooted,
    }

    private static UrlFault Fault(string url)
    {
        var text = url.Trim();
        if (text.StartsWith("//", StringComparison.Ordinal) || text.StartsWith("/\\", StringComparison.Ordinal) || text.StartsWith('\\'))
        {
            return UrlFault.ProtocolRelative;
        }

        if (text.StartsWith('/'))
        {
            return UrlFault.None;
        }

        var scheme = Scheme(url);
        if (scheme is "http" or "https")
        {
            return Uri.TryCreate(text, UriKind.Absolute, out var absolute) && absolute.Host.Length > 0 ? UrlFault.None : UrlFault.Invalid;
        }

        return scheme is not null && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? UrlFault.Scheme : UrlFault.NotRooted;
    }

    /// <summary>What stands before the first colon, lower-cased, or null when nothing does.</summary>
    private static string? Scheme(string url)
    {
        var text = url.Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? text[..colon].ToLowerInvariant() : null;
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

    /// <summary>A URL as the export, the report and the console publish it: without the user and password that open a
    /// test site (<c>http://user:pass@host/</c>), which the walk alone uses.</summary>
    public static string Published(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0
            ? uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.UserInfo, UriFormat.UriEscaped)
            : url;

    /// <summary>
    /// The « user:password » of the site's address and of an absolute start URL, as the evidence may hold them: as
    /// written, decoded, the password alone, and as the browser sends them to a site that asks (« Basic dXNlcjpwYXNz »).
    /// </summary>
    public static IEnumerable<string> Credentials(Uri? baseUrl, string start)
    {
        foreach (var info in new[] { baseUrl?.UserInfo, Uri.TryCreate(start, UriKind.Absolute, out var s) ? s.UserInfo : null })
        {
            if (string.IsNullOrEmpty(info))
            {
                continue;
            }

            var decoded = Uri.UnescapeDataString(info);
            yield return info;
            yield return decoded;
            yield return Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(decoded));
            if (decoded.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && colon < decoded.Length - 1)
            {
                yield return decoded[(colon + 1)..];
            }
        }
    }
}
