namespace Observatoire.Probes.DemoSite.Infrastructure;

/// <summary>Every page and form request, per host, so tests can check how politely a run treated the site.</summary>
internal sealed class RequestLog
{
    private readonly Lock gate = new();
    private readonly List<DemoRequest> items = [];
    private int refusals;
    private TimeSpan retryAfter;

    public void Add(DemoRequest request)
    {
        lock (gate)
        {
            items.Add(request);
        }
    }

    public DemoRequest[] Snapshot()
    {
        lock (gate)
        {
            return [.. items];
        }
    }

    /// <summary>Answers the next <paramref name="requests"/> pages with 429 and <paramref name="after"/> as Retry-After.</summary>
    public void Limit(int requests, TimeSpan after)
    {
        lock (gate)
        {
            refusals = requests;
            retryAfter = after;
        }
    }

    /// <summary>The Retry-After to answer this request with, or null when the site is not refusing.</summary>
    public TimeSpan? Refuse()
    {
        lock (gate)
        {
            if (refusals <= 0)
            {
                return null;
            }

            refusals--;
            return retryAfter;
        }
    }
}
