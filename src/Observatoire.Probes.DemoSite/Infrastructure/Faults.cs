using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Observatoire.Probes.DemoSite.Infrastructure;

/// <summary>
/// Fault and latency switches. A query string on any page (<c>?fault=500</c>, <c>?latency=200</c>,
/// <c>?session=5</c>) is remembered in a cookie or in the session for the rest of the visit.
/// <c>?piege=…</c> plants a way to submit the final form without its button on the recap page (the probe's
/// submission guard must stop each one).
/// </summary>
internal static class Faults
{
    public const string FaultCookie = "demo_fault";
    public const string LatencyCookie = "demo_latency";
    public const string TrapCookie = "demo_piege";
    private static readonly string[] Traps = ["form-submit", "request-submit", "fetch", "enter"];
    public static readonly TimeSpan SlowDelay = TimeSpan.FromSeconds(3);
    public static readonly TimeSpan HangDelay = TimeSpan.FromSeconds(60);
    private static readonly string[] Known = ["slow", "500", "timeout", "drift", "429", "blocked", "ressource", "frame-500", "coupure"];

    /// <summary>A tracker pixel every page asks for under <c>?fault=ressource</c>, and that never comes: the page is
    /// usable, its load event never fires (as with a stuck third-party tag on a real site).</summary>
    public const string StuckResource = "/assets/suivi.gif";

    public static bool HasStuckResource(HttpContext context) => CurrentFault(context) == "ressource";
    private static readonly object DriftKey = new();

    public static bool IsDrift(HttpContext context) => context.Items.ContainsKey(DriftKey);

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, SiteRuntime runtime)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path.StartsWith("/__demo/", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var start = DateTimeOffset.UtcNow;
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, runtime.Stopping);
        try
        {
            await ApplyAsync(context, next, runtime, aborted.Token);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The browser went away or the site is stopping: nobody is waiting for an answer.
        }
        finally
        {
            if (!IsAsset(path))
            {
                var session = context.Items.TryGetValue(typeof(BrowserSession), out var known) && known is BrowserSession s ? s.Id
                    : context.Request.Cookies[SessionStore.CookieName];
                runtime.Requests.Add(new DemoRequest(context.Request.Host.Host, context.Request.Method, path, session, start, DateTimeOffset.UtcNow, context.Response.StatusCode));
            }
        }
    }

    private static bool IsAsset(string path) => path.StartsWith("/assets/", StringComparison.Ordinal) || path == "/favicon.ico";

    private static async Task ApplyAsync(HttpContext context, RequestDelegate next, SiteRuntime runtime, CancellationToken token)
    {
        var path = context.Request.Path.Value ?? "/";
        var query = context.Request.Query;
        await Task.Delay(Latency(context, runtime), token);

        if (path == StuckResource)
        {
            await Task.Delay(HangDelay, token);
            context.Response.StatusCode = StatusCodes.Status504GatewayTimeout;
            return;
        }

        if (IsAsset(path))
        {
            await next(context);
            return;
        }

        if (runtime.Requests.Refuse() is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await ErrorPages.WriteAsync(context, StatusCodes.Status429TooManyRequests);
            return;
        }

        if (int.TryParse(query["session"], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
        {
            var session = runtime.Sessions.Get(context);
            session.Lifetime = TimeSpan.FromSeconds(seconds);
        }

        CurrentTrap(context); // remembered from the first page that asks for it
        var fault = CurrentFault(context);
        switch (fault)
        {
            case "slow":
                await Task.Delay(SlowDelay, token);
                break;
            case "500":
            // The frame of an embedded form (`…/portail/…`) fails, the town's page holding it does not.
            case "frame-500" when path.Contains("/portail", StringComparison.Ordinal):
                await ErrorPages.WriteAsync(context, StatusCodes.Status500InternalServerError);
                return;
            case "429":
                context.Response.Headers.RetryAfter = "60";
                await ErrorPages.WriteAsync(context, StatusCodes.Status429TooManyRequests);
                return;
            case "blocked":
                await ErrorPages.WriteAsync(context, StatusCodes.Status403Forbidden);
                return;
            case "timeout":
                await Task.Delay(HangDelay, token);
                await ErrorPages.WriteAsync(context, StatusCodes.Status504GatewayTimeout);
                return;
            case "drift":
                context.Items[DriftKey] = true;
                break;
            // The site goes down during the visit: the page that asks for it is served, every page after it finds the
            // connection closed (as a server restarted in the night).
            case "coupure" when !query.ContainsKey("fault"):
                context.Abort();
                return;
        }

        try
        {
            await next(context);
        }
        catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
        {
            context.Response.Clear();
            await ErrorPages.WriteAsync(context, StatusCodes.Status500InternalServerError);
        }
    }

    private static string? CurrentFault(HttpContext context) => Remembered(context, "fault", FaultCookie, Known);

    /// <summary>The trap planted on recap pages for this visit (<c>?piege=fetch</c>), or null.</summary>
    public static string? CurrentTrap(HttpContext context) => Remembered(context, "piege", TrapCookie, Traps);

    private static string? Remembered(HttpContext context, string parameter, string cookie, string[] known)
    {
        var asked = context.Request.Query[parameter].ToString();
        if (asked.Length > 0)
        {
            if (asked == "none")
            {
                context.Response.Cookies.Delete(cookie, new CookieOptions { Path = "/" });
                return null;
            }

            if (Array.IndexOf(known, asked) >= 0)
            {
                context.Response.Cookies.Append(cookie, asked, new CookieOptions { Path = "/", SameSite = SameSiteMode.Lax, IsEssential = true });
                return asked;
            }
        }

        var remembered = context.Request.Cookies[cookie];
        return remembered is not null && Array.IndexOf(known, remembered) >= 0 ? remembered : null;
    }

    private static TimeSpan Latency(HttpContext context, SiteRuntime runtime)
    {
        var total = runtime.Options.Latency;
        if (runtime.Options.LatencyJitter > TimeSpan.Zero)
        {
            total += TimeSpan.FromTicks(RandomNumberGenerator.GetInt32((int)Math.Min(int.MaxValue, runtime.Options.LatencyJitter.Ticks) + 1));
        }

        var asked = context.Request.Query["latency"].ToString();
        int ms;
        if (asked.Length > 0 && int.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out ms))
        {
            if (ms == 0)
            {
                context.Response.Cookies.Delete(LatencyCookie, new CookieOptions { Path = "/" });
            }
            else
            {
                context.Response.Cookies.Append(LatencyCookie, ms.ToString(CultureInfo.InvariantCulture), new CookieOptions { Path = "/", SameSite = SameSiteMode.Lax, IsEssential = true });
            }
        }
        else if (!int.TryParse(context.Request.Cookies[LatencyCookie], NumberStyles.None, CultureInfo.InvariantCulture, out ms))
        {
            ms = 0;
        }

        return total + TimeSpan.FromMilliseconds(Math.Min(ms, 600_000));
    }
}
