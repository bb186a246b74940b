using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Observatoire.Probes.DemoSite.FranceConnect;
using Observatoire.Probes.DemoSite.Procedures;

namespace Observatoire.Probes.DemoSite.Infrastructure;

/// <summary>What the site remembers about one procedure for one browser (the server side of the session cookie).</summary>
internal sealed class ProcedureState
{
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public int CompletedSteps { get; set; }

    public DateTimeOffset LastSeen { get; set; }

    public TestIdentity? Identity { get; set; }

    /// <summary>Household data "received from the DGFiP / the CAF" (after FranceConnect or typed keys).</summary>
    public Household? Household { get; set; }

    /// <summary>Company data "received from the INSEE and Infogreffe" after the SIRET step.</summary>
    public Company? Company { get; set; }

    public string? FranceConnectState { get; set; }

    public string? FranceConnectNonce { get; set; }

    public string Token { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public string Value(string name) => Values.TryGetValue(name, out var v) ? v : string.Empty;
}

internal sealed class BrowserSession
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(20);

    public BrowserSession(string id) => Id = id;

    public string Id { get; }

    public Lock Gate { get; } = new();

    /// <summary>Idle time after which a procedure in progress expires (query <c>?session=N</c> seconds).</summary>
    public TimeSpan Lifetime { get; set; } = DefaultLifetime;

    public DateTimeOffset LastSeen { get; set; } = DateTimeOffset.UtcNow;

    public Dictionary<string, ProcedureState> Procedures { get; } = new(StringComparer.Ordinal);

    /// <summary>Dossier numbers of the last submissions, shown on the confirmation pages.</summary>
    public Dictionary<string, string> Confirmations { get; } = new(StringComparer.Ordinal);
}

internal sealed class SessionStore
{
    public const string CookieName = "demo_sid";
    private static readonly TimeSpan Forget = TimeSpan.FromHours(6);
    private readonly ConcurrentDictionary<string, BrowserSession> sessions = new(StringComparer.Ordinal);
    private int created;

    public BrowserSession Get(HttpContext context)
    {
        if (context.Items.TryGetValue(typeof(BrowserSession), out var cached) && cached is BrowserSession known)
        {
            return known;
        }

        var now = DateTimeOffset.UtcNow;
        if (context.Request.Cookies.TryGetValue(CookieName, out var id) && id is not null && sessions.TryGetValue(id, out var session))
        {
            session.LastSeen = now;
        }
        else
        {
            id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            session = sessions.GetOrAdd(id, static key => new BrowserSession(key));
            context.Response.Cookies.Append(CookieName, id, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/", IsEssential = true });
            if (Interlocked.Increment(ref created) % 256 == 0)
            {
                foreach (var (key, old) in sessions)
                {
                    if (now - old.LastSeen > Forget)
                    {
                        sessions.TryRemove(key, out _);
                    }
                }
            }
        }

        context.Items[typeof(BrowserSession)] = session;
        return session;
    }
}
